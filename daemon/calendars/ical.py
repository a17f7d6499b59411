"""iCalendar data -> `Event` values: shared by the ICS and CalDAV adapters.

Recurring series are expanded with recurring-ical-events inside the requested window. A
hostile or careless rule (FREQ=SECONDLY, BYSECOND=0..59, a million RDATEs) must not eat the
machine: sub-daily series (and floods of RDATEs) are reduced to their first instance (no
interview recurs hourly), an old open-ended daily or weekly series starts just before the
window instead of in 1970, and at most `MAX_OCCURRENCES` instances are produced per call."""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

import icalendar
import recurring_ical_events
import x_wr_timezone  # type: ignore[import-untyped]

from ..model import Person
from . import Event

log = logging.getLogger(__name__)

MAX_OCCURRENCES = 2000
MAX_RDATES = 1000
SUB_DAILY = {"SECONDLY", "MINUTELY", "HOURLY"}
NOT_PEOPLE = {"ROOM", "RESOURCE"}


def parse_calendar(data: bytes) -> icalendar.Calendar:
    """One VCALENDAR (Google's X-WR-TIMEZONE exports normalised); ValueError if it is not."""
    cal = icalendar.Calendar.from_ical(data)
    if not isinstance(cal, icalendar.Calendar):
        raise ValueError("not a VCALENDAR")  # noqa: TRY004 - callers catch bad data as ValueError
    standard: icalendar.Calendar = x_wr_timezone.to_standard(cal)
    return standard


def calendar_events(
    cal: icalendar.Calendar, start: datetime, end: datetime, tz: tzinfo
) -> list[Event]:
    """Events of `cal` overlapping [start, end), recurring series expanded."""
    _tame_recurrence(cal, start)
    recurring = _recurring_uids(cal)
    method_cancel = str(cal.get("METHOD", "")).upper() == "CANCEL"
    events: list[Event] = []
    for component in _occurrences(cal, start, end):
        in_series = str(component.get("UID")) in recurring
        event = component_event(component, tz, method_cancel, in_series)
        if event is not None and event.end > start and event.start < end:
            events.append(event)
    return events


def _occurrences(cal: icalendar.Calendar, start: datetime, end: datetime) -> list[Any]:
    query = recurring_ical_events.of(cal, skip_bad_series=True)
    # Begin a day early: an event that started before `start` may still overlap it. (`between`
    # rather than the lazy `after`, which silently misses events near the year 9999.)
    found: list[Any] = query.between(start - timedelta(days=1), end)
    if len(found) > MAX_OCCURRENCES:
        log.warning(
            "calendar has %d events in the window; the first %d are used",
            len(found),
            MAX_OCCURRENCES,
        )
        found = sorted(found, key=lambda c: _as_datetime(c.get("DTSTART").dt, UTC))
    return found[:MAX_OCCURRENCES]


def _tame_recurrence(cal: icalendar.Calendar, start: datetime) -> None:
    for component in cal.walk("VEVENT"):
        rules = component.get("RRULE")
        rules = rules if isinstance(rules, list) else [rules] if rules is not None else []
        if any(_absurd(rule) for rule in rules) or _many_dates(component):
            log.warning("event %s: recurrence reduced to its first instance", component.get("UID"))
            component.pop("RRULE", None)
            component.pop("RDATE", None)
        elif len(rules) == 1:
            _rebase(component, rules[0], start)


