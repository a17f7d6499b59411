"""An event deleted from an ICS calendar (gone on the next read) comes back once more as
cancelled, so its interview is cancelled; what is merely moved out of the window, what has
ended, and a feed served empty by mistake cancel nothing. The memory survives a restart."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from followup.calendars.ics import IcsCalendar
from followup.calendars.recognise import event_facts
from followup.model import Kind, Me

CHICAGO = ZoneInfo("America/Chicago")
WINDOW = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
ME = Me(name="Jordan Avery", email="jordan@example.net", timezone="America/Chicago")


def vevent(uid: str, start: str, *extra: str) -> str:
    return "\r\n".join(
        [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20260301T000000Z",
            f"SUMMARY:Interview {uid}",
            f"DTSTART;TZID=America/Chicago:{start}",
            f"DTEND;TZID=America/Chicago:{start[:-4]}1200",
            "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.com",
            "ATTENDEE;CN=Jane Doe:mailto:jane.doe@acme.com",
            f"ATTENDEE;CN=Jordan Avery:mailto:{ME.email}",
            *extra,
            "END:VEVENT",
        ]
    )


def calendar(*events: str) -> str:
    return "\r\n".join(
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", *events, "END:VCALENDAR", ""]
    )


def reader(tmp_path: Path) -> IcsCalendar:
    """A fresh adapter each time: as after a restart of the service."""
    return IcsCalendar(
        "cal", CHICAGO, path=tmp_path / "cal.ics", seen=tmp_path / "state" / "ics-cal-seen.json"
    )


def uids(found: list) -> list[tuple[str, bool]]:  # type: ignore[type-arg]
    return sorted((e.uid, e.cancelled) for e in found)


def test_a_deleted_event_is_reported_cancelled_and_cancels_its_interview(tmp_path: Path) -> None:
    ics = tmp_path / "cal.ics"
    ics.write_text(calendar(vevent("a", "20260310T100000"), vevent("b", "20260312T100000")))
    assert uids(reader(tmp_path).events(*WINDOW)) == [("a", False), ("b", False)]
    ics.write_text(calendar(vevent("b", "20260312T100000")))  # "a" deleted
    found = reader(tmp_path).events(*WINDOW)
    assert uids(found) == [("a", True), ("b", False)]
    gone = next(e for e in found if e.uid == "a")
    facts = event_facts(gone, ME, {"acme.com"}, set())
    assert facts is not None and facts.kind is Kind.CANCELLATION and facts.ical_uid == "a"
    assert uids(reader(tmp_path).events(*WINDOW)) == [("a", True), ("b", False)]  # until it ends
    assert stat.S_IMODE((tmp_path / "state" / "ics-cal-seen.json").stat().st_mode) == 0o600


def test_moved_out_of_the_window_or_ended_is_not_deleted(tmp_path: Path) -> None:
    ics = tmp_path / "cal.ics"
    ics.write_text(calendar(vevent("a", "20260310T100000"), vevent("b", "20260312T100000")))
    reader(tmp_path).events(*WINDOW)
    ics.write_text(calendar(vevent("a", "20260710T100000"), vevent("b", "20260312T100000")))
    assert uids(reader(tmp_path).events(*WINDOW)) == [("b", False)]  # "a" moved to July
    later = (datetime(2026, 3, 20, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC))
    assert uids(reader(tmp_path).events(*later)) == []  # "b" ended before the window


def test_a_feed_served_empty_cancels_nothing(tmp_path: Path) -> None:
    ics = tmp_path / "cal.ics"
    ics.write_text(calendar(vevent("a", "20260310T100000")))
    reader(tmp_path).events(*WINDOW)
    ics.write_text(calendar())
    assert reader(tmp_path).events(*WINDOW) == []
    ics.write_text(calendar(vevent("a", "20260310T100000")))
    assert uids(reader(tmp_path).events(*WINDOW)) == [("a", False)]


def test_one_instance_removed_from_a_series_is_cancelled(tmp_path: Path) -> None:
    ics = tmp_path / "cal.ics"
    series = vevent("s", "20260302T100000", "RRULE:FREQ=WEEKLY;COUNT=3")
    ics.write_text(calendar(series))
    assert [e.start.day for e in reader(tmp_path).events(*WINDOW)] == [2, 9, 16]
    exdate = "EXDATE;TZID=America/Chicago:20260309T100000"
    ics.write_text(calendar(vevent("s", "20260302T100000", "RRULE:FREQ=WEEKLY;COUNT=3", exdate)))
    found = reader(tmp_path).events(*WINDOW)
    assert sorted((e.start.day, e.cancelled) for e in found) == [(2, False), (9, True), (16, False)]
