"""Triggers: the moments a rule starts from. Each occurrence carries an `ident` that goes
into the draft key, so the same interview or message always gives the same drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..businessdays import BusinessCalendar
from ..model import Application, Interview, MessageRef
from .schema import Trigger, Wait

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Occurrence:
    ident: str  # part of the draft key: which interview / message / date
    anchor: datetime
    wait: Wait
    source: KeyPath  # where in the rule file: ("trigger",), ("fallback", "trigger"), ...
    what: str  # for the trace
    interview: Interview | None = None
    message: MessageRef | None = None
    confidence: float = 1.0


def occurrences(
    trigger: Trigger, wait: Wait, source: KeyPath, app: Application, cal: BusinessCalendar
) -> list[Occurrence]:
    live = live_interviews(app)
    event = trigger.event
    at = (wait, source, cal)
    if event in ("interview_ended", "interview_starts"):
        chosen = [last_interview(app)] if trigger.last and live else live
        ended = event == "interview_ended"
        return [
            _at_interview(i, i.end if ended else i.start, "ends" if ended else "starts", at=at)
            for i in chosen
            if i is not None
        ]
    if event == "interview_scheduled":
        return [
            _at_interview(i, _scheduled_at(i, app), "scheduled", at=at)
            for i in live
            if _scheduled_at(i, app) < i.start
        ]
    if event == "message_received":
        return [
            Occurrence(
                f"message:{m.message_id}",
                m.date,
                wait,
                source,
                f"{m.kind} received {when(m.date, cal)}",
                message=m,
                confidence=m.confidence,
            )
            for m in app.messages
            if m.incoming and m.kind in trigger.kinds and _asks_for(m, trigger.requested)
        ]
    if event == "decision_date_passed":
        return _decision(app, wait, source, cal)
    return _no_reply(app, wait, source, cal)


def _at_interview(
    i: Interview,
    anchor: datetime,
    verb: str,
    *,
    at: tuple[Wait, KeyPath, BusinessCalendar],
) -> Occurrence:
    wait, source, cal = at
    return Occurrence(
        f"interview:{i.id}",
        anchor,
        wait,
        source,
        f"interview {i.id} {verb} {when(anchor, cal)}",
        i,
        confidence=i.confidence,
    )


def _asks_for(message: MessageRef, wanted: tuple[str, ...]) -> bool:
    asked = " | ".join(message.requested).lower()
    return not wanted or any(w.lower() in asked for w in wanted)


def _scheduled_at(i: Interview, app: Application) -> datetime:
    """When the interview became known: recorded, else its invitation's date, else two
    days before it."""
    if i.scheduled_at:
        return i.scheduled_at
    invite = next((m for m in app.messages if m.message_id == i.source_message_id), None)
    return invite.date if invite else i.start - timedelta(days=2)


def _decision(
    app: Application, wait: Wait, source: KeyPath, cal: BusinessCalendar
) -> list[Occurrence]:
    """A stated decision date counts only if it is not older than the last interview: a
    date given before another round was scheduled is obsolete."""
    day = decision_date(app)
    last = last_interview(app)
    if day is None or (last is not None and day < cal.local(last.start).date()):
        return []
    return [Occurrence("decision", cal.at(day, time(0)), wait, source, f"decision date {day}")]


def _no_reply(
    app: Application, wait: Wait, source: KeyPath, cal: BusinessCalendar
) -> list[Occurrence]:
    mine = [m for m in app.messages if not m.incoming]
    if not mine:
        return []
    last = max(mine, key=lambda m: m.date)
    if any(m.incoming and m.date > last.date for m in app.messages):
        return []
    return [
        Occurrence(
            f"sent:{last.message_id}",
            last.date,
            wait,
            source,
            f"no reply since {when(last.date, cal)}",
            message=last,
        )
    ]


def decision_date(app: Application) -> date | None:
    """The stated decision date: the record's, else the latest message stating one."""
    if app.decision_by:
        return app.decision_by
    stated = [m for m in app.messages if m.decision_by and m.incoming]
    return max(stated, key=lambda m: m.date).decision_by if stated else None


def live_interviews(app: Application) -> list[Interview]:
    return [i for i in app.interviews if not i.cancelled]


def last_interview(app: Application) -> Interview | None:
    live = live_interviews(app)
    return max(live, key=lambda i: i.end) if live else None


def when(moment: datetime, cal: BusinessCalendar) -> str:
    return cal.local(moment).strftime("%Y-%m-%d %H:%M %Z")
