"""explain: each rule's decision for one application, with file:line of the deciding key."""

from __future__ import annotations

import re

from followup.model import Kind, Stage
from followup.rules.explain import explain_application
from rules_builders import SHIPPED, app, at, interview, message, world

FIRST = interview(1, "2026-03-10T14:00:00-05:00")


def test_explain_names_rule_files_and_lines() -> None:
    snap = world(app(interviews=(FIRST,)))
    lines = explain_application(snap, SHIPPED, 1, at("2026-03-11T09:00:00-05:00"))
    text = "\n".join(lines)
    assert lines[0].startswith("application 1: Acme Robotics")
    assert re.search(r"rules/thank-you\.yaml:\d+: trigger interview_ended: 1 occurrence", text)
    assert re.search(r"thank-you\.yaml:\d+: .*priya\.raman@acme\.example: draft \w+ due", text)
    assert "=> " in text and "due now" in text
    assert re.search(r"interview-brief\.yaml:\d+: disabled", text)
    assert re.search(r"check-in\.yaml:\d+: fallback interview_ended: 1 occurrence", text)


def test_explain_says_why_not() -> None:
    rejected = message(3, Kind.REJECTION, "2026-03-12T10:00:00-05:00")
    snap = world(app(stage=Stage.REJECTED, interviews=(FIRST,), messages=(rejected,)))
    text = "\n".join(explain_application(snap, SHIPPED, 1, at("2026-03-12T11:00:00-05:00")))
    assert re.search(r"thank-you\.yaml:\d+: not fired: application rejected", text)
    assert re.search(r"rejection-reply\.yaml:\d+: rejection received", text)


def test_explain_an_unknown_application() -> None:
    snap = world(app())
    assert explain_application(snap, SHIPPED, 99, at("2026-03-12T11:00:00-05:00")) == [
        "no application 99"
    ]
