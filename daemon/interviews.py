"""Interviews and the people in them: one interview per iCalendar UID (else per start time),
moved by a reschedule, cancelled by a cancellation, its interviewers accumulating as more
messages name them. Runs inside the caller's transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from .model import Facts, Kind, Person
from .timefmt import ts


def same_person(
    email_a: str | None, name_a: str | None, email_b: str | None, name_b: str | None
) -> bool:
    if email_a and email_b:
        return email_a.casefold() == email_b.casefold()
    return bool(name_a and name_b and name_a.casefold() == name_b.casefold())


def upsert_interview(
    conn: sqlite3.Connection,
    app_id: int,
    facts: Facts,
    message_id: str | None,
    *,
    noticed: datetime | None = None,
    at: datetime | None = None,
) -> bool:
    """Insert, move, complete or cancel an interview; False when nothing changed. With
    `noticed` (a calendar's cancellation, made at that time), a cancellation of an interview
    that had already started by then is ignored: calendars drop and tidy up past events, and
    that must not withdraw the thank-yous for an interview that took place. A cancellation
    is dated `noticed`, else `at` (the message's time)."""
    assert facts.start is not None
    row = _matching_interview(conn, app_id, facts)
    if row is not None and _older(row, facts):
        return False  # an out-of-date copy of the invitation
    if facts.kind is Kind.CANCELLATION:
        if row is None or row["cancelled"]:
            return False
        if noticed is not None and row["start"] <= ts(noticed):
            return False
        when = noticed or at
        conn.execute(
            "UPDATE interviews SET cancelled = 1, ical_sequence = ?, cancelled_at = ? WHERE id = ?",
            (facts.ical_sequence, ts(when) if when else None, row["id"]),
        )
        return True
    end = facts.end or facts.start + timedelta(hours=1)
    if row is None:
        conn.execute(
            "INSERT INTO interviews (application_id, start, end, interviewers, confidence, "
            "ical_uid, ical_sequence, source_message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (app_id, ts(facts.start), ts(end), people_to_json(facts.interviewers),
             facts.confidence, facts.ical_uid, facts.ical_sequence, message_id),
        )  # fmt: skip
        return True
    return _update_interview(conn, row, facts, end, message_id)


def _update_interview(
    conn: sqlite3.Connection, row: sqlite3.Row, facts: Facts, end: datetime,
    message_id: str | None,
) -> bool:  # fmt: skip
    assert facts.start is not None
    people = people_to_json(
        _merge_people(people_from_json(row["interviewers"]), facts.interviewers)
    )
    new = {
        "start": ts(facts.start), "end": ts(end), "interviewers": people, "cancelled": 0,
        "confidence": max(row["confidence"], facts.confidence),
        "ical_uid": row["ical_uid"] or facts.ical_uid,
        "ical_sequence": row["ical_sequence"] if facts.ical_sequence is None
        else facts.ical_sequence,
        "source_message_id": row["source_message_id"] or message_id,
    }  # fmt: skip
    if all(row[k] == v for k, v in new.items()):
        return False
    sets = ", ".join(f"{k} = ?" for k in new)
    conn.execute(f"UPDATE interviews SET {sets} WHERE id = ?", (*new.values(), row["id"]))  # noqa: S608 - fixed column names
    return True


def _matching_interview(conn: sqlite3.Connection, app_id: int, facts: Facts) -> sqlite3.Row | None:
    assert facts.start is not None
    if facts.ical_uid:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM interviews WHERE ical_uid = ?", (facts.ical_uid,)
        ).fetchone()
        if row is not None:
            return row
    row = conn.execute(
        "SELECT * FROM interviews WHERE application_id = ? AND start = ?", (app_id, ts(facts.start))
    ).fetchone()
    if row is not None or facts.kind not in (Kind.RESCHEDULE, Kind.CANCELLATION):
        return row
    # "we need to move Thursday's interview": the one upcoming interview without a UID
    upcoming = conn.execute(
        "SELECT * FROM interviews WHERE application_id = ? AND cancelled = 0 ORDER BY start DESC",
        (app_id,),
    ).fetchall()
    return (
        upcoming[0] if len(upcoming) == 1 or (upcoming and facts.kind is Kind.RESCHEDULE) else None
    )


def _older(row: sqlite3.Row, facts: Facts) -> bool:
    stored, new = row["ical_sequence"], facts.ical_sequence
    return stored is not None and new is not None and new < stored


def people_from_json(text: str) -> tuple[Person, ...]:
    return tuple(Person(**p) for p in json.loads(text))


def people_to_json(people: Iterable[Person]) -> str:
    return json.dumps([{"name": p.name, "email": p.email, "title": p.title} for p in people])


def _merge_people(old: Sequence[Person], new: Sequence[Person]) -> tuple[Person, ...]:
    merged = list(old)
    for person in new:
        for i, known in enumerate(merged):
            if same_person(known.email, known.name, person.email, person.name):
                merged[i] = Person(
                    person.name or known.name,
                    person.email or known.email,
                    person.title or known.title,
                )
                break
        else:
            merged.append(person)
    return tuple(merged)
