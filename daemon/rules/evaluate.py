"""One rule against one application: which drafts it wants, and a trace of why.

Pure: reads record values, returns values. `plan` decides what is due now; `explain` prints
the trace. The wanted drafts do not depend on `now` (except `expire`), so the same intent
always yields the same key and the limits always pick the same drafts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ..businessdays import BusinessCalendar
from ..model import (
    Application,
    Draft,
    DraftState,
    Interview,
    MessageRef,
    Person,
    Reference,
    Snapshot,
    Stage,
)
from . import context
from .load import Rule
from .schema import Recipient, Trigger, Wait
from .templates import one_line, render

KeyPath = tuple[str | int, ...]
NOT_COUNTED = frozenset({DraftState.WITHDRAWN})


@dataclass(frozen=True)
class Occurrence:
    ident: str  # part of the draft key: which interview / message / date
    anchor: datetime
    wait: Wait
    source: KeyPath  # ("trigger",) or ("fallback", "trigger")
    what: str
    interview: Interview | None = None
    message: MessageRef | None = None
    confidence: float = 1.0


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
        ev.note(("enabled",), "disabled")
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


# --- triggers --------------------------------------------------------------------------------


def _occurrences(ev: Evaluation, snapshot: Snapshot, cal: BusinessCalendar) -> list[Occurrence]:
    spec = ev.rule.spec
    found = _trigger(spec.trigger, spec.wait, ("trigger",), ev.application, cal)
    ev.note(("trigger",), f"trigger {spec.trigger.event}: {len(found)} occurrence(s)")
    for n, alt in enumerate(spec.also):
        more = _trigger(alt.trigger, alt.wait, ("also", n, "trigger"), ev.application, cal)
        ev.note(("also", n), f"also {alt.trigger.event}: {len(more)} occurrence(s)")
        found += more
    if not found and spec.fallback:
        fb = spec.fallback
        found = _trigger(fb.trigger, fb.wait, ("fallback", "trigger"), ev.application, cal)
        ev.note(("fallback",), f"fallback {fb.trigger.event}: {len(found)} occurrence(s)")
    return sorted(found, key=lambda o: (o.anchor, o.ident))


def _trigger(
    trigger: Trigger, wait: Wait, source: KeyPath, app: Application, cal: BusinessCalendar
) -> list[Occurrence]:
    live = [i for i in app.interviews if not i.cancelled]
    event = trigger.event
    if event == "interview_ended":
        chosen = [max(live, key=lambda i: i.end)] if trigger.last and live else live
        return [Occurrence(f"interview:{i.id}", i.end, wait, source, f"interview {i.id} ends "
                           f"{_when(i.end, cal)}", i, confidence=i.confidence) for i in chosen]
    if event == "interview_starts":
        return [Occurrence(f"interview:{i.id}", i.start, wait, source, f"interview {i.id} starts "
                           f"{_when(i.start, cal)}", i, confidence=i.confidence) for i in live]
    if event == "interview_scheduled":
        return [_scheduled(i, app, wait, source, cal) for i in live
                if _scheduled_at(i, app) < i.start]
    if event == "message_received":
        return [Occurrence(f"message:{m.message_id}", m.date, wait, source,
                           f"{m.kind} received {_when(m.date, cal)}", message=m,
                           confidence=m.confidence)
                for m in app.messages
                if m.incoming and m.kind in trigger.kinds and _asks_for(m, trigger.requested)]
    if event == "decision_date_passed":
        day = decision_date(app)
        if day is None:
            return []
        anchor = cal.at(day, time(0))
        return [Occurrence("decision", anchor, wait, source, f"decision date {day}")]
    return _no_reply(app, wait, source, cal)


def _asks_for(message: MessageRef, wanted: tuple[str, ...]) -> bool:
    asked = " | ".join(message.requested).lower()
    return not wanted or any(w.lower() in asked for w in wanted)


def _scheduled(
    i: Interview, app: Application, wait: Wait, source: KeyPath, cal: BusinessCalendar
) -> Occurrence:
    at = _scheduled_at(i, app)
    return Occurrence(f"interview:{i.id}", at, wait, source,
                      f"interview {i.id} scheduled {_when(at, cal)}", i, confidence=i.confidence)


def _scheduled_at(i: Interview, app: Application) -> datetime:
    """When the interview became known: recorded, else its invitation's date, else two
    days before it."""
    if i.scheduled_at:
        return i.scheduled_at
    invite = next((m for m in app.messages if m.message_id == i.source_message_id), None)
    return invite.date if invite else i.start - timedelta(days=2)


def _no_reply(
    app: Application, wait: Wait, source: KeyPath, cal: BusinessCalendar
) -> list[Occurrence]:
    mine = [m for m in app.messages if not m.incoming]
    if not mine:
        return []
    last = max(mine, key=lambda m: m.date)
    if any(m.incoming and m.date > last.date for m in app.messages):
        return []
    return [Occurrence(f"sent:{last.message_id}", last.date, wait, source,
                       f"no reply since {_when(last.date, cal)}", message=last)]


def decision_date(app: Application) -> date | None:
    """The stated decision date: the record's, else the latest message stating one."""
    if app.decision_by:
        return app.decision_by
    stated = [m for m in app.messages if m.decision_by and m.incoming]
    return max(stated, key=lambda m: m.date).decision_by if stated else None


