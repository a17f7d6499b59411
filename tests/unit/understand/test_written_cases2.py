"""The second and third batches of written messages: kinds, decision dates, interview times and
interviewers in phrasings neither the corpus nor the first batch uses."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from followup.model import Facts
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email
from written_cases2 import CASES, DECISIONS, INTERVIEWS, NEGATIVES
from written_cases3 import CASES as CASES3

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"


def _sent_by(sender: str) -> datetime:
    """Senders stamp Date in their own zone: British and Spanish ones are not in Chicago."""
    for suffix, name in ((".uk>", "Europe/London"), (".es>", "Europe/Madrid")):
        if sender.endswith(suffix):
            return SENT.astimezone(zone(name))
    return SENT


def _read(understander: Understander, subject: str, sender: str, body: str, **kw: Any) -> Facts:
    message = email(body, subject=subject, sender=sender, date=_sent_by(sender), to=TO, **kw)
    return understander.facts(message)


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body", "decision_by"),
    CASES + CASES3,
    ids=[c[1] for c in CASES + CASES3],
)
def test_kind_and_decision_date(
    understander: Understander,
    kind: str,
    subject: str,
    sender: str,
    body: str,
    decision_by: str | None,
) -> None:
    facts = _read(understander, subject, sender, body)
    assert facts.kind.value == kind
    assert (facts.decision_by.isoformat() if facts.decision_by else None) == decision_by


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body", "start", "names"),
    INTERVIEWS,
    ids=[c[1] for c in INTERVIEWS],
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
    facts = _read(understander, subject, sender, body)
    assert facts.kind.value == kind
    assert (facts.start.isoformat() if facts.start else None) == start
    assert sorted(p.name or "" for p in facts.interviewers) == sorted(names)


@pytest.mark.parametrize(
    ("subject", "sender", "body", "calendars"), NEGATIVES, ids=[c[0] for c in NEGATIVES]
)
def test_hard_negatives(
    understander: Understander, subject: str, sender: str, body: str, calendars: list[str]
) -> None:
    facts = _read(understander, subject, sender, body, calendars=calendars)
    assert facts.kind.value == "other"
    assert facts.interviewers == ()


@pytest.mark.parametrize(("sentence", "decision_by"), DECISIONS, ids=[d[0] for d in DECISIONS])
def test_decision_dates_as_written(
    understander: Understander, sentence: str, decision_by: str | None
) -> None:
    body = (
        f"Hi Jordan,\n\nThanks for meeting with us on Monday. {sentence}\n\nCarla Nunez\nRecruiter"
    )
    facts = _read(understander, "Next steps", "Carla Nunez <carla@tidewater.example>", body)
    assert facts.kind.value == "next_steps"
    assert (facts.decision_by.isoformat() if facts.decision_by else None) == decision_by


def test_first_names_in_the_text_full_names_from_the_cc(understander: Understander) -> None:
    body = (
        "Hi Jordan,\n\nYour interview is set for Thursday, March 12 at 2pm CT with Priya "
        "(Engineering Manager) and Tom (Staff Engineer). I've copied them here.\n\n"
        "Kim\nRecruiter, Arbor"
    )
    cc = "Priya Raman <praman@arbor.example>, Tom Lee <tlee@arbor.example>, Jo <jo@arbor.example>"
    facts = _read(
        understander, "Interview", "Kim Tran <kim@arbor.example>", body, headers={"Cc": cc}
    )
    assert [(p.name, p.email, p.title) for p in facts.interviewers] == [
        ("Priya Raman", "praman@arbor.example", "Engineering Manager"),
        ("Tom Lee", "tlee@arbor.example", "Staff Engineer"),
    ]
