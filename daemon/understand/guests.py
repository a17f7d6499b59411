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
from .addresses import name_from_address
from .calendar import CalEvent, read_calendars
from .components import natural_name
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
    for event in events:
        organizer = event.organizer.email if event.organizer else None
        attendees = list(event.attendees)
        if writer_joins and event.organizer and organizer == ctx.email.sender.email:
            attendees.append(event.organizer)
        for att in attendees:
            if att.email in ctx.user_addresses or is_user(att.name, ctx):
                continue
            if att.email == organizer and len(event.attendees) > 2 and not writer_joins:
                continue
            if _role_account(att.email) or (att.name and org_like(att.name, ctx.email)):
                continue
            named = bool(att.name) and "@" not in (att.name or "")  # Outlook: CN=the address
            name = calendar_name(att.name or "") if named else name_from_address(att.email)
            people.append(Person(name=name, email=att.email))
    return dedupe(people)


_ROLE_ACCOUNT = re.compile(
    r"(?i)^(no-?reply|calendar|interviews?|recruit\w*|careers?|jobs|talent|hr|scheduling|"
    r"zoom|teams|meet|room|conf|boardroom|resource)[\w.+-]*@"
)


def _role_account(address: str | None) -> bool:
    """A shared mailbox, a booking robot or a meeting room invited as a guest."""
    return bool(address and _ROLE_ACCOUNT.match(address))


def lone_organizer(ctx: Context) -> list[Person]:
    """A person's invitation whose only guest is the user: its organizer meets them."""
    out = []
    for event in read_calendars(ctx.email.calendars):
        guests = [a for a in event.attendees if a.email not in ctx.user_addresses]
        host = event.organizer
        if guests or host is None or not host.name or _role_account(host.email):
            continue
        if "@" not in host.name and not org_like(host.name, ctx.email):
            out.append(Person(name=calendar_name(host.name), email=host.email))
    return out


def is_user(name: str | None, ctx: Context) -> bool:
    if not name:
        return False
    words = [w.lower() for w in natural_name(name).split()]
    if not words:
        return False
    # "Jordan Avery" when only "Hi Jordan," named the user: the same given name
    return set(words) <= ctx.user_names or (len(ctx.user_names) == 1 and words[0] in ctx.user_names)


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
