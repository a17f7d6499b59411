"""Mention shapes the NER misses, in general form: one more person joined by "as well as"
and its kin in other languages ("ainsi que", "sowie", "junto con"); a title in another
language after a possessive and before the name ("nuestra Directora de Finanzas, Ana
Gil"); an associate ("Senior Associate", the French "Associée") as a title after a name in a
schedule line."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.mentions import action_mentions, line_mentions, titled_first
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 5, 4, 9, tzinfo=zone("Europe/Madrid"))
TO = "Jordan Avery <jordan.avery@example.net>"

CASES = [
    (
        "french-ainsi-que",
        "Recrutement <recrutement@cabinet-lenoir.example>",
        "Entretien – Consultant",
        "Bonjour Jordan,\n\nNous vous proposons un entretien le mercredi 13 mai à 15h00 dans nos locaux.\n\nVous rencontrerez Hélène Marchal, Directrice, ainsi que Bastien Roux, Associé du département Énergie.\n\nBien cordialement,\nRecrutement",
        ["Bastien Roux", "Hélène Marchal"],
    ),
    (
        "english-as-well-as",
        "Recruiting <jobs@brightline.example>",
        "Interview - Data Analyst",
        "Hi Jordan,\n\nYour interview is on Wednesday, May 13 at 3:00 PM. You'll meet Carla Brennan, our Analytics Manager, as well as Tomasz Wiśniewski from the platform team.\n\nThanks,\nRecruiting",
        ["Carla Brennan", "Tomasz Wiśniewski"],
    ),
    (
        "spanish-title-after-nuestra",
        "Talento <talento@grupo-ribera.example>",
        "Entrevista – Analista Financiero",
        "Hola Jordan,\n\nTe esperamos el miércoles 13 de mayo a las 11:00. Te entrevistarán Marcos Vidal, Gerente de Planificación, y nuestra Directora de Finanzas, Beatriz Olmedo.\n\nSaludos,\nTalento",
        ["Beatriz Olmedo", "Marcos Vidal"],
    ),
    (
        "associate-in-a-schedule-line",
        "Campus Recruiting <campus@ridgewater.example>",
        "Final round schedule",
        "Hi Jordan,\n\nHere is your schedule for Wednesday, May 13, 2026:\n\n9:00 - 9:45 AM  Nadia Farouk, Vice President\n9:45 - 10:30 AM Owen Kessler, Senior Associate\n\nBest,\nCampus Recruiting",
        ["Nadia Farouk", "Owen Kessler"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_people_joined_or_titled_in_more_shapes(
    understander: Understander, sender: str, subject: str, body: str, names: list[str]
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


@pytest.mark.parametrize(
    ("joiner", "name"),
    [("sowie", "Jens Albrecht"), ("junto con", "Lucía Pardo"), ("as well as", "Ian Frost")],
)
def test_a_joiner_in_a_meeting_line_adds_the_person(joiner: str, name: str) -> None:
    found = action_mentions(f"Sie treffen Frau Dr. Kühn {joiner} {name}.", meeting=True)
    assert name in [m.name for m in found]


def test_a_joiner_outside_a_meeting_line_adds_nobody() -> None:
    assert action_mentions("Thanks to Ian Frost as well as Ana Gil.", meeting=False) == []


def test_a_possessive_in_another_language_opens_a_title() -> None:
    found = titled_first("y nuestra Jefa de Cocina, Rocío Campos.")
    assert [(m.name, m.title) for m in found] == [("Rocío Campos", "Jefa de Cocina")]


def test_an_associate_is_a_title_after_a_name() -> None:
    found = line_mentions("10:00 - 10:30 AM Priyesh Nair, Associate")
    assert [(m.name, m.title) for m in found] == [("Priyesh Nair", "Associate")]
