"""Interviewers named by first name only, whose full names are in the headers.

"You'll be meeting Priya and Tom on Thursday - I've copied them here" with `Cc: Priya Raman
<priya@...>, Tom Lee <tom@...>`: a careful reader takes the full names (and addresses) from
the Cc (or To) list. Only people the text names in a line about meeting, never the user, the
writer, or someone the same clause says only coordinates or was replaced.
"""

from __future__ import annotations

import re

from ..model import Email, Person
from .clauses import replaced
from .components import natural_name
from .mentions import title_after
from .people import INTERVIEWS, MEET, NOT_INTERVIEWER, Context
from .signature import body_lines


def from_headers(email: Email, ctx: Context, known: list[Person]) -> list[Person]:
    """People on the Cc/To lines whose first name the text uses in a line about meeting."""
    # "Sarah" alone (the text's given name) is completed from "Sarah Lee" in the Cc list
    names = [(p.name or "").split() for p in known]
    taken = {w.lower() for words in names if len(words) > 1 for w in words}
    lines, _signature = body_lines(email.new_text)
    found: list[Person] = []
    for person in _listed(email, ctx):
        full = natural_name(person.name or "")
        first = full.split()[0]
        if first.lower() in taken:
            continue
        title = _named_in_meeting_line(first, lines)
        if title is not None:
            found.append(Person(name=full, email=person.email, title=title or None))
            taken.add(first.lower())
    return found


def _listed(email: Email, ctx: Context) -> list[Person]:
    """Named people copied on the message: not the user, not the writer."""
    people = [*email.cc, *email.to]
    return [
        p
        for p in people
        if p.name
        and len(natural_name(p.name).split()) >= 2
        and p.email not in ctx.user_addresses
        and p.email != email.sender.email
        and not set(natural_name(p.name).lower().split()) & ctx.user_names
    ]


def _named_in_meeting_line(first: str, lines: list[str]) -> str | None:
    """The title written after the name ("" when none) in the first line about meeting that
    names `first`; None when no such line does."""
    word = re.compile(rf"\b{re.escape(first)}\b")
    for line in lines:
        m = word.search(line)
        if m is None or not MEET.search(line):
            continue
        clause = _clause(line, m.start())
        if replaced(line, m.start()) or (
            NOT_INTERVIEWER.search(clause) and not INTERVIEWS.search(clause)
        ):
            continue
        return title_after(line[m.end() :]) or ""
    return None


def _clause(line: str, at: int) -> str:
    start = 0
    for m in re.finditer(r"[;.!?]\s+", line):
        if m.start() >= at:
            return line[start : m.start()]
        start = m.end()
    return line[start:]
