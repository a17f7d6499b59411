"""A reply in Spanish over Outlook's "-----Mensaje original-----" block: the new text ends
at the banner (people and times of the quoted mail are history), and "el jueves 1 de
octubre, a la misma hora" moves the quoted interview to that day at its quoted hour."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

from followup.understand.parse import split_quoted
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

NEW = "Buenas tardes, Valentina:\n\nPor un tema de agenda, debemos reprogramar tu entrevista para el cargo de Oficial de Protección Comunitaria. Ya no será mañana martes sino el jueves 1 de octubre, a la misma hora.\n\nLa entrevista sigue siendo con Gloria Inés Patiño (Coordinadora de Protección), por Teams.\n\nCordialmente,\n\nSandra Milena Torres\nProfesional de Gestión Humana"
OLD = "\n\n-----Mensaje original-----\nDe: Gestión Humana <gestionhumana@puentesdepaz.example.org>\nEnviado el: martes, 22 de septiembre de 2026 10:05\nPara: Valentina Ríos <valentina.rios@example.com>\nAsunto: Citación a entrevista – Oficial de Protección Comunitaria\n\nBuenos días, Valentina:\n\nTe citamos a entrevista el martes 29 de septiembre de 10:00 a 11:00 a. m. (hora de Colombia) con Gloria Inés Patiño y Hernán Darío Mejía."


def test_the_spanish_original_message_banner_ends_the_new_text() -> None:
    assert split_quoted(NEW + OLD).rstrip() == NEW


def test_an_outlook_block_in_spanish_ends_the_new_text() -> None:
    block = OLD.replace("-----Mensaje original-----\n", "")
    assert split_quoted(NEW + block).rstrip() == NEW


def test_a_new_day_at_the_same_time(understander: Understander) -> None:
    message = email(
        NEW + OLD,
        subject="RE: Citación a entrevista – Oficial de Protección Comunitaria (reprogramada)",
        sender="Sandra Milena Torres <gestionhumana@puentesdepaz.example.org>",
        to="Valentina Ríos <valentina.rios@example.com>",
        date=datetime(2026, 9, 28, 15, 10, tzinfo=zone("America/Bogota")),
    )
    facts = understander.facts(message)
    assert facts.kind.value == "reschedule"
    assert facts.start is not None and facts.end is not None
    assert facts.start.isoformat() == "2026-10-01T10:00:00-05:00"
    assert facts.end.isoformat() == "2026-10-01T11:00:00-05:00"
    assert {p.name for p in facts.interviewers} == {"Gloria Inés Patiño"}
