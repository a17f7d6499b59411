"""The rule file format, as pydantic models. These models are the single source of truth:
they validate rule files, generate the shipped JSON Schema (daemon/schema/rules.schema.json)
and the rule reference (docs/rules-reference.md). Every field carries a description.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import DraftState, Kind, Stage

Event = Literal[
    "interview_ended",
    "interview_scheduled",
    "interview_starts",
    "message_received",
    "decision_date_passed",
    "no_reply_since",
]
ForEach = Literal["interviewer", "reference", "application"]
Recipient = Literal["target", "sender", "contact", "interviewers", "me"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Trigger(_Strict):
    """What starts a rule: one occurrence of the event gives one set of drafts."""

    event: Event = Field(
        description="interview_ended / interview_starts (each interview, at its end or start); "
        "interview_scheduled (when an interview became known); message_received (each "
        "employer message of `kinds`); decision_date_passed (the employer's stated decision "
        "date); no_reply_since (the user's last message in the application, while the "
        "employer has not answered)."
    )
    kinds: tuple[Kind, ...] = Field(
        default=(), description="message_received only: the message kinds that count."
    )
    last: bool = Field(
        default=False,
        description="interview_ended only: count only the application's last interview.",
    )
    requested: tuple[str, ...] = Field(
        default=(),
        description="message_received only: the message must ask for one of these "
        "(matched case-insensitively within what it asks for)",
    )


class Wait(_Strict):
    """An offset from the trigger moment, applied on the user's local calendar."""

    days: int = Field(default=0, description="calendar days (negative: before)")
    business_days: int = Field(
        default=0, description="weekdays that are not public holidays of `me.country`"
    )
    hours: float = Field(default=0, description="elapsed hours, added last")
    at: dt.time | None = Field(
        default=None, description='local time of day, e.g. "09:00" (quote it)'
    )
    business_day: bool = Field(
        default=False,
        description="if the result falls on a weekend or public holiday, move it to the next "
        "business day",
    )


class Alternative(_Strict):
    """Another trigger with its own wait."""

    trigger: Trigger = Field(description="the trigger")
    wait: Wait = Field(default_factory=Wait, description="its wait")


class OnlyIf(_Strict):
    """Conditions that must hold for the rule to fire."""

    stage_in: tuple[Stage, ...] = Field(
        default=(), description="the application's stage is one of these (empty: any)"
    )
    has_references: bool = Field(
        default=False, description="the config lists at least one reference"
    )


class Unless(_Strict):
    """Exceptions: any one that holds stops the draft (and withdraws it if not yet placed)."""

    application_closed: bool = Field(
        default=True, description="the application got a rejection or offer, or was closed"
    )
    application_quiet: bool = Field(
        default=True, description="the application went quiet after an unanswered check-in"
    )
    user_wrote_to_person_since: bool = Field(
        default=False,
        description="the user already sent the recipient anything after the trigger moment "
        "(e.g. already thanked by hand)",
    )
    employer_replied_since: bool = Field(
        default=False,
        description="the employer wrote in any thread of the application after the trigger",
    )
    recipient_unmonitored: bool = Field(
        default=False,
        description="every To address is a no-reply or notification mailbox (an ATS sender)",
    )
    confidence_below: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="the triggering fact was recognised with less confidence than this",
    )


class Limit(_Strict):
    """At most N drafts of this rule for the same target (person, or the application)."""

    per_interview: int | None = Field(default=None, ge=1, description="per interview")
    per_application: int | None = Field(default=None, ge=1, description="per application")


class DraftSpec(_Strict):
    """The draft to prepare."""

    to: tuple[Recipient, ...] = Field(
        default=("target",),
        description="target (the for_each person; for an application its contact), sender "
        "(of the triggering message), contact (the employer's latest correspondent), "
        "interviewers (of the interview), me (a note to self)",
    )
    cc: tuple[Recipient, ...] = Field(default=(), description="as `to`")
    reply_in_thread: bool = Field(
        default=False,
        description="reply to the triggering message (or the contact's latest message): "
        "In-Reply-To, References and a Re: subject",
    )
    subject: str = Field(description="a one-line template, same variables as the body")
    template: str = Field(description="the body template's file name, looked up in templates/")
    hold_on_problems: bool = Field(
        default=False, description="do not deliver a draft that proofreading found problems in"
    )
    send_within: Wait | None = Field(
        default=None, description="the send-by deadline shown in status, from when it is due"
    )
    expire: Wait | None = Field(
        default=None,
        description="from the trigger: after this a draft not yet made is no longer made "
        "(no thank-you notes for last year's interviews)",
    )


class Then(_Strict):
    """What placing the draft does to the application."""

    set_stage: Stage | None = Field(default=None, description="move the application to this stage")


class ExamplePerson(_Strict):
    name: str | None = Field(default=None, description="display name")
    email: str | None = Field(default=None, description="address")
    title: str | None = Field(default=None, description="job title")


class ExampleReference(_Strict):
    name: str = Field(description="name")
    email: str = Field(description="address")
    relationship: str = Field(default="", description="how they know the user")
    highlight: str = Field(default="", description="what they should speak to")


