"""The details of the interviewers found: titles and addresses from the rest of the
message, in the letter case a reader expects; who the text says is away, wherever the
person was found (the calendar, the Cc list, the panel); and names that are only part of
someone's title ("Pieter Bakker (Manager Supply Chain)")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..model import Email, Person
from .addresses import EMAIL, address_matches
from .mentions import Mention, line_mentions
from .names import dedupe
from .panel_lists import label_list
from .substitutes import absent, is_absent

Named = tuple[str, str | None, int]  # (name, title, offset in the line)


def add_details(people: Iterable[Person], doc: Any, email: Email) -> list[Person]:
    """Fill missing titles from the text and missing addresses from headers/text; leave out
    anyone the text says is away (wherever it listed them: the calendar, the Cc, the panel)."""
    text_people = {m.name: m for m in _all_mentions(email.new_text)}
    out_of_office = absent(email.new_text)
    people = [p for p in people if not is_absent(p.name, out_of_office)]
    addresses = [p.email for p in (*email.to, *email.cc, *email.reply_to) if p.email]
    addresses += [a.lower() for a in EMAIL.findall(email.new_text)]
    out = []
    for p in people:
        found = text_people.get(p.name or "")
        title = p.title or (found.title if found else None)
        address = p.email or next(
            (a for a in addresses if p.name and address_matches(a, p.name)), None
        )
        out.append(Person(name=_cased(p.name), email=address, title=title))
    return out


def _cased(name: str | None) -> str | None:
    """ "TOM HARDY" as a letter writes it; "SATO Kenji" (the family name in capitals) stays."""
    return name.title() if name and name.isupper() and len(name.split()) > 1 else name


def _all_mentions(text: str) -> list[Mention]:
    """Every "Name, Title" anywhere in the message's own text (titles for calendar guests)."""
    lines = text.split("\n")
    found: list[Mention] = []
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        found.extend(label_list(line) or line_mentions(line, following))
    return found


def merged(found: list[Person], more: list[Person]) -> list[Person]:
    """ "Priya" from the text and "Priya Raman" from the Cc list are one person."""
    return dedupe([*found, *more]) if more else found


def not_in_titles(found: list[Named]) -> list[Named]:
    """ "Pieter Bakker (Manager Supply Chain)": the NER's "Supply Chain" is his title's."""
    titles = [t for _, t, _ in found if t]
    return [f for f in found if not any(_inside_title(f[0], t) for t in titles)]


_JOINERS = frozenset(
    {"and", "und", "et", "y", "e", "și", "i", "och", "og", "en", "ve", "dan", "as"}
)


def _inside_title(name: str, title: str) -> bool:
    """The name is part of the title, not the next person a title read too far ran into:
    "Dr Susan Tan, and the Head of Mathematics, Mr Kevin Lim" names Kevin Lim after "and"."""
    at = title.find(name)
    if at < 0 or name == title:
        return False
    before = title[:at].replace(",", " ").split()
    return not any(word.lower() in _JOINERS for word in before)
