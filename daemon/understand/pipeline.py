"""One parsed message -> `Facts`.

The stages, cheapest first: a keyword pre-filter (`maybe_hiring`) lets plainly-not-hiring
mail skip everything else; the calendar parts are read exactly; the kind is decided from
cue patterns and the shipped text classifier; only hiring mail runs through spaCy (once, on
the message's own text) for people, company and dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from ..domains import FREEMAIL
from ..model import Email, Facts, Kind, Person
from . import copied, orgs, panel_merge, people, reply_panel, roles, same_time, signature, thread
from .calendar import CalEvent, read_calendars
from .classify import Verdict, decide
from .dates import Found, candidates
from .decision import decision_date
from .forwarded import forwards_own_interview
from .layout import own_text, unwrap
from .nicknames import without_nicknames
from .prefilter import HIRING_HINT, maybe_hiring
from .requested import asked_for
from .starts import conversions, interview_times, open_choice
from .train import classifier_text
from .vetoes import BULK_HEADERS, FREEMAIL_BRANDS, other_candidate, own_application
from .writer import forwarded_sender
from .zone_guess import reader_zone
from .zones import _TLD_ZONES, city_zone, day_first, gmt_person, sender_zone, tld

__all__ = ["HIRING_HINT", "Understander", "context_veto"]  # HIRING_HINT: the mail adapters'

MAX_CHARS = 6000  # the NER reads at most this much of a message's own text
WITH_INTERVIEW = frozenset({Kind.INVITATION, Kind.RESCHEDULE, Kind.CANCELLATION})
NEW_TIME = re.compile(r"(?i)\b(new|now|instead|moved|moving|updated|changed|rescheduled|to)\b")


@dataclass(frozen=True)
class _Message:
    email: Email
    body: str  # new_text, or the whole text when the message adds nothing of its own
    sent: datetime
    tz: tzinfo
    day_first: bool
    events: list[CalEvent]
    times: list[Found]  # every date-with-time the text mentions
    earlier: tuple[Found, str] | None = None  # a short reply's quoted interview, and its text


class Understander:
    """Reads messages; the spaCy pipeline is loaded on first use, once."""

    def __init__(self, model: str = "auto", kind_model: Any | None = None) -> None:
        """`kind_model`: a text classifier to use instead of the shipped one (evaluation);
        False runs the cue patterns alone."""
        self.model = model
        self.kind_model = kind_model

    @property
    def nlp(self) -> Any:
        from .nlp import load

        return load(self.model)

    def maybe_hiring(self, email: Email) -> bool:
        """Cheap: could this be about the user's job search at all? (see `prefilter`)"""
        return maybe_hiring(email)

    def facts(self, email: Email) -> Facts:
        if not self.maybe_hiring(email):
            return Facts(kind=Kind.OTHER, confidence=0.95, contact=email.sender)
        text, new_text = (without_nicknames(unwrap(t)) for t in (email.text, email.new_text))
        email = replace(email, text=text, new_text=new_text)
        msg = self._message(email)
        body, times = _with_forward(msg)
        open_times = [f for f in times if f.start >= msg.sent and not open_choice(f)]
        verdict = decide(
            email.subject,
            body,
            msg.events,
            self._textcat(email, body),
            has_time=bool(open_times),
            context_veto=context_veto(email),
            thread=email.text,
            answers_interview=msg.earlier is not None,
            sender=f"{email.sender.name or ''} {email.sender.email or ''}",
        )
        if verdict.kind is Kind.OTHER:
            return Facts(kind=Kind.OTHER, confidence=verdict.confidence, contact=email.sender)
        return self._details(msg, verdict)

    def _message(self, email: Email) -> _Message:
        sent = email.date or datetime.now(UTC)
        tz = sender_zone(email.date, email.sender.email)
        if tz is UTC:  # a UTC stamp and no country: a person's winter GMT is Britain's, else
            text = email.new_text or email.text  # where the text says the office is
            tz = gmt_person(email.date, email.sender.email) or city_zone(text) or tz
            if tz is UTC:
                others = [p.email for p in (*email.reply_to, *email.to)]
                tz = reader_zone(text, others) or tz
        events = read_calendars(email.calendars, tz)
        body = own_text(email, events)
        first = day_first(email.sender.email, tz)
        times = candidates(body, sent, tz, first)
        earlier = None if events else thread.earlier_interview(email, sent, tz, first)
        return _Message(email, body, sent, tz, first, events, times, earlier)

    def _textcat(self, email: Email, body: str) -> dict[str, float] | None:
        from .nlp import load_kind_model

        model = load_kind_model() if self.kind_model is None else self.kind_model
        if not model:
            return None
        doc = model(classifier_text(email.subject, body))
        return dict(doc.cats)

    def _details(self, msg: _Message, verdict: Verdict) -> Facts:
        doc = self.nlp(msg.body[:MAX_CHARS])
        kind = verdict.kind
        event = _main_event(msg.events, kind)
        start, end = _when(msg, kind, event)
        company = orgs.company(msg.email, doc)
        return Facts(
            kind=kind,
            company=company,
            role=roles.role(msg.email),
            interviewers=tuple(self._interviewers(msg, doc, kind, company)),
            start=start,
            end=end,
            decision_by=None
            if kind in WITH_INTERVIEW
            else decision_date(
                msg.body,
                msg.sent.astimezone(msg.tz).date(),
                _country(msg.email, msg.tz),
                msg.day_first,
            ),
            confidence=_confidence(verdict, kind, start),
            requested=asked_for(msg.body) if kind is Kind.INFO_REQUEST else (),
            ical_uid=event.uid if event else None,
            ical_sequence=event.sequence if event else None,
            contact=msg.email.sender,
        )

    def _interviewers(
        self, msg: _Message, doc: Any, kind: Kind, company: str | None = None
    ) -> list[Person]:
        if kind not in WITH_INTERVIEW:
            return []
        ctx = people.context(msg.email)
        # the writer's own words say whether they join (not the user's quoted "works for me")
        joins = people.runs_it_themselves(msg.email.new_text.strip() or msg.body, msg.email)
        organizes = bool(msg.events) and (
            signature.manager_organizes(msg.email)
            or panel_merge.host_named(msg.events, msg.email)
            or panel_merge.host_among_guests(msg.events, msg.email)
        )
        found = people.from_calendar(msg.events, ctx, joins or organizes) if msg.events else []
        if found:  # the guests, less whom the text says are out, and whom it adds
            text = people.from_text(doc, ctx, more=False)
            found = panel_merge.with_text(found, text, msg.email, joins or organizes)
        else:
            found = people.from_text(doc, ctx)
        if found and msg.earlier and reply_panel.may_change(msg.body):  # "Tom can't make it,
            said = thread.quoted_from_employer(msg.email) or msg.earlier[1]  # so Ana ..."
            quoted = people.from_text(self.nlp(said[:MAX_CHARS]), ctx)
            writer = signature.sender_as_interviewer(msg.email, [])
            found = reply_panel.changed_panel(msg.body, found, quoted, writer)
        forwarded = _forwarded(msg.email)
        if not found and forwarded:  # "their confirmation is attached": the forward says who,
            inner = forwarded_sender(forwarded) or msg.email.sender  # and its "me" is its writer's
            found = people.from_text(
                self.nlp(forwarded[:MAX_CHARS]), people.context(replace(msg.email, sender=inner))
            )
        if not found and msg.earlier:  # a short reply: the quoted invitation says who (not
            earlier = thread.quoted_from_employer(msg.email) or msg.earlier[1]  # the user)
            found = people.from_text(self.nlp(earlier[:MAX_CHARS]), ctx)
            joins = joins or people.runs_it_themselves(earlier, msg.email)
            if panel_merge.writer_met(msg.earlier[1], msg.email):  # "to meet with Rick": Rick
                found = people.merged([signature.sender_as_interviewer(msg.email, [])], found)
        found = people.merged(found, copied.from_headers(msg.email, ctx, found))
        detailed = people.add_details(found, doc, msg.email)
        if kind is Kind.CANCELLATION and not joins and _recruiter_alone(detailed, msg.email):
            return []  # a recruiter calls off the process: the interview's people are not named
        if company and sum((p.name or "") in company for p in detailed) > 1:
            company = None  # "Omar Haddad and Lisa Park" taken for the employer: the panel
        return [
            p
            for p in detailed
            if not people.only_schedules(p, msg.email, joins)
            and not _is_company(p, company, _team_name(msg.email.sender.name))
        ]


