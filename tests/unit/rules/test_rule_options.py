"""Rule options beyond the shipped rules: each one changes what plan() decides."""

from __future__ import annotations

from pathlib import Path

import pytest
from followup.model import DraftState, Kind, Person, PlaceDraft, Plan, Stage
from followup.plan import plan
from followup.rules.load import RuleSet, load_rules, shipped_rules_dir
from rules_builders import DANA, ME, PRIYA, TOM, app, at, interview, message, record, world

FIRST = interview(1, "2026-03-10T14:00:00-05:00")
HEAD = "version: 1\nname: custom\n"


def rules_from(tmp_path: Path, body: str) -> RuleSet:
    (tmp_path / "custom.yaml").write_text(HEAD + body)
    rules = load_rules([shipped_rules_dir(), tmp_path])
    assert rules.problems == ()
    custom = rules.get("custom")
    assert custom is not None
    return RuleSet((custom,))


def drafts(result: Plan) -> list[PlaceDraft]:
    return [a for a in result.due if isinstance(a, PlaceDraft)]


def test_no_reply_since_the_users_last_message(tmp_path: Path) -> None:
    rules = rules_from(
        tmp_path,
        """\
trigger: {event: no_reply_since}
wait: {business_days: 5, at: "09:00"}
draft: {to: [contact], reply_in_thread: true, subject: "{{ re_subject }}", template: check-in.txt}
""",
    )
    mine = message(
        2,
        Kind.OTHER,
        "2026-03-02T10:00:00-06:00",
        sender=Person(ME.name, ME.email),
        incoming=False,
        to=(DANA,),
        subject="Following up",
    )
    asked = message(1, Kind.APPLICATION_ACK, "2026-02-27T10:00:00-06:00")
    snap = world(app(stage=Stage.APPLIED, messages=(asked, mine)))
    (one,) = drafts(plan(snap, rules, at("2026-03-09T09:00:00-05:00")))
    assert one.draft.due == at("2026-03-09T09:00:00-05:00")  # Mon + 5 business days
    assert one.draft.to == (DANA,)
    answered = message(3, Kind.OTHER, "2026-03-03T10:00:00-06:00")
    snap = world(app(stage=Stage.APPLIED, messages=(asked, mine, answered)))
    assert drafts(plan(snap, rules, at("2026-03-09T09:00:00-05:00"))) == []


def test_cc_and_to_all_interviewers(tmp_path: Path) -> None:
    rules = rules_from(
        tmp_path,
        """\
trigger: {event: interview_ended}
draft: {to: [interviewers], cc: [contact], subject: "Thanks", template: check-in.txt}
""",
    )
    steps = message(1, Kind.NEXT_STEPS, "2026-03-09T10:00:00-05:00")
    (one,) = drafts(
        plan(
            world(app(interviews=(FIRST,), messages=(steps,))),
            rules,
            at("2026-03-10T16:00:00-05:00"),
        )
    )
    assert one.draft.to == (PRIYA, TOM) and one.draft.cc == (DANA,)


def test_also_adds_occurrences_and_limits_pick_the_first(tmp_path: Path) -> None:
    rules = rules_from(
        tmp_path,
        """\
trigger: {event: message_received, kinds: [next_steps]}
also:
  - trigger: {event: message_received, kinds: [info_request], requested: [portfolio]}
    wait: {hours: 1}
limit: {per_application: 1}
draft: {to: [sender], subject: "Re", template: check-in.txt}
""",
    )
    ask = message(1, Kind.INFO_REQUEST, "2026-03-09T10:00:00-05:00", requested=("your Portfolio",))
    other = message(2, Kind.INFO_REQUEST, "2026-03-08T10:00:00-05:00", requested=("a reference",))
    steps = message(3, Kind.NEXT_STEPS, "2026-03-11T10:00:00-05:00")
    result = plan(world(app(messages=(other, ask, steps))), rules, at("2026-03-12T09:00:00-05:00"))
    (one,) = drafts(result)
    assert one.draft.due == at("2026-03-09T11:00:00-05:00")  # the info request, plus an hour
    assert result.later == ()


