"""Issue 9, item 2, through IMAP: every hostile message of tests/hostile in a real Dovecot's
INBOX (the 20 MB one goes over the adapter's size cap and is read by its headers), one cycle
of the service, then another. The cycle completes in bounded time, each message is recorded
or quarantined, no flag changes, nothing is written outside Drafts, and the second cycle
reads nothing again."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from dovecot import running_dovecot
from followup.record import Record
from hostile.messages import ALL

from .world import world

pytestmark = pytest.mark.integration

CYCLE_SECONDS = 120.0  # all of them, on a slow 2-core CI machine: a hang is what fails
NAMES = sorted(ALL)


def hostile_mail() -> list[bytes]:
    return [
        ALL[name]().replace(b"<h@acme.example>", f"<h-{name}@acme.example>".encode(), 1)
        for name in NAMES
    ]


def test_hostile_messages_over_imap_are_survived(
    tmp_path: Path, stages: tuple[Any, Any], record_property: Callable[[str, object], None]
) -> None:
    record_property("hostile_inputs", len(NAMES))
    with running_dovecot() as server, world(server, tmp_path, stages, mail=hostile_mail()) as w:
        started = time.monotonic()
        first = w.cycle()
        elapsed = time.monotonic() - started
        second = w.cycle()
        verdict = w.verdict(set(w.draft_keys()))
        with Record.open(w.config.database) as record:
            quarantined = record.quarantined()
    print(f"hostile over IMAP: {elapsed:.1f} s; {first.line()}")

    assert elapsed < CYCLE_SECONDS, f"{elapsed:.0f} s"
    assert not first.failed and not second.failed, (first.failed, second.failed)
    assert first.read + len(quarantined) == len(NAMES), (first.line(), quarantined)
    assert second.read == second.quarantined == 0
    assert verdict.flags_changed == [] and verdict.foreign_writes == [], verdict
    assert verdict.duplicates == 0
