"""Run the `schedule` library on an injected clock.

`schedule` reads the time with `datetime.datetime.now()` through its module-global `datetime`
and has no clock parameter. While the service runs, that global is replaced by a stand-in
whose `datetime.now()` asks our clock, so the same code runs on wall-clock time in production,
on `--now` time when replaying, and on a fake clock in tests (which therefore never sleep).
The original module is put back on exit.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import types
from collections.abc import Callable, Iterator

import schedule


def _stand_in(clock: Callable[[], _dt.datetime]) -> types.ModuleType:
    class ClockDatetime(_dt.datetime):
        @classmethod
        def now(cls, tz: _dt.tzinfo | None = None) -> _dt.datetime:  # type: ignore[override]
            moment = clock()
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=_dt.UTC)
            return moment.astimezone(tz) if tz is not None else naive_local(moment)

    module = types.ModuleType("datetime")
    module.__dict__.update(_dt.__dict__)
    module.datetime = ClockDatetime  # type: ignore[attr-defined]
    return module


def naive_local(moment: _dt.datetime) -> _dt.datetime:
    """`schedule` keeps naive local times (a plain `datetime`, not the stand-in)."""
    local = moment.astimezone()
    return _dt.datetime(
        local.year,
        local.month,
        local.day,
        local.hour,
        local.minute,
        local.second,
        local.microsecond,
    )


def seconds_until(job: schedule.Job | None, now: _dt.datetime) -> float:
    """How long until `job` runs next, by the clock's `now`."""
    if job is None or job.next_run is None:
        return 0.0
    return max(0.0, (job.next_run - naive_local(now)).total_seconds())


@contextlib.contextmanager
def scheduler_clock(clock: Callable[[], _dt.datetime]) -> Iterator[None]:
    original = vars(schedule)["datetime"]
    setattr(schedule, "datetime", _stand_in(clock))  # noqa: B010  (not a public attribute)
    try:
        yield
    finally:
        setattr(schedule, "datetime", original)  # noqa: B010
