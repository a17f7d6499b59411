"""Rich tables for `status` and `demo`, drawn from the same data `status --json` prints."""

from __future__ import annotations

import sys
from datetime import datetime, tzinfo
from typing import Any

from rich.console import Console
from rich.table import Table

LATEST = 10  # sent and declined drafts shown


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """`followup status | head`: not rich's own exit 1, but the command line's quiet
        ending for a reader that has gone, the same for every command (cli.main)."""
        raise BrokenPipeError


def make_console() -> Console:
    """The terminal's width; 120 columns when writing to a file or a pipe (logs, CI)."""
    return _Console() if sys.stdout.isatty() else _Console(width=120)


def local(text: str | None, tz: tzinfo) -> str:
    if not text:
        return ""
    moment = datetime.fromisoformat(text)
    return moment.astimezone(tz).strftime("%a %b %d %H:%M")


def applications_table(data: dict[str, Any], tz: tzinfo, *, next_action: bool = True) -> Table:
    table = Table(title="Applications by stage", show_lines=True)
    for column in ("company", "role", "stage", "interviewers", "interview", "decision by"):
        table.add_column(column)
    if next_action:
        table.add_column("next draft")
    for app in data["applications"]:
        people = "\n".join(
            f"{p['name'] or p['email']}" + (f" ({p['title']})" if p["title"] else "")
            for p in app["interviewers"]
        )
        when = "\n".join(local(i["start"], tz) for i in app["interviews"])
        row = [
            app["company"],
            app["role"] or "",
            app["stage"],
            people,
            when,
            app["decision_by"] or "",
        ]
        if next_action:
            action = app["next_action"]
            row.append(_action_text(action, tz) if action else "")
        table.add_row(*row)
    return table


def _action_text(action: dict[str, Any], tz: tzinfo) -> str:
    text = f"{action['rule']} to {action['to']}\n{local(action['due'], tz)}"
    send_by = action.get("send_by")
    return f"{text}\nsend by {local(send_by, tz)}" if send_by else text


def drafts_table(items: list[dict[str, Any]], title: str, tz: tzinfo) -> Table:
    table = Table(title=title)
    for column in ("state", "rule", "to", "subject", "due", "send by"):
        table.add_column(column)
    for item in items:
        table.add_row(
            item["state"],
            item["rule"],
            item["to"] or "",
            item["subject"] or "",
            local(item["due"], tz),
            local(item.get("send_by"), tz),
        )
    return table


def print_status(data: dict[str, Any], tz: tzinfo, console: Console | None = None) -> None:
    console = console or make_console()
    sources = Table(title="Sources")
    for column in ("source", "last success", "problem"):
        sources.add_column(column)
    for s in data["sources"]:
        sources.add_row(s["name"], local(s["last_success"], tz) or "never", s["last_error"] or "")
    console.print(sources)
    console.print(applications_table(data, tz))
    counts = data["drafts"]["counts"]
    console.print("Drafts: " + (", ".join(f"{n} {s}" for s, n in counts.items()) or "none yet"))
    waiting = [d for d in data["drafts"]["items"] if d["state"] in ("placed", "stale")]
    if waiting:
        console.print(drafts_table(waiting, "Waiting in your Drafts folder", tz))
    done = [d for d in data["drafts"]["items"] if d["state"] in ("sent", "declined")]
    if done:  # your decisions: sent, or deleted unsent (never drafted again)
        console.print(drafts_table(done[-LATEST:], f"Sent and declined (latest {LATEST})", tz))
    _print_problems(data["problems"], console)


def _print_problems(problems: dict[str, list[dict[str, Any]]], console: Console) -> None:
    lines = [
        f"draft to {p['to']} ({p['company']}): {'; '.join(p['problems'])}"
        for p in problems["proofreading"]
    ]
    lines += [
        f"stale draft to {p['to']} ({p['company']}): the application is closed"
        for p in problems["stale"]
    ]
    lines += [
        f"quarantined {q['source']}/{q['folder']} uid {q['uid']} ({q['stage']}): {q['error']}"
        for q in problems["quarantine"]
    ]
    lines += [
        f"to confirm: {c['what']} for {c['company']} ({c['subject']}), confidence {c['confidence']}"
        for c in problems["to_confirm"]
    ]
    lines += [
        f"source {s['source']} failing ({s['failures']}x): {s['error']}"
        for s in problems["sources"]
    ]
    lines += [
        f"Google sign-in {c['token']}: {c['problem']}; run {c['fix']}"
        for c in problems.get("credentials", [])
    ]
    if lines:
        console.print("[bold]Problems[/bold]")
        for line in lines:
            console.print(f"  • {line}", markup=False, highlight=False)
    else:
        console.print("No problems.")
