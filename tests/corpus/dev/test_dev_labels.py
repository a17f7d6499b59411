"""The development corpus is well-formed: every message parses, every label is consistent.

These checks use only the standard library and icalendar (not followup's own parser), so a
labelling mistake cannot hide behind a matching bug in the code under evaluation.
"""

from __future__ import annotations

import email
import json
import re
from datetime import date, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import icalendar
import pytest

HERE = Path(__file__).parent
EMLS = sorted(HERE.glob("*.eml"))
KINDS = {
    "invitation",
    "reschedule",
    "cancellation",
    "rejection",
    "offer",
    "next_steps",
    "info_request",
    "application_ack",
    "other",
}
KEYS = {"kind", "company", "role", "interviewers", "start", "end", "decision_by", "notes"}
HIRING_ICS_KINDS = {"invitation", "reschedule", "cancellation"}


def _load(path: Path) -> tuple[EmailMessage, dict[str, object]]:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return msg, label


def _text(msg: EmailMessage) -> str:
    """All decoded text parts plus the address headers, for 'does this name occur' checks."""
    chunks = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Reply-To", "Subject")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            content = part.get_content()
            content = content if isinstance(content, str) else content.decode()
            if part.get_content_type() == "text/calendar":  # unfold iCalendar content lines
                content = content.replace("\r\n ", "").replace("\n ", "")
            chunks.append(content)
    text = "\n".join(chunks)
    return re.sub(r"&[a-z]+;|&#\d+;", " ", text)


def _calendars(msg: EmailMessage) -> list[icalendar.Calendar]:
    cals = []
    for part in msg.walk():
        name = part.get_filename() or ""
        if part.get_content_type() in ("text/calendar", "application/ics") or name.endswith(".ics"):
            raw = part.get_content()
            cals.append(icalendar.Calendar.from_ical(raw))
    return cals


def test_corpus_size_and_mix() -> None:
    kinds = [json.loads(p.with_suffix(".json").read_text())["kind"] for p in EMLS]
    assert len(kinds) >= 120
    for kind in KINDS - {"other"}:
        assert kinds.count(kind) >= 8, kind
    assert 0.25 <= kinds.count("other") / len(kinds) <= 0.45


@pytest.mark.parametrize("path", EMLS, ids=[p.stem for p in EMLS])
def test_message_parses_and_label_is_consistent(path: Path) -> None:
    msg, label = _load(path)
    assert set(label) == KEYS
    assert label["kind"] in KINDS
    for header in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert msg[header] is not None, header
    sent = msg["Date"].datetime
    assert sent.tzinfo is not None
    for part in msg.walk():
        assert not part.defects, (part.get_content_type(), part.defects)

    text = _text(msg)
    folded = text.casefold()
    if label["company"] is not None:
        assert str(label["company"]).casefold() in folded
    if label["role"] is not None:
        assert str(label["role"]).casefold() in folded
        assert not re.search(r"\b(?:JR|R)-\d+|\(\d{4}-\d+\)", str(label["role"]))
    for person in label["interviewers"]:  # type: ignore[attr-defined]
        assert set(person) == {"name", "email", "title"}
        name = person["name"]
        assert not re.match(r"(?:Dr|Mr|Mrs|Ms|Prof)\.? ", name)
        parts = name.split()
        surname_first = f"{' '.join(parts[1:])}, {parts[0]}" if len(parts) > 1 else name
        assert name.casefold() in folded or surname_first.casefold() in folded, name
        if person["email"]:
            assert person["email"].casefold() in folded
        if person["title"]:
            assert person["title"].casefold() in folded

    for key in ("start", "end"):
        if label[key] is not None:
            value = datetime.fromisoformat(str(label[key]))
            assert value.utcoffset() is not None
    if label["start"] and label["end"]:
        assert datetime.fromisoformat(str(label["end"])) > datetime.fromisoformat(
            str(label["start"])
        )
    if label["start"] and label["kind"] in {"invitation", "reschedule"}:
        assert datetime.fromisoformat(str(label["start"])) > sent
    if label["decision_by"] is not None:
        assert date.fromisoformat(str(label["decision_by"])) >= sent.date()
        assert label["kind"] in {"next_steps", "info_request", "application_ack"}

    if label["kind"] == "other":
        assert label["interviewers"] == [] and label["start"] is None
        assert label["decision_by"] is None

    calendars = _calendars(msg)
    if calendars and label["kind"] in HIRING_ICS_KINDS:
        event = next(iter(calendars[0].walk("VEVENT")))
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        assert datetime.fromisoformat(str(label["start"])) == start
        assert datetime.fromisoformat(str(label["end"])) == end
        if start.utcoffset().total_seconds() != 0 or "Z" not in event["DTSTART"].to_ical().decode():
            assert datetime.fromisoformat(str(label["start"])).utcoffset() == start.utcoffset()
        method = str(calendars[0].get("METHOD"))
        assert (method == "CANCEL") == (label["kind"] == "cancellation")
