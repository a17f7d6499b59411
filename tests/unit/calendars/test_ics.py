"""ICS files and feeds: real exports (Outlook with Windows zone names, Apple, Google), recurring
series, cancellations, and hostile recurrence rules that must stay bounded."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from followup.calendars.ics import IcsCalendar
from followup.errors import SourceError
from followup.model import Person

DATA = Path(__file__).parent / "data"
CHICAGO = ZoneInfo("America/Chicago")
START = datetime(2026, 3, 1, tzinfo=UTC)
END = datetime(2026, 4, 1, tzinfo=UTC)


def events(name: str, start: datetime = START, end: datetime = END) -> list:  # type: ignore[type-arg]
    return IcsCalendar("ics", CHICAGO, path=DATA / name).events(start, end)


def test_outlook_invite_with_windows_zone_names() -> None:
    (event,) = events("outlook-invite.ics")
    assert event.start == datetime(2026, 3, 16, 14, tzinfo=CHICAGO)  # CDT, -05:00
    assert event.start.utcoffset() == timedelta(hours=-5)
    assert event.end - event.start == timedelta(hours=1)
    assert event.uid.startswith("040000008200E00074C5B7101A82E008")
    assert event.organizer == Person("Priya Raman", "priya.raman@northwind-traders.com")
    assert Person("Okafor, Chinedu", "chinedu.okafor@northwind-traders.com") in event.attendees
    assert event.resources == (Person("HQ-3-Lakeview (8)", "hq-3-lakeview@northwind-traders.com"),)
    assert "technical interview" in event.description and event.sequence == 0
    assert not event.cancelled


def test_method_cancel_cancels_with_the_same_uid() -> None:
    (invite,) = events("outlook-invite.ics")
    (cancel,) = events("cancel.ics")
    assert cancel.cancelled and cancel.uid == invite.uid and cancel.sequence == 1
    assert cancel.start == invite.start  # 20:00 W. Europe (CET) is 14:00 in Chicago (CDT)


def test_recurring_series_expanded_with_exdate_and_moved_instance() -> None:
    calls = [e for e in events("recurring.ics") if e.uid == "standup-1@example.net"]
    starts = [e.start.astimezone(CHICAGO).strftime("%m-%d %H:%M") for e in calls]
    assert starts == ["03-02 09:00", "03-09 09:00", "03-24 10:00", "03-30 09:00"]
    assert calls[2].summary == "Weekly accountability call (moved)"
    assert calls[2].recurrence_id == datetime(2026, 3, 23, 9, tzinfo=CHICAGO)


def test_floating_times_take_the_users_zone_and_dates_are_all_day() -> None:
    found = {e.uid: e for e in events("recurring.ics")}
    assert found["floating@example.net"].start == datetime(2026, 3, 12, 8, tzinfo=CHICAGO)
    day = found["allday@example.net"]
    assert day.all_day and day.end - day.start == timedelta(days=1)


def test_window_limits_what_is_returned() -> None:
    found = events(
        "recurring.ics", datetime(2026, 3, 10, tzinfo=UTC), datetime(2026, 3, 11, tzinfo=UTC)
    )
    assert [e.summary for e in found] == ["Globex onsite loop"]


def test_google_export_with_x_wr_timezone() -> None:
    (event,) = events("google-export.ics")
    assert event.start == datetime(2026, 3, 18, 10, tzinfo=CHICAGO)
    assert event.conference == "https://meet.google.com/abc-defg-hij"


def test_absurd_recurrence_rules_are_bounded() -> None:
    began = time.monotonic()
    found = events("absurd.ics")
    elapsed = time.monotonic() - began
    by_uid: dict[str, int] = {}
    for e in found:
        by_uid[e.uid] = by_uid.get(e.uid, 0) + 1
    assert elapsed < 5
    assert "every-second@evil.example" not in by_uid  # reduced to its 1970 instance
    assert "every-minute-of-every-hour@evil.example" not in by_uid  # Jan 1 only: outside
    assert by_uid["daily-since-1970@evil.example"] == 31
    assert by_uid["real-interview@acme.example"] == 1  # the hostile rules hide nothing


def test_year_9999_is_read_without_overflow_or_walking_eight_millennia() -> None:
    began = time.monotonic()
    far = events(
        "absurd.ics", datetime(9999, 12, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)
    )
    assert time.monotonic() - began < 5
    uids = [e.uid for e in far]
    assert uids.count("year-9999@evil.example") == 1
    assert uids.count("daily-since-1970@evil.example") == 31


def test_a_moved_old_series_keeps_local_time_across_dst(tmp_path: Path) -> None:
    (tmp_path / "old.ics").write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:old\r\n"
        "DTSTAMP:20000101T000000Z\r\nSUMMARY:Old weekly\r\n"
        "DTSTART;TZID=America/Chicago:20000103T090000\r\n"
        "DTEND;TZID=America/Chicago:20000103T100000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\n"
        "EXDATE;TZID=America/Chicago:20260304T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    found = IcsCalendar("ics", CHICAGO, path=tmp_path / "old.ics").events(START, END)
    local = [e.start.astimezone(CHICAGO).strftime("%a %d %H:%M") for e in found]
    assert local[:4] == ["Mon 02 09:00", "Mon 09 09:00", "Wed 11 09:00", "Mon 16 09:00"]
    assert len(local) == 8 and all(e.end - e.start == timedelta(hours=1) for e in found)


def test_missing_file_and_garbage_are_permanent_source_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist") as caught:
        IcsCalendar("ics", CHICAGO, path=tmp_path / "nope.ics").events(START, END)
    assert not caught.value.transient
    (tmp_path / "junk.ics").write_bytes(b"\x00\x01 this is not a calendar")
    with pytest.raises(SourceError, match="not an iCalendar file"):
        IcsCalendar("ics", CHICAGO, path=tmp_path / "junk.ics").events(START, END)


# --- feeds over HTTP -----------------------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/secret-token/basic.ics":
            body = (DATA / "outlook-invite.ics").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/slow.ics":
            time.sleep(2)
            self.send_response(200)
            self.end_headers()
        else:
            self.send_response(404 if self.path != "/busy.ics" else 503)
            self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture(scope="module")
def feed() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_feed_over_http_on_loopback(feed: str) -> None:
    cal = IcsCalendar("feed", CHICAGO, url=f"{feed}/secret-token/basic.ics")
    assert [e.summary for e in cal.events(START, END)] == [
        "Northwind Traders - Technical Interview (Data Engineer)"
    ]


def test_feed_errors_hide_the_secret_path(feed: str) -> None:
    with pytest.raises(SourceError) as caught:
        IcsCalendar("feed", CHICAGO, url=f"{feed}/secret-token/gone.ics").events(START, END)
    assert "HTTP 404" in str(caught.value) and "secret-token" not in str(caught.value)
    assert not caught.value.transient
    with pytest.raises(SourceError) as busy:
        IcsCalendar("feed", CHICAGO, url=f"{feed}/busy.ics").events(START, END)
    assert busy.value.transient


def test_a_silent_feed_times_out(feed: str) -> None:
    cal = IcsCalendar("feed", CHICAGO, url=f"{feed}/slow.ics", timeout=0.3)
    with pytest.raises(SourceError) as caught:
        cal.events(START, END)
    assert caught.value.transient


def test_plain_http_to_another_host_is_refused_and_webcal_means_https() -> None:
    with pytest.raises(ValueError, match="must be https"):
        IcsCalendar("feed", CHICAGO, url="http://calendar.example.com/x.ics")
    IcsCalendar("feed", CHICAGO, url="webcal://calendar.example.com/x.ics")  # accepted


def test_a_flood_of_rdates_is_reduced_to_the_first_instance(tmp_path: Path) -> None:
    base = datetime(2026, 3, 1, tzinfo=UTC)
    dates = ",".join((base + timedelta(minutes=m)).strftime("%Y%m%dT%H%M%SZ") for m in range(20000))
    (tmp_path / "flood.ics").write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:flood\r\n"
        "DTSTAMP:20260101T000000Z\r\nSUMMARY:Flood\r\nDTSTART:20260301T000000Z\r\n"
        f"DTEND:20260301T000100Z\r\nRDATE:{dates}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    began = time.monotonic()
    found = IcsCalendar("ics", CHICAGO, path=tmp_path / "flood.ics").events(START, END)
    assert time.monotonic() - began < 5
    assert len(found) == 1


def test_an_all_day_daily_series_since_1970_is_quick(tmp_path: Path) -> None:
    (tmp_path / "days.ics").write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:days\r\n"
        "DTSTAMP:20000101T000000Z\r\nSUMMARY:Every day\r\nDTSTART;VALUE=DATE:19700101\r\n"
        "DTEND;VALUE=DATE:19700102\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    began = time.monotonic()
    found = IcsCalendar("ics", CHICAGO, path=tmp_path / "days.ics").events(START, END)
    assert time.monotonic() - began < 1
    days = sorted({e.start.date() for e in found})
    assert days[0].isoformat() == "2026-02-28" and days[-1].isoformat() == "2026-03-31"
    assert all(e.all_day and e.end - e.start == timedelta(days=1) for e in found)
