"""The values that flow through the pipeline. All frozen: a stage returns new values and never
changes the ones it was given, so `plan` can stay pure and tests can compare whole values.

sources -> RawMessage -> (understand.parse) Email -> (understand) Facts
        -> (record) Snapshot -> (plan) Action... -> (compose) Draft -> (deliver) placed
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

_Date = date  # MessageRef has a field named `date`; annotations inside it use this name


class Kind(StrEnum):
    """What a message is, for the hiring conversation."""

    INVITATION = "invitation"
    RESCHEDULE = "reschedule"
    CANCELLATION = "cancellation"
    REJECTION = "rejection"
    OFFER = "offer"
    NEXT_STEPS = "next_steps"
    INFO_REQUEST = "info_request"
    APPLICATION_ACK = "application_ack"
    OTHER = "other"


class Stage(StrEnum):
    """Where an application stands. The last three close it: nothing more is drafted."""

    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    WAITING = "waiting"  # interviews done, waiting for a decision
    QUIET = "quiet"  # one check-in went unanswered: let it go
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


CLOSED_STAGES = frozenset({Stage.OFFER, Stage.REJECTED, Stage.WITHDRAWN})


class DraftState(StrEnum):
    """The life of one draft key. Only PLANNED may become PLACED; nothing goes back."""

    PLANNED = "planned"  # intent recorded, not yet in the Drafts folder
    PLACED = "placed"  # in the Drafts folder: the user's from now on
    SENT = "sent"  # the user sent it (observed in Sent)
    DECLINED = "declined"  # the user deleted it without sending: never re-created
    WITHDRAWN = "withdrawn"  # the plan cancelled it before it was placed
    STALE = "stale"  # placed, but the application closed since; left for the user


@dataclass(frozen=True)
class Person:
    name: str | None
    email: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class RawMessage:
    """One message exactly as a mailbox adapter delivered it."""

    source: str  # the mailbox's name in the config
    folder: str  # the folder's role: "inbox", "sent", "drafts", or its name
    uid: str  # the adapter's stable id inside the folder
    data: bytes
    complete: bool = True  # False: only the header block (not hiring mail, or over the size cap)


@dataclass(frozen=True)
class Email:
    """A parsed message: decoded headers and the text a reader would see."""

    message_id: str
    subject: str
    sender: Person
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    reply_to: tuple[Person, ...] = ()
    date: datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    text: str = ""  # what this message says, quoted history and signature included
    new_text: str = ""  # without quoted history and forwarded parts
    calendars: tuple[bytes, ...] = ()  # text/calendar parts and .ics attachments
    headers: Mapping[str, str] = field(default_factory=dict)  # List-Id, X-Followup-Key, ...


@dataclass(frozen=True)
class Facts:
    """What one message says about the hiring conversation."""

    kind: Kind
    company: str | None = None
    role: str | None = None
    interviewers: tuple[Person, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    decision_by: date | None = None
    confidence: float = 0.0
    requested: tuple[str, ...] = ()  # what an info_request asks for
    ical_uid: str | None = None
    ical_sequence: int | None = None
    contact: Person | None = None  # the employer's person who wrote (recruiter, coordinator)
    updated: datetime | None = None  # a calendar event's last change (a cancellation's date)


@dataclass(frozen=True)
class Me:
    name: str
    email: str
    also: tuple[str, ...] = ()
    timezone: str = "UTC"
    country: str | None = None
    subdivision: str | None = None
    signature: str = ""

    @property
    def addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in (self.email, *self.also))


@dataclass(frozen=True)
class Reference:
    name: str
    email: str
    relationship: str = ""
    highlight: str = ""  # what they should speak to, for the heads-up note


# --- the record, as plan sees it ---------------------------------------------------------


@dataclass(frozen=True)
class Interview:
    id: int
    application_id: int
    start: datetime
    end: datetime
    interviewers: tuple[Person, ...]
    cancelled: bool = False
    confidence: float = 1.0
    ical_uid: str | None = None
    source_message_id: str | None = None  # the invitation, for replying in thread
    round: int = 1
    scheduled_at: datetime | None = None  # when it became known (rules: interview_scheduled)
    cancelled_at: datetime | None = None  # when it was cancelled (the event's change, else seen)


@dataclass(frozen=True)
class MessageRef:
    """A message in the record: one the employer sent (`incoming`) or the user sent."""

    message_id: str
    application_id: int | None
    incoming: bool
    date: datetime
    kind: Kind
    sender: Person
    to: tuple[Person, ...] = ()
    subject: str = ""
    references: tuple[str, ...] = ()
    confidence: float = 1.0
    requested: tuple[str, ...] = ()
    decision_by: _Date | None = None


@dataclass(frozen=True)
class Note:
    application_id: int
    text: str
    created: datetime
    interview_id: int | None = None


@dataclass(frozen=True)
class Application:
    id: int
    company: str
    role: str | None
    stage: Stage
    domain: str | None = None
    decision_by: date | None = None
    contacts: tuple[Person, ...] = ()  # recruiters and coordinators who wrote
    interviews: tuple[Interview, ...] = ()
    messages: tuple[MessageRef, ...] = ()  # in date order
    notes: tuple[Note, ...] = ()

    @property
    def closed(self) -> bool:
        return self.stage in CLOSED_STAGES


@dataclass(frozen=True)
class DraftRecord:
    """What the record knows about one draft key."""

    key: str
    rule: str
    application_id: int
    state: DraftState
    due: datetime | None = None
    to: str | None = None
    subject: str | None = None
    placed_at: datetime | None = None
    problems: tuple[str, ...] = ()
    source: str | None = None  # the mailbox whose Drafts folder holds (or will hold) it
    interview_id: int | None = None  # for rule limits per interview
    send_by: datetime | None = None  # the deadline the advice gives (status shows it)


@dataclass(frozen=True)
class Snapshot:
    """Everything plan needs, read from the record in one transaction."""

    me: Me
    references: tuple[Reference, ...]
    applications: tuple[Application, ...]
    drafts: Mapping[str, DraftRecord]
    sent: tuple[MessageRef, ...] = ()  # everything the user sent, any application or none


# --- what plan decides --------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    """A draft to compose: who, when, which template, with which data."""

    key: str  # stable: the same intent always gives the same key
    rule: str
    application_id: int
    due: datetime
    to: tuple[Person, ...]
    subject: str
    template: str
    context: Mapping[str, Any]
    cc: tuple[Person, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    interview_id: int | None = None
    hold_on_problems: bool = False
    send_by: datetime | None = None  # the deadline the advice gives (status shows it)
    target: str = ""  # whom the rule's for_each chose: an address, or "application"


@dataclass(frozen=True)
class PlaceDraft:
    draft: Draft


@dataclass(frozen=True)
class WithdrawDraft:
    key: str
    reason: str
    stale: bool = False  # already placed: only flagged, never deleted


@dataclass(frozen=True)
class SetStage:
    application_id: int
    stage: Stage
    reason: str


Action = PlaceDraft | WithdrawDraft | SetStage


@dataclass(frozen=True)
class Plan:
    """`due` is what to do now; `later` is what will be due, for `followup plan`."""

    now: datetime
    due: tuple[Action, ...]
    later: tuple[Draft, ...] = ()
    # For the same record and rules the plan is this one (but for `now`) from `now` until
    # then: the first moment a draft falls due or expires. None: for as long as they last.
    settled_until: datetime | None = None
