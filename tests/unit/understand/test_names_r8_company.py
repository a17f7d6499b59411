"""Round 8: the employer as its domain spells it with a German umlaut (ü as ue), a Turkish
dotless i, or a short "infra"; the words of mines, utilities and insurers that end a
company's name; an Indonesian "PT ..." or Malaysian "... Sdn Bhd" legal name."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.org_domains import spells
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

TO = "Jordan Avery <jordan.avery@example.net>"


@pytest.mark.parametrize(
    ("phrase", "domain"),
    [
        ("Bergblick Gärtnerei", "bergblickgaertnerei"),
        ("Müllerhof", "muellerhof"),
        ("Ege Yazılım", "egeyazilim"),
        ("Totara Infrastructure", "totarainfra"),
    ],
)
def test_domains_spell_umlauts_dotless_i_and_infra(phrase: str, domain: str) -> None:
    assert spells(phrase, domain)


def test_a_short_word_still_does_not_spell_a_cut_word() -> None:
    assert not spells("Totara Health", "totarahealt")


def test_the_signature_names_the_employer_with_its_umlaut_and_trade(
    understander: Understander,
) -> None:
    body = (
        "Guten Tag Herr Avery,\n\nwir laden Sie zu einem Vorstellungsgespräch am Dienstag, 13.10.2026 um 10:00 Uhr ein.\n\n"
        "Freundliche Grüße\nAnna Roth\nPersonalabteilung\nBergblick Versicherungen AG"
    )
    message = email(
        body,
        subject="Einladung zum Vorstellungsgespräch",
        sender="Anna Roth <anna.roth@bergblick.example>",
        to=TO,
        date=datetime(2026, 10, 5, 9, tzinfo=zone("Europe/Zurich")),
    )
    assert understander.facts(message).company == "Bergblick Versicherungen"


@pytest.mark.parametrize(
    ("signed", "company"),
    [
        ("PT Cahaya Nusantara Abadi", "Cahaya Nusantara Abadi"),
        ("Kilang Timur Sdn Bhd", "Kilang Timur"),
    ],
)
def test_an_indonesian_or_malaysian_legal_name_is_the_employer(
    understander: Understander, signed: str, company: str
) -> None:
    body = (
        "Dengan hormat,\n\nKami mengundang Saudara untuk mengikuti interview pada Senin, 12 Oktober 2026 pukul 09.00 WIB.\n\n"
        f"Hormat kami,\n\nSiti Rahma\nRecruitment Officer\n{signed}"
    )
    message = email(
        body,
        subject="Undangan Interview - Admin Gudang",
        sender="Recruitment <recruitment@sbl-group.example>",
        to=TO,
        date=datetime(2026, 10, 5, 9, tzinfo=zone("Asia/Jakarta")),
    )
    assert understander.facts(message).company == company


def test_a_legal_form_after_the_name_is_no_part_of_it(understander: Understander) -> None:
    body = (
        "Hi Jordan,\n\nWe are pleased to offer you the position of Claims Associate at Tamarind Health.\n\n"
        "Please sign by Friday, 16 October 2026.\n\nBest,\nLiza Cruz\nPeople Team\nTamarind Health Inc.\nMakati City"
    )
    message = email(
        body,
        subject="Job Offer - Claims Associate | Tamarind Health",
        sender="Liza Cruz <liza.cruz@tamarindhealth.example>",
        to=TO,
        date=datetime(2026, 10, 9, 9, tzinfo=zone("Asia/Manila")),
    )
    assert understander.facts(message).company == "Tamarind Health"


def test_a_scheduling_tool_sends_in_the_employers_name(understander: Understander) -> None:
    body = (
        "Hi Jordan,\n\nYour interview for Track Inspector has been moved to Wednesday, October 14, 2026 at 7:00 AM EDT.\n\n"
        "Interviewers: Carla Mendes, Owen Price\n\nReply to this email if you need to change the time."
    )
    message = email(
        body,
        subject="Updated: Your interview with Bluewater Transit Authority has been rescheduled",
        sender="Bluewater Transit Authority <no-reply@goodtime.io>",
        to=TO,
        date=datetime(2026, 10, 9, 9, tzinfo=zone("America/New_York")),
    )
    facts = understander.facts(message)
    assert facts.company == "Bluewater Transit Authority"


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Interview - Signal Maintainer - Tuesday", "Signal Maintainer"),
        ("Oral Board Interview - Entry-Level Firefighter", "Entry-Level Firefighter"),
        ("Vorstellungsgespräch Fahrleitungsmonteur:in (Teams)", "Fahrleitungsmonteur:in"),
    ],
)
def test_trades_are_roles_and_the_meeting_platform_is_not_part_of_one(
    understander: Understander, subject: str, role: str
) -> None:
    message = email(
        "Hello Jordan,\n\nwe would like to invite you to an interview on Tuesday, 13 October 2026 at 10:00.\n\nRegards,\nHR",
        subject=subject,
        sender="HR <hr@railworks.example>",
        to=TO,
        date=datetime(2026, 10, 5, 9, tzinfo=zone("Europe/Vienna")),
    )
    assert understander.facts(message).role == role
