"""A CalDAV calendar (Nextcloud, Fastmail, iCloud, Radicale...) read with the caldav library.

The server filters by time range; recurring series are expanded here, with the same code
and the same limits as ICS files, so both sources give identical events."""

from __future__ import annotations

import logging
import urllib.parse
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from ..config import is_loopback as _loopback
from ..errors import SourceError
from . import Event
from .ical import calendar_events, parse_calendar
from .seen import Seen, key

log = logging.getLogger(__name__)


class CaldavCalendar:
    def __init__(
        self,
        name: str,
        tz: tzinfo,
        url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        calendar: str | None = None,
        timeout: int = 30,
        seen: Path | None = None,
    ) -> None:
        host = urllib.parse.urlsplit(url).hostname or ""
        if not url.startswith("https://") and not _loopback(host):
            raise ValueError("a CalDAV URL must be https (plain http only to this machine)")
        self.name = name
        self._tz = tz
        self._url = url
        self._username = username
        self._password = password
        self._timeout = timeout
        self._wanted = calendar  # a display name; None: every calendar under the URL
        self._client: Any = None
        self._calendars: list[Any] | None = None
        self._seen = Seen(seen)  # what the last read showed: deletions become cancellations

    def events(self, start: datetime, end: datetime) -> list[Event]:
        import caldav
        from caldav.lib import error as dav_error

        try:
            payloads = [
                str(obj.data)
                for calendar in self._chosen(self._connect(caldav))
                for obj in calendar.search(start=start, end=end, event=True, expand=False)
            ]
            found = self._expand(payloads, start, end)
            return self._seen.reconcile(found, start, lambda gone: self._still_there(gone, caldav))
        except dav_error.AuthorizationError:
            self.close()
            raise SourceError(
                self.name, "the server refused the username or password", transient=False
            ) from None
        except (dav_error.DAVError, OSError) as err:
            self.close()
            raise SourceError(self.name, f"CalDAV request failed: {type(err).__name__}") from None
        except Exception as err:  # niquests raises its own exception tree for network faults
            if not _network_error(err):
                raise
            self.close()
            raise SourceError(
                self.name, f"cannot reach the CalDAV server: {type(err).__name__}"
            ) from None

    def _still_there(self, gone: list[Event], caldav: Any) -> set[str]:
        """Of events missing from the window, those the server still has (moved outside it):
        one lookup by UID each, and only when something went missing. An instance of a
        series that left the window is gone (EXDATE or a shortened series)."""
        from caldav.lib import error as dav_error

        kept: set[str] = set()
        for event in gone:
            if event.recurrence_id is not None:
                continue
            for calendar in self._chosen(self._connect(caldav)):
                try:
                    calendar.object_by_uid(event.uid)
                except dav_error.NotFoundError:
                    continue
                kept.add(key(event))
                break
        return kept

    def _expand(self, payloads: list[str], start: datetime, end: datetime) -> list[Event]:
        events: list[Event] = []
        for payload in payloads:
            try:
                cal = parse_calendar(payload.encode())
            except ValueError:
                log.warning("%s: skipped an object that is not iCalendar data", self.name)
                continue
            events.extend(calendar_events(cal, start, end, self._tz))
        return events

    def _chosen(self, client: Any) -> list[Any]:
        """The calendar named in the settings, else every calendar at or under the URL (the
        URL of one calendar, or of the account)."""
        if self._calendars is None:
            every = client.principal().calendars()
            if self._wanted is not None:
                chosen = [c for c in every if _display_name(c) == self._wanted]
                if not chosen:
                    names = ", ".join(sorted(_display_name(c) for c in every)) or "none"
                    raise SourceError(
                        self.name,
                        f"no calendar named {self._wanted!r} (found: {names})",
                        transient=False,
                    )
            else:
                base = self._url.rstrip("/")
                chosen = [c for c in every if str(c.url).rstrip("/").startswith(base)] or every
            self._calendars = chosen
        return self._calendars

    def _connect(self, caldav: Any) -> Any:
        if self._client is None:
            host = urllib.parse.urlsplit(self._url).hostname or ""
            self._client = caldav.DAVClient(
                url=self._url,
                username=self._username,
                password=self._password,
                timeout=self._timeout,
                require_tls=not _loopback(host),
            )
        return self._client

    def close(self) -> None:
        client, self._client = self._client, None
        self._calendars = None
        if client is not None:
            try:
                client.close()
            except Exception:  # closing a dead connection is not an error
                log.debug("%s: error while closing", self.name, exc_info=True)


def _display_name(calendar: Any) -> str:
    return str(calendar.get_display_name() or "")


def _network_error(err: Exception) -> bool:
    names = {cls.__name__ for cls in type(err).__mro__}
    return bool(names & {"ConnectionError", "Timeout", "RequestException", "HTTPError"})
