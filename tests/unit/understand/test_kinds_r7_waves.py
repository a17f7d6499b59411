"""Round 7: the general causes behind the kind and decision-date misses of waves 9 and 10
(scored before tuning), each on the smallest message that shows it."""

from __future__ import annotations

from datetime import date

from followup.model import Kind
from followup.understand.classify import decide
from followup.understand.decision import decision_date
from followup.understand.vetoes import own_application

ORAL = (
    "Dear Beatrice,\n\nThank you for your email. You are invited for an oral interview for the "
    "position of Ward Manager on Friday 21st August 2026 at 10.00 a.m. at the Boardroom. "
    "The interview takes 45 minutes.\n\nRegards,\nHR Assistant"
)


def test_you_are_invited_for_an_interview_and_its_length_are_no_survey() -> None:
    """The passive "you are invited for an oral interview" is an invitation; "the interview
    takes 45 minutes" is its length, not a survey's "takes 2 minutes"."""
    textcat = {"invitation": 0.4, "other": 0.59}
    verdict = decide("RE: Shortlisting - Ward Manager", ORAL, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION


def test_a_survey_that_takes_two_minutes_is_still_vetoed() -> None:
    body = "Tell us how your interview went. It takes 2 minutes: https://survey.example/x"
    assert decide("How did we do?", body, [], {"other": 0.9}).kind is Kind.OTHER


def test_the_candidates_scorecard_to_bring_is_no_interviewers_scorecard() -> None:
    body = (
        "Thank you for your application for the post of Chemistry Teacher. We would like you to "
        "come to the school on Saturday, 18th July 2026 at 9:00 a.m. for a demo class followed "
        "by an interview. Please bring your original certificates, B.Ed. degree and CTET "
        "scorecard.\n\nPrincipal"
    )
    textcat = {"invitation": 0.55, "other": 0.45}
    verdict = decide("Demo class and interview", body, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION


def test_the_interviewers_scorecard_still_vetoes() -> None:
    body = "Please submit your scorecard for the candidate in Greenhouse by Friday at 5pm."
    assert decide("Interview feedback", body, [], None, has_time=True).kind is Kind.OTHER


ANNULLATO = (
    "Gentile Dott. Greco,\n\ncon la presente siamo spiacenti di comunicarle che il colloquio "
    "previsto per giovedì 14 maggio alle ore 15:00 con la dott.ssa Elena Bianchi, Responsabile "
    "Amministrazione e Finanza, per la posizione di Controller, è annullato a causa di "
    "un'indisposizione della stessa.\n\nSarà nostra cura ricontattarla per fissare una nuova "
    "data.\n\nUfficio Personale"
)


def test_an_interview_said_cancelled_after_it_is_named_is_a_cancellation() -> None:
    """ "il colloquio previsto per ... è annullato" (and "Annullamento colloquio"), with a
    promise to set a new date later: cancelled, not moved."""
    textcat = {"invitation": 0.31, "reschedule": 0.11, "rejection": 0.2, "other": 0.33}
    verdict = decide("Annullamento colloquio", ANNULLATO, [], textcat, has_time=True)
    assert verdict.kind is Kind.CANCELLATION


STUKKEN = (
    "Beste Fatima,\n\nNogmaals dank voor het prettige gesprek van vanmiddag.\n\nOm de procedure "
    "af te ronden ontvangen wij graag de volgende stukken:\n- kopieën van je diploma's;\n- "
    "namen en telefoonnummers van twee referenties.\n\nDe sollicitatiecommissie neemt "
    "uiterlijk 25 september een besluit; je hoort het voor die datum van mij.\n\nWillem-Jan"
)


def test_dutch_documents_asked_for_are_an_info_request_with_a_decision_date() -> None:
    textcat = {"invitation": 0.5, "other": 0.3}
    verdict = decide("Sollicitatie docent - aanvullende stukken", STUKKEN, [], textcat)
    assert verdict.kind is Kind.INFO_REQUEST
    assert decision_date(STUKKEN, date(2026, 9, 10), day_first=True) == date(2026, 9, 25)


def test_back_to_all_candidates_by_a_date_is_a_decision_date() -> None:
    body = (
        "The panel will meet on Thursday and we expect to be in a position to come back to "
        "all candidates by Friday 6th November. I'll ring you either way."
    )
    assert decision_date(body, date(2026, 11, 3), day_first=True) == date(2026, 11, 6)


CONFIRMED = (
    "Hi Jamal! It's Olivia, the virtual recruiting assistant for Redline Software.\n\nGreat "
    "news, your interview is confirmed!\n\nDate: Wednesday, August 19, 2026\nTime: 2:00 PM - "
    "2:45 PM CDT\nInterviewing with: Marcus Hill, Regional Sales Director\n\nNeed to change "
    "something? Reply RESCHEDULE and I'll find you a new time.\n\nOlivia"
)


def test_an_offer_to_find_a_new_time_is_no_reschedule() -> None:
    textcat = {"invitation": 0.35, "other": 0.65}
    verdict = decide("Your interview is confirmed!", CONFIRMED, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION


def test_an_employer_who_needs_to_cancel_still_cancels() -> None:
    body = "Unfortunately I need to cancel our 10am interview tomorrow. Our recruiter will rebook."
    verdict = decide("Need to cancel tomorrow", body, [], {"cancellation": 1.0}, has_time=True)
    assert verdict.kind is Kind.CANCELLATION


def test_a_booking_tool_is_neither_an_interview_word_nor_a_job() -> None:
    """A sales demo booked through Calendly, which the classifier is sure is `other`."""
    body = (
        "Hi Rachel,\n\nYour Glint Observability Demo with Jake Morrison at 1:00pm (Eastern "
        "Time) on Thursday, October 1, 2026 is scheduled.\n\nLocation: Zoom\n\n"
        "Powered by Calendly.com"
    )
    verdict = decide("Confirmed: Glint Demo", body, [], {"other": 1.0}, has_time=True)
    assert verdict.kind is Kind.OTHER


def test_a_mock_interview_with_words_between_is_vetoed() -> None:
    body = (
        "You're booked, Devin!\n\nSession: Mock System Design interview (60 min)\nWhen: "
        "Saturday, September 12, 10:00 AM PT\nFormat: video call"
    )
    assert decide("Booked", body, [], {"other": 0.6}, has_time=True).kind is Kind.OTHER


def test_a_review_session_booked_with_a_take_home_is_an_invitation() -> None:
    body = (
        "Hi Jordan,\n\nThe take-home exercise for the Engineer role is in the repo. Please "
        "submit your repo link by Monday, Nov 23 at 9am CT.\n\nWe've also booked your review "
        "session: Wednesday, Dec 2, 11:00 AM-12:00 PM CT on Zoom, with Anil Kapoor and Siobhan "
        "O'Neill.\n\nHannah Okafor\nTechnical Recruiter"
    )
    textcat = {"invitation": 0.28, "other": 0.72}
    verdict = decide("Take-home + your review session", body, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION


REPLY = "No problem at all, Priya. Friday 16 Oct at 3pm SGT works, same Zoom link.\n\nDaniel"
THREAD = (
    f"{REPLY}\n\nOn Tue, 13 Oct 2026 at 18:05, Priya Nair <priya@example.sg> wrote:\n> Hi "
    "Daniel,\n>\n> Something urgent has come up on Thursday. Would it be possible to move our "
    "chat to Friday afternoon instead?\n>\n> On Fri, 9 Oct 2026 at 11:20, Daniel Koh "
    "<daniel@kopilabs.example> wrote:\n>> Could we do a 45 min video chat on Thursday 15 Oct "
    "at 2pm?"
)


def test_a_reply_that_agrees_to_a_requested_move_is_a_reschedule() -> None:
    assert _reply_kind(THREAD) is Kind.RESCHEDULE
    first = THREAD.replace("move our chat to Friday afternoon instead", "meet the team")
    assert _reply_kind(first) is Kind.INVITATION  # a time agreed for the first time


def _reply_kind(thread: str) -> Kind:
    textcat = {"invitation": 0.65, "reschedule": 0.09, "other": 0.24}
    subject = "Re: Analyst - chat on Thursday"
    return decide(
        subject, REPLY, [], textcat, has_time=True, thread=thread, answers_interview=True
    ).kind


def test_own_application_is_about_the_user_and_never_a_forward() -> None:
    text = "Thank you for your application for the post of PGT Chemistry."
    assert own_application("Demo class and interview", text, text)
    assert not own_application("Fwd: Interview", text, text)
    assert not own_application("Team sync", "Moved to 3pm", "Moved to 3pm")