class ExampleInterview(_Strict):
    start: dt.datetime = Field(description="start, ISO 8601 with offset")
    end: dt.datetime = Field(description="end, ISO 8601 with offset")
    interviewers: tuple[ExamplePerson, ...] = Field(default=(), description="who interviews")
    cancelled: bool = Field(default=False, description="was cancelled")
    confidence: float = Field(default=1.0, description="recognition confidence")
    scheduled_at: dt.datetime | None = Field(default=None, description="when it became known")


class ExampleMessage(_Strict):
    kind: Kind = Field(description="message kind")
    date: dt.datetime = Field(description="Date header")
    incoming: bool = Field(default=True, description="from the employer (false: the user sent it)")
    sender: ExamplePerson | None = Field(default=None, description="From")
    to: tuple[ExamplePerson, ...] = Field(default=(), description="To")
    subject: str = Field(default="", description="Subject")
    message_id: str | None = Field(default=None, description="Message-ID (default: generated)")
    requested: tuple[str, ...] = Field(default=(), description="what an info_request asks for")
    decision_by: dt.date | None = Field(default=None, description="stated decision date")
    confidence: float = Field(default=1.0, description="recognition confidence")


class ExampleNote(_Strict):
    text: str = Field(description="the user's note")
    interview: int | None = Field(default=None, description="1-based index into interviews")


class ExampleApplication(_Strict):
    company: str = Field(description="company")
    role: str | None = Field(default=None, description="role")
    stage: Stage = Field(default=Stage.INTERVIEWING, description="stage")
    decision_by: dt.date | None = Field(default=None, description="stated decision date")


class ExampleExisting(_Strict):
    rule: str | None = Field(default=None, description="its rule (default: this rule)")
    to: str = Field(description="recipient address of an earlier draft")
    state: DraftState = Field(description="its state in the record")
    interview: int | None = Field(default=None, description="1-based interview index")


class ExampleExpect(_Strict):
    to: str = Field(description="the draft's first recipient address ('' for none)")
    due: dt.datetime | None = Field(default=None, description="when it is due (placed)")
    subject_contains: str | None = Field(default=None, description="a part of the subject")
    body_contains: tuple[str, ...] = Field(default=(), description="parts of the body")
    problems: bool | None = Field(default=None, description="proofreading finds problems")


class Example(_Strict):
    """A small world and a time, and the drafts this rule must make due then."""

    name: str = Field(description="what the example shows")
    now: dt.datetime = Field(description="the moment to plan at")
    timezone: str = Field(default="America/Chicago", description="me.timezone")
    country: str | None = Field(default="US", description="me.country")
    application: ExampleApplication = Field(description="the application")
    interviews: tuple[ExampleInterview, ...] = Field(default=(), description="its interviews")
    messages: tuple[ExampleMessage, ...] = Field(default=(), description="its messages")
    notes: tuple[ExampleNote, ...] = Field(default=(), description="the user's notes")
    references: tuple[ExampleReference, ...] = Field(default=(), description="configured refs")
    existing: tuple[ExampleExisting, ...] = Field(default=(), description="drafts on record")
    expect: tuple[ExampleExpect, ...] = Field(
        default=(), description="exactly the drafts due now (empty: none)"
    )
    expect_later: tuple[ExampleExpect, ...] | None = Field(
        default=None, description="if given, exactly the drafts due later"
    )
    expect_withdrawn: int | None = Field(
        default=None, description="if given, how many unplaced drafts on record are withdrawn"
    )
    expect_stale: int | None = Field(
        default=None, description="if given, how many placed drafts are flagged stale"
    )


class Toggle(_Strict):
    """A file with only these keys switches an earlier rule of the same name (a shipped one)
    on or off, e.g. `version: 1`, `name: interview-brief`, `enabled: true`."""

    version: Literal[1] = Field(description="the rule format version; always 1")
    name: str = Field(description="the rule to switch")
    enabled: bool = Field(description="on or off")
    description: str = Field(default="", description="why, for people")


TOGGLE_KEYS = frozenset(Toggle.model_fields)


class RuleFile(_Strict):
    """One rule: a YAML file in rules/ or in the user's rules_dir."""

    version: Literal[1] = Field(description="the rule format version; always 1")
    name: str = Field(
        pattern=r"^[a-z0-9][a-z0-9-]*$",
        description="unique name; a user rule with a shipped rule's name replaces it",
    )
    description: str = Field(default="", description="what the rule does, for people")
    enabled: bool = Field(default=True, description="false turns the rule off")
    trigger: Trigger = Field(description="what starts the rule")
    wait: Wait = Field(default_factory=Wait, description="when the draft is due, from the trigger")
    fallback: Alternative | None = Field(
        default=None, description="a trigger used only when the main one never happens"
    )
    also: tuple[Alternative, ...] = Field(
        default=(), description="more triggers whose occurrences add to the main one's"
    )
    for_each: ForEach = Field(
        default="application",
        description="one draft per interviewer (of the interview), per reference (in the "
        "config), or one for the application",
    )
    only_if: OnlyIf = Field(default_factory=OnlyIf, description="conditions")
    unless: Unless = Field(default_factory=Unless, description="exceptions")
    limit: Limit = Field(default_factory=Limit, description="at most N per target")
    draft: DraftSpec = Field(description="the draft")
    then: Then = Field(default_factory=Then, description="effects of placing the draft")
    examples: tuple[Example, ...] = Field(
        default=(), description="worlds and the drafts expected; run by `rules check`"
    )
