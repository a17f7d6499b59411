"""The template context of one draft, built from record values. Every value is plain data
(str, int, list, dict): email-derived text reaches templates only this way, never as source.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from ..model import Application, Interview, Me, MessageRef, Note, Person, Reference
from .templates import one_line


def first_name(name: str | None) -> str:
    parts = (name or "").split()
    return parts[0] if parts else ""


def person(p: Person | None) -> dict[str, str]:
    if p is None:
        return {"name": "", "first_name": "", "title": "", "email": ""}
    name = one_line(p.name or "")
    return {
        "name": name,
        "first_name": first_name(name),
        "title": one_line(p.title or ""),
        "email": one_line(p.email or ""),
    }


def day_text(day: date) -> str:
    return f"{day:%A}, {day:%B} {day.day}"


def clock_text(moment: datetime) -> str:
    return f"{moment:%I:%M %p}".lstrip("0")


def interview_data(interview: Interview | None, tz: Any) -> dict[str, Any] | None:
    if interview is None:
        return None
    start = interview.start.astimezone(tz)
    return {
        "date": day_text(start.date()),
        "time": clock_text(start),
        "weekday": f"{start:%A}",
        "round": interview.round,
        "interviewers": [person(p) for p in interview.interviewers],
    }


def message_data(message: MessageRef | None, tz: Any) -> dict[str, Any] | None:
    if message is None:
        return None
    return {
        "subject": one_line(message.subject),
        "sender": person(message.sender),
        "date": day_text(message.date.astimezone(tz).date()),
    }


def re_subject(message: MessageRef | None) -> str:
    subject = one_line(message.subject) if message else ""
    return subject if subject.lower().startswith("re:") else f"Re: {subject}".strip()


def notes_for(app: Application, interview: Interview | None) -> tuple[Note, ...]:
    """Notes on this interview: tied to it, or written after it started and before the
    next one."""
    if interview is None:
        return ()
    tied = tuple(n for n in app.notes if n.interview_id == interview.id)
    if tied:
        return tied
    later = [i.start for i in app.interviews if i.start > interview.start and not i.cancelled]
    until = min(later) if later else None
    return tuple(
        n
        for n in app.notes
        if n.interview_id is None
        and n.created >= interview.start
        and (until is None or n.created < until)
    )


def build(
    *,
    rule: str,
    me: Me,
    tz: Any,
    app: Application,
    to: Sequence[Person],
    interview: Interview | None,
    interviewers: Sequence[Person],
    reference: Reference | None,
    message: MessageRef | None,
    decision_by: date | None,
) -> dict[str, Any]:
    own = notes_for(app, interview)
    return {
        "me": {**person(Person(me.name, me.email)), "signature": me.signature.rstrip()},
        "to": person(to[0] if to else None),
        "recipients": [person(p) for p in to],
        "company": one_line(app.company),
        "role": one_line(app.role or ""),
        "stage": str(app.stage),
        "interview": interview_data(interview, tz),
        "interviewers": [person(p) for p in interviewers],
        "reference": _reference(reference),
        "personal_line": one_line(" ".join(n.text for n in own), 500) or None,
        "notes": [one_line(n.text, 500) for n in app.notes],
        "requested": [one_line(r) for r in (message.requested if message else ())],
        "message": message_data(message, tz),
        "re_subject": re_subject(message),
        "decision_by": day_text(decision_by) if decision_by else None,
        "rule": rule,
    }


def _reference(ref: Reference | None) -> dict[str, str] | None:
    if ref is None:
        return None
    return {
        "name": one_line(ref.name),
        "first_name": first_name(ref.name),
        "email": one_line(ref.email),
        "relationship": one_line(ref.relationship),
        "highlight": one_line(ref.highlight, 500),
    }
