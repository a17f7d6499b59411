"""The engine the loop drives, on the real core service over a copy of the demo Maildir."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from followup.config import load_config
from followup.demo import demo_expected, prepare
from followup.engine import open_engine
from followup.inflight import INFLIGHT, InFlight
from followup.record import Record


def test_the_engine_runs_cycles_of_the_core_service(tmp_path: Path) -> None:
    settings = prepare(tmp_path / "demo", demo_expected())
    settings.write_text(
        settings.read_text()
        + f"calendars:\n  - type: caldav\n    name: away\n    url: http://127.0.0.1:9/dav/\n"
        f"    username: jordan\n    password_file: {tmp_path / 'pw'}\n    poll_seconds: 900\n"
    )
    (tmp_path / "pw").write_text("dav-secret\n")
    (tmp_path / "pw").chmod(0o600)
    config = load_config(settings)
    engine = open_engine(config)
    pings: list[int] = []
    try:
        assert engine.intervals() == {"demo": 60, "away": 900}
        assert engine.watcher("demo") is None  # a Maildir cannot push
        now = datetime.fromisoformat(demo_expected()["now"])
        first = engine.cycle(now, frozenset({"demo", "away"}), lambda: pings.append(1))
        assert first.read == 17
        assert first.placed == len(demo_expected()["drafts"])
        assert set(first.failed) == {"away"}  # its server is not there: reported, not raised
        assert not first.failed["away"].startswith("away:")
        assert len(pings) >= 17  # the watchdog is fed while messages are read
        again = engine.cycle(now, frozenset({"demo"}), lambda: None)
        assert (again.read, again.placed, dict(again.failed)) == (0, 0, {})
        engine.housekeeping(now)
        assert re.search(r", \d+ rules from .+, sources: away, demo$", engine.describe())
    finally:
        engine.close()


INVITATION = "calendar-5f0c2a9e-7d41-4b8a-9c13-2e6f8b0d4a71@google.com"


def test_a_message_the_service_died_on_twice_is_quarantined_not_read_again(
    tmp_path: Path,
) -> None:
    settings = prepare(tmp_path / "demo", demo_expected())
    config = load_config(settings)
    config.state_dir.mkdir(parents=True, exist_ok=True)
    # what a process killed by a crash in the understand stage leaves behind, once already
    (config.state_dir / INFLIGHT).write_text(json.dumps({"message": INVITATION, "deaths": 1}))
    engine = open_engine(config)
    try:
        now = datetime.fromisoformat(demo_expected()["now"])
        outcome = engine.cycle(now, frozenset({"demo"}), lambda: None)
        assert outcome.read == 16  # the others are read as usual; the poison is not parsed
        assert not (config.state_dir / INFLIGHT).exists()
    finally:
        engine.close()
    with Record.open(config.database) as record:
        (poisoned,) = record.quarantined()
        assert poisoned.message_id == INVITATION
        assert poisoned.stage == "understand"
        assert "died 2 times" in poisoned.error


DIE_WHILE_HOLDING = """
import os, sys
from pathlib import Path
from followup.inflight import InFlight, PoisonMessageError
inflight = InFlight(Path(sys.argv[1]))
try:
    inflight.check("<m1@x>")
except PoisonMessageError as err:
    print(err)
    sys.exit(3)
with inflight.holding("<m1@x>"):
    if sys.argv[2] == "die":
        os.kill(os.getpid(), 9)
"""


def holding_once(state: Path, how: str) -> int:
    return subprocess.run(
        [sys.executable, "-c", DIE_WHILE_HOLDING, str(state), how], check=False, timeout=60
    ).returncode


def test_one_death_makes_a_message_suspect_two_make_it_poison(tmp_path: Path) -> None:
    assert holding_once(tmp_path, "die") == -9
    assert holding_once(tmp_path, "die") == -9  # suspect: read again, and it died again
    assert holding_once(tmp_path, "live") == 3  # poison: refused


def test_a_single_kill_9_or_a_survived_retry_never_quarantines(tmp_path: Path) -> None:
    assert holding_once(tmp_path, "die") == -9
    assert holding_once(tmp_path, "live") == 0  # went through this time
    assert holding_once(tmp_path, "die") == -9
    assert holding_once(tmp_path, "live") == 0  # one death since: still only suspect
    inflight = InFlight(tmp_path)
    inflight.check("<m1@x>")
    assert inflight.suspect is None
