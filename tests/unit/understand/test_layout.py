"""Hard-wrapped plain text is read as the writer's lines; a UTC-stamped Date header leaves
the sender's zone to their country or the office the text names."""

from __future__ import annotations

from datetime import UTC, datetime

from followup.understand.layout import unwrap
from followup.understand.pipeline import Understander
from followup.understand.zones import city_zone, sender_zone, zone
from understand_mail import email

WRAPPED = (
    "Hi Jordan,\n\n"
    "Thanks for your application for the Data Engineer role. You'll be\n"
    "meeting with our Staff Engineer Aoife Ni Dhuill and our Director of\n"
    "Data, Seamus O Briain, on Thursday, March 12 at 2pm CT. Please reply\n"
    "to confirm.\n\n"
    "Panel:\n"
    "- Aoife Ni Dhuill\n"
    "- Seamus O Briain\n\n"
    "Kim Tran\n"
    "Senior Recruiter\n"
)


def test_wrapped_paragraphs_are_joined_and_lists_kept() -> None:
    lines = unwrap(WRAPPED).split("\n")
    assert lines[2].startswith("Thanks for your application") and lines[2].endswith("confirm.")
    assert lines[4:7] == ["Panel:", "- Aoife Ni Dhuill", "- Seamus O Briain"]
    assert lines[-3:-1] == ["Kim Tran", "Senior Recruiter"]


def test_unwrapped_and_long_line_text_is_left_alone() -> None:
    long_lines = "A line that is much longer than any mail client would wrap at, " * 3 + "\nKim"
    assert unwrap(long_lines) == long_lines
    assert unwrap("Hi,\nshort\nlines\n") == "Hi,\nshort\nlines\n"


def test_a_wrapped_invitation_reads_like_the_unwrapped_one(understander: Understander) -> None:
    sent = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
    facts = understander.facts(
        email(WRAPPED, subject="Interview", sender="Kim Tran <kim@arbor.example>", date=sent)
    )
    assert facts.kind.value == "invitation"
    assert facts.start is not None and facts.start.isoformat() == "2026-03-12T14:00:00-05:00"
    assert sorted(p.name or "" for p in facts.interviewers) == [
        "Aoife Ni Dhuill",
        "Seamus O Briain",
    ]


def test_utc_stamped_date_falls_back_to_country_then_named_office() -> None:
    stamped = datetime(2026, 11, 16, 13, 40, tzinfo=UTC)
    assert sender_zone(stamped, "anna@rheinlogistik.de") == zone("Europe/Berlin")
    assert sender_zone(stamped, "anna@rheinlogistik.example") == UTC
    assert city_zone("Come to our Berlin office at 10.") == zone("Europe/Berlin")
    assert city_zone("Come by the shop at 10.") is None