def test_only_if_stage_in(tmp_path: Path) -> None:
    rules = rules_from(
        tmp_path,
        """\
trigger: {event: interview_ended}
for_each: interviewer
only_if: {stage_in: [waiting]}
draft: {subject: "Thanks", template: thank-you.txt}
""",
    )
    now = at("2026-03-11T09:00:00-05:00")
    assert drafts(plan(world(app(interviews=(FIRST,))), rules, now)) == []
    waiting = world(app(stage=Stage.WAITING, interviews=(FIRST,)))
    assert len(drafts(plan(waiting, rules, now))) == 2


def test_limit_per_interview_counts_drafts_on_record(tmp_path: Path) -> None:
    rules = rules_from(
        tmp_path,
        """\
trigger: {event: interview_ended}
for_each: interviewer
limit: {per_interview: 1}
draft: {to: [target], subject: "Thanks", template: thank-you.txt}
""",
    )
    now = at("2026-03-11T09:00:00-05:00")
    snap = world(app(interviews=(FIRST,)))
    by_person = {a.draft.to[0].email: a.draft for a in drafts(plan(snap, rules, now))}
    priya = by_person[PRIYA.email]
    # an earlier draft to Priya for this interview under another key (e.g. an older version)
    older = record(priya, DraftState.SENT)
    older = older.__class__(**{**older.__dict__, "key": "older-key"})
    left = drafts(plan(world(snap.applications[0], (older,)), rules, now))
    assert [a.draft.to[0] for a in left] == [TOM]


def test_disabled_rules_do_nothing(tmp_path: Path) -> None:
    rules = rules_from(
        tmp_path,
        """\
enabled: false
trigger: {event: interview_ended}
for_each: interviewer
draft: {subject: "Thanks", template: thank-you.txt}
""",
    )
    assert (
        drafts(plan(world(app(interviews=(FIRST,))), rules, at("2026-03-11T09:00:00-05:00"))) == []
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "trigger: {event: interview_ended, kinds: [offer]}\ndraft: {subject: x, template: "
            "thank-you.txt}\n",
            "custom.yaml:3:35: trigger.kinds: kinds only applies to message_received",
        ),
        (
            "trigger: {event: message_received}\ndraft: {subject: x, template: thank-you.txt}\n",
            "custom.yaml:3:1: trigger.kinds: message_received needs at least one kind",
        ),
        (
            "trigger: {event: message_received, kinds: [rejection]}\nfor_each: interviewer\n"
            "draft: {subject: x, template: thank-you.txt}\n",
            "custom.yaml:4:1: for_each: for_each interviewer needs an interview trigger",
        ),
        (
            "trigger: {event: interview_ended}\ndraft: {subject: x, template: ../thank-you.yaml}\n",
            "custom.yaml:4:21: draft.template: template '../thank-you.yaml' not found",
        ),
        (
            "trigger: {event: interview_ended}\ndraft: {subject: '{{ to.nme }}', template: "
            "thank-you.txt}\n",
            "custom.yaml:4:9: draft.subject: 'dict object' has no attribute 'nme'",
        ),
        (
            "trigger: {event: interview_ended}\ndraft: {subject: '{{ compnay }}', template: "
            "thank-you.txt}\n",
            "draft.subject: unknown variable 'compnay' (did you mean 'company'?)",
        ),
        (
            "trigger: {event: interview_ended}\ndraft: {subject: x, template: thank-you.txt}\n"
            "examples:\n  - name: e\n    now: yesterday\n"
            "    application: {company: A, stag: applied}\n",
            "examples[0].application.stag: unknown key 'stag' (did you mean 'stage'?)",
        ),
    ],
)
def test_problems_name_file_line_and_key(tmp_path: Path, body: str, expected: str) -> None:
    (tmp_path / "custom.yaml").write_text(HEAD + body)
    problems = "\n".join(load_rules([shipped_rules_dir(), tmp_path]).problems)
    assert expected in problems


