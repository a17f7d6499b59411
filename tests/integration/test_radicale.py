"""CalDAV against a real Radicale server started here: a free loopback port, a temporary
storage folder, htpasswd (plain) authentication. Events are put with the caldav library and
read back through the adapter."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from followup.calendars.caldav import CaldavCalendar
from followup.calendars.recognise import event_facts
from followup.errors import SourceError
from followup.model import Kind, Me, Person

pytestmark = pytest.mark.integration
pytest.importorskip("radicale", reason="Radicale is not installed (pip install radicale)")
caldav = pytest.importorskip("caldav")

CHICAGO = ZoneInfo("America/Chicago")
WINDOW = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
ME = Me(name="Jordan Avery", email="jordan.avery@example.net", timezone="America/Chicago")


@dataclass
class Radicale:
    url: str
    process: subprocess.Popen[bytes]
    user: str = "jordan"
    password: str = "s3cret-dav"

    def client(self) -> object:
        return caldav.DAVClient(
            url=self.url, username=self.user, password=self.password, require_tls=False
        )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_radicale(folder: Path) -> Radicale:
    (folder / "users").write_text("jordan:s3cret-dav\n")
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--storage-filesystem-folder",
            str(folder / "storage"),
            "--auth-type",
            "htpasswd",
            "--auth-htpasswd-filename",
            str(folder / "users"),
            "--auth-htpasswd-encryption",
            "plain",
            "--logging-level",
            "error",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return Radicale(f"http://127.0.0.1:{port}/", process)
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("Radicale did not start")


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    server = start_radicale(tmp_path)
    yield server
    server.process.terminate()
    server.process.wait(timeout=10)
    shutil.rmtree(tmp_path / "storage", ignore_errors=True)


@pytest.fixture
def work(radicale: Radicale) -> object:
    return radicale.client().principal().make_calendar(name="Work", cal_id="work")  # type: ignore[attr-defined]


def vevent(uid: str, summary: str, start: str, end: str, *extra: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260301T000000Z",
        f"SUMMARY:{summary}",
        f"DTSTART;TZID=America/Chicago:{start}",
        f"DTEND;TZID=America/Chicago:{end}",
        *extra,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


INTERVIEW = vevent(
    "acme-onsite-1",
    "Acme - Onsite interview",
    "20260310T100000",
    "20260310T120000",
    "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.com",
    "ATTENDEE;CN=Jordan Avery;PARTSTAT=ACCEPTED:mailto:jordan.avery@example.net",
    "ATTENDEE;CN=Jane Doe;PARTSTAT=ACCEPTED:mailto:jane.doe@acme.com",
    "ATTENDEE;CN=Omar Haddad;PARTSTAT=ACCEPTED:mailto:omar.haddad@acme.com",
    "ATTENDEE;CUTYPE=ROOM;CN=Board room:mailto:board@acme.com",
)


def adapter(radicale: Radicale, url: str | None = None, **kw: object) -> CaldavCalendar:
    options = {"username": radicale.user, "password": radicale.password, **kw}
    return CaldavCalendar("dav", CHICAGO, url or radicale.url + "jordan/work/", **options)  # type: ignore[arg-type]


def test_an_interview_put_by_caldav_is_read_and_recognised(
    radicale: Radicale, work: object
) -> None:
    work.save_event(INTERVIEW)  # type: ignore[attr-defined]
    (event,) = adapter(radicale).events(*WINDOW)
    assert event.start == datetime(2026, 3, 10, 10, tzinfo=CHICAGO)
    assert event.resources == (Person("Board room", "board@acme.com"),)
    facts = event_facts(event, ME, set(), set())
    assert facts is not None and facts.kind is Kind.INVITATION
    assert facts.company == "Acme" and facts.ical_uid == "acme-onsite-1"
    assert [p.name for p in facts.interviewers] == ["Jane Doe", "Omar Haddad"]


def test_a_moved_event_keeps_its_uid_and_a_cancelled_one_says_so(
    radicale: Radicale, work: object
) -> None:
    work.save_event(INTERVIEW)  # type: ignore[attr-defined]
    cal = adapter(radicale)
    before = cal.events(*WINDOW)[0]
    moved = INTERVIEW.replace("20260310T1", "20260312T1").replace(
        "BEGIN:VEVENT", "BEGIN:VEVENT\r\nSEQUENCE:1"
    )
    work.save_event(moved)  # type: ignore[attr-defined]
    after = cal.events(*WINDOW)[0]
    assert after.uid == before.uid and after.start - before.start == timedelta(days=2)
    assert (after.sequence or 0) > (before.sequence or 0)
    work.save_event(moved.replace("SEQUENCE:1", "SEQUENCE:2\r\nSTATUS:CANCELLED"))  # type: ignore[attr-defined]
    (gone,) = cal.events(*WINDOW)
    facts = event_facts(gone, ME, set(), set())
    assert gone.cancelled and facts is not None and facts.kind is Kind.CANCELLATION


def test_an_event_deleted_on_the_server_comes_back_once_as_cancelled(
    radicale: Radicale, work: object, tmp_path: Path
) -> None:
    """A deletion leaves no trace in a CalDAV search: the adapter remembers what it saw (in
    the state dir, so a new adapter after a restart knows too) and asks the server by UID
    before calling an event gone; one merely moved out of the window is not."""
    seen = tmp_path / "state" / "caldav-dav-seen.json"
    work.save_event(INTERVIEW)  # type: ignore[attr-defined]
    work.save_event(vevent("later", "Globex screen", "20260320T100000", "20260320T110000"))  # type: ignore[attr-defined]
    assert {e.uid for e in adapter(radicale, seen=seen).events(*WINDOW)} == {
        "acme-onsite-1",
        "later",
    }
    work.event_by_uid("acme-onsite-1").delete()  # type: ignore[attr-defined]  # not mail: the test's calendar
    moved = vevent("later", "Globex screen", "20260720T100000", "20260720T110000")
    work.save_event(moved)  # type: ignore[attr-defined]
    (gone,) = adapter(radicale, seen=seen).events(*WINDOW)
    assert gone.uid == "acme-onsite-1" and gone.cancelled
    facts = event_facts(gone, ME, set(), set())
    assert facts is not None and facts.kind is Kind.CANCELLATION
    assert facts.ical_uid == "acme-onsite-1" and facts.start == datetime(
        2026, 3, 10, 10, tzinfo=CHICAGO
    )


def test_recurring_series_are_expanded_locally(radicale: Radicale, work: object) -> None:
    work.save_event(
        vevent(
            "weekly",
            "Weekly sync",
            "20260202T090000",
            "20260202T093000",  # type: ignore[attr-defined]
            "RRULE:FREQ=WEEKLY;BYDAY=MO",
            "EXDATE;TZID=America/Chicago:20260309T090000",
        )
    )
    # (Radicale itself expands rules to filter by time: FREQ=SECONDLY would take it minutes.)
    work.save_event(
        vevent(
            "hourly",
            "Hostile",
            "20260301T000000",
            "20260301T000001",  # type: ignore[attr-defined]
            "RRULE:FREQ=HOURLY",
        )
    )
    found = adapter(radicale).events(*WINDOW)
    mondays = [e.start.day for e in found if e.uid == "weekly"]
    assert mondays == [2, 16, 23, 30]
    assert [e.uid for e in found].count("hourly") == 1  # sub-daily: its first instance only


def test_the_account_url_reads_every_calendar_or_the_named_one(
    radicale: Radicale, work: object
) -> None:
    personal = radicale.client().principal().make_calendar(name="Personal", cal_id="personal")  # type: ignore[attr-defined]
    work.save_event(INTERVIEW)  # type: ignore[attr-defined]
    personal.save_event(vevent("p1", "Dentist", "20260311T080000", "20260311T090000"))
    account = radicale.url + "jordan/"
    assert {e.uid for e in adapter(radicale, account).events(*WINDOW)} == {"acme-onsite-1", "p1"}
    named = adapter(radicale, account, calendar="Personal").events(*WINDOW)
    assert [e.uid for e in named] == ["p1"]
    with pytest.raises(SourceError, match="no calendar named 'Jobs'"):
        adapter(radicale, account, calendar="Jobs").events(*WINDOW)


def test_a_wrong_password_is_a_permanent_error(radicale: Radicale, work: object) -> None:
    with pytest.raises(SourceError, match="refused the username or password") as caught:
        adapter(radicale, password="wrong").events(*WINDOW)
    assert not caught.value.transient


def test_a_server_that_went_away_is_a_transient_error(radicale: Radicale, work: object) -> None:
    cal = adapter(radicale)
    cal.events(*WINDOW)
    radicale.process.terminate()
    radicale.process.wait(timeout=10)
    with pytest.raises(SourceError) as caught:
        cal.events(*WINDOW)
    assert caught.value.transient and "s3cret" not in str(caught.value)
