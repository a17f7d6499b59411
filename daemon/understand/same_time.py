"""A new day "at the same time": the hour is the quoted interview's.

"Ya no será mañana martes sino el jueves 1 de octubre, a la misma hora" over the quoted
"el martes 29 de septiembre de 10:00 a 11:00": Thursday 1 October, 10:00 to 11:00. The
reply names a day and no hour; the hour (and length) is the one it moves.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

from .dates import DATE_RE, Found, resolve_date

SAME_TIME = re.compile(
    r"(?i)\b(same time|same hour|at the same time|a la misma hora|en el mismo horario|"
    r"à la même heure|au même horaire|zur (gleichen|selben) (zeit|uhrzeit)|alla stessa ora|"
    r"à mesma hora|no mesmo horário|op hetzelfde tijdstip|zelfde tijd)\b(?!\s*zone)"
)


def moved_day(
    body: str, earlier: Found, times: list[Found], *, sent: datetime, tz: tzinfo, day_first: bool
) -> Found | None:
    """The quoted interview moved to the day the reply names "at the same time", if it
    names one other than the quoted day and no hour of its own on it (`times`)."""
    said = [line for line in body.split("\n") if SAME_TIME.search(line)]
    if not said:
        return None
    old, ref = earlier.start.date(), sent.astimezone(tz).date()
    days = [d for d in _days(said, ref, day_first) if d != old and d >= ref]
    if not days or any(f.start.date() == days[-1] for f in times):
        return None
    new = days[-1]
    start = earlier.start.replace(year=new.year, month=new.month, day=new.day)  # wall time
    end = earlier.end + (start - earlier.start) if earlier.end else None
    return Found(start, end, earlier.offset, earlier.line, earlier.zone_named, earlier.at)


def _days(lines: list[str], ref: date, day_first: bool) -> list[date]:
    """The last day each line names ("no longer tomorrow but Thursday 1 October")."""
    out = []
    for line in lines:
        named = [
            d
            for m in DATE_RE.finditer(line)
            if m.group(0).strip() and (d := resolve_date(m, ref, day_first))
        ]
        out += named[-1:]
    return out
