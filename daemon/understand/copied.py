"""Interviewers named by first name only, whose full names are in the headers or the thread.

"You'll be meeting Priya and Tom on Thursday - I've copied them here" with `Cc: Priya Raman
<priya@...>, Tom Lee <tom@...>`: a careful reader takes the full names (and addresses) from
the Cc (or To) list. "Mme Garnier conduira l'entretien avec lui" in a reply whose quoted
invitation lists "Mme Hélène Garnier, Directrice des soins": the full name is the quoted one.
Only people the text names in a line about meeting, never the user, the writer, or someone
the same clause says only coordinates, was replaced, or met the user in an earlier round.
"""

from __future__ import annotations

import re

from ..model import Email, Person
from .aside import aside
from .clauses import PAST_MEETING
from .components import natural_name
from .coordinators import ON_COPY
from .mentions import HONORIFIC, NAME_RE, TOKEN, title_after, valid_name
from .people import INTERVIEWS, MEET, NOT_INTERVIEWER, Context
from .signature import body_lines
from .substitutes import replaced


def from_headers(email: Email, ctx: Context, known: list[Person]) -> list[Person]:
    """People on the Cc/To lines whose first name the text uses in a line about meeting."""
    # "Sarah" alone (the text's given name) is completed from "Sarah Lee" in the Cc list
    names = [(p.name or "").split() for p in known]
    taken = {w.lower() for words in names if len(words) > 1 for w in words}
    lines, _signature = body_lines(email.new_text)
    found: list[Person] = []
    listed = _listed(email, ctx)
    for person in [*listed, *_written_in_full(email, ctx)]:
        words = natural_name(person.name or "").split()
        if len(words) < 2 or words[0].lower() in taken:
            continue
        full, first, rest = " ".join(words), words[0], " ".join(words[1:])
        alone = "" if person in listed else rf"(?!\s+{re.escape(rest)})"  # "Tom", not "Tom Hardy"
        title = named_in_meeting_line(rf"\b{re.escape(first)}\b{alone}", lines)
        if title is not None:
            found.append(Person(name=full, email=person.email, title=title or None))
            taken.add(first.lower())
    return found + _from_history(email, ctx, lines, taken)


def _from_history(email: Email, ctx: Context, lines: list[str], taken: set[str]) -> list[Person]:
    """People of the quoted thread the new text names formally ("Mme Garnier", "Dr. Ruiz")
    or by given name right after "with" / "and", in a line about meeting."""
    found: list[Person] = []
    history = email.text[len(email.new_text) :]
    for full in _quoted_names(email, ctx):
        first, family = full.split()[0], full.split()[-1]
        if first.lower() in taken or family.lower() in taken or full in email.new_text:
            continue  # written in full in the new text too: read there ("el cargo de Oficial")
        formal = rf"(?<!\w)(?:{HONORIFIC})+{re.escape(family)}\b"
        given = rf"(?i:\b(?:with|and|avec|et|con|y|mit|und|met|en|com|e)\s+){re.escape(first)}\b"
        if named_in_meeting_line(re.escape(full), history.split("\n")) is not None:
            # the quoted invitation's interviewer: "Tom had a conflict - could we move your
            # interview?" answers "...confirmed for Tuesday with Tom Hardy"
            given = rf"\b{re.escape(first)}\b(?!['’]?\s*{_NAME_WORD})"
        title = named_in_meeting_line(f"{formal}|{given}", lines)
        if title is not None:
            found.append(Person(name=full, title=title or None))
            taken.update({first.lower(), family.lower()})
    return found


_NAME_WORD = "[A-Z][a-z]"  # "Tom Lee" in the new text is someone else than the quoted Tom Hardy


def _quoted_names(email: Email, ctx: Context) -> list[str]:
    """Full names written in the quoted history, not the user's or the writer's."""
    if not email.text.startswith(email.new_text):
        return []
    history = email.text[len(email.new_text) :]
    writer = natural_name(email.sender.name or "").lower()
    names: list[str] = []
    for m in NAME_RE.finditer(history):
        name = m.group("name")
        words = set(name.lower().split())
        mine = words & ctx.user_names or name.lower() == writer
        if valid_name(name) and name not in names and not mine:
            names.append(name)
    return names


def _written_in_full(email: Email, ctx: Context) -> list[Person]:
    """The person an assistant writes for, in full: the From line's "Camila Reyes on behalf
    of Tom Hardy", the signature's "Executive Assistant to Tom Hardy" (for "Tom would like to
    speak with you")."""
    behalf = (email.sender.name or "").partition(" on behalf of ")[2]
    names = [m.group("name") for m in NAME_RE.finditer(behalf)]
    names += [m.group("name") for m in _ASSISTS.finditer(email.new_text)]
    names = [n for n in dict.fromkeys(names) if valid_name(n)]
    return [Person(name=n) for n in names if not set(n.lower().split()) & ctx.user_names]


_ASSISTS = re.compile(
    rf"(?i:\b(?:assistant|EA|PA|secretary|office)\s+(?:to|of)\s+)(?:{HONORIFIC})*"
    rf"(?P<name>{TOKEN}(?: {TOKEN}){{1,2}})"
)


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


def named_in_meeting_line(pattern: str, lines: list[str]) -> str | None:
    """The title written after the name ("" when none) in the first line about meeting that
    names someone as `pattern` does; None when no such line does."""
    word = re.compile(pattern)
    found = None
    for line in lines:
        for m in word.finditer(line):
            if replaced(line, m.start()):
                return None  # "Henrik will not be able to join at all": out, wherever said
            if found is not None or not MEET.search(line):
                continue
            clause = _clause(line, m.start())
            if PAST_MEETING.search(clause) or aside(m.group(0), clause, line):
                continue  # "Check-in (Priya Raman will meet you in the lobby)": greets
            said = ON_COPY.sub(" ", clause)  # "our CTO Robert Okafor (cc'd)": copied here, and met
            if NOT_INTERVIEWER.search(said) and not INTERVIEWS.search(said):
                continue
            found = title_after(line[m.end() :]) or ""
    return found


def _clause(line: str, at: int) -> str:
    start = 0
    for m in re.finditer(r"[;.!?]\s+", line):
        if m.start() >= at:
            return line[start : m.start()]
        start = m.end()
    return line[start:]
