"""The record's schema, as a list of migrations applied in order, each in its own transaction.

Never edit a migration that has shipped: append a new one. `schema_version` holds how many
have been applied; a record newer than this code is refused rather than damaged.
"""

from __future__ import annotations

import sqlite3

from .errors import EX_CONFIG, UserError

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE applications (
        id INTEGER PRIMARY KEY,
        company TEXT NOT NULL,
        company_key TEXT NOT NULL,
        role TEXT,
        stage TEXT NOT NULL,
        domain TEXT,
        decision_by TEXT,
        closed_reason TEXT,
        confidence REAL NOT NULL DEFAULT 1.0,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX applications_company ON applications(company_key);
    CREATE INDEX applications_domain ON applications(domain);

    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        folder TEXT NOT NULL,
        uid TEXT NOT NULL,
        application_id INTEGER REFERENCES applications(id),
        incoming INTEGER NOT NULL,
        date TEXT NOT NULL,
        kind TEXT NOT NULL,
        sender_name TEXT,
        sender_email TEXT,
        recipients TEXT NOT NULL DEFAULT '[]',
        subject TEXT NOT NULL DEFAULT '',
        thread TEXT NOT NULL DEFAULT '[]',
        confidence REAL NOT NULL DEFAULT 1.0,
        requested TEXT NOT NULL DEFAULT '[]',
        decision_by TEXT,
        followup_key TEXT
    );
    CREATE INDEX messages_application ON messages(application_id);
    CREATE INDEX messages_key ON messages(followup_key);

    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        role TEXT NOT NULL,
        name TEXT,
        email TEXT,
        title TEXT
    );
    CREATE INDEX people_application ON people(application_id);

    CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        interviewers TEXT NOT NULL DEFAULT '[]',
        cancelled INTEGER NOT NULL DEFAULT 0,
        confidence REAL NOT NULL DEFAULT 1.0,
        ical_uid TEXT,
        ical_sequence INTEGER,
        source_message_id TEXT
    );
    CREATE INDEX interviews_application ON interviews(application_id);
    CREATE INDEX interviews_uid ON interviews(ical_uid);

    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        interview_id INTEGER REFERENCES interviews(id),
        text TEXT NOT NULL,
        created TEXT NOT NULL
    );

    CREATE TABLE drafts (
        key TEXT PRIMARY KEY,
        rule TEXT NOT NULL,
        application_id INTEGER NOT NULL,
        state TEXT NOT NULL,
        due TEXT,
        recipient TEXT,
        subject TEXT,
        message_id TEXT,
        source TEXT,
        folder TEXT,
        uid TEXT,
        placed_at TEXT,
        problems TEXT NOT NULL DEFAULT '[]',
        updated TEXT NOT NULL
    );

    CREATE TABLE checkpoints (
        source TEXT NOT NULL,
        folder TEXT NOT NULL,
        validity TEXT NOT NULL,
        last_uid TEXT NOT NULL,
        modseq TEXT,
        PRIMARY KEY (source, folder)
    );

    CREATE TABLE quarantine (
        source TEXT NOT NULL,
        folder TEXT NOT NULL,
        uid TEXT NOT NULL,
        message_id TEXT,
        stage TEXT NOT NULL,
        error TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (source, folder, uid)
    );

    CREATE TABLE sync (
        source TEXT PRIMARY KEY,
        last_success TEXT,
        last_error TEXT,
        last_error_at TEXT,
        failures INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 2: which interview a draft is about (rule limits per interview) and its send-by deadline
    """
    ALTER TABLE drafts ADD COLUMN interview_id INTEGER;
    ALTER TABLE drafts ADD COLUMN send_by TEXT
    """,
    # 3: every message ingested looks its sender up among the application's people
    """
    CREATE INDEX people_email ON people(email)
    """,
    # 4: when an interview was cancelled (a calendar event's change time, else when seen)
    """
    ALTER TABLE interviews ADD COLUMN cancelled_at TEXT
    """,
)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date; returns the version now in place."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    version = row[0] if row else 0
    if version > len(MIGRATIONS):
        raise UserError(
            f"the record was written by a newer followup (schema {version}, this one knows "
            f"{len(MIGRATIONS)}); upgrade followup",
            exit_code=EX_CONFIG,  # like a bad setting: systemd must not restart it in a loop
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        _apply(conn, number, script)
    return len(MIGRATIONS)


def _apply(conn: sqlite3.Connection, number: int, script: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
