"""DESIGN.md's first promise, checked on the source: the package has no way to send mail,
and no IMAP or Gmail call that would change, move or delete the user's messages.

This is a static scan of daemon/; the behavioural proof (Dovecot's mail_log shows no
flag_change, expunge or delete after a cycle) lives in the integration tests."""

from __future__ import annotations

import ast
import re
from pathlib import Path

DAEMON = Path(__file__).resolve().parents[2] / "daemon"

FORBIDDEN_IMPORTS = {"smtplib", "aiosmtplib", "smtpd"}
# Attribute calls that send mail, or change/move/delete messages on a server.
FORBIDDEN_CALLS = {
    "send",  # drafts().send(), messages().send()
    "send_message",
    "sendmail",
    "modify",  # Gmail label changes
    "batchModify",
    "trash",
    "untrash",
    "batchDelete",
    "expunge",
    "store",
    "uid_store",
    "move",
    "copy",
    "flag",
    "delete",
}
# Raw IMAP verbs must never be spelled out in a command string either.
RAW_IMAP = re.compile(r"\b(UID\s+)?(STORE|EXPUNGE|MOVE|COPY|DELETE)\b")
# A call on something that is not mail (a socket's send, a dict's copy) carries the marker
# comment `# not mail` on its line, so every exception is visible where it is made.
NOT_MAIL = "# not mail"


def _sources() -> list[Path]:
    return sorted(DAEMON.rglob("*.py"))


def test_no_smtp_anywhere() -> None:
    for path in _sources():
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module.split(".")[0]]
            bad = FORBIDDEN_IMPORTS.intersection(names)
            assert not bad, f"{path.name}:{node.lineno} imports {bad}"


def test_no_mutating_mail_calls() -> None:
    problems = []
    for path in _sources():
        text = path.read_text()
        lines = text.splitlines()
        tree = ast.parse(text, str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in FORBIDDEN_CALLS
                and not _is_local_bookkeeping(node)
                and NOT_MAIL not in lines[node.lineno - 1]
            ):
                problems.append(f"{path.relative_to(DAEMON)}:{node.lineno} .{node.func.attr}()")
    assert not problems, "calls that could send or change mail:\n" + "\n".join(problems)


def test_no_raw_imap_mutations() -> None:
    for path in _sources():
        for lineno, line in enumerate(path.read_text().splitlines(), 1):
            code = line.split("#", 1)[0]
            if "DELETE FROM" in code.upper() or "ON DELETE" in code.upper():
                continue  # SQL on our own record
            for literal in re.findall(r"[\"']([^\"']*)[\"']", code):
                assert not RAW_IMAP.search(literal), f"{path.name}:{lineno}: {literal!r}"


def _is_local_bookkeeping(call: ast.Call) -> bool:
    """dict/set/list methods named like mail verbs (`.copy()` with no arguments on a local
    mapping, `set.discard`...) are not mail operations."""
    return call.func.attr == "copy" and not call.args and not call.keywords  # type: ignore[attr-defined]
