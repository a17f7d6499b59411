"""Issue 6's "done when", through `followup run --once --now` on a Maildir config:

- an interview known only from a calendar (an ICS file; a real Radicale over CalDAV) leads,
  after it ends, to one thank-you draft per attendee, and to none before;
- the same interview in mail (an emailed invitation with its ICS UID) and in the calendar is
  one interview with one set of drafts;
- a moved event moves the interview (drafts after the new end); a cancelled one cancels it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from test_radicale import Radicale, start_radicale, vevent

pytestmark = pytest.mark.integration

ME = "jordan.avery@example.net"
ENDED = "2026-03-10T18:00:00-05:00"  # the interviews below end at 12:00 Chicago time
DURING = "2026-03-10T10:30:00-05:00"
EARLY = "2026-03-10T08:00:00-05:00"  # the day of the interviews, before any has started
PEOPLE = (
    "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.com",
    f"ATTENDEE;CN=Jordan Avery;PARTSTAT=ACCEPTED:mailto:{ME}",
    "ATTENDEE;CN=Jane Doe;PARTSTAT=ACCEPTED:mailto:jane.doe@acme.com",
    "ATTENDEE;CN=Omar Haddad;PARTSTAT=ACCEPTED:mailto:omar.haddad@acme.com",
    "ATTENDEE;CUTYPE=ROOM;CN=Board room:mailto:board@acme.com",
)
ONSITE = vevent(
    "acme-onsite-1", "Acme - Onsite interview", "20260310T100000", "20260310T120000", *PEOPLE
)


def maildir(home: Path) -> Path:
    root = home / "Mail"
    for folder in ("", ".Drafts", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True, exist_ok=True)
    return root


def write_config(home: Path, calendars: str) -> Path:
    config = home / "config.yaml"
    config.write_text(f"""\
me:
  name: Jordan Avery
  email: {ME}
  timezone: America/Chicago
  country: US
mailboxes:
  - type: maildir
    name: home
    path: {maildir(home)}
calendars:
{calendars}state_dir: {home / "state"}
""")
    return config


def ics_entry(path: Path) -> str:
    return f"  - type: ics\n    name: file\n    path: {path}\n"


def caldav_entry(home: Path, server: Radicale) -> str:
    secret = home / "dav-password"
    secret.write_text(server.password + "\n")
    secret.chmod(0o600)
    return (
        f"  - type: caldav\n    name: dav\n    url: {server.url}{server.user}/work/\n"
        f"    username: {server.user}\n    password_file: {secret}\n"
    )


def followup(config: Path, now: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(config.parent), "HOME": str(config.parent)}
    return subprocess.run(
        [sys.executable, "-m", "followup", *args, "--config", str(config), "--now", now],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )


def run_once(config: Path, now: str = ENDED) -> str:
    result = followup(config, now, "run", "--once")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def status(config: Path, now: str = ENDED) -> dict[str, object]:
    result = followup(config, now, "status", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def thank_yous(home: Path) -> list[str]:
    """`To:` of each thank-you draft in the Maildir's Drafts folder."""
    found = []
    for path in sorted((home / "Mail" / ".Drafts" / "cur").iterdir()):
        head = path.read_bytes().split(b"\n\n", 1)[0].decode()
        if "X-Followup-Rule: thank-you" in head:
            found.append(next(h[4:].strip() for h in head.splitlines() if h.startswith("To: ")))
    return sorted(found)


def interviews(config: Path) -> list[dict[str, object]]:
    apps = status(config)["applications"]
    return [i for a in apps for i in a["interviews"]]  # type: ignore[attr-defined,index]


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    server = start_radicale(tmp_path)
    yield server
    server.process.terminate()
    server.process.wait(timeout=10)


def work_calendar(server: Radicale) -> object:
    principal = server.client().principal()  # type: ignore[attr-defined]
    return principal.make_calendar(name="Work", cal_id="work")


def test_an_interview_only_in_an_ics_file_gets_thank_yous_after_it_ends(tmp_path: Path) -> None:
    (tmp_path / "cal.ics").write_text(ONSITE)
    config = write_config(tmp_path, ics_entry(tmp_path / "cal.ics"))

    run_once(config, DURING)
    assert thank_yous(tmp_path) == []  # not before it ends
    run_once(config)
    expected = ["Jane Doe <jane.doe@acme.com>", "Omar Haddad <omar.haddad@acme.com>"]
    assert thank_yous(tmp_path) == expected
    run_once(config)
    assert thank_yous(tmp_path) == expected  # a second run adds nothing
    assert len(interviews(config)) == 1


def test_an_interview_only_in_caldav_gets_thank_yous(tmp_path: Path, radicale: Radicale) -> None:
    work_calendar(radicale).save_event(ONSITE)  # type: ignore[attr-defined]
    config = write_config(tmp_path, caldav_entry(tmp_path, radicale))
    output = run_once(config)
    assert thank_yous(tmp_path) == [
        "Jane Doe <jane.doe@acme.com>",
        "Omar Haddad <omar.haddad@acme.com>",
    ]
    assert radicale.password not in output


