"""Track: merge what one message (or calendar event) says into the record's applications.

A message joins an application by thread (In-Reply-To/References), by calendar UID, by the
sender's domain (never an applicant-tracking or free-mail domain: greenhouse.io writes for
hundreds of companies), by a known person's address, or by company name; else a hiring
message starts a new application. Interviews merge by iCalendar UID, else by start time.
These functions run inside the caller's transaction.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime

from .domains import is_shared
from .interviews import same_person, upsert_interview
from .model import CLOSED_STAGES, Facts, Kind, Person, Stage
from .timefmt import ts

LOW_CONFIDENCE = 0.5  # below this a fact is kept and shown for confirmation, never closes

_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})
_SUFFIXES = re.compile(
    r"\b(inc|incorporated|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|plc|bv)\b\.?"
)

_ADVANCE = {Kind.INVITATION: Stage.INTERVIEWING, Kind.RESCHEDULE: Stage.INTERVIEWING}
_CLOSE = {Kind.REJECTION: Stage.REJECTED, Kind.OFFER: Stage.OFFER}


def company_key(name: str) -> str:
    text = _SUFFIXES.sub(" ", name.casefold().replace("&", " and "))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def domain_of(address: str | None) -> str | None:
    """The organisation's domain of an address: mail.eng.acme.com -> acme.com."""
    if not address or "@" not in address:
        return None
    labels = address.rsplit("@", 1)[1].strip().strip(">").casefold().split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def shared(domain: str | None) -> bool:
    return domain is None or is_shared(domain)


def own_domain(address: str | None) -> str | None:
    """The domain, if it can identify an employer."""
    domain = domain_of(address)
    return None if shared(domain) else domain


# --- finding the application -------------------------------------------------------------


def find_application(
    conn: sqlite3.Connection,
    facts: Facts | None,
    thread: Sequence[str],
    addresses: Iterable[str | None],
) -> int | None:
    """Thread first (the strongest evidence), then calendar UID, domain, person, company."""
    found = _by_thread(conn, thread)
    if found is None and facts is not None and facts.ical_uid:
        found = _one(
            conn, "SELECT application_id FROM interviews WHERE ical_uid = ?", (facts.ical_uid,)
        )
    for address in addresses:
        if found is None:
            found = _by_address(conn, address, facts)
    if found is None and facts is not None and facts.company:
        found = _by_company(conn, facts.company, facts.role)
    return found


def _by_thread(conn: sqlite3.Connection, thread: Sequence[str]) -> int | None:
    if not thread:
        return None
    marks = ",".join("?" * len(thread))
    found = _one(
        conn,
        f"SELECT application_id FROM messages WHERE message_id IN ({marks}) "  # noqa: S608 - only placeholders
        "AND application_id IS NOT NULL ORDER BY date DESC LIMIT 1",
        tuple(thread),
    )
    if found is None:
        found = _one(
            conn,
            f"SELECT application_id FROM drafts WHERE message_id IN ({marks})",  # noqa: S608
            tuple(thread),
        )
    return found


def _by_address(conn: sqlite3.Connection, address: str | None, facts: Facts | None) -> int | None:
    if address and "@" in address:
        found = _one(
            conn,
            "SELECT application_id FROM people WHERE email = ? "
            "ORDER BY application_id DESC LIMIT 1",
            (address.casefold(),),
        )
        if found is not None:
            return found
    domain = own_domain(address)
    if domain is None:
        return None
    rows = conn.execute(
        "SELECT id, role, stage FROM applications WHERE domain = ? ORDER BY id DESC", (domain,)
    ).fetchall()
    return _pick(rows, facts.role if facts else None)


def _by_company(conn: sqlite3.Connection, company: str, role: str | None) -> int | None:
    """Same company: equal names, or one is the other plus words ("Copperleaf" and
    "Copperleaf Robotics")."""
    key = company_key(company)
    if not key:
        return None
    rows = conn.execute(
        "SELECT id, role, stage, company_key FROM applications ORDER BY id DESC"
    ).fetchall()
    same = [r for r in rows if _same_company(key, r["company_key"])]
    return _pick(same, role)


def _same_company(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return bool(short) and (short == long or long.startswith(short + " "))


def _pick(rows: Sequence[sqlite3.Row], role: str | None) -> int | None:
    """Among one employer's applications: the one for this role, else one without a role,
    else the newest open one; None when every one is for a clearly different role."""
    if role:
        for row in rows:
            if row["role"] and company_key(row["role"]) == company_key(role):
                return int(row["id"])
        rows = [r for r in rows if not r["role"] or similar_roles(r["role"], role)]
    open_rows = [r for r in rows if r["stage"] not in CLOSED_STAGES]
    chosen = (open_rows or list(rows))[:1]
    return int(chosen[0]["id"]) if chosen else None


def similar_roles(a: str, b: str) -> bool:
    """ "Backend Engineer" and "Backend Engineer, Fleet Services" are one role; "Data
    Engineer" and "Product Manager" are two (extracted titles vary, so be lenient)."""
    x, y = set(company_key(a).split()), set(company_key(b).split())
    return bool(x and y) and (x <= y or y <= x or len(x & y) / len(x | y) >= 0.5)


def _one(conn: sqlite3.Connection, sql: str, args: tuple[object, ...]) -> int | None:
    row = conn.execute(sql, args).fetchone()
    return None if row is None or row[0] is None else int(row[0])


# --- creating and updating ---------------------------------------------------------------


def starts_application(facts: Facts | None) -> bool:
    return facts is not None and facts.kind is not Kind.OTHER


def create_application(
    conn: sqlite3.Connection, facts: Facts, domain: str | None, at: datetime
) -> int | None:
    company = facts.company or (domain.split(".")[0].capitalize() if domain else None)
    if company is None:
        return None
    cursor = conn.execute(
        "INSERT INTO applications (company, company_key, role, stage, domain, confidence, "
        "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            company,
            company_key(company),
            facts.role,
            Stage.APPLIED.value,
            domain,
            facts.confidence,
            ts(at),
            ts(at),
        ),
    )
    return int(cursor.lastrowid or 0)


