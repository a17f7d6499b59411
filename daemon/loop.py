"""`followup run`: the long-running service.

A `schedule` scheduler marks work as due — each mailbox and calendar at its `poll_seconds`,
planning every minute, housekeeping once a day — and the main loop batches whatever is due
into one cycle (the core's `run_cycle`), so each cycle ends with exactly one summary line.
IMAP mailboxes whose adapter can `wait_for_change` get a watcher thread on a connection of
its own (IDLE): a change marks the mailbox due and wakes the loop at once.

Signals only set flags: SIGTERM/SIGINT stop (a cycle in progress is abandoned — everything it
did is already durable, the same as after `kill -9`; while the engine is still loading, the
start is abandoned), SIGHUP reloads the config and rules and keeps the old ones when the new
are broken. They reach the main thread whichever thread the kernel picks (watch.py), so a
stop takes well under 5 s. A failing source backs off (jittered exponential)
while the others carry on; a bug in a cycle is logged with its traceback and retried later,
never a crash loop. A damaged record is not retried: nothing more could be kept, so the loop
says what to do in one line and ends with 78 (systemd does not restart into it). Time is
injected (`clock`, `wait`) so tests never sleep.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import schedule

from .engine import Engine, Outcome
from .errors import EX_CONFIG, UserError
from .notify import Notifier
from .record import damaged, is_damage
from .schedclock import naive_local, scheduler_clock, seconds_until
from .watch import Backoff, Wakeup, WatcherThread, signals_blocked

__all__ = ["Loop", "Source", "Stopped"]  # serve() is in serve.py
log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Wait = Callable[[float], None]

PLAN_EVERY = 60  # seconds: due drafts are placed within a minute of their time
HOUSEKEEPING_AT = "03:30"  # local time, daily
MAX_WAIT = 30.0  # the loop looks at its flags at least this often
CRASH_BASE = 60.0  # after an unexpected error in a cycle
EXTEND_BY = 120.0  # seconds of start timeout granted while the first sync makes progress


class Stopped(BaseException):
    """Raised by the signal handler inside a cycle: not an `Exception`, so no per-message
    `except Exception` in the pipeline can swallow a stop request."""


@dataclass
class Source:
    name: str
    interval: int
    backoff: Backoff = field(default_factory=Backoff)
    job: schedule.Job | None = None
    error: str | None = None  # of the last attempt


class Loop:
    """The service's state between cycles. `run()` returns the exit code."""

    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        wait: Wait | None = None,
        notifier: Notifier | None = None,
        reload: Callable[[], Engine] | None = None,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.notifier = notifier or Notifier()
        self.reload_engine = reload
        self.wake = Wakeup()
        self.wait = wait or self.wake.wait
        self.stop_requested = False
        self.stop_signal = ""  # for the log: which signal asked to stop
        self.exit_code = 0  # EX_CONFIG once the record is found damaged
        self.reload_requested = False
        self.interruptible = False
        self.due: set[str] = set()
        self.plan_due = False
        self.housekeeping_due = False
        self.cycles = 0
        self.crash = Backoff(base=CRASH_BASE)
        self.scheduler = schedule.Scheduler()
        self.sources: dict[str, Source] = {}
        self.watchers: list[WatcherThread] = []
        self._lock = threading.Lock()
        self._last_watchdog = float("-inf")
        self._last_extend: float | None = None  # None: started (READY sent)
        self._next_cycle_after: datetime | None = None
        self._problems: set[str] = set()

    # --- signals (from the handler: flags only, except a stop during a cycle or reload) ---

    def on_stop_signal(self, name: str) -> None:
        self.stop_signal = name  # for the log
        self.request_stop()

    def request_stop(self) -> None:
        self.stop_requested = True
        self.wake.set()
        if self.interruptible:
            self.interruptible = False  # raise once: cleanup must not be interrupted again
            raise Stopped

    def request_reload(self) -> None:
        self.reload_requested = True
        self.wake.set()

    def mark_due(self, source: str) -> None:
        """Called by watcher threads when the server says the mailbox changed."""
        with self._lock:
            self.due.add(source)
        self.wake.set()

    # --- the loop ------------------------------------------------------------------------

    def run(self) -> int:
        with scheduler_clock(self.clock):
            try:
                self._start()
                while not self.stop_requested:
                    self._step()
            except Stopped:
                log.info("cycle %d interrupted; what it finished is saved", self.cycles)
            finally:
                self._shutdown()
        return self.exit_code

    def _start(self) -> None:
        self._schedule()
        self.due.update(self.sources)  # first cycle: log in everywhere, read everything
        self.plan_due = True
        self.notifier.status(f"starting: first sync of {len(self.sources)} sources")
        self._last_extend = float("-inf")
        self._cycle()
        self._last_extend = None
        if self.stop_requested:  # the first cycle found the record damaged: never ready
            return
        self._start_watchers()
        self.notifier.ready(self._status())
        log.info("ready: %s", self._status())

    def _step(self) -> None:
        if self.reload_requested:
            self._reload()
        self.scheduler.run_pending()
        ready = self._has_work() and not self._crash_backoff()
        if ready:
            self._cycle()
        if self.housekeeping_due and not self.stop_requested:
            self._housekeeping()
        self._ping_watchdog()
        if not self.stop_requested and not ready:
            self.wait(self._wait_seconds())

    def _has_work(self) -> bool:
        return bool(self.due) or self.plan_due

    def _crash_backoff(self) -> bool:
        return self._next_cycle_after is not None and self.clock() < self._next_cycle_after

    def _wait_seconds(self) -> float:
        idle = self.scheduler.idle_seconds
        limit = MAX_WAIT if idle is None else max(0.0, min(idle, MAX_WAIT))
        interval = self.notifier.watchdog_interval
        if interval is not None:
            limit = min(limit, interval)
        if self._next_cycle_after is not None:
            limit = min(limit, max(0.0, (self._next_cycle_after - self.clock()).total_seconds()))
        return limit

    # --- one cycle -----------------------------------------------------------------------

    def _cycle(self) -> None:
        with self._lock:
            sources, self.due = frozenset(self.due), set()
        self.plan_due = False
        self.cycles += 1
        started = time.monotonic()
        self.interruptible = True
        try:
            outcome = self.engine.cycle(self.clock(), sources, watchdog=self._ping_watchdog)
        except Stopped:
            raise
        except UserError as err:  # e.g. a password file made readable to others meanwhile
            self._cycle_failed(sources, str(err), traceback=False)
            return
        except Exception as err:  # a bug: log it, wait, try again; never a crash loop
            if is_damage(err):  # the record's file, not the code: say what to do, and stop
                self._record_damaged(err)
                return
            self._cycle_failed(sources, f"{type(err).__name__} (a bug; see the log)", True)
            return
        self.interruptible = False
        self.crash.succeeded()
        self._next_cycle_after = None
        self._after_cycle(sources, outcome, time.monotonic() - started)

    @property
    def _record_path(self) -> Path:
        return self.engine.state_dir / "record.sqlite"  # as Config.database names it

    def _record_damaged(self, err: Exception) -> None:
        """Backing off could never help and would hide it from systemd: stop with 78 and
        one line saying what to do. The file is left as it is for the user to move aside."""
        self.interruptible = False
        problem = damaged(self._record_path, err)
        self.exit_code = EX_CONFIG
        self.stop_requested = True
        log.error("cycle %d failed: %s; stopping", self.cycles, problem)
        self.notifier.status(f"stopped: {problem}")

    def _cycle_failed(self, sources: frozenset[str], why: str, traceback: bool) -> None:
        self.interruptible = False
        delay = self.crash.failed()
        self._next_cycle_after = self.clock() + timedelta(seconds=delay)
        with self._lock:
            self.due |= sources  # read them again next time, not forgotten
        log.error(
            "cycle %d failed: %s; next attempt in %.0f s",
            self.cycles,
            why,
            delay,
            exc_info=traceback,
        )
        self.notifier.status(f"cycle failed: {why}; retrying in {delay:.0f} s")

    def _after_cycle(self, sources: frozenset[str], outcome: Outcome, seconds: float) -> None:
        for name in sources:
            self._source_result(name, outcome.failed.get(name))
        log.info(
            "cycle %d: %d messages read, %d facts learned, %d drafts placed, %d problems "
            "(%s; %.1f s)",
            self.cycles,
            outcome.read,
            outcome.facts,
            outcome.placed,
            len(outcome.problems),
            ", ".join(sorted(sources)) or "plan only",
            seconds,
        )
        for problem in outcome.problems:
            if problem not in self._problems:  # rule problems recur every cycle: say once
                log.warning("%s", problem)
        self._problems = set(outcome.problems)
        self.notifier.status(self._status())

    def _source_result(self, name: str, error: str | None) -> None:
        source = self.sources.get(name)
        if source is None or source.job is None:
            return
        source.error = error
        if error is None:
            source.backoff.succeeded()
            return
        delay = source.backoff.failed()
        source.job.next_run = naive_local(self.clock() + timedelta(seconds=delay))
        log.warning("%s: %s; backing off %.0f s", name, error, delay)

    def _housekeeping(self) -> None:
        self.housekeeping_due = False
        try:
            self.engine.housekeeping(self.clock())
        except Exception as err:
            if is_damage(err):
                self._record_damaged(err)
                return
            log.exception("housekeeping failed; it runs again tomorrow")

    # --- status and watchdog -------------------------------------------------------------

    def _status(self) -> str:
        failing = [
            f"{s.name}: backing off {seconds_until(s.job, self.clock()):.0f} s: {s.error}"
            for s in self.sources.values()
            if s.backoff.failures and s.job is not None
        ]
        if failing:
            return "; ".join(failing)
        lost = [f"{w.source}: push lost ({w.error}), polling" for w in self.watchers if w.error]
        idle = [w.source for w in self.watchers if w.is_alive() and not w.error]
        if idle or lost:
            return "; ".join([*(["idle on " + ", ".join(idle)] if idle else []), *lost])
        return "polling " + (", ".join(self.sources) or "nothing")

    def _ping_watchdog(self) -> None:
        """Called between cycles and before each message a cycle reads. During the first
        cycle (before READY=1) it also moves systemd's start timeout on: a large first sync
        that makes progress is not a failed start; one wedged for `EXTEND_BY` still is."""
        interval = self.notifier.watchdog_interval
        now = self.clock().timestamp()
        if self._last_extend is not None and now - self._last_extend >= EXTEND_BY / 4:
            self.notifier.extend_timeout(EXTEND_BY)
            self._last_extend = now
        if interval is not None and now - self._last_watchdog >= interval * 0.9:
            self.notifier.watchdog()
            self._last_watchdog = now

    # --- schedule, reload, watchers, shutdown --------------------------------------------

    def _schedule(self) -> None:
        self.scheduler.clear()
        old = self.sources
        self.sources = {}
        for name, interval in self.engine.intervals().items():
            source = old.get(name) or Source(name, interval)
            source.interval = interval
            source.job = self.scheduler.every(interval).seconds.do(self.mark_due, name)
            self.sources[name] = source
        self.scheduler.every(PLAN_EVERY).seconds.do(self._mark_plan)
        self.scheduler.every().day.at(HOUSEKEEPING_AT).do(self._mark_housekeeping)

    def _mark_plan(self) -> None:
        self.plan_due = True

    def _mark_housekeeping(self) -> None:
        self.housekeeping_due = True

    def _reload(self) -> None:
        self.reload_requested = False
        if self.reload_engine is None:
            return
        log.info("SIGHUP: reloading settings and rules")
        self.notifier.reloading()
        self.interruptible = True  # loading a pipeline takes seconds; a stop must not wait
        try:
            engine = self.reload_engine()
        except Exception as err:  # ConfigError or worse: keep what works
            self.interruptible = False
            log.error("reload refused, still running the previous settings and rules: %s", err)  # noqa: TRY400
            self.notifier.status("reload refused: the new settings or rules are broken")
            return
        self.interruptible = False
        self._stop_watchers()
        self.engine.close()
        self.engine = engine
        self._schedule()
        self.due.update(self.sources)
        self.plan_due = True
        self._start_watchers()
        log.info("reloaded: %s", engine.describe())
        self.notifier.ready(self._status())

    def _start_watchers(self) -> None:
        for name in self.sources:
            watcher = self.engine.watcher(name)
            if watcher is not None:
                thread = WatcherThread(name, watcher, self.mark_due, self.sources[name].interval)
                with signals_blocked():  # the thread inherits the mask: signals go to main
                    thread.start()
                self.watchers.append(thread)

    def _stop_watchers(self) -> None:
        for thread in self.watchers:
            thread.stop()
        self.watchers = []

    def _shutdown(self) -> None:
        if self.stop_signal:
            log.info("%s received: stopping", self.stop_signal)
        self.notifier.stopping()
        self._stop_watchers()
        with contextlib.suppress(Exception):
            self.engine.close()
        log.info("stopped after %d cycles", self.cycles)
