"""The employer and the role as written: the company spelled the way the text writes the
sender's (or Reply-To's) domain, with accents and initials ("Azur Mobilité" for
azurmobilite, "Redwood Credit Union" for redwoodcu); a person writing "via Greenhouse" is no
company; the role's field after a comma ("Product Manager, Payments")."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.pipeline import Understander
from followup.understand.roles import role
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"

COMPANIES = [
    (
        "accents",
        "Recrutement <recrutement@azurmobilite.example>",
        "Bonjour Jordan,\n\nMerci pour votre candidature chez Azur Mobilité. Nous vous proposons un entretien le mardi 10 mars à 14h00.\n\nL'équipe Azur Mobilité",
        "Azur Mobilité",
    ),
    (
        "initials",
        "Talent <talent@redwoodcu.example>",
        "Hi Jordan,\n\nWe'd like to invite you to an interview on Tuesday, March 10 at 2:00 PM CT.\n\nBest,\nDana Cole\nRedwood Credit Union | 1 Main St, Eureka",
        "Redwood Credit Union",
    ),
    (
        "reply-to-domain-behind-an-ats",
        "Recruiting <no-reply@greenhouse-mail.io>",
        "Hi Jordan,\n\nYour interview is confirmed for Tuesday, March 10 at 2:00 PM CT.\n\nBest,\nKayla Brooks\nLarkspur Health",
        "Larkspur Health",
    ),
    (
        "the-words-after-the-domain",
        "HR <hr@sanlorenzo.example.ph>",
        "Dear Jordan,\n\nWe are pleased to invite you to an interview on Tuesday, March 10 at 2:00 PM CT.\n\nRespectfully,\nHR Department\nSan Lorenzo Medical Center",
        "San Lorenzo Medical Center",
    ),
    (
        "a-person-via-an-ats",
        "Jane Whitfield via Greenhouse <no-reply@greenhouse.io>",
        "Hi Jordan,\n\nI'd love to chat about the Data Engineer role at Brightwave. Does Tuesday, March 10 at 2:00 PM CT work for a call with me?\n\nJane",
        "Brightwave",
    ),
]


@pytest.mark.parametrize(
    ("sender", "body", "company"), [c[1:] for c in COMPANIES], ids=[c[0] for c in COMPANIES]
)
def test_the_company_as_written(
    understander: Understander, sender: str, body: str, company: str
) -> None:
    headers = {"Reply-To": "Kayla Brooks <kayla@larkspurhealth.example>"}
    message = email(body, subject="Interview", sender=sender, to=TO, date=SENT, headers=headers)
    assert understander.facts(message).company == company


@pytest.mark.parametrize(
    ("subject", "want"),
    [
        (
            "Interview confirmation: Senior Manager, Financial Reporting",
            "Senior Manager, Financial Reporting",
        ),
        ("Your interview - Product Manager, Payments", "Product Manager, Payments"),
        ("Interview: Data Analyst, Brightwave", "Data Analyst"),  # the employer, not a field
        ("Data Analyst, interview confirmation", "Data Analyst"),
    ],
)
def test_the_role_keeps_its_field(subject: str, want: str) -> None:
    sender = "Camila Reyes <camila.reyes@brightwave.example>"
    assert role(email("Hi Jordan,\n\nSee you Tuesday.", subject=subject, sender=sender)) == want
