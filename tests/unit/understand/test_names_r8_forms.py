"""Round 8: name forms. Surnames in capitals written first ("VARGAS LLOSA, Inés – ..."),
the Austrian "DI" before a name, and things that are not people: a plant's workshop, a
trade, a unit or department of an agency, a procedure's words, the papers to bring."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.caps_names import caps_inverted
from followup.understand.mentions import line_mentions, title_after, valid_name
from followup.understand.names import clean_name, place_or_employer
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

TO = "Jordan Avery <jordan.avery@example.net>"


def test_a_panel_of_capitalised_surnames_gives_whole_names(understander: Understander) -> None:
    body = (
        "Estimado Jordan:\n\nLo invitamos a la entrevista para el puesto de Analista de Costos.\n\n"
        "Fecha | martes 13 de octubre de 2026\nHora | 10:00 a 11:00 a.m.\n"
        "Entrevistadores | VARGAS LLOSA, Inés – Gerente de Finanzas · DE LA TORRE, Martín – Especialista de Selección\n\n"
        "Atentamente,\nÁrea de Selección\nCementos Pacífico S.A."
    )
    message = email(
        body,
        subject="Citación a entrevista - Analista de Costos",
        sender="Selección <seleccion@cementospacifico.example>",
        to=TO,
        date=datetime(2026, 10, 5, 9, tzinfo=zone("America/Lima")),
    )
    names = sorted(p.name or "" for p in understander.facts(message).interviewers)
    assert names == ["Inés Vargas Llosa", "Martín de la Torre"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- MBEKI-OKAFOR, Chidi (Plant Manager)", "Chidi Mbeki-Okafor"),
        ("- O'BRIEN, Siobhan, Head of Operations", "Siobhan O'Brien"),
        ("• DUPONT, Marie-Claire – Responsable RH", "Marie-Claire Dupont"),
    ],
)
def test_capitalised_family_names_first_read_in_natural_order(line: str, name: str) -> None:
    assert [m[0] for m in caps_inverted(line, title_after)] == [name]
    assert name in [m.name for m in line_mentions(line)]


@pytest.mark.parametrize(
    "line",
    [
        "Please bring your CV, Rosa - and a pen",  # no title follows
        "HR, Maria – Recruiter",  # an acronym, not a family name
    ],
)
def test_capitals_without_a_listed_title_are_not_inverted_names(line: str) -> None:
    assert caps_inverted(line, title_after) == []


def test_the_austrian_di_is_an_honorific_but_the_italian_di_a_particle() -> None:
    assert clean_name("DI Stefan Brunner") == "Stefan Brunner"
    assert clean_name("Luca di Marco") == "Luca di Marco"


@pytest.mark.parametrize(
    "words",
    [
        "Central Workshop",
        "Mechanical Fitter",
        "Coded Welder",
        "Bereich Netzbetrieb Nord",
        "Ablauf der Frist",
        "Personalausweis",
        "Buku Pelaut",
        "Superintendente Regional",
    ],
)
def test_workshops_trades_departments_and_papers_are_not_names(words: str) -> None:
    assert not valid_name(words)


def test_a_mine_unit_named_in_the_subject_is_not_a_person(understander: Understander) -> None:
    body = (
        "Estimado Jordan:\n\nLo invitamos a una entrevista para el puesto de Operador de Planta "
        "(Unidad Cerro Verde Norte, régimen 14x7) con Patricia Salas Romero, Jefa de Operaciones.\n\n"
        "Fecha: jueves 15 de octubre de 2026, 09:00 a.m.\nLugar: Oficina Arequipa\n\n"
        "Atentamente,\nSelección\nMinera Cordillera"
    )
    message = email(
        body,
        subject="Citación a entrevista - Operador de Planta - Unidad Cerro Verde Norte",
        sender="Selección <seleccion@mineracordillera.example>",
        to=TO,
        date=datetime(2026, 10, 5, 9, tzinfo=zone("America/Lima")),
    )
    names = [p.name for p in understander.facts(message).interviewers]
    assert "Cerro Verde Norte" not in names
    assert place_or_employer("Cerro Verde Norte", message)
    assert not place_or_employer("Patricia Salas Romero", message)


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        (
            "2. Mr. A. K. M. Shahjahan, Head of Procurement",
            "A. K. M. Shahjahan",
            "Head of Procurement",
        ),
        ("- Dr. S. R. Venkatesan (Chief Engineer)", "S. R. Venkatesan", "Chief Engineer"),
    ],
)
def test_given_names_written_as_initials_on_a_list_line(line: str, name: str, title: str) -> None:
    assert (name, title) in [(m.name, m.title) for m in line_mentions(line)]


def test_initials_without_a_title_are_not_a_listed_person() -> None:
    assert line_mentions("We start at 9. A. B. Smith will show you in.") == []
