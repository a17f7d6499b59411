"""Round 9b: name forms. An office before a family name alone is the person named in full
("Dean Ramírez" is "Dr. Elena Ramírez, Dean of Students"); a hospital's department, a
school subject, a check a candidate brings or an interview's stage is never a person
("Kwame Asante, Radiology" is not "Radiology Kwame Asante"; "Working with Children Check",
"Round 2: System Design"); "Shamba Pay" is a company; "will take her slot" names a stand-in."""

from __future__ import annotations

import pytest
from followup.understand.components import natural_name
from followup.understand.mentions import action_mentions, valid_name
from followup.understand.names import same_person
from followup.understand.org_words import ORG_WORDS


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
