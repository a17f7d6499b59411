"""Interviewers the text names by given name (or title and family name) alone, and their
full names found elsewhere.

"You'll be chatting with Tom and Lisa from the data team": a careful reader keeps Tom and
Lisa, and writes them in full when the message says who they are somewhere else: the Cc
list ("Tom Hardy <tom.hardy@...>", even an unquoted "Hardy, Tom"), the invitation's guests,
another line of the text, the signature or the quoted thread; "Deb" is the Deborah of the Cc
list, "Herr Müller" its Thomas Müller. A lone capitalised word is taken for a given name only
where a meeting is spoken of, right after "with", "meet", an interview verb or a title ("our
MD Khalid"), before "will interview" or "and me", and only with some evidence that it is a
person: the NER says so, it stands in one enumeration with a name, a title or a team goes
with it, or a full name elsewhere starts with it. Nothing here runs the NER again: the
caller's document is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..model import Email, Person
from .components import natural_name
from .mentions import HONORIFIC, NAME_RE, TOKEN, title_after, valid_name
from .name_words import NOT_NAME, TITLE_HEAD
from .names import calendar_name

MAX_SCAN = 20_000  # characters of the whole message searched for full names

# one word, or single words in one enumeration ("Tom, Lisa and Ana", "Ori (Head of Data) and
# Dana (Staff Engineer)"), none part of a longer name
# (a full stop then a capital is an initial's or an abbreviation's, "J. Smith", "Prof. Lee
# Chen", not a sentence's end: "You'll meet our head baker, Luis. Thanks!")
_WORD = rf"{TOKEN}(?![\w@'’-]|\s+[A-ZÀ-Þ][a-zß-ÿ]|\.(?=[A-ZÀ-Þ])|\.\s*[A-ZÀ-Þ][\w'’-]*\s+[A-ZÀ-Þ])"
_NOTE = r"(?:\s*\([^()\n]{1,60}\))?"
_AND = r"(?:and|&|\+|y|e|et|und|en|och|og|i|ve|a)"  # "Nuria y Jordi", "Pieter en Femke"
_RUN = re.compile(rf"(?<![\w@.'’-]){_WORD}{_NOTE}(?:(?:,\s*|\s*,?\s+{_AND}\s+){_WORD}{_NOTE})*")
_MEMBER = re.compile(_WORD)
# "me and my husband Rick": a family member or partner named by given name is a person
_KIN = (
    r"(?i:husband|wife|partner|business partner|co-owner|son|daughter|brother|sister|dad|mum|"
    r"mom|missus|hubby)"
)
_KIN_OR_TITLE = rf"(?:{_KIN}|[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"  # "me and my foreman Luis"
# the words just before the enumeration that make them the people met: "with", "meet", an
# interview verb, or an "and" after a name or "me" ("me + Priya"; not "Node 20 and Git")
_BEFORE = re.compile(
    rf"(?:(?i:(?<!join )(?<!joining )\b(?:with|w/|meet|meeting|joined by|interviewed by|led by|"
    rf"I(?:'ll| will) (?:also )?(?:bring|have)|"
    rf"hosted by|conducted by|(?:conduzid|conducid|realizad)[oa] por|men[ée]e? par|condott[oa] da|"
    rf"(?:durch)?geführt von|con|com|avec|"
    rf"mit|met|junto (?:con|a)|together with|along with|interview with|entrevista con|"
    rf"entrevistar[áa]n?|(?:la|lo) (?:hará|harán|realizará|llevará|conducirá)))|"
    rf"(?:{TOKEN}|\b(?i:me|myself|I))\s+(?i:and|&|\+|n|y|e|et|und|en))(?:\s+(?i:my|our)\s+{_KIN_OR_TITLE})?\s*$"
)
# ... or just after it: "Tom and Lisa will interview you", "Lisa from my team will join us",
# "Tom would like to meet you", "Lisa and I would love to chat"
_AFTER = re.compile(
    r"^(?:,\s+(?i:our|my|the|their)\s+[^,.;()]{1,40},)?"  # "Jo, our head RVT, would like to"
    r"(?:\s+(?:from|of|on) (?:the |our |my )?[\w -]{1,30}?)?(?:\s+and I)?"
    r"\s+(?:will|'ll|would|'d|is going to|are going to|can)\s+(?:(?:also|still|then|now|first)\s+)?"
    r"(?:be\s+)?"
    r"(?:(?:like|love) to |be happy to )?"
    r"(?P<verb>interview|meet|join|lead|run|conduct|speak|chat|talk|sit in|sit down|ask|assess|"
    r"have (?:a |an )?(?:quick |short |brief |informal )?(?:chat|talk|call|word)|"
    r"(?:go|walk you|take you) through|call you|ring you|phone you|"
    r"take (?:the|your|this) (?:round|interview|call|session|screen))"
)
# "CFO Luis will join for the second half", "our MD Khalid", "with Chef Marco": a
# capitalised title word right before
_BARE_TITLE = re.compile(
    r"(?<![\w-])(?P<title>C[A-Z]?[A-Z]O|S?E?VP|MD|GM|HRD|HRBP|Dean|Chair|Chef|Coach)\s+$"
)
_KIN_BEFORE = re.compile(rf"\b(?i:my|our)\s+(?P<title>{_KIN_OR_TITLE})\s+$")
# "Wouter, notre directeur de production, et moi-même": the writer and someone else
_AND_ME = re.compile(  # "It'll be Rahul from our catheter platform team and myself"
    r"^(?:,[^,.;]{1,60},|\s+(?:from|of|on) (?:the |our |my )?[\w -]{1,40}?)?"
    r"\s*(?:and|et|y|e|und|en|och|og|i)\s+"
    r"(?:moi-même|moi|myself|me|yo|mí|eu|mim|ich|mir|ik|mij|jag|mig)\b"
)
# "Me + Wambui (our head of ops)": the enumeration starts with the writer
_ME_FIRST = re.compile(r"(?i)(?:me|myself)\s*(?:\+|&|and|n)\s")
# "X will interview you" says X is a person on its own
_INTERVIEWS_YOU = re.compile(r"(?i)interview|call you|ring you|phone you")
# "You'll be meeting our CTO, Tom": a job title just before the name
_TITLE_BEFORE = re.compile(r"(?i)\b(?:our|the|your|my)\s+(?P<title>[\w-]+(?:\s+[\w-]+){0,3}),\s*$")
_NOT_GIVEN_WORDS = (
    "then after afterwards before also finally next first second later please kindly however "
    "today tomorrow there here this that these both each either once when while if since so "
    "but or i we you he she they it me us him her them my our his their everyone someone "
    "mr mrs ms mx dr prof sir madam herr herrn frau eng engr ing sr sra dott mme hr ceo cto "
    "cfo coo vp ai ml it qa ux ui chrome firefox safari edge slack webex skype hangouts notion "
    "figma jira confluence gitlab bitbucket hackerrank codility coderpad miro loom"
)
_NOT_GIVEN = NOT_NAME | frozenset(_NOT_GIVEN_WORDS.split())


def lone_given(doc: Any, start: int, line: str, known: Iterable[str]) -> list[tuple[str, int]]:
    """(name, offset in the line) of given names alone that the line uses for someone met,
    after "with"/"and" or before "will interview": a one-word PERSON of the NER, a word in
    one enumeration with one, a word with a job title after it ("Nuria, nuestra Directora
    General"), or the given name of a full name the message writes elsewhere (`known`)."""
    runs = _met_runs(line)
    persons = _person_starts(doc, start, len(line)) if runs else set()
    found = []
    for members in runs:
        # a PERSON or a title for one member vouches for the run: "Nuria y Jordi, del equipo"
        person = any(at in persons or titled for _, at, titled in members)
        found += [(n, at) for n, at, _ in members if person or _short(n, known)]
    return found


_FORMAL = re.compile(
    rf"(?<![\w.])(?:{HONORIFIC})+(?!{HONORIFIC})(?P<name>{TOKEN})(?![\w'’-])(?!\s*[A-ZÀ-Þ])"
)


_HONORED = re.compile(rf"(?<![\w.])(?:{HONORIFIC})+(?P<name>{TOKEN}(?: {TOKEN}){{1,3}})")


def honored(line: str) -> list[tuple[str, int]]:
    """ "con la Dott.ssa Giulia Bianchi": a full name after an honorific is a person's,
    whatever the NER makes of it (it read this one as an organisation)."""
    return [
        (m.group("name"), m.start("name"))
        for m in _HONORED.finditer(line)
        if valid_name(m.group("name"))
    ]


def formal_family(line: str) -> list[tuple[str, int]]:
    """ "Herr Müller und Frau Schmidt", "Mme Garnier", "Ms. Wong": a family name after an
    honorific, with no given name."""
    out = []
    for m in _FORMAL.finditer(line):
        name = m.group("name")
        if name.endswith(("'s", "’s")):  # "Dr. Lee's office came back": their office speaks
            name = name[:-2] if _OFFICE.match(line, m.end()) else ""
        if name and name.lower() not in _NOT_GIVEN and not _NAME_BEFORE.search(line, 0, m.start()):
            out.append((name, m.start("name")))  # not "Farzana Sheikh. This": no title
    return out


_OFFICE = re.compile(r"\s+(?:office|assistant|EA|PA|secretary)\b")


_NAME_BEFORE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+\s*$")


def _short(word: str, given: Iterable[str]) -> list[str]:
    """The given names `word` is, or is short for ("Deb" for Deborah, "Alex" for Alexandra)."""
    low = word.lower()
    return [g for g in given if g == low or (len(low) >= 3 and g.startswith(low))]


def _met_runs(line: str) -> list[list[tuple[str, int, bool]]]:
    """The enumerations of single words a line names as people met: (word, offset, whether
    a job title follows it) for each member."""
    out = []
    for run in _RUN.finditer(line):
        before = line[max(0, run.start() - 40) : run.start()]
        after = _AFTER.match(line[run.end() :])
        titled = _TITLE_BEFORE.search(before)
        # "our founders, Tom and Lisa": a title in the plural for the whole enumeration
        titled = titled if titled and _title(titled.group("title")) else None
        titled = titled or _BARE_TITLE.search(before) or _kin_before(before)
        with_me = _AND_ME.match(line[run.end() :]) or _ME_FIRST.match(run.group(0))
        if not (_BEFORE.search(before) or after or titled or with_me):
            continue
        vouched = bool(titled or with_me or (after and _INTERVIEWS_YOU.match(after.group("verb"))))
        vouched = vouched or bool(after and " and I " in after.group(0))  # "Wal and I will"
        bare = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), run.group(0))
        out.append(
            [
                (
                    m.group(0),
                    run.start() + m.start(),
                    vouched or _titled(line, run.start() + m.end()),
                )
                for m in _MEMBER.finditer(bare)
                if m.group(0).lower() not in _NOT_GIVEN and not TITLE_HEAD.fullmatch(m.group(0))
            ]
        )
    return out


