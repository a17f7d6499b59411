"""How far the words about a person reach, and names of more shapes: an earlier round's
"last week" covers only the part of the sentence before it turns to the new interview; a
substitute the NER calls an organisation ("Kenji Sato replaces Aiko Tanaka"); a recruiter who
"will give you a call" for a screen; the writer named by given name in their own agenda
("Wrap-up with Camila"); "María de los Ángeles Ruiz" (four words and two particles); the
guests an invitation itself marks as no panelist (rooms, resources, FYI and optional guests);
a silent observer; the writer of a forwarded message, and a reply whose writer says the time
"works for me"; an assistant writing "on behalf of Tom Hardy"; someone named only to describe the company ("reports to our CFO, Miriam
Levi"); a name in capitals written as a letter would; "Tom Hardy's schedule changed, so we
need to move your interview"; "Tom had a conflict" answering a quoted invitation with
Tom Hardy; a calendar guest invited by address alone; "K. Ramesh"; and "Family, Given"
inside a sentence ("con González Ruiz, María"); and the other side of a pair the user is in,
in the subject ("Tom Hardy <> Jordan Avery"), who is no company either."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.html import html_to_text
from followup.understand.mentions import given_and_family, valid_name
from followup.understand.pipeline import Understander
from followup.understand.rounds import earlier_round
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"
WRITER = "Camila Reyes <camila.reyes@brightwave.example>"
SIGN = "\n\nBest,\nCamila Reyes\nTalent Partner, Brightwave"
WHEN = "Tuesday, March 10 at 2:00 PM CT"

CASES = [
    (
        "an-earlier-round-then-the-new-interviewer",
        f"Hi Jordan,\n\nFollowing your conversation with Peter Novak last week, we'd like to invite you to a second interview on {WHEN} with Olga Ivanova, Director of Product. Peter won't be joining this time.",
        ["Olga Ivanova"],
    ),
    (
        "a-substitute-the-ner-misses",
        f"Hi Jordan,\n\nYour panel interview on {WHEN} has changed: Kenji Sato replaces Aiko Tanaka, who is travelling.",
        ["Kenji Sato"],
    ),
    (
        "a-recruiter-gives-you-a-call",
        f"Hi Jordan,\n\nThanks for your application to Brightwave. Noor Haddad from our People team will give you a call on {WHEN} for a 20 minute screen.",
        ["Noor Haddad"],
    ),
    (
        "the-writer-in-her-own-agenda",
        f"Hi Jordan,\n\nYour final round is on {WHEN}:\n  2:00 PM  Carlos Mendes (CFO)\n  2:45 PM  Helen Park (Controller)\n  3:30 PM  Wrap-up with Camila (Recruiting)",
        ["Carlos Mendes", "Helen Park"],
    ),
    (
        "someone-the-text-names-only-to-describe-the-company",
        f"Hi Jordan,\n\nYour interview is on {WHEN}. You will meet Daniel Cohen, who leads the analytics team. Daniel reports to our CFO, Miriam Levi.",
        ["Daniel Cohen"],
    ),
    (
        "whose-schedule-moves-the-interview",
        "Hi Jordan,\n\nUnfortunately Tom Hardy's schedule changed, so we need to move your interview to Thursday, March 12 at 3:00 PM CT. Same Zoom link.",
        ["Tom Hardy"],
    ),
    (
        "an-aligned-agenda-under-its-header",
        "Hi Jordan,\n\nHere is your interview schedule for Tuesday, March 10, 2026:\n\n2:00 PM - 2:45 PM CDT    Technical Screen    Tom Hardy\n2:45 PM - 3:30 PM CDT    Product Sense       Lisa Wong, Raj Patel",
        ["Lisa Wong", "Raj Patel", "Tom Hardy"],
    ),
    (
        "a-given-name-written-as-an-initial",
        f"Hi Jordan,\n\nYour technical interview is scheduled for {WHEN} with K. Ramesh (Engineering Manager) and Priya Sharma (Tech Lead).",
        ["K. Ramesh", "Priya Sharma"],
    ),
    (
        "family-comma-given-inside-a-sentence",
        f"Hola Jordan,\n\nSu entrevista será el {WHEN} con González Ruiz, María (Directora Financiera).",
        ["María González Ruiz"],
    ),
    (
        "two-family-comma-given-names-joined-by-and",
        f"Hi Jordan,\n\nYour interview is on {WHEN} with Hardy, Tom and Wong, Lisa.",
        ["Lisa Wong", "Tom Hardy"],
    ),
    (
        "surnames-with-a-capital-inside",
        f"Hi Jordan,\n\nYou'll meet Joe DiMaggio and LaToya Williams on {WHEN}, and later Marie LeBlanc (Engineering Manager).",
        ["Joe DiMaggio", "LaToya Williams", "Marie LeBlanc"],
    ),
    (
        "a-name-in-capitals",
        f"Hi Jordan,\n\nINTERVIEW DETAILS\nDate: {WHEN}\nInterviewer: TOM HARDY, ENGINEERING MANAGER\nLocation: Zoom",
        ["Tom Hardy"],
    ),
    (
        "spanish-name-with-two-particles",
        f"Hola Jordan,\n\nLa entrevista será el {WHEN} con María de los Ángeles Ruiz, Directora de Finanzas.",
        ["María de los Ángeles Ruiz"],
    ),
]


FORWARD = "Hi Jordan,\n\nPlease see below from the client - all confirmed for {when}.\n\nHarriet\n\n---------- Forwarded message ---------\nFrom: Nina Berg <nina.berg@brightwave.example>\nDate: Mon, Mar 2, 2026 at 9:00 AM\nSubject: Interview - Data Engineer\nTo: Harriet Cole <harriet.cole@brightpath-recruitment.example>\n\nHi Harriet,\n\nWe'd like Jordan to meet Tom Hardy (Engineering Manager) and Lisa Wong (Staff Engineer).\n\nThanks,\nNina Berg\nTalent Acquisition\n"
REPLY = "Hi Jordan,\n\nTuesday at 2 works for me. I'll send an invite shortly.\n\nTom\n\nOn Mon, Mar 2, 2026 at 9:00 AM Jordan Avery <jordan.avery@example.net> wrote:\n> Hi Tom, thanks for reaching out. I'm free Tuesday at 2pm or Wednesday morning.\n> Best, Jordan\n"
SENT_BY = [
    (
        "the-writer-of-a-forwarded-message-is-no-panelist",
        "Harriet Cole <harriet.cole@brightpath-recruitment.example>",
        FORWARD.format(when=WHEN),
        ["Lisa Wong", "Tom Hardy"],
    ),
    (
        "the-writer-of-a-forwarded-message-who-lists-herself",
        "Harriet Cole <harriet.cole@brightpath-recruitment.example>",
        FORWARD.format(when=WHEN).replace(
            "We'd like Jordan to meet Tom Hardy (Engineering Manager) and Lisa Wong (Staff Engineer).",
            "The panel will be:\n1. Tom Hardy - Engineering Manager\n2. Nina Berg - HR Manager",
        ),
        ["Nina Berg", "Tom Hardy"],
    ),
    (
        "the-quoted-interviewer-by-given-name",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n\nTom had a conflict come up - could we move your interview to Thursday, March 12 at 3:00 PM CT?\n\nCamila\n\nOn Mon, Mar 2, 2026 at 9:00 AM Camila Reyes <camila.reyes@brightwave.example> wrote:\n> Hi Jordan, you're confirmed for Tuesday at 2pm with Tom Hardy (Engineering Manager).\n",
        ["Tom Hardy"],
    ),
    (
        "an-assistant-writes-for-the-interviewer",
        "Camila Reyes on behalf of Tom Hardy <tom.hardy@brightwave.example>",
        "Hi Jordan,\n\nTom would like to speak with you on Tuesday, March 10 at 2:00 PM CT. He will call you on your mobile.\n\nBest,\nCamila Reyes\nExecutive Assistant to Tom Hardy\n",
        ["Tom Hardy"],
    ),
    (
        "a-reply-that-says-the-time-works-for-the-writer",
        "Tom Hardy <tom.hardy@brightwave.example>",
        REPLY,
        ["Tom Hardy"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "body", "names"), [c[1:] for c in SENT_BY], ids=[c[0] for c in SENT_BY]
)
def test_who_wrote_it(understander: Understander, sender: str, body: str, names: list[str]) -> None:
    message = email(body, subject="Re: Interview", sender=sender, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


@pytest.mark.parametrize(("body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_who_the_words_are_about(understander: Understander, body: str, names: list[str]) -> None:
    message = email(body + SIGN, subject="Interview", sender=WRITER, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


def test_an_earlier_round_reaches_until_the_sentence_turns() -> None:
    clause = "Following your conversation with Peter Novak last week, we'd like to invite you to an interview with Olga Ivanova"
    assert earlier_round(clause, "Peter Novak")
    assert not earlier_round(clause, "Olga Ivanova")
    # an appositive is still the earlier round: "... with our CTO, Jenna Roy, last week"
    assert earlier_round("Thanks for speaking with our CTO, Jenna Roy, last week", "Jenna Roy")


def test_particles_do_not_count_as_words_of_a_name() -> None:
    assert given_and_family("María de los Ángeles Ruiz") == 3
    assert valid_name("María de los Ángeles Ruiz")
    assert not valid_name("Anna Maria Luisa Sofia Bianchi")


def _ics(*guests: tuple[str, str, str]) -> str:
    lines = [
        f"ATTENDEE;CN={name};{params};PARTSTAT=NEEDS-ACTION:mailto:{address}"
        for name, address, params in guests
    ]
    return (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:scopes-1\n"
        "DTSTART;TZID=America/Chicago:20260310T140000\nDTEND;TZID=America/Chicago:20260310T150000\n"
        "SUMMARY:Interview: Jordan Avery / Data Engineer\n"
        "ORGANIZER;CN=Camila Reyes:mailto:camila.reyes@brightwave.example\n"
        + "\n".join(lines)
        + "\nEND:VEVENT\nEND:VCALENDAR\n"
    )


USER = ("Jordan Avery", "jordan.avery@example.net", "ROLE=REQ-PARTICIPANT")
TOM = ("Tom Hardy", "tom.hardy@brightwave.example", "ROLE=REQ-PARTICIPANT")
GUESTS = [
    ("a-room-by-its-cutype", ("Redwood (8)", "redwood@brightwave.example", "CUTYPE=ROOM")),
    (
        "a-google-resource-calendar",
        ("Austin-3F-Redwood (8)", "c_188@resource.calendar.google.com", "ROLE=REQ-PARTICIPANT"),
    ),
    ("an-fyi-guest", ("Ines Alvarado", "ines@brightwave.example", "ROLE=NON-PARTICIPANT")),
    ("an-optional-guest", ("Sara Lind", "sara.lind@brightwave.example", "ROLE=OPT-PARTICIPANT")),
]


@pytest.mark.parametrize("guest", [g[1] for g in GUESTS], ids=[g[0] for g in GUESTS])
def test_guests_the_invitation_marks_as_no_panelist(
    understander: Understander, guest: tuple[str, str, str]
) -> None:
    body = "Hi Jordan,\n\nThe invitation for your interview with Tom is attached." + SIGN
    message = email(body, sender=WRITER, to=TO, date=SENT, calendars=[_ics(USER, TOM, guest)])
    assert [p.name for p in understander.facts(message).interviewers] == ["Tom Hardy"]


def test_an_optional_guest_alone_still_interviews(understander: Understander) -> None:
    sara = ("Sara Lind", "sara.lind@brightwave.example", "ROLE=OPT-PARTICIPANT")
    body = "Hi Jordan,\n\nThe invitation for your interview is attached." + SIGN
    message = email(body, sender=WRITER, to=TO, date=SENT, calendars=[_ics(USER, sara)])
    assert [p.name for p in understander.facts(message).interviewers] == ["Sara Lind"]


def test_a_silent_observer_is_no_interviewer(understander: Understander) -> None:
    body = f"Hi Jordan,\n\nThe interview on {WHEN} will be led by Jane Whitfield, and Ben Ortiz will join as a silent observer."
    message = email(body + SIGN, sender=WRITER, to=TO, date=SENT)
    assert [p.name for p in understander.facts(message).interviewers] == ["Jane Whitfield"]


def test_an_html_list_stays_a_list() -> None:
    html = "<p class=MsoNormal>Your panel:</p><ul><li>Tom Hardy &#8211; Engineering Manager</li><li>Lisa Wong &#8211; Staff Engineer</li></ul>"
    assert html_to_text(html).splitlines()[1:] == [
        "- Tom Hardy – Engineering Manager",
        "- Lisa Wong – Staff Engineer",
    ]


def test_a_guest_invited_by_address_alone_is_named_as_the_text_names_them(
    understander: Understander,
) -> None:
    tom = ("thardy@brightwave.example", "thardy@brightwave.example", "ROLE=REQ-PARTICIPANT")
    body = "Hi Jordan,\n\nThe invitation for your interview with Tom Hardy is attached." + SIGN
    message = email(body, sender=WRITER, to=TO, date=SENT, calendars=[_ics(USER, tom)])
    people = understander.facts(message).interviewers
    assert [(p.name, p.email) for p in people] == [("Tom Hardy", "thardy@brightwave.example")]


def test_a_guest_on_the_invitation_to_take_notes_is_no_interviewer(
    understander: Understander,
) -> None:
    lisa = ("Lisa Wong", "lisa.wong@brightwave.example", "ROLE=REQ-PARTICIPANT")
    body = "Hi Jordan,\n\nThe invitation for your interview with Tom is attached. Lisa Wong from HR is also on the invite to take notes."
    message = email(body + SIGN, sender=WRITER, to=TO, date=SENT, calendars=[_ics(USER, TOM, lisa)])
    assert [p.name for p in understander.facts(message).interviewers] == ["Tom Hardy"]


@pytest.mark.parametrize(
    "subject",
    ["Tom Hardy <> Jordan Avery", "Jordan Avery / Tom Hardy - 30 min", "Jordan Avery x Tom Hardy"],
)
def test_the_other_side_of_a_pair_in_the_subject(understander: Understander, subject: str) -> None:
    body = f"Hi Jordan,\n\nConfirming {WHEN} for your interview. Zoom link to follow.\n\nBest,\nCamila Reyes\nRecruiting Coordinator"
    facts = understander.facts(email(body, subject=subject, sender=WRITER, to=TO, date=SENT))
    assert [p.name for p in facts.interviewers] == ["Tom Hardy"]
    assert facts.company != "Tom Hardy"
