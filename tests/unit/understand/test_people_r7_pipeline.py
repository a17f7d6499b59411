"""The pipeline's own choices this round: an interview time is set aside as one of several
offered only by the words of its own sentence ("... a 30-minute break in between." later in
the paragraph, "1 hour slot" are no choice), and a person's +0000 Date in a British winter
says London before a city the letter mentions ("Good news from Oslo")."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

TO = "Jordan Avery <jordan.avery@example.net>"


def test_a_break_in_between_later_in_the_paragraph_is_no_choice(
    understander: Understander,
) -> None:
    body = "Hi Jordan,\n\nYour final round is confirmed for Tuesday, March 10 at 2:00 PM CT with Tom Hardy and Lisa Wong. There is a 15-minute break in between.\n\nBest,\nCamila Reyes\nTalent Partner"
    sent = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
    message = email(
        body,
        subject="Final round",
        sender="Camila Reyes <camila@brightwave.example>",
        to=TO,
        date=sent,
    )
    facts = understander.facts(message)
    assert facts.start is not None
    assert facts.start.isoformat() == "2026-03-10T14:00:00-05:00"


def test_a_one_hour_slot_is_no_choice(understander: Understander) -> None:
    body = "Hi Jordan,\n\nSmall change - your design round is shifted to Friday, March 13, 3:00 PM CT. Same link, 1 hour slot.\n\nThanks,\nRitika\nTalent Team"
    sent = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
    message = email(
        body,
        subject="Re: Design round",
        sender="Ritika Sharma <ritika@kolam.example>",
        to=TO,
        date=sent,
    )
    facts = understander.facts(message)
    assert facts.start is not None
    assert facts.start.isoformat() == "2026-03-13T15:00:00-05:00"


def test_a_london_writer_mentioning_oslo_writes_london_time(understander: Understander) -> None:
    body = "Jordan,\n\nGood news from Oslo. Ingrid Solberg, Chair of the Board, would like to meet you herself for a first interview for the Chief Executive Officer role. She is in London next week and has carved out Thursday 12 March, 10:30 to 12:00, here at our offices.\n\nBest,\nMarcus\n\nMarcus Hale\nPartner, Halden Crewe\n14 King Street, London"
    sent = datetime(2026, 3, 4, 10, tzinfo=zone("UTC"))
    message = email(
        body,
        subject="Chief Executive Officer: interview with the Chair",
        sender="Marcus Hale <mhale@haldencrewe.example>",
        to=TO,
        date=sent,
    )
    facts = understander.facts(message)
    assert facts.start is not None
    assert facts.start.isoformat() == "2026-03-12T10:30:00+00:00"
