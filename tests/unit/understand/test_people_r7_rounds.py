"""Whom the user met already, and whom they meet: "Today's conversation with Tom Hardy went
really well" in an invitation to the next round names someone of the round just held, not of
the next one; "on behalf of Tom Hardy, ..., who would like to speak with you" names him."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

from followup.understand.pipeline import Understander
from followup.understand.rounds import earlier_round
from followup.understand.zones import zone
from understand_mail import email


def test_todays_conversation_that_went_well_was_an_earlier_round(
    understander: Understander,
) -> None:
    body = "Hi Jordan,\n\nThanks for your time today! The next step is a technical interview on Thursday, March 12 at 11am CT with Ana Ruiz. Today's conversation with Tom Hardy went really well.\n\nBest,\nCamila Reyes\nTalent Partner"
    message = email(
        body,
        subject="Next step: technical interview",
        sender="Camila Reyes <camila@brightwave.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 3, 5, 10, tzinfo=zone("America/Chicago")),
    )
    assert [p.name for p in understander.facts(message).interviewers] == ["Ana Ruiz"]


def test_the_next_round_with_someone_is_not_an_earlier_one() -> None:
    assert earlier_round("Monday's call with Ana Ruiz went great", "Ana Ruiz")
    assert not earlier_round("Your call with Ana Ruiz is on Monday", "Ana Ruiz")


def test_a_weekdays_interview_to_come_is_no_earlier_round() -> None:
    assert not earlier_round("Tuesday's interview with Tom Hardy will be in room 4", "Tom Hardy")


def test_the_person_an_assistant_writes_for_speaks_with_the_user(
    understander: Understander,
) -> None:
    body = "Hi Jordan,\n\nI'm reaching out on behalf of Tom Hardy, our VP Engineering, who would like to speak with you on Tuesday, March 10 at 2pm CT about the Staff Engineer role.\n\nBest,\nCamila Reyes\nExecutive Assistant to Tom Hardy"
    message = email(
        body,
        subject="Staff Engineer conversation",
        sender="Camila Reyes <camila@brightwave.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 3, 5, 10, tzinfo=zone("America/Chicago")),
    )
    assert [p.name for p in understander.facts(message).interviewers] == ["Tom Hardy"]


def test_a_manager_writing_through_the_ats_chats_with_the_user(
    understander: Understander,
) -> None:
    body = "Hi Jordan,\n\nI'd like to chat about the Data Engineer role on Tuesday, March 10 at 2pm CT. Does that work?\n\nTom"
    message = email(
        body,
        subject="Data Engineer - chat",
        sender="Tom Hardy via Greenhouse <no-reply@greenhouse.io>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 3, 5, 10, tzinfo=zone("America/Chicago")),
    )
    assert [p.name for p in understander.facts(message).interviewers] == ["Tom Hardy"]


def test_a_plural_title_before_given_names(understander: Understander) -> None:
    body = "Hi Jordan,\n\nWe'd like to invite you to interview on Tuesday, March 10 at 2pm CT. You'll be meeting our founders, Tom and Lisa.\n\nBest,\nCamila\n\nCamila Reyes | People Ops | Brightwave\ncc: Tom Hardy, Lisa Wong"
    message = email(
        body,
        subject="Interview",
        sender="Camila Reyes <camila@brightwave.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 3, 5, 10, tzinfo=zone("America/Chicago")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Tom Hardy", "Lisa Wong"}
