"""The service loop on a fake clock: what runs when, backoff, crashes, stop, reload, IDLE."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from datetime import timedelta
from itertools import pairwise

import pytest
from followup.errors import ConfigError
from followup.loop import Loop, Stopped
from followup.watch import (
    HANDLED_SIGNALS,
    Backoff,
    Wakeup,
    real_clock,
    signal_handlers,
    start_library_threads,
)

from .fakes import START, FakeClock, FakeEngine, FakeWatcher, RecordingNotifier


def stop_after(clock: FakeClock, loop_ref: list[Loop], elapsed: timedelta) -> None:
    def check(c: FakeClock) -> None:
        if c.now - START >= elapsed:
            loop_ref[0].request_stop()

    clock.on_wait = check


def run_for(
    elapsed: timedelta, engine: FakeEngine | None = None, notifier: RecordingNotifier | None = None
) -> tuple[Loop, FakeEngine, RecordingNotifier]:
    clock = engine.clock if engine else FakeClock()
    engine = engine or FakeEngine(clock)
    notifier = notifier or RecordingNotifier()
    loop = Loop(engine, clock, wait=clock.wait, notifier=notifier)
    stop_after(clock, [loop], elapsed)
    assert loop.run() == 0
    return loop, engine, notifier


def test_first_cycle_reads_every_source_then_says_ready() -> None:
    clock = FakeClock()
    engine = FakeEngine(clock)
    notifier = RecordingNotifier()
    engine.during_cycle = lambda n: notifier.emit(f"CYCLE={n}")
    run_for(timedelta(minutes=2), engine, notifier)
    assert engine.calls[0].sources == {"imap", "caldav"}
    fields = notifier.fields()
    assert fields[0] == "STATUS=starting: first sync of 2 sources"
    assert fields.index("CYCLE=1") < fields.index("READY=1") < fields.index("CYCLE=2")
    assert notifier.fields()[-2:] == ["STOPPING=1", "STATUS=stopping"]
    assert engine.closed


def test_a_long_first_sync_that_makes_progress_moves_the_start_timeout_on() -> None:
    clock = FakeClock()
    engine = FakeEngine(clock)
    notifier = RecordingNotifier()

    def read_for_10_minutes(n: int) -> None:
        notifier.emit(f"CYCLE={n}")
        for _ in range(60 if n == 1 else 3):  # a message every 10 s
            clock.now += timedelta(seconds=10)
            assert engine.watchdog is not None
            engine.watchdog()

    engine.during_cycle = read_for_10_minutes
    run_for(timedelta(minutes=15), engine, notifier)
    fields = notifier.fields()
    ready = fields.index("READY=1")
    extends = [i for i, f in enumerate(fields) if f.startswith("EXTEND_TIMEOUT_USEC=")]
    assert fields[extends[0]] == "EXTEND_TIMEOUT_USEC=120000000"
    assert 600 / 30 <= len(extends) <= 600 / 30 + 1  # every 30 s of the 10-minute sync
    assert all(i < ready for i in extends)  # and never once started


def test_each_source_is_polled_at_its_interval_and_plans_every_minute() -> None:
    _, engine, _ = run_for(timedelta(hours=1, seconds=30))
    imap, caldav = engine.polled("imap"), engine.polled("caldav")
    assert len(imap) == 1 + 12  # the first cycle, then every 5 minutes
    assert len(caldav) == 1 + 4  # every 15 minutes
    assert all(b - a == timedelta(seconds=300) for a, b in pairwise(imap[1:]))
    plan_only = [c for c in engine.calls if not c.sources]
    assert 45 <= len(plan_only) <= 60  # minutes without a poll plan on their own
    # no more than one cycle a minute besides polls: one summary line per cycle, no spin
    assert len(engine.calls) <= 61 + 4


def test_a_failing_source_backs_off_while_the_other_keeps_its_pace() -> None:
    engine = FakeEngine(FakeClock(), failing={"caldav"}, polls={"imap": 300, "caldav": 60})
    loop, engine, notifier = run_for(timedelta(hours=3, seconds=30), engine)
    gaps = [(b - a).total_seconds() for a, b in pairwise(engine.polled("caldav"))]
    # the n-th wait is between half and all of min(cap, 30 s * 2^(n-1)) (plus the scheduler's
    # one-second granularity)
    for n, gap in enumerate(gaps):
        full = min(3600, 30 * 2**n)
        assert full / 2 - 1 <= gap <= full + 1, (n, gap)
    assert max(gaps) > 1000  # grew well beyond the 60 s poll interval
    assert max(gaps) <= 3600 + 60
    assert len(engine.polled("imap")) == 1 + 36  # untouched by the other's trouble
    assert loop.sources["caldav"].backoff.failures == len(gaps) + 1
    assert any(
        f.startswith("STATUS=caldav: backing off ") and f.endswith(" s: authentication failed")
        for f in notifier.fields()
    ), notifier.fields()


def test_a_source_that_recovers_is_polled_at_its_interval_again() -> None:
    clock = FakeClock()
    engine = FakeEngine(clock, failing={"imap"}, polls={"imap": 60})
    clock_stop = START + timedelta(hours=2)

    def heal(c: FakeClock) -> None:
        if c.now >= START + timedelta(minutes=20):
            engine.failing.clear()
        if c.now >= clock_stop:
            loop.request_stop()

    loop = Loop(engine, clock, wait=clock.wait, notifier=RecordingNotifier())
    clock.on_wait = heal
    loop.run()
    late = [t for t in engine.polled("imap") if t > START + timedelta(hours=1)]
    gaps = {(b - a).total_seconds() for a, b in pairwise(late)}
    assert gaps == {60.0}
    assert loop.sources["imap"].backoff.failures == 0


def test_a_bug_in_a_cycle_is_logged_and_retried_never_a_crash(
    caplog: pytest.LogCaptureFixture,
) -> None:
    engine = FakeEngine(FakeClock(), crash_at={2, 3})
    with caplog.at_level(logging.ERROR, logger="followup.loop"):
        _, engine, _ = run_for(timedelta(minutes=30), engine)
    failures = [r for r in caplog.records if "cycle" in r.getMessage() and r.exc_info]
    assert len(failures) == 2
    assert len(engine.calls) > 20  # it carried on
    retry_gap = engine.calls[2].at - engine.calls[1].at
    assert retry_gap >= timedelta(seconds=30)  # backed off, did not spin
    # the sources that were due when it crashed are read again, not forgotten
    assert engine.calls[1].sources <= engine.calls[2].sources | engine.calls[3].sources


def test_a_user_error_in_a_cycle_is_one_line_without_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock()
    engine = FakeEngine(clock)

    def refuse(n: int) -> None:
        if n == 2:
            raise ConfigError("/home/j/pw: readable by other users; run: chmod 600 /home/j/pw")

    engine.during_cycle = refuse
    with caplog.at_level(logging.ERROR, logger="followup.loop"):
        run_for(timedelta(minutes=10), engine)
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert not record.exc_info
    assert "cycle 2 failed: /home/j/pw: readable by other users" in record.getMessage()
    assert len(engine.calls) > 5


def test_one_summary_line_per_cycle(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="followup.loop"):
        _, engine, _ = run_for(timedelta(minutes=10))
    summaries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("cycle ")]
    assert len(summaries) == len(engine.calls)
    assert summaries[0].startswith("cycle 1: 2 messages read, 1 facts learned, 0 drafts placed,")


def test_stop_during_a_cycle_abandons_it_and_exits_0() -> None:
    clock = FakeClock()
    engine = FakeEngine(clock)
    notifier = RecordingNotifier()
    loop = Loop(engine, clock, wait=clock.wait, notifier=notifier)

    def stop_in_third(n: int) -> None:
        if n == 3:
            loop.request_stop()
            pytest.fail("the stop did not interrupt the cycle")

    engine.during_cycle = stop_in_third
    assert loop.run() == 0
    assert len(engine.calls) == 3
    assert engine.closed
    assert "STOPPING=1" in notifier.fields()


def test_stopped_is_not_an_exception_a_stage_could_swallow() -> None:
    assert not issubclass(Stopped, Exception)


def test_reload_swaps_in_a_valid_engine() -> None:
    clock = FakeClock()
    old, new = FakeEngine(clock, label="old"), FakeEngine(clock, polls={"maildir": 60}, label="new")
    loop = Loop(old, clock, wait=clock.wait, notifier=RecordingNotifier(), reload=lambda: new)

    def hup_then_stop(c: FakeClock) -> None:
        if c.now == START + timedelta(seconds=30):
            loop.request_reload()
        if c.now >= START + timedelta(minutes=5):
            loop.request_stop()

    clock.on_wait = hup_then_stop
    loop.run()
    assert old.closed
    assert new.calls[0].sources == {"maildir"}
    assert set(loop.sources) == {"maildir"}
    assert len(new.polled("maildir")) >= 5


def test_reload_with_broken_settings_keeps_the_old_ones(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    old = FakeEngine(clock)

    def broken() -> FakeEngine:
        raise ValueError("config.yaml:3:1: me.email: not an email address")

    loop = Loop(old, clock, wait=clock.wait, notifier=RecordingNotifier(), reload=broken)

    def hup_then_stop(c: FakeClock) -> None:
        if c.now == START + timedelta(seconds=30):
            loop.request_reload()
        if c.now >= START + timedelta(minutes=20, seconds=30):
            loop.request_stop()

    clock.on_wait = hup_then_stop
    with caplog.at_level(logging.ERROR):
        loop.run()
    assert "reload refused" in caplog.text
    assert "me.email" in caplog.text
    assert len(old.polled("imap")) == 1 + 4  # still running on the old settings


def test_the_watchdog_is_pinged_at_half_of_watchdog_usec() -> None:
    notifier = RecordingNotifier(watchdog_usec=120_000_000)
    _, engine, _ = run_for(timedelta(minutes=30), notifier=notifier)
    pings = notifier.fields().count("WATCHDOG=1")
    assert pings >= 30  # every 60 s or more often
    assert max(engine.clock.waits) <= 60


def test_housekeeping_runs_once_a_day() -> None:
    _, engine, _ = run_for(timedelta(days=2, hours=1))
    assert len(engine.housekept) == 2
    assert all(t.astimezone().strftime("%H:%M") == "03:30" for t in engine.housekept)


def test_the_loop_never_waits_longer_than_its_next_job() -> None:
    _, engine, _ = run_for(timedelta(minutes=10))
    assert max(engine.clock.waits) <= 60
    assert all(w >= 0 for w in engine.clock.waits)


def test_a_change_seen_by_idle_wakes_the_loop_and_reads_that_mailbox() -> None:
    watcher = FakeWatcher()
    engine = FakeEngine(FakeClock(), polls={"imap": 3600}, watchers={"imap": watcher})
    woke = threading.Event()
    loop = Loop(engine, engine.clock, notifier=RecordingNotifier())  # real wait on the event

    def cycle_hook(n: int) -> None:
        if n == 1:
            return
        if "imap" in engine.calls[-1].sources:
            woke.set()
            loop.request_stop()

    engine.during_cycle = cycle_hook
    threading.Timer(0.2, watcher.changed.set).start()
    runner = threading.Thread(target=loop.run)
    runner.start()
    runner.join(10)
    assert woke.is_set(), "the IDLE change did not lead to a cycle reading the mailbox"
    assert watcher.closed.wait(10)


def test_idle_is_reported_in_status() -> None:
    watcher = FakeWatcher()
    clock = FakeClock()
    engine = FakeEngine(clock, polls={"imap": 300}, watchers={"imap": watcher})
    notifier = RecordingNotifier()
    loop = Loop(engine, clock, wait=clock.wait, notifier=notifier)
    stop_after(clock, [loop], timedelta(seconds=5))
    loop.run()
    assert "STATUS=idle on imap" in notifier.fields()


def test_a_lost_idle_connection_is_reported_in_status() -> None:
    watcher = FakeWatcher()
    watcher.fail_with = OSError("imap: connection reset by peer")
    clock = FakeClock()
    engine = FakeEngine(clock, polls={"imap": 300}, watchers={"imap": watcher})
    notifier = RecordingNotifier()
    loop = Loop(engine, clock, wait=clock.wait, notifier=notifier)

    def until_failed(c: FakeClock) -> None:
        if not loop.watchers or loop.watchers[0].error is None:
            time.sleep(0.01)  # real time for the watcher's thread to fail
        elif c.now - START > timedelta(minutes=3):
            loop.request_stop()

    clock.on_wait = until_failed
    loop.run()
    assert "STATUS=imap: push lost (connection reset by peer), polling" in notifier.fields()


@pytest.mark.parametrize("failures", [1, 2, 5, 10, 40])
def test_backoff_is_jittered_exponential_and_capped(failures: int) -> None:
    delays = []
    for seed in range(50):
        backoff = Backoff(base=30, cap=3600)
        backoff.rng.seed(seed)
        for _ in range(failures):
            delay = backoff.failed()
        delays.append(delay)
    full = min(3600, 30 * 2 ** (failures - 1))
    assert all(full / 2 <= d <= full for d in delays)
    assert len({round(d, 3) for d in delays}) > 40  # jittered: instances do not stampede


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_real_signal_wakes_the_sleeping_loop_at_once(sig: signal.Signals) -> None:
    """Real time, real signal handlers: the loop sleeps (next job in minutes) and the
    signal ends it within a fraction of a second, with exit code 0."""
    engine = FakeEngine(FakeClock(), polls={"imap": 3600})
    loop = Loop(engine, real_clock(), notifier=RecordingNotifier())
    threading.Timer(0.3, os.kill, (os.getpid(), sig)).start()
    started = time.monotonic()
    with signal_handlers(loop):
        assert loop.run() == 0
    assert time.monotonic() - started < 2
    assert loop.stop_signal == sig.name
    assert signal.getsignal(sig) is not None  # the previous handler is back


def test_a_stop_signal_taken_by_another_thread_still_wakes_the_loop_at_once() -> None:
    """The kernel may hand a process-wide signal to any thread that does not block it
    (numpy's BLAS pool, a library's thread). Python then runs the handler on the main
    thread only after its sleep returns: without the wakeup fd, up to 30 s later."""
    engine = FakeEngine(FakeClock(), polls={"imap": 3600})
    loop = Loop(engine, real_clock(), notifier=RecordingNotifier())
    bystander_done = threading.Event()
    bystander = threading.Thread(target=bystander_done.wait, args=(20,), daemon=True)
    bystander.start()
    assert bystander.ident is not None
    kill = threading.Timer(0.3, signal.pthread_kill, (bystander.ident, signal.SIGTERM))
    kill.start()
    started = time.monotonic()
    try:
        with signal_handlers(loop):
            assert loop.run() == 0
    finally:
        bystander_done.set()
    assert time.monotonic() - started < 2
    assert loop.stop_signal == "SIGTERM"


def test_threads_the_service_starts_block_its_signals() -> None:
    watcher = FakeWatcher()
    engine = FakeEngine(FakeClock(), polls={"imap": 3600}, watchers={"imap": watcher})
    loop = Loop(engine, real_clock(), notifier=RecordingNotifier())
    threading.Timer(0.5, loop.request_stop).start()
    loop.run()
    assert watcher.signal_mask is not None
    assert set(HANDLED_SIGNALS) <= watcher.signal_mask
    assert not set(HANDLED_SIGNALS) & signal.pthread_sigmask(signal.SIG_BLOCK, [])  # main: not


def test_library_threads_are_started_with_the_signals_blocked() -> None:
    start_library_threads()  # numpy is imported (or was already): the main mask is restored
    assert not set(HANDLED_SIGNALS) & signal.pthread_sigmask(signal.SIG_BLOCK, [])


def test_sighup_sets_a_reload_without_stopping() -> None:
    engine = FakeEngine(FakeClock(), polls={"imap": 3600})
    reloaded: list[bool] = []
    loop = Loop(engine, real_clock(), notifier=RecordingNotifier(), reload=lambda: engine)

    def hup_then_term() -> None:
        os.kill(os.getpid(), signal.SIGHUP)
        time.sleep(0.3)
        reloaded.append(len(engine.calls) > 1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Timer(0.3, hup_then_term).start()
    with signal_handlers(loop):
        assert loop.run() == 0
    assert reloaded == [True]  # the reload ran a cycle on the (same) engine, still running


def test_wakeup_from_another_thread_or_a_handler_takes_no_lock() -> None:
    wake = Wakeup()
    wake.set()
    wake.set()
    started = time.monotonic()
    wake.wait(5)  # pending: returns at once, and drains
    assert time.monotonic() - started < 1
    started = time.monotonic()
    wake.wait(0.05)  # drained: now it sleeps
    assert time.monotonic() - started >= 0.04