def _recruiter_alone(found: list[Person], email: Email) -> bool:
    """The only person found is the writer, who signs with a recruiting title."""
    _, lines = signature.body_lines(email.new_text, email.sender.name)
    if len(found) != 1 or found[0].name != signature.signer(email, lines):
        return False
    return any(signature.RECRUITING_TITLE.search(line) for line in lines[:4])


EVENT_SENDER = re.compile(
    r"(?i)^(events?|webinars?|community|meetups?|academy|learning|courses?|newsletters?|digest)"
    r"([+._-].*)?@"
)


def context_veto(email: Email) -> float:
    """Who sent it and how: a mailing list (digests, newsletters, webinars) or a colleague at
    the user's own organisation (meetings at the current job) is not the hiring conversation."""
    veto = 3.5 if any(h in email.headers for h in BULK_HEADERS) else 0.0
    forwarded = _forwarded(email)
    if forwarded and forwards_own_interview(email.new_text, forwarded, email.sender, email.to):
        veto += 6.0  # "Look, I got an interview!" over the friend's own invitation
    if other_candidate(email.new_text or email.text, email.to):
        veto += 6.0  # "Candidate: Ana Ruiz" to Jordan: the user interviews her
    if EVENT_SENDER.match(email.sender.email or ""):
        veto += 3.0  # events@, webinars@, community@: an audience's mail, not a candidate's
    if FREEMAIL_BRANDS.search(email.sender.email or ""):
        veto += 1.0  # friends, family and scams write from personal mailboxes
    sender = (email.sender.email or "").rpartition("@")[2]
    own = {(p.email or "").rpartition("@")[2] for p in email.to}
    to_self = (email.sender.email or "").lower() in {(p.email or "").lower() for p in email.to}
    if sender and sender in own and sender not in FREEMAIL and not to_self:  # a colleague,
        # unless it is an internal vacancy the user applied to ("your application for ..."),
        # or the user's note to self ("saving this so i dont lose it")
        veto += 0.0 if own_application(email.subject, email.new_text, email.text) else 6.0
    return veto


