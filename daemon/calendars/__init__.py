"""Calendar adapters (Google Calendar, CalDAV, ICS): read-only sources of events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from ..model import Person


@dataclass(frozen=True)
class Event:
    uid: str
    summary: str
    start: datetime
    end: datetime
    description: str = ""
    organizer: Person | None = None
    attendees: tuple[Person, ...] = ()
    cancelled: bool = False
    location: str = ""
    updated: datetime | None = None


class Calendar(Protocol):
    name: str

    def events(self, start: datetime, end: datetime) -> list[Event]:
        """Events overlapping [start, end), recurring ones expanded, cancelled ones included."""
        ...

    def close(self) -> None: ...
