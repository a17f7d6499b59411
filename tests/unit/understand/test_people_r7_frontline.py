"""Who interviews in frontline and banking mail (round 7, from the general causes of waves
15 and 16's misses, in messages written for these tests): a list of things to bring is no
panel, an administrator who checks documents, a manager who "may pop in to say hello", a
partner who "may drop by ... this is not an interview", a recruiter's own live interview
("which I'll be conducting"), "la entrevista la hará Rocío", a manager who brings a colleague
along or has one join, Outlook's "Keller Anna" for the body's "Anna Keller", a first-round
interviewer who "has since moved to another division and will not be joining", a recruiter's
wrap-up, a check-in host copied on the mail, a short reply from the person the quoted
invitation names, and a signature after "Good luck!"."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"


def invite(guests: list[tuple[str, str]]) -> str:
    lines = "".join(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}\r\n" for n, a in guests)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//r7//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:r7f@test\r\nDTSTAMP:20260304T160000Z\r\n"
        "DTSTART:20260310T200000Z\r\nDTEND:20260310T210000Z\r\nSUMMARY:Interview\r\n"
        f"ORGANIZER;CN=Recruiting:mailto:recruiting@basel.example\r\n{lines}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


CASES = [
    (
        "things-to-bring-and-a-document-check",
        "HR Swiftbox <hr@swiftbox.example>",
        "Dear Jordan,\n\nYour interview with our Fleet Supervisor, Mr. Ibrahim Musa, holds on Tuesday 10th March, 2026 by 9am prompt at our office.\n\nKindly come along with the following:\n1. Original and photocopies of your credentials\n2. Two (2) passport photographs\n\nMr. Segun from Admin will first verify your documents at the front desk before the interview.\n\nYours faithfully,\nHuman Resources",
        {},
        ["Ibrahim Musa"],
    ),
    (
        "a-manager-may-pop-in-to-say-hello",
        "Greyfriars Careers <careers@greyfriars.example>",
        "Hi Jordan,\n\nHousekeeping Supervisor\nTuesday 10 March 2026, 11:00 - 11:45\n\nYou'll be meeting Ewa Kowalczyk, our Executive Housekeeper. Our General Manager, Simon Clarke, may pop in to say hello if he's around, but the interview itself is with Ewa.\n\nSee you soon,\nThe People Team",
        {},
        ["Ewa Kowalczyk"],
    ),
    (
        "a-partner-may-drop-by-this-is-not-an-interview",
        "Shreya Nair <shreya@kestrel.example>",
        "Dear Jordan,\n\nWe would like to invite you to the partner round on Tuesday, 10 March 2026, 2:00 PM - 3:30 PM.\n\nYou will have two case discussions:\n1. Vikram Sethi, Partner (Healthcare)\n2. Nandini Rao, Partner (Financial Services)\n\nRohit Kapoor, our Office Managing Partner, may drop by briefly at the end to say hello - this is not an interview.\n\nRegards,\nShreya Nair\nRecruiting Coordinator",
        {},
        ["Nandini Rao", "Vikram Sethi"],
    ),
    (
        "a-live-interview-the-recruiter-conducts",
        "Jenna Morales <jenna.morales@crest.example>",
        "Hi Jordan,\n\nThe next step is a live video interview, which I'll be conducting on HireVue.\n\nDate: Tuesday, March 10\nTime: 1:30 - 2:00 PM Central\n\nBest,\nJenna Morales\nTalent Acquisition Partner",
        {},
        ["Jenna Morales"],
    ),
    (
        "la-entrevista-la-hara-a-given-name",
        "Moda Brava Selección <seleccion@modabrava.example.es>",
        "¡Hola Jordan!\n\nTe invitamos a una entrevista grupal el martes 10 de marzo a las 10:00 h.\n\nIván, de RRHH, os dará la bienvenida; después la entrevista la hará Rocío, la encargada de tienda, en grupos de cinco.\n\n¡Nos vemos!\nEquipo de Selección",
        {},
        ["Rocío"],
    ),
    (
        "a-manager-brings-a-colleague-along",
        "Matthias Egger <matthias.egger@alpenlab.example.ch>",
        "Dear Jordan,\n\nTuesday 10 March at 9:30 works well for us - let's do 45 minutes on Teams.\n\nI will bring Reto from our regulatory team along, since the role works closely with him.\n\nBest regards\nMatthias\n\nMatthias Egger\nHead of Quality & Regulatory",
        {},
        ["Matthias Egger", "Reto"],
    ),
    (
        "a-manager-has-a-colleague-join",
        "Raj Venkataraman <raj.v@tidewell.example>",
        "Sounds good - let's do Tue 3/10 at 8am at the Kendall Sq office, ~1 hr. I'll have Dana from the assay team join for the lab part of the interview.\n\nRaj",
        {},
        ["Dana", "Raj Venkataraman"],
    ),
    (
        "outlook-writes-the-family-name-first",
        "Recruiting <recruiting@basel.example>",
        "Hi Jordan,\n\nYour interview on Tuesday, March 10 at 2:00 PM CT is with Anna Keller and Lukas Brunner, invite attached.\n\nBest,\nRecruiting",
        {
            "calendars": [
                invite(
                    [
                        ("Keller Anna", "anna.keller@basel.example"),
                        ("Brunner Lukas", "lukas.brunner@basel.example"),
                        ("Jordan Avery", "jordan.avery@example.net"),
                    ]
                )
            ]
        },
        ["Anna Keller", "Lukas Brunner"],
    ),
    (
        "moved-to-another-division-and-not-joining",
        "Fatima Adams <fatima.adams@kaapmed.example>",
        "Hi Jordan,\n\nWe would like to invite you to a second interview on 10/03/2026 at 10:00.\n\nYou will meet Sipho Ndlovu (Regional Sales Manager) and me. Please note that Gareth Jacobs, whom you met in the first round, has since moved to another division and will not be joining this interview.\n\nKind regards,\nFatima Adams\nHR Business Partner",
        {},
        ["Fatima Adams", "Sipho Ndlovu"],
    ),
    (
        "a-recruiters-wrap-up-and-a-check-in-host",
        "Tessa Morgan <no-reply@greenhouse-mail.example>",
        "Hi Jordan,\n\nHere is your schedule for Tuesday, March 10 (all times Central):\n\n8:45 - 9:00 AM   Check-in (Priya Raman, Campus Recruiting, will meet you in the lobby)\n9:00 AM - 10:00 AM  Dr. Rachel Feinberg, VP, Research\n10:00 AM - 10:45 AM  Dr. Tomás Aguilar, Principal Scientist\n10:45 AM - 11:00 AM  Wrap-up with me\n\nLooking forward to it,\nTessa Morgan\nSenior Recruiter",
        {"headers": {"Cc": "Priya Raman <priya.raman@halyard.example>"}},
        ["Rachel Feinberg", "Tomás Aguilar"],
    ),
    (
        "a-short-reply-from-the-person-the-quoted-invitation-names",
        "Rick Alvarez <store0412.mgr@dollardepot.example>",
        "Jordan - something came up, can you do 4 instead of 2 on Tuesday 3/10? Same place.\n\nRick Alvarez | Store Manager\nSent from my iPhone\n\n-----Original Message-----\nFrom: Brenda Ocampo <brenda.ocampo@dollardepot.example>\nSent: Monday, March 2, 2026 11:02 AM\nTo: Jordan Avery <jordan.avery@example.net>\nSubject: Interview - Assistant Store Manager\n\nHi Jordan,\n\nYou're confirmed to meet with Rick Alvarez, Store Manager, at Store #0412 on Tuesday 3/10 at 2:00 PM.\n\nBrenda Ocampo\nDistrict Recruiter",
        {},
        ["Rick Alvarez"],
    ),
    (
        "a-signature-after-good-luck-on-a-one-way-video",
        "Skyvale Careers <careers-noreply@skyvale.example>",
        "Dear Jordan,\n\nWe would like you to complete a short on-demand video interview through HireVue. There is no interviewer on the call: you will see each question on screen and record your answer. You can do it any time before 23:59 on Tuesday 10 March.\n\nGood luck!\nHannah Pryce\nCabin Crew Recruitment Team, Skyvale Airways",
        {},
        [],
    ),
]


@pytest.mark.parametrize(
    ("sender", "body", "extra", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_frontline_and_banking_mail(
    understander: Understander, sender: str, body: str, extra: dict[str, object], names: list[str]
) -> None:
    message = email(body, subject="Interview", sender=sender, to=TO, date=SENT, **extra)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names
