"""The record commands: `plan`, `explain`, `note`, `close`. They read the settings and the
record, never a mailbox: `plan` shows what `run` would do with what is known now."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .config import Config, load_config
from .model import (
    CLOSED_STAGES,
    Draft,
    PlaceDraft,
    Plan,
    SetStage,
    Snapshot,
    Stage,
    WithdrawDraft,
)
from .record import Record

if TYPE_CHECKING:
    from .rules.load import RuleSet


@contextmanager
def opened(config_path: Path | None) -> Iterator[tuple[Config, Record]]:
    config = load_config(config_path)
    record = Record.open(config.database)
    try:
        yield config, record
    finally:
        record.close()


def _rules(config: Config) -> RuleSet:
    from .service import load_rules_for

    return load_rules_for(config)


def compute_plan(
    config: Config, record: Record, now: datetime, rules: RuleSet | None = None
) -> tuple[Snapshot, Plan]:
    from .plan import plan

    snapshot = record.snapshot(config.me.to_model(), config.reference_models)
    return snapshot, plan(snapshot, rules or _rules(config), now)


def show_plan(config_path: Path | None, now: datetime, as_json: bool) -> int:
    with opened(config_path) as (config, record):
        rules = _rules(config)
        snapshot, result = compute_plan(config, record, now, rules)
        problems = _proofread(rules, snapshot, result)
    for problem in rules.problems:  # a broken rule is left out of the plan: say so, as run does
        print(f"followup: rule left out: {problem}", file=sys.stderr)
    if as_json:
        print(json.dumps(plan_json(snapshot, result, problems), indent=2, ensure_ascii=False))
    else:
        _print_plan(snapshot, result, problems)
    return 0


def _proofread(rules: RuleSet, snapshot: Snapshot, result: Plan) -> dict[str, list[str]]:
    """Each planned draft rendered and proofread as `run` would, so problems show before."""
    from .compose import Composer

    composer = Composer(rules, snapshot.me)
    drafts = [*(a.draft for a in result.due if isinstance(a, PlaceDraft)), *result.later]
    return {d.key: list(composer.compose(d, result.now).problems) for d in drafts}


def plan_json(
    snapshot: Snapshot, result: Plan, problems: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    companies = {a.id: a.company for a in snapshot.applications}
    found = problems or {}

    def draft(d: Draft) -> dict[str, Any]:
        return {
            "key": d.key,
            "rule": d.rule,
            "application": d.application_id,
            "company": companies.get(d.application_id),
            "due": d.due.isoformat(),
            "send_by": d.send_by.isoformat() if d.send_by else None,
            "to": [p.email for p in d.to],
            "names": [p.name for p in d.to],
            "subject": d.subject,
            "problems": found.get(d.key, []),
        }

    due = result.due
    return {
        "now": result.now.isoformat(),
        "place": [draft(a.draft) for a in due if isinstance(a, PlaceDraft)],
        "withdraw": [
            {"key": a.key, "reason": a.reason, "stale": a.stale}
            for a in due
            if isinstance(a, WithdrawDraft)
        ],
        "stages": [
            {"application": a.application_id, "stage": str(a.stage), "reason": a.reason}
            for a in due
            if isinstance(a, SetStage)
        ],
        "later": [draft(d) for d in result.later],
    }


def _print_plan(snapshot: Snapshot, result: Plan, problems: dict[str, list[str]]) -> None:
    from rich.table import Table

    from .status_view import local as local_time
    from .status_view import make_console

    data = plan_json(snapshot, result, problems)
    tz = ZoneInfo(snapshot.me.timezone)
    table = Table(title=f"Drafts as of {result.now.astimezone(tz):%a %Y-%m-%d %H:%M %Z}")
    for column in ("when", "send by", "rule", "company", "to", "subject"):
        table.add_column(column)
    for when, rows in (("now", data["place"]), ("later", data["later"])):
        for row in rows:
            label = "now" if when == "now" else local_time(row["due"], tz)
            table.add_row(
                label,
                local_time(row["send_by"], tz),
                row["rule"],
                row["company"] or "?",
                ", ".join(n or e or "?" for n, e in zip(row["names"], row["to"], strict=False)),
                row["subject"],
            )
    console = make_console()
    console.print(table if table.row_count else "Nothing to draft, now or later.")
    for item in data["withdraw"]:
        console.print(f"withdraw {item['key']}: {item['reason']}")
    for row in (*data["place"], *data["later"]):
        for problem in row["problems"]:
            line = f"proofreading {row['rule']} to {', '.join(row['to'])}: {problem}"
            console.print(line, markup=False, highlight=False)


def explain(config_path: Path | None, application: str, now: datetime) -> int:
    try:
        from .rules.explain import explain_application
    except ModuleNotFoundError:
        print("followup: explain is not available in this build", file=sys.stderr)
        return 69
    with opened(config_path) as (config, record):
        app_id = record.find_application(application)
        snapshot = record.snapshot(config.me.to_model(), config.reference_models)
        lines = explain_application(snapshot, _rules(config), app_id, now)
    print("\n".join(lines))
    return 0


def add_note(
    config_path: Path | None,
    application: str,
    text: str,
    decision_by: date | None,
    now: datetime,
) -> int:
    """Notes attach to the application's latest interview that has begun (the one a
    thank-you is about); a decision date heard in person replaces the recorded one."""
    if not text.strip() and decision_by is None:
        print("followup: give a note text, --decision-by, or both", file=sys.stderr)
        return 64
    with opened(config_path) as (config, record):
        app_id = record.find_application(application)
        snapshot = record.snapshot(config.me.to_model())
        app = next(a for a in snapshot.applications if a.id == app_id)
        begun = [i for i in app.interviews if i.start <= now and not i.cancelled]
        interview = max(begun, key=lambda i: i.start) if begun else None
        with record.transaction():  # the note and the date, or neither (Ctrl-C, a full disk)
            if text.strip():
                record.add_note(app_id, text.strip(), now, interview.id if interview else None)
            if decision_by is not None:
                record.set_decision_by(app_id, decision_by, now)
    about = f"the interview of {interview.start:%Y-%m-%d}" if interview else "the application"
    print(f"noted for {app.company} ({about})")
    return 0


def close_application(
    config_path: Path | None, application: str, reason: str | None, now: datetime
) -> int:
    """`reason` None: withdrawn, unless it is closed already (a recorded rejection or offer
    is not overwritten by a default)."""
    with opened(config_path) as (_, record):
        app_id = record.find_application(application)
        app = next(a for a in record.applications() if a.id == app_id)
        if reason is None and app.stage in CLOSED_STAGES:
            print(f"{app.company} is closed already ({app.stage}); --reason changes why")
            return 0
        why = reason or Stage.WITHDRAWN
        record.close_application(app_id, why, now)
    print(f"closed {app.company} ({why}): nothing more will be drafted for it")
    return 0