def _title(words: str) -> bool:
    return bool(TITLE_HEAD.search(words) or TITLE_HEAD.search(words.removesuffix("s")))


def _kin_before(before: str) -> re.Match[str] | None:
    """ "my husband Rick", "our foreman Luis": a relative or a job title right before."""
    kin = _KIN_BEFORE.search(before)
    words = kin.group("title") if kin else ""
    return kin if kin and (re.fullmatch(_KIN, words) or TITLE_HEAD.search(words)) else None


def _titled(line: str, end: int) -> bool:
    """A job title or a team follows: "Nuria, nuestra Directora General", "Priyanka from
    product", "Deb from Finance"."""
    return title_after(line[end:]) is not None or bool(_FROM_TEAM.match(line, end))


_FROM_TEAM = re.compile(
    r",?\s+(?:from|of|on|del|de la|de|van|von|du|da|do|från) (?:the |our |their |my |het |el |la )?"
    r"[\w&-]+"
)


def named_as_met(text: str, given: str) -> list[tuple[str, int]]:
    """(line, offset) where the text names someone by given name as a person met ("Ori
    (Head of Data) and Dana will go through a design question"): the organizer of a
    calendar notification, say."""
    low = given.lower()
    return [
        (line, at)
        for line in text.split("\n")
        if given in line
        for members in _met_runs(line)
        for n, at, _ in members
        if n.lower() == low
    ]


