"""`followup extract`: what each message says, for people and for other tools.

`--json` prints one object per line in DESIGN.md's format, plus `confidence`:
{"file", "kind", "company", "role", "interviewers": [{"name", "email", "title"}], "start",
"end", "decision_by", "confidence"} - datetimes ISO 8601 with offset, dates YYYY-MM-DD,
unknown values null.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import EX_DATAERR, EX_NOINPUT, UserError
from ..model import Facts
from .parse import parse
from .pipeline import Understander


def message_files(paths: Sequence[Path]) -> list[Path]:
    """The .eml files named or inside the folders named (a Maildir's cur/ and new/ too).
    A path that does not exist, or a folder with no messages, is a user error."""
    files: list[Path] = []
    for path in paths:
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            found = sorted(set(_in_folder(path)))  # a Maildir file may end in .eml too
            if not found:
                raise UserError(f"no messages (.eml files) in folder {path}", EX_NOINPUT)
            files.extend(found)
        else:
            raise UserError(f"no such file or folder: {path}", EX_NOINPUT)
    return files


def _in_folder(folder: Path) -> Iterator[Path]:
    yield from (p for p in folder.rglob("*.eml") if p.is_file())
    maildir = ("cur", "new")  # a Maildir's message files have no .eml suffix
    for sub in (folder,) if folder.name in maildir else (folder / s for s in maildir):
        if sub.is_dir():
            yield from (p for p in sub.iterdir() if p.is_file() and not p.name.startswith("."))


def facts_json(file: str, facts: Facts) -> dict[str, Any]:
    return {
        "file": file,
        "kind": facts.kind.value,
        "company": facts.company,
        "role": facts.role,
        "interviewers": [
            {"name": p.name, "email": p.email, "title": p.title} for p in facts.interviewers
        ],
        "start": facts.start.isoformat() if facts.start else None,
        "end": facts.end.isoformat() if facts.end else None,
        "decision_by": facts.decision_by.isoformat() if facts.decision_by else None,
        "confidence": facts.confidence,
    }


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise UserError(f"cannot read {path}: {err.strerror}", EX_NOINPUT) from None


def extract_command(paths: Sequence[Path], as_json: bool, model: str = "auto") -> int:
    files = message_files(paths)
    understander = Understander(model)
    if any(True for _ in files):
        understander.nlp  # noqa: B018 - load (or fail with exit 78) before any output
    skipped = 0
    for path in files:
        email = parse(_read(path))
        if not email.headers:  # empty, binary or plain text: no kind to report, not even other
            print(f"followup: {path}: not an email message (no headers); skipped", file=sys.stderr)
            skipped += 1
            continue
        record = facts_json(str(path), understander.facts(email))
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(_human(record))
        sys.stdout.flush()
    return EX_DATAERR if skipped else 0


def _human(record: dict[str, Any]) -> str:
    people = ", ".join(
        p["name"] + (f" ({p['title']})" if p["title"] else "") for p in record["interviewers"]
    )
    parts = [f"{record['file']}: {record['kind']} ({record['confidence']:.2f})"]
    for label, key in (
        ("company", "company"),
        ("role", "role"),
        ("start", "start"),
        ("end", "end"),
        ("decision by", "decision_by"),
    ):
        if record[key]:
            parts.append(f"  {label}: {record[key]}")
    if people:
        parts.append(f"  interviewers: {people}")
    return "\n".join(parts)
