"""An ICS calendar from a file or an https URL (a published or "secret address" feed)."""

from __future__ import annotations

import logging
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import is_loopback as _loopback
from ..errors import SourceError
from . import Event
from .ical import calendar_events, parse_calendar
from .seen import Seen, key

if TYPE_CHECKING:
    import icalendar

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024  # a year of a busy calendar is well under 1 MB


class IcsCalendar:
    """Reads the whole file or feed on every call: ICS has no incremental sync."""

    def __init__(
        self,
        name: str,
        tz: tzinfo,
        *,
        path: Path | None = None,
        url: str | None = None,
        timeout: float = 30.0,
        seen: Path | None = None,
    ) -> None:
        if (path is None) == (url is None):
            raise ValueError("an ICS calendar needs exactly one of path and url")
        self.name = name
        self._tz = tz
        self._path = path.expanduser() if path is not None else None
        self._url = _checked_url(url) if url is not None else None
        self._timeout = timeout
        self._seen = Seen(seen)  # what the last read showed: deletions become cancellations

    def events(self, start: datetime, end: datetime) -> list[Event]:
        data = self._read()
        try:
            cal = parse_calendar(data)
        except ValueError as err:
            raise SourceError(self.name, f"not an iCalendar file: {err}", transient=False) from None
        found = calendar_events(cal, start, end, self._tz)
        return self._seen.reconcile(found, start, lambda gone: self._still_there(cal, gone))

    def _still_there(self, cal: icalendar.Calendar, gone: list[Event]) -> set[str]:
        """Of events missing from the window, those the file still holds (moved outside
        it). A file without any event is taken for a mistake: nothing is deleted."""
        components = list(cal.walk("VEVENT"))
        if not components:
            log.warning("%s: the calendar holds no events; no deletion is inferred", self.name)
            return {key(e) for e in gone}
        held = {(str(c.get("UID", "")), _recurrence(c, self._tz)) for c in components}
        return {key(e) for e in gone if (e.uid, e.recurrence_id) in held}

    def close(self) -> None:
        return None

    def _read(self) -> bytes:
        if self._path is not None:
            return self._read_file(self._path)
        assert self._url is not None
        return self._fetch(self._url)

    def _read_file(self, path: Path) -> bytes:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except FileNotFoundError:
            raise SourceError(self.name, f"{path} does not exist", transient=False) from None
        except OSError as err:
            raise SourceError(self.name, f"cannot read {path}: {err.strerror}") from None
        return _capped(self.name, data)

    def _fetch(self, url: str) -> bytes:
        request = urllib.request.Request(url, headers={"User-Agent": "followup"})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:  # noqa: S310
                data: bytes = response.read(MAX_BYTES + 1)
        except urllib.error.HTTPError as err:
            transient = err.code >= 500 or err.code == 429
            message = f"{_safe(url)}: HTTP {err.code}"
            raise SourceError(self.name, message, transient=transient) from None
        except (urllib.error.URLError, TimeoutError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise SourceError(self.name, f"{_safe(url)}: {reason}") from None
        return _capped(self.name, data)


def _recurrence(component: Any, tz: tzinfo) -> datetime | None:
    """The RECURRENCE-ID of an overridden instance (None for a plain event or a series)."""
    moment = getattr(component.get("RECURRENCE-ID"), "dt", None)
    if not isinstance(moment, datetime):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=tz)


def _capped(name: str, data: bytes) -> bytes:
    if len(data) > MAX_BYTES:
        raise SourceError(name, f"calendar larger than {MAX_BYTES // 2**20} MB", transient=False)
    return data


def _checked_url(url: str) -> str:
    """https only (webcal:// is https); plain http only to this machine."""
    if url.startswith("webcal://"):
        url = "https://" + url[len("webcal://") :]
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and _loopback(parts.hostname or "")):
        return url
    raise ValueError(f"calendar URL must be https: {_safe(url)}")


def _safe(url: str) -> str:
    """The URL without its path and query: a feed's secret token must not reach a log."""
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}/…"
