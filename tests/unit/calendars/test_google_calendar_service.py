"""Issue 6's "done when" for Google Calendar: an interview known only from the calendar
leads, after it ends, to a thank-you draft for each attendee who came (one cycle of the
service with a Maildir mailbox and the calendar API answered offline)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fakegoogle import Script, Sleeps, ok, service
from followup.calendars.google import GoogleCalendar
from followup.config import load_config
from followup.mail.maildir import MaildirMailbox
from followup.record import Record
from followup.service import run_cycle
from test_google_calendar import INTERVIEW

ENDED = datetime.fromisoformat("2026-03-10T18:00:00-05:00")


def test_a_google_calendar_interview_gets_thank_yous_once(tmp_path: Path) -> None:
    mail = tmp_path / "Mail"
    for folder in ("", ".Drafts", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (mail / folder / sub).mkdir(parents=True)
    config_file = tmp_path / "config.yaml"
    config_file.write_text(
        "me: {name: Jordan Avery, email: jordan.avery@example.net, timezone: America/Chicago}\n"
        f"mailboxes: [{{type: maildir, name: home, path: {mail}}}]\n"
        f"state_dir: {tmp_path / 'state'}\n"
    )
    config = load_config(config_file)
    script = Script(
        [
            ok({"items": [INTERVIEW], "nextSyncToken": "s1", "timeZone": "America/Chicago"}),
            ok({"items": [], "nextSyncToken": "s2"}),
        ]
    )
    for _ in range(2):
        calendar = GoogleCalendar(
            "google",
            service("calendar", "v3", script),
            state_file=tmp_path / "gcal.json",
            sleep=Sleeps(),
        )
        with Record.open(config.database) as record:
            summary = run_cycle(
                config,
                record,
                ENDED,
                mailboxes=[MaildirMailbox("home", mail)],
                calendars=[calendar],
            )
        assert not summary.failed

    drafts = [p.read_bytes() for p in (mail / ".Drafts" / "cur").iterdir()]
    assert len(drafts) == 1  # Jane; Raj declined; the room and the recruiting team are not thanked
    assert b"To: Jane Doe <jane.doe@acme.com>" in drafts[0]
    assert b"X-Followup-Rule: thank-you" in drafts[0]
    assert script.left == 0  # the second cycle was an incremental sync
