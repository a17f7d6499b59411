"""Kinds, decision dates, interview times and interviewers on messages written for these
tests, with the real spaCy pipeline."""

from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email
from written_cases import CASES, CASES2, NEGATIVES, TIMES

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))


def _recipient(sender: str) -> str:
    # meetings at the user's current job come from the user's own domain
    domain = "currentco.example" if "currentco" in sender else "example.net"
    return f"Jordan Avery <jordan.avery@{domain}>"


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body", "decision_by"), CASES, ids=[c[1] for c in CASES]
)
def test_kind_and_decision_date(
    understander: Understander,
    kind: str,
    subject: str,
    sender: str,
    body: str,
    decision_by: str | None,
) -> None:
    facts = understander.facts(
        email(body, subject=subject, sender=sender, date=SENT, to=_recipient(sender))
    )
    assert facts.kind.value == kind
    assert (facts.decision_by.isoformat() if facts.decision_by else None) == decision_by


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body", "start", "names"), CASES2, ids=[c[1] for c in CASES2]
)
def test_interviews(
    understander: Understander,
    kind: str,
    subject: str,
    sender: str,
    body: str,
    start: str | None,
    names: list[str],
) -> None:
    facts = understander.facts(
        email(body, subject=subject, sender=sender, date=SENT, to=_recipient(sender))
    )
    assert facts.kind.value == kind
    assert (facts.start.isoformat() if facts.start else None) == start
    assert sorted(p.name or "" for p in facts.interviewers) == sorted(names)


@pytest.mark.parametrize(
    ("subject", "sender", "body", "calendars"), NEGATIVES, ids=[c[0] for c in NEGATIVES]
)
def test_hard_negatives(
    understander: Understander, subject: str, sender: str, body: str, calendars: list[str]
) -> None:
    facts = understander.facts(
        email(
            body,
            subject=subject,
            sender=sender,
            date=SENT,
            calendars=calendars,
            to=_recipient(sender),
        )
    )
    assert facts.kind.value == "other"
    assert facts.interviewers == ()


@pytest.mark.parametrize(("sentence", "start"), TIMES, ids=[t[0][:40] for t in TIMES])
def test_interview_times_as_written(understander: Understander, sentence: str, start: str) -> None:
    british = "Let's meet" in sentence or "London" in sentence
    sender = f"Kim Tran <kim@arbor.example{'.co.uk' if british else ''}>"
    body = f"Hi Jordan,\n\n{sentence}\n\nKim\nRecruiter, Arbor"
    facts = understander.facts(
        email(body, subject="Interview for Data Analyst", sender=sender, date=SENT)
    )
    assert facts.kind.value == "invitation"
    assert facts.start is not None and facts.start.isoformat() == start
