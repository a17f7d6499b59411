"""`followup status`: applications by stage, drafts, and the problems a user must act on,
credentials about to expire included; the tables show the same data `--json` prints."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from followup.config import load_config
from followup.model import Email, Facts, Kind, Person, RawMessage
from followup.record import Record
from followup.status import status_data
from followup.status_view import print_status
from rich.console import Console

NOW = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)
GMAIL = "  - type: gmail\n    name: google\n    account: jordan@gmail.example\n"


def add(record: Record, uid: str, company: str, kind: Kind, days_ago: int) -> None:
    sender = Person("Ana", f"ana@{company.split(maxsplit=1)[0].lower()}.example")
    record.add_message(
        RawMessage("local", "inbox", uid, b""),
        Email(
            message_id=f"{uid}@{company}",
            subject=f"{kind.value} from {company}",
            sender=sender,
            date=NOW - timedelta(days=days_ago),
        ),
        Facts(
            kind,
            company=company,
            role="Engineer",
            interviewers=(Person("Priya Raman", sender.email),) if kind is Kind.INVITATION else (),
            start=NOW + timedelta(days=2) if kind is Kind.INVITATION else None,
            end=NOW + timedelta(days=2, hours=1) if kind is Kind.INVITATION else None,
            confidence=0.9,
        ),
        incoming=True,
    )


@pytest.fixture
def settings(tmp_path: Path) -> Callable[[str], Path]:
    def write(extra_mailboxes: str = "") -> Path:
        (tmp_path / "Mail" / "cur").mkdir(parents=True, exist_ok=True)
        path = tmp_path / "config.yaml"
        path.write_text(
            "me: {name: Jordan Avery, email: jordan@example.net, timezone: America/Chicago}\n"
            f"mailboxes:\n  - {{type: maildir, name: local, path: {tmp_path / 'Mail'}}}\n"
            f"{extra_mailboxes}state_dir: {tmp_path / 'state'}\n"
        )
        return path

    return write


def status(path: Path) -> dict[str, object]:
    config = load_config(path)
    with Record.open(config.database) as record:
        data = status_data(config, record, NOW)
    json.dumps(data)  # `--json` can print it
    return data


def test_applications_come_by_stage_with_their_next_draft(
    settings: Callable[[str], Path],
) -> None:
    path = settings("")
    with Record.open(load_config(path).database) as record:
        add(record, "1", "Bluebird Freight", Kind.REJECTION, 3)
        add(record, "2", "Acme Robotics", Kind.INVITATION, 1)
        add(record, "3", "Copperleaf", Kind.APPLICATION_ACK, 5)
    apps = status(path)["applications"]
    assert isinstance(apps, list)
    assert [(a["company"], a["stage"]) for a in apps] == [
        ("Acme Robotics", "interviewing"),
        ("Copperleaf", "applied"),
        ("Bluebird Freight", "rejected"),
    ]
    acme = apps[0]
    assert acme["next_action"]["rule"] in {"thank-you", "references-heads-up"}
    assert datetime.fromisoformat(acme["next_action"]["due"]) > NOW - timedelta(days=7)


def test_without_google_sources_no_sign_in_is_asked_for(settings: Callable[[str], Path]) -> None:
    problems = status(settings(""))["problems"]
    assert isinstance(problems, dict)
    assert problems["credentials"] == []


def token(path: Path, **fields: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"token": "ya29.x", "client_id": "c", **fields}))
    path.chmod(0o600)


def credentials(path: Path) -> list[dict[str, str]]:
    problems = status(path)["problems"]
    assert isinstance(problems, dict)
    found: list[dict[str, str]] = problems["credentials"]
    return found


def test_a_missing_google_sign_in_is_a_problem(settings: Callable[[str], Path]) -> None:
    (problem,) = credentials(settings(GMAIL))
    assert problem["problem"] == "not signed in"
    assert problem["fix"] == "followup auth google"
    assert problem["token"].endswith("google-token-jordan_gmail_example.json")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"refresh_token": "1//r", "expiry": "2026-03-12T14:00:00Z"}, None),  # renewed itself
        ({"expiry": "2026-03-13T10:00:00Z"}, "the sign-in ends 2026-03-13T10:00:00+00:00"),
        ({"expiry": "2026-03-11T10:00:00Z"}, "the sign-in ended 2026-03-11T10:00:00+00:00"),
        ({"expiry": "2026-04-30T10:00:00Z"}, None),  # far enough away
        ({}, "the sign-in cannot be renewed (no refresh token)"),
    ],
)
def test_a_sign_in_that_cannot_be_renewed_is_shown_before_it_ends(
    settings: Callable[[str], Path], fields: dict[str, str], expected: str | None
) -> None:
    path = settings(GMAIL)
    token(path.parent / "state" / "google-token-jordan_gmail_example.json", **fields)
    found = credentials(path)
    if expected is None:
        assert found == []
    else:
        (problem,) = found
        assert problem["problem"].startswith(expected)


def test_the_tables_show_stages_drafts_and_problems(settings: Callable[[str], Path]) -> None:
    path = settings(GMAIL)
    with Record.open(load_config(path).database) as record:
        add(record, "2", "Acme Robotics", Kind.INVITATION, 1)
    out = io.StringIO()
    print_status(status(path), ZoneInfo("America/Chicago"), Console(file=out, width=200))
    text = out.getvalue()
    assert "Applications by stage" in text
    assert "Acme Robotics" in text and "interviewing" in text
    assert "Drafts: none yet" in text
    assert "Google sign-in" in text and "not signed in; run followup auth google" in text
    assert "never" in text  # the sources have not synced yet


def test_sent_and_declined_drafts_are_listed_latest_last(settings: Callable[[str], Path]) -> None:
    data = status(settings(""))
    drafts = data["drafts"]
    assert isinstance(drafts, dict)
    drafts["items"] = [
        {
            "state": state,
            "rule": "thank-you",
            "to": f"p{n}@acme.example",
            "subject": f"s{n}",
            "due": (NOW - timedelta(days=30 - n)).isoformat(),
            "send_by": None,
        }
        for n, state in enumerate(["placed", *["sent"] * 11, "declined"])
    ]
    out = io.StringIO()
    print_status(data, ZoneInfo("America/Chicago"), Console(file=out, width=200))
    text = out.getvalue()
    assert "Waiting in your Drafts folder" in text and "p0@acme.example" in text
    assert "Sent and declined (latest 10)" in text
    assert "p12@acme.example" in text and "declined" in text
    assert "p2@acme.example" not in text  # the 11th latest
