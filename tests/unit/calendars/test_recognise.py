"""Which events are interviews, and the facts they give."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from followup.calendars import Event
from followup.calendars.ics import IcsCalendar
from followup.calendars.recognise import event_facts, ical_uid
from followup.model import Kind, Me, Person

ME = Me(name="Jordan Avery", email="jordan.avery@example.net", timezone="America/Chicago")
WORKER = Me(
    name="Jordan Avery", email="jordan@initrode.example", also=("jordan.avery@example.net",)
)
JORDAN = Person("Jordan Avery", "jordan.avery@example.net")
START = datetime(2026, 3, 10, 15, tzinfo=UTC)
DATA = Path(__file__).parent / "data"


def event(
    summary: str,
    *people: Person,
    description: str = "",
    organizer: Person | None = None,
    **extra: object,
) -> Event:
    return Event(
        uid="u1",
        summary=summary,
        start=START,
        end=START + timedelta(hours=1),
        description=description,
        organizer=organizer,
        attendees=(JORDAN, *people),
        **extra,
    )  # type: ignore[arg-type]


JANE = Person("Jane Doe", "jane.doe@acme.com")


@pytest.mark.parametrize(
    "title",
    [
        "Interview with Acme",
        "Acme - Phone Screen",
        "Phone screen: Acme",
        "Onsite at Acme",
        "Acme <> Jordan",
        "Jordan / Acme",
        "Technical screen (Acme)",
        "Acme: Final round",
        "Hiring manager chat - Acme",
        "Acme system design",
        "Acme on-site",
    ],
)
def test_interview_titles(title: str) -> None:
    facts = event_facts(event(title, JANE), ME, set(), set())
    assert facts is not None and facts.kind is Kind.INVITATION
    assert facts.company == "Acme", title
    assert facts.interviewers == (JANE,)
    assert facts.ical_uid == "u1" and facts.start == START


@pytest.mark.parametrize(
    "title",
    [
        "Webinar: how to ace your interview",
        "Dentist",
        "Team standup",
        "Mock interview with Sam",
        "Career fair",
        "Lunch with Alex",
        "Interview prep",
        "All-hands",
    ],
)
def test_not_interviews(title: str) -> None:
    assert event_facts(event(title, JANE), ME, set(), set()) is None


def test_a_plain_title_counts_when_the_domain_is_an_applications() -> None:
    facts = event_facts(event("Chat", JANE), ME, {"acme.com"}, set())
    assert facts is not None and facts.company == "Acme" and facts.confidence == 0.7
    assert event_facts(event("Chat", JANE), ME, set(), set()) is None


def test_an_organizer_who_wrote_to_the_user_counts() -> None:
    recruiter = Person("Sam Recruiter", "sam@talentfirm.example")
    facts = event_facts(
        event("Quick call", organizer=recruiter), ME, set(), {"sam@talentfirm.example"}
    )
    assert facts is not None
    assert facts.interviewers == (recruiter,)  # nobody else attends: the organizer runs it
    assert facts.contact == recruiter


def test_description_and_an_outside_company_count() -> None:
    facts = event_facts(
        event("Catch-up", JANE, description="Let's talk about the role and your resume."),
        ME,
        set(),
        set(),
    )
    assert facts is not None and facts.confidence == 0.6


def test_the_users_own_work_meeting_is_not_an_interview() -> None:
    colleague = Person("Pat", "pat@initrode.example")
    me_at_work = Person("Jordan", "jordan@initrode.example")
    meeting = Event(
        "w",
        "Interview debrief: backend candidate",
        START,
        START + timedelta(hours=1),
        attendees=(me_at_work, colleague),
    )
    assert event_facts(meeting, WORKER, set(), set()) is None


def test_rooms_robots_team_mailboxes_and_the_user_are_not_interviewers() -> None:
    team = Person("Acme Recruiting", "recruiting@acme.com")
    nameless = Person(None, "raj.patel@acme.com")
    ev = event(
        "Acme onsite",
        JANE,
        team,
        nameless,
        Person("Ann", "ann@greenhouse.io"),
        resources=(Person("Room 4", "room4@acme.com"),),
    )
    facts = event_facts(ev, ME, set(), set())
    assert facts is not None
    assert facts.interviewers == (JANE, Person("Raj Patel", "raj.patel@acme.com"))
    assert facts.confidence == 0.95  # an applicant-tracking address is a hiring signal


def test_cancelled_event_is_a_cancellation_with_the_same_uid() -> None:
    facts = event_facts(event("Acme interview", JANE, cancelled=True), ME, set(), set())
    assert facts is not None and facts.kind is Kind.CANCELLATION and facts.ical_uid == "u1"


def test_all_day_events_are_never_interviews() -> None:
    assert event_facts(event("Acme onsite", JANE, all_day=True), ME, set(), set()) is None


def test_company_from_a_domain_when_the_title_names_none() -> None:
    person = Person("Li Wei", "li.wei@mail.northwind-traders.co.uk")
    facts = event_facts(event("Interview with Li Wei", person), ME, set(), set())
    assert facts is not None and facts.company == "Northwind Traders"


def test_role_from_the_title() -> None:
    facts = event_facts(event("Acme: Senior Data Engineer - Final Round", JANE), ME, set(), set())
    assert facts is not None and facts.company == "Acme" and facts.role == "Senior Data Engineer"


def test_instances_of_a_series_have_distinct_uids() -> None:
    one = Event("s", "x", START, START, recurrence_id=START)
    assert ical_uid(one) == "s/20260310T150000+0000"


def test_real_files_end_to_end() -> None:
    chicago = ZoneInfo("America/Chicago")
    window = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
    outlook = IcsCalendar("ics", chicago, path=DATA / "outlook-invite.ics").events(*window)
    facts = event_facts(outlook[0], ME, set(), set())
    assert facts is not None
    assert facts.company == "Northwind Traders" and facts.role == "Data Engineer"
    assert [p.name for p in facts.interviewers] == ["Okafor, Chinedu", "Priya Raman"]
    mixed = IcsCalendar("ics", chicago, path=DATA / "recurring.ics").events(*window)
    kinds = {e.summary: event_facts(e, ME, set(), set()) for e in mixed}
    assert kinds["Dentist"] is None and kinds["Weekly accountability call"] is None
    assert kinds["Interview prep day"] is None
    loop = [
        f
        for e in mixed
        if e.summary == "Globex onsite loop"
        for f in [event_facts(e, ME, set(), set())]
        if f
    ]
    assert len(loop) == 2 and len({f.ical_uid for f in loop}) == 2
    assert loop[0].company == "Globex" and loop[0].interviewers == (
        Person("Ana Lima", "ana.lima@globex.example"),
    )


def test_a_recruiting_team_organizer_is_the_contact_but_not_an_interviewer() -> None:
    team = Person("Acme Recruiting", "recruiting@acme.com")
    facts = event_facts(event("Acme onsite", JANE, organizer=team), ME, set(), set())
    assert facts is not None and facts.contact == team and facts.interviewers == (JANE,)
    robot = Person(None, "no-reply@greenhouse.io")
    facts = event_facts(event("Acme onsite", JANE, organizer=robot), ME, set(), set())
    assert facts is not None and facts.contact is None
