"""Round 4 of the people tuner: who is not there after all, and what only looks like a name.
A writer who says they will not join; a hiring manager or founder who pulls a colleague in
(and is there too); a panelist "away on leave that day", written "Mrs. Family"; someone who
"won't be part of this one"; a lunch host, or a recruiter who greets and walks the user out;
an agenda whose lines a wrap-joiner must keep apart; a company named like a person ("Halden
Therapeutics would like to meet you", "Where: Saltmarsh Cartage, Level 12"); "di Lecco" and
"la Sua" (a particle or a pronoun, no given name); the rest of a job title in the subject;
and a header written in raw 8-bit UTF-8."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.mentions import title_after
from followup.understand.names import clean_name, in_job_title
from followup.understand.panel_lists import label_list
from followup.understand.parse import parse
from followup.understand.pipeline import Understander
from followup.understand.substitutes import absent, is_absent, replaced
from followup.understand.writer import runs_it_themselves
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"
WHEN = "Tuesday, March 10 at 2:00 PM CT"

CASES = [
    (
        "writer-sends-the-invite-but-will-not-join",
        "Marta Lindqvist <marta.lindqvist@fjordline.example>",
        "Interview - Data Engineer",
        f"Dear Jordan,\n\nI'm glad to invite you to the technical interview on {WHEN}.\n\nYou will meet:\n- Henrik Aalto – Staff Engineer\n- Priya Raman – Data Platform Lead\n\nI'll set up the Teams call, but I won't be on the call myself; write to me with any questions.\n\nKind regards,\nMarta Lindqvist\nTalent Acquisition Partner\nFjordline",
        ["Henrik Aalto", "Priya Raman"],
    ),
    (
        "manager-pulls-a-colleague-in",
        "Desmond Achebe <desmond.achebe@kilnworks.example>",
        "Re: Controls Engineer - next chat",
        f"Hi Jordan,\n\n{WHEN} is perfect. I'll bring in Ilse Varga, our automation lead, so you can talk to her too. We'll meet at the plant.\n\nCheers,\nDesmond\n\n--\nDesmond Achebe\nDirector of Engineering\nKilnworks",
        ["Desmond Achebe", "Ilse Varga"],
    ),
    (
        "panelist-on-leave-named-formally",
        "Grace Mensah <grace.mensah@akwaaba.example>",
        "Interview update",
        f"Dear Jordan,\n\nYour interview is confirmed for {WHEN} with Mr. Kofi Boateng (Head of Audit) and Mrs. Abena Owusu (Audit Manager). Please note that Mrs. Owusu will be on leave that week, so Mr. Boateng will conduct the interview alone.\n\nRegards,\nGrace Mensah\nHR Officer",
        ["Kofi Boateng"],
    ),
    (
        "lunch-host-on-the-itinerary",
        "Loomis Bay <scheduling@goodtime.io>",
        "Your onsite itinerary",
        "Hi Jordan,\n\nHere is your onsite schedule for Tuesday, March 10 (Central time):\n\n10:00 AM - 10:45 AM   Coding\n                      Farah Siddiqui, Senior Engineer\n12:00 PM - 1:00 PM    Lunch with Bram Kowalczyk\n                      Bram is on the team and will take you out; it is not part of the evaluation.\n1:00 PM - 1:45 PM     Hiring manager conversation\n                      Odile Marchand, Engineering Manager\n\nSee you soon,\nNell Porter\nRecruiting Coordinator",
        ["Farah Siddiqui", "Odile Marchand"],
    ),
    (
        "a-company-named-like-a-person",
        "Harriet Cole <harriet.cole@brightpath-recruitment.example>",
        "Interview confirmed - Validation Lead",
        f"Hi Jordan,\n\nGreat news - Halden Therapeutics would like to meet you for the Validation Lead role on {WHEN}. You'll be meeting Dr. Sabine Krull (Head of Quality).\n\nBest,\nHarriet",
        ["Sabine Krull"],
    ),
    (
        "founder-copies-a-colleague-who-joins-the-call",
        "Ilana Weiss <ilana@tallyroute.example>",
        "Re: Founding Engineer",
        f"Sam - great to hear from you.\n\nCould you do {WHEN}? 45 min on Zoom. I've cc'd Tomás, our CTO, he'll join for the last 20 minutes.\n\nIlana\n\n--\nIlana Weiss\nCo-founder & CEO, Tallyroute",
        ["Ilana Weiss"],
    ),
    (
        "the-client-named-after-the-job-title-and-as-the-place",
        "Brooke Sinclair <brooke.sinclair@talentbridge.example.com.au>",
        "Interview confirmed - Finance Business Partner, Saltmarsh Cartage",
        "Hi Jordan,\n\nGreat news – Saltmarsh Cartage would love to meet you!\n\nWhen: Tuesday 10 March, 2pm\nWhere: Saltmarsh Cartage, Level 12, 60 Margaret Street, Sydney\nWith: Greg Halloran, Operations Director, and Mei Lin Tan, Financial Controller\n\nGood luck!\nBrooke",
        ["Greg Halloran", "Mei Lin Tan"],
    ),
    (
        "the-ceo-who-usually-meets-finalists-but-not-this-time",
        "Mara Lindahl <mara@quillfin.example>",
        "Data Analyst - next round",
        f"Hi Jordan,\n\nNext round would be {WHEN}, with me and Tobias Renner from our risk team.\n\nOur founder, Ines Alvarado, often sits in on final rounds, but she won't be part of this one.\n\nMara\n\nMara Lindahl\nHead of Analytics, Quillfin",
        ["Mara Lindahl", "Tobias Renner"],
    ),
    (
        "a-recruiter-who-greets-and-walks-you-out",
        "Pinecrest Recruiting <recruiting@pinecrest.example>",
        "Your onsite itinerary",
        "Hi Jordan,\n\nTime | Session | With\n10:00 - 10:45 AM | Technical interview | Jonas Berg · Senior Scientist\n11:00 - 11:45 AM | Technical interview | Aiko Mori · Principal Scientist\n\nPlease check in at 9:45 AM; Colette Dubois from our recruiting team will meet you, take you to the lab and walk you out at the end of the day.\n\nThe Pinecrest Recruiting Team",
        ["Aiko Mori", "Jonas Berg"],
    ),
    (
        "an-agenda-in-wrapped-text-with-a-team-lunch",
        "Cedar Recruiting <recruiting@cedar.example>",
        "Onsite schedule",
        "Hi Jordan,\n\nHere is your onsite schedule for Tuesday, March 10 (all times Central):\n\n10:00 - 10:45  Coding       Ana Souza, Staff Engineer\n11:00 - 11:45  System design  Ben Ito, Principal Engineer\n12:00 - 12:30  Lunch with Dana Whitlock and the team\n\nCedar Recruiting",
        ["Ana Souza", "Ben Ito"],
    ),
    (
        "italian-particles-pronouns-and-the-job-title",
        "Officine Brianza <noreply@smartrecruiters.com>",
        "Invito a colloquio – Responsabile Acquisti Indiretti",
        "Gentile Jordan,\n\na seguito della Sua candidatura per la posizione di Responsabile Acquisti Indiretti, siamo lieti di invitarLa a un colloquio presso la nostra sede di Monza il 10 marzo alle 14:00.\n\nIl colloquio sarà condotto dalla Dott.ssa Elena Fumagalli (HR Business Partner) e dall'Ing. Marco Riva (Direttore Acquisti). La preghiamo di confermare la Sua presenza.\n\nCordiali saluti,\nUfficio Selezione",
        ["Elena Fumagalli", "Marco Riva"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_who_is_not_there_after_all(
    understander: Understander, sender: str, subject: str, body: str, names: list[str]
) -> None:
    message = email(body, subject=subject, sender=sender, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


def test_the_writer_who_will_not_join_is_no_interviewer_but_one_who_will_is() -> None:
    sender = "Marta Lindqvist <marta.lindqvist@fjordline.example>"
    sign = "\n\nMarta Lindqvist\nTalent Partner"
    out = email("I'll send the invitation and will not join the call myself." + sign, sender=sender)
    assert not runs_it_themselves(out.new_text, out)
    # someone else's absence says nothing about the writer: "it will be just me"
    other = email("I'm afraid Tom won't be joining, so it will be just me." + sign, sender=sender)
    assert runs_it_themselves(other.new_text, other)


def test_absence_words_and_an_honorifics_full_stop() -> None:
    line = (
        "Please note that Mrs. Owusu will be away that day, so Mr. Boateng will conduct it alone."
    )
    assert replaced(line, line.index("Mrs."))
    assert not replaced(line, line.index("Mr. B"))
    assert not replaced("Tom is off to a great start with the team.", 0)


def test_names_start_with_a_given_name() -> None:
    assert clean_name("di Lecco") is None
    assert clean_name("la Sua") is None
    assert clean_name("Femke de Vries") == "Femke de Vries"


def test_the_rest_of_a_job_title_in_the_subject() -> None:
    subject = "Invito a colloquio – Responsabile Qualità Fornitori"
    assert in_job_title("Qualità Fornitori", subject)
    assert not in_job_title("Tom Hardy", "Interview with Tom Hardy - Data Analyst")


def test_a_header_in_raw_utf8_is_read_as_utf8() -> None:
    raw = "From: Zofia Wróblewska <z@bursztyn.example>\nSubject: Rozmowa – Qualità\n\nhi\n"
    parsed = parse(raw.encode())
    assert parsed.sender.name == "Zofia Wróblewska"
    assert parsed.subject == "Rozmowa – Qualità"
    latin = parse("Subject: Café\n\nhi\n".encode("latin-1"))
    assert latin.subject == "Café"


def test_someone_out_whose_interview_is_moved_or_cancelled_still_interviews() -> None:
    cancelled = "Apologies, Fiona is unwell so I've had to cancel tomorrow's interview with Fiona Blackwood."
    assert not absent(cancelled)
    moved = "Bad: Joost is ill and can't do Friday. Good: we'd like to push it to Monday."
    assert not absent(moved)
    alone = (
        "Mrs. Owusu will be on leave that week, so Mr. Boateng will conduct the interview alone."
    )
    assert absent(alone) == {"owusu"}
    assert is_absent("Abena Owusu", {"owusu"}) and not is_absent("Kofi Boateng", {"owusu"})


def test_a_title_stops_where_a_new_clause_starts() -> None:
    assert title_after(", our CTO, he'll join for the second half") == "CTO"
    listed = label_list("With: Greg Halloran, Operations Director, and Mei Lin Tan, Controller")
    assert [(m.name, m.title) for m in listed] == [
        ("Greg Halloran", "Operations Director"),
        ("Mei Lin Tan", "Controller"),
    ]
