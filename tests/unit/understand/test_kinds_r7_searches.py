"""Round 7: the general causes behind the kind and start misses of waves 11 and 13 (scored
before tuning): academic and executive searches (a chalk talk, a campus visit, a board
chair, an offer of appointment), a founder's booking page, a newsletter's footer, a row of
an itinerary, a zone named in words, a choice of times told from a single time."""

from __future__ import annotations

from datetime import datetime

from followup.model import Kind
from followup.understand.classify import decide
from followup.understand.dates import candidates
from followup.understand.starts import interview_times, open_choice
from followup.understand.zones import zone

CHALK = (
    "Dear Dr. Park,\n\nThank you for your seminar last month. The selection committee for the "
    "Research Group Leader in Structural Biology would like to continue with a chalk talk, "
    "held on Zoom: Thursday, 22 January 2026, 15:00-16:00 CET.\n\nThe committee for this "
    "round: Prof. Brandt, Dr. Okoye and Dr. Lindgren.\n\nSabine Koch\nFaculty Recruitment"
)


def test_a_chalk_talk_after_the_candidates_seminar_is_an_invitation() -> None:
    """The seminar the candidate gave is a step of an academic search, not an event."""
    textcat = {"invitation": 0.56, "other": 0.44}
    verdict = decide("Group Leader search - chalk talk", CHALK, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION


def test_a_seminar_the_user_attends_is_still_an_event() -> None:
    body = "Your seminar seat is confirmed: Careers in Biotech, Thursday at 6pm. Places limited."
    assert decide("Seminar", body, [], {"other": 0.8}, has_time=True).kind is Kind.OTHER


BOARD = (
    "Eleanor,\n\nIngrid Solberg, Chair of the Board, has read your paper and the referee notes, "
    "and she would like to meet you herself. She has carved out Thursday 12 March, 10:30 to "
    "12:00, here at our offices. Joining her will be Peter Vance, Chair of the Nomination "
    "Committee.\n\nMarcus Hale\nPartner, Board & CEO Practice"
)


def test_a_board_chair_meeting_a_ceo_candidate_is_an_invitation() -> None:
    """ "referee notes" about the candidate and a "Chair of the Nomination Committee" are
    an executive search's words, not a reference request or a board election."""
    textcat = {"invitation": 0.77, "other": 0.23}
    subject = "Confidential - Chief Executive Officer: meeting with the Chair"
    verdict = decide(subject, BOARD, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION


def test_being_someones_referee_is_still_vetoed() -> None:
    body = "Hi Jordan, Maya listed you as a referee for the Analyst role. Could we talk at 2pm?"
    assert decide("Reference for Maya", body, [], None, has_time=True).kind is Kind.OTHER


def test_one_of_two_candidates_and_the_boards_decision_are_next_steps() -> None:
    body = (
        "Eleanor,\n\nThank you for giving the Board the best part of a day yesterday. You are "
        "one of two candidates still in the process. The Board will make its decision at its "
        "meeting on Tuesday 24 March. Separately, could you let me have your notice period?"
    )
    textcat = {"next_steps": 0.26, "other": 0.73}
    assert decide("Re: CEO search", body, [], textcat).kind is Kind.NEXT_STEPS


def test_a_cancelled_campus_visit_is_a_cancellation() -> None:
    body = (
        "Dear Dr. Girard,\n\nWe regret that we must cancel your campus visit on Thursday, March "
        "5. Following the hiring freeze, the search for the Assistant Professor position is "
        "suspended."
    )
    subject = "Annulation : visite sur le campus / Cancelled: campus visit"
    verdict = decide(subject, body, [], {"other": 0.93, "invitation": 0.06})
    assert verdict.kind is Kind.CANCELLATION


def test_an_offer_of_appointment() -> None:
    body = (
        "Dear Dr. Ibáñez,\n\nIt is my great pleasure to offer you a tenure-track appointment as "
        "Assistant Professor of Computational Linguistics, beginning August 15, 2026. Please let "
        "me know your decision by March 13.\n\nMaryam Haddad\nDean"
    )
    verdict = decide("Offer of appointment", body, [], {"offer": 0.33, "other": 0.66})
    assert verdict.kind is Kind.OFFER


def test_a_dinner_moved_in_an_executive_search_is_a_reschedule() -> None:
    body = (
        "Dear Stefan,\n\nGiorgio and Chiara have asked to move your dinner from Thursday 21 May "
        "to Monday 25 May, same time, 19:30. The updated invitation is attached. This stage is "
        "about whether the family sees you as the Chief Financial Officer.\n\nAnna Ferri\nPartner"
    )
    textcat = {"reschedule": 0.23, "other": 0.73}
    assert decide("Dinner moved", body, [], textcat, has_time=True).kind is Kind.RESCHEDULE


def test_a_round_shifted_from_one_day_to_another_is_a_reschedule() -> None:
    body = (
        "Hi Sneha,\n\nArjun is travelling tomorrow, so your design round for the Senior UX "
        "Designer role is shifted from tomorrow to Friday (7th Aug), 3:00 PM IST."
    )
    textcat = {"invitation": 0.25, "reschedule": 0.4}
    verdict = decide("Re: Design round", body, [], textcat, answers_interview=True)
    assert verdict.kind is Kind.RESCHEDULE


FOUNDER = (
    "hey Nadia!\n\nread your application tonight. you'd be our first data hire. would love to "
    "grab 30 min with you this week or next - just take whatever works on my calendar:\n\n"
    "https://calendly.com/mira-fernhill/30min\n\nmira"
)


def test_a_founders_booking_page_is_an_invitation() -> None:
    textcat = {"invitation": 0.14, "other": 0.84}
    assert decide("Founding Data Analyst", FOUNDER, [], textcat).kind is Kind.INVITATION


def test_a_newsletters_footer_decides() -> None:
    body = (
        'The Offer Letter - Issue #112 - View in browser\n\nAsk when they will decide. "When do '
        'you expect to make a decision?" is a normal question. A reader writes: "The hiring '
        "manager said they'd decide by the end of next week.\" Send thank-you notes within two "
        "business days.\n\nYou're receiving this because you subscribed at "
        "theofferletter.example. Unsubscribe"
    )
    verdict = decide("Your interview is Tuesday at 10", body, [], {"other": 1.0})
    assert verdict.kind is Kind.OTHER


SENT = datetime(2026, 2, 2, 10, tzinfo=zone("America/New_York"))
ITINERARY = (
    "Wednesday, February 11\n6:40 pm  Arrive at BTV. Jamie will meet you at arrivals.\n\n"
    "Thursday, February 12\n8:40 am  Jamie picks you up at the Inn\n"
    "9:00-9:45  Search committee: Helen Okonkwo (chair), Raymond Achterberg\n"
    "12:00-1:15  Lunch with graduate students\n"
)


def test_an_itinerarys_arrival_pickup_and_lunch_rows_are_not_the_interview() -> None:
    found = candidates(ITINERARY, SENT, zone("America/New_York"), False)
    kept = interview_times(found, ITINERARY)
    assert [f.start.strftime("%d %H:%M") for f in kept] == ["12 09:00"]


def test_a_welcome_row_with_a_person_is_part_of_the_day() -> None:
    text = "9:00 - 9:45 AM | Welcome & team overview | Meera Iyer\n9:45 - 10:30 AM | Interview\n"
    found = candidates(f"Monday, February 16\n{text}", SENT, zone("America/New_York"), False)
    assert interview_times(found, text)[0].start.strftime("%H:%M") == "09:00"


def test_a_zone_named_in_words_in_a_time_range() -> None:
    line = "Thursday, 8 October 2026, 15:00 – 16:00 Central European Summer Time"
    found = candidates(line, SENT, zone("America/Toronto"), True)
    assert found[0].start.isoformat() == "2026-10-08T15:00:00+02:00"


def test_a_choice_of_times_is_read_up_to_the_end_of_the_times_sentence() -> None:
    def choice(text: str) -> list[bool]:
        return [open_choice(f) for f in candidates(text, SENT, zone("Europe/Amsterdam"), True)]

    single = "It's on Wednesday 21 October, 13:00-15:30 CEST, on Meet. There's a break in between."
    assert choice(single) == [False]
    assert choice("Are you free Tuesday 20 October at 14:00 or Wednesday 21 October at 10:00?") == [
        True,
        True,
    ]
    assert choice("Would any of these work? Tuesday 20 October at 14:00.") == [True]
    assert choice("Friday 7 August, 3:00 PM IST. Same link, 1 hour slot.") == [False]
