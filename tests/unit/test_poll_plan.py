"""Issue 8, the steady poll: a quiet cycle does not plan again (plan's cost grows with the
history in the record), yet it never keeps a plan that time has changed: the reused plan is
the one `plan()` would make, at every moment."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from followup import plan as plan_module
from followup.config import Config, load_config
from followup.mail.memory import MemoryMailbox
from followup.model import Facts, Kind, Person
from followup.plan import plan
from followup.record import Record
from followup.replan import Planner
from followup.service import Service

START = datetime(2026, 3, 10, 19, 0, tzinfo=UTC)  # a Tuesday, 14:00 in Chicago
END = START + timedelta(hours=1)
PRIYA = Person("Priya Raman", "priya.raman@acme.example", "Engineering Manager")


@pytest.fixture
def config(write_settings: Callable[..., Path]) -> Config:
    return load_config(write_settings())


@pytest.fixture
def service(
    config: Config, make_message: Callable[..., bytes], understander: Any, shipped_rules: Any
) -> Iterator[Service]:
    """One interview at Acme, read by a service that stays open from cycle to cycle."""
    box = MemoryMailbox("local")
    box.receive(
        make_message(
            message_id="inv@acme.example",
            sender="Ana <ana@acme.example>",
            subject="Interview",
            date=START - timedelta(days=5),
        )
    )
    understander.script["inv@acme.example"] = Facts(
        kind=Kind.INVITATION,
        company="Acme Robotics",
        interviewers=(PRIYA,),
        start=START,
        end=END,
        confidence=0.9,
        contact=Person("Ana", "ana@acme.example"),
    )
    opened = Service(
        config, Record.open(config.database), shipped_rules, understander, mailboxes={"local": box}
    )
    yield opened
    opened.close()


@pytest.fixture
def evaluations(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every rule evaluated against an application, as plan() does it."""
    seen: list[object] = []
    real = plan_module.evaluate

    def counted(*args: Any) -> Any:
        seen.append(args[0])
        return real(*args)

    monkeypatch.setattr(plan_module, "evaluate", counted)
    return seen


def test_a_quiet_poll_does_not_plan_again(service: Service, evaluations: list[object]) -> None:
    service.cycle(END + timedelta(hours=2))  # reads the invitation, places the thank-you
    service.cycle(END + timedelta(hours=3))  # the record changed: planned again
    evaluations.clear()
    for minutes in (5, 10, 15):
        summary = service.cycle(END + timedelta(hours=3, minutes=minutes))
        assert summary.read == 0 and summary.placed == 0
    assert evaluations == []


def test_a_draft_that_falls_due_on_a_quiet_poll_is_placed(
    service: Service, evaluations: list[object]
) -> None:
    """The check-in falls due a week after the interview while nothing arrives: the plan
    kept since then is made again at that moment, not later."""
    assert service.cycle(END + timedelta(hours=2)).placed == 1  # the thank-you
    service.cycle(END + timedelta(hours=3))
    kept = service.planner.plan(_snapshot(service), service.rules, END + timedelta(hours=3))
    (check_in,) = [d for d in kept.later if d.rule == "check-in"]
    assert kept.settled_until == check_in.due
    evaluations.clear()
    assert service.cycle(check_in.due - timedelta(minutes=1)).placed == 0
    assert evaluations == []
    assert service.cycle(check_in.due).placed == 1
    assert evaluations != []


def test_the_kept_plan_is_the_plan_at_every_moment(service: Service) -> None:
    """Against plan() made afresh, every 3 hours for 40 days (dues, expiries, weekends)."""
    service.cycle(START - timedelta(days=1))  # invited: nothing due yet
    snapshot, planner = _snapshot(service), Planner()
    now = START - timedelta(days=1)
    while now < START + timedelta(days=40):
        assert planner.plan(snapshot, service.rules, now) == plan(snapshot, service.rules, now)
        now += timedelta(hours=3)


def test_time_going_back_plans_again(service: Service) -> None:
    service.cycle(START - timedelta(days=1))
    snapshot, planner = _snapshot(service), Planner()
    later = planner.plan(snapshot, service.rules, END + timedelta(days=1))
    earlier = planner.plan(snapshot, service.rules, START - timedelta(days=1))
    assert later.due and earlier == plan(snapshot, service.rules, START - timedelta(days=1))


def _snapshot(service: Service) -> Any:
    return service.record.snapshot(service.me, service.config.reference_models)