def _main_event(events: list[CalEvent], kind: Kind) -> CalEvent | None:
    if not events:
        return None
    if kind is Kind.CANCELLATION:
        return next((e for e in events if e.cancelled), events[0])
    live = [e for e in events if not e.cancelled and e.start is not None]
    return max(live, key=lambda e: e.sequence) if live else None


def _when(
    msg: _Message, kind: Kind, event: CalEvent | None
) -> tuple[datetime | None, datetime | None]:
    if kind not in WITH_INTERVIEW:
        return None, None
    found = [f for f in msg.times if f.start >= msg.sent.replace(hour=0, minute=0)]
    if event is not None and event.start is not None:
        return _local(event.start, found, msg.tz), _local(event.end, found, msg.tz)
    moved = (
        same_time.moved_day(
            msg.body, msg.earlier[0], found, sent=msg.sent, tz=msg.tz, day_first=msg.day_first
        )
        if kind is Kind.RESCHEDULE and msg.earlier
        else None
    )
    if moved:  # "Thursday 1 October, at the same time": the quoted interview's hour
        return moved.start, moved.end
    chosen = _choose(found, kind, msg.body)
    if chosen is None and kind is Kind.CANCELLATION and msg.earlier:
        chosen = msg.earlier[0]  # "I have to cancel tomorrow": the quoted interview
    if chosen is None and kind is Kind.INVITATION and msg.earlier:
        chosen = msg.earlier[0]  # "Tom can't make it, so Ana steps in": the quoted interview
    forwarded = _forwarded(msg.email)
    if chosen is None and forwarded:
        later = candidates(forwarded, msg.sent, msg.tz, msg.day_first)
        chosen = _choose([f for f in later if f.start >= msg.sent], kind, forwarded)
    subject = msg.email.subject
    if chosen is None and kind is Kind.INVITATION and not REPLY_SUBJECT.match(subject):
        # "Interview: Thu Mar 12, 2pm CT" and a body that says "see the subject line"
        said = candidates(subject, msg.sent, msg.tz, msg.day_first)
        chosen = _choose([f for f in said if f.start >= msg.sent], kind, subject)
    return (chosen.start, chosen.end) if chosen else (None, None)


FORWARD_SUBJECT = re.compile(r"(?i)^\s*(fwd?|fw|tr|wg|rv|enc)\s*:")
REPLY_SUBJECT = re.compile(r"(?i)^\s*(re|aw|sv|antw|r|fwd?|fw|tr|wg|rv|enc)\s*:")


SHORT_NOTE = 600  # characters: a forwarder's own note this short defers to what it forwards


def _with_forward(msg: _Message) -> tuple[str, list[Found]]:
    """A short note over a forwarded message ("the client has shortlisted you, see below")
    is about what it forwards: the kind is read from both, and the times too."""
    forwarded = _forwarded(msg.email)
    if not forwarded or len(msg.body) > SHORT_NOTE:
        return msg.body, msg.times
    later = candidates(forwarded, msg.sent, msg.tz, msg.day_first)
    return f"{msg.body}\n\n{forwarded}", [*msg.times, *later]


def _forwarded(email: Email) -> str:
    """The forwarded message of a forward (not the quoted history of a reply)."""
    if not FORWARD_SUBJECT.match(email.subject) and "Forwarded message" not in email.text:
        return ""
    return email.text[len(email.new_text) :] if email.text.startswith(email.new_text) else ""


