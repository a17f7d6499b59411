"""The record's book-keeping about sources: how far each folder was read (checkpoints keyed
by validity), messages set aside because they broke a stage, and each source's last success
and last error. A mixin of `Record`: it uses its connection and transactions."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime

from .mail import Checkpoint
from .model import RawMessage
from .timefmt import maybe_ts, ts


@dataclass(frozen=True)
class Quarantined:
    source: str
    folder: str
    uid: str
    message_id: str | None
    stage: str
    error: str
    at: datetime


@dataclass(frozen=True)
class SyncStatus:
    source: str
    last_success: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    failures: int


class SourceLog:
    conn: sqlite3.Connection

    def transaction(self, bookkeeping: bool = False) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def checkpoint(self, source: str, folder: str) -> Checkpoint | None:
        row = self.conn.execute(
            "SELECT * FROM checkpoints WHERE source = ? AND folder = ?", (source, folder)
        ).fetchone()
        return None if row is None else Checkpoint(row["validity"], row["last_uid"], row["modseq"])

    def save_checkpoint(self, source: str, folder: str, checkpoint: Checkpoint) -> None:
        with self.transaction(bookkeeping=True) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO checkpoints (source, folder, validity, last_uid,"
                " modseq) VALUES (?, ?, ?, ?, ?)",
                (source, folder, checkpoint.validity, checkpoint.last_uid, checkpoint.modseq),
            )

    def quarantine(
        self, raw: RawMessage, stage: str, error: str, now: datetime, message_id: str | None = None
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO quarantine (source, folder, uid, message_id, "
                "stage, error, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (raw.source, raw.folder, raw.uid, message_id, stage, error[:500], ts(now)),
            )

    def is_quarantined(self, raw: RawMessage) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM quarantine WHERE source = ? AND folder = ? AND uid = ?",
            (raw.source, raw.folder, raw.uid),
        ).fetchone()
        return row is not None

    def quarantined(self) -> list[Quarantined]:
        rows = self.conn.execute("SELECT * FROM quarantine ORDER BY at").fetchall()
        return [
            Quarantined(
                r["source"],
                r["folder"],
                r["uid"],
                r["message_id"],
                r["stage"],
                r["error"],
                maybe_ts(r["at"]) or datetime.now(UTC),
            )
            for r in rows
        ]

    def sync_ok(self, source: str, now: datetime) -> None:
        with self.transaction(bookkeeping=True) as conn:
            conn.execute(
                "INSERT INTO sync (source, last_success, failures) VALUES (?, ?, 0) "
                "ON CONFLICT(source) DO UPDATE SET last_success = excluded.last_success,"
                " failures = 0, last_error = NULL",
                (source, ts(now)),
            )

    def sync_failed(self, source: str, error: str, now: datetime) -> None:
        with self.transaction(bookkeeping=True) as conn:
            conn.execute(
                "INSERT INTO sync (source, last_error, last_error_at, failures) "
                "VALUES (?, ?, ?, 1) ON CONFLICT(source) DO UPDATE SET "
                "last_error = excluded.last_error, last_error_at = excluded.last_error_at,"
                " failures = failures + 1",
                (source, error[:500], ts(now)),
            )

    def sync_status(self) -> list[SyncStatus]:
        rows = self.conn.execute("SELECT * FROM sync ORDER BY source").fetchall()
        return [
            SyncStatus(
                r["source"],
                maybe_ts(r["last_success"]),
                r["last_error"],
                maybe_ts(r["last_error_at"]),
                r["failures"],
            )
            for r in rows
        ]
