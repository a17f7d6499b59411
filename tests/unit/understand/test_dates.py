"""Times and decision dates in prose, resolved against the Date header."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from followup.understand.dates import candidates
from followup.understand.decision import add_business_days, decision_date
from followup.understand.zones import day_first, named_zone, sender_zone, zone

CHICAGO = zone("America/Chicago")
SENT = datetime(2026, 3, 4, 10, 0, tzinfo=CHICAGO)  # a Wednesday, before US DST (Mar 8)


def first(
    text: str, tz=CHICAGO, dayfirst: bool = False, sent: datetime = SENT
) -> tuple[str, str | None]:
    found = candidates(text, sent, tz, dayfirst)
    assert found, text
    f = found[0]
    return f.start.isoformat(), f.end.isoformat() if f.end else None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Tuesday, March 10 at 2:00 PM ET", "2026-03-10T14:00:00-04:00", None),  # after DST
        (
            "Tue 10 March, 14:00-15:00 (GMT)",
            "2026-03-10T14:00:00+00:00",
            "2026-03-10T15:00:00+00:00",
        ),
        ("March 10th, 2pm–3pm EST", "2026-03-10T14:00:00-04:00", "2026-03-10T15:00:00-04:00"),
        ("tomorrow at 10am", "2026-03-05T10:00:00-06:00", None),  # no zone: the sender's
        ("next Monday 9:30 PT", "2026-03-09T09:30:00-07:00", None),
        (
            "a 45-minute call on Friday at 1:30pm",
            "2026-03-06T13:30:00-06:00",
            "2026-03-06T14:15:00-06:00",
        ),
        (
            "Fecha: lunes 11 de mayo de 2026\nHora: 16:00 a 17:30 (hora de la Ciudad de México)",
            "2026-05-11T16:00:00-06:00",
            "2026-05-11T17:30:00-06:00",
        ),
        (
            "Date 12-Nov-2026 (Thursday)\n\nTime 11:30 AM to 12:30 PM IST",
            "2026-11-12T11:30:00+05:30",
            "2026-11-12T12:30:00+05:30",
        ),
        (
            "日時：2026年12月3日（木）10:00〜11:00 JST",
            "2026-12-03T10:00:00+09:00",
            "2026-12-03T11:00:00+09:00",
        ),
        (
            "move it to Friday (March 20), same time — 1:00 to 1:45 Central",
            "2026-03-20T13:00:00-05:00",
            "2026-03-20T13:45:00-05:00",
        ),
    ],
)
def test_interview_times(text: str, start: str, end: str | None) -> None:
    assert first(text) == (start, end)


def test_eleven_am_est_in_july_is_new_york_summer_time() -> None:
    assert first("Wednesday, July 15 at 11 AM EST")[0] == "2026-07-15T11:00:00-04:00"


def test_day_first_for_british_senders() -> None:
    london = zone("Europe/London")
    assert day_first("hr@fernhill.co.uk", london)
    assert not day_first("hr@acme.com", CHICAGO)
    assert (
        first("Date: 03/09/2026\nTime: 14:00 – 15:00", london, True)[0]
        == "2026-09-03T14:00:00+01:00"
    )
    assert first("Date: 03/09/2026 at 2pm", CHICAGO, False)[0] == "2026-03-09T14:00:00-05:00"


def test_sender_zone_follows_the_date_header_and_country() -> None:
    assert (
        sender_zone(datetime(2026, 3, 2, 9, tzinfo=timezone(timedelta(hours=-6))), "a@b.com")
        == CHICAGO
    )
    assert sender_zone(datetime(2026, 1, 7, 9, tzinfo=UTC), "a@b.co.uk") == zone("Europe/London")
    assert named_zone("Eastern Standard Time") == zone("America/New_York")
    assert named_zone("GMT+1") == timezone(timedelta(hours=1))


def test_a_range_to_choose_from_is_still_found_but_times_need_a_date() -> None:
    assert candidates("any time between 10 AM and 5 PM ET works", SENT, CHICAGO, False) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We expect to make a decision by end of next week.", date(2026, 3, 13)),
        ("You'll hear back from us within 2 weeks.", date(2026, 3, 18)),
        ("We will get back to you within 5 business days.", date(2026, 3, 11)),
        ("The team will make a final decision by the 24th.", date(2026, 3, 24)),
        ("We aim to reach a decision by 20 March.", date(2026, 3, 20)),
        ("Wir melden uns bis spätestens 30.10. mit einer Entscheidung.", date(2026, 10, 30)),
        ("We hope to have an update soon.", None),
        ("We'll be in touch in the coming weeks.", None),
        ("Please accept the offer by Friday, March 13.", None),  # the candidate's deadline
        ("Let us know your decision by Friday.", None),
    ],
)
def test_decision_dates(text: str, expected: date | None) -> None:
    assert decision_date(text, SENT.date()) == expected


def test_business_days_skip_public_holidays() -> None:
    # Thanksgiving 2026 is Thursday 26 November
    assert add_business_days(date(2026, 11, 24), 3, "US") == date(2026, 11, 30)