def _local(when: datetime | None, found: list[Found], tz: tzinfo) -> datetime | None:
    """A calendar time in UTC is shown in the zone the text uses for it, else the sender's."""
    if (
        when is None
        or when.utcoffset() != timedelta(0)
        or getattr(when.tzinfo, "key", "") not in {"", "UTC", "Etc/UTC"}
    ):
        return when
    same = next((f.start.tzinfo for f in found if f.start == when), None)
    return when.astimezone(same or tz)


def _choose(found: list[Found], kind: Kind, text: str = "") -> Found | None:
    """The interview's time: for a reschedule the new one; never a range of times the user
    is asked to choose from."""
    found = conversions([f for f in found if not open_choice(f)])  # not "(18:30 in Mumbai)"
    if not found:
        return None
    if kind is not Kind.RESCHEDULE:
        found = interview_times(found, text)
    if kind is Kind.RESCHEDULE:
        marked = _marked(found, text)
        if any(mark > 0 for mark in marked):  # "New time:", "Updated:", "now at"
            return found[marked.index(max(marked))]
        if 0 < marked.count(0) < len(found):  # "Former:", "originally": not the new one
            found = [f for f, mark in zip(found, marked, strict=True) if mark == 0]
        lines: dict[str, list[Found]] = {}
        for f in found:
            lines.setdefault(f.line, []).append(f)
        for line, items in lines.items():
            if len(items) > 1 or NEW_TIME.search(line):
                return items[-1]
    return found[0]


_NEW_WORDS = (
    r"new|updated|now|moved to|rescheduled to|instead(?!\s+of)|neue[rn]?|nouvel(?:le)?|nueva|nuovo|"
    r"nieuwe|aura lieu|désormais|ahora|agora|jetzt|nun|adesso|d[eé]plac[eé]e? (?:au|à)|"
    r"verschoben auf|trasladad[oa] al|spostat[oa] a"
)
_OLD_WORDS = (
    r"former|original(?:ly)?|previous(?:ly)?|old|was|were|from|no longer|instead\s+of|"
    r"initialement|initialmente|inicialmente|originalmente|ursprünglich|oorspronkelijk|previst[oa]|"
    r"prévue?"
)
MARK = re.compile(rf"(?i)\b(?:(?P<new>{_NEW_WORDS})|(?P<old>{_OLD_WORDS}))\b")


def _marked(found: list[Found], text: str) -> list[int]:
    """+1 for a time the words just before it call the new one, -1 for the old one: the
    last such word between the previous time and this one decides."""
    marks = []
    for i, f in enumerate(found):
        since = found[i - 1].offset + 1 if i else max(0, f.offset - 100)
        words = [1 if m.group("new") else -1 for m in MARK.finditer(text[since : f.offset])]
        marks.append(words[-1] if words else 0)
    return marks


_TEAM_NAME = re.compile(
    r"(?i)\b(gmbh|inc|ltd|llc|ag|bv|b\.v\.|s\.a\.|plc|corp|careers|recruiting|talent|team|hr)\b"
)


def _team_name(name: str | None) -> str | None:
    """The sender's display name when it is a company's or a team's, not a person's."""
    return name if name and _TEAM_NAME.search(name) else None


def _is_company(person: Person, company: str | None, sender: str | None = None) -> bool:
    """ "Red Mesa Solar" read as a person's name: it is the employer's (the company found,
    or the start of the name the sender's team writes under, "Elbdeich Mobility GmbH")."""
    squash = re.compile(r"[\W_]+")
    name = squash.sub("", (person.name or "").lower())
    names = [squash.sub("", (n or "").lower()) for n in (company, sender)]
    return bool(name) and any(n and (n == name or n.startswith(name)) for n in names)


def _country(email: Email, tz: tzinfo | None = None) -> str | None:
    """The sender's country (for its public holidays): the address's, else the zone's."""
    code = tld(email.sender.email)
    if code not in _TLD_ZONES:  # "Europe/Oslo" -> "no"
        key = getattr(tz, "key", "")
        code = next((c for c, z in _TLD_ZONES.items() if z == key and c != "ca"), "")
    if code in _TLD_ZONES:
        return "GB" if code == "uk" else code.upper()
    return None


def _confidence(verdict: Verdict, kind: Kind, start: datetime | None) -> float:
    confidence = verdict.confidence
    if kind in {Kind.INVITATION, Kind.RESCHEDULE} and start is None:
        confidence *= 0.8  # a self-scheduling link, or a time we could not read
    return round(confidence, 2)
