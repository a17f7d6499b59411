"""What the service loop drives: one loaded configuration with its rules, record and sources.

`open_engine` loads everything the way `followup run --once` does (the core's service
module) and the loop only asks it for three things: the poll interval of each source, a
cycle over the sources that are due, and a watcher (IMAP IDLE on a connection of its own)
for the sources that can push. Swapping engines is how SIGHUP reloads: a new one is built
completely before the old one is closed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class Outcome:
    """The part of a cycle's summary the loop logs and acts on."""

    read: int = 0
    facts: int = 0
    placed: int = 0
    problems: tuple[str, ...] = ()
    failed: Mapping[str, str] = field(default_factory=dict)  # source name -> what went wrong


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


def open_engine(config_path: Path | None, strict: bool = False) -> Engine:
    """The engine of the core service for the settings at `config_path`. With `strict`
    (reload), rules with problems make it fail instead of being skipped."""
    from .service_engine import ServiceEngine

    return ServiceEngine.open(config_path, strict=strict)