def _when(moment: datetime, cal: BusinessCalendar) -> str:
    return cal.local(moment).strftime("%Y-%m-%d %H:%M %Z")


# --- one occurrence -> drafts -------------------------------------------------------------------


def _occurrence(
    ev: Evaluation, occ: Occurrence, snapshot: Snapshot, cal: BusinessCalendar, now: datetime
) -> None:
    spec = ev.rule.spec
    threshold = spec.unless.confidence_below
    if threshold is not None and occ.confidence < threshold:
        ev.note(("unless", "confidence_below"),
                f"{occ.what}: skipped, confidence {occ.confidence:.2f} < {threshold}")
        return
    for target in _targets(ev, occ, snapshot):
        key = draft_key(ev.rule.name, ev.application.id, occ.ident, target.ident)
        why = _exception(ev, occ, target, snapshot)
        if why is None and spec.draft.expire is not None and key not in snapshot.drafts:
            expiry = _shift(cal, occ.anchor, spec.draft.expire)
            why = f"too late: expired {_when(expiry, cal)}" if expiry <= now else None
        if why:
            ev.blocked[key] = why
            ev.note(why_path(why), f"{occ.what}: {target.ident}: not drafted: {why}")
            continue
        draft = _draft(ev, occ, target, key, snapshot=snapshot, cal=cal)
        ev.candidates.append(Candidate(draft, occ))
        ev.note(occ.source, f"{occ.what}: {target.ident}: draft {key} due "
                f"{_when(draft.due, cal)}")


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
    interview = occ.interview or _last_interview(ev.application)
    people = interview.interviewers if interview else ()
    seen: dict[str, Target] = {}
    for p in people:
        ident = (p.email or p.name or "").strip().lower()
        if ident and ident not in snapshot.me.addresses and ident not in seen:
            seen[ident] = Target(ident, p)
    return list(seen.values())


def _last_interview(app: Application) -> Interview | None:
    live = [i for i in app.interviews if not i.cancelled]
    return max(live, key=lambda i: i.end) if live else None


def _exception(ev: Evaluation, occ: Occurrence, target: Target, snapshot: Snapshot) -> str | None:
    unless = ev.rule.spec.unless
    app = ev.application
    if unless.employer_replied_since:
        reply = next((m for m in app.messages if m.incoming and m.date > occ.anchor
                      and m is not occ.message), None)
        if reply:
            return f"employer_replied_since: {reply.kind} on {reply.date.date()}"
    if unless.user_wrote_to_person_since:
        person = target.person or contact(app, snapshot)
        address = (person.email or "").lower() if person else ""
        sent = [*snapshot.sent, *(m for m in app.messages if not m.incoming)]
        if address and any(m.date > occ.anchor and address in _addresses(m.to) for m in sent):
            return f"user_wrote_to_person_since: you wrote to {address} after it"
    return None


