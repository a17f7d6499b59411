"""Which of an invitation's times is the interview's: not the time to arrive or check in,
not a deadline set for the candidate ("complete the assessment by Friday at 5pm"), not an
event mentioned on the side ("our trivia night is Thursday at 6pm")."""

from __future__ import annotations

import re

from .dates import Found

LOOK_BACK = 70  # characters before a time that say what it is the time of
_NOT_THE_START = re.compile(
    r"(?i)\b(arriv(e|al)|check[- ]?in|report to|be there|sign in|doors open|"
    r"complete|submit|upload|return|reply|respond|confirm|expires?|deadline|due|"
    r"no later than|trivia|happy hour|party|social|drinks|dinner|webinar|"
    r"by\s+(?=(?:the\s+)?(?:\w+day|tomorrow|today|end|close|eod|cob|noon|\d|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
)
_THE_START = re.compile(
    r"(?i)\b(interview\w*|call|chat|screen\w*|meeting|conversation|starts?|begins?|"
    r"onsite|session|panel|round)\b"
)


def interview_times(found: list[Found], text: str) -> list[Found]:
    """The times that may be the interview's: those the words just before them do not call
    an arrival, a deadline or another event (all of them when every one is so called)."""
    kept = []
    for i, f in enumerate(found):
        since = max(found[i - 1].offset + 1 if i else 0, f.offset - LOOK_BACK)
        before = _clause(text[since : f.offset])
        if not _NOT_THE_START.search(before) or _THE_START.search(_tail(before)):
            kept.append(f)
    return kept or found


def _clause(text: str) -> str:
    """The words since the last sentence or clause break."""
    return re.split(r"[.;!?\n]|\s[-–—]\s", text)[-1]


def _tail(text: str) -> str:
    """The last few words: "check-in 1:45pm, interview 2:00" names the interview last."""
    return " ".join(text.split()[-2:])
