"""The kinds probes (tests/eval/probes_kinds.py, probes_kinds2.py): hard negatives the issue
names, in forms the cue patterns did not know, and interviews that are not for a job stay
`other`; hiring mail that looks like them, in other languages and in quick notes, keeps its
kind and time."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
import probes_kinds  # tests/eval is not a package
import probes_kinds2

NEGATIVES = [*probes_kinds.NEGATIVES, *probes_kinds2.NEGATIVES]
POSITIVES = [*probes_kinds.POSITIVES, *probes_kinds2.POSITIVES]

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"


@pytest.mark.parametrize(
    ("subject", "sender", "body", "calendars"), NEGATIVES, ids=[n[0] for n in NEGATIVES]
)
def test_hard_negative_stays_other(
    understander: Understander, subject: str, sender: str, body: str, calendars: list[str]
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT, calendars=calendars)
    facts = understander.facts(message)
    assert facts.kind.value == "other"
    assert facts.interviewers == ()
    assert facts.start is None


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body"), POSITIVES, ids=[p[1] for p in POSITIVES]
)
def test_hiring_mail_like_the_negatives_keeps_its_kind(
    understander: Understander, kind: str, subject: str, sender: str, body: str
) -> None:
    facts = understander.facts(email(body, subject=subject, sender=sender, to=TO, date=SENT))
    assert facts.kind.value == kind
    assert facts.start is not None
