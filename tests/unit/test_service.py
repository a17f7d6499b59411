"""The cycle with real record, rules, plan and compose, an in-memory mailbox, and a scripted
understand stage: drafts placed exactly once, the user's decisions observed, broken messages
quarantined, failing sources reported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

import pytest
from followup.config import Config, load_config
from followup.errors import SourceError
from followup.mail.memory import MemoryMailbox
from followup.model import DraftState, Facts, Kind, Person, Stage
from followup.record import Record
from followup.service import run_cycle

START = datetime(2026, 3, 10, 19, 0, tzinfo=UTC)  # 14:00 in Chicago
END = START + timedelta(hours=1)
PRIYA = Person("Priya Raman", "priya.raman@acme.example", "Engineering Manager")
TOM = Person("Tom Becker", "tom.becker@acme.example")


@pytest.fixture
def config(write_settings: Callable[..., Path]) -> Config:
    return load_config(write_settings())


@pytest.fixture
def record(config: Config) -> Record:
    opened = Record.open(config.database)
    yield opened
    opened.close()


@pytest.fixture
def mailbox(make_message: Callable[..., bytes], understander) -> MemoryMailbox:
    box = MemoryMailbox("local")
    box.receive(
        make_message(
            message_id="inv@acme.example",
            sender="Ana <ana@acme.example>",
            subject="Interview",
            date=START - timedelta(days=5),
        )
    )
    box.receive(
        make_message(
            message_id="news@letter.example",
            sender="news@letter.example",
            subject="Weekly digest",
            date=START - timedelta(days=4),
        )
    )
    understander.script["inv@acme.example"] = Facts(
        kind=Kind.INVITATION,
        company="Acme Robotics",
        role="Data Engineer",
        interviewers=(PRIYA, TOM),
        start=START,
        end=END,
        confidence=0.9,
        contact=Person("Ana", "ana@acme.example"),
    )
    return box


@pytest.fixture
def cycle(shipped_rules):
    def one(config, record, mailbox, understander, now):
        return run_cycle(
            config,
            record,
            now,
            mailboxes=[mailbox],
            calendars=[],
            understander=understander,
            rules=shipped_rules,
        )

    return one


def drafts_in(box: MemoryMailbox) -> list:
    return [BytesParser(policy=default).parsebytes(d) for d in box.messages("drafts")]


def test_one_thank_you_per_interviewer_once(cycle, config, record, mailbox, understander) -> None:
    summary = cycle(config, record, mailbox, understander, END + timedelta(hours=2))
    assert summary.placed == 2 and not summary.failed
    placed = drafts_in(mailbox)
    assert sorted(m["To"].addresses[0].addr_spec for m in placed) == [PRIYA.email, TOM.email]
    assert all(m["X-Followup-Key"] for m in placed)
    assert understander.asked == ["inv@acme.example"]  # the newsletter never reached NLP
    again = cycle(config, record, mailbox, understander, END + timedelta(hours=3))
    assert again.placed == 0 and again.read == 0
    assert len(mailbox.messages("drafts")) == 2 and mailbox.appends == 2
    (app,) = record.snapshot(config.me.to_model()).applications
    assert (
        app.company == "Acme Robotics" and app.stage is Stage.WAITING
    )  # its one interview is over


def test_nothing_before_the_interview_ends(cycle, config, record, mailbox, understander) -> None:
    summary = cycle(config, record, mailbox, understander, START + timedelta(minutes=30))
    assert summary.placed == 0 and mailbox.messages("drafts") == []


def test_a_deleted_draft_is_declined_and_never_recreated(
    cycle, config, record, mailbox, understander
) -> None:
    cycle(config, record, mailbox, understander, END + timedelta(hours=2))
    key = next(iter(mailbox.draft_keys()))
    mailbox.user_discards_draft(key)
    summary = cycle(config, record, mailbox, understander, END + timedelta(hours=3))
    assert summary.declined == 1 and summary.placed == 0
    assert record.draft(key).state is DraftState.DECLINED
    cycle(config, record, mailbox, understander, END + timedelta(days=1))
    assert key not in mailbox.draft_keys() and mailbox.appends == 2


def test_a_sent_draft_is_recorded_as_sent(cycle, config, record, mailbox, understander) -> None:
    cycle(config, record, mailbox, understander, END + timedelta(hours=2))
    key = next(iter(mailbox.draft_keys()))
    mailbox.user_sends_draft(key)
    summary = cycle(config, record, mailbox, understander, END + timedelta(hours=3))
    assert summary.sent == 1
    assert record.draft(key).state is DraftState.SENT


def test_a_thank_you_sent_by_hand_prevents_the_draft(
    cycle, config, record, mailbox, understander, make_message
) -> None:
    mailbox.receive(
        make_message(
            message_id="mine@example.net",
            sender="Jordan Avery <jordan.avery@example.net>",
            to=f"Priya Raman <{PRIYA.email}>",
            subject="Thanks!",
            date=END + timedelta(minutes=30),
        ),
        role="sent",
    )
    cycle(config, record, mailbox, understander, END + timedelta(hours=2))
    (only,) = drafts_in(mailbox)
    assert only["To"].addresses[0].addr_spec == TOM.email


def test_a_crash_after_append_makes_no_second_copy(
    cycle, config, record, mailbox, understander
) -> None:
    """The append reached the Drafts folder but the record never heard of it."""
    real_placed = record.placed
    record.placed = lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        cycle(config, record, mailbox, understander, END + timedelta(hours=2))
    record.placed = real_placed
    assert len(mailbox.messages("drafts")) == 1
    cycle(config, record, mailbox, understander, END + timedelta(hours=3))
    assert len(mailbox.messages("drafts")) == 2 and mailbox.appends == 2
    assert all(d.state is DraftState.PLACED for d in record.drafts().values())


def test_a_message_that_breaks_a_stage_is_quarantined(
    cycle, config, record, mailbox, understander, make_message
) -> None:
    class Exploding(type(understander)):
        def facts(self, email):
            if email.message_id == "bad@acme.example":
                raise RuntimeError("boom")
            return super().facts(email)

    broken = Exploding(understander.script)
    broken.script["bad@acme.example"] = Facts(kind=Kind.OTHER)
    mailbox.receive(make_message(message_id="bad@acme.example", sender="x@acme.example"))
    summary = cycle(config, record, mailbox, broken, END + timedelta(hours=2))
    assert summary.quarantined == 1 and summary.placed == 2
    (q,) = record.quarantined()
    assert q.stage == "understand" and "RuntimeError" in q.error


def test_a_failing_mailbox_is_reported_not_raised(
    cycle, config, record, mailbox, understander
) -> None:
    mailbox.failing = True
    summary = cycle(config, record, mailbox, understander, END)
    assert "local" in summary.failed
    (status,) = record.sync_status()
    assert status.failures == 1 and "refused" in (status.last_error or "")
    mailbox.failing = False
    summary = cycle(config, record, mailbox, understander, END + timedelta(hours=2))
    assert summary.placed == 2 and record.sync_status()[0].failures == 0


def test_a_renumbered_inbox_adds_nothing(cycle, config, record, mailbox, understander) -> None:
    cycle(config, record, mailbox, understander, END + timedelta(hours=2))
    mailbox.renumber("inbox")
    summary = cycle(config, record, mailbox, understander, END + timedelta(hours=3))
    assert summary.read == 0 and summary.placed == 0
    assert len(record.snapshot(config.me.to_model()).applications) == 1


def test_source_error_type_is_transient_by_default() -> None:
    assert SourceError("x", "down").transient


class ListCalendar:
    """A calendar adapter serving a fixed list of events."""

    def __init__(self, events: list) -> None:
        self.name = "calendar"
        self.events_list = events
        self.windows: list[tuple[datetime, datetime]] = []

    def events(self, start: datetime, end: datetime) -> list:
        self.windows.append((start, end))
        return [e for e in self.events_list if e.end > start and e.start < end]

    def close(self) -> None:
        pass


def test_a_calendar_interview_gets_thank_yous(shipped_rules, config, record, understander) -> None:
    from followup.calendars import Event

    event = Event(
        uid="evt-1@acme.example",
        summary="Interview: Jordan Avery <> Acme Robotics",
        start=START,
        end=END,
        organizer=Person("Ana", "ana@acme.example"),
        attendees=(Person("Jordan Avery", "jordan.avery@example.net"), PRIYA, TOM),
    )
    dentist = Event(
        uid="d-1",
        summary="Dentist",
        start=START - timedelta(days=1),
        end=START - timedelta(days=1) + timedelta(hours=1),
    )
    calendar = ListCalendar([event, dentist])
    box = MemoryMailbox("local")
    now = END + timedelta(hours=2)
    summary = run_cycle(
        config,
        record,
        now,
        mailboxes=[box],
        calendars=[calendar],
        understander=understander,
        rules=shipped_rules,
    )
    (app,) = record.snapshot(config.me.to_model()).applications
    assert app.interviews[0].ical_uid == "evt-1@acme.example"
    assert summary.placed == 2 and len(box.messages("drafts")) == 2
    assert calendar.windows[0][0] < now < calendar.windows[0][1]
    again = run_cycle(
        config,
        record,
        now + timedelta(hours=1),
        mailboxes=[box],
        calendars=[calendar],
        understander=understander,
        rules=shipped_rules,
    )
    assert again.placed == 0 and len(record.snapshot(config.me.to_model()).applications) == 1
