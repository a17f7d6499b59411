"""The invitation's guests and the body's panel, made one list.

A calendar invitation is exact about who was invited when it was sent, the body is what the
writer says now, and the two differ: "Lisa Wong will replace Tom Hardy; the invite still
shows Tom" (the body wins: Tom is out), "Lisa dials in from London, so she is not on the
invite" (both: the body adds her), a recruiter on the invite to open the call while the body
names the hiring manager as the interviewer (the body says who interviews), "Tom Hardy" in
the body for the guest "Thomas Hardy" (one person, the guest list's spelling). A careful
reader takes the guests, drops those the text says are out, and adds whom the text says the
user meets; a calendar notice's organizer the text names as someone met ("Ori (Head of Data)
and Dana will go through a design question") is one of them.
"""

from __future__ import annotations

import re

from ..model import Email, Person
from .aside import aside, observes
from .calendar import CalEvent
from .clauses import clause_at, sentences
from .components import natural_name
from .first_names import named_as_met
from .mentions import NAME_RE, TOKEN
from .names import dedupe, same_person
from .substitutes import may_replace, replaced

_LETTERS = re.compile(r"[^\W\d_]+")
_JUNK = re.compile(r"[^\w\s.'’-]")  # braces, per cent signs: no letters of a name
_GIVEN = re.compile(rf"(?<![\w@.'’-])(?P<name>{TOKEN})")


def with_text(
    calendar: list[Person], text: list[Person], email: Email, writer_joins: bool
) -> list[Person]:
    """The guests minus whom the text says was replaced, plus whom the text names. The
    writer on the guest list while the text names others and not them, nor says they join,
    is there to open the call."""
    out = replaced_in(email.new_text)
    kept = [p for p in calendar if not _among(p.name, out)]
    kept = [p for p in kept if not observes(p.name or "", email.new_text)]  # "silent observer"
    if text and not writer_joins and not any(_writer(p, email) for p in text):
        kept = [p for p in kept if not _writer(p, email)]
    kept = [_as_written(g, text) for g in kept]
    added = [p for p in text if not _among(p.name, out) and not any(_alias(p, g) for g in kept)]
    return dedupe([*kept, *added])


def _as_written(guest: Person, text: list[Person]) -> Person:
    """Outlook's "Keller Anna" (no comma to say which is the family name) as the body writes
    it, "Anna Keller"."""
    words = sorted((guest.name or "").lower().split())
    same = next(
        (p for p in text if len(words) > 1 and sorted((p.name or "").lower().split()) == words),
        None,
    )
    return (
        Person(name=same.name, email=guest.email, title=guest.title or same.title)
        if same
        else guest
    )


def _alias(named: Person, guest: Person) -> bool:
    """ "Tom Hardy" in the text is the guest "Thomas Hardy": one family name, one initial;
    the same words in another order are one person too."""
    a, b = (named.name or "").lower().split(), (guest.name or "").lower().split()
    la, lb = _LETTERS.findall(" ".join(a)), _LETTERS.findall(" ".join(b))
    junk = _JUNK.search(guest.name or "") or _JUNK.search(named.name or "")
    if junk and len(la) > 1 and len(lb) > 1 and (la[0], la[-1]) == (lb[0], lb[-1]):
        return True  # "Bo Chen" is the guest "Bo {% raw %}Chen": junk inside a CN splits no one
    if len(a) > 1 and sorted(a) == sorted(b):
        return True  # "Keller Anna" on Outlook's guest list is the body's "Anna Keller"
    if len(a) != 2 or len(b) != 2 or a[0] == b[0]:
        return False  # "Faisal Al-Mansoori" and "Faisal bin Khalid Al-Mansoori": dedupe's
    return a[-1] == b[-1] and a[0][:1] == b[0][:1]


def _writer(person: Person, email: Email) -> bool:
    sender = email.sender
    if person.email and sender.email:
        return person.email.lower() == sender.email.lower()
    return bool(person.name and sender.name) and same_person(
        (person.name or "").lower(), (sender.name or "").lower()
    )


def replaced_in(text: str) -> set[str]:
    """Names (lower case, whole or one word) of the people the text says someone else
    replaces: "Lisa Wong will replace Tom Hardy", "instead of Tom, you'll meet Ana Ruiz".
    Not someone out with nobody named in their place ("Fiona is unwell, so I've had to
    cancel"): the invitation they are on is then cancelled or moved, not recast."""
    gone: set[str] = set()
    for line in text.split("\n"):
        if not may_replace(line):
            continue
        for start, end in sentences(line):
            sentence = line[start:end]
            named = [(m.group("name"), m.start("name")) for m in NAME_RE.finditer(sentence)]
            named += [(m.group("name"), m.start("name")) for m in _GIVEN.finditer(sentence)]
            out = {name.lower() for name, at in named if replaced(sentence, at)}
            if out and any(name.lower() not in out for name, _ in named):
                gone |= out
    return gone


def _among(name: str | None, names: set[str]) -> bool:
    low = (name or "").lower()
    return bool(low) and any(low == n or (" " in low and same_person(low, n)) for n in names)


def host_named(events: list[CalEvent], email: Email) -> bool:
    """The writer organizes the invitation and its text names them, in the third person, as
    someone the user meets: "Ori (Head of Data) and Dana will go through a design question"
    under Google Calendar's "Updated invitation" from Ori."""
    sender = (email.sender.email or "").lower()
    for event in events:
        host = event.organizer
        if host is None or not host.name or (host.email or "").lower() != sender:
            continue
        said = named_as_met(email.new_text, host.name.split()[0])
        first = host.name.split()[0]
        if any(not aside(first, clause_at(line, at), line) for line, at in said):
            return True  # not "Tessa will meet you at reception"
    return False


def host_among_guests(events: list[CalEvent], email: Email) -> bool:
    """A person's own invitation for the user and one colleague, with themselves on the guest
    list ("Guests: Wanjiku Mutua - organiser, Brian Ochieng, david@..."): a hiring manager
    and a panelist; a coordinator signs as one, or books a larger panel."""
    from .coordinators import coordinator_signs

    sender = (email.sender.email or "").lower()
    for event in events:
        host = event.organizer
        if host is None or (host.email or "").lower() != sender or len(event.attendees) != 3:
            continue
        if any((a.email or "").lower() == sender for a in event.attendees):
            return not coordinator_signs(email)
    return False


def writer_met(quoted: str, email: Email) -> bool:
    """A short reply's writer is the person its quoted invitation says the user meets ("You're
    confirmed to meet with Rick Alvarez, Store Manager" under Rick's "can you do 4 instead")."""
    from .copied import named_in_meeting_line

    name = natural_name(email.sender.name or "")
    if len(name.split()) < 2:
        return False
    return named_in_meeting_line(re.escape(name), quoted.split("\n")) is not None
