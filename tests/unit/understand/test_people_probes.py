"""The people probes (tests/eval/probes_people.py): each message's kind and interviewers."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
from probes_people import PROBES  # tests/eval is no package

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body", "names", "calendars"),
    PROBES,
    ids=[f"{i:02d}-{p[1][:30]}" for i, p in enumerate(PROBES)],
)
def test_people_probe(
    understander: Understander,
    kind: str,
    subject: str,
    sender: str,
    body: str,
    names: list[str],
    calendars: list[str],
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT, calendars=calendars)
    facts = understander.facts(message)
    assert facts.kind.value == kind
    assert sorted((p.name or "").lower() for p in facts.interviewers) == sorted(
        n.lower() for n in names
    )
