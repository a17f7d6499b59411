"""Google Calendar v3 offline: static discovery + a scripted HTTP peer."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fakegoogle import Ceiling, Script, Sleeps, credentials, error, ok, refreshed, service
from followup.auth import TokenKeeper, save_credentials
from followup.calendars.google import GoogleCalendar
from followup.errors import SourceError
from followup.model import Person

START = datetime(2026, 3, 1, tzinfo=UTC)
END = datetime(2026, 4, 1, tzinfo=UTC)


def item(event_id: str, start: str, **extra: object) -> dict[str, object]:
    end = (datetime.fromisoformat(start) + timedelta(hours=1)).isoformat()
    return {
        "id": event_id,
        "iCalUID": f"{event_id}@google.com",
        "status": "confirmed",
        "summary": f"Interview {event_id}",
        "start": {"dateTime": start, "timeZone": "America/Chicago"},
        "end": {"dateTime": end},
        **extra,
    }


INTERVIEW = item(
    "acme1",
    "2026-03-10T10:00:00-05:00",
    summary="Acme <> Jordan: onsite",
    description="Meet the platform team.",
    organizer={"email": "recruiting@acme.com", "displayName": "Acme Recruiting"},
    attendees=[
        {"email": "jordan.avery@example.net", "self": True, "responseStatus": "accepted"},
        {"email": "jane.doe@acme.com", "displayName": "Jane Doe", "responseStatus": "accepted"},
        {"email": "raj@acme.com", "displayName": "Raj Patel", "responseStatus": "declined"},
        {"email": "c_123@resource.calendar.google.com", "displayName": "Room 4", "resource": True},
    ],
    conferenceData={
        "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/x"}]
    },
    sequence=2,
)


def params(script: Script, index: int) -> dict[str, list[str]]:
    return parse_qs(urlsplit(script.request_sequence[index][0]).query)


def calendar(script: Script, tmp_path: Path, sleeps: Sleeps | None = None) -> GoogleCalendar:
    return GoogleCalendar(
        "gcal",
        service("calendar", "v3", script),
        state_file=tmp_path / "s.json",
        sleep=sleeps if sleeps is not None else Sleeps(),
        rng=Ceiling(),
    )


def test_full_sync_pages_and_reads_people_rooms_and_conference(tmp_path: Path) -> None:
    script = Script(
        [
            ok({"items": [INTERVIEW], "nextPageToken": "p2", "timeZone": "America/Chicago"}),
            ok({"items": [item("lunch", "2026-03-12T12:00:00-05:00")], "nextSyncToken": "sync1"}),
        ]
    )
    events = calendar(script, tmp_path).events(START, END)

    assert [e.uid for e in events] == ["acme1@google.com", "lunch@google.com"]
    acme = events[0]
    assert acme.start == datetime(2026, 3, 10, 15, tzinfo=UTC)
    assert acme.attendees == (
        Person(None, "jordan.avery@example.net"),
        Person("Jane Doe", "jane.doe@acme.com"),
    )  # Raj declined
    assert acme.resources == (Person("Room 4", "c_123@resource.calendar.google.com"),)
    assert acme.conference == "https://meet.google.com/x"
    assert acme.sequence == 2 and acme.description == "Meet the platform team."
    assert params(script, 1)["pageToken"] == ["p2"]
    assert params(script, 0)["singleEvents"] == ["true"]
    state = json.loads((tmp_path / "s.json").read_text())
    assert state["sync_token"] == "sync1"
    assert stat.S_IMODE((tmp_path / "s.json").stat().st_mode) == 0o600


def test_incremental_sync_moves_and_cancels_from_a_saved_token(tmp_path: Path) -> None:
    first = Script(
        [ok({"items": [INTERVIEW, item("b", "2026-03-11T09:00:00Z")], "nextSyncToken": "sync1"})]
    )
    calendar(first, tmp_path).events(START, END)

    moved = {
        **INTERVIEW,
        "start": {"dateTime": "2026-03-17T10:00:00-05:00"},
        "end": {"dateTime": "2026-03-17T11:00:00-05:00"},
        "sequence": 3,
    }
    later = Script(
        [ok({"items": [moved, {"id": "b", "status": "cancelled"}], "nextSyncToken": "sync2"})]
    )
    cal = calendar(later, tmp_path)  # a new process: state comes from the file
    events = {e.uid: e for e in cal.events(START + timedelta(days=1), END)}

    query = params(later, 0)
    assert query["syncToken"] == ["sync1"] and "timeMin" not in query
    assert cal.full_syncs == 0
    assert events["acme1@google.com"].start == datetime(2026, 3, 17, 15, tzinfo=UTC)
    gone = events["b@google.com"]
    assert gone.cancelled and gone.start == datetime(2026, 3, 11, 9, tzinfo=UTC)
    assert json.loads((tmp_path / "s.json").read_text())["sync_token"] == "sync2"


def test_expired_sync_token_410_gives_a_full_resync(tmp_path: Path) -> None:
    calendar(Script([ok({"items": [INTERVIEW], "nextSyncToken": "old"})]), tmp_path).events(
        START, END
    )
    script = Script(
        [
            error(410, "fullSyncRequired"),
            ok({"items": [item("fresh", "2026-03-20T09:00:00Z")], "nextSyncToken": "new"}),
        ]
    )
    cal = calendar(script, tmp_path)
    events = cal.events(START, END)

    assert cal.full_syncs == 1
    assert "timeMin" in params(script, 1) and "syncToken" not in params(script, 1)
    assert [e.uid for e in events] == ["fresh@google.com"]


def test_a_window_moved_past_the_synced_range_resyncs(tmp_path: Path) -> None:
    calendar(Script([ok({"items": [], "nextSyncToken": "t"})]), tmp_path).events(START, END)
    script = Script([ok({"items": [], "nextSyncToken": "t2"})])
    cal = calendar(script, tmp_path)
    cal.events(START + timedelta(days=7), END + timedelta(days=7))  # inside the margin
    assert cal.full_syncs == 0
    script2 = Script([ok({"items": [], "nextSyncToken": "t3"})])
    cal2 = calendar(script2, tmp_path)
    cal2.events(START - timedelta(days=1), END)  # earlier than ever synced
    assert cal2.full_syncs == 1


def test_recurring_instances_carry_their_original_start(tmp_path: Path) -> None:
    instance = item(
        "series_20260310T150000Z",
        "2026-03-10T15:00:00Z",
        iCalUID="series@google.com",
        recurringEventId="series",
        originalStartTime={"dateTime": "2026-03-10T15:00:00Z"},
    )
    events = calendar(Script([ok({"items": [instance], "nextSyncToken": "t"})]), tmp_path).events(
        START, END
    )
    assert events[0].uid == "series@google.com"
    assert events[0].recurrence_id == datetime(2026, 3, 10, 15, tzinfo=UTC)


def test_401_refreshes_the_token_once_and_the_new_token_is_saved(tmp_path: Path) -> None:
    token = tmp_path / "token.json"
    creds = credentials("old-token")
    save_credentials(creds, token)
    keeper = TokenKeeper(creds, token)
    script = Script(
        [error(401, "authError"), refreshed("new-token"), ok({"items": [], "nextSyncToken": "t"})]
    )
    cal = GoogleCalendar(
        "gcal",
        service("calendar", "v3", script, creds),
        sleep=Sleeps(),
        on_done=keeper.save_if_refreshed,
    )
    cal.events(START, END)

    assert script.request_sequence[1][0].startswith("https://oauth2.googleapis.com/token")
    assert script.request_sequence[2][3]["authorization"] == "Bearer new-token"
    assert json.loads(token.read_text())["token"] == "new-token"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600


def test_revoked_grant_says_to_sign_in_again(tmp_path: Path) -> None:
    script = Script(
        [
            error(401, "authError"),
            (
                {"status": "400"},
                json.dumps({"error": "invalid_grant", "error_description": "Token revoked"}),
            ),
        ]
    )
    cal = GoogleCalendar("gcal", service("calendar", "v3", script), sleep=Sleeps())
    with pytest.raises(SourceError, match="run `followup auth google` again") as caught:
        cal.events(START, END)
    assert caught.value.transient is False


def test_429_and_5xx_back_off_with_the_injected_sleep(tmp_path: Path) -> None:
    sleeps = Sleeps()
    script = Script(
        [
            error(429, "rateLimitExceeded"),
            error(503),
            error(500),
            error(403, "userRateLimitExceeded"),
            ok({"items": [INTERVIEW], "nextSyncToken": "t"}),
        ]
    )
    events = calendar(script, tmp_path, sleeps).events(START, END)
    assert len(events) == 1
    assert sleeps == [1.0, 2.0, 4.0, 8.0]


def test_retry_after_is_honoured(tmp_path: Path) -> None:
    sleeps = Sleeps()
    script = Script(
        [
            error(429, "rateLimitExceeded", **{"retry-after": "7"}),
            ok({"items": [], "nextSyncToken": "t"}),
        ]
    )
    calendar(script, tmp_path, sleeps).events(START, END)
    assert sleeps == [7.0]


def test_timeouts_are_retried_then_reported_as_transient(tmp_path: Path) -> None:
    sleeps = Sleeps()
    script = Script([TimeoutError("timed out")] * 6)
    with pytest.raises(SourceError, match="Google did not answer") as caught:
        calendar(script, tmp_path, sleeps).events(START, END)
    assert caught.value.transient and len(sleeps) == 5 and script.left == 0


def test_a_server_that_keeps_failing_becomes_a_transient_source_error(tmp_path: Path) -> None:
    script = Script([error(500)] * 6)
    with pytest.raises(SourceError, match="HTTP 500") as caught:
        calendar(script, tmp_path).events(START, END)
    assert caught.value.transient


def test_forbidden_is_not_retried_and_not_transient(tmp_path: Path) -> None:
    script = Script([error(403, "accessNotConfigured")])
    with pytest.raises(SourceError, match="denied access") as caught:
        calendar(script, tmp_path).events(START, END)
    assert caught.value.transient is False


def test_all_day_events_use_the_calendar_zone(tmp_path: Path) -> None:
    holiday = {
        "id": "h",
        "iCalUID": "h",
        "summary": "Holiday",
        "status": "confirmed",
        "start": {"date": "2026-03-13"},
        "end": {"date": "2026-03-14"},
    }
    events = calendar(
        Script([ok({"items": [holiday], "timeZone": "America/Chicago", "nextSyncToken": "t"})]),
        tmp_path,
    ).events(START, END)
    assert events[0].all_day
    assert events[0].start.utcoffset() == timedelta(hours=-5)
