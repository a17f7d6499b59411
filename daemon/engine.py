"""What the service loop drives: one loaded configuration with its rules, record and sources.

`open_engine` loads everything the way `followup run --once` does (the core's service
module) and the loop only asks it for three things: the poll interval of each source, a
cycle over the sources that are due, and a watcher (IMAP IDLE on a connection of its own)
for the sources that can push. Swapping engines is how SIGHUP reloads: a new one is built
completely before the old one is closed.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .model import Email, Facts

if TYPE_CHECKING:
    from .calendars import Calendar
    from .config import Config
    from .mail import Mailbox
    from .service import Service, Understanding

CLOSE_WITHIN = 1.0  # seconds for the sources' goodbyes (IMAP LOGOUT) when stopping
__all__ = ["Engine", "Outcome", "open_engine"]


@dataclass(frozen=True)
class Outcome:
    """The part of a cycle's summary the loop logs and acts on."""

    read: int = 0
    facts: int = 0
    placed: int = 0
    problems: tuple[str, ...] = ()
    failed: Mapping[str, str] = field(default_factory=dict)  # source name -> what went wrong


@runtime_checkable
class Watcher(Protocol):
    def wait_for_change(self, timeout: float) -> bool: ...

    def close(self) -> None: ...


class Engine(Protocol):
    state_dir: Path

    def intervals(self) -> dict[str, int]:
        """Each source's name and poll interval in seconds."""
        ...

    def cycle(
        self, now: datetime, sources: frozenset[str], watchdog: Callable[[], None]
    ) -> Outcome:
        """Read the named sources (none: plan, compose and deliver only). Source faults are
        reported in `Outcome.failed`, not raised."""
        ...

    def housekeeping(self, now: datetime) -> None: ...

    def watcher(self, source: str) -> Watcher | None: ...

    def describe(self) -> str:
        """One line for the log: which config, rules and sources."""
        ...

    def close(self) -> None: ...


class _Pinging:
    """The understand stage, pinging the watchdog before each message (a long first sync
    makes progress and is not killed, while a read wedged in a socket still is). A message
    that kills the process is guarded against by the core's ingest (`InFlight`)."""

    def __init__(self, inner: Understanding, ping: Callable[[], None]) -> None:
        self.inner = inner
        self.ping = ping

    def maybe_hiring(self, email: Email) -> bool:
        self.ping()
        return self.inner.maybe_hiring(email)

    def facts(self, email: Email) -> Facts:
        return self.inner.facts(email)


class ServiceEngine:
    """The core's `Service` for one configuration, as the loop sees it."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.config = service.config
        self.state_dir = service.config.state_dir
        self._understander = service.understander

    @classmethod
    def open(cls, config: Config, strict: bool = False) -> ServiceEngine:
        from .service import Service

        return cls(Service.open(config, strict=strict))

    def intervals(self) -> dict[str, int]:
        entries = (*self.config.mailboxes, *self.config.calendars)
        return {e.name: e.poll_seconds for e in entries}

    def cycle(
        self, now: datetime, sources: frozenset[str], watchdog: Callable[[], None]
    ) -> Outcome:
        unopened = self._open_missing(sources)
        self.service.understander = _Pinging(self._understander, watchdog)
        summary = self.service.cycle(now, sources)
        failed = {n: e.removeprefix(f"{n}: ") for n, e in {**unopened, **summary.failed}.items()}
        problems = (*summary.problems, *(f"{n}: {e}" for n, e in sorted(failed.items())))
        return Outcome(summary.read, summary.facts, summary.placed, problems, failed)

    def _open_missing(self, sources: frozenset[str]) -> dict[str, str]:
        """A calendar that could not be opened at start (its server was away) is tried
        again whenever it is due, instead of being lost until a restart."""
        from .errors import SourceError
        from .sources import open_calendar

        failed: dict[str, str] = {}
        for entry in self.config.calendars:
            if entry.name in sources and entry.name not in self.service.calendars:
                try:
                    self.service.calendars[entry.name] = open_calendar(entry, self.config)
                except SourceError as err:
                    failed[entry.name] = str(err)
        return failed

    def housekeeping(self, now: datetime) -> None:
        """Daily: fold the SQLite write-ahead log back into the database and let SQLite
        refresh its statistics (the record stays small and fast for months)."""
        conn = self.service.record.conn
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA optimize")

    def watcher(self, source: str) -> Watcher | None:
        """A second adapter for a mailbox that can push (IMAP IDLE): IDLE needs a connection
        of its own, since the cycle uses the first one while the watcher waits."""
        from .sources import open_mailbox

        if not hasattr(self.service.mailboxes.get(source), "wait_for_change"):
            return None
        entry = next(e for e in self.config.mailboxes if e.name == source)
        adapter = open_mailbox(entry, self.config)
        return adapter if isinstance(adapter, Watcher) else None

    def describe(self) -> str:
        rules = self.service.rules
        names = ", ".join(sorted(self.service.source_names)) or "no sources"
        return (
            f"settings {self.config.path}, state {self.state_dir}, "
            f"{len(rules.rules)} rules from {', '.join(map(str, rules.dirs)) or '-'}, "
            f"sources: {names}"
        )

    def close(self) -> None:
        """The record first (local, and everything in it is already committed), then the
        sources' goodbyes on a thread given `CLOSE_WITHIN` seconds: a server that stopped
        answering (the reason a stop may have interrupted a read) must not hold up the stop
        for a socket timeout. Its connection ends with the process."""
        from .watch import signals_blocked

        self.service.record.close()
        sources = [*self.service.mailboxes.values(), *self.service.calendars.values()]
        closer = threading.Thread(target=_close_all, args=(sources,), name="close", daemon=True)
        with signals_blocked():
            closer.start()
        closer.join(CLOSE_WITHIN)


def _close_all(sources: Iterable[Mailbox | Calendar]) -> None:
    for source in sources:
        with contextlib.suppress(Exception):  # best effort: the process is ending anyway
            source.close()


def open_engine(config: Config, strict: bool = False) -> Engine:
    """The core service for these settings. With `strict` (a reload), a rule with a problem
    fails the whole load instead of being skipped, so the running rules stay in place."""
    return ServiceEngine.open(config, strict=strict)
