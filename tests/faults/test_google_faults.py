"""Issue 9, item 1, for the Google Calendar API through whole cycles of the service (Gmail's
401/429/5xx/timeouts through cycles are in tests/unit/gmail/test_gmail_service.py): a revoked
grant (401, then the refresh refused), rate limiting (429), server errors (500) and timeouts,
each lasting longer than the adapter's retries. The cycle completes for the other sources,
`status` says what is wrong, and once Google answers again exactly one thank-you is drafted;
the calendar is only ever read."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "calendars"))

from fakegoogle import TOKEN_URI, Script, Sleeps, error, ok, service
from followup.calendars.google import GoogleCalendar
from followup.config import Config, load_config
from followup.mail.maildir import MaildirMailbox
from followup.record import Record
from followup.service import CycleSummary, run_cycle
from followup.status import status_data

ENDED = datetime.fromisoformat("2026-03-10T18:00:00-05:00")
INTERVIEW = {
    "id": "acme1",
    "iCalUID": "acme1@google.com",
    "status": "confirmed",
    "summary": "Acme <> Jordan: onsite interview",
    "start": {"dateTime": "2026-03-10T10:00:00-05:00", "timeZone": "America/Chicago"},
    "end": {"dateTime": "2026-03-10T11:00:00-05:00"},
    "organizer": {"email": "recruiting@acme.com", "displayName": "Acme Recruiting"},
    "attendees": [
        {"email": "jordan.avery@example.net", "self": True, "responseStatus": "accepted"},
        {"email": "jane.doe@acme.com", "displayName": "Jane Doe", "responseStatus": "accepted"},
    ],
}
REVOKED = ({"status": "400"}, json.dumps({"error": "invalid_grant", "error_description": "x"}))
TOO_MANY = 6  # more than the adapter's retries within one cycle

FAULTS: dict[str, tuple[list[Any], str]] = {
    "Google 401, grant revoked": ([error(401, "authError"), REVOKED], "followup auth google"),
    "Google 429": ([error(429, "rateLimitExceeded")] * TOO_MANY, "429"),
    "Google 500": ([error(500)] * TOO_MANY, "500"),
    "Google timeouts": ([TimeoutError("timed out")] * TOO_MANY, "did not answer"),
}


def setup(tmp_path: Path) -> tuple[Config, Path]:
    mail = tmp_path / "Mail"
    for folder in ("", ".Drafts", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (mail / folder / sub).mkdir(parents=True)
    settings = tmp_path / "config.yaml"
    settings.write_text(
        "me: {name: Jordan Avery, email: jordan.avery@example.net, timezone: America/Chicago}\n"
        f"mailboxes: [{{type: maildir, name: home, path: {mail}}}]\n"
        "calendars: [{type: google, name: google}]\n"
        f"state_dir: {tmp_path / 'state'}\n"
    )
    return load_config(settings), mail


def cycle(
    config: Config, mail: Path, script: Script, state: Path, creds: Any = None
) -> CycleSummary:
    calendar = GoogleCalendar(
        "google", service("calendar", "v3", script, creds), state_file=state, sleep=Sleeps()
    )
    with Record.open(config.database) as record:
        return run_cycle(
            config, record, ENDED, mailboxes=[MaildirMailbox("home", mail)], calendars=[calendar]
        )


def sources(config: Config) -> dict[str, dict[str, Any]]:
    with Record.open(config.database) as record:
        return {s["name"]: s for s in status_data(config, record, ENDED)["sources"]}


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_google_fault_is_reported_and_the_next_cycle_drafts_exactly_once(
    name: str, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    faults, says = FAULTS[name]
    config, mail = setup(tmp_path)
    state = tmp_path / "gcal.json"
    record_property("fault", name)

    during = cycle(config, mail, Script(list(faults)), state)
    said = sources(config)
    healthy = Script([ok({"items": [INTERVIEW], "nextSyncToken": "s1"})])
    after = [cycle(config, mail, healthy, state)]
    after.append(cycle(config, mail, Script([ok({"items": [], "nextSyncToken": "s2"})]), state))
    drafts = [p.read_bytes() for p in (mail / ".Drafts" / "cur").iterdir()]
    record_property("duplicates", max(0, len(drafts) - 1))

    assert "google" in during.failed and "home" not in during.failed
    assert says in str(said["google"]["last_error"]), said
    assert said["google"]["failures"] == 1 and said["home"]["last_error"] is None
    assert not any(s.failed for s in after), [s.failed for s in after]
    assert sources(config)["google"]["last_error"] is None
    assert len(drafts) == 1 and b"To: Jane Doe <jane.doe@acme.com>" in drafts[0]
    assert {method for method, path in healthy.calls if "calendar" in path} == {"GET"}


def test_google_secrets_appear_in_no_status_log_or_record(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A revoked grant and a server error with known token, refresh token and client secret:
    none of them in what the cycle reports, `status`, the log (at DEBUG) or the record."""
    from google.oauth2.credentials import Credentials

    known = ["ya29.LEAK-access-7c1", "1//LEAK-refresh-9d2", "LEAK-client-secret-4e3"]
    caplog.set_level(logging.DEBUG)
    config, mail = setup(tmp_path)
    reported = []
    for faults in (FAULTS["Google 401, grant revoked"][0], FAULTS["Google 500"][0]):
        creds = Credentials(  # type: ignore[no-untyped-call]
            token=known[0],
            refresh_token=known[1],
            token_uri=TOKEN_URI,
            client_id="client",
            client_secret=known[2],
        )
        summary = cycle(config, mail, Script(list(faults)), tmp_path / "gcal.json", creds)
        reported.append(json.dumps(summary.failed) + " ".join(summary.problems))
        with Record.open(config.database) as record:
            reported.append(json.dumps(status_data(config, record, ENDED), default=str))
    stored = b"".join(p.read_bytes() for p in (tmp_path / "state").rglob("*") if p.is_file())

    assert "google" in reported[0] and "HTTP 500" in reported[2]  # the faults were reported
    for secret in known:
        assert not any(secret in text for text in reported), secret
        assert secret not in caplog.text and secret.encode() not in stored, secret
