"""Small builders for plan/compose tests: a world with one application at Acme."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from followup.model import (
    Application,
    DraftRecord,
    DraftState,
    Interview,
    Kind,
    Me,
    MessageRef,
    Person,
    Reference,
    Snapshot,
    Stage,
)
from followup.rules.load import load_rules, shipped_rules_dir

CST = timezone(timedelta(hours=-6))
CDT = timezone(timedelta(hours=-5))
ME = Me(
    "Jordan Avery",
    "jordan.avery@example.net",
    timezone="America/Chicago",
    country="US",
    signature="Jordan Avery\n+1 555 0100",
)
PRIYA = Person("Priya Raman", "priya.raman@acme.example", "Engineering Manager")
TOM = Person("Tom Becker", "tom.becker@acme.example")
KEN = Person("Ken Ode", "ken.ode@acme.example", "Staff Engineer")
DANA = Person("Dana Whitfield", "dana@acme.example", "Recruiter")
SAM = Reference("Sam Lee", "sam.lee@example.org", "my manager at Fairway Logistics")
SHIPPED = load_rules([shipped_rules_dir()])


def at(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def interview(
    n: int, start: str, people: tuple[Person, ...] = (PRIYA, TOM), **kw: Any
) -> Interview:
    begin = at(start)
    return Interview(n, 1, begin, begin + timedelta(hours=1), people, round=n, **kw)


def message(n: int, kind: Kind, date: str, sender: Person = DANA, **kw: Any) -> MessageRef:
    return MessageRef(
        f"<m{n}@acme.example>", 1, kw.pop("incoming", True), at(date), kind, sender, **kw
    )


def app(*, stage: Stage = Stage.INTERVIEWING, **kw: Any) -> Application:
    return Application(1, "Acme Robotics", "Data Engineer", stage, **kw)


def world(application: Application, drafts: tuple[DraftRecord, ...] = (), **kw: Any) -> Snapshot:
    return Snapshot(ME, kw.pop("references", ()), (application,), {d.key: d for d in drafts}, **kw)


def record(draft: Any, state: DraftState, **kw: Any) -> DraftRecord:
    to = draft.to[0].email if draft.to else None
    return DraftRecord(
        draft.key,
        draft.rule,
        draft.application_id,
        state,
        draft.due,
        to,
        draft.subject,
        interview_id=draft.interview_id,
        **kw,
    )
