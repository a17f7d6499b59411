"""Which calendar events are job interviews, and what they say.

Signals, strongest first: the title names an interview ("Phone screen", "Onsite",
"Acme <> Jordan"); an attendee's domain is an application's; the organizer or an attendee
wrote to the user in the hiring conversation; the description talks about one. A title word
like "webinar" or "dentist" vetoes, and so does a meeting among the user's own colleagues.

The result is `Facts` like those an emailed invitation gives, with the event's UID as
`ical_uid`, so the record merges the same interview seen in mail and calendar into one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..domains import FREEMAIL, HIRING_SERVICES
from ..model import Facts, Kind, Me, Person
from . import Event

INTERVIEW = re.compile(
    r"\binterview|\bphone[ -]?screen|\b(tech(nical)?|recruiter|initial|intro) (screen|call|chat)"
    r"|\bscreening call|\bon-?site\b|\bfinal round|\bhiring manager|\bpanel\b|\bsystem design\b"
    r"|\bcoding (exercise|challenge|session|round)|\bpair(ing)? (programming|session)"
    r"|\btake[- ]home\b|\bcase study\b|\bmeet the team\b|\bsuper ?day\b",
    re.IGNORECASE,
)
NOT_INTERVIEW = re.compile(
    r"\bwebinar|\bwebcast|\blive ?stream|\bdentist|\bdental|\bdoctor|\bdr\.|\bphysio|\btherap"
    r"|\bhaircut|\bstand-?up|\ball[- ]hands|\bretro(spective)?\b|\bsprint\b|\b1:1\b|\bbirthday"
    r"|\binfo(rmation)? session|\boffice hours|\bmeetup|\bworkshop|\bcareer fair|\bjob fair"
    r"|\bmock interview|\binterview prep|\bpractice interview|\bcourse\b",
    re.IGNORECASE,
)
DESCRIBES = re.compile(
    r"\binterview|\bcandidate\b|\bhiring\b|\brecruit|\byour application\b|\bthe role\b"
    r"|\bposition\b|\bresume\b|\bcv\b",
    re.IGNORECASE,
)
ROLE_WORD = re.compile(
    r"\b(engineer|developer|manager|designer|analyst|scientist|architect|lead|director"
    r"|specialist|consultant|coordinator|administrator|intern|researcher|writer|sre|devops)s?\b",
    re.IGNORECASE,
)
PAIR = re.compile(r"\s*(?:<>|<->|↔| x | / |\|)\s*")
# A hyphen separates only with spaces around it ("Acme - Onsite", not "on-site").
SPLIT = re.compile(
    r"\s+[-–—]\s+|[–—]|\s*(?:<>|<->|↔|[:|()/,\[\]]| with | at | for | x )\s*", re.IGNORECASE
)
FILLER = re.compile(
    r"^(round \d+|\d+(st|nd|rd|th) round|video|zoom|call|chat|meeting|re|fwd?"
    r"|invitation|updated invitation|the|and)$",
    re.IGNORECASE,
)

CALENDAR_ROBOTS = ("resource.calendar.google.com", "group.calendar.google.com")
TEAM_MAILBOXES = re.compile(
    r"^(no-?reply|donotreply|do-not-reply|calendar|notifications?|scheduling|interviews?"
    r"|recruiting|recruitment|careers|jobs|talent|hr|hiring)([+.-].*)?$",
    re.IGNORECASE,
)
SECOND_LEVEL = frozenset(["co", "com", "net", "org", "ac", "gov", "edu", "ltd", "plc"])


def event_facts(
    event: Event, me: Me, known_domains: set[str], known_people: set[str]
) -> Facts | None:
    """Facts for an interview event; None for anything else (work meetings, dentist...)."""
    title = event.summary
    if event.all_day or NOT_INTERVIEW.search(title):
        return None
    others = [p for p in event.attendees if not _is_me(p, me)]
    organizer = event.organizer if event.organizer and not _is_me(event.organizer, me) else None
    outside = [p for p in [*others, *([organizer] if organizer else [])] if _outside(p, me)]
    if (others or organizer) and not outside:
        return None  # only the user's colleagues: their own work meeting
    confidence = _confidence(event, me, outside, known_domains, known_people)
    if confidence == 0.0:
        return None
    interviewers = _interviewers(others, organizer)
    return Facts(
        kind=Kind.CANCELLATION if event.cancelled else Kind.INVITATION,
        company=_company(title, me, interviewers, outside, known_domains),
        role=_role(title),
        interviewers=interviewers,
        start=event.start,
        end=event.end,
        confidence=confidence,
        ical_uid=ical_uid(event),
        ical_sequence=event.sequence,
        contact=organizer if organizer and _employer(organizer) else None,
        updated=event.updated,
    )


def ical_uid(event: Event) -> str:
    """The UID, plus the original start for one instance of a recurring series."""
    if event.recurrence_id is None:
        return event.uid
    return f"{event.uid}/{event.recurrence_id.strftime('%Y%m%dT%H%M%S%z')}"


def _confidence(
    event: Event,
    me: Me,
    outside: list[Person],
    known_domains: set[str],
    known_people: set[str],
) -> float:
    titled = bool(INTERVIEW.search(event.summary)) or _paired_with_me(event.summary, me)
    known = any(_known(p, known_domains, known_people) for p in outside)
    service = any(_domain(p) in HIRING_SERVICES for p in outside)
    described = bool(DESCRIBES.search(event.description))
    if titled:
        return 0.95 if known or service else 0.85
    if known:
        return 0.8 if described or service else 0.7
    if service or (described and any(_company_domain(p) for p in outside)):
        return 0.6
    return 0.0


def _paired_with_me(title: str, me: Me) -> bool:
    """ "Acme <> Jordan", "Jordan Avery / Acme": a meeting named after the user and a party."""
    sides = PAIR.split(title)
    first = me.name.split()[0].lower() if me.name.split() else ""
    return len(sides) == 2 and bool(first) and any(first in s.lower() for s in sides)


def _interviewers(others: list[Person], organizer: Person | None) -> tuple[Person, ...]:
    people = [_named(p) for p in others if _is_person(p)]
    if not people and organizer is not None and _is_person(organizer):
        people = [_named(organizer)]
    unique: dict[str, Person] = {}
    for p in people:
        unique.setdefault((p.email or p.name or "").lower(), p)
    return tuple(unique.values())


def _named(p: Person) -> Person:
    """No CN: `jane.doe@` is very likely Jane Doe; anything else stays unnamed."""
    if p.name or not p.email:
        return p
    local = p.email.split("@")[0]
    match = re.fullmatch(r"([a-z]{2,})[._]([a-z]{2,})", local, re.IGNORECASE)
    if match is None:
        return p
    return Person(name=f"{match[1].title()} {match[2].title()}", email=p.email, title=p.title)


def _company(
    title: str,
    me: Me,
    interviewers: tuple[Person, ...],
    outside: list[Person],
    known_domains: set[str],
) -> str | None:
    from_title = _company_in_title(title, me, interviewers)
    domains = [d for d in (_company_domain(p) for p in outside) if d]
    known = [d for d in domains if _domain_known(d, known_domains)]
    if from_title:
        return from_title
    return _name_of_domain((known or domains)[0]) if domains else None


def _company_in_title(title: str, me: Me, interviewers: tuple[Person, ...]) -> str | None:
    names = {w.lower() for p in interviewers for w in (p.name or "").split()}
    names |= {w.lower() for w in me.name.split()}
    for piece in SPLIT.split(title):
        words = piece.split()
        if not words or len(words) > 4 or FILLER.match(piece) or INTERVIEW.search(piece):
            continue
        if ROLE_WORD.search(piece) or all(w.lower() in names for w in words):
            continue
        if words[0][0].isupper() or words[0][0].isdigit():
            return piece.strip()
    return None


def _role(title: str) -> str | None:
    for piece in SPLIT.split(title):
        match = ROLE_WORD.search(piece)
        if match and len(piece.split()) <= 6:
            role = INTERVIEW.sub("", piece).strip(" -–—:")
            return re.sub(r"\s{2,}", " ", role) or None
    return None


def _is_me(p: Person, me: Me) -> bool:
    if p.email:
        return p.email.lower() in me.addresses
    return bool(p.name) and (p.name or "").strip().lower() == me.name.strip().lower()


def _is_person(p: Person) -> bool:
    if not p.email:
        return bool(p.name)
    local, _, domain = p.email.lower().partition("@")
    robot = domain.endswith(CALENDAR_ROBOTS) or domain in HIRING_SERVICES
    return not robot and not TEAM_MAILBOXES.match(local)


def _employer(p: Person) -> bool:
    """Someone of the employer (a recruiting team's address counts), not a robot or an
    applicant-tracking service writing for many employers."""
    domain = _domain(p) or ""
    return domain not in HIRING_SERVICES and not domain.endswith(CALENDAR_ROBOTS)


def _outside(p: Person, me: Me) -> bool:
    """Not a colleague: a domain other than the user's own (non-freemail) ones."""
    domain = _domain(p)
    own = {a.split("@")[-1] for a in me.addresses} - FREEMAIL
    return domain is None or not any(domain == d or domain.endswith("." + d) for d in own)


def _known(p: Person, known_domains: set[str], known_people: set[str]) -> bool:
    if p.email and p.email.lower() in {k.lower() for k in known_people}:
        return True
    domain = _company_domain(p)
    return domain is not None and _domain_known(domain, known_domains)


def _domain_known(domain: str, known_domains: Iterable[str]) -> bool:
    return any(domain == k.lower() or domain.endswith("." + k.lower()) for k in known_domains)


def _domain(p: Person) -> str | None:
    if not p.email or "@" not in p.email:
        return None
    return p.email.rsplit("@", 1)[1].lower().strip(".") or None


def _company_domain(p: Person) -> str | None:
    domain = _domain(p)
    if domain is None or domain in FREEMAIL or domain in HIRING_SERVICES:
        return None
    return None if domain.endswith(CALENDAR_ROBOTS) else domain


def _name_of_domain(domain: str) -> str:
    """acme.com -> Acme; mail.northwind-traders.co.uk -> Northwind Traders."""
    labels = domain.split(".")
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        labels = labels[:-1]
    label = labels[-2] if len(labels) >= 2 else labels[0]
    return " ".join(w.capitalize() for w in re.split(r"[-_]", label) if w)
