"""Waiting: the loop's wakeup pipe and signal handlers, its clock, one thread per mailbox that
can push (IMAP IDLE) on a connection of its own, and the jittered exponential backoff they
all use.

Signals and threads: the kernel hands a process-wide signal to any thread that does not block
it. Taken by another thread, Python's handler still runs on the main thread, but only once
the main thread's current system call returns, which for the loop's sleep is up to 30 s. So
every thread the service starts (IDLE watchers, numpy's BLAS pool) blocks the service's
signals, and the C-level handler also writes to the wakeup pipe (`signal.set_wakeup_fd`):
a stop wakes the sleeping loop at once whichever thread took it.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import random
import select
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import FrameType
from typing import Protocol

from .engine import Watcher

log = logging.getLogger(__name__)

BACKOFF_BASE = 30.0
BACKOFF_CAP = 3600.0
IDLE_MAX = 25 * 60  # RFC 2177: re-issue IDLE before the server's 29-minute limit
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
HANDLED_SIGNALS = (*STOP_SIGNALS, signal.SIGHUP)


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
        self.error: str | None = None  # why the last wait failed; None while it works

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
            self.error = str(err).removeprefix(f"{self.source}: ")
            log.info("%s: waiting for mail failed (%s); again in %.0f s", self.source, err, delay)
            self.stopping.wait(delay)
            return
        self.backoff.succeeded()
        self.error = None
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

    @property
    def signal_fd(self) -> int:
        """For `signal.set_wakeup_fd`: the C-level handler writes the signal number here."""
        return self._write

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


# --- signals -----------------------------------------------------------------------------


@contextlib.contextmanager
def signals_blocked() -> Iterator[None]:
    """Threads started inside inherit a signal mask without the service's signals, so the
    kernel delivers those to the main thread, interrupting whatever call it is blocked in."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, HANDLED_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def start_library_threads() -> None:
    """numpy (which spaCy imports) starts its BLAS thread pool on import: do that now, with
    the service's signals blocked, before anything else imports it."""
    with signals_blocked(), contextlib.suppress(ImportError):
        importlib.import_module("numpy")


class Signalled(Protocol):
    wake: Wakeup

    def on_stop_signal(self, name: str) -> None: ...

    def request_reload(self) -> None: ...


@contextlib.contextmanager
def signal_handlers(target: Signalled) -> Iterator[None]:
    """SIGTERM/SIGINT stop `target`, SIGHUP reloads it; the previous handlers (and wakeup fd)
    are put back on exit. Call from the main thread."""

    # No logging in the handlers: one may run while the main thread holds the log's lock.
    def stop(signum: int, frame: FrameType | None) -> None:
        target.on_stop_signal(signal.Signals(signum).name)

    def reload(signum: int, frame: FrameType | None) -> None:
        target.request_reload()

    handlers = {**dict.fromkeys(STOP_SIGNALS, stop), signal.SIGHUP: reload}
    previous = {sig: signal.signal(sig, handler) for sig, handler in handlers.items()}
    old_fd = signal.set_wakeup_fd(target.wake.signal_fd, warn_on_full_buffer=False)
    try:
        yield
    finally:
        signal.set_wakeup_fd(old_fd)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
