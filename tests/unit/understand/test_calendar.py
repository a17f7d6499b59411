"""text/calendar read exactly: zones (VTIMEZONE, Windows names, UTC), updates, cancels."""

from __future__ import annotations

from datetime import UTC, datetime

from followup.understand.calendar import read_calendars
from followup.understand.zones import zone

OUTLOOK = """BEGIN:VCALENDAR
METHOD:{method}
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:abc-123
SEQUENCE:{sequence}
DTSTART;TZID=Eastern Standard Time:20260715T110000
DTEND;TZID=Eastern Standard Time:20260715T120000
ORGANIZER;CN=Coordinator:mailto:coord@acme.example
ATTENDEE;CN="Hernández, Luis";ROLE=REQ-PARTICIPANT:mailto:luis@acme.example
ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@acme.example
SUMMARY:Interview
END:VEVENT
END:VCALENDAR
"""


def test_vtimezone_with_windows_name_gives_real_summer_offset() -> None:
    (event,) = read_calendars([OUTLOOK.format(method="REQUEST", sequence=0).encode()])
    assert event.start is not None
    assert event.start.isoformat() == "2026-07-15T11:00:00-04:00"
    assert event.uid == "abc-123"
    assert [p.email for p in event.attendees] == ["luis@acme.example"]  # the room is not a person
    assert not event.cancelled


def test_update_and_cancel() -> None:
    (update,) = read_calendars([OUTLOOK.format(method="REQUEST", sequence=2).encode()])
    (cancel,) = read_calendars([OUTLOOK.format(method="CANCEL", sequence=3).encode()])
    assert update.sequence == 2
    assert cancel.cancelled


def test_windows_zone_name_without_vtimezone_and_utc() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\n"
        "DTSTART;TZID=W. Europe Standard Time:20260715T110000\n"
        "DTEND:20260715T100000Z\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    (event,) = read_calendars([ics.encode()])
    assert event.start == datetime(2026, 7, 15, 11, tzinfo=zone("Europe/Berlin"))
    assert event.end == datetime(2026, 7, 15, 10, tzinfo=UTC)


def test_floating_time_takes_the_senders_zone_and_broken_parts_are_skipped() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:y\nDTSTART:20260715T110000\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    (event,) = read_calendars([ics.encode(), b"not a calendar"], zone("Asia/Tokyo"))
    assert event.start is not None and event.start.isoformat() == "2026-07-15T11:00:00+09:00"


def test_rooms_groups_and_non_participants_are_not_attendees() -> None:
    ics = (
        b"BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:r-1\n"
        b"DTSTART:20261119T190000Z\nDTEND:20261119T200000Z\n"
        b"ATTENDEE;CN=Ann Lee:mailto:ann@acme.example\n"
        b"ATTENDEE;CUTYPE=ROOM;CN=Room 4B:mailto:room4b@acme.example\n"
        b"ATTENDEE;CUTYPE=GROUP;CN=Panel:mailto:panel@acme.example\n"
        b"ATTENDEE;ROLE=NON-PARTICIPANT;CN=Kay Coordinator:mailto:kay@acme.example\n"
        b"END:VEVENT\nEND:VCALENDAR\n"
    )
    (event,) = read_calendars([ics])
    assert [p.name for p in event.attendees] == ["Ann Lee"]
