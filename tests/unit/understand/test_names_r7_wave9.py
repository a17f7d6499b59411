"""Name shapes wave 9 missed, in general form: the particles "bint", "ap", "arap" and the
Catalan "i" between two family names, an apostrophe inside a family name ("Dall'Olio",
"N'Diaye"), the Polish "Pan"/"Pani" (never the Chinese family name Pan), the calendar's short
form of a long Arabic name being the same person, and places read as people: a name in a
line labelled as the place of the interview, or followed by what kind of organisation it is
("Hollins Valley NHS Foundation Trust")."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.model import Person
from followup.understand.mentions import NAME_RE, valid_name
from followup.understand.names import dedupe, org_like, place_or_employer, same_person
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("Europe/Paris"))
TO = "Jordan Avery <jordan.avery@example.net>"

CASES = [
    (
        "particles-bint-ap-arap",
        "Recruiting <jobs@acme.example>",
        "Interview - Finance Analyst",
        "Dear Jordan,\n\nYour interview is confirmed for Tuesday, 10 March 2026 at 11:00 AM.\n\nInterview panel:\nHessa bint Khalid Al-Suwaidi - Finance Director\nDafydd ap Gwilym - Head of Audit\nKipchoge arap Kirui - Senior Accountant\n\nBest regards,\nRecruiting",
        ["Dafydd ap Gwilym", "Hessa bint Khalid Al-Suwaidi", "Kipchoge arap Kirui"],
    ),
    (
        "catalan-double-family-name",
        "Recruiting <jobs@acme.example>",
        "Entrevista – Analista",
        "Hola Jordan:\n\nTe proponemos una entrevista el martes 10 de marzo a las 10:30 con Montserrat Vila i Puig, Directora Financiera.\n\nSaludos,\nRecruiting",
        ["Montserrat Vila i Puig"],
    ),
    (
        "apostrophe-inside-family-names",
        "Recruiting <jobs@acme.example>",
        "Interview - Analyst",
        "Hi Jordan,\n\nYou'll meet Marco Dell'Acqua (Plant Manager) and Aminata N'Diaye (Quality Lead) on Tuesday, March 10 at 2pm.\n\nThanks,\nRecruiting",
        ["Aminata N'Diaye", "Marco Dell'Acqua"],
    ),
    (
        "polish-pan-and-pani",
        "Recruiting <jobs@acme.example>",
        "Zaproszenie na rozmowę",
        "Dzień dobry,\n\nZapraszamy na rozmowę we wtorek 10 marca o 10:00.\n\nRozmowę przeprowadzą: Pani Joanna Kamińska (Kierownik Działu) oraz Pan Michał Dąbrowski (Dyrektor Finansowy).\n\nPozdrawiam,\nRecruiting",
        ["Joanna Kamińska", "Michał Dąbrowski"],
    ),
    (
        "place-in-a-labelled-line",
        "Chiara Rossi <chiara.rossi@officine.example>",
        "Colloquio - Tecnico",
        "Buongiorno Jordan,\n\nle confermo il colloquio con Paolo Greco, Direttore Tecnico.\n\nQuando: martedì 10/03 alle ore 9:30\nDove: Officine Rossi S.r.l., Via Emilia 12, San Lazzaro (BO)\n\nCordiali saluti,\nChiara Rossi",
        ["Paolo Greco"],
    ),
    (
        "a-place-named-by-its-organisation",
        "Recruitment <no-reply@jobs.example>",
        "Invitation to interview",
        "Dear Jordan Avery\n\nThank you for your application with Kingsmere Vale NHS Foundation Trust. We are pleased to invite you to interview on 10/03/2026 at 10:15.\n\nThe panel will be Owen Pritchard (Clinical Lead) and Ruth Adebayo (Service Manager).\n\nKind regards\nRecruitment Team",
        ["Owen Pritchard", "Ruth Adebayo"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_names_of_wave9_shapes(
    understander: Understander, sender: str, subject: str, body: str, names: list[str]
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


def test_the_chinese_family_name_pan_stays() -> None:
    assert [m.group("name") for m in NAME_RE.finditer("with Pan Wei Ming (CFO)")] == [
        "Pan Wei Ming"
    ]


def test_two_family_names_joined_never_two_people() -> None:
    found = [m.group("name") for m in NAME_RE.finditer("con Ana Ruiz y Luis Gil")]
    assert found == ["Ana Ruiz", "Luis Gil"]


def test_the_calendars_short_form_is_the_same_person() -> None:
    assert same_person("faisal al-mansoori", "faisal bin khalid al-mansoori")
    assert not same_person("faisal al-mansoori", "faisal bin khalid al-harbi")
    merged = dedupe(
        [
            Person(name="Faisal Al-Mansoori", email="faisal@hotel.example"),
            Person(name="Faisal bin Khalid Al-Mansoori", title="Director of Rooms"),
        ]
    )
    assert merged == [
        Person(
            name="Faisal bin Khalid Al-Mansoori",
            email="faisal@hotel.example",
            title="Director of Rooms",
        )
    ]


def test_a_place_line_still_names_whom_the_user_meets_there() -> None:
    message = email(
        "Hi,\n\nWhere: Video call with Tom Hardy (Zoom)\nDove: Via Emilia 12, San Lazzaro (BO)\n",
        subject="Interview",
        to=TO,
    )
    assert not place_or_employer("Tom Hardy", message)
    assert place_or_employer("San Lazzaro", message)


def test_a_place_after_an_office_in_and_a_formal_you_are_no_people() -> None:
    message = email(
        "Hi Omar, can u come tmrw 4pm to our office in Al Barsha? meeting with me n our MD.\n",
        subject="Re: CV",
        to=TO,
    )
    assert place_or_employer("Al Barsha", message)
    assert not valid_name("Falls Sie")
    assert not valid_name("Talent Acquisition")


@pytest.mark.parametrize(
    "words",
    ["Forklift Driver", "Cabin Crew", "Delivery Driver", "London Gatwick Base", "Bank Teller"],
)
def test_front_line_jobs_and_work_places_are_no_people(words: str) -> None:
    assert not valid_name(words)


def test_an_organisations_kind_after_a_name_makes_it_no_person() -> None:
    message = email(
        "Client: Harlow & Finch Distribution (Kettering NDC)\n", subject="Interview", to=TO
    )
    assert org_like("Finch Distribution", message)


def test_a_directorys_family_first_form_is_the_same_person() -> None:
    assert same_person("keller anna", "anna keller")
    assert dedupe([Person(name="Anna Keller", title="Head"), Person(name="Keller Anna")]) == [
        Person(name="Anna Keller", title="Head")
    ]


@pytest.mark.parametrize(
    "words",
    [
        "Credit Risk",
        "Science Liaison",
        "Ramp Agent",
        "Culebra Rd",
        "Mensaje de Daniela Ruiz",
        "Empfang Haus",
    ],
)
def test_departments_streets_and_a_messages_words_are_no_people(words: str) -> None:
    assert not valid_name(words)
