"""Who the message is to, and the people of its calendar invitation.

The user's names (the To header's, and the greeting's "Hi Jordan,") and addresses, so that
they are never taken for an interviewer; calendar guests minus the user, rooms, shared
mailboxes and the organizer who only schedules; and a person's invitation whose only guest
is the user, whose organizer is then the one the user meets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Email, Person
from .addresses import address_matches, ascii_fold, name_from_address
from .calendar import CalEvent, read_calendars
from .components import natural_name
from .mentions import NAME_RE, action_mentions, valid_name
from .names import calendar_name, dedupe, org_like


@dataclass(frozen=True)
class Context:
    email: Email
    user_names: frozenset[str]  # lower-case words of the user's name
    user_addresses: frozenset[str]


def context(email: Email) -> Context:
    names: set[str] = set()
    for person in email.to:
        if person.name:
            names.update(w.lower() for w in natural_name(person.name).split())
    greeting = GREETING_NAME.search(email.new_text[:300])
    if greeting:  # "Hi Jordan," names the user even when the To header does not
        names.add(greeting.group("name").lower())
    addresses = {p.email for p in email.to if p.email}
    return Context(email, frozenset(names), frozenset(addresses))


GREETING_NAME = re.compile(
    r"(?im)^\s*(?:hi|hello|dear|hey|hola|ol[aá]|bonjour|hallo|ciao)\s+"
    r"(?:(?:mr|ms|mrs|mx|dr|herr|frau|sr|sra)\.?\s+)?(?P<name>[A-ZÀ-Þ][\w'-]+)"
)


def from_calendar(events: Sequence[CalEvent], ctx: Context, writer_joins: bool) -> list[Person]:
    """Attendees of the invitation, minus the user, the organizer who only schedules (unless
    the text says the writer joins), rooms and robots."""
    people: list[Person] = []
    aside = _not_panelists(ctx.email)
    for event in events:
        organizer = event.organizer.email if event.organizer else None
        attendees = [a for a in event.attendees if (a.email or "").lower() not in aside]
        if writer_joins and event.organizer and organizer == ctx.email.sender.email:
            attendees.append(event.organizer)
        for att in attendees:
            if att.email in ctx.user_addresses or is_user(att.name, ctx):
                continue
            if att.email == organizer and len(event.attendees) > 2 and not writer_joins:
                continue
            if _role_account(att.email) or (att.name and org_like(att.name, ctx.email)):
                continue
            if att.name and _ROOM_NAME.search(att.name):
                continue  # "HK-Zaandam 3.14 Vergaderruimte (8)": a room (number, seats) as a guest
            named = bool(att.name) and "@" not in (att.name or "")  # Outlook: CN=the address
            name = calendar_name(att.name or "") if named else None
            # a CN the reader could not make a name of (an unquoted "Hardy, Tom"): the address's
            name = name if name and _NAME_CHARS.search(name) else _named_in_text(att.email, ctx)
            people.append(Person(name=name, email=att.email))
    return dedupe(people)


_NAME_CHARS = re.compile(r"^[^\W\d_]")  # a name starts with a letter, never "['Hardy', ..."
_ROOM_NAME = re.compile(
    r"(?i)\(\d+\)|\b\d+[.-]\d+\b|\b(room|boardroom|meeting ?room|vergaderruimte|vergaderzaal|salle|"
    r"besprechungsraum|konferenzraum|sitzungssaal|mötesrum|møterom|mødelokale|"
    r"sala (de )?(reuni[oõ]n(es)?|reuni[ãa]o|riunioni|juntas|conferencias))\b"
)
_ROLE_ACCOUNT = re.compile(
    r"(?i)^(no-?reply|calendar|interviews?|recruit\w*|careers?|jobs|talent|hr|scheduling|"
    r"zoom|teams|meet|room|conf|boardroom|resource)[\w.+-]*@"
)


def _role_account(address: str | None) -> bool:
    """A shared mailbox, a booking robot or a meeting room invited as a guest."""
    return bool(address and _ROLE_ACCOUNT.match(address))


def _named_in_text(address: str | None, ctx: Context) -> str | None:
    """A guest invited by address alone ("thardy@..."), named as the text names them ("you'll
    meet Tom Hardy"), else as the address spells it ("tom.hardy@" is Tom Hardy)."""
    for m in NAME_RE.finditer(ctx.email.new_text if address else ""):
        name = m.group("name")
        if len(name.split()) > 1 and valid_name(name) and address_matches(address or "", name):
            return name
    return name_from_address(address)


def _not_panelists(email: Email) -> set[str]:
    """Addresses of guests the invitation itself marks as no panelist: rooms and resources
    (CUTYPE, or Google's resource calendars), FYI guests (ROLE=NON-PARTICIPANT), and optional
    guests when someone else is required ("optional, may drop by")."""
    aside, optional, required = set(), set(), set()
    for address, cutype, role in _guest_params(email):
        room = cutype in {"ROOM", "RESOURCE"} or address.endswith("resource.calendar.google.com")
        if room or role == "NON-PARTICIPANT":
            aside.add(address)
        elif role == "OPT-PARTICIPANT":
            optional.add(address)
        else:
            required.add(address)
    required -= {p.email.lower() for p in email.to if p.email}
    return aside | (optional if required else set())


def _guest_params(email: Email) -> list[tuple[str, str, str]]:
    """(address, CUTYPE, ROLE) of every guest of the attached invitations."""
    import icalendar

    out = []
    for blob in email.calendars:
        try:
            cal = icalendar.Calendar.from_ical(blob)
        except Exception:  # noqa: S112 - a broken attachment says nothing
            continue
        for event in cal.walk("VEVENT"):
            guests = event.get("ATTENDEE") or []
            for guest in guests if isinstance(guests, list) else [guests]:
                params = getattr(guest, "params", {})
                address = str(guest).removeprefix("mailto:").removeprefix("MAILTO:").lower()
                out.append((address, params.get("CUTYPE", ""), params.get("ROLE", "")))
    return out


def lone_organizer(ctx: Context) -> list[Person]:
    """A person's invitation whose only guest is the user: its organizer meets them."""
    out = []
    for event in read_calendars(ctx.email.calendars):
        guests = [a for a in event.attendees if a.email not in ctx.user_addresses]
        host = event.organizer
        if guests or host is None or not host.name or _role_account(host.email):
            continue
        if host.email == ctx.email.sender.email and _signs_as_staff(ctx.email):
            continue  # the department's administrative assistant sends the visit's invitation
        if "@" not in host.name and not org_like(host.name, ctx.email):
            out.append(Person(name=calendar_name(host.name), email=host.email))
    return out


def _signs_as_staff(email: Email) -> bool:
    """The writer signs as an assistant, an administrator or a recruiter: they schedule."""
    from .signature import RECRUITING_TITLE, body_lines

    _, signature = body_lines(email.new_text, email.sender.name)
    lines = [line for line in signature if line.strip()][:3]
    return any(RECRUITING_TITLE.search(line) for line in lines[1:])  # under the name


def is_user(name: str | None, ctx: Context) -> bool:
    if not name:
        return False
    words = [w.lower() for w in natural_name(name).split()]
    if not words:
        return False
    # "Jordan Avery" when only "Hi Jordan," named the user: the same given name
    if set(words) <= ctx.user_names or (len(ctx.user_names) == 1 and words[0] in ctx.user_names):
        return True
    # "Fatima Al-Sayed" when only the To address, fatima.alsayed@..., says who the user is
    return len(words) > 1 and any(_spells(address, words) for address in ctx.user_addresses)


def _spells(address: str, words: list[str]) -> bool:
    """The address's local part holds the name's first and last word, and little more."""
    local = re.sub(r"[^a-z]", "", ascii_fold(address.split("@", maxsplit=1)[0].lower()))
    first, last = (re.sub(r"[^a-z]", "", ascii_fold(w)) for w in (words[0], words[-1]))
    return bool(first and last) and first in local and last in local


def descriptions(email: Email) -> list[str]:
    """The invitations' descriptions with their line breaks (the calendar reader joins them
    into one line)."""
    import icalendar

    out = []
    for blob in email.calendars:
        try:
            cal = icalendar.Calendar.from_ical(blob)
        except Exception:  # noqa: S112 - a broken attachment says nothing
            continue
        out += [str(e.get("DESCRIPTION")) for e in cal.walk("VEVENT") if e.get("DESCRIPTION")]
    return [text[:MAX_DESCRIPTION] for text in out]


MAX_DESCRIPTION = 4000  # characters: a description longer than this holds no more panel


# "Priya Raghunathan is inviting you to a scheduled Zoom meeting." pasted into the mail
_HOST_LINE = re.compile(
    rf"(?m)^\s*{NAME_RE.pattern}\s+(?i:(?:is inviting you to|has invited you to|invites you to) "
    r"(?:a |an )?(?:scheduled )?(?:zoom|microsoft teams|teams|webex|google meet))\b"
)


def meeting_host(text: str, ctx: Context) -> list[Person]:
    """The host of a video meeting whose invitation the mail pastes in, when nobody else is
    named: a team mailbox sends it, the host holds the call."""
    m = _HOST_LINE.search(text)
    name = m.group("name") if m else ""
    if not name or not valid_name(name) or is_user(name, ctx):
        return []
    return [Person(name=name)]


def from_subject(ctx: Context) -> list[Person]:
    """ "Interview with Tom Hardy - Data Analyst", "Jordan Avery <> Tom Hardy": the subject
    names whom the user meets (the other side of a pair the user is in)."""
    subject = ctx.email.subject
    found = [(m.name, m.title) for m in action_mentions(subject, meeting=True)]
    sides = _PAIR.split(subject)
    if len(sides) == 2 and any(_user_side(side, ctx) for side in sides):
        found += [(m.group("name"), None) for side in sides for m in NAME_RE.finditer(side)]
    return [
        Person(name=name, title=title)
        for name, title in found
        if valid_name(name) and not is_user(name, ctx) and not is_sender(name, ctx.email)
    ]


_PAIR = re.compile(r"\s+(?:<>|<->|x|×|/|\+|&|and|meets?)\s+")  # "Jordan Avery <> Tom Hardy"


def _user_side(side: str, ctx: Context) -> bool:
    return any(is_user(m.group("name"), ctx) for m in NAME_RE.finditer(side))


def is_sender(name: str, email: Email) -> bool:
    """The writer, by their whole name or, alone, their given name ("Wrap-up with Camila")."""
    sender = natural_name(email.sender.name).lower() if email.sender.name else ""
    return bool(sender) and name.lower() in {sender, *sender.split()[:1]}
