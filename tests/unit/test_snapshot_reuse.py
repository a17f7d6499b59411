"""A quiet cycle reuses the record's snapshot (issue 8: a steady poll must not grow with the
mailbox), but never a stale one: any change here or in another process is seen. Batched
ingestion nests transactions: a failed inner one is undone alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from followup.mail import Checkpoint
from followup.model import Email, Facts, Kind, Me, Person, RawMessage
from followup.record import Record

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ME = Me("Jordan Avery", "jordan@example.net")
ANA = Person("Ana Ortiz", "ana@acme.example")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "record.sqlite"


@pytest.fixture
def record(path: Path) -> Iterator[Record]:
    opened = Record.open(path)
    yield opened
    opened.close()


def add(record: Record, mid: str) -> None:
    email = Email(message_id=mid, subject="Your application", sender=ANA, date=NOW)
    facts = Facts(kind=Kind.APPLICATION_ACK, company="Acme Robotics", confidence=0.9)
    record.add_message(RawMessage("box", "inbox", mid, b"x"), email, facts, incoming=True)


def test_an_unchanged_record_gives_the_same_snapshot(record: Record) -> None:
    add(record, "m1")
    first = record.snapshot(ME)
    record.save_checkpoint("box", "inbox", Checkpoint("1", "7", None))
    record.sync_ok("box", NOW)
    assert record.snapshot(ME) is first
    assert record.snapshot(Me("Someone Else", "else@example.net")) is not first


def test_a_change_here_is_seen(record: Record) -> None:
    add(record, "m1")
    first = record.snapshot(ME)
    (app,) = first.applications
    record.add_note(app.id, "talked about the roadmap", NOW)
    (again,) = record.snapshot(ME).applications
    assert [n.text for n in again.notes] == ["talked about the roadmap"]


def test_a_change_by_another_process_is_seen(record: Record, path: Path) -> None:
    add(record, "m1")
    (app,) = record.snapshot(ME).applications
    with Record.open(path) as other:  # `followup note` while the service runs
        other.add_note(app.id, "asked about the team", NOW)
    (again,) = record.snapshot(ME).applications
    assert [n.text for n in again.notes] == ["asked about the team"]


def test_a_failed_inner_change_is_undone_alone(record: Record) -> None:
    with record.transaction():
        add(record, "m1")
        with pytest.raises(RuntimeError), record.transaction() as conn:
            conn.execute("INSERT INTO notes (application_id, text, created) VALUES (1, 'x', 'y')")
            raise RuntimeError("a message broke the understand stage")
        add(record, "m2")
    (app,) = record.snapshot(ME).applications
    assert [m.message_id for m in app.messages] == ["m1", "m2"]
    assert app.notes == ()


def test_a_snapshot_inside_a_transaction_that_is_rolled_back_is_not_reused(
    record: Record,
) -> None:
    with pytest.raises(RuntimeError), record.transaction():
        add(record, "m1")
        assert len(record.snapshot(ME).applications) == 1
        raise RuntimeError("the cycle failed")
    assert record.snapshot(ME).applications == ()


def test_employer_domains_are_reused_until_the_record_changes(record: Record, path: Path) -> None:
    add(record, "m1")
    first = record.employer_domains()
    assert first == {"acme.example"}
    record.save_checkpoint("box", "inbox", Checkpoint("1", "7", None))
    assert record.employer_domains() is first  # bookkeeping is not a change
    with Record.open(path) as other:  # another process records a new employer
        email = Email(
            message_id="m2", subject="Interview", sender=Person("Bo", "bo@beta.example"), date=NOW
        )
        facts = Facts(kind=Kind.APPLICATION_ACK, company="Beta Labs", confidence=0.9)
        other.add_message(RawMessage("box", "inbox", "m2", b"x"), email, facts, incoming=True)
    assert record.employer_domains() == {"acme.example", "beta.example"}
