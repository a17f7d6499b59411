"""Replies and forwards read against the mail they answer or pass on: a short reply that
agrees to a time the user asked to move to, or swaps a panelist of the interview it answers;
a forward whose note greets the person whose interview it is."""

from __future__ import annotations

import re

from ..model import Kind
from .clauses import TAKES_PLACE
from .cues import CUES
from .forwarded import greeted
from .gate import gate
from .thread import implicit_scores
from .vetoes import _words

_CUE_PATTERNS = tuple(p for cues in CUES.values() for p, _ in cues)


def _reschedule_words(text: str) -> float:
    """The reschedule cues' score of `text`."""
    live = gate(_CUE_PATTERNS).candidates(text)
    return sum(w for p, w in CUES[Kind.RESCHEDULE] if p in live and p.search(text))


QUOTE_HEADER = re.compile(  # the line over a quoted message: "On ..., Ana wrote:", Outlook's
    r"(?im)^.*\b(wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev):\s*$"
    r"|^[ \t>]*(-+ ?original message ?-+|from: .+)$"
)


# A reply that changes who joins the interview it answers, at the same time.
_PANEL_SWAP = re.compile(  # someone in another's place: not "4 instead of 2"
    r"(?i)\b((step|stand|fill|sit)(s|ping|ing|ped)? in for|covering for|replacing|replaces|"
    r"tak(e|es|ing) over from|swap(s|ped)? (in )?for)\b|\b(instead of|in place of) (?-i:[A-Z])"
    rf"|{TAKES_PLACE.pattern[4:]}"
    r"|\b(will|'ll|can) (now )?(join|do it|cover|lead it|run it|interview you) instead\b"
)


def answering(scores: dict[Kind, float], body: str, thread: str, has_time: bool) -> None:
    """A short reply read against the interview it answers."""
    for kind, weight in implicit_scores(body).items():
        scores[kind] += weight
    if has_time and _asked_to_move(thread, body):
        scores[Kind.RESCHEDULE] += 3.0  # "Friday at 3pm works" to "could we move it?"
    if _PANEL_SWAP.search(body):
        scores[Kind.INVITATION] += 3.0  # "Ana Ruiz will step in for Tom": the quoted one
    if _AGREES.search(body):
        scores[Kind.INVITATION] += 2.5  # "10 works.": one of the quoted times, confirmed


# A reply that takes one of the times its quoted message proposed.
_AGREES = re.compile(
    r"(?i)(?:^|[.!?]\s+|\n)\s*(\d{1,2}(:\d{2})?\s*([ap]\.?m\.?)?|\w+day|that|this|it)\s+"
    r"(works|suits|is (fine|good|great|perfect))\b|\bsee you (then|there|on \w+day)\b"
)


def _asked_to_move(thread: str, body: str) -> bool:
    """The message this reply answers asked to move the interview ("Would it be possible to
    move our chat to Friday afternoon instead?"): the time the reply agrees is a new one."""
    rest = thread[len(body) :] if thread.startswith(body) else thread
    heads = list(QUOTE_HEADER.finditer(rest))
    if not heads:
        return False
    part = rest[heads[0].end() : heads[1].start() if len(heads) > 1 else None]
    asked = " ".join(line.lstrip("> ").strip() for line in part.split("\n"))
    return _reschedule_words(asked) >= 2.5 or implicit_scores(asked)[Kind.RESCHEDULE] > 0


def addressee_interviewed(text: str) -> bool:
    """The person the message greets is the one interviewed: "Hi Jordan, see below" over
    "I can do Monday at 1pm with Omar for Jordan's panel" - not a journalist's guest."""
    names = greeted(text)
    if not names:
        return False
    found = (m.group("name") or m.group("name2") for m in _INTERVIEWED_NAME.finditer(text))
    return any(_words(name) & names for name in found)


_INTERVIEWED_NAME = re.compile(
    r"(?i)\b(?P<name>[^\W\d_][\w-]+)'s (\w+ )?(panel|interview|onsite|loop|screen|final round)\b"
    r"|\b(interview(ing)?|screen(ing)?|panel|onsite|loop) (with|for|of) (?P<name2>[^\W\d_][\w-]+)\b"
)
