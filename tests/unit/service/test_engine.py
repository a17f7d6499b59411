"""The engine the loop drives, on the real core service over a copy of the demo Maildir."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from followup.config import load_config
from followup.demo import demo_expected, prepare
from followup.engine import open_engine


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
