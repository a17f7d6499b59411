"""A message that kills the process while it is parsed (not only while it is understood) is
quarantined after the second death instead of killing every start: in `followup run --once`
as in the long-running service, since the guard lives in the core's ingest."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from followup.config import Config, load_config
from followup.inflight import INFLIGHT, header_message_id
from followup.mail.maildir import MaildirMailbox
from followup.record import Record
from followup.service import run_cycle

NOW = datetime(2026, 3, 12, 16, 0, tzinfo=UTC)
POISON = "poison@acme.example"


def maildir(root: Path, messages: dict[str, bytes]) -> None:
    for folder in ("", ".Drafts", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True)
    for name, data in messages.items():
        (root / "cur" / f"{name}:2,S").write_bytes(data)


@pytest.fixture
def config(write_settings, make_message, tmp_path: Path) -> Config:
    maildir(
        tmp_path / "Mail",
        {
            "1": make_message(message_id=POISON, sender="Ana <ana@acme.example>", body="PILL\n"),
            "2": make_message(message_id="fine@example.org", sender="Sam <sam@example.org>"),
        },
    )
    return load_config(write_settings())


def cycle(config: Config, understander: object) -> tuple[int, int]:
    with Record.open(config.database) as record:
        summary = run_cycle(
            config,
            record,
            NOW,
            mailboxes=[MaildirMailbox("local", config.state_dir.parent / "Mail")],
            calendars=[],
            understander=understander,
        )
    return summary.read, summary.quarantined


def test_parse_runs_under_the_guard(config: Config, understander, monkeypatch) -> None:
    """While a message is parsed, the state dir names it (what a death there leaves)."""
    import followup.understand.parse as parsing

    real = parsing.parse
    seen: list[dict[str, object]] = []

    def watched(data: bytes):
        seen.append(json.loads((config.state_dir / INFLIGHT).read_text()))
        return real(data)

    monkeypatch.setattr(parsing, "parse", watched)
    assert cycle(config, understander) == (2, 0)
    assert sorted(str(s["message"]) for s in seen) == ["fine@example.org", POISON]
    assert {s["stage"] for s in seen} == {"parse"} and {s["deaths"] for s in seen} == {0}
    assert not (config.state_dir / INFLIGHT).exists()


def test_a_message_left_behind_twice_in_parse_is_quarantined(
    config: Config, understander, monkeypatch
) -> None:
    """What two deaths while parsing leave: the next cycle (`run --once`'s run_cycle)
    quarantines the message without parsing it, and reads the others."""
    import followup.understand.parse as parsing

    real = parsing.parse

    def deadly(data: bytes):
        assert b"PILL" not in data, "the poison message was parsed again"
        return real(data)

    monkeypatch.setattr(parsing, "parse", deadly)
    config.state_dir.mkdir(parents=True, exist_ok=True)
    left = {"message": POISON, "deaths": 1, "stage": "parse"}
    (config.state_dir / INFLIGHT).write_text(json.dumps(left))
    assert cycle(config, understander) == (1, 1)
    with Record.open(config.database) as record:
        (poisoned,) = record.quarantined()
        assert record.has_message("fine@example.org")
    assert (poisoned.message_id, poisoned.stage) == (POISON, "parse")
    assert "died 2 times in the parse stage" in poisoned.error
    assert cycle(config, understander) == (0, 0)  # it stays quarantined; nothing else is new


def test_the_message_id_is_found_without_parsing() -> None:
    assert header_message_id(b"From: a\r\nMessage-ID:  <x.1@y>\r\n\r\nMessage-ID: <no>") == "x.1@y"
    assert header_message_id(b"message-id:\t<x@y>\n\nbody") == "x@y"
    assert header_message_id(b"From: a\r\n\r\nMessage-ID: <body@only>\r\n") is None


DIE_IN_PARSE = """
import os, sys
from datetime import datetime
from pathlib import Path
import followup.understand.parse as parsing

real = parsing.parse
def parse(data):
    if b"PILL" in data:  # a crash in native code, or the out-of-memory killer
        os.kill(os.getpid(), 9)
    return real(data)
parsing.parse = parse
from followup.service import run
sys.exit(run(Path(sys.argv[1]), True, datetime.fromisoformat(sys.argv[2])))
"""


def test_run_once_stops_dying_on_a_message_that_kills_parse(config: Config) -> None:
    """Real deaths of `followup run --once`: two, then the message is quarantined and the
    run completes (without the guard around parse, every run would die on it)."""

    def run_once() -> int:
        command = [sys.executable, "-c", DIE_IN_PARSE, str(config.path), NOW.isoformat()]
        done = subprocess.run(command, check=False, timeout=120, capture_output=True)
        return done.returncode

    assert run_once() == -9
    assert run_once() == -9  # suspect: read again, and it died again
    assert run_once() == 0  # poison: quarantined, the others read
    with Record.open(config.database) as record:
        (poisoned,) = record.quarantined()
        assert record.has_message("fine@example.org")
    assert (poisoned.message_id, poisoned.stage) == (POISON, "parse")
