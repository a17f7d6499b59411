"""DESIGN.md's first promise, checked on the source: the package has no way to send mail, no
IMAP, Gmail or Calendar call that would change, move or delete the user's messages or events,
and its only writes to a mailbox are drafts, into the Drafts folder.

This is a static scan of daemon/. Each detector is also run on a snippet that breaks the rule,
so the scan is known to be able to fail. The behavioural proofs: Dovecot's mail_log shows no
flag_change, expunge or delete, and every save lands in Drafts, in every fault test
(tests/faults/world.py); a cycle over a Maildir changes no file outside Drafts
(tests/faults/test_drafts_only.py)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

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
# Raw IMAP verbs must never be spelled out in a command string either (SQL on our own record
# says DELETE FROM, CREATE TABLE, RENAME TO... and is told apart by the word that follows).
RAW_IMAP = re.compile(
    r"\b(UID\s+)?(STORE|EXPUNGE|MOVE|COPY|DELETE|RENAME|CREATE)\b"
    r"(?!\s+(FROM|TABLE|INDEX|UNIQUE|TRIGGER|VIEW|TO|COLUMN|IF)\b)"
)
SQL_CONTEXT = re.compile(r"\bON\s+DELETE\b|\bDELETE\s+FROM\b", re.IGNORECASE)
# Google API collections, and their methods that write (Gmail v1, Calendar v3): of these only
# drafts().create may appear. Methods named update* (settings().updateVacation...) too.
GOOGLE_COLLECTIONS = {
    "users", "drafts", "messages", "threads", "labels", "history", "settings",
    "events", "calendars", "calendarList", "acl",
}  # fmt: skip
GOOGLE_WRITE_METHODS = {
    "create", "delete", "send", "update", "patch", "insert", "import_", "modify", "trash",
    "untrash", "batchModify", "batchDelete", "move", "quickAdd", "watch", "stop", "clear",
}  # fmt: skip
GOOGLE_WRITES_ALLOWED = {("drafts", "create")}
# Gmail's REST paths that send or change messages, should a request be built by hand.
GMAIL_PATHS = re.compile(
    r"(drafts|messages|threads)(/[^\s\"']*)?/(send|modify|trash|untrash|batchModify|"
    r"batchDelete|import)\b|/(drafts|messages)/send\b"
)
# Local files: only the draft writers of the Maildir adapter may create, link or remove one.
FILE_WRITES = {
    "link", "symlink", "rename", "unlink", "remove", "write_bytes", "write_text",
    "hardlink_to", "symlink_to", "rmdir", "utime", "touch", "mkdir", "chmod",
}  # fmt: skip
DRAFT_WRITERS = {"append_draft", "_write_draft"}
DRAFTS_ROLE = re.compile(r"\.get\(['\"]drafts['\"]\)")  # folders().get("drafts")
# A call on something that is not mail (a socket's send, a dict's copy) carries the marker
# comment `# not mail` on its line, so every exception is visible where it is made.
NOT_MAIL = "# not mail"

Problems = list[str]


def _sources(under: str = "") -> list[Path]:
    return sorted((DAEMON / under).rglob("*.py"))


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    return (node for node in ast.walk(tree) if isinstance(node, ast.Call))


def _literals(code: str) -> list[str]:
    return re.findall(r"[\"']([^\"']*)[\"']", code)


# --- the detectors: (file name, source text) -> problems --------------------------------------


def smtp_imports(name: str, text: str) -> Problems:
    problems = []
    for node in ast.walk(ast.parse(text)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name.split(".")[0] for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module.split(".")[0]]
        problems += [f"{name}:{node.lineno} imports {bad}" for bad in FORBIDDEN_IMPORTS & {*names}]
    return problems


def mutating_calls(name: str, text: str) -> Problems:
    lines = text.splitlines()
    return [
        f"{name}:{call.lineno} .{call.func.attr}()"
        for call in _calls(ast.parse(text))
        if isinstance(call.func, ast.Attribute)
        and call.func.attr in FORBIDDEN_CALLS
        and not _is_local_bookkeeping(call)
        and NOT_MAIL not in lines[call.lineno - 1]
    ]


def mutating_names(name: str, text: str) -> Problems:
    """getattr(x, "send") and friends: a forbidden verb reached by its name."""
    return [
        f"{name}:{call.lineno} getattr(..., {call.args[1].value!r})"
        for call in _calls(ast.parse(text))
        if isinstance(call.func, ast.Name)
        and call.func.id in {"getattr", "methodcaller"}
        and len(call.args) >= 2
        and isinstance(call.args[1], ast.Constant)
        and call.args[1].value in FORBIDDEN_CALLS | {"insert", "import_", "update", "patch"}
    ]


def raw_imap_verbs(name: str, text: str) -> Problems:
    problems = []
    for lineno, line in enumerate(text.splitlines(), 1):
        code = line.split("#", 1)[0]
        if SQL_CONTEXT.search(code):
            continue  # SQL on our own record
        problems += [f"{name}:{lineno}: {s!r}" for s in _literals(code) if RAW_IMAP.search(s)]
    return problems


def google_writes(name: str, text: str) -> Problems:
    """On `x.drafts()`, `x.messages()`, `x.events()`...: no write method but drafts().create."""
    problems = []
    for node in ast.walk(ast.parse(text)):
        if not (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Attribute)
            and node.value.func.attr in GOOGLE_COLLECTIONS
        ):
            continue
        collection = node.value.func.attr
        writes = node.attr in GOOGLE_WRITE_METHODS or node.attr.startswith("update")
        if writes and (collection, node.attr) not in GOOGLE_WRITES_ALLOWED:
            problems.append(f"{name}:{node.lineno} {collection}().{node.attr}")
    return problems


def gmail_paths(name: str, text: str) -> Problems:
    return [
        f"{name}:{lineno}: {literal!r}"
        for lineno, line in enumerate(text.splitlines(), 1)
        for literal in _literals(line)
        if GMAIL_PATHS.search(literal)
    ]


def imap_appends_outside_drafts(name: str, text: str) -> Problems:
    """imaplib's APPEND (mailbox, flags, date, message) only in `append_draft`, to the folder
    found as the drafts role (`folders().get("drafts")`, there or in a helper it calls)."""
    tree = ast.parse(text)
    functions = list(_functions(tree))
    resolvers = {f.name for f in functions if DRAFTS_ROLE.search(ast.unparse(f))}
    problems = []
    for func in functions:
        called = {_attr(c) or getattr(c.func, "id", None) for c in _calls(func)}
        resolves = func.name in resolvers or bool(called & resolvers)
        to_drafts = func.name == "append_draft" and resolves
        for call in _calls(func):
            if _attr(call) == "append" and len(call.args) == 4 and not to_drafts:
                problems.append(f"{name}:{call.lineno} APPEND in {func.name}()")
    return problems


def file_writes_outside_drafts(name: str, text: str) -> Problems:
    """In the mail adapters, files are created, linked or removed only by the draft writers."""
    problems = []
    for func in _functions(ast.parse(text)):
        if func.name in DRAFT_WRITERS:
            continue
        for call in _calls(func):
            if _writes_a_file(call):
                problems.append(f"{name}:{call.lineno} {ast.unparse(call.func)}() in {func.name}")
    return problems


def _writes_a_file(call: ast.Call) -> bool:
    attr = _attr(call)
    if attr in FILE_WRITES or (attr == "replace" and len(call.args) == 1):  # Path.replace
        return True
    if attr == "open" or (isinstance(call.func, ast.Name) and call.func.id == "open"):
        flags = ast.unparse(call)
        return bool(re.search(r"O_(WRONLY|RDWR|CREAT|APPEND|TRUNC)|['\"]\w*[wax+]", flags))
    return False


def _attr(call: ast.Call) -> str | None:
    return call.func.attr if isinstance(call.func, ast.Attribute) else None


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def _is_local_bookkeeping(call: ast.Call) -> bool:
    """dict/set/list methods named like mail verbs (`.copy()` with no arguments on a local
    mapping) are not mail operations."""
    return call.func.attr == "copy" and not call.args and not call.keywords  # type: ignore[attr-defined]


# --- the scan ------------------------------------------------------------------------------------

Detector = Callable[[str, str], Problems]
DETECTORS: dict[str, tuple[Detector, str]] = {  # detector, the part of daemon/ it scans
    "SMTP": (smtp_imports, ""),
    "send, change, move or delete calls": (mutating_calls, ""),
    "mail verbs reached by name": (mutating_names, ""),
    "raw IMAP verbs": (raw_imap_verbs, ""),
    "Google writes other than drafts().create": (google_writes, ""),
    "Gmail REST paths that send or change": (gmail_paths, ""),
    "IMAP APPEND outside Drafts": (imap_appends_outside_drafts, ""),
    "file writes outside the Maildir draft writer": (file_writes_outside_drafts, "mail"),
}
BREAKING = {  # one snippet per detector that it must flag
    "SMTP": "import smtplib\n",
    "send, change, move or delete calls": "svc.users().drafts().send(userId='me', body=b)\n",
    "mail verbs reached by name": "getattr(svc.users().messages(), 'trash')(id=x)\n",
    "raw IMAP verbs": "client._simple_command('UID STORE', uid, '+FLAGS', '(\\\\Seen)')\n",
    "Google writes other than drafts().create": (
        "svc.users().messages().insert(userId='me', body=b)\n"
        "svc.events().delete(calendarId='primary', eventId=e)\n"
        "svc.users().messages().import_(userId='me', body=b)\n"
    ),
    "Gmail REST paths that send or change": (
        "http.request(BASE + 'users/me/messages/123/modify', 'POST')\n"
    ),
    "IMAP APPEND outside Drafts": (
        "def save(mb, folder, data):\n    mb.client.append(folder, None, None, data)\n"
        "def append_draft(mb, data):\n    mb.client.append('INBOX', None, None, data)\n"
    ),
    "file writes outside the Maildir draft writer": (
        "def mark_read(path):\n    path.rename(path.with_name(path.name + 'S'))\n"
        "def touch(path):\n    with path.open('ab') as fh:\n        fh.write(b'')\n"
    ),
}


@pytest.mark.parametrize("rule", list(DETECTORS))
def test_daemon_keeps_the_rule(rule: str) -> None:
    detect, under = DETECTORS[rule]
    problems = [
        problem
        for path in _sources(under)
        for problem in detect(str(path.relative_to(DAEMON)), path.read_text())
    ]
    assert not problems, f"{rule}:\n" + "\n".join(problems)


@pytest.mark.parametrize("rule", list(DETECTORS))
def test_the_detector_catches_a_breach(rule: str) -> None:
    detect, _ = DETECTORS[rule]
    snippet = BREAKING[rule]
    found = detect("snippet.py", snippet)
    expected = {"Google writes other than drafts().create": 3, "IMAP APPEND outside Drafts": 2}
    assert len(found) >= expected.get(rule, 1), (rule, found)


def test_every_mutating_verb_is_caught_on_a_gmail_chain() -> None:
    for verb in ("send", "modify", "trash", "untrash", "batchModify", "batchDelete", "delete"):
        for collection in ("drafts", "messages", "threads"):
            snippet = f"svc.users().{collection}().{verb}(userId='me', id=x)\n"
            assert mutating_calls("s.py", snippet) and google_writes("s.py", snippet), snippet
    assert google_writes("s.py", "svc.users().drafts().create(userId='me', body=b)\n") == []
    assert google_writes("s.py", "svc.users().messages().get(userId='me', id=x)\n") == []


def test_the_scan_sees_the_real_draft_writes() -> None:
    """Guards against a vacuous pass: the one APPEND is found, and the Maildir's draft writes
    would be flagged anywhere but in the draft writer."""
    imap = (DAEMON / "mail" / "imap.py").read_text()
    appends = [c for c in _calls(ast.parse(imap)) if _attr(c) == "append" and len(c.args) == 4]
    assert len(appends) == 1
    maildir = (DAEMON / "mail" / "maildir.py").read_text()
    assert file_writes_outside_drafts("maildir.py", maildir.replace("_write_draft", "_save"))
