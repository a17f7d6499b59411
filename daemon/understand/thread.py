"""Short replies read against the thread they answer.

"really sorry, I have to cancel tomorrow" and "can we push to 5 today?" name no interview:
the quoted message they answer does ("let's meet Thursday 28 May, 15:00-15:45 CEST for the
Product Owner interview"). When the quoted history proposes an interview at a time still to
come, a short reply's bare "cancel" or "push" is about that interview, and the interview's
time and people are the quoted ones.
"""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

import re
from datetime import datetime, tzinfo

from ..model import Email, Kind
from .cues import MEETING
from .dates import Found, candidates
from .starts import interview_times

SHORT_REPLY = 600  # characters of new text: longer replies say what they are about
_HEADER = re.compile(
    r"(?im)^.*(wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev):\s*$"
)

IMPLICIT: dict[Kind, tuple[tuple[re.Pattern[str], float], ...]] = {
    Kind.CANCELLATION: (
        (
            re.compile(
                r"(?i)\b(have to|need to|must|going to|got to|'ll have to|will have to|forced to)\s+cancel\b|\bcancel(l?ing)?\s+(today|tomorrow|on \w+day|this afternoon|this morning)\b"
            ),
            3.5,
        ),
    ),
    Kind.RESCHEDULE: (
        (
            re.compile(
                r"(?i)\b(push|move|shift|bump|slide)\s+(it |us |this |things )?(to|back|out|later|earlier)\b|\bcan we (do|make it|start)\b.{0,30}\b(instead|later|earlier)\b"
            ),
            3.5,
        ),
    ),
}


def quoted(email: Email) -> str:
    """The quoted history of a reply, without its "> " marks and "On ... wrote:" line."""
    if not email.text.startswith(email.new_text):
        return ""
    rest = _HEADER.sub("", email.text[len(email.new_text) :])
    return "\n".join(line.lstrip(">").strip() for line in rest.split("\n")).strip()


def quoted_from_employer(email: Email) -> str:
    """The quoted history without the user's own messages: the blocks under an "On ...,
    <user> wrote:" line go (the user's "Tuesday at 2pm works for me" says nothing of who
    interviews); all of it when no such line says who wrote what."""
    if not email.text.startswith(email.new_text):
        return ""
    marks = [m.lower() for p in email.to for m in (p.email, p.name) if m and len(m) > 3]
    kept: list[str] = []
    users = False
    for line in email.text[len(email.new_text) :].split("\n"):
        if _HEADER.match(line):
            low = line.lower()
            users = any(mark in low for mark in marks)
        elif not users:
            kept.append(line.lstrip(">").strip())
    return "\n".join(kept).strip()


def earlier_interview(
    email: Email, sent: datetime, tz: tzinfo, day_first: bool
) -> tuple[Found, str] | None:
    """The interview the quoted message proposes, still to come, and that quoted text; only
    for a short reply."""
    if len(email.new_text.strip()) > SHORT_REPLY:
        return None
    history = quoted(email)
    if not history or not MEETING.search(history):
        return None
    future = [f for f in candidates(history, sent, tz, day_first) if f.start >= sent]
    future = interview_times(future, history) if future else []  # not a test's or arrival's
    return (future[0], history) if future else None


def implicit_scores(body: str) -> dict[Kind, float]:
    return {kind: sum(w for p, w in cues if p.search(body)) for kind, cues in IMPLICIT.items()}
