"""Calendar adapters (Google Calendar, CalDAV, ICS): read-only sources of events.

Every adapter returns `Event` values for a window; `recognise.event_facts` decides which
of them are interviews. Adapters never write to a calendar. The Protocol needs no sync
method: the Google adapter keeps its own sync token and event cache (a 0600 JSON file in the
state dir) and answers `events()` from it; ICS and CalDAV read the window each time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from ..model import Person


@dataclass(frozen=True)
class Event:
    uid: str  # the iCalendar UID (Google's iCalUID): the key that merges mail and calendar
    summary: str
    start: datetime
    end: datetime
    description: str = ""
    organizer: Person | None = None
    attendees: tuple[Person, ...] = ()  # people only; rooms and resources are in `resources`
    cancelled: bool = False
    location: str = ""
    updated: datetime | None = None
    # Added by the calendar helper (all defaulted, so older callers keep working):
    resources: tuple[Person, ...] = ()  # rooms and equipment (CUTYPE=ROOM/RESOURCE)
    all_day: bool = False
    sequence: int | None = None  # iCalendar SEQUENCE: a higher one supersedes
    conference: str = ""  # a video-call link (Google conferenceData, X-GOOGLE-CONFERENCE)
    recurrence_id: datetime | None = None  # the original start, for one instance of a series


class Calendar(Protocol):
    name: str

    def events(self, start: datetime, end: datetime) -> list[Event]:
        """Events overlapping [start, end), recurring ones expanded, cancelled ones included."""
        ...

    def close(self) -> None: ...
