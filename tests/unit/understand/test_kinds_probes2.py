"""The round 4 kinds probes (tests/eval/probes_kinds2.py): interviews that are not for a job
stay `other`; hiring mail in other languages and quick notes keeps its kind and time."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
from probes_kinds2 import NEGATIVES, POSITIVES  # tests/eval is not a package

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"


@pytest.mark.parametrize(
    ("subject", "sender", "body", "calendars"), NEGATIVES, ids=[n[0] for n in NEGATIVES]
)
def test_not_a_job_interview_stays_other(
    understander: Understander, subject: str, sender: str, body: str, calendars: list[str]
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT, calendars=calendars)
    facts = understander.facts(message)
    assert (facts.kind.value, facts.start) == ("other", None)


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body"), POSITIVES, ids=[p[1] for p in POSITIVES]
)
def test_hiring_mail_keeps_its_kind_and_time(
    understander: Understander, kind: str, subject: str, sender: str, body: str
) -> None:
    facts = understander.facts(email(body, subject=subject, sender=sender, to=TO, date=SENT))
    assert facts.kind.value == kind
    assert facts.start is not None
