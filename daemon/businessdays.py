"""Business-day and wall-clock arithmetic in the user's timezone.

A business day is a weekday that is not a public holiday of the user's country (and
subdivision, when given). Offsets are applied to the *local* date and wall-clock time and
only then turned back into an aware datetime, so "2 business days after Friday 17:00" is
Tuesday 17:00 local time whether or not a DST change happened in between.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

import holidays

SATURDAY = 5


@dataclass(frozen=True)
class BusinessCalendar:
    timezone: str = "UTC"
    country: str | None = None
    subdivision: str | None = None
    _years: dict[int, frozenset[date]] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def holidays_of(self, year: int) -> frozenset[date]:
        if year not in self._years:
            self._years[year] = self._load_year(year)
        return self._years[year]

    def _load_year(self, year: int) -> frozenset[date]:
        if not self.country:
            return frozenset()
        found = holidays.country_holidays(self.country, subdiv=self.subdivision, years=year)
        return frozenset(found.keys())

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < SATURDAY and day not in self.holidays_of(day.year)

    def add_business_days(self, day: date, n: int) -> date:
        """`n` business days after (or before, for n < 0) `day`. With n == 0, `day` itself
        if it is a business day, else the next one."""
        step = 1 if n >= 0 else -1
        if n == 0:
            while not self.is_business_day(day):
                day += timedelta(days=1)
            return day
        remaining = abs(n)
        while remaining:
            day += timedelta(days=step)
            if self.is_business_day(day):
                remaining -= 1
        return day

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def at(self, day: date, clock: time) -> datetime:
        """The aware moment of `clock` on `day` in the user's timezone. A wall-clock time
        skipped by a DST change resolves to the same instant one hour later."""
        naive = datetime.combine(day, clock)
        return naive.replace(tzinfo=self.tz).astimezone(self.tz)

    def shift(
        self,
        anchor: datetime,
        *,
        days: int = 0,
        business_days: int = 0,
        hours: float = 0,
        clock: time | None = None,
    ) -> datetime:
        """`anchor` moved by calendar days and business days on the local calendar (keeping
        the wall-clock time, or setting it to `clock`), then by `hours` of elapsed time."""
        local = self.local(anchor)
        day = local.date() + timedelta(days=days)
        if business_days:
            day = self.add_business_days(day, business_days)
        wall = clock if clock is not None else local.time().replace(tzinfo=None)
        moment = self.at(day, wall)
        if clock is not None and days >= 0 and business_days >= 0 and moment < anchor:
            # "at 09:00" after a 17:00 anchor means the next such morning
            later = day + timedelta(days=1)
            day = self.add_business_days(later, 0) if business_days else later
            moment = self.at(day, wall)
        elapsed = moment.astimezone(UTC) + timedelta(hours=hours)  # not wall-clock arithmetic
        return elapsed.astimezone(self.tz)
