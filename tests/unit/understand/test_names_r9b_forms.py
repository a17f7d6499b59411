"""Round 9b: name forms. "Pak"/"Bu" and "Dr. med." are no part of a name; "TANAKA Hiroshi
(Engineering Manager)" is a person written family first; a bracketed title after a person
is theirs, not the job's. An office before a family name alone is the person named in full
("Dean Ramírez" is "Dr. Elena Ramírez, Dean of Students"); a hospital's department, a
school subject, a check a candidate brings or an interview's stage is never a person
("Kwame Asante, Radiology" is not "Radiology Kwame Asante"; "Working with Children Check",
"Round 2: System Design"); "Shamba Pay" is a company; "will take her slot" names a stand-in."""

from __future__ import annotations

import pytest
from followup.understand.components import natural_name
from followup.understand.mentions import action_mentions, line_mentions, valid_name
from followup.understand.names import clean_name, same_person
from followup.understand.org_words import ORG_WORDS
from followup.understand.roles import role
from understand_mail import email


def test_an_office_and_the_family_name_is_the_person_named_in_full() -> None:
    assert same_person("dean ramírez", "elena ramírez")
    assert same_person("principal okafor", "grace okafor")
    assert not same_person("dean martin", "sarah lee")
    assert not same_person("ana ramírez", "elena ramírez")


@pytest.mark.parametrize(
    "text", ["Kwame Asante, Radiology", "Lena Berg, Cardiology", "Omar Aziz, Mathematics"]
)
def test_a_department_after_a_full_name_is_not_a_given_name(text: str) -> None:
    assert natural_name(text) == text  # (not inverted as "Family, Given")


@pytest.mark.parametrize(
    "text", ["Children Check", "Vulnerable Sector Screening", "System Design", "Midwifery Unit"]
)
def test_checks_stages_and_departments_are_not_names(text: str) -> None:
    assert not valid_name(text)
    assert valid_name("Ana Ruiz")


def test_a_fintech_pay_is_an_organisation_word() -> None:
    assert "pay" in ORG_WORDS


def test_a_stand_in_who_takes_her_slot_is_named() -> None:
    line = "Quick change: Lisa Wong is traveling, so Ana Ruiz will take her slot on Thursday."
    assert "Ana Ruiz" in [m.name for m in action_mentions(line, meeting=True)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pak Bambang Sutrisno", "Bambang Sutrisno"),
        ("Bu Sri Wahyuni", "Sri Wahyuni"),
        ("Dr. med. Eva Schäfer", "Eva Schäfer"),
        ("Pak Ji-sung", "Pak Ji-sung"),  # (a Korean family name before one given name)
    ],
)
def test_indonesian_forms_of_address_and_the_german_doctors_field_are_dropped(
    text: str, want: str
) -> None:
    assert clean_name(text) == want


def test_a_japanese_family_name_in_capitals_first_is_kept_as_written() -> None:
    line = "The interview is with TANAKA Hiroshi (Engineering Manager) and SATO Yuki (Tech Lead)."
    assert [m.name for m in line_mentions(line)][:2] == ["TANAKA Hiroshi", "SATO Yuki"]
    assert (
        line_mentions("Our partners: WASH Alliance (Programme Manager) and NHS Trust (Leeds)") == []
    )


def test_a_bracketed_title_after_an_interviewers_name_is_not_the_job() -> None:
    body = (
        "The interview is on Tuesday with Pak Bambang Sutrisno (Plant Manager) and "
        "Mathilde de La Tour du Pin (VP Product)."
    )
    assert role(email(body, subject="Interview", sender="Dana <dana@acme.example>")) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("James Patel MBBS", "James Patel"),
        ("Ana Lopez RN, BSN", "Ana Lopez"),
        ("Tom Brady P.Eng.", "Tom Brady"),
        ("Lisa Wong PhD", "Lisa Wong"),
        ("William Smith III", "William Smith III"),  # a generation stays
        ("Superintendent Maria Lopez", "Maria Lopez"),
        ("Sergeant Mark Evans", "Mark Evans"),
    ],
)
def test_letters_after_a_name_and_a_rank_before_it_are_dropped(text: str, want: str) -> None:
    assert clean_name(text) == want


def test_a_panel_of_honorific_people_is_not_the_job() -> None:
    body = (
        "Your interview is on Tuesday. The panel will be Superintendent Dr. Maria Lopez and "
        "Assistant Superintendent Mr. Kevin Brown."
    )
    assert role(email(body, subject="Interview", sender="HR <hr@district.example.org>")) is None
    cardiologist = "Canceled: Interview - Consultant Cardiologist (Dr. Aditya Kulkarni)"
    to = "Aditya Kulkarni <aditya@example.net>"  # (the bracket names the candidate)
    got = role(email("Dear Dr. Kulkarni,", subject=cardiologist, to=to))
    assert got == "Consultant Cardiologist"
