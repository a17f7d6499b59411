"""What the service loop drives: one loaded configuration with its rules, record and sources.

`open_engine` loads everything the way `followup run --once` does (the core's service
module) and the loop only asks it for three things: the poll interval of each source, a
cycle over the sources that are due, and a watcher (IMAP IDLE on a connection of its own)
for the sources that can push. Swapping engines is how SIGHUP reloads: a new one is built
completely before the old one is closed.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
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
INFLIGHT = "understanding.json"  # in the state directory: the message being understood
DEATHS_TO_QUARANTINE = 2


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


class PoisonMessageError(Exception):
    """The process died more than once while understanding this message."""


class InFlight:
    """Which message the understand stage is working on, in a small file in the state
    directory. A process that dies there (a crash in native code, the out-of-memory killer)
    leaves the file behind and the message becomes suspect at the next start; a second death
    on it makes it poison, and it is quarantined instead of killing the service again (never
    a crash loop). A single `kill -9` at a random moment never quarantines anything, and a
    stop (SIGTERM) removes the file like any other way out of the stage."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / INFLIGHT
        self.suspect, self.deaths = self._left_behind()

    def _left_behind(self) -> tuple[str | None, int]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return str(data["message"]), int(data["deaths"]) + 1  # it died once more
        except (OSError, ValueError, KeyError, TypeError):  # none (or cut off mid-write)
            return None, 0

    def check(self, key: str) -> None:
        if key == self.suspect and self.deaths >= DEATHS_TO_QUARANTINE:
            raise PoisonMessageError(
                f"the service died {self.deaths} times while understanding this message"
            )

    @contextlib.contextmanager
    def holding(self, key: str) -> Iterator[None]:
        deaths = self.deaths if key == self.suspect else 0
        self.path.write_text(json.dumps({"message": key, "deaths": deaths}), encoding="utf-8")
        try:
            yield
        finally:
            self.path.unlink(missing_ok=True)
        if key == self.suspect:
            self.suspect, self.deaths = None, 0  # it went through this time: not poison


def _key(email: Email) -> str:
    if email.message_id:
        return email.message_id
    return f"{email.date.isoformat() if email.date else '-'} {email.subject}"[:300]


class _Pinging:
    """The understand stage, pinging the watchdog before each message (a long first sync
    makes progress and is not killed, while a read wedged in a socket still is), and
    guarded against a message that kills the process (`InFlight`)."""

    def __init__(self, inner: Understanding, ping: Callable[[], None], inflight: InFlight) -> None:
        self.inner = inner
        self.ping = ping
        self.inflight = inflight

    def maybe_hiring(self, email: Email) -> bool:
        self.ping()
        key = _key(email)
        self.inflight.check(key)  # raising here quarantines the message (the core's ingest)
        with self.inflight.holding(key):
            return self.inner.maybe_hiring(email)

    def facts(self, email: Email) -> Facts:
        with self.inflight.holding(_key(email)):
            return self.inner.facts(email)


class ServiceEngine:
    """The core's `Service` for one configuration, as the loop sees it."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.config = service.config
        self.state_dir = service.config.state_dir
        self._understander = service.understander
        self._inflight = InFlight(self.state_dir)

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
        self.service.understander = _Pinging(self._understander, watchdog, self._inflight)
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
