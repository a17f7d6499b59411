"""A calendar that drops or cancels an event after the interview took place (ICS feeds and
people tidy up past events) must not cancel the interview: its thank-yous are still drafted.
The same deletion before the interview starts does cancel it. Each through the service's
cycle at two moments, with an ICS file and with Google Calendar answered offline."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fakegoogle import Script, Sleeps, ok, service
from followup.calendars import Calendar
from followup.calendars.google import GoogleCalendar
from followup.calendars.ics import IcsCalendar
from followup.config import Config, load_config
from followup.mail.maildir import MaildirMailbox
from followup.record import Record
from followup.service import run_cycle
from test_google_calendar import INTERVIEW

CHICAGO = ZoneInfo("America/Chicago")
START = datetime.fromisoformat("2026-03-10T10:00:00-05:00")  # INTERVIEW's start, one hour
BEFORE = START - timedelta(days=1)
DURING = START + timedelta(minutes=30)  # started: the interview is taking place
AFTER = START + timedelta(hours=3)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    mail = tmp_path / "Mail"
    for folder in ("", ".Drafts", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (mail / folder / sub).mkdir(parents=True)
    (tmp_path / "config.yaml").write_text(
        "me: {name: Jordan Avery, email: jordan.avery@example.net, timezone: America/Chicago}\n"
        f"mailboxes: [{{type: maildir, name: home, path: {mail}}}]\n"
        f"state_dir: {tmp_path / 'state'}\n"
    )
    return load_config(tmp_path / "config.yaml")


def cycle(config: Config, calendar: Calendar, now: datetime) -> None:
    with Record.open(config.database) as record:
        summary = run_cycle(
            config,
            record,
            now,
            mailboxes=[MaildirMailbox("home", config.state_dir.parent / "Mail")],
            calendars=[calendar],
        )
    assert not summary.failed


def cancelled(config: Config) -> list[bool]:
    with Record.open(config.database) as record:
        rows = record.conn.execute("SELECT cancelled FROM interviews").fetchall()
    return [bool(r[0]) for r in rows]


def thank_yous(config: Config) -> list[bytes]:
    drafts = config.state_dir.parent / "Mail" / ".Drafts" / "cur"
    return [p.read_bytes() for p in drafts.iterdir() if b"thank-you" in p.read_bytes()]


# --- ICS: the event simply disappears from the file -----------------------------------------

VEVENT = """BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260301T000000Z
SUMMARY:{summary}
DTSTART;TZID=America/Chicago:{start}
DTEND;TZID=America/Chicago:{end}
ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.com
ATTENDEE;CN=Jane Doe:mailto:jane.doe@acme.com
ATTENDEE;CN=Jordan Avery:mailto:jordan.avery@example.net
END:VEVENT"""
ACME = VEVENT.format(
    uid="acme-1", summary="Acme <> Jordan: onsite", start="20260310T100000", end="20260310T110000"
)
LUNCH = """BEGIN:VEVENT
UID:lunch
DTSTAMP:20260301T000000Z
SUMMARY:Lunch with Sam
DTSTART;TZID=America/Chicago:20260320T120000
DTEND;TZID=America/Chicago:20260320T130000
END:VEVENT"""


def write_ics(path: Path, *events: str) -> None:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", *events, "END:VCALENDAR", ""]
    path.write_text("\r\n".join("\r\n".join(lines).splitlines()) + "\r\n")


def ics(config: Config) -> IcsCalendar:
    """A fresh adapter each cycle (as after a restart); what it saw is in the state dir."""
    path = config.state_dir.parent / "cal.ics"
    return IcsCalendar("ics", CHICAGO, path=path, seen=config.state_dir / "ics-seen.json")


@pytest.mark.parametrize(
    ("removed_at", "thanked"), [(AFTER, True), (DURING, True), (BEFORE, False)]
)
def test_an_ics_event_removed_once_it_started_does_not_cancel_the_interview(
    config: Config, removed_at: datetime, thanked: bool
) -> None:
    path = config.state_dir.parent / "cal.ics"
    write_ics(path, ACME, LUNCH)
    cycle(config, ics(config), BEFORE - timedelta(hours=1))
    assert cancelled(config) == [False]
    write_ics(path, LUNCH)  # the feed dropped the interview
    cycle(config, ics(config), removed_at)
    cycle(config, ics(config), AFTER)
    assert cancelled(config) == [not thanked]
    drafts = thank_yous(config)
    assert len(drafts) == thanked
    assert all(b"To: Jane Doe <jane.doe@acme.com>" in d for d in drafts)


# --- Google: the incremental sync reports the event cancelled -------------------------------


@pytest.mark.parametrize(("cancelled_at", "thanked"), [(AFTER, True), (BEFORE, False)])
def test_a_google_event_cancelled_after_the_interview_does_not_cancel_it(
    config: Config, cancelled_at: datetime, thanked: bool
) -> None:
    script = Script(
        [
            ok({"items": [INTERVIEW], "nextSyncToken": "s1", "timeZone": "America/Chicago"}),
            ok({"items": [{"id": "acme1", "status": "cancelled"}], "nextSyncToken": "s2"}),
            ok({"items": [], "nextSyncToken": "s3"}),
        ]
    )

    def google() -> GoogleCalendar:
        state = config.state_dir / "gcal.json"
        return GoogleCalendar(
            "google", service("calendar", "v3", script), state_file=state, sleep=Sleeps()
        )

    cycle(config, google(), BEFORE - timedelta(hours=1))
    assert cancelled(config) == [False]
    cycle(config, google(), cancelled_at)
    cycle(config, google(), AFTER)
    assert script.left == 0
    assert cancelled(config) == [not thanked]
    drafts = thank_yous(config)
    assert len(drafts) == thanked
    assert all(b"To: Jane Doe <jane.doe@acme.com>" in d for d in drafts)
