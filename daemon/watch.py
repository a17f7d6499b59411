"""Waiting: the loop's wakeup pipe, its clock, one thread per mailbox that can push (IMAP
IDLE) on a connection of its own, and the jittered exponential backoff they all use."""

from __future__ import annotations

import contextlib
import logging
import os
import random
import select
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from .engine import Watcher

log = logging.getLogger(__name__)

BACKOFF_BASE = 30.0
BACKOFF_CAP = 3600.0
IDLE_MAX = 25 * 60  # RFC 2177: re-issue IDLE before the server's 29-minute limit


@dataclass
class Backoff:
    """Jittered exponential: base·2^(n-1), capped, then between half and all of it."""

    base: float = BACKOFF_BASE
    cap: float = BACKOFF_CAP
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def failed(self) -> float:
        self.failures += 1
        delay = min(self.cap, self.base * 2.0 ** min(self.failures - 1, 30))
        return delay / 2 + self.rng.uniform(0, delay / 2)

    def succeeded(self) -> None:
        self.failures = 0


class WatcherThread(threading.Thread):
    """Waits for changes on one mailbox (IMAP IDLE) on its own connection; reconnects with
    backoff when the server drops it. A daemon thread: it never delays the exit."""

    def __init__(
        self, name: str, watcher: Watcher, changed: Callable[[str], None], interval: int
    ) -> None:
        super().__init__(name=f"idle:{name}", daemon=True)
        self.source = name
        self.watcher = watcher
        self.changed = changed
        self.timeout = float(min(interval, IDLE_MAX))
        self.stopping = threading.Event()
        self.backoff = Backoff()

    def run(self) -> None:
        try:
            while not self.stopping.is_set():
                self._wait_once()
        finally:
            with contextlib.suppress(Exception):
                self.watcher.close()  # on this thread: the connection is not thread-safe

    def _wait_once(self) -> None:
        try:
            changed = self.watcher.wait_for_change(self.timeout)
        except Exception as err:
            delay = self.backoff.failed()
            log.info("%s: waiting for mail failed (%s); again in %.0f s", self.source, err, delay)
            self.stopping.wait(delay)
            return
        self.backoff.succeeded()
        if changed and not self.stopping.is_set():
            self.changed(self.source)

    def stop(self) -> None:
        """Ends after the current wait (at most `timeout`); the process may exit sooner."""
        self.stopping.set()


class Wakeup:
    """Wakes the sleeping loop from a signal handler or a thread. A self-pipe, not a
    threading.Event: a handler runs on the main thread between any two bytecodes, possibly
    while that thread holds the Event's lock, and would deadlock taking it again. Writing
    to a pipe takes no lock."""

    def __init__(self) -> None:
        self._read, self._write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)

    def set(self) -> None:
        with contextlib.suppress(BlockingIOError):  # full: a wakeup is pending anyway
            os.write(self._write, b"!")

    def wait(self, seconds: float) -> None:
        select.select([self._read], [], [], max(0.0, seconds))
        with contextlib.suppress(BlockingIOError):
            while os.read(self._read, 512):
                pass


def real_clock(start: datetime | None = None) -> Callable[[], datetime]:
    """Wall-clock time, or time running on from `start` (`followup run --now ...`)."""
    if start is None:
        return lambda: datetime.now(UTC)
    origin = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - origin)
