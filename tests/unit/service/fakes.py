"""A fake engine, clock and notifier for the loop: the loop's logic runs for simulated days
in milliseconds, and nothing sleeps."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from followup.engine import Outcome, Watcher
from followup.notify import Notifier

START = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)


@dataclass
class FakeClock:
    now: datetime = START
    waits: list[float] = field(default_factory=list)
    on_wait: Callable[[FakeClock], None] | None = None

    def __call__(self) -> datetime:
        return self.now

    def wait(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += timedelta(seconds=max(seconds, 0.001))
        if self.on_wait is not None:
            self.on_wait(self)


class RecordingNotifier(Notifier):
    def __init__(self, watchdog_usec: int = 0) -> None:
        super().__init__({"WATCHDOG_USEC": str(watchdog_usec)} if watchdog_usec else {})
        self.sent: list[tuple[str, ...]] = []

    def emit(self, *fields: str) -> bool:
        self.sent.append(fields)
        return True

    def fields(self) -> list[str]:
        return [f for message in self.sent for f in message]


@dataclass
class Call:
    at: datetime
    sources: frozenset[str]


@dataclass
class FakeEngine:
    clock: FakeClock
    polls: dict[str, int] = field(default_factory=lambda: {"imap": 300, "caldav": 900})
    failing: set[str] = field(default_factory=set)
    crash_at: set[int] = field(default_factory=set)  # cycle numbers (1-based) that raise
    during_cycle: Callable[[int], None] | None = None
    watchers: dict[str, Watcher] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    housekept: list[datetime] = field(default_factory=list)
    closed: bool = False
    watchdog: Callable[[], None] | None = None
    state_dir: Path = Path("/nonexistent")
    label: str = "engine"

    def intervals(self) -> dict[str, int]:
        return dict(self.polls)

    def cycle(
        self, now: datetime, sources: frozenset[str], watchdog: Callable[[], None]
    ) -> Outcome:
        self.calls.append(Call(now, sources))
        self.watchdog = watchdog  # for `during_cycle`: what the engine calls per message
        if self.during_cycle is not None:
            self.during_cycle(len(self.calls))
        if len(self.calls) in self.crash_at:
            raise RuntimeError("a bug in a stage")
        failed = dict.fromkeys(sources & self.failing, "authentication failed")
        return Outcome(read=len(sources), facts=1, placed=0, problems=(), failed=failed)

    def housekeeping(self, now: datetime) -> None:
        self.housekept.append(now)

    def watcher(self, source: str) -> Watcher | None:
        return self.watchers.get(source)

    def describe(self) -> str:
        return self.label

    def close(self) -> None:
        self.closed = True

    def polled(self, source: str) -> list[datetime]:
        return [c.at for c in self.calls if source in c.sources]


class FakeWatcher:
    """Answers `wait_for_change` when the test says the mailbox changed."""

    def __init__(self) -> None:
        self.changed = threading.Event()
        self.closed = threading.Event()
        self.signal_mask: set[signal.Signals] | None = None  # of the thread that waits
        self.fail_with: Exception | None = None

    def wait_for_change(self, timeout: float) -> bool:
        self.signal_mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])
        if self.fail_with is not None:
            raise self.fail_with
        fired = self.changed.wait(min(timeout, 0.2))
        self.changed.clear()
        return fired

    def close(self) -> None:
        self.closed.set()
