"""Round 9: interview times as public employers, schools and hotels around the world write
them — month and weekday names of more languages (Croatian, Serbian, Bulgarian, Catalan,
Swahili, Hindi, Thai with its Buddhist-era year), a weekday abbreviation that must end its
word ("11:00 sati" is no Saturday), "à 10 heures", "13 h 30", "a las 10 en", "alle 11 qui",
"Wed at 10 here", a Hindi range "9:00 से 10:00", "بتوقيت القاهرة" (Cairo time) after the
time, WITA; and which of a programme's times is the interview: not the written test named
by a block's heading or a bulleted row, and "will take her slot" offers no choice."""

from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.dates import candidates
from followup.understand.starts import interview_times, open_choice
from followup.understand.zones import zone

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))


def starts(text: str, tz: str = "Europe/Zagreb", day_first: bool = True) -> list[str]:
    return [f.start.isoformat() for f in candidates(text, SENT, zone(tz), day_first)]


@pytest.mark.parametrize(
    "text",
    [
        "Razgovor će se održati u utorak, 10. ožujka 2026. u 14:00 sati.",
        "Каним Ви на интервю във вторник, 10 март 2026 г. от 14:00 ч.",
        "Intervju je zakazan za utorak, 10. marta 2026. u 14:00.",
        "L'entrevista serà dimarts 10 de març a les 14:00.",
        "Usaili utafanyika Jumanne, tarehe 10 Machi 2026, 14:00.",
        "Pogovor bo v torek, 10. marca 2026 ob 14:00.",
    ],
)
def test_month_and_weekday_names_of_more_languages(text: str) -> None:
    assert starts(text) == ["2026-03-10T14:00:00+01:00"]


def test_a_weekday_abbreviation_must_end_its_word() -> None:
    # "sati" (hours) once read as "sat" (Saturday), a date nearer the time than the real one
    assert starts("u utorak, 10. ožujka 2026. u 11:00 sati") == ["2026-03-10T11:00:00+01:00"]
    assert starts("can you come in weds at 3", "Europe/Dublin", False) == [
        "2026-03-11T15:00:00+00:00"
    ]


def test_a_thai_date_with_its_buddhist_era_year() -> None:
    text = "วันพฤหัสบดีที่ 15 ตุลาคม 2569\n- เวลา 13.30-14.30 น. สัมภาษณ์"
    assert starts(text, "Asia/Bangkok") == ["2026-10-15T13:30:00+07:00"]


def test_a_hindi_date_and_range() -> None:
    text = "दिनांक: 30 अप्रैल 2026 (गुरुवार)\nलिखित परीक्षा: प्रातः 9:00 से 10:00 बजे तक"
    found = candidates(text, SENT, zone("Asia/Kolkata"), True)
    assert [(f.start.hour, f.end and f.end.hour) for f in found] == [(9, 10)]


@pytest.mark.parametrize(
    ("text", "tz", "want"),
    [
        ("L'entretien se tiendra le jeudi 16 avril 2026 à 10 heures.", "Africa/Dakar", "10:00"),
        ("Entretien le mardi 10 novembre 2026 à 13 h 30.", "America/Port-au-Prince", "13:30"),
        ("perfecto, te esperamos el martes 10 a las 10 en la dirección", "America/Bogota", "10:00"),
        ("Se ti va passa giovedì 12 marzo alle 11 qui in hotel", "Europe/Rome", "11:00"),
        ("Could you do Wed the 11th at 10 here in Cork?", "Europe/Dublin", "10:00"),
    ],
)
def test_an_hour_said_in_words_of_the_place(text: str, tz: str, want: str) -> None:
    assert [s[11:16] for s in starts(text, tz)] == [want]


def test_durations_are_no_times() -> None:
    assert starts("jeudi 16 avril à 2 heures de route", "Europe/Paris") == []


def test_cairo_time_said_in_arabic_after_the_time() -> None:
    # Egypt's summer time ends on the last Friday of October: 2 November is UTC+2
    text = "التاريخ: الاثنين 2 نوفمبر 2026\nالوقت: 1:00 – 2:00 ظهراً بتوقيت القاهرة"
    assert starts(text, "Asia/Riyadh") == ["2026-11-02T13:00:00+02:00"]


def test_central_indonesian_time() -> None:
    text = "Tanggal: Kamis, 14 Mei 2026\nWaktu: 14.00 - 15.00 WITA"
    assert starts(text, "UTC") == ["2026-05-14T14:00:00+08:00"]


def _interview(text: str, tz: str) -> str:
    found = candidates(text, SENT, zone(tz), True)
    return interview_times(found, text)[0].start.isoformat()


def test_the_written_test_named_by_a_block_heading_is_not_the_interview() -> None:
    text = (
        "1. Prueba escrita de conocimientos\n   Fecha: martes 12 de mayo de 2026\n"
        "   Hora: 7:30 a.m. (duración 90 minutos)\n   Lugar: Auditorio\n\n"
        "2. Entrevista ante el Comité de Selección\n   Fecha: martes 12 de mayo de 2026\n"
        "   Hora: 10:30 a.m. a 11:00 a.m.\n"
    )
    assert _interview(text, "America/Bogota") == "2026-05-12T10:30:00-05:00"


