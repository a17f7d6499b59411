"""Names and employers as mail from Asia, Africa, Latin America and eastern Europe writes
them: list lines in Thai, Devanagari, Korean, Chinese, Greek (family name first) and Arabic
(with its honorifics and digits); honorifics of more languages ("Bi.", "Bw.", "Ông", "Ps.",
"Prof.ª", the Polish "prof. dr hab. inż."); Balinese names ("I Made", "Ni Luh"); a street's
name; the employer written whole on a line of its own or in a display name beside its
department, never a message's title."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest
from followup.understand import orgs
from followup.understand.mentions import line_mentions
from followup.understand.names import place_or_employer
from followup.understand.org_lines import display_org, org_line
from followup.understand.script_names import script_mentions
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 5, 4, 9, tzinfo=zone("UTC"))


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("١. أ.د. سامر الخطيب – عميد كلية الهندسة (رئيساً)", "سامر الخطيب", "عميد كلية الهندسة"),
        ("- م. أحمد فؤاد – Supply Chain Director", "أحمد فؤاد", "Supply Chain Director"),
        ("Παπαδάκης, Γεώργιος – Γενικός Διευθυντής", "Γεώργιος Παπαδάκης", "Γενικός Διευθυντής"),
        ("2. डॉ. राजेश कुमार मीणा, विषय विशेषज्ञ (सहायक आचार्य)", "राजेश कुमार मीणा", "विषय विशेषज्ञ"),
        ("1. นายสมศักดิ์ วงศ์ไทย ผู้อำนวยการฝ่ายช่าง", "สมศักดิ์ วงศ์ไทย", "ผู้อำนวยการฝ่ายช่าง"),
        ("   - 김민준 교수 (컴퓨터공학과 학과장)", "김민준", "컴퓨터공학과 학과장"),
        ("　　護理部主任　林美惠（Lin, Mei-Hui）", "林美惠", "護理部主任"),
    ],
)
def test_a_list_line_in_more_scripts_and_orders(line: str, name: str, title: str) -> None:
    assert [(n, t) for n, t, _, _ in script_mentions(line)] == [(name, title)]


@pytest.mark.parametrize(
    "line",
    [
        "문의: 교원인사팀 최윤아 (02-555-0172)",
        "한빛대학교 교무처장",
        "招募專員 蔡宜庭",
        "مع خالص التحية،",
    ],
)
def test_a_contact_a_signature_or_a_closing_is_no_list_person(line: str) -> None:
    assert script_mentions(line) == []


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        (
            "- Bi. Neema Mwakyusa - Mkurugenzi wa Programu (Director of Programs)",
            "Neema Mwakyusa",
            "Mkurugenzi wa Programu",
        ),
        ("  + Ông Nguyễn Văn Hùng – Giám đốc Nhà máy", "Nguyễn Văn Hùng", "Giám đốc Nhà máy"),
        (
            "- Ps. Natalia Vélez Arango, Psicóloga de Selección",
            "Natalia Vélez Arango",
            "Psicóloga de Selección",
        ),
        (
            "- Prof.ª Dra. Helena Cristina Bastos – Presidente da banca",
            "Helena Cristina Bastos",
            "Presidente da banca",
        ),
        (
            "– prof. dr hab. inż. Jan Wiśniewski – przewodniczący, Dziekan Wydziału",
            "Jan Wiśniewski",
            "przewodniczący, Dziekan Wydziału",
        ),
        (
            "– dr hab. inż. Marta Lewandowska, prof. PN – członek komisji",
            "Marta Lewandowska",
            "członek komisji",
        ),
        (
            "- Ibu Ni Luh Putu Sari Dewi, Talent & Culture Manager",
            "Ni Luh Putu Sari Dewi",
            "Talent & Culture Manager",
        ),
        ("- Bapak I Made Wirawan, Executive Chef", "I Made Wirawan", "Executive Chef"),
        (
            "Kelsey Brandt - Sr. Manager, Merchandise Planning",
            "Kelsey Brandt",
            "Sr. Manager, Merchandise Planning",
        ),
    ],
)
def test_honorifics_and_name_shapes_of_more_languages(line: str, name: str, title: str) -> None:
    assert [(m.name, m.title) for m in line_mentions(line)] == [(name, title)]


def test_a_name_after_a_street_word_is_a_place() -> None:
    message = email(
        "L'entretien aura lieu à la salle de conférence (Fann Résidence, rue Aimé Césaire).",
        subject="Convocation",
        date=SENT,
    )
    assert place_or_employer("Aimé Césaire", message)
    assert not place_or_employer("Ousmane Diallo", message)


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("Riad Atlas Hôtels & Spa – Marrakech", "Riad Atlas Hôtels & Spa"),
        (
            "Ministère de la Santé et de l'Action sociale",
            "Ministère de la Santé et de l'Action sociale",
        ),
        ("Anadolu Kanatları Hava Yolları A.Ş.", "Anadolu Kanatları Hava Yolları"),
        ("Tarang Fintech Pvt. Ltd., Koramangala", "Tarang Fintech"),
        ("Horn of Africa Resilience Network (HARN)", "Horn of Africa Resilience Network"),
        ("บริษัท สยามสกายแอร์เวย์ส จำกัด", "สยามสกายแอร์เวย์ส"),
        ("Engineering Manager, Fjällbo Design", None),  # a title, and no organisation's word
        ("Greetings from Zephyr Retail Technologies", None),
        ("RÉPUBLIQUE DU SÉNÉGAL", None),
    ],
)
def test_an_organisation_line_is_read_whole(line: str, org: str | None) -> None:
    assert org_line(line) == org


@pytest.mark.parametrize(
    ("sender", "org"),
    [
        ("دائرة الموارد البشرية - جامعة البلقاء الشرقية", "جامعة البلقاء الشرقية"),
        ("京都嵐山グランヴィラホテル 人事部", "京都嵐山グランヴィラホテル"),
        ("株式会社ミドリ技研 人事部", "ミドリ技研"),
        (
            "Phòng Nhân sự - Công ty TNHH Cơ khí Chính xác Sông Bé",
            "Công ty TNHH Cơ khí Chính xác Sông Bé",
        ),
        ("Karşıyaka Kıyı Belediyesi e-Başvuru", "Karşıyaka Kıyı Belediyesi"),
        ("Priya Raman", None),
    ],
)
def test_the_employer_beside_its_department_in_a_display_name(sender: str, org: str | None) -> None:
    assert display_org(sender) == org


def test_the_domain_s_words_go_to_the_name_written_whole() -> None:
    body = "Nous devons annuler l'entretien prévu chez Riad Atlas Hôtels & Spa.\n\nSalma Benjelloun\nResponsable Recrutement\nRiad Atlas Hôtels & Spa – Marrakech"
    message = email(
        body, subject="Entretien annulé", sender="Salma <s.b@riadatlas.example.ma>", date=SENT
    )
    assert orgs.company(message, None) == "Riad Atlas Hôtels & Spa"
    # written alone too, the shorter name keeps its votes
    alone = email(
        body + "\n\nRiad Atlas vous remercie.",
        subject="Entretien annulé",
        sender="Salma <s.b@riadatlas.example.ma>",
        date=SENT,
    )
    votes = orgs._written_whole(
        Counter({"Riad Atlas": 6}), alone, ("Riad Atlas Hôtels & Spa", None)
    )
    assert votes == Counter({"Riad Atlas": 6})


def test_a_message_title_is_no_employer() -> None:
    message = email(
        "Merhaba,\n\nMülakatınız planlanmıştır.",
        subject="Mülakat Daveti - Mühendis",
        sender="İK <ik@anadolukanat.example.com.tr>",
        date=SENT,
    )
    assert orgs.company(message, None) != "Mülakat Daveti"
    assert orgs._clean_org("Oral Board Interview Notice") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- ir. Pieter de Graaf, Teamleider Infra", "Pieter de Graaf"),
        ("- Alhaji Musa Bello, Director of Operations", "Musa Bello"),
        ("- Encik Ahmad Faizal, Operations Manager", "Ahmad Faizal"),
        ("- Tuan Anh Nguyen, Engineering Manager", "Tuan Anh Nguyen"),  # a given name
        ("- Bi Wei Chen, Engineering Manager", "Bi Wei Chen"),  # "Bi." only with its stop
        ("- Dr.ª Ana Souza, Diretora Clínica", "Ana Souza"),
        ("- Mnr. Johan van Wyk, Bedryfsbestuurder Manager", "Johan van Wyk"),
    ],
)
def test_forms_of_address_of_more_countries_are_no_part_of_a_name(line: str, name: str) -> None:
    assert [m.name for m in line_mentions(line)] == [name]


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("- Vocal: D. Alberto Sanz Gil, Jefe de Sección", "Alberto Sanz Gil", "Jefe de Sección"),
        (
            "- Profª. Drª. Juliana Costa, Presidente da banca",
            "Juliana Costa",
            "Presidente da banca",
        ),
        (
            "- dna. Ioana Marin – șef serviciu resurse umane",
            "Ioana Marin",
            "șef serviciu resurse umane",
        ),
    ],
)
def test_spanish_portuguese_and_romanian_forms_of_address(line: str, name: str, title: str) -> None:
    found = [(m.name, m.title) for m in line_mentions(line)]
    assert (name, title) in found


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- آقای رضا احمدی، مدیر منابع انسانی", "رضا احمدی"),
        ("২. জনাব মোঃ রফিকুল ইসলাম, ব্যবস্থাপক (মানব সম্পদ)", "মোঃ রফিকুল ইসলাম"),
        ("1. திரு. ரமேஷ் குமார், மேலாளர்", "ரமேஷ் குமார்"),
        ("- 인사팀장 김민준", "김민준"),
    ],
)
def test_persian_bengali_and_tamil_list_lines(line: str, name: str) -> None:
    assert [n for n, _, _, _ in script_mentions(line)] == [name]
