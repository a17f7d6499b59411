"""Who is still on the panel, and who the calendar guests are: replaced panelists in several
languages, a panelist met in an earlier round, someone who only greets at reception or is
copied for logistics, a formal "Mme Garnier" completed from the quoted invitation; Outlook
guests written as addresses or "Family, Given", rooms and shared mailboxes invited as
guests, notes after a guest's name, and a person's invitation whose only guest is the user."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.names import calendar_name
from followup.understand.pipeline import Understander
from followup.understand.substitutes import replaced
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"
WRITER = "Camila Reyes <camila.reyes@brightwave.example>"
SIGN = "\n\nBest,\nCamila Reyes\nTalent Partner, Brightwave"
WHEN = "Tuesday, March 10 at 2:00 PM CT"
ICS = (
    "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:probe-1\n"
    "DTSTART;TZID=America/Chicago:20260310T140000\nDTEND;TZID=America/Chicago:20260310T150000\n"
    "SUMMARY:Interview: Jordan Avery / Data Engineer\n"
    "ORGANIZER;CN={organizer}:mailto:{organizer_address}\n{guests}\nEND:VEVENT\nEND:VCALENDAR\n"
)


def _guest(name: str, address: str) -> str:
    return f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT:mailto:{address}"


JORDAN = _guest("Jordan Avery", "jordan.avery@example.net")


def _ics(
    *guests: str, organizer: str = "Camila Reyes", address: str = "camila.reyes@brightwave.example"
) -> str:
    return ICS.format(
        organizer=organizer, organizer_address=address, guests="\n".join([JORDAN, *guests])
    )


def test_replaced_in_other_languages() -> None:
    spanish = "El Dr. Álvaro Méndez no podrá asistir, y en su lugar te entrevistará la Dra. Nuria Castell."
    assert replaced(spanish, spanish.index("Álvaro"))
    assert not replaced(spanish, spanish.index("Nuria"))
    french = "elle sera remplacée par M. Julien Roche, Responsable RH"
    assert not replaced(french, french.index("Julien"))
    english = "instead of Jane Whitfield you'll now meet Marcus Oyelaran"
    assert replaced(english, english.index("Jane"))
    assert not replaced(english, english.index("Marcus"))
    took = (
        "Arjun Nair has been pulled into an escalation, so Meena Iyer will take the round instead."
    )
    assert replaced(took, took.index("Arjun"))
    assert not replaced(took, took.index("Meena"))
    reason = "Alicia Moreno was called to a board meeting, so we need to move your interview."
    assert not replaced(reason, reason.index("Alicia"))  # still interviews, at another time


def test_calendar_names_in_natural_order() -> None:
    assert calendar_name("El Amrani, Fatima") == "Fatima El Amrani"
    assert calendar_name("Boer, Sanne de") == "Sanne de Boer"
    assert calendar_name("Jane Whitfield (she/her)") == "Jane Whitfield"
    assert calendar_name("Marcus Oyelaran [EXT]") == "Marcus Oyelaran"


CASES = [
    (
        "drops-out-and-someone-covers",
        WRITER,
        f"Hi Jordan,\n\nYour interview is on {WHEN}. Jane Whitfield had to drop out, so Marcus Oyelaran will cover.{SIGN}",
        [],
        ["Marcus Oyelaran"],
    ),
    (
        "met-in-the-first-round",
        WRITER,
        f"Hi Jordan,\n\nYou're confirmed for {WHEN} with Jane Whitfield. You may remember Marcus Oyelaran from your first round; he won't be joining this time.{SIGN}",
        [],
        ["Jane Whitfield"],
    ),
    (
        "the-original-panel-and-the-updated-one",
        WRITER,
        f"Hi Jordan,\n\nYour interview has moved to {WHEN}.\n\nOriginal panel: Jane Whitfield, Marcus Oyelaran\nUpdated panel: Jane Whitfield, Peter Brandt{SIGN}",
        [],
        ["Jane Whitfield", "Peter Brandt"],
    ),
    (
        "met-in-a-later-round",
        WRITER,
        f"Hi Jordan,\n\nYou're confirmed for {WHEN}. Your interviewer is Jane Whitfield; the role reports to Marcus Oyelaran, our CTO, whom you'll meet in a later round.{SIGN}",
        [],
        ["Jane Whitfield"],
    ),
    (
        "she-would-like-to-meet",
        WRITER,
        f"Hi Jordan,\n\nGreat news - Jane Whitfield was impressed by your take-home. She'd like to meet on {WHEN} to discuss it.{SIGN}",
        [],
        ["Jane Whitfield"],
    ),
    (
        "greets-at-reception",
        WRITER,
        f"Hi Jordan,\n\nYou're confirmed for {WHEN} with Jane Whitfield and Marcus Oyelaran. Our office manager, Pat Quinn, will meet you at reception.{SIGN}",
        [],
        ["Jane Whitfield", "Marcus Oyelaran"],
    ),
    (
        "formal-name-from-the-quoted-invitation",
        "Claire Dumas <c.dumas@hopital.example.fr>",
        "Bonjour Madame,\n\nNous sommes contraints de décaler votre entretien au mardi 10 mars à 14h00. Mme Bernard ne pourra pas être présente ; elle sera remplacée par M. Julien Roche, Responsable des Ressources Humaines. Mme Garnier conduira l'entretien avec lui.\n\nBien cordialement,\nClaire Dumas\n\nDe : Claire Dumas\nEnvoyé : vendredi 27 février 2026 15:12\nObjet : Entretien\n\nVous serez reçue par :\n- Mme Hélène Garnier, Directrice des soins\n- Mme Sylvie Bernard, Directrice des Ressources Humaines",
        [],
        ["Hélène Garnier", "Julien Roche"],
    ),
    (
        "outlook-guests-as-addresses-and-inverted",
        WRITER,
        f"Hi Jordan,\n\nInvite attached for {WHEN}.{SIGN}",
        [
            _ics(
                _guest('"El Amrani, Fatima"', "f.elamrani@brightwave.example"),
                _guest("marcus.oyelaran@brightwave.example", "marcus.oyelaran@brightwave.example"),
            )
        ],
        ["Fatima El Amrani", "Marcus Oyelaran"],
    ),
    (
        "rooms-and-shared-mailboxes-are-no-guests",
        WRITER,
        f"Hi Jordan,\n\nInvite attached for {WHEN}.{SIGN}",
        [
            _ics(
                _guest("Jane Whitfield", "jane.whitfield@brightwave.example"),
                _guest("Brightwave Interviews", "interviews@brightwave.example"),
                _guest("Zoom Room", "zoomroom7@brightwave.example"),
            )
        ],
        ["Jane Whitfield"],
    ),
    (
        "a-guest-copied-for-logistics",
        "Ashwin Rao <ashwin.rao@sahyadri.example>",
        "Hi Jordan,\n\nAs discussed with Anjali, sending the invite for the technical discussion. Panel will be myself and Sandeep Joshi (Principal Architect).\n\nAnjali from HR is copied for coordination, please reach out to her for anything logistics related.\n\nRegards,\nAshwin\n\nAshwin Rao | Director - Data Engineering",
        [
            _ics(
                _guest("Anjali Pawar", "anjali.pawar@sahyadri.example"),
                _guest("Sandeep Joshi", "sandeep.joshi@sahyadri.example"),
                organizer="Ashwin Rao",
                address="ashwin.rao@sahyadri.example",
            )
        ],
        ["Ashwin Rao", "Sandeep Joshi"],
    ),
    (
        "panel-in-the-invitation-description",
        "Brightwave Recruiting <interviews@brightwave.example>",
        "Hi Jordan,\n\nThank you for your time so far in the process. We are excited to confirm your virtual onsite for the Data Engineer role. Please find the calendar invitation attached with all the details, including the Zoom link and who you will meet. If you need any accommodations, please let us know.\n\nBrightwave Recruiting",
        [
            _ics(
                organizer="Brightwave Recruiting", address="interviews@brightwave.example"
            ).replace(
                "SUMMARY:",
                "DESCRIPTION:Your interviewers:\\n- Jane Whitfield\\, Engineering Manager\\n- Marcus Oyelaran\\, Staff Engineer\nSUMMARY:",
            )
        ],
        ["Jane Whitfield", "Marcus Oyelaran"],
    ),
    (
        "the-only-guest-is-the-user",
        "Jane Whitfield <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n\nSending an invite for our chat.\n\nJane",
        [_ics(organizer="Jane Whitfield", address="jane.whitfield@brightwave.example")],
        ["Jane Whitfield"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "body", "calendars", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_who_is_still_on_the_panel(
    understander: Understander, sender: str, body: str, calendars: list[str], names: list[str]
) -> None:
    message = email(body, subject="Interview", sender=sender, to=TO, date=SENT, calendars=calendars)
    assert sorted(p.name or "" for p in understander.facts(message).interviewers) == names
