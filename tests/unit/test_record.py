"""The record: migrations, idempotent messages, merging into applications and interviews,
draft states, checkpoints, quarantine and sync status."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from followup.errors import UserError
from followup.mail import Checkpoint, Placed
from followup.migrations import MIGRATIONS
from followup.model import (
    Draft,
    DraftState,
    Email,
    Facts,
    Kind,
    Me,
    Person,
    RawMessage,
    Stage,
)
from followup.record import Record

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ME = Me("Jordan Avery", "jordan@example.net")
START = datetime(2026, 3, 10, 19, 0, tzinfo=UTC)
ANA = Person("Ana Ortiz", "ana@acme.example")
PRIYA = Person("Priya Raman", "priya@acme.example", "Engineering Manager")
TOM = Person("Tom Becker", "tom@acme.example")


@pytest.fixture
def record(tmp_path: Path) -> Record:
    opened = Record.open(tmp_path / "state" / "record.sqlite")
    yield opened
    opened.close()


def email(
    mid: str,
    sender: Person = ANA,
    *,
    reply_to: str | None = None,
    days: int = 0,
    to: tuple[Person, ...] = (),
    subject: str = "s",
    headers: dict[str, str] | None = None,
) -> Email:
    return Email(
        message_id=mid,
        subject=subject,
        sender=sender,
        to=to,
        date=NOW + timedelta(days=days),
        in_reply_to=reply_to,
        references=(reply_to,) if reply_to else (),
        headers=headers or {},
    )


def raw(uid: str = "1", folder: str = "inbox") -> RawMessage:
    return RawMessage("box", folder, uid, b"data" + uid.encode())


def facts(kind: Kind, company: str | None = "Acme Robotics", **more: object) -> Facts:
    return Facts(kind=kind, company=company, confidence=more.pop("confidence", 0.9), **more)


def add(
    record: Record,
    mid: str,
    f: Facts | None,
    *,
    sender: Person = ANA,
    reply_to: str | None = None,
    uid: str | None = None,
    days: int = 0,
) -> int | None:
    return record.add_message(
        raw(uid or mid), email(mid, sender, reply_to=reply_to, days=days), f, incoming=True
    )


def apps(record: Record) -> list:
    return list(record.snapshot(ME).applications)


# --- schema --------------------------------------------------------------------------------


def test_a_new_record_is_migrated_and_in_wal_mode(record: Record) -> None:
    assert record.schema_version() == len(MIGRATIONS)
    assert record.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_everything(record: Record, tmp_path: Path) -> None:
    add(record, "m1", facts(Kind.APPLICATION_ACK))
    record.close()
    again = Record.open(tmp_path / "state" / "record.sqlite")
    assert again.schema_version() == len(MIGRATIONS)
    assert [a.company for a in apps(again)] == ["Acme Robotics"]
    again.close()


def test_an_older_record_is_migrated_and_keeps_its_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import followup.migrations

    path = tmp_path / "r.sqlite"
    monkeypatch.setattr(followup.migrations, "MIGRATIONS", MIGRATIONS[:1])
    with Record.open(path) as old:  # as the first release wrote it
        assert old.schema_version() == 1
        add(old, "m1", facts(Kind.APPLICATION_ACK))
    monkeypatch.undo()
    with Record.open(path) as upgraded:
        assert upgraded.schema_version() == len(MIGRATIONS)
        assert [a.company for a in apps(upgraded)] == ["Acme Robotics"]
        upgraded.intend(draft(app=apps(upgraded)[0].id), NOW)
        assert upgraded.draft("k1").state is DraftState.PLANNED


def test_a_newer_record_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    Record.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = 999")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="newer followup"):
        Record.open(path)


def test_a_failed_transaction_leaves_nothing(record: Record) -> None:
    with pytest.raises(RuntimeError), record.transaction() as conn:
        conn.execute("INSERT INTO sync (source, failures) VALUES ('x', 1)")
        raise RuntimeError
    assert record.sync_status() == []


# --- messages and applications ---------------------------------------------------------------


def test_the_same_message_twice_is_recorded_once(record: Record) -> None:
    first = add(record, "m1", facts(Kind.INVITATION, interviewers=(PRIYA,), start=START))
    second = add(
        record, "m1", facts(Kind.INVITATION, interviewers=(PRIYA,), start=START), uid="renumbered-7"
    )
    assert first == second
    (app,) = apps(record)
    assert len(app.messages) == 1 and len(app.interviews) == 1


def test_replies_in_a_thread_join_its_application(record: Record) -> None:
    app_id = add(record, "m1", facts(Kind.APPLICATION_ACK))
    other = Person("Recruiter", "talent@elsewhere.example")
    joined = add(record, "m2", facts(Kind.NEXT_STEPS, company=None), sender=other, reply_to="m1")
    assert joined == app_id and len(apps(record)) == 1


def test_sender_domain_joins_but_shared_ats_domains_do_not(record: Record) -> None:
    greenhouse = Person(None, "no-reply@us.greenhouse-mail.io")
    a = add(record, "m1", facts(Kind.APPLICATION_ACK, "Northwind Analytics"), sender=greenhouse)
    b = add(record, "m2", facts(Kind.APPLICATION_ACK, "Bluebird Freight"), sender=greenhouse)
    assert a != b
    c = add(
        record,
        "m3",
        facts(Kind.INVITATION, company=None),
        sender=Person("Ana", "ana@mail.acme.example"),
    )
    d = add(
        record, "m4", facts(Kind.NEXT_STEPS, company=None), sender=Person("Bo", "bo@acme.example")
    )
    assert c == d and len({a, b, c}) == 3


def test_company_names_join_with_and_without_suffixes(record: Record) -> None:
    lever = Person(None, "no-reply@hire.lever.co")
    a = add(record, "m1", facts(Kind.APPLICATION_ACK, "Copperleaf Robotics, Inc."), sender=lever)
    b = add(
        record,
        "m2",
        facts(Kind.REJECTION, "Copperleaf"),
        sender=Person("Ines", "ines@copperleaf.example"),
    )
    assert a == b
    (app,) = apps(record)
    assert app.company == "Copperleaf Robotics, Inc." and app.stage is Stage.REJECTED


def test_two_roles_at_one_company_stay_apart(record: Record) -> None:
    a = add(record, "m1", facts(Kind.APPLICATION_ACK, role="Data Engineer"))
    b = add(
        record,
        "m2",
        facts(Kind.APPLICATION_ACK, role="Product Manager"),
        sender=Person("X", "x@acme.example"),
    )
    assert a != b


def test_noise_creates_no_application(record: Record) -> None:
    assert add(record, "m1", None) is None
    assert add(record, "m2", facts(Kind.OTHER, company=None)) is None
    assert apps(record) == []
    assert record.has_message("m1") and record.has_message("m2")


def test_stages_follow_the_conversation(record: Record) -> None:
    add(record, "m1", facts(Kind.APPLICATION_ACK))
    assert apps(record)[0].stage is Stage.APPLIED
    add(record, "m2", facts(Kind.INVITATION, interviewers=(PRIYA,), start=START), days=1)
    assert apps(record)[0].stage is Stage.INTERVIEWING
    assert record.settle_stages(START + timedelta(hours=2)) == 1
    assert apps(record)[0].stage is Stage.WAITING
    add(record, "m3", facts(Kind.OFFER), days=20)
    assert apps(record)[0].stage is Stage.OFFER
    add(record, "m4", facts(Kind.INVITATION, start=START + timedelta(days=30)), days=21)
    assert apps(record)[0].stage is Stage.OFFER  # a closed application stays closed


def test_a_low_confidence_rejection_is_kept_but_does_not_close(record: Record) -> None:
    add(record, "m1", facts(Kind.APPLICATION_ACK))
    add(record, "m2", facts(Kind.REJECTION, confidence=0.3), days=1)
    (app,) = apps(record)
    assert app.stage is Stage.APPLIED
    assert [(m.kind, m.confidence) for m in app.messages][-1] == (Kind.REJECTION, 0.3)


def test_decision_date_and_contacts_are_kept(record: Record) -> None:
    add(record, "m1", facts(Kind.NEXT_STEPS, decision_by=date(2026, 3, 20), contact=ANA))
    (app,) = apps(record)
    assert app.decision_by == date(2026, 3, 20) and app.contacts == (ANA,)


# --- interviews ------------------------------------------------------------------------------


def test_interviews_merge_by_uid_and_interviewers_accumulate(record: Record) -> None:
    add(
        record,
        "m1",
        facts(Kind.INVITATION, interviewers=(PRIYA,), start=START, ical_uid="u1", ical_sequence=0),
    )
    add(
        record,
        "m2",
        facts(
            Kind.INVITATION,
            interviewers=(TOM, Person("Priya Raman")),
            start=START,
            ical_uid="u1",
            ical_sequence=1,
        ),
        days=1,
    )
    (interview,) = apps(record)[0].interviews
    assert interview.interviewers == (PRIYA, TOM) and interview.ical_uid == "u1"
    assert interview.end == START + timedelta(hours=1)


def test_without_uid_the_same_start_is_the_same_interview(record: Record) -> None:
    add(record, "m1", facts(Kind.INVITATION, interviewers=(PRIYA,), start=START))
    add(record, "m2", facts(Kind.INVITATION, interviewers=(TOM,), start=START), days=1)
    add(
        record,
        "m3",
        facts(Kind.INVITATION, interviewers=(TOM,), start=START + timedelta(days=7)),
        days=2,
    )
    first, second = apps(record)[0].interviews
    assert first.interviewers == (PRIYA, TOM) and (first.round, second.round) == (1, 2)


def test_reschedule_moves_and_cancellation_cancels(record: Record) -> None:
    add(
        record,
        "m1",
        facts(Kind.INVITATION, interviewers=(PRIYA,), start=START, ical_uid="u1", ical_sequence=0),
    )
    later = START + timedelta(days=2)
    add(record, "m2", facts(Kind.RESCHEDULE, start=later, ical_uid="u1", ical_sequence=1), days=1)
    (moved,) = apps(record)[0].interviews
    assert moved.start == later and moved.interviewers == (PRIYA,)
    add(
        record, "m3", facts(Kind.INVITATION, start=START, ical_uid="u1", ical_sequence=0), days=2
    )  # an old copy of the first invitation changes nothing
    assert apps(record)[0].interviews[0].start == later
    add(record, "m4", facts(Kind.CANCELLATION, start=later, ical_uid="u1", ical_sequence=2), days=3)
    assert apps(record)[0].interviews[0].cancelled


def test_a_plain_text_reschedule_moves_the_one_upcoming_interview(record: Record) -> None:
    add(record, "m1", facts(Kind.INVITATION, interviewers=(PRIYA,), start=START))
    add(
        record,
        "m2",
        facts(Kind.RESCHEDULE, company=None, start=START + timedelta(days=1)),
        reply_to="m1",
        days=1,
    )
    (interview,) = apps(record)[0].interviews
    assert interview.start == START + timedelta(days=1) and interview.interviewers == (PRIYA,)


def test_calendar_events_join_by_uid_and_company(record: Record) -> None:
    add(record, "m1", facts(Kind.APPLICATION_ACK))
    event = facts(
        Kind.INVITATION, interviewers=(PRIYA,), start=START, ical_uid="cal-1", contact=ANA
    )
    assert record.add_event_facts("calendar", event, NOW)
    assert not record.add_event_facts("calendar", event, NOW)  # every cycle: idempotent
    (app,) = apps(record)
    assert len(app.interviews) == 1 and app.interviews[0].ical_uid == "cal-1"


def test_an_unchanged_event_does_not_revive_a_quiet_application(record: Record) -> None:
    event = facts(Kind.INVITATION, interviewers=(PRIYA,), start=START, ical_uid="cal-1")
    record.add_event_facts("calendar", event, NOW)
    (app,) = apps(record)
    record.set_stage(app.id, Stage.QUIET, "after check-in", NOW)
    assert not record.add_event_facts("calendar", event, NOW + timedelta(days=20))
    assert apps(record)[0].stage is Stage.QUIET
    moved = facts(Kind.INVITATION, start=START + timedelta(days=30), ical_uid="cal-1")
    assert record.add_event_facts("calendar", moved, NOW + timedelta(days=21))
    assert apps(record)[0].stage is Stage.INTERVIEWING  # a new time: they want to talk


# --- the user's sent mail --------------------------------------------------------------------


def test_sent_mail_is_outgoing_and_joins_by_recipient(record: Record) -> None:
    app_id = add(record, "m1", facts(Kind.INVITATION, interviewers=(PRIYA,), start=START))
    me = Person("Jordan Avery", "jordan@example.net")
    got = record.add_message(
        raw("s1", "sent"),
        email("s1", me, to=(PRIYA,), days=10, subject="Thank you"),
        None,
        incoming=False,
    )
    assert got == app_id
    snapshot = record.snapshot(ME)
    (sent,) = snapshot.sent
    assert (not sent.incoming and sent.to == (Person(None, "priya@acme.example"),)) or sent.to[
        0
    ].email == "priya@acme.example"


# --- drafts ---------------------------------------------------------------------------------


def draft(key: str = "k1", app: int = 1) -> Draft:
    return Draft(
        key=key,
        rule="thank-you",
        application_id=app,
        due=NOW,
        to=(PRIYA,),
        subject="Thank you",
        template="thank-you.txt",
        context={},
    )


def test_a_draft_goes_planned_placed_declined_and_stays_declined(record: Record) -> None:
    add(record, "m1", facts(Kind.APPLICATION_ACK))
    assert record.intend(draft(), NOW, source="box").state is DraftState.PLANNED
    record.placed("k1", Placed("Drafts", "7", "<followup-k1@x>"), NOW)
    placed = record.draft("k1")
    assert placed.state is DraftState.PLACED and placed.source == "box"
    assert record.draft_message_id("k1") == "followup-k1@x"
    assert record.mark("k1", DraftState.DECLINED, NOW)
    assert record.intend(draft(), NOW).state is DraftState.DECLINED  # never re-planned
    assert not record.mark("k1", DraftState.PLACED, NOW)
    with pytest.raises(ValueError, match="cannot go from declined to placed"):
        record.placed("k1", Placed("Drafts", "8", "x"), NOW)
    assert record.mark_sent("k1", NOW)  # it turned up in Sent after all


def test_a_planned_draft_can_be_withdrawn_not_declined(record: Record) -> None:
    record.intend(draft("k2"), NOW)
    assert not record.mark("k2", DraftState.DECLINED, NOW)
    assert record.mark("k2", DraftState.WITHDRAWN, NOW)
    assert record.drafts()["k2"].state is DraftState.WITHDRAWN


def test_sent_matching_by_key_id_or_recipient_and_subject(record: Record) -> None:
    me = Person("Jordan Avery", "jordan@example.net")
    record.add_message(
        raw("s1", "sent"),
        email("edited@client", me, to=(PRIYA,), subject="Re: Thank you"),
        None,
        incoming=False,
    )
    record.add_message(
        raw("s2", "sent"),
        email("s2", me, to=(TOM,), subject="x", headers={"X-Followup-Key": "k9"}),
        None,
        incoming=False,
    )
    assert record.sent_matching("k9", None, None, None)
    assert record.sent_matching("k1", None, "priya@acme.example", "Thank you")
    assert record.sent_matching("k1", "edited@client", None, None)
    assert not record.sent_matching("k1", "other", "tom@acme.example", "Thank you")


# --- sources ---------------------------------------------------------------------------------


def test_checkpoints_quarantine_and_sync_status(record: Record) -> None:
    assert record.checkpoint("box", "inbox") is None
    record.save_checkpoint("box", "inbox", Checkpoint("v1", "10"))
    record.save_checkpoint("box", "inbox", Checkpoint("v1", "12", "99"))
    assert record.checkpoint("box", "inbox") == Checkpoint("v1", "12", "99")
    record.quarantine(raw("5"), "understand", "RuntimeError: boom", NOW, "m5")
    assert record.is_quarantined(raw("5")) and not record.is_quarantined(raw("6"))
    (q,) = record.quarantined()
    assert (q.stage, q.message_id) == ("understand", "m5")
    record.sync_failed("box", "connection refused", NOW)
    record.sync_failed("box", "connection refused", NOW)
    (s,) = record.sync_status()
    assert s.failures == 2 and s.last_success is None
    record.sync_ok("box", NOW)
    (s,) = record.sync_status()
    assert s.failures == 0 and s.last_success == NOW and s.last_error is None


def test_find_application_by_id_or_name(record: Record) -> None:
    a = add(record, "m1", facts(Kind.APPLICATION_ACK, "Acme Robotics"))
    add(
        record,
        "m2",
        facts(Kind.APPLICATION_ACK, "Acme Foods"),
        sender=Person("x", "x@foods.example"),
    )
    assert record.find_application(str(a)) == a
    assert record.find_application("robot") == a
    with pytest.raises(UserError, match="matches several"):
        record.find_application("acme")
    with pytest.raises(UserError, match="matches no"):
        record.find_application("zeta")


def test_a_file_that_is_not_a_record_is_one_line_exit_78(tmp_path: Path) -> None:
    path = tmp_path / "record.sqlite"
    path.write_bytes(b"not a database, perhaps a file restored from the wrong backup\n" * 100)
    with pytest.raises(UserError, match="the record is damaged") as caught:
        Record.open(path)
    assert caught.value.exit_code == 78
