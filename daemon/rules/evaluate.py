"""One rule against one application: which drafts it wants, and a trace of why.

Pure: reads record values, returns values. `plan` decides what is due now; `explain` prints
the trace. The wanted drafts do not depend on `now` (except `expire`), so the same intent
always yields the same key and the limits always pick the same drafts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..businessdays import BusinessCalendar
from ..model import (
    Application,
    Draft,
    DraftState,
    MessageRef,
    Person,
    Reference,
    Snapshot,
    Stage,
)
from . import context
from .load import Rule
from .recipients import contact, last_wrote, recipients, replied_to, unmonitored
from .schema import Wait
from .templates import one_line, render
from .triggers import (
    KeyPath,
    Occurrence,
    decision_date,
    last_interview,
    occurrences,
    when,
)

NOT_COUNTED = frozenset({DraftState.WITHDRAWN})


@dataclass(frozen=True)
class Target:
    ident: str  # an address (lower case), a name, or "application"
    person: Person | None = None
    reference: Reference | None = None


@dataclass(frozen=True)
class Candidate:
    draft: Draft
    occurrence: Occurrence


@dataclass
class Evaluation:
    rule: Rule
    application: Application
    candidates: list[Candidate] = field(default_factory=list)
    blocked: dict[str, str] = field(default_factory=dict)  # key -> why not wanted
    trace: list[str] = field(default_factory=list)
    next_expiry: datetime | None = None  # the first expiry after `now`: the result changes

    def note(self, path: Iterable[str | int], text: str) -> None:
        self.trace.append(f"{self.rule.where(*path)}: {text}")


def draft_key(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:20]


def calendar_of(snapshot: Snapshot) -> BusinessCalendar:
    me = snapshot.me
    return BusinessCalendar(me.timezone, me.country, me.subdivision)


def evaluate(
    rule: Rule, app: Application, snapshot: Snapshot, cal: BusinessCalendar, now: datetime
) -> Evaluation:
    ev = Evaluation(rule, app)
    if not rule.enabled:
        where = rule.toggled_by or rule.where("enabled")
        ev.trace.append(f"{where}: disabled")
        return ev
    if not _application_applies(ev, snapshot):
        return ev
    for occ in _occurrences(ev, snapshot, cal):
        _occurrence(ev, occ, snapshot, cal, now)
    _apply_limits(ev, snapshot)
    return ev


def _application_applies(ev: Evaluation, snapshot: Snapshot) -> bool:
    spec, app = ev.rule.spec, ev.application
    if spec.only_if.stage_in and app.stage not in spec.only_if.stage_in:
        ev.note(("only_if", "stage_in"), f"not fired: stage is {app.stage}")
        return False
    if spec.only_if.has_references and not snapshot.references:
        ev.note(("only_if", "has_references"), "not fired: no references in the config")
        return False
    if spec.unless.application_closed and app.closed:
        ev.note(("unless", "application_closed"), f"not fired: application {app.stage}")
        return False
    if spec.unless.application_quiet and app.stage == Stage.QUIET:
        ev.note(("unless", "application_quiet"), "not fired: application quiet")
        return False
    return True


def _occurrences(ev: Evaluation, snapshot: Snapshot, cal: BusinessCalendar) -> list[Occurrence]:
    spec, app = ev.rule.spec, ev.application
    found = occurrences(spec.trigger, spec.wait, ("trigger",), app, cal)
    ev.note(("trigger",), f"trigger {spec.trigger.event}: {len(found)} occurrence(s)")
    for n, alt in enumerate(spec.also):
        more = occurrences(alt.trigger, alt.wait, ("also", n, "trigger"), app, cal)
        ev.note(("also", n), f"also {alt.trigger.event}: {len(more)} occurrence(s)")
        found += more
    if not found and spec.fallback:
        fb = spec.fallback
        found = occurrences(fb.trigger, fb.wait, ("fallback", "trigger"), app, cal)
        ev.note(("fallback",), f"fallback {fb.trigger.event}: {len(found)} occurrence(s)")
    return sorted(found, key=lambda o: (o.anchor, o.ident))


# --- one occurrence -> drafts -------------------------------------------------------------------


def _occurrence(
    ev: Evaluation, occ: Occurrence, snapshot: Snapshot, cal: BusinessCalendar, now: datetime
) -> None:
    spec = ev.rule.spec
    threshold = spec.unless.confidence_below
    if threshold is not None and occ.confidence < threshold:
        ev.note(
            ("unless", "confidence_below"),
            f"{occ.what}: skipped, confidence {occ.confidence:.2f} < {threshold}",
        )
        return
    for target in _targets(ev, occ, snapshot):
        key = draft_key(ev.rule.name, ev.application.id, occ.ident, target.ident)
        why = _exception(ev, occ, target, snapshot) or _expired(
            ev, occ, key, snapshot=snapshot, cal=cal, now=now
        )
        draft = None if why else _draft(ev, occ, target, key, snapshot=snapshot, cal=cal)
        why = why or _unmonitored(ev, draft)
        if why or draft is None:
            ev.blocked[key] = why
            ev.note(why_path(why), f"{occ.what}: {target.ident}: not drafted: {why}")
            continue
        ev.candidates.append(Candidate(draft, occ))
        ev.note(occ.source, f"{occ.what}: {target.ident}: draft {key} due {when(draft.due, cal)}")


def _expired(
    ev: Evaluation,
    occ: Occurrence,
    key: str,
    *,
    snapshot: Snapshot,
    cal: BusinessCalendar,
    now: datetime,
) -> str:
    expire = ev.rule.spec.draft.expire
    if expire is None or key in snapshot.drafts:
        return ""
    expiry = _shift(cal, occ.anchor, expire)
    if expiry <= now:
        return f"too late: expired {when(expiry, cal)}"
    ev.next_expiry = min(expiry, ev.next_expiry or expiry)
    return ""


def _unmonitored(ev: Evaluation, draft: Draft | None) -> str:
    if draft is None or not ev.rule.spec.unless.recipient_unmonitored or not draft.to:
        return ""
    if all(unmonitored(p.email) for p in draft.to):
        return f"recipient_unmonitored: {draft.to[0].email} is not read by anyone"
    return ""


def why_path(why: str) -> KeyPath:
    if why.startswith("too late"):
        return ("draft", "expire")
    if why.startswith("limit"):
        return ("limit",)
    return ("unless", why.split(":", 1)[0])


def _targets(ev: Evaluation, occ: Occurrence, snapshot: Snapshot) -> list[Target]:
    for_each = ev.rule.spec.for_each
    if for_each == "reference":
        return [Target(r.email.lower(), Person(r.name, r.email), r) for r in snapshot.references]
    if for_each == "application":
        return [Target("application")]
    interview = occ.interview or last_interview(ev.application)
    people = interview.interviewers if interview else ()
    seen: dict[str, Target] = {}
    for p in people:
        ident = (p.email or p.name or "").strip().lower()
        if ident and ident not in snapshot.me.addresses and ident not in seen:
            seen[ident] = Target(ident, p)
    return list(seen.values())


def _exception(ev: Evaluation, occ: Occurrence, target: Target, snapshot: Snapshot) -> str:
    unless = ev.rule.spec.unless
    app = ev.application
    if unless.employer_replied_since:
        reply = next(
            (
                m
                for m in app.messages
                if m.incoming and m.date > occ.anchor and m is not occ.message
            ),
            None,
        )
        if reply:
            return f"employer_replied_since: {reply.kind} on {reply.date.date()}"
    if unless.user_wrote_to_person_since:
        person = target.person or contact(app, snapshot)
        address = (person.email or "").lower() if person else ""
        wrote = last_wrote(app, snapshot).get(address) if address else None
        if wrote is not None and wrote > occ.anchor:
            return f"user_wrote_to_person_since: you wrote to {address} after it"
    return ""


# --- the draft ------------------------------------------------------------------------------


def _draft(
    ev: Evaluation,
    occ: Occurrence,
    target: Target,
    key: str,
    *,
    snapshot: Snapshot,
    cal: BusinessCalendar,
) -> Draft:
    spec, app = ev.rule.spec.draft, ev.application
    to = recipients(spec.to, occ=occ, target=target.person, app=app, snapshot=snapshot)
    also = recipients(spec.cc, occ=occ, target=target.person, app=app, snapshot=snapshot)
    cc = tuple(p for p in also if p not in to)
    replied = replied_to(occ, app, to) if spec.reply_in_thread else None
    data = _context(ev, occ, target, to, replied, snapshot=snapshot, cal=cal)
    due = _shift(cal, occ.anchor, occ.wait)
    return Draft(
        key=key, rule=ev.rule.name, application_id=app.id, due=due, to=to,
        subject=_subject(ev.rule, data), template=spec.template, context=data, cc=cc,
        in_reply_to=replied.message_id if replied else None,
        references=(*replied.references, replied.message_id) if replied else (),
        interview_id=occ.interview.id if occ.interview else None,
        hold_on_problems=spec.hold_on_problems,
        send_by=_shift(cal, due, spec.send_within) if spec.send_within else None,
        target=target.ident,
    )  # fmt: skip


def _context(
    ev: Evaluation,
    occ: Occurrence,
    target: Target,
    to: tuple[Person, ...],
    replied: MessageRef | None,
    *,
    snapshot: Snapshot,
    cal: BusinessCalendar,
) -> dict[str, Any]:
    app = ev.application
    interview = occ.interview or last_interview(app)
    return context.build(
        rule=ev.rule.name, me=snapshot.me, tz=cal.tz, app=app, to=to, interview=interview,
        interviewers=interview.interviewers if interview else (),
        reference=target.reference, message=replied or occ.message,
        decision_by=decision_date(app),
    )  # fmt: skip


def _subject(rule: Rule, data: dict[str, object]) -> str:
    """The rendered subject; a template that fails on this data (a variable that is empty
    here) gives a marked subject that proofreading flags, never a crashed plan."""
    try:
        return one_line(render(rule.subject, data))
    except Exception as err:  # a user's template is user code: report, never crash
        return f"[[FIX SUBJECT: {one_line(str(err), 80)}]]"


def _shift(cal: BusinessCalendar, anchor: datetime, wait: Wait) -> datetime:
    moment = _offset(cal, anchor, wait)
    if wait.business_day and not cal.is_business_day(moment.date()):
        day = cal.add_business_days(moment.date(), 0)
        return cal.at(day, moment.time().replace(tzinfo=None))
    return moment


def _offset(cal: BusinessCalendar, anchor: datetime, wait: Wait) -> datetime:
    try:
        return cal.shift(
            anchor,
            days=wait.days,
            business_days=wait.business_days,
            hours=wait.hours,
            clock=wait.at,
        )
    except OverflowError:  # an anchor near year 9999 (a hostile or absurd date): never due
        return datetime.max.replace(tzinfo=UTC)


# --- limits -----------------------------------------------------------------------------------


def _apply_limits(ev: Evaluation, snapshot: Snapshot) -> None:
    limit = ev.rule.spec.limit
    if not (limit.per_application or limit.per_interview):
        return
    kept: list[Candidate] = []
    for cand in ev.candidates:
        why = _over_limit(ev, cand, kept, snapshot)
        if why:
            ev.blocked[cand.draft.key] = why
            ev.note(("limit",), f"{cand.occurrence.what}: {cand.draft.target}: not drafted: {why}")
        else:
            kept.append(cand)
    ev.candidates = kept


def _over_limit(
    ev: Evaluation, cand: Candidate, kept: list[Candidate], snapshot: Snapshot
) -> str | None:
    d = cand.draft
    state = snapshot.drafts.get(d.key)
    if state is not None and state.state not in NOT_COUNTED:
        return None  # already on record: it is one of the counted ones
    earlier = {c.draft.key: c.draft.interview_id for c in kept if c.draft.target == d.target}
    for rec in snapshot.drafts.values():
        if (
            rec.rule == ev.rule.name
            and rec.application_id == d.application_id
            and rec.state not in NOT_COUNTED
            and _same_target(rec.to, d)
        ):
            earlier[rec.key] = rec.interview_id
    earlier.pop(d.key, None)
    limit = ev.rule.spec.limit
    if limit.per_application and len(earlier) >= limit.per_application:
        return f"limit: {limit.per_application} per application reached"
    same = [k for k, i in earlier.items() if i is not None and i == d.interview_id]
    if limit.per_interview and len(same) >= limit.per_interview:
        return f"limit: {limit.per_interview} per interview reached"
    return None


def _same_target(address: str | None, draft: Draft) -> bool:
    if draft.target == "application":
        return True
    return (address or "").lower() == draft.target
