"""Round 9b: a nickname written inside a full name is taken out of the text before anything
reads it (Robert "Bobby" Okafor, Elizabeth (Liz) Chen, Chinedu “CJ” Okeke); a title
written after an interviewer's name and a comma is theirs, not the job's; a meeting line that
names people only by their given.family@ address names them."""

from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.address_names import address_names
from followup.understand.mentions import action_mentions, valid_name
from followup.understand.nicknames import without_nicknames
from followup.understand.pipeline import Understander
from followup.understand.roles import role
from followup.understand.zones import zone
from understand_mail import email


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('our CTO Robert "Bobby" Okafor (cc\'d)', "our CTO Robert Okafor (cc'd)"),
        ("with Elizabeth (Liz) Chen (Head of Product)", "with Elizabeth Chen (Head of Product)"),
        ("with Chinedu “CJ” Okeke, our CTO", "with Chinedu Okeke, our CTO"),
        ("and Oluwaseun 'Seun' Adebayo, Product Lead", "and Oluwaseun Adebayo, Product Lead"),
        ("Katherine (Kate) O'Brien-Walsh, Principal", "Katherine O'Brien-Walsh, Principal"),
    ],
)
def test_a_nickname_inside_a_full_name_is_taken_out(text: str, want: str) -> None:
    assert without_nicknames(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "It's Jordan's \"Final\" Interview",
        'The "Team" Lead',
        "Meeting Room (Level 3) Main Street",
        "Thursday (June 4) Chen",
        "no quotes at all",
    ],
)
def test_quotes_and_brackets_that_are_no_nickname_stay(text: str) -> None:
    assert without_nicknames(text) == text


def test_a_title_after_an_interviewers_name_and_a_comma_is_not_the_job() -> None:
    body = (
        "The interview is on Tuesday with Chinedu Okeke, our CTO, and Oluwaseun Adebayo, "
        "Product Lead."
    )
    assert role(email(body, subject="Interview", sender="Dana <dana@acme.example>")) is None
    assert (
        role(
            email(
                "Event Type:\nHiring Manager Interview - Red Mesa Solar, Site Operations Manager",
                subject="Updated: Hiring Manager Interview with Marisol Vega",
                sender="Calendly <notifications@calendly.com>",
            )
        )
        == "Site Operations Manager"
    )


def test_people_a_meeting_line_names_only_by_their_address() -> None:
    line = "You will chat with maria.gonzalez@zepcart.io and kwame.mensah-bonsu@zepcart.io."
    assert [n for n, _, _ in address_names(line, valid_name)] == [
        "Maria Gonzalez",
        "Kwame Mensah-Bonsu",
    ]
    assert address_names("Reply to talent.team@acme.com or careers@acme.com", valid_name) == []
    found = action_mentions("Thursday with Jon from our team (jon.whitaker@acme.com)", True)
    assert "Jon Whitaker" in [m.name for m in found]


def test_the_understander_reads_a_full_name_around_its_nickname(understander: Understander) -> None:
    body = (
        "Hi Jordan,\n\nThanks for the take-home. Next step is a 60-minute technical interview on "
        'Thursday, 4 June at 3pm on Zoom with our CTO, Robert "Bobby" Okafor, and Elizabeth '
        "(Liz) Chen, Staff Engineer.\n\nBest,\nAdaeze Nwosu\nTalent Partner, Kudipoint"
    )
    message = email(
        body,
        subject="Technical interview - Backend Engineer",
        sender="Adaeze Nwosu <adaeze@kudipoint.example>",
        to="Jordan Lee <jordan@example.com>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("Africa/Lagos")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Robert Okafor", "Elizabeth Chen"}
