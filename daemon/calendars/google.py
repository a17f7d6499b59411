"""Google Calendar (API v3): a moving window of events kept fresh with incremental sync.

A full sync lists the window (plus a margin ahead, so the window can move for weeks without
one) with `singleEvents` (recurring series expanded by Google) and `showDeleted`; it ends
with a `nextSyncToken`. Later calls send only that token and get what changed, including
deletions as `status: cancelled`. The token expires (HTTP 410 Gone): then a full sync again.
The cache of events and the token live in a JSON file in the state dir."""

from __future__ import annotations

import json
import logging
import os
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ..model import Person
from . import Event
from .google_http import Sleep, http_problem, read, status_of

log = logging.getLogger(__name__)

MARGIN = timedelta(days=30)  # fetched beyond the window's end, so it can move without a resync
PAGE = 250


class GoogleCalendar:
    def __init__(
        self,
        name: str,
        service: Any,
        calendar_id: str = "primary",
        *,
        state_file: Path | None = None,
        sleep: Sleep = time.sleep,
        on_done: Any = None,
        rng: random.Random | None = None,
    ) -> None:
        self.name = name
        self._service = service
        self._calendar_id = calendar_id
        self._state_file = state_file
        self._sleep = sleep
        self._rng = rng  # the retries' jitter (google_http.pause); None: a shared one
        self._on_done = on_done  # e.g. TokenKeeper.save_if_refreshed
        self._state = _load_state(state_file)
        self.full_syncs = 0  # how many full syncs this object did (for tests and status)

    def events(self, start: datetime, end: datetime) -> list[Event]:
        from googleapiclient.errors import HttpError

        try:
            self._sync(start, end)
        except HttpError as err:
            raise http_problem(self.name, err) from None
        finally:
            if self._on_done is not None:
                self._on_done()
        self._save()
        found = (to_event(item, self._tz()) for item in self._state["items"].values())
        return sorted(
            (e for e in found if e and e.end > start and e.start < end),
            key=lambda e: (e.start, e.uid),
        )

    def close(self) -> None:
        self._save()

    # --- sync -----------------------------------------------------------------------------

    def _sync(self, start: datetime, end: datetime) -> None:
        from googleapiclient.errors import HttpError

        covered = self._state.get("window")
        token = self._state.get("sync_token")
        if token and covered and covered[0] <= _utc(start) and _utc(end) <= covered[1]:
            try:
                self._incremental(token)
            except HttpError as err:
                if status_of(err) != 410:
                    raise
                log.info("%s: sync token expired; full sync", self.name)
            else:
                return
        self._full(start, end + MARGIN)

    def _full(self, start: datetime, end: datetime) -> None:
        items: dict[str, Any] = {}
        params = {"timeMin": _utc(start), "timeMax": _utc(end), "showDeleted": True}
        token = None
        for page in self._pages(params):
            for item in page.get("items", []):
                items[item["id"]] = item
            token = page.get("nextSyncToken") or token
        self._state = {
            "window": [_utc(start), _utc(end)],
            "sync_token": token,
            "time_zone": self._state.get("time_zone"),
            "items": items,
        }
        self.full_syncs += 1

    def _incremental(self, token: str) -> None:
        items: dict[str, Any] = self._state["items"]
        new_token = token
        for page in self._pages({"syncToken": token}):
            for item in page.get("items", []):
                items[item["id"]] = _merge(items.get(item["id"]), item)
            new_token = page.get("nextSyncToken") or new_token
        self._state["sync_token"] = new_token

    def _pages(self, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        page_token: str | None = None
        while True:
            request = self._service.events().list(
                calendarId=self._calendar_id,
                singleEvents=True,
                maxResults=PAGE,
                pageToken=page_token,
                **params,
            )
            page: dict[str, Any] = read(self.name, request, self._sleep, rng=self._rng)
            if page.get("timeZone"):
                self._state["time_zone"] = page["timeZone"]
            yield page
            page_token = page.get("nextPageToken")
            if not page_token:
                return

    # --- state ----------------------------------------------------------------------------

    def _tz(self) -> Any:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(self._state.get("time_zone") or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")

    def _save(self) -> None:
        if self._state_file is None:
            return
        tmp = self._state_file.with_name(self._state_file.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self._state, handle)
        tmp.replace(self._state_file)


def _utc(moment: datetime) -> str:
    """RFC 3339 in UTC: comparable as text, and what the API expects."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _load_state(path: Path | None) -> dict[str, Any]:
    empty: dict[str, Any] = {"window": None, "sync_token": None, "items": {}}
    if path is None:
        return empty
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return empty
    except (OSError, ValueError):
        log.warning("%s is unreadable; starting a full calendar sync", path)
        return empty
    return state if isinstance(state, dict) and isinstance(state.get("items"), dict) else empty


def _merge(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """A deletion arrives as a bare `{id, status: cancelled}`: keep what we knew of the event,
    so the cancellation still names its start and UID, but not its old `updated`, which
    would date the cancellation at the event's last change before it (None: when seen)."""
    if new.get("status") == "cancelled" and old is not None and "start" not in new:
        kept = {k: v for k, v in old.items() if k != "updated"}
        return {**kept, **{k: new[k] for k in ("updated",) if new.get(k)}, "status": "cancelled"}
    return new


# --- one event ----------------------------------------------------------------------------


def to_event(item: dict[str, Any], tz: Any) -> Event | None:
    """A Calendar API event resource as an Event; None when it has no start."""
    start, all_day = _when(item.get("start"), tz)
    if start is None:
        return None
    end = _when(item.get("end"), tz)[0] or start
    people, rooms = _attendees(item.get("attendees", []))
    original = _when(item.get("originalStartTime"), tz)[0] if item.get("recurringEventId") else None
    return Event(
        uid=str(item.get("iCalUID") or item["id"]),
        summary=str(item.get("summary", "")),
        start=start,
        end=max(start, end),
        description=str(item.get("description", "")),
        organizer=_person(item.get("organizer")),
        attendees=people,
        cancelled=item.get("status") == "cancelled",
        location=str(item.get("location", "")),
        updated=_instant(item.get("updated")),
        resources=rooms,
        all_day=all_day,
        sequence=item.get("sequence"),
        conference=_conference(item),
        recurrence_id=original,
    )


def _when(value: dict[str, Any] | None, tz: Any) -> tuple[datetime | None, bool]:
    if not value:
        return None, False
    if "dateTime" in value:
        moment = _instant(value["dateTime"])
        return moment, False
    if "date" in value:
        return datetime.fromisoformat(value["date"]).replace(tzinfo=tz), True
    return None, False


def _instant(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _attendees(raw: list[dict[str, Any]]) -> tuple[tuple[Person, ...], tuple[Person, ...]]:
    people: list[Person] = []
    rooms: list[Person] = []
    for entry in raw:
        found = _person(entry)
        if found is None:
            continue
        if entry.get("resource"):
            rooms.append(found)
        elif entry.get("responseStatus") != "declined" or entry.get("self"):
            people.append(found)  # someone who declined was not there to be thanked
    return tuple(people), tuple(rooms)


def _person(entry: dict[str, Any] | None) -> Person | None:
    if not entry or not (entry.get("email") or entry.get("displayName")):
        return None
    return Person(name=entry.get("displayName") or None, email=entry.get("email") or None)


def _conference(item: dict[str, Any]) -> str:
    for point in item.get("conferenceData", {}).get("entryPoints", []):
        if point.get("entryPointType") == "video" and point.get("uri"):
            return str(point["uri"])
    return str(item.get("hangoutLink", ""))


def open_google_calendar(
    name: str, token: Path, calendar_id: str, state_dir: Path, sleep: Sleep = time.sleep
) -> GoogleCalendar:
    """The adapter for a config entry, with the stored sign-in."""
    from ..auth import TokenKeeper, load_credentials
    from .google_http import authorized_http, build_service

    credentials = load_credentials(name, token)
    keeper = TokenKeeper(credentials, token)
    service = build_service("calendar", "v3", authorized_http(credentials))
    safe = "".join(c if c.isalnum() else "_" for c in name)
    return GoogleCalendar(
        name,
        service,
        calendar_id,
        state_file=state_dir / f"gcal-{safe}.json",
        sleep=sleep,
        on_done=keeper.save_if_refreshed,
    )
