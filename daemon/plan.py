"""plan(snapshot, rules, now) -> Plan: the pure decision core. No I/O.

Each rule says which drafts it wants for each application, whatever the time; a wanted
draft whose due time has come and whose key the record does not hold yet (or holds as
PLANNED, i.e. not placed after a crash) is placed. A PLANNED draft no longer wanted is
withdrawn; a placed one is the user's and is only flagged stale when its application closes.
"""

from __future__ import annotations

from datetime import datetime

from .model import (
    Action,
    Application,
    Draft,
    DraftRecord,
    DraftState,
    PlaceDraft,
    Plan,
    SetStage,
    Snapshot,
    WithdrawDraft,
)
from .rules.evaluate import Evaluation, calendar_of, evaluate
from .rules.load import RuleSet


def plan(snapshot: Snapshot, rules: RuleSet, now: datetime) -> Plan:
    cal = calendar_of(snapshot)
    evaluations = [
        evaluate(rule, app, snapshot, cal, now)
        for app in snapshot.applications
        for rule in rules.rules
    ]
    place: list[Draft] = []
    later: list[Draft] = []
    for ev in evaluations:
        for cand in ev.candidates:
            record = snapshot.drafts.get(cand.draft.key)
            if record is not None and record.state != DraftState.PLANNED:
                continue
            (place if cand.draft.due <= now else later).append(cand.draft)
    actions: list[Action] = [*_withdrawals(snapshot, rules, evaluations)]
    actions += [PlaceDraft(d) for d in sorted(place, key=lambda d: (d.due, d.key))]
    actions += _stage_changes(snapshot, rules)
    later.sort(key=lambda d: (d.due, d.key))
    return Plan(now, tuple(actions), tuple(later), _settled_until(later, evaluations))


def _settled_until(later: list[Draft], evaluations: list[Evaluation]) -> datetime | None:
    """`now` enters the plan only as `due <= now` and `expiry <= now`: until the first of
    those still ahead comes, every comparison and so the whole plan stay as they are."""
    ahead = [*(d.due for d in later), *(e.next_expiry for e in evaluations if e.next_expiry)]
    return min(ahead, default=None)


def _withdrawals(
    snapshot: Snapshot, rules: RuleSet, evaluations: list[Evaluation]
) -> list[WithdrawDraft]:
    wanted = {c.draft.key for ev in evaluations for c in ev.candidates}
    blocked = {k: why for ev in evaluations for k, why in ev.blocked.items()}
    apps = {a.id: a for a in snapshot.applications}
    out: list[WithdrawDraft] = []
    for rec in sorted(snapshot.drafts.values(), key=lambda r: r.key):
        app = apps.get(rec.application_id)
        if rec.state == DraftState.PLANNED and rec.key not in wanted:
            out.append(WithdrawDraft(rec.key, _reason(rec, app, blocked)))
        elif rec.state == DraftState.PLACED and app is not None and app.closed:
            rule = rules.get(rec.rule)
            if rule is None or rule.spec.unless.application_closed:
                out.append(WithdrawDraft(rec.key, f"application {app.stage}", stale=True))
    return out


def _reason(rec: DraftRecord, app: Application | None, blocked: dict[str, str]) -> str:
    if app is None:
        return "application no longer in the record"
    if app.closed:
        return f"application {app.stage}"
    return blocked.get(rec.key, "no rule wants it any more")


def _stage_changes(snapshot: Snapshot, rules: RuleSet) -> list[SetStage]:
    """A rule's `then.set_stage` applies once its draft is placed (or sent), unless the
    employer wrote after that."""
    apps = {a.id: a for a in snapshot.applications}
    out: dict[int, SetStage] = {}
    for rec in sorted(snapshot.drafts.values(), key=lambda r: r.key):
        rule = rules.get(rec.rule)
        app = apps.get(rec.application_id)
        if rule is None or app is None or app.closed or rec.application_id in out:
            continue
        stage = rule.spec.then.set_stage
        if stage is None or app.stage == stage:
            continue
        if rec.state not in (DraftState.PLACED, DraftState.SENT):
            continue
        since = rec.placed_at
        if since is not None and any(m.incoming and m.date > since for m in app.messages):
            continue
        out[app.id] = SetStage(app.id, stage, f"after {rule.name}")
    return list(out.values())