def _person_starts(doc: Any, start: int, length: int) -> set[int]:
    """Offsets in the line where the NER's one-word PERSON names start."""
    if isinstance(doc, str):
        return set()
    span = doc.char_span(start, start + length, alignment_mode="expand")
    return {
        e.start_char - start
        for e in (span.ents if span is not None else ())
        if e.label_ == "PERSON" and len(e) == 1
    }


class FullNames(Mapping[str, list[Person]]):
    """`full_names` of a message, read on first use (most messages never need them)."""

    def __init__(self, email: Email, user_words: Iterable[str]) -> None:
        self._email, self._user = email, frozenset(user_words)
        self._found: dict[str, list[Person]] | None = None

    def _names(self) -> dict[str, list[Person]]:
        if self._found is None:
            self._found = full_names(self._email, self._user)
        return self._found

    def __getitem__(self, given: str) -> list[Person]:
        return self._names()[given]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())

    def written_again(self, name: str) -> bool:
        """The message (own text and quoted) writes `name` more than once."""
        return self._email.text.count(name, 0, MAX_SCAN) > 1


def full_names(email: Email, user_words: Iterable[str]) -> dict[str, list[Person]]:
    """Every full name the message writes, by lower-case given name: its headers' display
    names, its invitations' guests, its text (own, signature and quoted). Not the user."""
    mine = {w.lower() for w in user_words}
    people = [p for p in _header_people(email) if p.name and "@" not in p.name]
    people += [Person(name=calendar_name(cn)) for cn in _guest_names(email.calendars)]
    people += [Person(name=m.group("name")) for m in NAME_RE.finditer(email.text[:MAX_SCAN])]
    by_given: dict[str, list[Person]] = {}
    for p in people:
        name = natural_name(p.name or "")
        words = name.split()
        if len(words) < 2 or not valid_name(name) or {w.lower() for w in words} & mine:
            continue
        known = by_given.setdefault(words[0].lower(), [])
        same = next((k for k in known if (k.name or "").lower() == name.lower()), None)
        if same is None:
            known.append(Person(name=name, email=p.email))
        elif p.email and not same.email:
            known[known.index(same)] = Person(name=same.name, email=p.email)
    return by_given


