"""Whose interview a forwarded invitation is: a friend who forwards their own ("Look, I got
an interview!") shares news, and the invitation inside greets the friend, not the user."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..domains import FREEMAIL
from ..model import Person
from .vetoes import _words

_GREETING = re.compile(
    r"(?im)^\W*(?:hi|hello|hey|dear|good (?:morning|afternoon)|bonjour|hola|hallo|ciao|olá|ola|"
    r"hej|beste|sehr geehrte[rn]?(?: (?:herr|frau))?|estimad[oa]|gentile|caro|cara)\s+"
    r"(?P<name>[^\W\d_][\w'-]+)"
)


def greeted(text: str) -> set[str]:
    """The name the first greeting of `text` addresses, as name words ("Hi Sam," -> {sam})."""
    m = _GREETING.search(text)
    return _words(m.group("name")) if m else set()


_OWN_NEWS = re.compile(
    r"(?i)\b(I|I've|I have|I'm|I am)\s+(got|have|landed|scored|get|getting|made it)\b|"
    r"\bmy (\w+ )?(interview|onsite|final round)\b|\bwish me luck\b|"
    r"\bmine(?:'s| is| was)\b|\b(did|have) you (get|got) (one|it)\b(?: of (these|those))? too\b"
)


def forwards_own_interview(
    note: str, forwarded: str, sender: Person, user: Sequence[Person]
) -> bool:
    """The forwarded message greets the forwarder by name and not the user: it was the
    forwarder's own mail. An agency forwarding a client's note greets the agency's
    recruiter, who forwards it too: so the user must go unnamed, and the forwarder write from
    a personal mailbox or say it is their news ("I got an interview!")."""
    names = greeted(forwarded)
    personal = (sender.email or "").rpartition("@")[2].lower() in FREEMAIL
    if not names or not (personal or _OWN_NEWS.search(note)):
        return False
    theirs = _words(sender.name or "") | _words((sender.email or "").split("@")[0])
    ours = {w for p in user for w in _words(p.name or "") | _words((p.email or "").split("@")[0])}
    return bool(names & theirs) and not names & ours and not _mentions(forwarded, ours)


def _mentions(text: str, names: set[str]) -> bool:
    """The user is named in the forwarded text ("we'd like to interview Jordan on ...")."""
    return bool(names & _words(text))
