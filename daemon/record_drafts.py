"""The record's drafts: the intent to place one (before it is appended), where it was placed,
and the user's decision on it. A draft key only moves forward (planned -> placed -> sent or
declined); nothing goes back, so a deleted draft is never made again. A mixin of `Record`."""

from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from .interviews import people_from_json
from .mail import Placed
from .model import Draft, DraftRecord, DraftState
from .snapshot import draft_record
from .timefmt import ts

# Allowed moves of a draft key; anything else is refused (nothing goes back).
_MOVES = {
    DraftState.PLANNED: {DraftState.PLACED, DraftState.WITHDRAWN},
    DraftState.PLACED: {DraftState.SENT, DraftState.DECLINED, DraftState.STALE},
    DraftState.STALE: {DraftState.SENT, DraftState.DECLINED},
    DraftState.DECLINED: {DraftState.SENT},  # it showed up in Sent after all
}


class DraftLog:
    conn: sqlite3.Connection

    def transaction(self, bookkeeping: bool = False) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def intend(
        self, draft: Draft, now: datetime | None = None, source: str | None = None
    ) -> DraftRecord:
        """Record the intent to place a draft (before appending it). Existing keys keep their
        state: a declined draft stays declined."""
        to = ", ".join(p.email for p in draft.to if p.email)
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO drafts (key, rule, application_id, state, due, recipient,"
                " subject, source, updated, interview_id, send_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft.key,
                    draft.rule,
                    draft.application_id,
                    DraftState.PLANNED.value,
                    ts(draft.due),
                    to,
                    draft.subject,
                    source,
                    ts(now or datetime.now(UTC)),
                    draft.interview_id,
                    ts(draft.send_by) if draft.send_by else None,
                ),
            )
        found = self.draft(draft.key)
        assert found is not None
        return found

    def placed(self, key: str, where: Placed, now: datetime | None = None) -> None:
        with self.transaction() as conn:
            self._move(conn, key, DraftState.PLACED)
            conn.execute(
                "UPDATE drafts SET message_id = ?, folder = ?, uid = ?, placed_at = ?"
                " WHERE key = ?",
                (
                    where.message_id.strip().strip("<>"),
                    where.folder,
                    where.uid,
                    ts(now or datetime.now(UTC)),
                    key,
                ),
            )

    def mark(self, key: str, state: DraftState, now: datetime | None = None) -> bool:
        """Move a draft to a later state; False when the move is not allowed (no change)."""
        with self.transaction() as conn:
            row = conn.execute("SELECT state FROM drafts WHERE key = ?", (key,)).fetchone()
            if row is None or state not in _MOVES.get(DraftState(row["state"]), set()):
                return False
            conn.execute(
                "UPDATE drafts SET state = ?, updated = ? WHERE key = ?",
                (state.value, ts(now or datetime.now(UTC)), key),
            )
            return True

    def mark_sent(self, key: str, now: datetime) -> bool:
        return self.mark(key, DraftState.SENT, now)

    def _move(self, conn: sqlite3.Connection, key: str, state: DraftState) -> None:
        row = conn.execute("SELECT state FROM drafts WHERE key = ?", (key,)).fetchone()
        if row is None or state not in _MOVES.get(DraftState(row["state"]), set()):
            current = row["state"] if row else "unknown"
            raise ValueError(f"draft {key}: cannot go from {current} to {state.value}")
        conn.execute("UPDATE drafts SET state = ? WHERE key = ?", (state.value, key))

    def set_problems(self, key: str, problems: tuple[str, ...]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE drafts SET problems = ? WHERE key = ?", (json.dumps(list(problems)), key)
            )

    def draft(self, key: str) -> DraftRecord | None:
        row = self.conn.execute("SELECT * FROM drafts WHERE key = ?", (key,)).fetchone()
        return None if row is None else draft_record(row)

    def drafts(self) -> dict[str, DraftRecord]:
        rows = self.conn.execute("SELECT * FROM drafts ORDER BY due, key").fetchall()
        return {row["key"]: draft_record(row) for row in rows}

    def draft_message_id(self, key: str) -> str | None:
        row = self.conn.execute("SELECT message_id FROM drafts WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def sent_matching(
        self, key: str, message_id: str | None, to: str | None, subject: str | None
    ) -> bool:
        """Whether the user's sent mail holds this draft: by key, Message-ID, or recipient and
        subject (a client may give a sent draft a new Message-ID)."""
        rows = self.conn.execute(
            "SELECT followup_key, message_id, recipients, subject FROM messages WHERE incoming = 0"
        ).fetchall()
        for row in rows:
            if row["followup_key"] == key or (message_id and row["message_id"] == message_id):
                return True
            addresses = {p.email.casefold() for p in people_from_json(row["recipients"]) if p.email}
            if (
                to
                and subject
                and _norm_subject(row["subject"]) == _norm_subject(subject)
                and {a.strip().casefold() for a in to.split(",")} & addresses
            ):
                return True
        return False


def _norm_subject(subject: str) -> str:
    text = subject.strip()
    while text[:3].casefold() in ("re:", "fw:") or text[:4].casefold() == "fwd:":
        text = text.split(":", 1)[1].strip()
    return " ".join(text.casefold().split())
