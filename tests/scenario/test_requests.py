"""Requests by email, through `run --once` with the real understand stage: an info request gets
a reply in its thread listing what was asked for; when it asks for references, each reference
hears about it; a rejection withdraws what is pending and leaves only the reply."""

from __future__ import annotations

from pathlib import Path

from test_hiring_story import NINA, SAM, Story, _message

REQUEST = _message(
    f"Nina Patel <{NINA}>",
    "A few things before we schedule interviews",
    "2027-02-03T10:00",
    "Hi Jordan,\n\nThank you for applying for the Platform Engineer role at Harbor Metrics. "
    "Before we schedule interviews, could you please send us a writing sample, a link to your "
    "GitHub profile, and the names of two professional references by Friday?\n\n"
    "Thanks,\nNina Patel\nSenior Recruiter, Harbor Metrics\n",
    message_id="<request-1@harbormetrics.example>",
)


def test_an_info_request_is_answered_in_its_thread_listing_what_was_asked(
    tmp_path: Path,
) -> None:
    story = Story(tmp_path)
    story.arrive(REQUEST)
    new = story.run("2027-02-03T10:30", {("info-request", NINA), ("references-heads-up", SAM)})
    by_rule = {str(m["X-Followup-Rule"]): m for m in new.values()}
    reply = by_rule["info-request"]
    assert reply["In-Reply-To"] == "<request-1@harbormetrics.example>"
    assert reply["References"] == "<request-1@harbormetrics.example>"
    assert str(reply["Subject"]) == "Re: A few things before we schedule interviews"
    body = reply.get_content()
    for item in ("a writing sample", "a link to your GitHub profile", "the names of two"):
        assert f"- {item}" in body
    heads_up = by_rule["references-heads-up"].get_content()
    assert "They have asked for: " in heads_up and "two professional references" in heads_up
    story.run("2027-02-04T09:00", set())
