"""Planning in the service: `plan()` again only when its answer can have changed.

`plan(snapshot, rules, now)` is pure and looks at every application's whole history (each
rejection, interview and message a rule starts from), so its cost grows with the record,
while a quiet poll changes neither the record (`Record.snapshot` returns the same value) nor
the rules. Time alone changes a plan only when a draft falls due or expires, and the plan
says when the first of those comes (`Plan.settled_until`): until then the last one holds.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from .model import Plan, Snapshot

if TYPE_CHECKING:
    from .rules.load import RuleSet


class Planner:
    """Remembers the last plan, and for which snapshot and rules (compared by identity: the
    record hands out a new snapshot whenever anything in it changed)."""

    def __init__(self) -> None:
        self._last: tuple[Snapshot, RuleSet, Plan] | None = None

    def plan(self, snapshot: Snapshot, rules: RuleSet, now: datetime) -> Plan:
        if self._last is not None:
            seen, seen_rules, last = self._last
            if seen is snapshot and seen_rules is rules and _holds(last, now):
                return replace(last, now=now)
        from .plan import plan

        fresh = plan(snapshot, rules, now)
        self._last = (snapshot, rules, fresh)
        return fresh


def _holds(last: Plan, now: datetime) -> bool:
    """Time went on (never back: `--now` may) and reached nothing the plan waits for."""
    until = last.settled_until
    return last.now <= now and (until is None or now < until)
