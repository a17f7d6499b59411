"""Interviewers named by given name alone (round 7): kept where a meeting is spoken of, and
written in full when the message names them in full elsewhere (the Cc list, the invitation's
guests, another line, a broken "Family, Given" Cc header), a short form too ("Alex" for
Alexandra); never a team, a tool, a contact for questions or an earlier round's interviewer.
Messages written from the issue's list of gaps, not from any corpus message."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.model import Person
from followup.understand.first_names import completed, formal_family, full_names
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"
CAMILA = "Camila Reyes <camila.reyes@brightwave.example>"
SIGNED = "\n\nBest,\nCamila Reyes\nTalent Partner, Brightwave"

CASES = [
    (
        "given-names-nowhere-in-full",
        CAMILA,
        "Hi Jordan,\n\nYou're confirmed for Tuesday, March 10 at 2:00 PM CT. You'll be chatting with Tom and Lisa from the data team."
        + SIGNED,
        {},
        ["Lisa", "Tom"],
    ),
    (
        "given-names-in-full-on-another-line",
        CAMILA,
        "Hi Jordan,\n\nYou're confirmed for Tuesday, March 10 at 2:00 PM CT. You'll meet Tom and Lisa.\n\nTom Hardy is our Engineering Manager and Lisa Wong leads the platform team."
        + SIGNED,
        {},
        ["Lisa Wong", "Tom Hardy"],
    ),
    (
        "given-names-with-titles-in-brackets",
        CAMILA,
        "Hi Jordan,\n\nYou're confirmed for Tuesday, March 10 at 2:00 PM CT. You'll meet Tom (Engineering Manager) and Lisa (Staff Engineer)."
        + SIGNED,
        {},
        ["Lisa", "Tom"],
    ),
    (
        "spanish-given-names-of-a-team",
        "Laia Casals <laia@mirall.example>",
        "Hola Jordan:\n\nTe proponemos una entrevista el martes 10 de marzo a las 10:30. Te entrevistarán Nuria y Jordi, del equipo de datos.\n\nUn abrazo,\nLaia Casals\nPeople & Culture",
        {},
        ["Jordi", "Nuria"],
    ),
    (
        "a-short-form-of-a-cc-name",
        "Patricia Okafor <pokafor@county.example.gov>",
        "Jordan,\n\nI'd like to have you in for the second round on Tuesday, March 10 at 1:30 pm in my office. I'll be joined by Alex from Finance.\n\nPatricia\n\nPatricia Okafor\nChief Deputy Clerk",
        {"headers": {"Cc": "Alexandra Novak <anovak@county.example.gov>"}},
        ["Alexandra Novak", "Patricia Okafor"],
    ),
    (
        "a-cc-name-written-family-comma-given-without-quotes",
        "Patricia Okafor <pokafor@county.example.gov>",
        "Jordan,\n\nI'd like to have you in for the second round on Tuesday, March 10 at 1:30 pm in my office. I'll be joined by Deb from Finance.\n\nPatricia\n\nPatricia Okafor\nChief Deputy Clerk",
        {"headers": {"Cc": "Kowalczyk, Deborah <dkowalczyk@county.example.gov>"}},
        ["Deborah Kowalczyk", "Patricia Okafor"],
    ),
    (
        "with-me-plus-a-colleague-from-a-team",
        "Rob Kowalski <rob.kowalski@quokka.example>",
        "Hi Jordan - can you do Tuesday 10 March at 3pm for 30 mins w/ me + Priyanka from product? I'll send an invite.\n\nRob",
        {},
        ["Priyanka", "Rob Kowalski"],
    ),
    (
        "a-job-title-just-before",
        CAMILA,
        "Hi Jordan,\n\nYou're confirmed for Tuesday, March 10 at 2:00 PM CT. You'll be meeting our CTO, Tom."
        + SIGNED,
        {},
        ["Tom"],
    ),
    (
        "will-call-you-and-the-cc-list",
        CAMILA,
        "Hi Jordan,\n\nTom will call you on Tuesday, March 10 at 2:00 PM CT for a 30-minute phone screen."
        + SIGNED,
        {"headers": {"Cc": "Tom Hardy <tom.hardy@brightwave.example>"}},
        ["Tom Hardy"],
    ),
    (
        "a-panel-label-of-given-names",
        CAMILA,
        "Hi Jordan,\n\nYour interview is on Tuesday, March 10 at 2:00 PM CT.\n\nPanel: Tom, Lisa and Ana"
        + SIGNED,
        {},
        ["Ana", "Lisa", "Tom"],
    ),
    (
        "a-forward-from-the-hiring-manager",
        CAMILA,
        "Hi Jordan,\n\nSee below: Tom would like to meet you on Tuesday, March 10 at 2:00 PM CT. Does that work?\n\nCamila\n\n---------- Forwarded message ---------\nFrom: Tom Hardy <tom.hardy@brightwave.example>\nDate: Mon, Mar 2, 2026\nSubject: Data Engineer candidate\nTo: Camila Reyes <camila.reyes@brightwave.example>\n\nCamila, I liked Jordan's CV, can you set up a call with me next week?\n\nTom Hardy\nEngineering Manager",
        {},
        ["Tom Hardy"],
    ),
    (
        "an-introduction-to-two",
        CAMILA,
        "Hi Jordan and Priya,\n\nI'm connecting you two: Priya, Jordan is the candidate for the Data Engineer role. Jordan, Priya will interview you on Tuesday, March 10 at 2:00 PM CT."
        + SIGNED,
        {},
        ["Priya"],
    ),
    (
        "a-colleague-and-i-would-love-to-chat",
        "Tom Hardy <tom.hardy@brightwave.example>",
        "Hi Jordan,\n\nThanks for applying! Lisa and I would love to chat on Tuesday, March 10 at 2:00 PM CT.\n\nTom\n\nTom Hardy\nEngineering Manager, Brightwave",
        {},
        ["Lisa", "Tom Hardy"],
    ),
    (
        "portuguese-conducted-by-two-of-a-team",
        "Beatriz Campos <beatriz@serrano.example>",
        "Olá Jordan,\n\nA entrevista será na terça-feira, 10/03, às 14h30. A entrevista será conduzida por Ana e Bruno, do time de dados.\n\nAbraços,\nBeatriz Campos\nAnalista de Recrutamento",
        {},
        ["Ana", "Bruno"],
    ),
    (
        "german-family-names-after-herr-and-frau",
        "Anna Schulz <anna.schulz@elbdeich.example>",
        "Sehr geehrter Herr Avery,\n\nwir laden Sie am Dienstag, 10. März um 14:00 Uhr zu einem Gespräch ein. Ihre Gesprächspartner sind Herr Müller und Frau Schmidt.\n\nMit freundlichen Grüßen\nAnna Schulz\nRecruiting",
        {
            "headers": {
                "Cc": "Thomas Müller <t.mueller@elbdeich.example>, Julia Schmidt <j.schmidt@elbdeich.example>"
            }
        },
        ["Julia Schmidt", "Thomas Müller"],
    ),
    (
        "ms-family-name-and-i-will-conduct",
        "Tom Hardy <tom.hardy@brightwave.example>",
        "Dear Mr. Avery,\n\nI am pleased to invite you to an interview on Tuesday, March 10 at 2:00 PM CT. Ms. Wong, our Head of Data, and I will conduct the interview.\n\nYours sincerely,\nTom Hardy\nDirector of Engineering\n\ncc: Lisa Wong, Head of Data",
        {},
        ["Lisa Wong", "Tom Hardy"],
    ),
    (
        "an-interviewer-label-over-a-recruiter-label",
        "Brightwave Careers <no-reply@greenhouse.example>",
        "Hi Jordan,\n\nYour interview has been scheduled.\n\nDate: Tuesday, March 10, 2026\nTime: 2:00 PM - 3:00 PM CT\nInterviewer: Tom Hardy\nRecruiter: Camila Reyes\nLocation: Zoom",
        {},
        ["Tom Hardy"],
    ),
    # guards: a lone capitalised word after "with" is not always a person
    (
        "the-employer-would-like-to-meet-you",
        "Lukas Brenner <l.brenner@talentbruecke.example>",
        "Hi Jordan,\n\ngood news: Alpenblick would like to meet you in person on Tuesday, March 10 at 10:00, with Wolfgang Schäfer (Head of Development).\n\nViele Grüße\nLukas\n\nLukas Brenner\nSenior Consultant | TalentBrücke Personalberatung\n\nAlpenblick Software GmbH, Landsberger Str. 110, München",
        {},
        ["Wolfgang Schäfer"],
    ),
    (
        "teams-are-not-people",
        CAMILA,
        "Hi Jordan,\n\nYou're confirmed for Tuesday, March 10 at 2:00 PM CT. You'll meet with Engineering and Product leadership over Zoom."
        + SIGNED,
        {},
        [],
    ),
    (
        "tools-are-not-people",
        CAMILA,
        "Hi Jordan,\n\nYour interview is confirmed for Tuesday, March 10 at 2:00 PM CT with Tom Hardy. Please join with Chrome or Firefox, and have Node 20 and Git installed."
        + SIGNED,
        {},
        ["Tom Hardy"],
    ),
    (
        "a-contact-for-questions",
        CAMILA,
        "Hi Jordan,\n\nYou're confirmed for Tuesday, March 10 at 2:00 PM CT with Tom Hardy. If you have any questions, feel free to connect with Sarah from HR."
        + SIGNED,
        {},
        ["Tom Hardy"],
    ),
    (
        "an-earlier-round",
        CAMILA,
        "Hi Jordan,\n\nThanks for chatting with Priya last week! Next up: Tuesday, March 10 at 2:00 PM CT with Tom Hardy, our Engineering Manager."
        + SIGNED,
        {},
        ["Tom Hardy"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "body", "extra", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_given_names_alone(
    understander: Understander,
    sender: str,
    body: str,
    extra: dict[str, object],
    names: list[str],
) -> None:
    message = email(
        body, subject="Interview - Data Engineer", sender=sender, to=TO, date=SENT, **extra
    )
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


def test_two_people_of_one_given_name_leave_it_as_written() -> None:
    message = email(
        "Hi Jordan,\n\nYou'll meet Tom.",
        sender=CAMILA,
        to=TO,
        headers={"Cc": "Tom Hardy <tom.hardy@x.example>, Tom Lee <tom.lee@x.example>"},
    )
    known = full_names(message, {"jordan", "avery"})
    assert [p.name for p in completed([Person(name="Tom")], known)] == ["Tom"]


def test_a_full_name_brings_its_address_along() -> None:
    message = email(
        "Hi Jordan,\n\nYou'll meet Lisa.",
        sender=CAMILA,
        to=TO,
        headers={"Cc": "Wong, Lisa <lwong@brightwave.example>"},
    )
    known = full_names(message, {"jordan", "avery"})
    assert completed([Person(name="Lisa")], known) == [
        Person(name="Lisa Wong", email="lwong@brightwave.example")
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ihre Gesprächspartner sind Herr Müller und Frau Schmidt.", ["Müller", "Schmidt"]),
        ("un entretien avec Mme Garnier et M. Dubois.", ["Garnier", "Dubois"]),
        ("Herr Dr. Jan-Hendrik Ahlers und Frau Merve Aydın", []),  # given names there
        ("assessed by Mrs. Farzana Sheikh. This will be followed by", []),  # a name's end
    ],
)
def test_a_family_name_after_an_honorific(line: str, names: list[str]) -> None:
    assert [name for name, _ in formal_family(line)] == names
