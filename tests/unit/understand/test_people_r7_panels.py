"""Who interviews when the invitation's guests and the body differ, and people named near a
meeting who are no part of it (round 7): the body drops a guest someone else replaces, adds
someone who is not on the invite, says the writer on the guest list only opens the call,
names the organizer of a calendar notice in the third person; a greeter who "won't sit in",
a coffee "(informal, not an interview)", a later step "if it all goes well", a panelist
whose place someone "will take"; the writer who "will be joined by", "will also bring in" or
is "la sottoscritta"; an agency's director; "Reply RESCHEDULE"; the user known only by the
To address. Messages written from the issue's list of gaps, not from any corpus message."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.panel_merge import replaced_in
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"
CAMILA = "Camila Reyes <camila.reyes@brightwave.example>"
SIGNED = "\n\nBest,\nCamila Reyes\nTalent Partner, Brightwave"
ME = ("Jordan Avery", "jordan.avery@example.net")
TOM = ("Tom Hardy", "tom.hardy@brightwave.example")


def invite(
    guests: list[tuple[str, str]],
    organizer: tuple[str, str] = ("Camila Reyes", "camila.reyes@brightwave.example"),
) -> str:
    lines = "".join(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}\r\n" for n, a in guests)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//r7//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:r7@test\r\nDTSTAMP:20260304T160000Z\r\n"
        "DTSTART:20260310T200000Z\r\nDTEND:20260310T210000Z\r\nSUMMARY:Interview\r\n"
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\r\n{lines}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


CASES = [
    (
        "the-body-replaces-a-guest",
        CAMILA,
        "Hi Jordan,\n\nA quick change for Tuesday, March 10 at 2:00 PM CT: Lisa Wong will replace Tom Hardy, who is travelling. The calendar invite still shows Tom; please ignore that."
        + SIGNED,
        [invite([TOM, ME])],
        ["Lisa Wong"],
    ),
    (
        "the-body-adds-someone-not-on-the-invite",
        CAMILA,
        "Hi Jordan,\n\nYou're confirmed for Tuesday, March 10 at 2:00 PM CT. You'll meet Tom Hardy and Lisa Wong; Lisa dials in from London so she is not on the attached invite."
        + SIGNED,
        [invite([TOM, ME])],
        ["Lisa Wong", "Tom Hardy"],
    ),
    (
        "the-writer-on-the-guest-list-opens-the-call",
        CAMILA,
        "Hi Jordan,\n\nYou're confirmed for Tuesday, March 10 at 2:00 PM CT, invite attached. You'll meet Tom Hardy, our Engineering Manager."
        + SIGNED,
        [
            invite(
                [TOM, ("Camila Reyes", "camila.reyes@brightwave.example"), ME],
                ("Greenhouse", "noreply@greenhouse.example"),
            )
        ],
        ["Tom Hardy"],
    ),
    (
        "the-body-calls-a-guest-by-a-short-given-name",
        CAMILA,
        "Hi Jordan,\n\nConfirming Tuesday, March 10 at 2:00 PM CT with Tom Hardy and Lisa Wong, invite attached."
        + SIGNED,
        [
            invite(
                [
                    ("Thomas Hardy", "thomas.hardy@brightwave.example"),
                    ("Lisa Wong", "lisa.wong@brightwave.example"),
                    ME,
                ]
            )
        ],
        ["Lisa Wong", "Thomas Hardy"],
    ),
    (
        "the-organizer-of-a-calendar-notice-in-the-third-person",
        "Ori Levi <ori.levi@shalva.example>",
        "This event has been changed.\n\nTechnical interview\nWhen: Tuesday, March 10, 2026 2pm - 3pm (CT)\n\nWho:\n* Ori Levi - organizer\n* Dana Mizrahi\n* jordan.avery@example.net\n\nOri (Head of Data) and Dana (Senior Data Engineer) will go through a pipeline design question.\n\nInvitation from Google Calendar",
        [
            invite(
                [
                    ("Dana Mizrahi", "dana.mizrahi@shalva.example"),
                    ("jordan.avery@example.net", "jordan.avery@example.net"),
                ],
                ("Ori Levi", "ori.levi@shalva.example"),
            )
        ],
        ["Dana Mizrahi", "Ori Levi"],
    ),
    (
        "the-organizer-who-greets",
        "Tessa Young <tessa.young@bramble.example>",
        "You have been invited to the following event.\n\nHi Jordan, here is your onsite schedule for Tuesday, March 10 at 2:00 PM CT. Tessa will meet you at reception at 1:50.\n\n2:00 - 3:00   Coding - Shreya Agarwal\n3:00 - 4:00  System design - Ben Cho\n\nInvitation from Google Calendar",
        [
            invite(
                [
                    ("Shreya Agarwal", "shreya@bramble.example"),
                    ("Ben Cho", "ben@bramble.example"),
                    ME,
                ],
                ("Tessa Young", "tessa.young@bramble.example"),
            )
        ],
        ["Ben Cho", "Shreya Agarwal"],
    ),
    (
        "a-greeter-who-wont-sit-in",
        CAMILA,
        "Hi Jordan,\n\nThis time you'll meet Hugh Pennington (Partner) and Wen Li (Senior Associate) on Tuesday, March 10 at 4pm. Anna from their HR team will meet you at reception and take you up - she won't sit in on the interview."
        + SIGNED,
        [],
        ["Hugh Pennington", "Wen Li"],
    ),
    (
        "a-coffee-noted-as-no-interview",
        CAMILA,
        "Hi Jordan,\n\nYour onsite is Tuesday, March 10 at 2:00 PM CT with Tom Hardy and Lisa Wong. Afterwards you'll have coffee with Marco from the design team (informal, not an interview)."
        + SIGNED,
        [],
        ["Lisa Wong", "Tom Hardy"],
    ),
    (
        "a-later-step-if-all-goes-well",
        CAMILA,
        "Hi Jordan,\n\nHow does Tuesday, March 10 at 2:00 PM CT look for a 30-minute call with me? If it all goes well, the next step would be a technical conversation with Ben Cole, our Head of ML."
        + SIGNED,
        [],
        ["Camila Reyes"],
    ),
    (
        "someone-will-take-his-place",
        CAMILA,
        "Hi Jordan,\n\nOne change for Tuesday, March 10 at 2:00 PM CT: Dr. Howard Lind is no longer able to join, and Rebecca Mills, Director of Nursing, will take his place. You'll still meet Janelle White."
        + SIGNED,
        [],
        ["Janelle White", "Rebecca Mills"],
    ),
    (
        "the-writer-will-also-bring-in-a-colleague",
        "Daniel Koh <daniel.koh@kopi.example>",
        "No problem, Jordan. Tuesday 10 March at 3pm works, same Zoom link. I'll also bring in Tan Wei Ling, our lead data scientist. Still 45 mins.\n\nDaniel\n\nDaniel Koh\nHead of Analytics, Kopi Labs",
        [],
        ["Daniel Koh", "Tan Wei Ling"],
    ),
    (
        "the-undersigned-in-italian",
        "Chiara De Santis <c.desantis@zanardi.example.it>",
        "Buonasera Jordan,\n\nle confermo il colloquio tecnico martedì 10/03 alle ore 9:30.\n\nIl colloquio sarà condotto dall'ing. Gianluca Rossi, Direttore di Stabilimento, e dalla sottoscritta.\n\nCordiali saluti,\n\nChiara De Santis\nHR Business Partner",
        [],
        ["Chiara De Santis", "Gianluca Rossi"],
    ),
    (
        "an-agency-director-says-speak-soon",
        "Imogen Hartley <imogen@marylebone-search.example>",
        "Hi Jordan,\n\nGreat news - Ashcombe would like to see you again on Tuesday, March 10 at 4pm. This time you'll meet Hugh Pennington and Wen Li (Senior Associate).\n\nSpeak soon,\nImogen\n\nImogen Hartley\nAssociate Director | Marylebone Legal Search",
        [
            invite(
                [("Hugh Pennington", "hugh@ashcombe.example"), ME],
                ("Imogen Hartley", "imogen@marylebone-search.example"),
            )
        ],
        ["Hugh Pennington", "Wen Li"],
    ),
    (
        "a-keyword-to-reply-with",
        "Olivia at Redline <no-reply@paradox.example>",
        "Hi Jordan! Your interview is confirmed.\n\nDate: Tuesday, March 10, 2026\nTime: 2:00 PM - 2:45 PM CT\nInterviewing with: Marcus Hill, Regional Sales Director\n\nNeed to change something? Reply RESCHEDULE and I'll find you a new time.\n\nOlivia",
        [],
        ["Marcus Hill"],
    ),
    (
        "a-panelist-takes-you-through-a-case",
        CAMILA,
        "Hi Jordan,\n\nYour interview is on Tuesday, March 10 at 2:00 PM CT. Tom Hardy, who you'll meet first, leads our data platform; Lisa Wong will then take you through a case study."
        + SIGNED,
        [],
        ["Lisa Wong", "Tom Hardy"],
    ),
    (
        "the-recruiter-screens-the-manager-comes-if-we-move-forward",
        CAMILA,
        "Hi Jordan,\n\nThanks for your interest! I'd like to set up a 20-minute phone screen with you on Tuesday, March 10 at 2:00 PM CT. If we move forward, you'd meet Tom Hardy, our Engineering Manager, the week after."
        + SIGNED,
        [],
        ["Camila Reyes"],
    ),
    (
        "the-writer-added-to-the-invite-only-to-help",
        CAMILA,
        "Hi Jordan,\n\nInvite attached for Tuesday, March 10 at 2:00 PM CT. You'll meet Tom Hardy and Lisa Wong. I've added myself to the invite only to help if the link fails."
        + SIGNED,
        [
            invite(
                [
                    TOM,
                    ("Lisa Wong", "lisa.wong@brightwave.example"),
                    ("Camila Reyes", "camila.reyes@brightwave.example"),
                    ME,
                ],
                ("Greenhouse", "noreply@greenhouse.example"),
            )
        ],
        ["Lisa Wong", "Tom Hardy"],
    ),
    (
        "two-founders-sign-together",
        "Tom Hardy <tom.hardy@brightwave.example>",
        "Hi Jordan,\n\nWe loved your application and would like to meet you on Tuesday, March 10 at 2:00 PM CT for an hour at our office.\n\nSee you then,\nTom Hardy & Lisa Wong\nCo-founders, Brightwave",
        [],
        ["Lisa Wong", "Tom Hardy"],
    ),
    (
        "a-panel-of-two-is-no-company",
        CAMILA,
        "Hi Jordan,\n\nThe hiring team would like to invite you to the next stage, a 1-hour case interview with Omar Haddad and Lisa Park on Thursday, March 12 at 10am CT."
        + SIGNED,
        [],
        ["Lisa Park", "Omar Haddad"],
    ),
    (
        "a-spanish-sign-off-starts-the-signature",
        "Mirall Hotels <no-reply@teamtailor.example>",
        "Hola Jordan:\n\nTe proponemos una entrevista presencial el martes 10 de marzo a las 10:30 en el hotel.\n\nTe entrevistará Nuria, nuestra Directora General, junto con Xavier Puig, Director de Operaciones.\n\nUn abrazo,\n\nLaia Casals\nPeople & Culture | Mirall Hotels",
        [],
        ["Nuria", "Xavier Puig"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "body", "calendars", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_guests_body_and_bystanders(
    understander: Understander, sender: str, body: str, calendars: list[str], names: list[str]
) -> None:
    message = email(
        body,
        subject="Interview - Data Engineer",
        sender=sender,
        to=TO,
        date=SENT,
        calendars=calendars,
    )
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


def test_the_user_known_only_by_address_is_no_interviewer(understander: Understander) -> None:
    message = email(
        "Hi,\n\nYour interview for the Video Producer role (Jordan Avery) is confirmed for Tuesday, March 10 at 2:00 PM CT with Marta Nowak and Isaac Blum."
        + SIGNED,
        subject="Interview: Video Producer",
        sender=CAMILA,
        to="jordan.avery@example.net",
        date=SENT,
    )
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == ["Isaac Blum", "Marta Nowak"]


def test_someone_out_with_nobody_in_their_place_is_not_replaced() -> None:
    """ "Fiona is unwell, so I've had to cancel": the invitation is cancelled, not recast."""
    assert replaced_in("Apologies, Fiona Blackwood is unwell so I've had to cancel.") == set()
    gone = replaced_in("Lisa Wong will replace Tom Hardy, who is travelling.")
    assert "tom hardy" in gone
    assert not {"lisa", "lisa wong", "wong"} & gone


def test_a_post_writes_and_a_demo_lesson_is_assessed(understander: Understander) -> None:
    """The From header names a post ("Principal - ..."), the letter ends "With best wishes"
    over "Dr. (Mrs.) Name": she signs, and "an interview with me" makes her an interviewer;
    the coordinator who assesses the demo lesson is on the panel; the office assistant who
    meets the candidate at the gate is not."""
    body = (
        "Dear Mr. Avery,\n\nThank you for your application for the post of PGT Physics. We "
        "would like you to come to the school on Tuesday, 10th March 2026 at 9:00 a.m.\n\n"
        "You will first take a demo class of 30 minutes for Grade XI, which will be observed "
        "and assessed by our Academic Coordinator, Mrs. Leela Menon. This will be followed "
        "by an interview with me and our Director, Mr. Suresh Kamath.\n\nOur office "
        "assistant Mr. Ravi will meet you at the main gate and take you to the staff room."
        "\n\nWith best wishes,\n\nDr. (Mrs.) Meera Pai\nPrincipal\nSt. Agnes School, "
        "Mangaluru"
    )
    message = email(
        body,
        subject="Interview for the post of PGT Physics",
        sender="Principal - St. Agnes School <principal.stagnes@school.example>",
        to="Jordan Avery <jordan.avery@school.example>",
        date=SENT,
    )
    facts = understander.facts(message)
    assert facts.kind.value == "invitation"  # an internal vacancy: no colleague's meeting
    names = sorted(p.name or "" for p in facts.interviewers)
    assert names == ["Leela Menon", "Meera Pai", "Suresh Kamath"]


def test_an_unquoted_family_comma_given_guest_is_named_by_address(
    understander: Understander,
) -> None:
    """ "CN=Hardy, Tom" without the quotes the standard asks for: never an empty name."""
    body = "Microsoft Teams meeting\nJoin on your computer or mobile app\nMeeting ID: 123 456 789\n\nInterview: Jordan Avery - Data Engineer"
    calendar = invite([("Hardy, Tom", "tom.hardy@brightwave.example"), ME])
    message = email(
        body,
        subject="Interview - Data Engineer",
        sender=CAMILA,
        to=TO,
        date=SENT,
        calendars=[calendar],
    )
    facts = understander.facts(message)
    assert [p.name for p in facts.interviewers] == ["Tom Hardy"]


MOVED = [
    (
        "a-screen-passed-with-someone-and-who-is-next",
        "Hi Jordan,\n\nCongrats on passing the screen with Tom Hardy! Next up: Lisa Wong on Tuesday, March 10 at 2:00 PM CT."
        + SIGNED,
        {},
        ["Lisa Wong"],
    ),
    (
        "the-people-a-case-is-presented-to",
        "Hi Jordan,\n\nOn Tuesday, March 10 at 2:00 PM CT please present your case to Tom Hardy, Lisa Wong and Ana Ruiz (20 minutes, then questions)."
        + SIGNED,
        {},
        ["Ana Ruiz", "Lisa Wong", "Tom Hardy"],
    ),
    (
        "a-prep-call-with-the-recruiter-is-no-interview",
        "Hi Jordan,\n\nYour interview with Tom Hardy is on Tuesday, March 10 at 2:00 PM CT. Before that, feel free to book a 15-minute prep call with me."
        + SIGNED,
        {},
        ["Tom Hardy"],
    ),
    (
        "a-plan-of-bare-time-slots",
        "Hi Jordan,\n\nHere is the plan for Tuesday, March 10:\n\n10:00 - 10:45  Xochitl Quispe\n11:00 - 11:45  Tomasz Kowalczyk"
        + SIGNED,
        {},
        ["Tomasz Kowalczyk", "Xochitl Quispe"],
    ),
    (
        "a-possessor-is-not-the-person-met",
        "Hi Jordan,\n\nYour interview is on Tuesday, March 10 at 2:00 PM CT. You'll meet Tanvir Chowdhury's team lead, Oksana Melnyk."
        + SIGNED,
        {},
        ["Oksana Melnyk"],
    ),
    (
        "given-names-out-on-the-old-day-meet-on-the-new-one",
        "Hi Jordan,\n\nQuick update: Tom and Lisa can't do Tuesday anymore, so we've moved your interview to Thursday, March 12 at 11:00 AM CT. Same Zoom link."
        + SIGNED,
        {
            "headers": {
                "Cc": "Tom Hardy <tom.hardy@brightwave.example>, Lisa Wong <lisa.wong@brightwave.example>"
            }
        },
        ["Lisa Wong", "Tom Hardy"],
    ),
    (
        "out-sick-so-the-interview-moves",
        "Hi Jordan,\n\nLisa Wong is out sick this week, so we've moved your interview with her to Monday, March 16 at 10:00 AM CT."
        + SIGNED,
        {},
        ["Lisa Wong"],
    ),
    (
        "a-japanese-panel-label-with-titles-before-names",
        "Jordan Avery 様\n\n面接日時：3月10日（火）14:00〜15:00\n面接官：開発部長 佐藤 健、エンジニア 田中 美咲\n\nよろしくお願いいたします。\n採用担当",
        {},
        ["佐藤 健", "田中 美咲"],
    ),
]


@pytest.mark.parametrize(
    ("body", "extra", "names"), [c[1:] for c in MOVED], ids=[c[0] for c in MOVED]
)
def test_moved_for_them_and_titled_panels(
    understander: Understander, body: str, extra: dict[str, object], names: list[str]
) -> None:
    message = email(body, subject="Interview moved", sender=CAMILA, to=TO, date=SENT, **extra)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


WRITERS = [
    (
        "a-manager-adds-someone-from-her-team-to-her-invite",
        "Ruth Adebayo <ruth@cobalt.example>",
        "Jordan / Ruth - intro\nTuesday Mar 10, 2026 ⋅ 2pm – 2:45pm\nCentral Time - Chicago\n\nHi Jordan - first conversation for the Data Engineer role. I've added Ilan from my team so you get two perspectives. Looking forward to it! Ruth\n\nGuests\nRuth Adebayo - organizer\nIlan Katz\njordan.avery@example.net\n\nInvitation from Google Calendar",
        [
            invite(
                [("Ruth Adebayo", "ruth@cobalt.example"), ("Ilan Katz", "ilan@cobalt.example"), ME],
                ("Ruth Adebayo", "ruth@cobalt.example"),
            )
        ],
        ["Ilan Katz", "Ruth Adebayo"],
    ),
    (
        "a-manager-pulls-in-a-colleague-for-the-second-half",
        "Graham Sutherland <graham@maplewood.example>",
        "Hi Jordan,\n\nTuesday the 10th at 2 works for me. Let's plan on an hour at our office. I'll also pull in Kofi Mensah, one of our analytics engineers, for the second half so you can get a feel for how the two teams work together.\n\nSee you then,\nGraham\n\nGraham Sutherland\nDirector, Claims Analytics",
        [],
        ["Graham Sutherland", "Kofi Mensah"],
    ),
    (
        "a-recruiter-sends-her-screen-link-through-the-ats",
        "Hailey Brooks <no-reply@hire.ats.example>",
        "Hi Jordan,\n\nI'm Hailey, the recruiter partnering with our Growth team on the Data Scientist role. I'd love to set up a 30-minute phone screen so I can tell you more about the team. Please pick a time that works for you here:\n\nhttps://hire.ats.example/interviews/schedule/5c1f0e9a\n\nTalk soon,\nHailey Brooks\nTechnical Recruiter | Quillon",
        [],
        ["Hailey Brooks"],
    ),
    (
        "a-table-cell-of-family-comma-given-names",
        "Kestrel Payments <kestrel@ats.example>",
        "Dear Jordan,\n\nWe are pleased to invite you to an interview.\n\nInterview Type | Video Interview - Round 1\nDate | 10/03/2026\nTime | 11:00 - 12:00 (GMT+01:00) Dublin\nInterviewer(s) | Ní Bhriain, Aoife · O'Sullivan, Cian\n\nKind regards,\nTalent Acquisition",
        [],
        ["Aoife Ní Bhriain", "Cian O'Sullivan"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "body", "calendars", "names"), [c[1:] for c in WRITERS], ids=[c[0] for c in WRITERS]
)
def test_writers_who_interview_and_ats_cells(
    understander: Understander, sender: str, body: str, calendars: list[str], names: list[str]
) -> None:
    message = email(
        body,
        subject="Interview - Data Engineer",
        sender=sender,
        to=TO,
        date=SENT,
        calendars=calendars,
    )
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names
