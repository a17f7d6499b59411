"""Who interviews in itineraries, relayed executive meetings and short notes (round 7, from
the general causes of wave 13's misses, in messages written for these tests): the writer
"et moi-même" with a colleague named by given name, a panelist out "at all" though the
quoted thread named them in full, an escort who meets the candidate at arrivals, a "Search
committee:" slot with the writer in it, "Dr. Lee's office" speaking for the CEO met over
breakfast, "CFO Luis", "our MD Khalid", a search partner's call to prepare, a department
administrator who sends the calendar cancellation, a schedule by initials with its key, a
panelist who "will still take the round", and a working interview one cooks for."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"

CASES = [
    (
        "the-writer-et-moi-meme-and-a-given-name",
        "Delphine Martin <delphine@lumen.example>",
        "Bonjour Jordan,\n\nJe te propose un entretien mardi 10/03 à 10h, chez nous.\n\nOn sera deux : Wouter, notre directeur de production, et moi-même. Compte une heure.\n\nDelphine\n\n--\nDelphine Martin\nHead of Events | Lumen",
        [],
        ["Delphine Martin", "Wouter"],
    ),
    (
        "out-at-all-though-the-thread-named-them",
        "Sofia Berg <sofia@holm.example>",
        "Dear Jordan,\n\nHenrik has been called to a site inspection on Tuesday, so we need to move your interview to Wednesday 11 March, still 11:00-12:15.\n\nHenrik will not be able to join at all, unfortunately, so in his place you will meet Amara Okafor, Associate Director. I will still be there.\n\nBest regards\nSofia Berg\nPartner\n\n-----Original Message-----\nFrom: Sofia Berg <sofia@holm.example>\nSubject: Interview\n\nDear Jordan, you will meet Henrik Dahl and me on Tuesday 10 March at 11:00.",
        [],
        ["Amara Okafor", "Sofia Berg"],
    ),
    (
        "an-itinerary-with-an-escort-and-a-search-committee",
        "Helen Okoro <hokoro@college.example.edu>",
        "Dear Jordan,\n\nYour itinerary is below.\n\nMonday, March 9\n6:40 pm  Arrive at BTV. Jamie Ortiz (PhD student) will meet you at arrivals and drive you to the Inn.\n\nTuesday, March 10\n9:00-9:45  Search committee: Helen Okoro (chair), Raymond Achter, Priya Venkat\n10:00-10:30  Daniel Kirsch, Department Chair\n12:00-1:15  Lunch with graduate students\n\nWith best wishes,\nHelen\n\nHelen Okoro\nAssociate Professor\nChair, Search Committee",
        [],
        ["Daniel Kirsch", "Helen Okoro", "Priya Venkat", "Raymond Achter"],
    ),
    (
        "an-office-speaks-for-the-ceo-and-a-search-partner-prepares-you",
        "Priya Raman <priya.raman@ashgrove-search.example>",
        "Hi Jordan,\n\nDr. Lee's office came back this morning: the CEO would like to meet you over breakfast next Tuesday, March 10, 7:30-9:00am at the Langham. CFO Luis will join for the second half to walk through the operating plan.\n\nI'll call you Monday evening to prepare.\n\nBest,\nPriya\n\nPriya Raman | Principal\nAshgrove Partners - Executive Search",
        [],
        ["Lee", "Luis"],
    ),
    (
        "a-managing-director-by-given-name-in-a-phone-note",
        "Rania Aziz <rania@sahra.example>",
        "Hi Jordan, thx for the CV. can u come tmrw 4pm to our office? meeting with me n our MD Khalid, abt 45 min.\n\nRania",
        [],
        ["Khalid", "Rania Aziz"],
    ),
    (
        "a-schedule-by-initials-and-its-key",
        "Lucy Tran <lucy.tran@fieldhouse.example>",
        "Hi Jordan,\n\nHere is the plan for your interview on Tuesday 10 March.\n\n14:00 - 14:45  Portfolio review - JM, AK\n14:45 - 15:15  Studio tour with Ben (Part 2 assistant)\n15:15 - 16:00  Technical discussion - POD\n\nJM = James Mercer, Design Director\nAK = Anjali Kapoor, Associate\nPOD = Padraig O'Donnell, Technical Director\n\nBest,\nLucy\n\nLucy Tran\nStudio Manager",
        [],
        ["Anjali Kapoor", "James Mercer", "Padraig O'Donnell"],
    ),
    (
        "a-panelist-away-on-the-old-day-still-takes-the-round",
        "Ritika Sharma <ritika@kolam.example>",
        "Hi Jordan,\n\nSmall change - Arjun is travelling tomorrow, so your design round is shifted to Friday, 3:00 PM. Same link.\n\nArjun will still take the round, and Pooja Menon, our Design Director, will also join.\n\nThanks,\nRitika\nTalent Team",
        [],
        ["Arjun", "Pooja Menon"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "body", "calendars", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_itineraries_and_relayed_meetings(
    understander: Understander, sender: str, body: str, calendars: list[str], names: list[str]
) -> None:
    message = email(body, subject="Interview", sender=sender, to=TO, date=SENT, calendars=calendars)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names


CANCEL = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//r7//EN\r
METHOD:CANCEL\r
BEGIN:VEVENT\r
UID:visit@college.example\r
DTSTAMP:20260304T160000Z\r
DTSTART:20260310T140000Z\r
DTEND:20260310T220000Z\r
STATUS:CANCELLED\r
SUMMARY:Campus visit\r
ORGANIZER;CN=Josée Lavoie:mailto:music@college.example\r
ATTENDEE;CN=Jordan Avery:mailto:jordan.avery@example.net\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_department_administrator_cancels_and_interviews_no_one(
    understander: Understander,
) -> None:
    body = "Dear Dr. Avery,\n\nWe regret that we must cancel your campus visit on Tuesday, March 10. Following the hiring freeze, the search is suspended.\n\nWith our sincere thanks,\n\nJosée Lavoie\nAdministrative Assistant\nDepartment of Music, Saint-Laurent University"
    message = email(
        body,
        subject="Cancelled: campus visit",
        sender="Department of Music <music@college.example>",
        to=TO,
        date=SENT,
        calendars=[CANCEL],
    )
    facts = understander.facts(message)
    assert facts.kind.value == "cancellation"
    assert facts.interviewers == ()
