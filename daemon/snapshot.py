"""Reading the record into the frozen `Snapshot` that plan works on."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from .interviews import people_from_json
from .model import (
    Application,
    DraftRecord,
    DraftState,
    Interview,
    Kind,
    Me,
    MessageRef,
    Note,
    Person,
    Reference,
    Snapshot,
    Stage,
)
from .timefmt import from_ts, maybe_date, maybe_ts


def read_snapshot(conn: sqlite3.Connection, me: Me, references: Sequence[Reference]) -> Snapshot:
    # Only what plan reads: an application's messages and the user's own (Sent). The rest
    # of the mailbox (most of it) stays on disk, so a cycle does not grow with its size.
    rows = conn.execute(
        "SELECT * FROM messages WHERE application_id IS NOT NULL OR incoming = 0 ORDER BY date, id"
    )
    messages = [_message(r) for r in rows]
    interviews = _interviews(conn)
    notes = _notes(conn)
    contacts = _contacts(conn)
    by_app: dict[int, list[MessageRef]] = defaultdict(list)
    for ref in messages:
        if ref.application_id is not None:
            by_app[ref.application_id].append(ref)
    apps = tuple(
        Application(
            id=row["id"],
            company=row["company"],
            role=row["role"],
            stage=Stage(row["stage"]),
            domain=row["domain"],
            decision_by=maybe_date(row["decision_by"]),
            contacts=tuple(contacts[row["id"]]),
            interviews=tuple(interviews[row["id"]]),
            messages=tuple(by_app[row["id"]]),
            notes=tuple(notes[row["id"]]),
        )
        for row in conn.execute("SELECT * FROM applications ORDER BY id")
    )
    drafts = {r["key"]: draft_record(r) for r in conn.execute("SELECT * FROM drafts")}
    sent = tuple(m for m in messages if not m.incoming)
    return Snapshot(
        me=me, references=tuple(references), applications=apps, drafts=drafts, sent=sent
    )


def _message(row: sqlite3.Row) -> MessageRef:
    return MessageRef(
        message_id=row["message_id"],
        application_id=row["application_id"],
        incoming=bool(row["incoming"]),
        date=from_ts(row["date"]),
        kind=Kind(row["kind"]),
        sender=Person(row["sender_name"], row["sender_email"]),
        to=people_from_json(row["recipients"]),
        subject=row["subject"],
        references=tuple(json.loads(row["thread"])),
        confidence=row["confidence"],
        requested=tuple(json.loads(row["requested"])),
        decision_by=maybe_date(row["decision_by"]),
    )


def _interviews(conn: sqlite3.Connection) -> dict[int, list[Interview]]:
    """Per application, by start; rounds count the interviews that were not cancelled."""
    found: dict[int, list[Interview]] = defaultdict(list)
    rounds: dict[int, int] = defaultdict(int)
    for row in conn.execute("SELECT * FROM interviews ORDER BY application_id, start, id"):
        app = row["application_id"]
        if not row["cancelled"]:
            rounds[app] += 1
        found[app].append(
            Interview(
                id=row["id"],
                application_id=app,
                start=from_ts(row["start"]),
                end=from_ts(row["end"]),
                interviewers=people_from_json(row["interviewers"]),
                cancelled=bool(row["cancelled"]),
                confidence=row["confidence"],
                ical_uid=row["ical_uid"],
                source_message_id=row["source_message_id"],
                round=max(rounds[app], 1),
                cancelled_at=maybe_ts(row["cancelled_at"]),
            )
        )
    return found


def _notes(conn: sqlite3.Connection) -> dict[int, list[Note]]:
    found: dict[int, list[Note]] = defaultdict(list)
    for row in conn.execute("SELECT * FROM notes ORDER BY created, id"):
        found[row["application_id"]].append(
            Note(
                application_id=row["application_id"],
                text=row["text"],
                created=from_ts(row["created"]),
                interview_id=row["interview_id"],
            )
        )
    return found


def _contacts(conn: sqlite3.Connection) -> dict[int, list[Person]]:
    found: dict[int, list[Person]] = defaultdict(list)
    for row in conn.execute("SELECT * FROM people WHERE role = 'contact' ORDER BY id"):
        found[row["application_id"]].append(Person(row["name"], row["email"], row["title"]))
    return found


def draft_record(row: sqlite3.Row) -> DraftRecord:
    return DraftRecord(
        key=row["key"],
        rule=row["rule"],
        application_id=row["application_id"],
        state=DraftState(row["state"]),
        due=maybe_ts(row["due"]),
        to=row["recipient"],
        subject=row["subject"],
        placed_at=maybe_ts(row["placed_at"]),
        problems=tuple(json.loads(row["problems"])),
        source=row["source"],
        interview_id=row["interview_id"],
        send_by=maybe_ts(row["send_by"]),
    )
