"""Round 7, waves 17 and 18 (small employers writing as people talk, search committees):
hours said "at 9 before we open", "say 2 o'clock", "thurs at 2 to talk", "10 works."; "we
close at 5" and "the day will finish at 1.00pm" are not the start; "between lunch and
dinner" is no choice of times; a date far along its line; "I'm going to have to cancel
tomorrow"; "we've given the job to"; a dental practice's interview; a search committee."""

from __future__ import annotations

from datetime import datetime

from followup.model import Kind
from followup.understand.classify import decide
from followup.understand.dates import candidates
from followup.understand.starts import interview_times, open_choice
from followup.understand.vetoes import own_application
from followup.understand.zones import zone

SENT = datetime(2026, 10, 16, 10, tzinfo=zone("America/Chicago"))
TZ = zone("America/Chicago")


def hours(text: str) -> list[str]:
    return [f.start.strftime("%a %H:%M") for f in candidates(text, SENT, TZ, False)]


def test_hours_as_people_say_them() -> None:
    assert hours("Could you come in Tuesday at 9 before we open?") == ["Tue 09:00"]
    assert hours("Can you pop out Tuesday arvo, say 2 o'clock?") == ["Tue 14:00"]
    assert hours("can u come in thurs at 2 to talk about the job?") == ["Thu 14:00"]


def test_closing_and_finishing_times_are_not_the_start() -> None:
    text = "can u come in thurs at 2 to talk? we close at 5 on thurs so 2 is best"
    kept = interview_times(candidates(text, SENT, TZ, False), text)
    assert [f.start.hour for f in kept] == [14]
    text = "Please arrive on Tuesday 20th October 2026 for 9.15am; the day will finish at 1.00pm."
    found = candidates(text, SENT, zone("Europe/London"), True)
    assert [f.start.strftime("%H:%M") for f in interview_times(found, text)][:1] == ["09:15"]


def test_between_meals_is_no_choice_and_a_date_far_along_its_line_counts() -> None:
    line = "Could you come by Monday the 19th at 3pm, between lunch and dinner?"
    assert [open_choice(f) for f in candidates(line, SENT, TZ, False)] == [False]
    far = (
        "We would love to have you come and worship with us this Sunday, October 18th, and then "
        "sit down for your interview over lunch in the fellowship hall at about 12:30."
    )
    assert hours(far) == ["Sun 12:30"]


def test_a_reply_that_takes_a_proposed_hour_is_an_invitation() -> None:
    body = "10 works. my wife Carol does the books so shes going to sit in too.\n\nBob"
    textcat = {"invitation": 0.26, "next_steps": 0.14, "other": 0.37}
    verdict = decide("Re: Electrician ad", body, [], textcat, answers_interview=True)
    assert verdict.kind is Kind.INVITATION


def test_a_small_employer_asks_you_to_come_by() -> None:
    body = (
        "Dana,\n\nThanks for the resume. Could you come by Monday the 19th at 3pm, between lunch "
        "and dinner? My partner Marco will sit in with me.\n\nTony Russo\nChef/Owner"
    )
    textcat = {"invitation": 0.17, "other": 0.81}
    assert decide("Sous chef", body, [], textcat, has_time=True).kind is Kind.INVITATION


def test_the_writer_calls_off_tomorrow() -> None:
    body = (
        "Ellie\n\nReally sorry but I'm going to have to cancel tomorrow morning - the oven has "
        "packed in. Still keen to see you for the baker's assistant job; we'll fix another time."
    )
    textcat = {"invitation": 0.24, "cancellation": 0.23, "next_steps": 0.37, "other": 0.11}
    assert decide("tomorrow", body, [], textcat).kind is Kind.CANCELLATION


def test_the_job_given_to_someone_else_is_a_rejection() -> None:
    body = (
        "Hi Ben,\n\nThanks for coming out on Tuesday. In the end we've given the farmhand job to "
        "a young bloke from town who can start straight away, so sorry mate.\n\nJenny"
    )
    textcat = {"next_steps": 0.28, "other": 0.46}
    assert decide("Re: farmhand job", body, [], textcat).kind is Kind.REJECTION


def test_a_dental_practice_moving_an_interview_is_a_reschedule() -> None:
    body = (
        "Hi Chloe,\n\nWould you mind if we moved you to Monday 16th November at 9am? Dr Anil "
        "Mehta, our Principal Dentist, will join me for the interview.\n\nKaren\nOakfield Dental"
    )
    textcat = {"reschedule": 0.1, "other": 0.84}
    verdict = decide("RE: Dental Nurse interview Thursday", body, [], textcat, has_time=True)
    assert verdict.kind is Kind.RESCHEDULE
    reminder = "Your dental cleaning is booked for Monday at 9am. Reply C to confirm."
    assert decide("Appointment", reminder, [], {"other": 0.9}, has_time=True).kind is Kind.OTHER


def test_a_search_committee_meeting_a_candidate_is_about_a_job() -> None:
    body = (
        "Dear Adaeze,\n\nThe Search Committee of the Foundation would like to meet you as part of "
        "the search for its next President. The conversation is set for Friday, November 13, "
        "2:00-3:30 pm ET."
    )
    textcat = {"invitation": 0.9}
    assert decide("Meeting with the Search Committee", body, [], textcat, has_time=True).kind is (
        Kind.INVITATION
    )


def test_interviewing_you_is_written_to_the_candidate() -> None:
    text = "Pastor Dan and two of our elders will be interviewing you over lunch."
    assert own_application("Youth Pastor - next step", text, text)


def test_a_clause_about_the_decision_before_it_keeps_its_date() -> None:
    """ "...will take the final decision; we expect it within three weeks of today": the
    clause after the semicolon is about the decision."""
    from datetime import date

    from followup.understand.decision import decision_date

    text = (
        "Once the verification is complete, the Executive Secretary will take the final "
        "decision; we expect it within three weeks of today."
    )
    assert decision_date(text, date(2026, 11, 9)) == date(2026, 11, 30)
    deadline = "Please confirm by Friday; we'll decide by the 20th."
    assert decision_date(deadline, date(2026, 11, 9)) == date(2026, 11, 20)
