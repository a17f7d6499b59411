"""Who interviews, in layouts and phrasings the corpus writers used less: given names with a
title, role labels under a panel header, the subject, Google guest lists, replaced and
earlier panelists, people a paragraph names for other reasons; and interviews that are not
for a job."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from followup.understand.decision import decision_date
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 6, 15, 10, tzinfo=zone("America/New_York"))
TO = "Alex Doyle <alex@example.com>"
WRITER = "Molly Chen <molly.chen@finchlabs.example>"
SIGN = "\n\nBest,\nMolly Chen\nRecruiter, Finch Labs\n"
WHEN = "Thursday, June 18 at 2:00 PM ET"

PANELS = [
    (
        "given-names-with-titles",
        "Interview - Data Analyst",
        f"Hi Alex,\n\nYou're booked for {WHEN}. You'll be chatting with Sarah, our Head of "
        "Product, and then with Dev (Senior Analyst).",
        ["Sarah", "Dev"],
    ),
    (
        "role-labels-under-header",
        "Interview - Data Analyst",
        f"Hi Alex,\n\nYour interview is on {WHEN}.\n\nYou will meet:\nHiring manager: Tom Hardy\n"
        "Technical interviewer: Ines Duarte",
        ["Tom Hardy", "Ines Duarte"],
    ),
    (
        "subject-names-the-interviewer",
        "Interview with Tom Hardy - Data Analyst",
        f"Hi Alex,\n\nConfirming your interview for the Data Analyst role on {WHEN} over Zoom.",
        ["Tom Hardy"],
    ),
    (
        "google-guest-list-organizer",
        "Invitation: Data Analyst interview @ Thu Jun 18, 2026 2pm - 3pm (EDT)",
        "Data Analyst interview\nThursday Jun 18, 2026 2pm - 3pm\n\nGuests\n"
        "Molly Chen - organizer\nTom Hardy\nInes Duarte\nalex@example.com\n",
        ["Tom Hardy", "Ines Duarte"],
    ),
    (
        "earlier-round-in-the-same-paragraph",
        "Next round - Data Analyst",
        "Hi Alex,\n\nThanks for speaking with Jenna Roy last week; she enjoyed it. The next "
        f"step is a technical interview with Tom Hardy on {WHEN}.",
        ["Tom Hardy"],
    ),
    (
        "founder-and-helper-in-other-sentences",
        "Interview - Data Analyst",
        f"Hi Alex,\n\nWe'd like you to interview on {WHEN} with Tom Hardy. Finch Labs was "
        "founded by Maria Gonzalez in 2015. If you have questions, Jenna Roy can help.",
        ["Tom Hardy"],
    ),
    (
        "replaced-panelist-is-out",
        "Change to Thursday's interview",
        "Hi Alex,\n\nMark Evans is out this week, so Sofia Rossi (Senior Designer) will take "
        f"his place. You'll still meet Hamza Ali (Design Director) on {WHEN}.",
        ["Sofia Rossi", "Hamza Ali"],
    ),
    (
        "a-sentence-after-the-list-names-nobody",
        "Interview - Data Analyst",
        f"Hi Alex,\n\nYour interview is on {WHEN}.\n\nInterviewers:\n- Tom Hardy\n- Ines Duarte\n"
        "Please bring ID and arrive ten minutes early.",
        ["Tom Hardy", "Ines Duarte"],
    ),
    (
        "linkedin-links-after-titles",
        "Interview confirmation",
        f"Hi Alex,\n\nYour interview is booked for {WHEN}. Here's who you'll meet:\n"
        "Nadia Petrova, Head of Data (https://www.linkedin.com/in/nadia-petrova)\n"
        "Kwame Mensah, Analytics Engineer (linkedin.com/in/kwamemensah)",
        ["Nadia Petrova", "Kwame Mensah"],
    ),
]


@pytest.mark.parametrize(("case", "subject", "body", "names"), PANELS, ids=[c[0] for c in PANELS])
def test_panel(
    understander: Understander, case: str, subject: str, body: str, names: list[str]
) -> None:
    message = email(body + SIGN, subject=subject, sender=WRITER, to=TO, date=SENT)
    facts = understander.facts(message)
    assert facts.kind.value in {"invitation", "reschedule"}, case
    assert [p.name for p in facts.interviewers] == names


NOT_FOR_A_JOB = [
    (
        "naturalization",
        "Interview appointment notice",
        "USCIS <noreply@uscis.example>",
        f"Your naturalization interview is scheduled for {WHEN} at the Seattle Field Office. "
        "Bring this notice and your green card.",
    ),
    (
        "the-user-hires",
        "Quick intro call?",
        "Nina Park <nina@talentfirm.example>",
        "Hi Alex,\n\nI'd love to learn what you're looking for in your next hire. Could we "
        f"chat {WHEN} about the engineers you need?\n\nNina Park\nPartner, Talent Firm",
    ),
    (
        "a-friend-asks-advice",
        "career chat",
        "Chris Lo <chris.lo@gmail.com>",
        "Hi Alex,\n\nThanks for offering to give me some advice on interviewing at Stripe! "
        f"Does {WHEN} work for a 30 minute call? I have my onsite the week after.\n\nChris",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "sender", "body"), NOT_FOR_A_JOB, ids=[c[0] for c in NOT_FOR_A_JOB]
)
def test_not_for_a_job(
    understander: Understander, case: str, subject: str, sender: str, body: str
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT)
    assert understander.facts(message).kind.value == "other", case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We read every application ourselves and aim to respond within three weeks.",
            "2026-06-23",
        ),
        ("Expect to hear back within 7-10 business days.", "2026-06-16"),
        ("Please respond within three days.", None),
        ("We will let you know by the end of the day Friday.", "2026-06-05"),
        ("I will get back to you Thursday at the latest.", "2026-06-04"),
        ("We will contact successful candidates by 10 June.", "2026-06-10"),
        ("We are interviewing until Friday and will make our decision the week after.", None),
        ("We hope to have a decision for you before the holidays.", None),
    ],
)
def test_decision_phrases(text: str, expected: str | None) -> None:
    found = decision_date(text, date(2026, 6, 2))
    assert (found.isoformat() if found else None) == expected
