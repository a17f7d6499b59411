"""`followup status`: the sources, the applications, the drafts and the problems at a glance.

`--json` prints the same facts for scripts; its keys are stable (add, never rename).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .commands import compute_plan, opened
from .config import Config
from .model import Application, DraftState, Interview, PlaceDraft, Plan, Snapshot, Stage
from .record import Record
from .track import LOW_CONFIDENCE

if TYPE_CHECKING:
    from .rules.load import RuleSet

WAITING = (DraftState.PLACED, DraftState.STALE)
# applications by stage: where something is happening first, closed ones last
STAGE_ORDER = (
    Stage.INTERVIEWING,
    Stage.WAITING,
    Stage.APPLIED,
    Stage.QUIET,
    Stage.OFFER,
    Stage.REJECTED,
    Stage.WITHDRAWN,
)
EXPIRY_WARNING = timedelta(days=3)  # a sign-in ending sooner is shown as a problem


def show_status(config_path: Path | None, now: datetime, as_json: bool) -> int:
    with opened(config_path) as (config, record):
        from .service import load_rules_for

        rules = load_rules_for(config)
        data = status_data(config, record, now, rules)
    for problem in rules.problems:  # the user's broken rule is left out: say so, as plan does
        print(f"followup: rule left out: {problem}", file=sys.stderr)
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        from .status_view import print_status

        print_status(data, ZoneInfo(config.me.timezone))
    return 0


def status_data(
    config: Config, record: Record, now: datetime, rules: RuleSet | None = None
) -> dict[str, Any]:
    snapshot, plan = compute_plan(config, record, now, rules)
    drafts = list(snapshot.drafts.values())
    return {
        "now": now.isoformat(),
        "config": str(config.path) if config.path else None,
        "sources": _sources(config, record),
        "applications": [_application(a, snapshot, plan, now) for a in _by_stage(snapshot)],
        "drafts": {
            "counts": {s.value: n for s, n in sorted(Counter(d.state for d in drafts).items())},
            "items": [
                {
                    "key": d.key,
                    "rule": d.rule,
                    "application": d.application_id,
                    "state": d.state.value,
                    "to": d.to,
                    "subject": d.subject,
                    "due": _iso(d.due),
                    "send_by": _iso(d.send_by),
                    "placed_at": _iso(d.placed_at),
                    "problems": list(d.problems),
                }
                for d in sorted(drafts, key=lambda d: (d.due or now, d.key))
            ],
        },
        "problems": {**_problems(snapshot, record), "credentials": _credentials(config, now)},
    }


def _by_stage(snapshot: Snapshot) -> list[Application]:
    order = {stage: n for n, stage in enumerate(STAGE_ORDER)}
    return sorted(snapshot.applications, key=lambda a: (order.get(a.stage, len(order)), a.id))


def _sources(config: Config, record: Record) -> list[dict[str, Any]]:
    known = {s.source: s for s in record.sync_status()}
    names = [m.name for m in config.mailboxes] + [c.name for c in config.calendars]
    rows = []
    for name in names:
        sync = known.get(name)
        rows.append(
            {
                "name": name,
                "last_success": _iso(sync.last_success) if sync else None,
                "last_error": sync.last_error if sync and sync.failures else None,
                "failures": sync.failures if sync else 0,
            }
        )
    return rows


def _application(app: Application, snapshot: Snapshot, plan: Plan, now: datetime) -> dict[str, Any]:
    live = [i for i in app.interviews if not i.cancelled]
    upcoming = sorted((i for i in live if i.start >= now), key=lambda i: i.start)
    return {
        "id": app.id,
        "company": app.company,
        "role": app.role,
        "stage": app.stage.value,
        "interviewers": _interviewers(live),
        "interviews": [
            {
                "start": i.start.isoformat(),
                "end": i.end.isoformat(),
                "round": i.round,
                "interviewers": [p.name or p.email for p in i.interviewers],
            }
            for i in live
        ],
        "next_interview": upcoming[0].start.isoformat() if upcoming else None,
        "decision_by": app.decision_by.isoformat() if app.decision_by else None,
        "next_action": _next_action(app, plan),
    }


def _interviewers(interviews: list[Interview]) -> list[dict[str, str | None]]:
    seen: dict[str, dict[str, str | None]] = {}
    for interview in interviews:
        for p in interview.interviewers:
            seen.setdefault(
                (p.email or p.name or "").casefold(),
                {"name": p.name, "title": p.title, "email": p.email},
            )
    return list(seen.values())


def _next_action(app: Application, plan: Plan) -> dict[str, str | None] | None:
    now_drafts = [a.draft for a in plan.due if isinstance(a, PlaceDraft)]
    for draft in [*now_drafts, *plan.later]:
        if draft.application_id == app.id:
            names = ", ".join(p.name or p.email or "?" for p in draft.to)
            send_by = draft.send_by.isoformat() if draft.send_by else None
            return {
                "rule": draft.rule,
                "due": draft.due.isoformat(),
                "send_by": send_by,
                "to": names,
            }
    return None


def _problems(snapshot: Snapshot, record: Record) -> dict[str, list[dict[str, Any]]]:
    companies = {a.id: a.company for a in snapshot.applications}
    return {
        "proofreading": [
            {
                "key": d.key,
                "company": companies.get(d.application_id),
                "to": d.to,
                "problems": list(d.problems),
            }
            for d in snapshot.drafts.values()
            if d.problems and d.state in (DraftState.PLANNED, DraftState.PLACED)
        ],
        "stale": [
            {"key": d.key, "company": companies.get(d.application_id), "to": d.to}
            for d in snapshot.drafts.values()
            if d.state is DraftState.STALE
        ],
        "quarantine": [
            {
                "source": q.source,
                "folder": q.folder,
                "uid": q.uid,
                "message_id": q.message_id,
                "stage": q.stage,
                "error": q.error,
                "at": q.at.isoformat(),
            }
            for q in record.quarantined()
        ],
        "to_confirm": _to_confirm(snapshot),
        "sources": [
            {
                "source": s.source,
                "error": s.last_error,
                "failures": s.failures,
                "since": _iso(s.last_error_at),
            }
            for s in record.sync_status()
            if s.failures
        ],
    }


def _to_confirm(snapshot: Snapshot) -> list[dict[str, Any]]:
    """Facts kept but not trusted: shown so the user can check them."""
    found: list[dict[str, Any]] = []
    for app in snapshot.applications:
        found.extend(
            {
                "company": app.company,
                "what": f"{m.kind.value} message",
                "subject": m.subject,
                "confidence": round(m.confidence, 2),
            }
            for m in app.messages
            if m.incoming and m.confidence < LOW_CONFIDENCE
        )
        found.extend(
            {
                "company": app.company,
                "what": "interview",
                "subject": i.start.isoformat(),
                "confidence": round(i.confidence, 2),
            }
            for i in app.interviews
            if i.confidence < LOW_CONFIDENCE
        )
    return found


def _credentials(config: Config, now: datetime) -> list[dict[str, Any]]:
    """Google sign-ins that are missing, unreadable, or end within `EXPIRY_WARNING` (a token
    without a refresh token cannot be renewed): the sources using them will soon fail."""
    from .auth import accounts_to_sign_in

    entries = (*config.mailboxes, *config.calendars)
    if not any(
        e.type in ("gmail", "google") or getattr(e, "auth", "") == "xoauth2" for e in entries
    ):
        return []
    found = []
    for account in accounts_to_sign_in(config):
        problem = _token_problem(account.token, now)
        if problem:
            found.append(
                {"token": str(account.token), "problem": problem, "fix": "followup auth google"}
            )
    return found


def _token_problem(token: Path, now: datetime) -> str | None:
    try:
        info = json.loads(token.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "not signed in"
    except (OSError, ValueError):
        return "the saved sign-in is unreadable"
    if not isinstance(info, dict) or info.get("refresh_token"):
        return None  # renewed automatically (unless revoked: then the source fails)
    try:
        expiry = datetime.fromisoformat(str(info.get("expiry", "")).replace("Z", "+00:00"))
    except ValueError:
        return "the sign-in cannot be renewed (no refresh token)"
    if expiry.tzinfo is None:
        expiry = expiry.replace(tzinfo=UTC)  # google-auth's times are UTC
    if expiry - now > EXPIRY_WARNING:
        return None
    verb = "ended" if expiry <= now else "ends"
    return f"the sign-in {verb} {expiry.isoformat()} and cannot be renewed (no refresh token)"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