def apply_facts(
    conn: sqlite3.Connection,
    app_id: int,
    facts: Facts,
    *,
    domain: str | None,
    message_id: str | None,
    at: datetime,
    noticed: datetime | None = None,
) -> bool:
    """Merge facts into the application; True if the record learned something. A calendar
    event is seen again every cycle: only a change to its interview moves the stage. A
    calendar's cancellation `noticed` after its interview started changes nothing."""
    row = conn.execute("SELECT * FROM applications WHERE id = ?", (app_id,)).fetchone()
    _fill_in(conn, row, facts, domain, at)
    if facts.contact is not None:
        add_person(conn, app_id, "contact", facts.contact)
    changed = True
    if facts.start is not None:
        changed = upsert_interview(conn, app_id, facts, message_id, noticed=noticed, at=at)
    else:
        for person in facts.interviewers:
            add_person(conn, app_id, "interviewer", person)
    if changed or message_id is not None:
        _advance(conn, row, facts, at)
    return changed


def _fill_in(
    conn: sqlite3.Connection, row: sqlite3.Row, facts: Facts, domain: str | None, at: datetime
) -> None:
    derived = row["domain"] and row["company_key"] == company_key(row["domain"].split(".")[0])
    company = facts.company if facts.company and (derived or not row["company"]) else None
    conn.execute(
        "UPDATE applications SET company = COALESCE(?, company), "
        "company_key = COALESCE(?, company_key), role = COALESCE(role, ?), "
        "domain = COALESCE(domain, ?), decision_by = COALESCE(?, decision_by), updated = ? "
        "WHERE id = ?",
        (
            company,
            company_key(company) if company else None,
            facts.role,
            domain,
            facts.decision_by.isoformat() if facts.decision_by else None,
            ts(at),
            row["id"],
        ),
    )


def _advance(conn: sqlite3.Connection, row: sqlite3.Row, facts: Facts, at: datetime) -> None:
    stage = Stage(row["stage"])
    if stage in CLOSED_STAGES:
        return
    new = _ADVANCE.get(facts.kind)
    if facts.kind in _CLOSE and facts.confidence >= LOW_CONFIDENCE:
        new = _CLOSE[facts.kind]
    elif stage is Stage.QUIET and facts.kind is not Kind.OTHER:
        new = new or Stage.WAITING  # the employer wrote again after the check-in
    if new is not None and new is not stage:
        set_stage(conn, int(row["id"]), new, facts.kind.value, at)


def settle(conn: sqlite3.Connection, now: datetime) -> int:
    """Interviewing until the last interview has ended, then waiting (and back when a new
    one is scheduled). Returns how many applications changed."""
    changed = 0
    rows = conn.execute(
        "SELECT a.id, a.stage, MAX(i.end) AS last_end FROM applications a JOIN interviews i "
        "ON i.application_id = a.id AND i.cancelled = 0 WHERE a.stage IN (?, ?) GROUP BY a.id",
        (Stage.INTERVIEWING.value, Stage.WAITING.value),
    ).fetchall()
    for row in rows:
        over = row["last_end"] <= ts(now)
        stage = Stage.WAITING if over else Stage.INTERVIEWING
        if stage.value != row["stage"]:
            set_stage(
                conn,
                int(row["id"]),
                stage,
                "interviews over" if over else "interview scheduled",
                now,
            )
            changed += 1
    return changed


def set_stage(
    conn: sqlite3.Connection, app_id: int, stage: Stage, reason: str, at: datetime
) -> None:
    closed = reason if stage in CLOSED_STAGES else None
    conn.execute(
        "UPDATE applications SET stage = ?, closed_reason = ?, updated = ? WHERE id = ?",
        (stage.value, closed, ts(at), app_id),
    )


def add_person(conn: sqlite3.Connection, app_id: int, role: str, person: Person) -> None:
    email = person.email.casefold() if person.email else None
    rows = conn.execute(
        "SELECT * FROM people WHERE application_id = ? AND role = ?", (app_id, role)
    ).fetchall()
    for row in rows:
        if same_person(row["email"], row["name"], email, person.name):
            conn.execute(
                "UPDATE people SET name = COALESCE(?, name), email = COALESCE(?, email),"
                " title = COALESCE(?, title) WHERE id = ?",
                (person.name, email, person.title, row["id"]),
            )
            return
    conn.execute(
        "INSERT INTO people (application_id, role, name, email, title) VALUES (?, ?, ?, ?, ?)",
        (app_id, role, person.name, email, person.title),
    )