def _addresses(people: Iterable[Person]) -> set[str]:
    return {(p.email or "").lower() for p in people}


def contact(app: Application, snapshot: Snapshot) -> Person | None:
    """The employer's latest correspondent, else a known contact, else an interviewer."""
    mine = snapshot.me.addresses
    for m in sorted(app.messages, key=lambda m: m.date, reverse=True):
        if m.incoming and m.sender.email and m.sender.email.lower() not in mine:
            return m.sender
    known = [p for p in app.contacts if p.email]
    if known:
        return known[0]
    last = _last_interview(app)
    return next((p for p in last.interviewers if p.email), None) if last else None


# --- the draft ------------------------------------------------------------------------------


def _draft(
    ev: Evaluation, occ: Occurrence, target: Target, key: str, *, snapshot: Snapshot,
    cal: BusinessCalendar,
) -> Draft:
    spec, app = ev.rule.spec.draft, ev.application
    to = _recipients(spec.to, occ=occ, target=target, app=app, snapshot=snapshot)
    cc = tuple(p for p in _recipients(spec.cc, occ=occ, target=target, app=app,
                                       snapshot=snapshot) if p not in to)
    replied = _replied_to(occ, app, snapshot) if spec.reply_in_thread else None
    interview = occ.interview or _last_interview(app)
    interviewers = (interview or _NO_INTERVIEW).interviewers
    data = context.build(rule=ev.rule.name, me=snapshot.me, tz=cal.tz, app=app, to=to,
                         interview=interview, interviewers=interviewers,
                         reference=target.reference, message=replied or occ.message,
                         decision_by=decision_date(app))
    subject = one_line(render(ev.rule.subject, data))
    return Draft(
        key=key, rule=ev.rule.name, application_id=app.id,
        due=_shift(cal, occ.anchor, occ.wait), to=to, subject=subject,
        template=spec.template, context=data, cc=cc,
        in_reply_to=replied.message_id if replied else None,
        references=(*replied.references, replied.message_id) if replied else (),
        interview_id=occ.interview.id if occ.interview else None,
        hold_on_problems=spec.hold_on_problems,
        send_by=_shift(cal, occ.anchor, spec.send_within) if spec.send_within else None,
        target=target.ident,
    )


_NO_INTERVIEW = Interview(0, 0, datetime.min, datetime.min, ())


def _shift(cal: BusinessCalendar, anchor: datetime, wait: Wait) -> datetime:
    return cal.shift(anchor, days=wait.days, business_days=wait.business_days,
                     hours=wait.hours, clock=wait.at)


def _recipients(
    kinds: Iterable[Recipient], *, occ: Occurrence, target: Target, app: Application,
    snapshot: Snapshot,
) -> tuple[Person, ...]:
    out: list[Person] = []
    for kind in kinds:
        if kind == "target":
            found = [target.person or contact(app, snapshot)]
        elif kind == "sender":
            found = [occ.message.sender if occ.message else contact(app, snapshot)]
        elif kind == "contact":
            found = [contact(app, snapshot)]
        elif kind == "interviewers":
            last = occ.interview or _last_interview(app)
            found = list(last.interviewers) if last else []
        else:
            found = [Person(snapshot.me.name, snapshot.me.email)]
        out.extend(p for p in found if p is not None and p not in out)
    return tuple(out)


def _replied_to(occ: Occurrence, app: Application, snapshot: Snapshot) -> MessageRef | None:
    if occ.message is not None and occ.message.incoming:
        return occ.message
    incoming = [m for m in app.messages if m.incoming]
    return max(incoming, key=lambda m: m.date) if incoming else None


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
        if (rec.rule == ev.rule.name and rec.application_id == d.application_id
                and rec.state not in NOT_COUNTED and _same_target(rec.to, d)):
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
