"""Names in scripts other than the Latin one, on a panel's list lines (Arabic with its own
comma, Cyrillic, Hebrew, Greek), and callings written before a name like honorifics
("Pastor Dan Whitfield", "Trustee Ama Owusu")."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.mentions import line_mentions, valid_name
from followup.understand.names import clean_name
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

TO = "Jordan Avery <jordan.avery@example.net>"


def test_an_arabic_panel_list_names_its_members(understander: Understander) -> None:
    body = (
        "السيد جوردان المحترم،\n\nيسرّنا دعوتك إلى مقابلة يوم الأحد 20 أيلول/سبتمبر 2026، الساعة 11:00 صباحاً.\n\n"
        "تتكوّن لجنة المقابلة من:\n- كريم منصور، مدير العمليات (رئيس اللجنة)\n- هالة يوسف، مستشارة قانونية\n\n"
        "مع خالص التحية،\nفريق التوظيف"
    )
    message = email(
        body,
        subject="دعوة إلى مقابلة - Legal Officer",
        sender="Recruitment <jobs@relief.example>",
        to=TO,
        date=datetime(2026, 9, 10, 9, tzinfo=zone("Asia/Amman")),
    )
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == ["كريم منصور", "هالة يوسف"]


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("- كريم منصور، مدير العمليات", "كريم منصور", "مدير العمليات"),
        (
            "• Ольга Смирнова — руководитель отдела продаж",
            "Ольга Смирнова",
            "руководитель отдела продаж",
        ),
        ("- נועה לוי, מנהלת מוצר", "נועה לוי", "מנהלת מוצר"),
        ("- Νίκος Παππάς, Διευθυντής Πωλήσεων", "Νίκος Παππάς", "Διευθυντής Πωλήσεων"),
    ],
)
def test_a_list_line_in_another_script(line: str, name: str, title: str) -> None:
    assert [(m.name, m.title) for m in line_mentions(line)] == [(name, title)]


@pytest.mark.parametrize(
    "line",
    ["مع خالص التحية،", "مسؤولة الموارد البشرية", "- Отдел кадров, Москва"],
)
def test_a_sign_off_a_lone_title_or_a_place_is_no_mention(line: str) -> None:
    assert line_mentions(line) == []


def test_a_calling_before_two_name_words_is_dropped_never_a_name_word() -> None:
    assert clean_name("Pastor Dan Whitfield") == "Dan Whitfield"
    assert clean_name("Trustee Ama Owusu") == "Ama Owusu"
    assert clean_name("Pastor Maldonado") == "Pastor Maldonado"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Mgr. Petra Svobodová", "Petra Svobodová"),
        ("MUDr. Jan Dvořák", "Jan Dvořák"),
        ("Univ.-Prof. Dr. Maria Huber", "Maria Huber"),
        ("Tanaka-san", "Tanaka"),
        ("Kim Min-jun-nim", "Kim Min-jun"),
    ],
)
def test_degrees_and_honorifics_before_or_after_a_name_are_dropped(written: str, name: str) -> None:
    assert clean_name(written) == name


def test_a_degree_in_front_of_a_name_in_a_list_line() -> None:
    found = line_mentions("- Dipl.-Ing. (FH) Peter Braun, Teamleiter")
    assert [(m.name, m.title) for m in found] == [("Peter Braun", "Teamleiter")]
    assert [m.name for m in line_mentions("- Univ.-Prof. Dr. Maria Huber, Dekanin")] == [
        "Maria Huber"
    ]


@pytest.mark.parametrize(
    "words", ["Recursos Humanos", "Ressources Humaines", "Atención Candidato", "Equipo Talento"]
)
def test_a_departments_words_in_other_languages_are_no_name(words: str) -> None:
    assert not valid_name(words)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Khalid al-Harbi, Finance Director", "Khalid al-Harbi"),
        ("- Noura el-Sayed (Recruiter)", "Noura el-Sayed"),
        ("- Abdel Rahman al-Masri, Head of Audit", "Abdel Rahman al-Masri"),
    ],
)
def test_an_arabic_article_joined_to_the_family_name_stays(line: str, name: str) -> None:
    assert [m.name for m in line_mentions(line)] == [name]
    assert clean_name(name) == name
