"""Round 7, waves 15 and 16: a screening vendor's notice that a background check is complete
asks for nothing; a networking chat and an event "not part of the selection process" are no
interviews; an "Updated:" invitation whose time is unchanged is no reschedule; an interview
"cancelled because the position has been filled" is a cancellation; "can you do 4 instead of
2?" moves the interview (and names no panelist); "the 1st floor" is no date; a decision "do 30
listopada"; a forwarded text the user saves to themselves is read."""

from __future__ import annotations

from datetime import date, datetime

from followup.model import Kind
from followup.understand.classify import decide
from followup.understand.dates import candidates
from followup.understand.decision import decision_date
from followup.understand.prefilter import maybe_hiring
from followup.understand.starts import open_choice
from followup.understand.zones import zone
from understand_mail import email

DONE = (
    "Hello Oscar,\n\nThe background check requested by Swiftlane has been completed and the "
    "results have been sent to them. You can view a copy of your report on the Candidate "
    "Portal.\n\nCheckpoint Screening does not make hiring decisions. Questions about your "
    "application should be directed to Swiftlane."
)


def test_a_completed_background_check_asks_for_nothing() -> None:
    verdict = decide("Your background check for Swiftlane is complete", DONE, [], {"other": 0.99})
    assert verdict.kind is Kind.OTHER


def test_a_background_check_to_complete_is_an_info_request() -> None:
    body = (
        "Hi Oscar, as the last step for the Driver role, please complete the background check "
        "form at the link below by Friday.\n\nSwiftlane Recruiting"
    )
    assert decide("Background check", body, [], {"other": 0.5}).kind is Kind.INFO_REQUEST


def test_a_networking_chat_booked_on_calendly_is_no_interview() -> None:
    body = (
        "Hi Daniel,\n\nYour event has been scheduled.\n\nEvent Type: 20 Minute Networking Chat"
        "\nHost: Rohan Mehta\nEvent Date/Time: 12:30pm Tuesday, October 6, 2026\n\nWhat would "
        "you like to chat about? - curious about your path into banking; no recruiting ask, just "
        "learning.\n\nSent from Calendly"
    )
    verdict = decide("Confirmed: Networking Chat", body, [], {"invitation": 0.35, "other": 0.65})
    assert verdict.kind is Kind.OTHER


def test_an_event_not_part_of_the_selection_process_is_no_interview() -> None:
    body = (
        "Dear Oliver,\n\nWe'd like to invite you to our Healthcare Banking presentation on "
        "Tuesday 13 October, 18:30 - 20:30. This event is not part of the selection process, and "
        "attendance is not required to apply for our Summer Analyst Programme."
    )
    textcat = {"invitation": 0.91, "other": 0.09}
    assert decide("Join us", body, [], textcat, has_time=True).kind is Kind.OTHER


def test_an_update_that_keeps_the_time_is_still_the_invitation() -> None:
    body = (
        "Please note: the meeting room has changed. We will now meet in Building 97, room 3.21. "
        "The time is unchanged.\n\nPanel:\nDr. Anna Keller\nLukas Brunner"
    )
    textcat = {"invitation": 0.43, "reschedule": 0.19, "other": 0.35}
    verdict = decide("Updated: Interview - Medical Science Liaison", body, [], textcat)
    assert verdict.kind is Kind.INVITATION


def test_an_interview_cancelled_because_the_position_is_filled_is_a_cancellation() -> None:
    body = (
        "Hi Marcus,\n\nUnfortunately, your interview for Lot Associate with Kyle Brennan, "
        "Department Supervisor, on Saturday, November 14 at 10:00 AM - 10:20 AM has been "
        "cancelled because the position has been filled."
    )
    verdict = decide("Update on your interview", body, [], {"other": 0.98}, has_time=True)
    assert verdict.kind is Kind.CANCELLATION


def test_a_new_hour_instead_of_the_old_one_is_a_reschedule() -> None:
    body = "Jasmine - something came up tmrw, can you do 4 instead of 2? Same place.\n\nRick"
    textcat = {"invitation": 0.7, "reschedule": 0.26}
    verdict = decide("RE: Interview - Store Manager", body, [], textcat, answers_interview=True)
    assert verdict.kind is Kind.RESCHEDULE
    sent = datetime(2026, 11, 18, 17, tzinfo=zone("America/Chicago"))
    found = candidates(body, sent, zone("America/Chicago"), False)
    assert [f.start.isoformat() for f in found] == ["2026-11-19T16:00:00-06:00"]


def test_an_ordinal_that_counts_a_floor_is_no_date() -> None:
    sent = datetime(2026, 10, 1, 9, tzinfo=zone("America/New_York"))
    text = "Date: Thursday, October 22, 2026\nPlease arrive by 8:45 AM at the 1st floor desk."
    found = candidates(text, sent, zone("America/New_York"), False)
    assert [f.start.date().isoformat() for f in found] == ["2026-10-22"]


def test_thanks_for_availability_before_a_confirmed_time_offers_no_choice() -> None:
    sent = datetime(2026, 12, 1, 9, tzinfo=zone("Europe/Zurich"))
    line = "Thank you for your availability. I confirm your meeting on Monday 14 December at 11:00."
    assert [open_choice(f) for f in candidates(line, sent, zone("Europe/Zurich"), True)] == [False]


def test_a_polish_decision_date() -> None:
    text = (
        "Dokumenty prosimy dodać do wtorku 24.11. Ostateczną decyzję przekażemy Panu najpóźniej "
        "do 30 listopada."
    )
    assert decision_date(text, date(2026, 11, 20), day_first=True) == date(2026, 11, 30)


def test_a_text_the_user_forwards_to_themselves_is_read() -> None:
    body = (
        "saving this so i dont lose it\n\nBegin forwarded message:\n\n> Ridgeway Logistics: Hi "
        "Darnell, your interview for Warehouse Associate is booked for Fri 11/6 at 9:00 AM."
    )
    me = "Darnell Price <darnellprice22@example.com>"
    assert maybe_hiring(email(body, subject="Fwd: text from Ridgeway", sender=me, to=me))


def test_a_sales_pitch_booked_like_a_screen_is_no_interview() -> None:
    body = (
        "Hi Jordan,\n\nWould love to grab 15 min with you to show how Cloudsaver can cut your AWS "
        "bill by 30%. Just pick any time that works on my calendar: "
        "https://calendly.com/kyle-cloudsaver/15min\n\nKyle\nAccount Executive, Cloudsaver"
    )
    textcat = {"invitation": 0.19, "other": 0.75}
    assert decide("Quick question about your cloud bill", body, [], textcat).kind is Kind.OTHER


def test_an_interview_set_in_words_of_inviting_outweighs_the_forms_to_fill() -> None:
    body = (
        "Hi Jordan,\n\nThank you for your time on the phone yesterday. We'd like to move you "
        "forward to a final interview with the Director of Finance, Mark Ellis, on Monday, March "
        "9 at 3pm CT. Please complete the attached background check form before then.\n\nGrace"
    )
    verdict = decide("Next steps", body, [], {"invitation": 0.4, "other": 0.3}, has_time=True)
    assert verdict.kind is Kind.INVITATION
