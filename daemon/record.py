"""The record: everything followup knows, in one SQLite file (WAL mode, schema migrations).

Every change happens in a transaction, so a `kill -9` at any moment leaves a consistent record.
Messages are unique by Message-ID (re-reading a renumbered folder adds nothing), drafts by
their stable key: the intent is recorded before the draft is appended, its place after.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from . import track
from .errors import EX_CONFIG, EX_TEMPFAIL, UserError
from .interviews import people_to_json
from .migrations import migrate
from .model import (
    Email,
    Facts,
    Kind,
    Me,
    RawMessage,
    Reference,
    Snapshot,
    Stage,
)
from .record_drafts import DraftLog
from .record_sources import SourceLog
from .snapshot import read_snapshot
from .timefmt import ts

_CLOSING = {Stage.WITHDRAWN.value, Stage.OFFER.value, Stage.REJECTED.value}
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")  # sqlite3 error names (prefixes)
_SURROUNDINGS = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_PERM")


@dataclass(frozen=True)
class _Arrival:
    """One message on its way into the record."""

    raw: RawMessage
    email: Email
    facts: Facts | None
    incoming: bool
    message_id: str
    at: datetime

    @property
    def thread(self) -> tuple[str, ...]:
        parent = (self.email.in_reply_to,) if self.email.in_reply_to else ()
        return tuple(dict.fromkeys((*self.email.references, *parent)))


@dataclass(frozen=True)
class AppSummary:
    """One row of `followup status`: an application, without the heavy parts."""

    id: int
    company: str
    role: str | None
    stage: Stage
    confidence: float


class Record(SourceLog, DraftLog):
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._bookkeeping = 0  # rows changed that no snapshot reads (checkpoints, sync)
        self._snapshot: tuple[tuple[object, ...], Snapshot] | None = None
        self._employers: tuple[tuple[object, ...], frozenset[str]] | None = None

    @classmethod
    def open(cls, path: Path) -> Record:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        except (OSError, sqlite3.Error) as err:
            why = (err.strerror if isinstance(err, OSError) else None) or str(err)
            raise UserError(
                f"cannot open the record at {path}: {why} (make {path.parent} writable, or set "
                "state_dir in the settings)",
                exit_code=74,
            ) from None
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            migrate(conn)
        except (sqlite3.OperationalError, UserError):  # locked, busy, newer: not damaged
            conn.close()
            raise
        except sqlite3.DatabaseError as err:  # not SQLite at all, or damaged
            conn.close()
            raise damaged(path, err) from None
        return cls(conn, path)

    def check(self) -> None:
        """Read every page (slow on a big record: for `doctor`); damage found by a query
        later is reported by the command line with `damaged` too."""
        try:
            found = [str(row[0]) for row in self.conn.execute("PRAGMA quick_check(3)")]
        except sqlite3.DatabaseError as err:
            raise damaged(self.path, err) from None
        if found != ["ok"]:
            raise damaged(self.path, sqlite3.DatabaseError("; ".join(found)))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Record:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, bookkeeping: bool = False) -> Iterator[sqlite3.Connection]:
        """One atomic change. Nested use is a savepoint inside the outer transaction: a
        failed inner change is undone alone, and only the outer one commits (and syncs).
        `bookkeeping`: the change touches nothing a snapshot reads (checkpoints, sync)."""
        if bookkeeping:
            before = self.conn.total_changes
            try:
                with self.transaction() as conn:
                    yield conn
            finally:
                self._bookkeeping += self.conn.total_changes - before
            return
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT inner")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK TO inner")
                self.conn.execute("RELEASE inner")
                raise
            self.conn.execute("RELEASE inner")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT version FROM schema_version").fetchone()[0])

    # --- messages and facts ----------------------------------------------------------------

    def has_message(self, message_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM messages WHERE message_id = ?", (message_id,))
        return row.fetchone() is not None

    def add_message(
        self,
        raw: RawMessage,
        email: Email,
        facts: Facts | None,
        incoming: bool,
        now: datetime | None = None,
    ) -> int | None:
        """Record a message once (by Message-ID) and merge its facts; returns its application."""
        message_id = email.message_id or _synthetic_id(raw)
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT application_id FROM messages WHERE message_id = ?", (message_id,)
            ).fetchone()
            if row is not None:
                return None if row[0] is None else int(row[0])
            at = email.date or now or datetime.now(UTC)
            arrival = _Arrival(raw, email, facts, incoming, message_id, at)
            app_id = self._attach(conn, arrival)
            self._insert_message(conn, arrival, app_id)
            return app_id

    def _attach(self, conn: sqlite3.Connection, m: _Arrival) -> int | None:
        email, facts = m.email, m.facts
        addresses = (
            [email.sender.email] if m.incoming else [p.email for p in (*email.to, *email.cc)]
        )
        app_id = track.find_application(conn, facts, m.thread, addresses)
        domain = track.own_domain(email.sender.email) if m.incoming else None
        if app_id is None and m.incoming and facts is not None and track.starts_application(facts):
            app_id = track.create_application(conn, facts, domain, m.at)
        if app_id is not None and facts is not None and m.incoming:
            track.apply_facts(conn, app_id, facts, domain=domain, message_id=m.message_id, at=m.at)
        return app_id

    def _insert_message(self, conn: sqlite3.Connection, m: _Arrival, app_id: int | None) -> None:
        email, facts = m.email, m.facts
        conn.execute(
            "INSERT INTO messages (message_id, source, folder, uid, application_id, incoming, "
            "date, kind, sender_name, sender_email, recipients, subject, thread, confidence, "
            "requested, decision_by, followup_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                m.message_id,
                m.raw.source,
                m.raw.folder,
                m.raw.uid,
                app_id,
                int(m.incoming),
                ts(m.at),
                (facts.kind if facts else Kind.OTHER).value,
                email.sender.name,
                _lower(email.sender.email),
                people_to_json((*email.to, *email.cc)),
                email.subject,
                json.dumps(list(dict.fromkeys(m.thread))),
                facts.confidence if facts else 1.0,
                json.dumps(list(facts.requested) if facts else []),
                facts.decision_by.isoformat() if facts and facts.decision_by else None,
                _header(email, "X-Followup-Key"),
            ),
        )

    def add_event_facts(self, source: str, facts: Facts, now: datetime) -> bool:
        """A calendar event's facts, read again every cycle; True when the record learned
        something. A cancellation (dated by the event's `updated`, else `now`) counts only
        for an interview not yet started then (track.apply_facts)."""
        del source  # events are keyed by their UID, whichever calendar they come from
        contact = facts.contact.email if facts.contact else None
        changed = min(facts.updated or now, now)  # a calendar's clock may run ahead of ours
        with self.transaction() as conn:
            app_id = track.find_application(conn, facts, (), [contact])
            domain = track.own_domain(contact)
            created = False
            if app_id is None and track.starts_application(facts):
                app_id = track.create_application(conn, facts, domain, now)
                created = app_id is not None
            if app_id is None:
                return False
            learned = track.apply_facts(
                conn, app_id, facts, domain=domain, message_id=None, at=now, noticed=changed
            )
            return created or learned

    # --- applications ---------------------------------------------------------------------

    def applications(self) -> list[AppSummary]:
        rows = self.conn.execute("SELECT * FROM applications ORDER BY id").fetchall()
        return [
            AppSummary(r["id"], r["company"], r["role"], Stage(r["stage"]), r["confidence"])
            for r in rows
        ]

    def employer_domains(self) -> frozenset[str]:
        """The mail domains of the employers applied to: each application's own and its
        contacts' and interviewers' (never a free-mail or recruiting-service domain). Asked
        before every cycle: read again only when the record changed (a quiet poll is cheap)."""
        if self.conn.in_transaction:  # what it would show may yet be rolled back: no reuse
            return self._read_employer_domains()
        key = self._change_key()
        if self._employers is None or self._employers[0] != key:
            self._employers = (key, self._read_employer_domains())
        return self._employers[1]

    def _read_employer_domains(self) -> frozenset[str]:
        rows = self.conn.execute(
            "SELECT domain FROM applications WHERE domain IS NOT NULL "
            "UNION SELECT email FROM people WHERE email IS NOT NULL"
        ).fetchall()
        found = (track.own_domain(r[0] if "@" in r[0] else f"x@{r[0]}") for r in rows)
        return frozenset(d for d in found if d)

    def find_application(self, text: str) -> int:
        """An application by id or by part of its company name; exactly one must match."""
        apps = self.applications()
        if text.isdigit() and any(a.id == int(text) for a in apps):
            return int(text)
        wanted = text.strip().casefold()
        matches = [a for a in apps if wanted in a.company.casefold()]
        exact = [a for a in matches if wanted == a.company.casefold()]  # "Acme" beside "Acme X"
        if len(matches) == 1 or len(exact) == 1:
            return (exact or matches)[0].id
        names = ", ".join(f"{a.id} {a.company}" for a in (matches or apps)) or "none yet"
        what = "matches several applications" if matches else "matches no application"
        raise UserError(f"{text!r} {what} (known: {names}); give its id")

    def set_stage(self, app_id: int, stage: Stage, reason: str, now: datetime) -> None:
        with self.transaction() as conn:
            track.set_stage(conn, app_id, stage, reason, now)

    def settle_stages(self, now: datetime) -> int:
        with self.transaction() as conn:
            return track.settle(conn, now)

    def close_application(self, app_id: int, reason: str, now: datetime) -> None:
        """Close an application (withdrawn, offer, rejected): nothing more is drafted for it."""
        stage = Stage(reason) if reason in _CLOSING else Stage.WITHDRAWN
        self.set_stage(app_id, stage, reason, now)

    def snapshot(self, me: Me, references: tuple[Reference, ...] = ()) -> Snapshot:
        """Everything plan needs, read in one transaction; the same value again while
        nothing it reads has changed here or in another process (a quiet cycle is cheap)."""
        if self.conn.in_transaction:  # what it would show may yet be rolled back: no reuse
            return read_snapshot(self.conn, me, references)
        key = (*self._change_key(), me, tuple(references))
        if self._snapshot is None or self._snapshot[0] != key:
            with self.transaction(bookkeeping=True) as conn:
                self._snapshot = (key, read_snapshot(conn, me, references))
        return self._snapshot[1]

    def _change_key(self) -> tuple[int, int]:
        """Changes here (less bookkeeping no reader looks at) and in other processes."""
        others = self.conn.execute("PRAGMA data_version").fetchone()[0]
        return (self.conn.total_changes - self._bookkeeping, int(others))

    def add_note(
        self, app_id: int, text: str, now: datetime, interview_id: int | None = None
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO notes (application_id, interview_id, text, created) "
                "VALUES (?, ?, ?, ?)",
                (app_id, interview_id, text, ts(now)),
            )

    def set_decision_by(self, app_id: int, day: date, now: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE applications SET decision_by = ?, updated = ? WHERE id = ?",
                (day.isoformat(), ts(now), app_id),
            )

    # --- messages by application --------------------------------------------------------

    def source_of(self, app_id: int) -> str | None:
        """The mailbox that last brought mail for this application."""
        row = self.conn.execute(
            "SELECT source FROM messages WHERE application_id = ? AND "
            "incoming = 1 ORDER BY date DESC LIMIT 1",
            (app_id,),
        ).fetchone()
        return None if row is None else str(row[0])


def is_damage(err: BaseException) -> bool:
    """SQLite found the file damaged (not locked, busy, read-only: not a wrong query)."""
    if not isinstance(err, sqlite3.DatabaseError):
        return False
    name: str | None = getattr(err, "sqlite_errorname", None)
    return name.startswith(_DAMAGE) if name else type(err) is sqlite3.DatabaseError


def record_problem(path: Path | str, err: BaseException) -> UserError | None:
    """What the user can do about an SQLite error met by a query; None for a bug (bad SQL,
    a broken constraint), which keeps its traceback."""
    name: str = getattr(err, "sqlite_errorname", None) or ""
    if is_damage(err):
        return damaged(path, err)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return UserError(
            f"the record at {path} is busy ({err}): another followup is writing; try again",
            exit_code=EX_TEMPFAIL,
        )
    if name.startswith(_SURROUNDINGS):
        return UserError(
            f"cannot use the record at {path} ({err}): check who may write it and "
            f"{Path(path).parent}, and the free space on the disk",
            exit_code=74,
        )
    return None


def damaged(path: Path | str, err: BaseException) -> UserError:
    """The record's file is damaged: say so and how to go on; never replace it silently."""
    return UserError(
        f"the record is damaged ({err}): move it aside (mv {path} {path}.damaged) and "
        "followup starts a new one, reading your mail again",
        exit_code=EX_CONFIG,
    )


def _synthetic_id(raw: RawMessage) -> str:
    digest = hashlib.sha256(raw.data).hexdigest()[:32]
    return f"<{digest}@no-message-id.followup>"


def _header(email: Email, name: str) -> str | None:
    for key, value in email.headers.items():
        if key.casefold() == name.casefold():
            return value.strip()
    return None


def _lower(address: str | None) -> str | None:
    return address.casefold() if address else None
