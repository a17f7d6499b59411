"""plan() is pure, so it is tested exhaustively here with small worlds."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest
from followup.model import (
    DraftState,
    Kind,
    Note,
    Person,
    PlaceDraft,
    SetStage,
    Stage,
    WithdrawDraft,
)
from followup.plan import plan
from followup.rules.load import RuleSet, load_rules, shipped_rules_dir
from rules_builders import (
    DANA,
    KEN,
    ME,
    PRIYA,
    SAM,
    SHIPPED,
    TOM,
    app,
    at,
    interview,
    message,
    record,
    world,
)

DAEMON = Path(__file__).resolve().parents[3] / "daemon"
IO_MODULES = {
    "os",
    "io",
    "socket",
    "sqlite3",
    "imaplib",
    "imap_tools",
    "pathlib",
    "subprocess",
    "urllib",
    "http",
    "requests",
    "shutil",
    "tempfile",
    "smtplib",
    "email",
}
FIRST = interview(1, "2026-03-10T14:00:00-05:00")


def placed(p: object) -> list[PlaceDraft]:
    return [a for a in p.due if isinstance(a, PlaceDraft)]  # type: ignore[attr-defined]


def only(name: str) -> RuleSet:
    rule = SHIPPED.get(name)
    assert rule is not None
    return RuleSet((rule,))


@pytest.mark.parametrize(
    "module", ["plan.py", "rules/evaluate.py", "rules/context.py", "businessdays.py"]
)
def test_the_decision_core_imports_no_io_library(module: str) -> None:
    tree = ast.parse((DAEMON / module).read_text())
    names = {
        a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
    names |= {
        n.module.split(".")[0]
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom) and n.module and n.level == 0
    }
    assert not names & IO_MODULES


def test_one_thank_you_per_interviewer_when_the_interview_ends() -> None:
    snap = world(app(interviews=(FIRST,)))
    before = plan(snap, only("thank-you"), at("2026-03-10T14:59:00-05:00"))
    assert placed(before) == []
    assert [d.to[0] for d in before.later] == [PRIYA, TOM] or {d.to[0] for d in before.later} == {
        PRIYA,
        TOM,
    }
    after = plan(snap, only("thank-you"), at("2026-03-10T15:00:00-05:00"))
    drafts = [a.draft for a in placed(after)]
    assert sorted(d.to[0].email for d in drafts) == [PRIYA.email, TOM.email]
    assert all(d.send_by == at("2026-03-12T17:00:00-05:00") for d in drafts)
    assert after.later == ()


def test_keys_are_stable_and_distinct() -> None:
    snap = world(app(interviews=(FIRST,)))
    now = at("2026-03-11T09:00:00-05:00")
    one = [a.draft.key for a in placed(plan(snap, SHIPPED, now))]
    two = [a.draft.key for a in placed(plan(snap, SHIPPED, now))]
    assert one == two and len(set(one)) == len(one) == 2


@pytest.mark.parametrize(
    "state",
    [
        DraftState.PLACED,
        DraftState.SENT,
        DraftState.DECLINED,
        DraftState.WITHDRAWN,
        DraftState.STALE,
    ],
)
def test_a_key_on_record_is_never_drafted_again(state: DraftState) -> None:
    snap = world(app(interviews=(FIRST,)))
    now = at("2026-03-11T09:00:00-05:00")
    first = placed(plan(snap, only("thank-you"), now))
    again = plan(
        world(snap.applications[0], tuple(record(a.draft, state) for a in first)),
        only("thank-you"),
        now,
    )
    assert placed(again) == []
    assert not [a for a in again.due if isinstance(a, WithdrawDraft) and not a.stale]


def test_a_planned_but_unplaced_draft_is_placed_again_after_a_crash() -> None:
    snap = world(app(interviews=(FIRST,)))
    now = at("2026-03-11T09:00:00-05:00")
    first = placed(plan(snap, only("thank-you"), now))
    again = plan(
        world(snap.applications[0], tuple(record(a.draft, DraftState.PLANNED) for a in first)),
        only("thank-you"),
        now,
    )
    assert [a.draft.key for a in placed(again)] == [a.draft.key for a in first]


def test_every_round_and_the_same_person_twice() -> None:
    second = interview(2, "2026-03-17T10:00:00-05:00", (PRIYA, KEN))
    snap = world(app(interviews=(FIRST, second)))
    drafts = [
        a.draft for a in placed(plan(snap, only("thank-you"), at("2026-03-17T12:00:00-05:00")))
    ]
    assert sorted((d.interview_id, d.to[0].email) for d in drafts) == [
        (1, PRIYA.email),
        (1, TOM.email),
        (2, KEN.email),
        (2, PRIYA.email),
    ]
    assert any("round 2" in d.subject for d in drafts if d.interview_id == 2)


def test_cancelled_interviews_and_the_user_themselves_get_nothing() -> None:
    me = Person("Jordan Avery", ME.email)
    cancelled = interview(2, "2026-03-12T10:00:00-05:00", (KEN,), cancelled=True)
    snap = world(
        app(interviews=(interview(1, "2026-03-10T14:00:00-05:00", (PRIYA, me)), cancelled))
    )
    drafts = [
        a.draft for a in placed(plan(snap, only("thank-you"), at("2026-03-13T09:00:00-05:00")))
    ]
    assert [d.to[0].email for d in drafts] == [PRIYA.email]


def test_already_written_to_that_person_counts_from_the_sent_folder() -> None:
    sent = message(
        9,
        Kind.OTHER,
        "2026-03-10T18:00:00-05:00",
        Person("Jordan Avery", ME.email),
        incoming=False,
        to=(PRIYA,),
    )
    snap = world(app(interviews=(FIRST,)), sent=(replace(sent, application_id=None),))
    drafts = [
        a.draft for a in placed(plan(snap, only("thank-you"), at("2026-03-11T09:00:00-05:00")))
    ]
    assert [d.to[0].email for d in drafts] == [TOM.email]


def test_a_message_to_them_before_the_interview_does_not_count() -> None:
    sent = message(9, Kind.OTHER, "2026-03-09T18:00:00-05:00", incoming=False, to=(PRIYA,))
    snap = world(app(interviews=(FIRST,)), sent=(sent,))
    assert len(placed(plan(snap, only("thank-you"), at("2026-03-11T09:00:00-05:00")))) == 2


def test_low_confidence_interviews_are_not_thanked() -> None:
    snap = world(app(interviews=(replace(FIRST, confidence=0.3),)))
    assert placed(plan(snap, only("thank-you"), at("2026-03-11T09:00:00-05:00"))) == []


def test_old_interviews_expire() -> None:
    snap = world(app(interviews=(FIRST,)))
    assert placed(plan(snap, only("thank-you"), at("2026-03-30T09:00:00-05:00"))) == []


def test_interviewer_without_address_still_gets_a_draft_for_the_user_to_complete() -> None:
    nameless = interview(1, "2026-03-10T14:00:00-05:00", (Person("Lee Park"),))
    drafts = [
        a.draft
        for a in placed(
            plan(
                world(app(interviews=(nameless,))),
                only("thank-you"),
                at("2026-03-11T09:00:00-05:00"),
            )
        )
    ]
    assert [d.to[0].name for d in drafts] == ["Lee Park"]


def test_personal_line_comes_from_notes_on_that_interview() -> None:
    notes = (Note(1, "we talked about the Kafka migration", at("2026-03-10T16:00:00-05:00")),)
    snap = world(app(interviews=(FIRST,), notes=notes))
    drafts = [
        a.draft for a in placed(plan(snap, only("thank-you"), at("2026-03-11T09:00:00-05:00")))
    ]
    assert {d.context["personal_line"] for d in drafts} == {"we talked about the Kafka migration"}


def test_closing_withdraws_planned_and_flags_placed_drafts_stale() -> None:
    snap = world(app(interviews=(FIRST,)))
    now = at("2026-03-11T09:00:00-05:00")
    a, b = (x.draft for x in placed(plan(snap, only("thank-you"), now)))
    rejected = message(5, Kind.REJECTION, "2026-03-11T08:00:00-05:00")
    closed = app(stage=Stage.REJECTED, interviews=(FIRST,), messages=(rejected,))
    result = plan(
        world(closed, (record(a, DraftState.PLANNED), record(b, DraftState.PLACED))), SHIPPED, now
    )
    gone = {w.key: w for w in result.due if isinstance(w, WithdrawDraft)}
    assert gone[a.key].stale is False and gone[b.key].stale is True
    assert [d.draft.rule for d in placed(result)] == ["rejection-reply"]


@pytest.mark.parametrize("stage", [Stage.OFFER, Stage.WITHDRAWN])
def test_an_offer_or_closing_by_hand_ends_all_drafting(stage: Stage) -> None:
    snap = world(app(stage=stage, interviews=(FIRST,)), references=(SAM,))
    result = plan(snap, SHIPPED, at("2026-03-30T09:00:00-05:00"))
    assert result.due == () and result.later == ()


def _waiting(**kw: object) -> object:
    return app(stage=Stage.WAITING, interviews=(FIRST,), decision_by=at("2026-03-20").date(), **kw)


def test_check_in_then_quiet_after_it_is_placed() -> None:
    snap = world(_waiting())
    now = at("2026-03-25T09:00:00-05:00")
    (check,) = placed(plan(snap, only("check-in"), now))
    assert check.draft.due == at("2026-03-25T09:00:00-05:00")
    on_record = record(check.draft, DraftState.PLACED, placed_at=now)
    result = plan(world(_waiting(), (on_record,)), only("check-in"), now)
    assert SetStage(1, Stage.QUIET, "after check-in") in result.due
    quiet = app(stage=Stage.QUIET, interviews=(FIRST,))
    assert plan(world(quiet, (on_record,)), SHIPPED, at("2026-05-01T09:00:00-05:00")).due == ()


def test_no_quiet_if_the_employer_answered_the_check_in() -> None:
    now = at("2026-03-25T09:00:00-05:00")
    (check,) = placed(plan(world(_waiting()), only("check-in"), now))
    answer = message(7, Kind.NEXT_STEPS, "2026-03-25T11:00:00-05:00")
    result = plan(
        world(
            _waiting(messages=(answer,)), (record(check.draft, DraftState.PLACED, placed_at=now),)
        ),
        only("check-in"),
        at("2026-03-26T09:00:00-05:00"),
    )
    assert not [a for a in result.due if isinstance(a, SetStage)]


def test_an_employer_message_withdraws_an_unplaced_check_in() -> None:
    now = at("2026-03-25T09:00:00-05:00")
    (check,) = placed(plan(world(_waiting()), only("check-in"), now))
    reply = message(8, Kind.OTHER, "2026-03-24T10:00:00-05:00")
    result = plan(
        world(_waiting(messages=(reply,)), (record(check.draft, DraftState.PLANNED),)),
        only("check-in"),
        now,
    )
    (gone,) = result.due
    assert isinstance(gone, WithdrawDraft) and not gone.stale
    assert "employer_replied_since" in gone.reason


def test_check_in_replies_in_the_recruiters_thread() -> None:
    steps = message(
        3,
        Kind.NEXT_STEPS,
        "2026-03-11T10:00:00-05:00",
        subject="Next steps",
        references=("<m1@acme.example>",),
        decision_by=at("2026-03-20").date(),
    )
    snap = world(app(stage=Stage.WAITING, interviews=(FIRST,), messages=(steps,)))
    (check,) = placed(plan(snap, only("check-in"), at("2026-03-25T10:00:00-05:00")))
    assert check.draft.to == (DANA,)
    assert check.draft.in_reply_to == "<m3@acme.example>"
    assert check.draft.references == ("<m1@acme.example>", "<m3@acme.example>")
    assert check.draft.subject == "Re: Next steps"


def test_references_heads_up_once_per_application() -> None:
    second = interview(2, "2026-03-17T10:00:00-05:00", scheduled_at=at("2026-03-12T09:00:00-05:00"))
    first = replace(FIRST, scheduled_at=at("2026-03-03T09:00:00-06:00"))
    snap = world(app(interviews=(first, second)), references=(SAM,))
    result = plan(snap, only("references-heads-up"), at("2026-03-03T10:00:00-06:00"))
    (heads_up,) = placed(result)
    assert heads_up.draft.to[0].email == SAM.email and result.later == ()
    done = record(heads_up.draft, DraftState.SENT)
    later = plan(
        world(snap.applications[0], (done,), references=(SAM,)),
        only("references-heads-up"),
        at("2026-03-12T10:00:00-05:00"),
    )
    assert later.due == ()


def test_info_request_and_rejection_reply_in_thread() -> None:
    ask = message(
        4,
        Kind.INFO_REQUEST,
        "2026-03-12T10:00:00-05:00",
        subject="Documents",
        requested=("a writing sample",),
    )
    snap = world(app(interviews=(FIRST,), messages=(ask,)))
    (reply,) = placed(plan(snap, only("info-request"), at("2026-03-12T11:00:00-05:00")))
    assert reply.draft.in_reply_to == "<m4@acme.example>"
    assert reply.draft.send_by == at("2026-03-16T17:00:00-05:00")  # Thu + 2 business days
    assert reply.draft.context["requested"] == ["a writing sample"]


def test_interview_brief_is_off_by_default_and_user_rules_override_by_name(
    tmp_path: Path,
) -> None:
    snap = world(app(interviews=(FIRST,)))
    evening = at("2026-03-09T18:30:00-05:00")
    assert not placed(plan(snap, SHIPPED, evening))
    text = (shipped_rules_dir() / "interview-brief.yaml").read_text()
    (tmp_path / "brief.yaml").write_text(text.replace("enabled: false", "enabled: true"))
    mine = load_rules([shipped_rules_dir(), tmp_path])
    assert mine.problems == () and len(mine.rules) == len(SHIPPED.rules)
    (brief,) = placed(plan(snap, mine, evening))
    assert brief.draft.to[0].email == ME.email
    assert brief.draft.due == at("2026-03-09T18:00:00-05:00")


def test_later_is_sorted_by_due_time() -> None:
    snap = world(app(interviews=(FIRST, interview(2, "2026-03-17T10:00:00-05:00", (KEN,)))))
    result = plan(snap, SHIPPED, at("2026-03-01T09:00:00-06:00"))
    dues = [d.due for d in result.later]
    assert dues == sorted(dues) and len(dues) == 4  # 3 thank-yous + 1 check-in


def test_a_decision_date_older_than_the_last_interview_is_obsolete() -> None:
    early = at("2026-03-05").date()
    snap = world(app(stage=Stage.WAITING, interviews=(FIRST,), decision_by=early))
    (check,) = placed(plan(snap, only("check-in"), at("2026-03-17T09:00:00-05:00")))
    assert check.draft.due == at("2026-03-17T09:00:00-05:00")  # 7 days after the interview


def test_check_in_goes_to_a_person_rather_than_a_no_reply_address() -> None:
    ats = Person("Acme Careers", "no-reply@ats.example")
    msgs = (
        message(1, Kind.NEXT_STEPS, "2026-03-02T10:00:00-06:00"),
        message(2, Kind.APPLICATION_ACK, "2026-03-09T10:00:00-05:00", sender=ats),
    )
    snap = world(app(stage=Stage.WAITING, interviews=(FIRST,), messages=msgs))
    (check,) = placed(plan(snap, only("check-in"), at("2026-03-17T09:00:00-05:00")))
    assert check.draft.to == (DANA,) and check.draft.in_reply_to == "<m1@acme.example>"
