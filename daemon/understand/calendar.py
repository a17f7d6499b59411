"""`text/calendar` parts read exactly: method, UID, sequence, start/end with their real zone,
organizer and attendees.

icalendar resolves TZID with the message's VTIMEZONE, IANA names and Outlook's Windows zone
names ("Eastern Standard Time"); a TZID it cannot resolve, or a floating time, is taken in
the zone the caller supplies (the sender's). All-day events have no interview time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from ..model import Person
from .zones import city_zone, named_zone


@dataclass(frozen=True)
class CalEvent:
    method: str  # REQUEST, CANCEL, PUBLISH, REPLY ("" when absent)
    uid: str | None
    sequence: int
    summary: str
    description: str
    start: datetime | None
    end: datetime | None
    organizer: Person | None
    attendees: tuple[Person, ...]
    status: str  # CONFIRMED, CANCELLED, TENTATIVE or ""

    @property
    def cancelled(self) -> bool:
        return self.method == "CANCEL" or self.status == "CANCELLED"


def read_calendars(blobs: Sequence[bytes], fallback: tzinfo | None = None) -> list[CalEvent]:
    """Every VEVENT of every calendar part; unreadable parts are skipped."""
    import icalendar

    events: list[CalEvent] = []
    for blob in blobs:
        try:
            cal = icalendar.Calendar.from_ical(blob)
        except Exception:  # a broken attachment says nothing reliable  # noqa: S112
            continue
        method = str(cal.get("METHOD", "")).upper()
        for vevent in cal.walk("VEVENT"):
            try:
                events.append(_event(vevent, method, fallback))
            except Exception:  # noqa: S112 - one broken event, keep the others
                continue
    return events


def _event(vevent: Any, method: str, fallback: tzinfo | None) -> CalEvent:
    start = _when(vevent, "DTSTART", fallback)
    end = _when(vevent, "DTEND", fallback)
    if start is not None and end is None and vevent.get("DURATION") is not None:
        end = start + vevent.decoded("DURATION")
    return CalEvent(
        method=method,
        uid=str(vevent.get("UID")) if vevent.get("UID") else None,
        sequence=_int(vevent.get("SEQUENCE")),
        summary=_text(vevent.get("SUMMARY")),
        description=_text(vevent.get("DESCRIPTION")),
        start=start,
        end=end,
        organizer=_person(vevent.get("ORGANIZER")),
        attendees=_attendees(vevent.get("ATTENDEE")),
        status=str(vevent.get("STATUS", "")).upper(),
    )


def _when(vevent: Any, key: str, fallback: tzinfo | None) -> datetime | None:
    if vevent.get(key) is None:
        return None
    value = vevent.decoded(key)
    if not isinstance(value, datetime):  # an all-day date: no interview time
        return None
    if value.tzinfo is None:
        named = _labelled_zone(vevent.get(key).params.get("TZID", ""))
        zone = named or fallback
        return value.replace(tzinfo=zone) if zone else None
    return value


_LABEL = re.compile(r"^\s*\((?:UTC|GMT)[^)]*\)\s*(?P<name>[^(]+)")


def _labelled_zone(tzid: str) -> tzinfo | None:
    """Outlook's display label as a TZID with no VTIMEZONE: "(UTC-05:00) Eastern Time (US &
    Canada)" names the zone the label's words name, not the sender's."""
    m = _LABEL.match(str(tzid))
    if m is None:
        return None
    name = m.group("name").strip()
    return named_zone(name) or city_zone(name)  # "(UTC+01:00) Amsterdam, Berlin, Bern"


def _int(value: object) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return 0


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _person(value: Any) -> Person | None:
    if value is None:
        return None
    address = str(value)
    if address.lower().startswith("mailto:"):
        address = address[7:]
    params = getattr(value, "params", {})
    name = params.get("CN")
    return Person(
        name=" ".join(str(name).split()).strip("\"' ") or None if name else None,
        email=address.strip().lower() or None,
    )


def _attendees(value: Any) -> tuple[Person, ...]:
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    people = []
    for item in values:
        params = getattr(item, "params", {})
        if str(params.get("CUTYPE", "INDIVIDUAL")).upper() in {"ROOM", "RESOURCE", "GROUP"}:
            continue  # a meeting room, a projector, a mailing list: not a person
        if str(params.get("ROLE", "")).upper() == "NON-PARTICIPANT":
            continue  # copied for information (RFC 5545): not in the interview
        person = _person(item)
        if person is not None:
            people.append(person)
    return tuple(people)
