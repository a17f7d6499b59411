"""Times in the record: ISO 8601 in UTC, so that text order is time order."""

from __future__ import annotations

from datetime import UTC, date, datetime


def ts(value: datetime) -> str:
    """An aware time as UTC text; a naive one is taken as UTC."""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="seconds")


def from_ts(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def maybe_ts(text: str | None) -> datetime | None:
    return from_ts(text) if text else None


def maybe_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
