"""Deleted events, for calendars without a sync protocol (ICS files and feeds, CalDAV).

Google Calendar reports a deletion (`status: cancelled`); an ICS file or a CalDAV search
simply stops showing the event. So each of those adapters remembers what its last read
showed (a 0600 JSON file in the state dir, so a deletion made while the service was down is
noticed too), and an event that is gone is reported once more, as cancelled, until it has
ended. The record treats that like STATUS:CANCELLED: the interview is cancelled, unless it
had already started when the deletion was noticed (past events get tidied away).

Gone is checked, not guessed: the adapter is asked whether the event still exists outside
the window (moved far away), and an ICS feed served without any event at all (by mistake,
more likely than a calendar emptied on purpose) cancels nothing."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from ..model import Person
from . import Event

log = logging.getLogger(__name__)

Exists = Callable[[list[Event]], set[str]]  # of these events, the keys that still exist


def key(event: Event) -> str:
    """One event, or one instance of a series."""
    if event.recurrence_id is None:
        return event.uid
    return f"{event.uid}/{event.recurrence_id.isoformat()}"


class Seen:
    """The events a calendar showed last time, and those since found deleted."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._known: dict[str, Event] = _load(path)

    def reconcile(self, events: list[Event], start: datetime, exists: Exists) -> list[Event]:
        """`events` (just read for a window beginning at `start`) plus a cancelled copy of
        each known event that is gone; remembers the new state."""
        current = {key(e): e for e in events}
        missing = [e for k, e in self._known.items() if k not in current and e.end >= start]
        fresh = [e for e in missing if not e.cancelled]
        kept = exists(fresh) if fresh else set()
        gone = [replace(e, cancelled=True, updated=None) for e in fresh if key(e) not in kept]
        gone += [e for e in missing if e.cancelled]  # reported again until they end
        self._known = {**current, **{key(e): e for e in gone}}
        self._save()
        return [*events, *gone]

    def _save(self) -> None:
        """Best effort: without the file, deletions are still noticed while the service runs."""
        if self._path is None:
            return
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = self._path.with_name(self._path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump([_to_json(e) for e in self._known.values()], handle)
            tmp.replace(self._path)
        except OSError as err:
            log.warning(
                "cannot save %s (%s); deleted events are noticed until a restart",
                self._path,
                err.strerror,
            )


def seen_file(state_dir: Path, kind: str, name: str) -> Path:
    safe = "".join(c if c.isalnum() else "_" for c in name)
    return state_dir / f"{kind}-{safe}-seen.json"


# --- persistence: only what recognising and cancelling an interview needs ------------------


def _to_json(event: Event) -> dict[str, Any]:
    return {
        "uid": event.uid,
        "summary": event.summary,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "description": event.description[:2000],
        "organizer": _person(event.organizer) if event.organizer else None,
        "attendees": [_person(p) for p in event.attendees],
        "cancelled": event.cancelled,
        "all_day": event.all_day,
        "sequence": event.sequence,
        "recurrence_id": event.recurrence_id.isoformat() if event.recurrence_id else None,
    }


def _from_json(item: dict[str, Any]) -> Event:
    recurrence = item.get("recurrence_id")
    organizer = item.get("organizer")
    return Event(
        uid=str(item["uid"]),
        summary=str(item.get("summary", "")),
        start=datetime.fromisoformat(item["start"]),
        end=datetime.fromisoformat(item["end"]),
        description=str(item.get("description", "")),
        organizer=Person(**organizer) if organizer else None,
        attendees=tuple(Person(**p) for p in item.get("attendees", [])),
        cancelled=bool(item.get("cancelled")),
        all_day=bool(item.get("all_day")),
        sequence=item.get("sequence"),
        recurrence_id=datetime.fromisoformat(recurrence) if recurrence else None,
    )


def _person(person: Person) -> dict[str, str | None]:
    return {"name": person.name, "email": person.email, "title": person.title}


def _load(path: Path | None) -> dict[str, Event]:
    if path is None:
        return {}
    try:
        items: Iterable[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
        events = [_from_json(item) for item in items]
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("%s is unreadable; deleted events are noticed from the next read on", path)
        return {}
    return {key(e): e for e in events}
