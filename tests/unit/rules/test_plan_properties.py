"""Property test: random hiring stories replayed cycle by cycle, the record updated with
what each plan did. Whatever happens, no key is placed twice, limits hold over time, and after
a rejection or offer only the rejection reply is drafted."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup.model import (
    Application,
    DraftRecord,
    DraftState,
    Interview,
    Kind,
    MessageRef,
    Person,
    PlaceDraft,
    Reference,
    SetStage,
    Snapshot,
    Stage,
    WithdrawDraft,
)
from followup.plan import plan
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rules_builders import ME, SHIPPED

CHI = ZoneInfo("America/Chicago")
START = datetime(2026, 3, 2, 9, 0, tzinfo=CHI)
PEOPLE = [
    Person("Priya Raman", "priya@acme.example", "Engineering Manager"),
    Person("Tom Becker", "tom@acme.example"),
    Person("Ken Ode", "ken@acme.example"),
    Person("Lee Park", None),
]
DANA = Person("Dana Whitfield", "dana@acme.example")
REFS = (Reference("Sam Lee", "sam@example.org"), Reference("Ana Ruiz", "ana@example.org"))
KINDS = [Kind.NEXT_STEPS, Kind.OTHER, Kind.INFO_REQUEST, Kind.REJECTION, Kind.OFFER]

interviews = st.lists(
    st.tuples(
        st.integers(1, 30),
        st.integers(8, 16),
        st.sets(st.integers(0, 3), min_size=1, max_size=3),
        st.booleans(),
        st.integers(1, 6),
    ),
    max_size=3,
)
messages = st.lists(
    st.tuples(st.integers(0, 45), st.sampled_from(KINDS), st.one_of(st.none(), st.integers(5, 40))),
    max_size=4,
)


def _interviews(spec: list[tuple[int, int, set[int], bool, int]]) -> tuple[Interview, ...]:
    out = []
    for n, (day, hour, who, cancelled, notice) in enumerate(spec, 1):
        start = (START + timedelta(days=day)).replace(hour=hour)
        out.append(
            Interview(
                n,
                1,
                start,
                start + timedelta(hours=1),
                tuple(PEOPLE[i] for i in sorted(who)),
                cancelled=cancelled,
                round=n,
                scheduled_at=start - timedelta(days=notice),
            )
        )
    return tuple(out)


def _messages(spec: list[tuple[int, Kind, int | None]]) -> tuple[MessageRef, ...]:
    out = [
        MessageRef(
            f"<m{n}@acme.example>",
            1,
            True,
            START + timedelta(days=day, hours=n),
            kind,
            DANA,
            subject=f"Message {n}",
            decision_by=(START + timedelta(days=dec)).date() if dec else None,
            requested=("a reference",) if kind == Kind.INFO_REQUEST else (),
        )
        for n, (day, kind, dec) in enumerate(spec, 1)
    ]
    return tuple(sorted(out, key=lambda m: m.date))


def _stage(seen: tuple[MessageRef, ...], quiet: bool, has_interview: bool) -> Stage:
    for m in reversed(seen):
        if m.kind == Kind.REJECTION:
            return Stage.REJECTED
        if m.kind == Kind.OFFER:
            return Stage.OFFER
    if quiet:
        return Stage.QUIET
    return Stage.WAITING if has_interview else Stage.APPLIED


@settings(
    max_examples=int(os.environ.get("PLAN_EXAMPLES", "40")),
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(interviews, messages, st.integers(0, 2))
def test_replayed_stories_keep_every_promise(iv: list, msgs: list, refs: int) -> None:  # type: ignore[type-arg]
    all_interviews, all_messages = _interviews(iv), _messages(msgs)
    record: dict[str, DraftRecord] = {}
    placed: list[PlaceDraft] = []
    quiet = False
    now = START
    while now < START + timedelta(days=60):
        seen_msgs = tuple(m for m in all_messages if m.date <= now)
        seen_ivs = tuple(i for i in all_interviews if i.scheduled_at and i.scheduled_at <= now)
        stage = _stage(seen_msgs, quiet, bool(seen_ivs))
        app = Application(
            1, "Acme", "Data Engineer", stage, interviews=seen_ivs, messages=seen_msgs
        )
        snapshot = Snapshot(ME, REFS[:refs], (app,), dict(record))
        result = plan(snapshot, SHIPPED, now)
        assert result == plan(snapshot, SHIPPED, now)  # deterministic
        for action in result.due:
            if isinstance(action, PlaceDraft):
                d = action.draft
                assert d.due <= now
                assert d.key not in record or record[d.key].state == DraftState.PLANNED
                if app.closed:
                    assert d.rule == "rejection-reply", f"{d.rule} after the application closed"
                record[d.key] = DraftRecord(
                    d.key,
                    d.rule,
                    1,
                    DraftState.PLACED,
                    d.due,
                    d.to[0].email if d.to else None,
                    d.subject,
                    placed_at=now,
                    interview_id=d.interview_id,
                )
                placed.append(action)
            elif isinstance(action, WithdrawDraft):
                old = record[action.key]
                assert old.state in (DraftState.PLANNED, DraftState.PLACED)
                state = DraftState.STALE if action.stale else DraftState.WITHDRAWN
                record[action.key] = replace(old, state=state)
            elif isinstance(action, SetStage):
                assert action.stage == Stage.QUIET
                quiet = True
        now += timedelta(hours=7)
    keys = Counter(a.draft.key for a in placed)
    assert all(n == 1 for n in keys.values()), keys
    thanks = Counter(
        (a.draft.interview_id, a.draft.target) for a in placed if a.draft.rule == "thank-you"
    )
    assert all(n == 1 for n in thanks.values()), thanks
    per_rule = Counter(a.draft.rule for a in placed)
    assert per_rule["check-in"] <= 1 and per_rule["rejection-reply"] <= 1
    assert per_rule["references-heads-up"] <= refs
    assert per_rule["interview-brief"] == 0
    live = [i for i in all_interviews if not i.cancelled]
    assert per_rule["thank-you"] <= sum(len(i.interviewers) for i in live)
