"""A Google Calendar cancellation is dated by the event's `updated` time (when the
organizer cancelled it), falling back to when followup saw it: the record says when the
interview was cancelled, and one cancelled before it began still counts when the machine
was off until after its start. Two cycles of the real service, the API answered offline."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fakegoogle import Script, Sleeps, ok, service
from followup.calendars.google import GoogleCalendar
from followup.config import load_config
from followup.mail.maildir import MaildirMailbox
from followup.record import Record
from followup.service import run_cycle
from test_google_calendar import INTERVIEW  # 2026-03-10 10:00-11:00 Chicago (15:00Z)

SEEN = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # the first cycle: the interview is scheduled
CANCELLED = "2026-03-04T20:15:00.000Z"  # when the organizer cancelled it (Google's `updated`)
AFTER = datetime(2026, 3, 10, 16, 30, tzinfo=UTC)  # the interview's start has passed


def _interview_after(tmp_path: Path, change: dict[str, Any], now: datetime) -> Any:
    """The record's interview after a first cycle that sees it and a second at `now`
    whose incremental sync brings `change`."""
    mail = tmp_path / "Mail"
    for folder in ("", ".Drafts", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (mail / folder / sub).mkdir(parents=True, exist_ok=True)
    settings = tmp_path / "config.yaml"
    settings.write_text(
        "me: {name: Jordan Avery, email: jordan.avery@example.net, timezone: America/Chicago}\n"
        f"mailboxes: [{{type: maildir, name: home, path: {mail}}}]\n"
        f"state_dir: {tmp_path / 'state'}\n"
    )
    config = load_config(settings)
    first = {**INTERVIEW, "updated": "2026-02-27T09:00:00.000Z"}
    script = Script(
        [
            ok({"items": [first], "nextSyncToken": "s1", "timeZone": "America/Chicago"}),
            ok({"items": [change], "nextSyncToken": "s2"}),
        ]
    )
    for at in (SEEN, now):
        calendar = GoogleCalendar(
            "google",
            service("calendar", "v3", script),
            state_file=tmp_path / "g.json",
            sleep=Sleeps(),
        )
        with Record.open(config.database) as record:
            summary = run_cycle(
                config, record, at, mailboxes=[MaildirMailbox("home", mail)], calendars=[calendar]
            )
            assert not summary.failed
            (app,) = record.snapshot(config.me.to_model(), ()).applications
    assert script.left == 0
    (interview,) = app.interviews
    return interview


def test_a_cancellation_is_dated_by_the_events_updated_time(tmp_path: Path) -> None:
    change = {**INTERVIEW, "status": "cancelled", "updated": CANCELLED}
    interview = _interview_after(tmp_path, change, datetime(2026, 3, 6, 12, 0, tzinfo=UTC))
    assert interview.cancelled
    assert interview.cancelled_at == datetime(2026, 3, 4, 20, 15, tzinfo=UTC)


def test_a_bare_deletion_is_dated_when_seen_not_by_the_events_last_edit(tmp_path: Path) -> None:
    noticed = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)
    interview = _interview_after(tmp_path, {"id": "acme1", "status": "cancelled"}, noticed)
    assert interview.cancelled and interview.cancelled_at == noticed


def test_cancelled_before_it_began_but_seen_after_still_cancels(tmp_path: Path) -> None:
    """The laptop was shut from before the cancellation until after the interview's start:
    no thank-you for an interview that never took place."""
    change = {**INTERVIEW, "status": "cancelled", "updated": CANCELLED}
    interview = _interview_after(tmp_path, change, AFTER)
    assert interview.cancelled
    assert interview.cancelled_at == datetime(2026, 3, 4, 20, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    "change",
    [
        {"id": "acme1", "status": "cancelled"},  # tidied away after it took place
        {**INTERVIEW, "status": "cancelled", "updated": "2026-03-10T16:00:00.000Z"},
    ],
    ids=["bare deletion", "cancelled after its start"],
)
def test_a_cancellation_made_after_the_interview_began_changes_nothing(
    tmp_path: Path, change: dict[str, Any]
) -> None:
    interview = _interview_after(tmp_path, change, AFTER)
    assert not interview.cancelled and interview.cancelled_at is None


def test_a_calendar_clock_ahead_of_ours_is_not_believed(tmp_path: Path) -> None:
    noticed = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)
    change = {**INTERVIEW, "status": "cancelled", "updated": "2026-03-09T00:00:00.000Z"}
    interview = _interview_after(tmp_path, change, noticed)
    assert interview.cancelled and interview.cancelled_at == noticed
