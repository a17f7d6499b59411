"""`followup explain APP`: for each rule, why it fired or not, each step naming the rule
file and line that decided it, and what became of each draft it wants."""

from __future__ import annotations

from datetime import datetime

from ..model import DraftState, Snapshot
from .evaluate import calendar_of, evaluate
from .load import RuleSet


def explain_application(
    snapshot: Snapshot, rules: RuleSet, app_id: int, now: datetime
) -> list[str]:
    app = next((a for a in snapshot.applications if a.id == app_id), None)
    if app is None:
        return [f"no application {app_id}"]
    cal = calendar_of(snapshot)
    lines = [f"application {app.id}: {app.company} — {app.role or 'role unknown'} ({app.stage})"]
    for rule in rules.rules:
        ev = evaluate(rule, app, snapshot, cal, now)
        lines.append(f"{rule.name}:")
        lines += [f"  {step}" for step in ev.trace]
        for cand in ev.candidates:
            fate = _fate(snapshot, cand.draft.key, cand.draft.due, now)
            lines.append(f"  => {cand.draft.key} to {cand.draft.target}: {fate}")
        if not ev.candidates:
            lines.append("  => no draft")
    lines += [f"problem: {p}" for p in rules.problems]
    return lines


def _fate(snapshot: Snapshot, key: str, due: datetime, now: datetime) -> str:
    record = snapshot.drafts.get(key)
    if record is not None and record.state != DraftState.PLANNED:
        return f"already {record.state}"
    return "due now" if due <= now else f"due {due.isoformat()}"
