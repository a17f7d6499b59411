"""Round 7: interview times as letters in the languages of languages.py write them — month
names in the genitive ("10. března", "10 марта"), a day and month closed by dots
("10.3. klo 14.00", "am 10.3. um 14 Uhr"), Korean and Chinese dates and hours ("3월 10일
오후 2시", "下午2点"), and a numeric date in a letter not in English read day first."""

from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.dates import candidates
from followup.understand.zones import zone

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
SEOUL = zone("Asia/Seoul")


def starts(text: str, tz: str = "Europe/Prague", day_first: bool = True) -> list[str]:
    return [f.start.isoformat() for f in candidates(text, SENT, zone(tz), day_first)]


@pytest.mark.parametrize(
    "text",
    [
        "Rádi bychom Vás pozvali na pohovor v úterý 10. března ve 14:00 v Praze.",
        "Приглашаем вас на собеседование во вторник, 10 марта, в 14:00.",
        "Запрошуємо на співбесіду 10 березня о 14:00.",
        "Sizi 10 Mart Salı günü saat 14:00'te ofisimizde bekliyoruz.",
        "Haastattelu on tiistaina 10. maaliskuuta klo 14.00.",
        "Az állásinterjú március 10. 14:00 órakor lesz.",
        "Vi ses tirsdag den 10. marts kl. 14.00.",
        "Συνέντευξη στις 10 Μαρτίου, ώρα 14:00.",
    ],
)
def test_month_names_in_more_languages(text: str) -> None:
    assert starts(text) == ["2026-03-10T14:00:00+01:00"]


def test_a_day_and_month_closed_by_dots_with_the_sentence_going_on() -> None:
    assert starts("Haastattelu tiistaina 10.3. klo 14.00 toimistollamme.") == [
        "2026-03-10T14:00:00+01:00"
    ]
    assert starts("Wir freuen uns, Sie am 10.3. um 14 Uhr zu begrüßen.") == [
        "2026-03-10T14:00:00+01:00"
    ]
    assert starts("Let's meet at 12.10. Thanks!") == []  # a time at a sentence's end
    assert starts("Could we do 2.30. see you") == []


def test_korean_and_chinese_dates_and_hours() -> None:
    assert starts("일시: 3월 10일(화) 오후 2시 30분", "Asia/Seoul") == ["2026-03-10T14:30:00+09:00"]
    assert starts("2026년 3월 10일 오전 10시", "Asia/Seoul") == ["2026-03-10T10:00:00+09:00"]
    assert starts("面试时间：3月10日 下午2点", "Asia/Shanghai") == ["2026-03-10T14:00:00+08:00"]
    assert starts("면접은 2시간 소요됩니다. 3월 10일", "Asia/Seoul") == []  # 2 hours long
    ranged = candidates("3月10日（火）14時〜15時", SENT, SEOUL, True)
    assert [(f.start.hour, f.end.hour if f.end else None) for f in ranged] == [(14, 15)]


VIETNAMESE = (
    "Chào Jordan, cảm ơn bạn đã ứng tuyển vị trí Chuyên viên phân tích dữ liệu. Chúng tôi trân "
    "trọng mời bạn tham dự buổi phỏng vấn vào lúc 14:00 thứ Ba, ngày 10/03/2026 tại văn phòng."
)
ENGLISH = (
    "Hi Jordan, thanks for applying for the analyst role. We would like to invite you to an "
    "interview on 03/10/2026 at 2pm at our office with Tom and Lisa. Please confirm."
)


def test_a_numeric_date_in_a_letter_not_in_english_is_day_first() -> None:
    """A sender whose zone says nothing (a US zone, UTC) writing in Vietnamese means the 10th
    of March; the same zone writing in English means March 10 too, month first."""
    chicago = "America/Chicago"
    assert starts(VIETNAMESE, chicago, day_first=False) == ["2026-03-10T14:00:00-05:00"]
    assert starts(ENGLISH, chicago, day_first=False) == ["2026-03-10T14:00:00-05:00"]


def test_arabic_month_names_levantine_and_egyptian() -> None:
    amman = "Asia/Amman"
    line = "الموعد: يوم الأحد 20 أيلول/سبتمبر 2026، الساعة 11:00 صباحاً"
    assert starts(line, amman) == ["2026-09-20T11:00:00+03:00"]
    assert starts("الموعد: 5 تشرين الأول 2026، الساعة 10:00", amman) == [
        "2026-10-05T10:00:00+03:00"
    ]