def test_examples_with_a_bad_time_are_reported_at_their_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "custom.yaml").write_text(
        HEAD + "trigger: {event: interview_ended}\n"
        "draft: {subject: x, template: thank-you.txt}\n"
        "examples:\n  - name: e\n    now: yesterday\n"
        "    application: {company: A}\n"
    )
    (problem,) = load_rules([shipped_rules_dir(), tmp_path]).problems
    assert problem.startswith("custom.yaml:7:5: examples[0].now: Input should be")


def test_the_shipped_folder_missing_is_a_problem(tmp_path: Path) -> None:
    rules = load_rules([tmp_path / "nowhere"])
    assert rules.rules == () and rules.problems == (f"{tmp_path}/nowhere: rules folder not found",)


def test_a_template_failing_on_real_data_is_flagged_not_fatal(tmp_path: Path) -> None:
    from followup.compose import Composer

    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "date.txt").write_text("We met on {{ interview.date }}.\n")
    rules = rules_from(
        tmp_path,
        "trigger: {event: message_received, kinds: [next_steps]}\n"
        "draft: {to: [sender], subject: 'About {{ interview.date }}', template: date.txt}\n",
    )
    steps = message(1, Kind.NEXT_STEPS, "2026-03-09T10:00:00-05:00")
    (one,) = drafts(plan(world(app(messages=(steps,))), rules, at("2026-03-10T09:00:00-05:00")))
    assert one.draft.subject.startswith("[[FIX SUBJECT:")
    composed = Composer(rules, ME).compose(one.draft, at("2026-03-10T09:00:00-05:00"))
    assert any(p.startswith("template ") and "failed" in p for p in composed.problems)
    assert any("placeholder in the subject" in p for p in composed.problems)
    assert "Write this draft yourself" in composed.body


def test_the_same_name_twice_in_one_folder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = (
        HEAD + "trigger: {event: interview_ended}\ndraft: {subject: x, template: thank-you.txt}\n"
    )
    (tmp_path / "a.yaml").write_text(text)
    (tmp_path / "b.yaml").write_text(text)
    rules = load_rules([shipped_rules_dir(), Path()])
    (problem,) = rules.problems
    assert problem == "b.yaml:2:1: name: 'custom' is also the name of a.yaml; this one is skipped"
    assert rules.get("custom") is not None


def test_unreadable_files_are_problems_not_crashes(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "latin.txt").write_bytes(b"Gr\xfc\xdfe {{ company }}\n")
    (tmp_path / "binary.yaml").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "custom.yaml").write_text(
        HEAD + "trigger: {event: interview_ended}\ndraft: {subject: x, template: latin.txt}\n"
    )
    problems = load_rules([shipped_rules_dir(), tmp_path]).problems
    assert any("binary.yaml:1:1: YAML:" in p for p in problems)
    assert any("latin.txt:1:1: template: cannot read it" in p for p in problems)


def test_a_three_line_file_switches_a_shipped_rule(tmp_path: Path) -> None:
    (tmp_path / "brief.yaml").write_text("version: 1\nname: interview-brief\nenabled: true\n")
    (tmp_path / "quiet.yaml").write_text("version: 1\nname: thank-you\nenabled: false\n")
    rules = load_rules([shipped_rules_dir(), tmp_path])
    assert rules.problems == ()
    brief, thanks = rules.get("interview-brief"), rules.get("thank-you")
    assert brief is not None and brief.enabled and brief.spec.examples
    assert thanks is not None and not thanks.enabled
    snap = world(app(interviews=(FIRST,)))
    result = plan(snap, rules, at("2026-03-11T09:00:00-05:00"))
    assert {a.draft.rule for a in drafts(result)} == set()  # brief expired, thank-you off
    from followup.rules.explain import explain_application

    text = "\n".join(explain_application(snap, rules, 1, at("2026-03-11T09:00:00-05:00")))
    assert f"{tmp_path}/quiet.yaml:3: disabled" in text or "quiet.yaml:3: disabled" in text


def test_a_switch_for_an_unknown_rule_is_an_incomplete_rule(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("version: 1\nname: no-such-rule\nenabled: false\n")
    problems = load_rules([shipped_rules_dir(), tmp_path]).problems
    assert any("trigger: required key is missing" in p for p in problems)