def invitation_email(ics: str) -> bytes:
    """The same interview as it arrived by mail, with the event as a text/calendar part."""
    msg = EmailMessage()
    msg["From"] = "Rita Recruiter <rita@acme.com>"
    msg["To"] = f"Jordan Avery <{ME}>"
    msg["Subject"] = "Invitation: Acme - Onsite interview @ Tue Mar 10, 10am - 12pm"
    msg["Date"] = "Mon, 02 Mar 2026 09:00:00 -0600"
    msg["Message-ID"] = "<invite-acme-onsite-1@acme.com>"
    msg.set_content(
        "Hi Jordan,\n\nYou are invited to an onsite interview at Acme with Jane Doe and "
        "Omar Haddad on Tuesday March 10 from 10am to 12pm.\n\nRita\n"
    )
    msg.add_alternative(
        ics.replace("VERSION:2.0", "VERSION:2.0\r\nMETHOD:REQUEST", 1),
        subtype="calendar",
        params={"method": "REQUEST"},
    )
    return bytes(msg)


def test_the_same_interview_in_mail_and_calendar_is_one_interview(
    tmp_path: Path, radicale: Radicale
) -> None:
    calendar = work_calendar(radicale)
    config = write_config(tmp_path, caldav_entry(tmp_path, radicale))
    (tmp_path / "Mail" / "cur" / "1.invite:2,S").write_bytes(invitation_email(ONSITE))
    run_once(config, "2026-03-03T09:00:00-06:00")
    assert len(interviews(config)) == 1  # known from the mail alone

    calendar.save_event(ONSITE)  # type: ignore[attr-defined]
    run_once(config)
    run_once(config)

    assert len(status(config)["applications"]) == 1  # type: ignore[arg-type]
    assert len(interviews(config)) == 1
    assert thank_yous(tmp_path) == [
        "Jane Doe <jane.doe@acme.com>",
        "Omar Haddad <omar.haddad@acme.com>",
    ]


def test_a_moved_event_moves_the_interview_and_a_cancelled_one_cancels(tmp_path: Path) -> None:
    ics = tmp_path / "cal.ics"
    ics.write_text(ONSITE)
    config = write_config(tmp_path, ics_entry(ics))
    run_once(config, "2026-03-09T09:00:00-05:00")  # seen the day before

    ics.write_text(ONSITE.replace("20260310T1", "20260311T1"))  # moved to the next day
    run_once(config)  # Mar 10 18:00: the old end has passed, the new one has not
    assert thank_yous(tmp_path) == []
    (interview,) = interviews(config)
    assert str(interview["start"]).startswith("2026-03-11T15:00")

    other = vevent(
        "globex-1",
        "Globex phone screen",
        "20260310T130000",
        "20260310T133000",
        "ATTENDEE;CN=Ana Lima:mailto:ana.lima@globex.example",
        f"ATTENDEE;CN=Jordan Avery:mailto:{ME}",
    )
    ics.write_text(other)
    run_once(config, "2026-03-10T07:00:00-05:00")
    ics.write_text(other.replace("BEGIN:VEVENT", "BEGIN:VEVENT\r\nSTATUS:CANCELLED\r\nSEQUENCE:1"))
    run_once(config, EARLY)  # cancelled before it started (noticed after: see test_past_events)
    run_once(config)
    assert not any("globex" in to for to in thank_yous(tmp_path))


def test_an_event_deleted_from_the_calendar_cancels_its_interview(
    tmp_path: Path, radicale: Radicale
) -> None:
    """Issue 6: gone on the next poll (CalDAV and an ICS file alike) means cancelled: no
    thank-you drafts after the time it would have ended."""
    calendar = work_calendar(radicale)
    calendar.save_event(ONSITE)  # type: ignore[attr-defined]
    ics = tmp_path / "cal.ics"
    other = vevent(
        "globex-1",
        "Globex phone screen",
        "20260310T130000",
        "20260310T133000",
        "ATTENDEE;CN=Ana Lima:mailto:ana.lima@globex.example",
        f"ATTENDEE;CN=Jordan Avery:mailto:{ME}",
    )
    ics.write_text(other)
    config = write_config(tmp_path, caldav_entry(tmp_path, radicale) + ics_entry(ics))
    run_once(config, "2026-03-09T09:00:00-05:00")  # both seen the day before
    assert len(interviews(config)) == 2

    calendar.event_by_uid("acme-onsite-1").delete()  # type: ignore[attr-defined]  # not mail
    ics.write_text(vevent("unrelated", "Dentist", "20260320T080000", "20260320T090000"))
    run_once(config, EARLY)  # gone before they started (once started, gone cancels nothing)
    assert interviews(config) == []
    run_once(config)  # after both would have ended
    assert thank_yous(tmp_path) == []
