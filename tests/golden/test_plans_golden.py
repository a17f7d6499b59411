"""Plans are golden too: one small world planned at several moments, printed the way a
reviewer reads it (what is due, what comes later, what is withdrawn)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup.model import (
    Application,
    Interview,
    Kind,
    Me,
    MessageRef,
    Person,
    PlaceDraft,
    Plan,
    Reference,
    SetStage,
    Snapshot,
    Stage,
    WithdrawDraft,
)
from followup.plan import plan
from followup.rules.load import load_rules, shipped_rules_dir
from golden import check_golden

CHI = ZoneInfo("America/Chicago")
ME = Me("Jordan Avery", "jordan@example.net", timezone="America/Chicago", country="US")
OMAR = Person("Omar Haddad", "omar@harbor.example", "Engineering Manager")
LUCIA = Person("Lucia Bianchi", "lucia@harbor.example")
WEI = Person("Wei Zhang", "wei@harbor.example", "Director of Engineering")
NINA = Person("Nina Patel", "nina@harbor.example", "Recruiter")


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CHI)


def _world(stage: Stage, *messages: MessageRef) -> Snapshot:
    one = Interview(
        1,
        1,
        t("2027-02-16T14:00"),
        t("2027-02-16T15:00"),
        (OMAR, LUCIA),
        scheduled_at=t("2027-02-08T11:00"),
    )
    two = Interview(
        2,
        1,
        t("2027-02-25T10:00"),
        t("2027-02-25T11:30"),
        (OMAR, WEI),
        round=2,
        scheduled_at=t("2027-02-19T09:30"),
    )
    steps = MessageRef(
        "<steps@harbor.example>",
        1,
        True,
        t("2027-03-01T16:00"),
        Kind.NEXT_STEPS,
        NINA,
        subject="Next steps",
        decision_by=t("2027-03-12").date(),
    )
    app = Application(
        1,
        "Harbor Metrics",
        "Platform Engineer",
        stage,
        interviews=(one, two),
        messages=(steps, *messages),
    )
    refs = (Reference("Sam Lee", "sam@example.org", "my manager"),)
    return Snapshot(ME, refs, (app,), {})


def _render(result: Plan) -> list[str]:
    lines = [f"at {result.now.isoformat()}"]
    for action in result.due:
        if isinstance(action, PlaceDraft):
            d = action.draft
            lines.append(
                f"  place {d.rule} to {d.to[0].email} due {d.due.isoformat()} "
                f"send by {d.send_by.isoformat() if d.send_by else '-'}: {d.subject}"
            )
        elif isinstance(action, WithdrawDraft):
            lines.append(f"  withdraw {action.key} stale={action.stale}: {action.reason}")
        elif isinstance(action, SetStage):
            lines.append(f"  stage {action.stage}: {action.reason}")
    lines += [f"  later {d.rule} to {d.to[0].email} due {d.due.isoformat()}" for d in result.later]
    return lines


def test_plan_of_a_two_round_story_at_several_moments() -> None:
    rules = load_rules([shipped_rules_dir()])
    lines: list[str] = []
    for moment in ("2027-02-01T09:00", "2027-02-16T15:30", "2027-03-17T09:00"):
        lines += _render(plan(_world(Stage.WAITING), rules, t(moment)))
    rejection = MessageRef(
        "<no@harbor.example>",
        1,
        True,
        t("2027-03-24T11:00"),
        Kind.REJECTION,
        NINA,
        subject="Re: Next steps",
    )
    lines += _render(
        plan(_world(Stage.REJECTED, rejection), rules, t("2027-03-24T11:00") + timedelta(minutes=5))
    )
    check_golden("plans/two-round-story.txt", "\n".join(lines) + "\n")


def test_explain_of_the_same_story() -> None:
    from followup.rules.explain import explain_application

    rules = load_rules([shipped_rules_dir()])
    lines = explain_application(_world(Stage.WAITING), rules, 1, t("2027-03-17T09:00"))
    text = "\n".join(line.replace(str(shipped_rules_dir().resolve()), "rules") for line in lines)
    check_golden("plans/two-round-story.explain.txt", text + "\n")
