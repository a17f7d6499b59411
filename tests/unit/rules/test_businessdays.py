"""Business days: weekends and the user's public holidays, on the local calendar, across
DST changes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from followup.businessdays import BusinessCalendar

US = BusinessCalendar("America/Chicago", "US")
CHICAGO = ZoneInfo("America/Chicago")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CHICAGO)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 3, 9), 2, date(2026, 3, 11)),  # Mon -> Wed
        (date(2026, 3, 12), 2, date(2026, 3, 16)),  # Thu -> Mon
        (date(2026, 3, 13), 1, date(2026, 3, 16)),  # Fri -> Mon
        (date(2026, 3, 14), 1, date(2026, 3, 16)),  # Sat -> Mon
        (date(2026, 3, 14), 0, date(2026, 3, 16)),  # 0 from a weekend: the next business day
        (date(2026, 3, 11), 0, date(2026, 3, 11)),
        (date(2026, 7, 2), 1, date(2026, 7, 6)),  # July 4 is a Saturday: observed Fri July 3
        (date(2026, 11, 25), 1, date(2026, 11, 27)),  # Thanksgiving
        (date(2026, 12, 24), 1, date(2026, 12, 28)),  # Christmas Friday
        (date(2026, 12, 31), 1, date(2027, 1, 4)),  # New Year across the year boundary (Fri)
        (date(2026, 3, 16), -1, date(2026, 3, 13)),
        (date(2026, 3, 16), -3, date(2026, 3, 11)),
    ],
)
def test_add_business_days(start: date, n: int, expected: date) -> None:
    assert US.add_business_days(start, n) == expected


def test_holidays_follow_the_country() -> None:
    de = BusinessCalendar("Europe/Berlin", "DE")
    assert not de.is_business_day(date(2026, 10, 3)) and US.is_business_day(date(2026, 10, 5))
    assert not de.is_business_day(date(2026, 12, 26)) and de.is_business_day(date(2026, 7, 3))
    assert not US.is_business_day(date(2026, 7, 3))
    assert BusinessCalendar("UTC").is_business_day(date(2026, 12, 25))  # no country: weekends only


def test_subdivisions_count() -> None:
    bavaria = BusinessCalendar("Europe/Berlin", "DE", "BY")
    assert not bavaria.is_business_day(date(2026, 1, 6))  # Epiphany in Bavaria only
    assert BusinessCalendar("Europe/Berlin", "DE").is_business_day(date(2026, 1, 6))


def test_wall_clock_time_is_kept_across_the_spring_dst_change() -> None:
    friday = local(2026, 3, 6, 17, 0)  # CST, UTC-6
    due = US.shift(friday, business_days=2)
    assert due == local(2026, 3, 10, 17, 0)  # CDT, UTC-5: Tuesday 17:00 local
    assert due.utcoffset() == timedelta(hours=-5)
    utc = ZoneInfo("UTC")
    assert due.astimezone(utc) - friday.astimezone(utc) == timedelta(days=4, hours=-1)


def test_wall_clock_time_is_kept_across_the_autumn_dst_change() -> None:
    saturday = local(2026, 10, 31, 9, 0)  # CDT
    due = US.shift(saturday, days=7)
    assert due == local(2026, 11, 7, 9, 0) and due.utcoffset() == timedelta(hours=-6)


def test_a_time_of_day_skipped_by_dst_resolves_forward() -> None:
    moment = US.at(date(2026, 3, 8), time(2, 30))
    assert moment.astimezone(ZoneInfo("UTC")) == datetime(2026, 3, 8, 8, 30, tzinfo=ZoneInfo("UTC"))


def test_at_a_time_of_day() -> None:
    assert US.shift(local(2026, 3, 20, 0, 0), business_days=3, clock=time(9)) == local(
        2026, 3, 25, 9, 0
    )
    # "at 09:00" from a 17:00 anchor with no offset is the next morning, not the past one
    assert US.shift(local(2026, 3, 10, 17, 0), clock=time(9)) == local(2026, 3, 11, 9, 0)
    # the evening before
    assert US.shift(local(2026, 3, 10, 14, 0), days=-1, clock=time(18)) == local(2026, 3, 9, 18, 0)


def test_hours_are_elapsed_time_and_the_result_is_local() -> None:
    utc_anchor = datetime(2026, 3, 8, 7, 0, tzinfo=ZoneInfo("UTC"))  # 01:00 CST
    due = US.shift(utc_anchor, hours=2)
    assert due == local(2026, 3, 8, 4, 0) and due.tzinfo == CHICAGO  # 1 h lost at 02:00


def test_the_users_timezone_decides_the_day() -> None:
    # Friday 23:30 in Chicago is already Saturday in UTC: still Friday for the user
    friday_night = datetime(2026, 3, 14, 5, 30, tzinfo=ZoneInfo("UTC"))
    assert US.shift(friday_night, business_days=1).date() == date(2026, 3, 16)
    tokyo = BusinessCalendar("Asia/Tokyo", "JP")
    assert tokyo.shift(friday_night, business_days=1).date() == date(2026, 3, 16)