def _rebase(component: Any, rule: Any, start: datetime) -> None:
    """Move an old open-ended daily or weekly series' DTSTART forward by whole periods, to
    just before the window: the same occurrences, without walking every day since 1970.
    (A series' DTSTART is itself an occurrence; the moved one lies before the window.)"""
    freq = [str(f).upper() for f in rule.get("FREQ", [])]
    if freq not in (["DAILY"], ["WEEKLY"]) or "COUNT" in rule or "BYSETPOS" in rule:
        return
    interval = int(rule.get("INTERVAL", [1])[0] or 1)
    period = timedelta(days=interval) * (7 if freq == ["WEEKLY"] else 1)
    dtstart = component.get("DTSTART")
    if dtstart is None:
        return
    first = dtstart.dt  # a date or a datetime: both move by whole days
    behind = start.astimezone(UTC) - _as_datetime(first, UTC).astimezone(UTC) - 2 * period
    if behind <= timedelta(0):
        return
    shift = period * (behind // period)
    _replace_time(component, "DTSTART", first + shift)
    if component.get("DTEND") is not None:
        _replace_time(component, "DTEND", component["DTEND"].dt + shift)


def _replace_time(component: Any, name: str, value: date | datetime) -> None:
    """Aware wall-clock arithmetic keeps the local time across DST, as RRULE does."""
    params = component[name].params
    del component[name]
    component.add(name, value, parameters=dict(params))


def _many_dates(component: Any) -> bool:
    rdates = component.get("RDATE") or []
    lists = rdates if isinstance(rdates, list) else [rdates]
    return sum(len(getattr(r, "dts", [])) for r in lists) > MAX_RDATES


def _absurd(rule: Any) -> bool:
    freq = {str(f).upper() for f in rule.get("FREQ", [])}
    many = any(len(rule.get(part, [])) > 1 for part in ("BYHOUR", "BYMINUTE", "BYSECOND"))
    return bool(freq & SUB_DAILY) or many


def _recurring_uids(cal: icalendar.Calendar) -> set[str]:
    seen: dict[str, int] = {}
    for component in cal.walk("VEVENT"):
        uid = str(component.get("UID", ""))
        seen[uid] = seen.get(uid, 0) + (1 if "RRULE" in component or "RDATE" in component else 0)
        if "RECURRENCE-ID" in component:
            seen[uid] += 1
    return {uid for uid, n in seen.items() if n}


def component_event(
    component: Any, tz: tzinfo, method_cancel: bool = False, recurring: bool = False
) -> Event | None:
    """One VEVENT (or one expanded instance) as an Event; None without a start."""
    dtstart = component.get("DTSTART")
    if dtstart is None:
        return None
    all_day = not isinstance(dtstart.dt, datetime)
    start = _as_datetime(dtstart.dt, tz)
    end = _end(component, start, all_day, tz)
    people, resources = _attendees(component)
    recurrence_id = component.get("RECURRENCE-ID") if recurring else None
    return Event(
        uid=_uid(component),
        summary=_text(component, "SUMMARY"),
        start=start,
        end=end,
        description=_text(component, "DESCRIPTION"),
        organizer=person(component.get("ORGANIZER")),
        attendees=people,
        cancelled=method_cancel or _text(component, "STATUS").upper() == "CANCELLED",
        location=_text(component, "LOCATION"),
        updated=_updated(component, tz),
        resources=resources,
        all_day=all_day,
        sequence=_int(component.get("SEQUENCE")),
        conference=_text(component, "X-GOOGLE-CONFERENCE") or _text(component, "URL"),
        recurrence_id=_as_datetime(recurrence_id.dt, tz) if recurrence_id is not None else None,
    )


def _end(component: Any, start: datetime, all_day: bool, tz: tzinfo) -> datetime:
    dtend = component.get("DTEND")
    if dtend is not None:
        end = _as_datetime(dtend.dt, tz)
    elif component.get("DURATION") is not None:
        end = start + component.get("DURATION").dt
    else:
        end = start + (timedelta(days=1) if all_day else timedelta(0))
    return max(end, start)


def _attendees(component: Any) -> tuple[tuple[Person, ...], tuple[Person, ...]]:
    raw = component.get("ATTENDEE") or []
    people: list[Person] = []
    resources: list[Person] = []
    for address in raw if isinstance(raw, list) else [raw]:
        found = person(address)
        if found is None:
            continue
        cutype = str(address.params.get("CUTYPE", "INDIVIDUAL")).upper()
        (resources if cutype in NOT_PEOPLE else people).append(found)
    return tuple(people), tuple(resources)


def person(address: Any) -> Person | None:
    """A CAL-ADDRESS (`mailto:` plus CN) as a Person; None when it names nobody."""
    if address is None:
        return None
    value = str(address)
    email = value[7:] if value.lower().startswith("mailto:") else None
    name = str(address.params.get("CN", "")).strip().strip('"') or None
    if email is not None:
        email = email.strip() or None
    if name is None and email is None:
        return None
    return Person(name=name, email=email)


def _uid(component: Any) -> str:
    uid = _text(component, "UID")
    if uid:
        return uid
    # No UID (broken exports): derive a stable one so the same event merges across cycles.
    basis = f"{_text(component, 'SUMMARY')}|{component.get('DTSTART').to_ical()!r}"
    return "followup-" + hashlib.sha256(basis.encode()).hexdigest()[:24]


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value is not None else ""


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _updated(component: Any, tz: tzinfo) -> datetime | None:
    stamp = component.get("LAST-MODIFIED") or component.get("DTSTAMP")
    return _as_datetime(stamp.dt, tz) if stamp is not None else None


def _as_datetime(value: date | datetime, tz: tzinfo) -> datetime:
    """Dates become midnight and floating times the user's zone: an Event is always aware."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0))
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)
