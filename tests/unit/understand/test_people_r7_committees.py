"""Selection committees and small calendar invitations: a panel list under "Le comité de
sélection sera composé de :" (and its twins in other languages), a member whose title
says HR ("administrateur RH") is still a member, an HR observer named with an honorific
("Ms. Faith Otieno, ..., will attend as the HR observer") is not, someone who "no
participará en esta etapa" is not, and a person's own invitation for the user and one
colleague, with themselves among the guests, has them both interviewing."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

from followup.model import Email
from followup.understand.pipeline import Understander
from followup.understand.substitutes import replaced
from followup.understand.zones import zone
from understand_mail import email

COMITE = "Madame,\n\nNous avons le plaisir de vous inviter à un entretien avec le comité de sélection le jeudi 17 septembre 2026 à 14h30 (heure de Bruxelles), par visioconférence.\n\nLe comité de sélection sera composé de :\n- M. Laurent Dubois, chef d'unité adjoint (président) ;\n- Mme Katarzyna Nowak, chargée de programme ;\n- M. Jean-Baptiste Mercier, administrateur RH.\n\nMme Sofia Ricci, assistante, assurera le secrétariat du comité.\n\nVeuillez agréer, Madame, l'expression de nos salutations distinguées.\n\nSofia Ricci\nUnité B.2"


def test_a_french_committee_list_with_an_hr_member(understander: Understander) -> None:
    message = email(
        COMITE,
        subject="Invitation à un entretien",
        sender="Selections <selections@agence.example.eu>",
        to="Anaïs Lefèvre <anais.lefevre@example.fr>",
        date=datetime(2026, 9, 8, 11, tzinfo=zone("Europe/Brussels")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Laurent Dubois", "Katarzyna Nowak", "Jean-Baptiste Mercier"}


OBSERVED = "Dear Ms. Srisuk,\n\nYou have been shortlisted for a competency-based interview for the position of Human Settlements Officer.\n\nDate: Tuesday, 13 October 2026\nTime: 10:00 - 11:00 Nairobi time\n\nThe assessment panel will be composed of:\n\nChair: Mr. Peter Kamau, Chief, Urban Planning Section\nMember: Ms. Ingrid Solberg, Senior Human Settlements Officer\n\nMs. Faith Otieno, Human Resources Officer, will attend as the HR observer to ensure the process is followed; she does not assess candidates.\n\nBest regards,\n\nGrace Mwangi\nHuman Resources Assistant"


def test_an_hr_observer_named_with_an_honorific_is_no_panelist(
    understander: Understander,
) -> None:
    message = email(
        OBSERVED,
        subject="Competency-based interview - Human Settlements Officer",
        sender="Grace Mwangi <grace.mwangi@unhabitat.example.org>",
        to="Pimchanok Srisuk <pim.srisuk@example.co.th>",
        date=datetime(2026, 10, 5, 15, tzinfo=zone("Africa/Nairobi")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Peter Kamau", "Ingrid Solberg"}


def test_someone_who_will_not_take_part_in_this_stage() -> None:
    line = (
        "María Paula Gómez, con quien conversó en la primera ronda, no participará en esta etapa."
    )
    assert replaced(line, 0)


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:5k2m9q7h1t3v8rb0c4e6d2g1aa@google.com
DTSTAMP:20260101T000000Z
DTSTART;TZID=Africa/Nairobi:20261104T140000
DTEND;TZID=Africa/Nairobi:20261104T150000
SUMMARY:Interview - Regional Advocacy Lead
ORGANIZER;CN=Wanjiku Mutua:mailto:wanjiku@amanifutures.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Wanjiku Mutua:mailto:wanjiku@amanifutures.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Brian Ochieng:mailto:brian.ochieng@amanifutures.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=david.kiprop@example.co.ke:mailto:david.kiprop@example.co.ke
END:VEVENT
END:VCALENDAR
"""
NOTICE = "You have been invited to the following event.\n\nInterview - Regional Advocacy Lead\nWednesday 4 Nov 2026 ⋅ 2pm – 3pm\n\nAmani Futures Foundation – second interview.\n\nGuests\nWanjiku Mutua - organiser\nBrian Ochieng\ndavid.kiprop@example.co.ke"


def _invite(body: str) -> Email:
    return email(
        body,
        subject="Invitation: Interview - Regional Advocacy Lead @ Wed 4 Nov 2026 2pm - 3pm (EAT)",
        sender="Wanjiku Mutua <wanjiku@amanifutures.example.org>",
        to="david.kiprop@example.co.ke",
        date=datetime(2026, 10, 28, 12, tzinfo=zone("Africa/Nairobi")),
        calendars=[ICS],
    )


def test_the_host_among_two_guests_interviews(understander: Understander) -> None:
    facts = understander.facts(_invite(NOTICE))
    assert {p.name for p in facts.interviewers} == {"Wanjiku Mutua", "Brian Ochieng"}


def test_a_recruiter_host_among_two_guests_only_schedules(understander: Understander) -> None:
    signed = NOTICE.replace(
        "You have been",
        "Hi David, sending the invite.\n\nWanjiku Mutua\nTalent Acquisition Partner\n\nYou have been",
    )
    facts = understander.facts(_invite(signed))
    assert {p.name for p in facts.interviewers} == {"Brian Ochieng"}


def test_junk_inside_a_guest_name_splits_no_one() -> None:
    from followup.model import Person
    from followup.understand.panel_merge import with_text

    message = email("You'll meet Ann Lee and Bo Chen.", sender="Camila Reyes <camila@x.example>")
    guests = [Person(name="Ann {{ 7*7 }} Lee"), Person(name="Bo {% raw %}Chen")]
    merged = with_text(guests, [Person(name="Ann Lee"), Person(name="Bo Chen")], message, False)
    assert len(merged) == 2


OBSERVER_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260310T190000Z
DTEND:20260310T200000Z
DTSTAMP:20260305T160000Z
ORGANIZER;CN=Camila Reyes:mailto:camila@brightwave.example
UID:xyz@brightwave
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Jordan Avery:mailto:jordan.avery@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Camila Reyes:mailto:camila@brightwave.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tom Hardy:mailto:tom.hardy@brightwave.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Ben Ortiz:mailto:ben.ortiz@brightwave.example
SUMMARY:Interview: Jordan Avery - Data Engineer
END:VEVENT
END:VCALENDAR
"""


def test_a_guest_the_text_calls_a_silent_observer(understander: Understander) -> None:
    body = "Hi Jordan,\n\nInvite attached for your Data Engineer interview with Tom Hardy. Ben Ortiz will join as a silent observer.\n\nBest,\nCamila Reyes\nTalent Partner"
    message = email(
        body,
        subject="Invitation: Interview: Jordan Avery - Data Engineer",
        sender="Camila Reyes <camila@brightwave.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 3, 5, 10, tzinfo=zone("America/Chicago")),
        calendars=[OBSERVER_ICS],
    )
    assert [p.name for p in understander.facts(message).interviewers] == ["Tom Hardy"]


def test_a_full_name_after_an_honorific_the_ner_misses(understander: Understander) -> None:
    body = "Gentile Jordan,\n\nla invitiamo a un colloquio martedì 10 marzo alle 14:00. Il colloquio si terrà con la Dott.ssa Giulia Bianchi e l'Ing. Marco Rossi.\n\nCordiali saluti,\nMarina Costa\nUfficio Personale"
    message = email(
        body,
        subject="Invito a colloquio",
        sender="Marina Costa <marina@empresa.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 3, 5, 10, tzinfo=zone("Europe/Rome")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Giulia Bianchi", "Marco Rossi"}
