"""Round 7: who joins an interview, said in words that webinars use too ("will join us for
the second half", "will be hosted by"), and a short reply that swaps a panelist of the
interview it answers: an interview, not `other` (which would lose all its interviewers)."""

from __future__ import annotations

from followup.model import Kind
from followup.understand.classify import decide

HOSTED = (
    "Hi Jordan,\n\nYour interview on Tuesday, March 10 at 2:00 PM CT will be hosted by Tom "
    "Hardy. Lisa Wong from recruiting will coordinate logistics and won't join the call.\n\n"
    "Acme Robotics Recruiting"
)


def test_an_interview_hosted_by_a_person_is_no_webinar() -> None:
    textcat = {"invitation": 0.23, "reschedule": 0.29, "other": 0.44}
    verdict = decide("Your interview on Tuesday", HOSTED, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION


def test_a_colleague_who_will_join_us_is_no_webinar() -> None:
    body = (
        "Hi Jordan,\n\nLooking forward to our interview for the Product Manager role on "
        "Tuesday, March 10 at 2:00 PM CT. Lisa Wong from my team will join us for the second "
        "half.\n\nTom"
    )
    textcat = {"invitation": 0.29, "reschedule": 0.39, "other": 0.28}
    verdict = decide("Interview on Tuesday", body, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION


def test_a_webinar_still_is_one() -> None:
    body = (
        "Join us for a live session on Tuesday, March 10 at 2:00 PM CT, hosted by Tom Hardy, "
        "Head of Talent: how to ace your next interview. Save your seat!"
    )
    verdict = decide("Webinar: ace your interview", body, [], None, has_time=True)
    assert verdict.kind is Kind.OTHER


SWAP = (
    "Hi Jordan,\n\nSmall change: Tom can't make it on Tuesday, so Ana Ruiz will step in for "
    "him. Everything else stays the same.\n\nPriya"
)


def test_a_reply_that_swaps_a_panelist_keeps_the_interview() -> None:
    """A short reply over a quoted invitation (`answers_interview`): the interview it
    answers, with a new panelist, at the same time."""
    textcat = {"invitation": 0.14, "reschedule": 0.6, "other": 0.14}
    subject = "Re: Panel interview - Data Analyst"
    verdict = decide(subject, SWAP, [], textcat, answers_interview=True)
    assert verdict.kind in {Kind.INVITATION, Kind.RESCHEDULE}
    alone = decide(
        subject, "Thanks for letting me know.\n\nPriya", [], textcat, answers_interview=True
    )
    assert alone.kind is Kind.OTHER  # a plain thank-you over the same quote


FORWARD = (
    "Hi Jordan, see below from Lisa - looking forward to it!\n\n---------- Forwarded message "
    "---------\nFrom: Lisa Park <lisa.park@harborview.example>\nSubject: Interview schedule\n\n"
    "Grace, I can do Monday, March 9 at 1pm CT with Omar for Jordan's panel. Please send the "
    "invite.\n\nLisa"
)


def test_the_greeted_persons_panel_anchors_a_forwarded_schedule() -> None:
    """The classifier sure of `other` needs a job named; a note that greets Jordan over
    "... for Jordan's panel" names whose interview it is."""
    textcat = {"invitation": 0.14, "other": 0.86}
    subject = "FW: Interview schedule"
    verdict = decide(subject, FORWARD, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION
    someone_else = FORWARD.replace("Jordan's panel", "Maria's panel")
    assert decide(subject, someone_else, [], textcat, has_time=True).kind is Kind.OTHER
