"""Run a rule's examples: build the small world an example describes, plan with that rule
alone, and compare the drafts due now (and later) with what the example expects.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from ..compose import Composer
from ..model import (
    Application,
    Draft,
    DraftRecord,
    Interview,
    Me,
    MessageRef,
    Note,
    Person,
    PlaceDraft,
    Reference,
    Snapshot,
    WithdrawDraft,
)
from ..plan import plan
from .evaluate import draft_key
from .load import Rule, RuleSet
from .schema import Example, ExampleExisting, ExampleExpect, ExampleMessage, ExamplePerson

ME_NAME, ME_EMAIL = "Jordan Avery", "jordan.avery@example.net"


def _person(p: ExamplePerson | None) -> Person:
    return Person(p.name, p.email, p.title) if p else Person(None)


def snapshot_of(example: Example, rule: Rule) -> Snapshot:
    """The record an example describes: one application (id 1) and its drafts."""
    me = Me(ME_NAME, ME_EMAIL, timezone=example.timezone, country=example.country,
            signature=ME_NAME)  # fmt: skip
    refs = tuple(
        Reference(r.name, r.email, r.relationship, r.highlight) for r in example.references
    )
    drafts = {d.key: d for d in (_existing(rule, e) for e in example.existing)}
    return Snapshot(me, refs, (_application(example),), drafts)


def _application(example: Example) -> Application:
    interviews = tuple(
        Interview(n, 1, i.start, i.end, tuple(_person(p) for p in i.interviewers),
                  cancelled=i.cancelled, confidence=i.confidence, round=n,
                  scheduled_at=i.scheduled_at)
        for n, i in enumerate(example.interviews, 1)
    )  # fmt: skip
    messages = sorted((_message(n, m) for n, m in enumerate(example.messages, 1)),
                      key=lambda m: m.date)  # fmt: skip
    notes = tuple(Note(1, n.text, _note_time(example, n.interview), n.interview)
                  for n in example.notes)  # fmt: skip
    a = example.application
    return Application(1, a.company, a.role, a.stage, decision_by=a.decision_by,
                       interviews=interviews, messages=tuple(messages), notes=notes)  # fmt: skip


def _message(n: int, m: ExampleMessage) -> MessageRef:
    return MessageRef(
        m.message_id or f"<example-{n}@example.invalid>",
        1,
        m.incoming,
        m.date,
        m.kind,
        _person(m.sender),
        tuple(_person(p) for p in m.to),
        m.subject,
        confidence=m.confidence,
        requested=m.requested,
        decision_by=m.decision_by,
    )


def _note_time(example: Example, interview: int | None) -> datetime:
    if interview and 0 < interview <= len(example.interviews):
        return example.interviews[interview - 1].end
    return example.now


def _existing(rule: Rule, e: ExampleExisting) -> DraftRecord:
    """A draft on record. Per-person drafts get the key the rule would give them (for
    interview triggers); an application draft gets its own key and counts toward limits."""
    ident = f"interview:{e.interview}" if e.interview else "application"
    target = e.to.lower() if rule.spec.for_each != "application" else "application"
    occurrence = ident if rule.spec.for_each != "application" else _app_ident(e)
    name = e.rule or rule.name
    key = draft_key(name, 1, occurrence, target)
    return DraftRecord(key, name, 1, e.state, to=e.to, interview_id=e.interview)


def _app_ident(e: ExampleExisting) -> str:
    return "existing-" + hashlib.sha256(repr(e).encode()).hexdigest()[:8]


def run_example(rule: Rule, example: Example) -> list[str]:
    """The differences between what the example expects and what happens; empty if none."""
    snapshot = snapshot_of(example, rule)
    rules = RuleSet((replace(rule, spec=rule.spec.model_copy(update={"enabled": True})),))
    result = plan(snapshot, rules, example.now)
    placed = [a.draft for a in result.due if isinstance(a, PlaceDraft)]
    problems = _compare("due now", placed, example.expect, rules, snapshot.me)
    if example.expect_later is not None:
        problems += _compare("later", list(result.later), example.expect_later, rules, snapshot.me)
    gone = [a for a in result.due if isinstance(a, WithdrawDraft)]
    for label, stale, wanted in (
        ("withdrawn", False, example.expect_withdrawn),
        ("stale", True, example.expect_stale),
    ):
        count = sum(a.stale == stale for a in gone)
        if wanted is not None and count != wanted:
            problems.append(f"{label}: expected {wanted}, got {count}")
    return problems


def _compare(
    label: str, drafts: list[Draft], expected: Sequence[ExampleExpect], rules: RuleSet, me: Me
) -> list[str]:
    got = [_first_address(d) for d in drafts]
    want = [e.to.lower() for e in expected]
    if sorted(got) != sorted(want):
        return [f"{label}: expected drafts to {sorted(want)}, got {sorted(got)}"]
    problems: list[str] = []
    remaining = list(drafts)
    for exp in expected:
        draft = next(d for d in remaining if _first_address(d) == exp.to.lower())
        remaining.remove(draft)
        problems += _check_one(label, draft, exp, Composer(rules, me))
    return problems


def _first_address(draft: Draft) -> str:
    return (draft.to[0].email or "").lower() if draft.to else ""


def _check_one(label: str, draft: Draft, exp: ExampleExpect, composer: Composer) -> list[str]:
    who = f"{label}: draft to {exp.to or '(nobody)'}"
    out: list[str] = []
    if exp.due is not None and draft.due != exp.due:
        out.append(f"{who}: due {draft.due.isoformat()}, expected {exp.due.isoformat()}")
    if exp.subject_contains and exp.subject_contains not in draft.subject:
        out.append(f"{who}: subject {draft.subject!r} lacks {exp.subject_contains!r}")
    if exp.body_contains or exp.problems is not None:
        composed = composer.compose(draft, draft.due)
        out += [
            f"{who}: body lacks {part!r}" for part in exp.body_contains if part not in composed.body
        ]
        if exp.problems is not None and bool(composed.problems) != exp.problems:
            out.append(
                f"{who}: proofreading problems {list(composed.problems)}, expected "
                f"{'some' if exp.problems else 'none'}"
            )
    return out
