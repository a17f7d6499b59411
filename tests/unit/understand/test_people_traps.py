"""People a message names next to its interviewer who interview no one: someone on a "cc:"
line, a colleague in the interviewer's biography ("where he worked with Lisa Wong"), the
receptionist to call when running late, the recruiting-operations person a footer says sent
it; a team and a tool met "with" ("a session with Customer Success", "your experience with
Apache Kafka"); the recruiter who writes "confirm with me", "my calendar", "Tom and I will
be in touch" about the logistics. Kept: someone who "may also join for the last 15
minutes", the recruiter who confirms the interview "with Tom Hardy and me", and the
recruiter who holds a phone screen no one else is named for ("Are you free Tuesday for a
20-minute intro call?"), not the hiring manager's call they only arrange."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"
WRITER = "Camila Reyes <camila.reyes@brightwave.example>"
SIGN = "\n\nBest,\nCamila Reyes\nTalent Partner, Brightwave"
CONFIRMED = (
    "Hi Jordan,\n\nYour interview with Tom Hardy is confirmed for Tuesday, March 10 at 2:00 PM CT."
)

CASES = [
    ("a-cc-line", f"{CONFIRMED}\n\ncc: Lisa Wong (HR Business Partner)", ["Tom Hardy"]),
    (
        "a-colleague-in-a-biography",
        f"{CONFIRMED} Tom joined us last year from Google, where he worked with Lisa Wong on the Maps team.",
        ["Tom Hardy"],
    ),
    (
        "the-receptionist-to-call",
        f"{CONFIRMED} If you're running late, please call our receptionist, Lisa Wong, on 555-0100.",
        ["Tom Hardy"],
    ),
    (
        "a-footer-that-says-who-sent-it",
        f"{CONFIRMED}\n\nThis message was sent on behalf of Brightwave by Lisa Wong, Recruiting Operations.",
        ["Tom Hardy"],
    ),
    (
        "a-team-and-a-tool-met-with",
        f"{CONFIRMED} After Tom you'll have a session with Customer Success. We'd love to hear about your experience with Google Cloud Platform and Apache Kafka.",
        ["Tom Hardy"],
    ),
    ("confirm-with-me", f"{CONFIRMED} Please confirm with me by Friday.", ["Tom Hardy"]),
    (
        "in-my-calendar-to-run-it-smoothly",
        f"{CONFIRMED} I've put it in my calendar too so I can make sure everything runs smoothly.",
        ["Tom Hardy"],
    ),
    (
        "let-tom-and-me-know",
        f"{CONFIRMED} If anything changes, let Tom and me know.",
        ["Tom Hardy"],
    ),
    (
        "check-in-myself-afterwards",
        f"{CONFIRMED} I'll check in with you myself afterwards to hear how it went.",
        ["Tom Hardy"],
    ),
    (
        "tom-and-i-will-be-in-touch",
        f"{CONFIRMED} Tom and I will be in touch afterwards with next steps.",
        ["Tom Hardy"],
    ),
    (
        "questions-with-me-beforehand",
        f"{CONFIRMED} Feel free to share any questions with me beforehand.",
        ["Tom Hardy"],
    ),
    (
        "but-confirming-an-interview-with-me-and-tom",
        "Hi Jordan,\n\nI confirm your interview on Tuesday, March 10 at 2:00 PM CT with Tom Hardy (Engineering Manager) and me.",
        ["Camila Reyes", "Tom Hardy"],
    ),
    (
        "someone-who-may-join-for-a-while",
        f"{CONFIRMED} Lisa Wong from product may also join for the last 15 minutes.",
        ["Lisa Wong", "Tom Hardy"],
    ),
]


@pytest.mark.parametrize(("body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_who_is_named_but_interviews_no_one(
    understander: Understander, body: str, names: list[str]
) -> None:
    message = email(body + SIGN, subject="Interview", sender=WRITER, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


SCREENS = [
    (
        "an-intro-call-no-one-else-holds",
        "Hi Jordan,\n\nThanks for applying! Are you free Tuesday, March 10 at 2:00 PM CT for a 20-minute intro call?",
        ["Camila Reyes"],
    ),
    (
        "our-call-and-i-will-ring-your-mobile",
        "Hi Jordan,\n\nOur call is confirmed for Tuesday, March 10 at 2:00 PM CT. I'll ring your mobile.",
        ["Camila Reyes"],
    ),
    (
        "the-hiring-managers-call",
        "Hi Jordan,\n\nThe hiring manager would like a quick call with you on Tuesday, March 10 at 2:00 PM CT. I'll send the invite once you confirm.",
        [],
    ),
]


@pytest.mark.parametrize(("body", "names"), [c[1:] for c in SCREENS], ids=[c[0] for c in SCREENS])
def test_the_recruiter_who_holds_the_screen(
    understander: Understander, body: str, names: list[str]
) -> None:
    message = email(body + SIGN, subject="Intro call", sender=WRITER, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names
