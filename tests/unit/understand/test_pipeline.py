"""The whole understanding of one message, with the real spaCy pipeline."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from followup.model import Kind
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

CHICAGO = zone("America/Chicago")
SENT = datetime(2026, 11, 12, 9, 5, tzinfo=CHICAGO)

PANEL = """Hi Jordan,

Thanks for your time last week. We'd like to invite you to a panel interview for the
Data Platform Engineer role (R-20419) on Friday, November 20, 10:00-11:30 AM Central.

You'll meet:
- Dr. Priya Natarajan, Staff Engineer
- Ibarra, Tomás - Engineering Manager, Data Platform
- Grace Liu (Senior Product Manager)

Marcus Webb can no longer join the panel; Grace Liu will take his place.
If anything comes up, I'm coordinating the day.

Best,
Hannah Brooks
Recruiting Coordinator, Lumen Health
"""


def names(facts) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in facts.interviewers)


def test_plain_text_panel_invitation(understander: Understander) -> None:
    facts = understander.facts(
        email(
            PANEL,
            subject="Panel interview - Data Platform Engineer",
            date=SENT,
            sender="Hannah Brooks <hannah.brooks@lumenhealth.example>",
        )
    )
    assert facts.kind is Kind.INVITATION
    assert facts.company == "Lumen Health"
    assert facts.role == "Data Platform Engineer"
    assert names(facts) == ["Grace Liu", "Priya Natarajan", "Tomás Ibarra"]
    titles = {p.name: p.title for p in facts.interviewers}
    assert titles["Tomás Ibarra"] == "Engineering Manager, Data Platform"
    assert titles["Priya Natarajan"] == "Staff Engineer"
    assert facts.start is not None and facts.start.isoformat() == "2026-11-20T10:00:00-06:00"
    assert facts.end is not None and facts.end.isoformat() == "2026-11-20T11:30:00-06:00"
    assert 0.0 <= facts.confidence <= 1.0


def test_recruiter_phone_screen_counts_the_recruiter(understander: Understander) -> None:
    body = (
        "Hi Jordan,\n\nThanks for applying to Quarry Labs! I'm the recruiter for our Site "
        "Reliability Engineer opening and I'd love to do a quick intro call, just you and me.\n\n"
        "Does Thursday (11/19) at 2:00 PM Pacific work?\n\nTessa\n\n"
        "Tessa Morgan | Technical Recruiter | Quarry Labs\n"
    )
    facts = understander.facts(
        email(
            body, subject="Quick call?", date=SENT, sender="Tessa Morgan <tessa@quarrylabs.example>"
        )
    )
    assert facts.kind is Kind.INVITATION
    assert names(facts) == ["Tessa Morgan"]
    assert facts.interviewers[0].title == "Technical Recruiter"
    assert facts.interviewers[0].email == "tessa@quarrylabs.example"
    assert facts.start is not None and facts.start.isoformat() == "2026-11-19T14:00:00-08:00"


def test_names_in_quoted_history_are_not_interviewers(understander: Understander) -> None:
    body = (
        "Hi Jordan,\n\nI've moved your interview with Ana Silva (VP Engineering) to "
        "Thursday, November 19 at 3:30 pm ET. Same Zoom link.\n\nSam\n\n"
        "On Tue, Nov 10, 2026 at 9:00 AM Sam <sam@oakfern.example> wrote:\n"
        "> You'll meet Tom Becker (CTO) on Tuesday at 2pm ET.\n"
    )
    facts = understander.facts(
        email(body, subject="Re: Interview", date=SENT, sender="Sam Whitlock <sam@oakfern.example>")
    )
    assert facts.kind is Kind.RESCHEDULE
    assert names(facts) == ["Ana Silva"]
    assert facts.start is not None and facts.start.isoformat() == "2026-11-19T15:30:00-05:00"


def test_calendar_invitation_beats_loose_wording(understander: Understander) -> None:
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:n-1\nSEQUENCE:0\n"
        "DTSTART;TZID=America/New_York:20260715T110000\nDTEND;TZID=America/New_York:20260715T120000\n"
        "ORGANIZER;CN=Elena Ruiz:mailto:elena@northwind.example\n"
        "ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@northwind.example\n"
        "ATTENDEE;CN=Marcus Oyelaran:mailto:marcus.oyelaran@northwind.example\n"
        "ATTENDEE;CN=Jordan Avery:mailto:jordan.avery@example.net\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    body = (
        "Hi Jordan, here is your interview for the Senior Data Engineer role: "
        "July 15, 11 AM EST.\n\nElena Ruiz\nSenior Technical Recruiter"
    )
    facts = understander.facts(
        email(
            body,
            subject="Invitation: Northwind interview",
            date=SENT,
            sender="Elena Ruiz <elena@northwind.example>",
            calendars=[ics],
        )
    )
    assert facts.kind is Kind.INVITATION
    assert facts.ical_uid == "n-1"
    assert facts.start is not None and facts.start.isoformat() == "2026-07-15T11:00:00-04:00"
    emails = sorted(p.email or "" for p in facts.interviewers)
    assert emails == ["dana.whitfield@northwind.example", "marcus.oyelaran@northwind.example"]


def test_next_steps_with_decision_date(understander: Understander) -> None:
    body = (
        "Hi Jordan,\n\nThank you for spending the morning with us! We expect to make a "
        "decision by Friday, December 4, and I'll call you either way.\n\nHannah"
    )
    facts = understander.facts(
        email(
            body,
            subject="Re: Panel interview",
            date=SENT,
            sender="Hannah Brooks <hannah.brooks@lumenhealth.example>",
        )
    )
    assert facts.kind is Kind.NEXT_STEPS
    assert facts.decision_by == date(2026, 12, 4)
    assert facts.interviewers == ()


@pytest.mark.parametrize(
    ("subject", "body", "headers"),
    [
        (
            "5 questions to ask at the end of every interview",
            "This week: the questions that make interviewers remember you. Read more on our blog.",
            {"List-Unsubscribe": "<https://x.example/u>"},
        ),
        (
            "You're registered: Cracking the System Design Interview",
            "Thanks for registering for our live webinar on Wednesday, December 2 at 12:00 PM ET.",
            {},
        ),
        (
            "Reference for Mei Lin Chen",
            "Mei Lin has listed you as a reference for the Product Designer position. "
            "Would you have 15 minutes for a call on Monday, November 16 at 11am ET?",
            {},
        ),
        ("Appointment reminder", "Your dental cleaning appointment is on Dec 1 at 9:00 AM.", {}),
        (
            "Online Interview Invitation - Remote Data Entry Clerk ($35/hr)",
            "Your online interview will be via Telegram on Tuesday at 10am. After the "
            "interview you will receive a check to purchase work equipment.",
            {},
        ),
    ],
)
def test_hard_negatives_stay_other(
    understander: Understander, subject: str, body: str, headers: dict[str, str]
) -> None:
    facts = understander.facts(
        email(
            body,
            subject=subject,
            date=SENT,
            headers=headers,
            sender="Events <events@devcareers.example>",
        )
    )
    assert facts.kind is Kind.OTHER


def test_prefilter_skips_bulk_robot_and_colleague_mail(understander: Understander) -> None:
    sale = email(
        "Our autumn sale ends tonight: 20% off boots.",
        subject="Last chance",
        sender="Trailhead <news@mail.trailhead.example>",
        headers={"List-Unsubscribe": "<mailto:unsub@trailhead.example>"},
    )
    receipt = email(
        "Your order #1182 has shipped.", subject="Shipped", sender="orders@byteshop.example"
    )
    colleague = email(
        "Can we move our 1:1 to 3pm?",
        subject="1:1",
        sender="Dana <dana@fairway.example>",
        to="Jordan <jordan@fairway.example>",
    )
    for plain in (sale, receipt, colleague):
        assert not understander.maybe_hiring(plain)
        assert understander.facts(plain).kind is Kind.OTHER
    assert understander.maybe_hiring(email(PANEL, subject="Panel interview"))


def test_prefilter_reads_whatever_a_person_writes(understander: Understander) -> None:
    """Recruiters write "thanks!" too: the pre-filter never drops mail a person wrote."""
    note = email(
        "Emma - really enjoyed the conversation this morning. You should hear from us early "
        "next week one way or the other.\n\nOwen",
        subject="thanks!",
        sender="Owen Blake <owen@lindenhall.example>",
    )
    assert understander.maybe_hiring(note)
    dinner = email(
        "Dinner at 7? I'll bring dessert.", subject="tonight", sender="Maya <maya@gmail.com>"
    )
    assert understander.maybe_hiring(dinner)
    assert understander.facts(dinner).kind is Kind.OTHER


def test_calendar_guests_minus_coordinator_and_candidate(understander: Understander) -> None:
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:g-7\n"
        "DTSTART:20261119T190000Z\nDTEND:20261119T200000Z\n"
        "ORGANIZER;CN=Greenhouse:mailto:no-reply@greenhouse.example\n"
        "ATTENDEE;CN=Kayla Simmons:mailto:kayla@brightwave.example\n"
        "ATTENDEE;CN=Renata Oliveira:mailto:renata@brightwave.example\n"
        "ATTENDEE:mailto:jordan.avery@gmail.example\n"
        "ATTENDEE;CN=Jordan Avery:mailto:javery@work.example\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    body = (
        "Hi Jordan,\n\nYour interview for the Product Designer role is confirmed: Thursday, "
        "November 19, 2:00 PM ET with Renata Oliveira, Design Director.\n\nBest,\n"
        "Kayla Simmons\nRecruiting Coordinator, Brightwave\n"
    )
    facts = understander.facts(
        email(
            body,
            subject="Interview confirmed",
            date=SENT,
            calendars=[ics],
            sender="Kayla Simmons <kayla@brightwave.example>",
            to="jordan.avery@gmail.example",
        )
    )
    assert facts.kind is Kind.INVITATION
    assert [(p.name, p.title) for p in facts.interviewers] == [
        ("Renata Oliveira", "Design Director")
    ]
    # the calendar's UTC time, shown in the zone the text uses for it
    assert facts.start is not None and facts.start.isoformat() == "2026-11-19T14:00:00-05:00"


def test_forwarded_confirmation_names_the_interviewers(understander: Understander) -> None:
    body = (
        "Hi Jordan,\n\nGreat news - Cardiff Cloud want to meet you for the Platform Engineer "
        "role! Their confirmation is below.\n\nHolly\n\n"
        "---------- Forwarded message ---------\nFrom: Gwen Hughes <gwen@cardiffcloud.example>\n"
        "Subject: Interview confirmation\n\nWe'd like to see Jordan on Monday 14 December at "
        "10:00 on Teams. He'll meet Rhys Evans (CTO) and Bethan Lloyd (Lead Platform Engineer).\n"
    )
    facts = understander.facts(
        email(
            body,
            subject="FW: Interview confirmation",
            date=datetime(2026, 12, 11, 15, 2, tzinfo=UTC),
            sender="Holly Price <holly@brightpath-recruit.example.co.uk>",
        )
    )
    assert facts.kind is Kind.INVITATION
    assert names(facts) == ["Bethan Lloyd", "Rhys Evans"]
    assert facts.start is not None and facts.start.isoformat() == "2026-12-14T10:00:00+00:00"