def _header_people(email: Email) -> list[Person]:
    """To, Cc and Reply-To, with "Kowalczyk, Deborah <dkowalczyk@...>" written without
    quotes (read as a bare "kowalczyk" and "Deborah <dkowalczyk@...>") made one again."""
    people = [*email.to, *email.cc, *email.reply_to]
    out = []
    for before, person in zip([None, *people], people, strict=False):
        word = (before.email or "") if before and not before.name else ""
        local = (person.email or "").partition("@")[0].lower()
        lone = word.isalpha() and len((person.name or "").split()) == 1
        joined = f"{person.name} {word.title()}" if lone and word.lower() in local else None
        out.append(Person(name=joined, email=person.email) if joined else person)
    return out


_CN = re.compile(r"(?im)^(?:ATTENDEE|ORGANIZER)[^\n]*?;CN=(\"[^\"\n]+\"|[^;:\n]+)")


def _guest_names(calendars: Iterable[bytes]) -> list[str]:
    out = []
    for blob in calendars:
        text = blob.decode("utf-8", "replace")
        out += [m.group(1).strip('" ') for m in _CN.finditer(text.replace("\r\n ", ""))]
    return out


def _last(person: Person) -> str:
    return (person.name or "").rsplit(maxsplit=1)[-1].lower()


def completed(people: list[Person], known: Mapping[str, list[Person]]) -> list[Person]:
    """A given name alone written in full when the message has one full name starting with
    it (two people called Tom: left as it is)."""
    out = []
    for p in people:
        words = (p.name or "").split()
        names = _short(words[0], known) if len(words) == 1 else []
        options = [full for g in names for full in known[g]]
        if len(words) == 1 and not options:  # "Ms. Wong" is the "Lisa Wong" of the cc line
            family = words[0].lower()
            options = [f for fulls in known.values() for f in fulls if _last(f) == family]
        full = options[0] if len(options) == 1 else p
        out.append(Person(name=full.name, email=p.email or full.email, title=p.title))
    return out