@pytest.mark.parametrize(
    ("text", "tz", "want"),
    [
        (
            "- Thời gian: Thứ Hai, ngày 10/08/2026\n  + 8h00 – 9h00: Bài kiểm tra kỹ thuật\n"
            "  + 9h30 – 10h30: Phỏng vấn trực tiếp",
            "Asia/Ho_Chi_Minh",
            "2026-08-10T09:30:00+07:00",
        ),
        (
            "วันพฤหัสบดีที่ 15 ตุลาคม 2569\n- เวลา 09.00-11.00 น. สอบข้อเขียน ห้องอบรม 2\n"
            "- เวลา 13.30-14.30 น. สัมภาษณ์ ห้องประชุม",
            "Asia/Bangkok",
            "2026-10-15T13:30:00+07:00",
        ),
        (
            "一、日期：2026年7月7日（星期二）\n二、筆試：上午 08:30–09:30（教室）\n"
            "三、面試：上午 10:00–11:00（會議室）",
            "Asia/Taipei",
            "2026-07-07T10:00:00+08:00",
        ),
    ],
)
def test_a_bulleted_or_labelled_test_row_is_not_the_interview(
    text: str, tz: str, want: str
) -> None:
    assert _interview(text, tz) == want


def test_taking_someones_slot_is_no_choice_of_slots() -> None:
    text = "Lisa Wong is traveling, so Ana Ruiz will take her slot at 11:00 AM CT on Tuesday."
    found = candidates(text, SENT, zone("America/Chicago"), False)
    assert [open_choice(f) for f in found] == [False]
    offered = "Another slot at 11:00 AM CT on Tuesday is open too."
    assert [open_choice(f) for f in candidates(offered, SENT, zone("UTC"), False)] == [True]


def test_a_deadline_for_a_task_done_alone_is_no_time_to_meet() -> None:
    text = "Please complete it by Friday, March 13 at 11:59 PM ET using the link below."
    assert [open_choice(f) for f in candidates(text, SENT, zone("UTC"), False)] == [True]
    # the meeting a deadline's sentence names is still one
    asked = "Please confirm by Friday whether Tuesday, March 10 at 2pm CT works for you."
    found = candidates(asked, SENT, zone("UTC"), False)
    assert [f.start.hour for f in found if not open_choice(f)] == [14]


def test_a_day_that_opens_with_arrival_and_welcome_starts_then() -> None:
    text = (
        "Your Superday on Friday 13 November 2026.\n\n08:30 Arrival and welcome (Graduate "
        "Recruitment team)\n09:00 Interview 1 - Oliver Pemberton\n09:45 Interview 2"
    )
    assert _interview(text, "Europe/London") == "2026-11-13T08:30:00+00:00"
    flight = "Monday 9 March 2026\n6:40 pm Arrive at BTV\n\nTuesday 10 March 2026\n9:00 am Panel"
    assert _interview(flight, "America/New_York") == "2026-03-10T09:00:00-04:00"


def test_a_time_on_the_line_before_its_date() -> None:
    text = (
        "Event Date/Time:\n11:00am - 11:30am (Eastern Time - US & Canada)\n"
        "Tuesday, March 10, 2026\n\nHost:\nDana"
    )
    assert starts(text, "America/Chicago", False) == ["2026-03-10T11:00:00-04:00"]


def test_an_interview_confirmed_for_a_time_is_no_deadline() -> None:
    text = (
        "Your video interview is confirmed for Wednesday 22 April, 9.00–10.00am Singapore "
        "time, which is Tuesday 21 April, 9.00pm in Boston."
    )
    assert _interview(text, "Asia/Singapore") == "2026-04-22T09:00:00+08:00"


def test_a_step_headed_written_test_is_not_the_interview() -> None:
    text = (
        "Step 1 - Written test\nFriday 2 October 2026, 09:00-12:00 Geneva time (CEST). The "
        "link will be e-mailed to you at 08:55.\n\nStep 2 - Competency-based interview\n"
        "Thursday 8 October 2026, 14:00-15:00 Geneva time (CEST), via Microsoft Teams."
    )
    assert _interview(text, "Europe/Zurich") == "2026-10-08T14:00:00+02:00"


def test_a_weekday_right_after_its_date_is_that_date() -> None:
    text = "10 Mart Salı günü planlanan mülakatınız 12 Mart Perşembe günü saat 14:00'e ertelendi."
    assert starts(text, "Europe/Istanbul") == ["2026-03-12T14:00:00+03:00"]


def test_a_weekday_in_a_bracketed_aside_is_not_the_times_day() -> None:
    text = "Proposed: Tuesday, October 13 (Monday is Thanksgiving), 10:00 a.m. to 12:00 p.m. ET"
    assert starts(text, "America/Toronto", False) == ["2026-10-13T10:00:00-04:00"]


def test_a_date_in_a_later_sentence_is_not_the_times_day() -> None:
    text = (
        "The committee will be held on Thursday 25 June 2026 at the Trust.\n\nYour interview is "
        "at 09:40 and will last an hour. Please email your slides to me by 17:00 on Tuesday 23 "
        "June."
    )
    assert starts(text, "Europe/London")[0] == "2026-06-25T09:40:00+01:00"
