"""Bulk mail from an employer the user applied to (a rejection or next steps sent through a
mailing service, with List-Unsubscribe and a subject like "Update from Acme") gets its body
read: the header prefilter lets it through once the record knows the employer's domain."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from followup.config import load_config
from followup.model import Facts, Kind, Person, RawMessage
from followup.record import Record
from followup.sources import KnownEmployers, may_be_hiring_headers
from followup.understand.parse import parse

NOW = datetime(2026, 3, 12, 16, 0, tzinfo=UTC)


def bulk(sender: str, subject: str = "Update from Acme") -> bytes:
    return (
        f"From: {sender}\r\nTo: jordan@example.net\r\nSubject: {subject}\r\n"
        "List-Unsubscribe: <https://mailer.example/u?x=1>\r\nPrecedence: bulk\r\n\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("sender", "read"),
    [
        ("Acme Talent <talent@acme.example>", True),
        ("Acme Careers <careers@news.acme.example>", True),  # a mailing service's subdomain
        ("The Morning Byte <news@morningbyte.example>", False),
        ("Someone <someone@gmail.com>", False),
    ],
)
def test_bulk_mail_from_a_known_employer_is_read(sender: str, read: bool) -> None:
    block = bulk(sender)
    assert not may_be_hiring_headers(block)  # bulk, no hiring word, no recruiting system
    assert may_be_hiring_headers(block, {"acme.example"}) is read
    assert KnownEmployers({"acme.example"}).prefilter(block) is read
    assert may_be_hiring_headers(bulk(sender, "Your application"), ())  # a hiring word


def test_the_record_knows_the_employers_domains_but_not_free_mail(tmp_path: Path) -> None:
    ack = (
        b"From: Ana Ruiz <ana@acme.example>\r\nTo: jordan@example.net\r\n"
        b"Subject: Thanks for applying\r\nMessage-ID: <ack@acme.example>\r\n\r\nThanks.\r\n"
    )
    facts = Facts(
        kind=Kind.APPLICATION_ACK,
        company="Acme",
        confidence=0.9,
        contact=Person("Ana Ruiz", "ana@acme.example"),
        interviewers=(
            Person("Priya Raman", "priya@eng.acme.example"),
            Person("Sam Free", "sam.free@gmail.com"),  # an interviewer writing from Gmail
            Person("Lee Hire", "lee@greenhouse.io"),
        ),
    )
    with Record.open(tmp_path / "record.sqlite") as record:
        assert record.employer_domains() == frozenset()
        record.add_message(RawMessage("m", "inbox", "1", ack), parse(ack), facts, True, NOW)
        assert record.employer_domains() == {"acme.example"}


def test_the_service_refreshes_the_prefilter_from_the_record(
    write_settings, make_message, understander, shipped_rules
) -> None:
    """One object shared by the service and the mailboxes' prefilter: after a cycle that
    recorded Acme, Acme's bulk mail passes the prefilter the adapters were given."""
    from followup.mail.memory import MemoryMailbox
    from followup.service import Service

    config = load_config(write_settings())
    box = MemoryMailbox("local")
    box.receive(make_message(message_id="ack@acme.example", sender="Ana <ana@acme.example>"))
    understander.script["ack@acme.example"] = Facts(
        kind=Kind.APPLICATION_ACK,
        company="Acme",
        confidence=0.9,
        contact=Person("Ana", "ana@acme.example"),
    )
    employers = KnownEmployers()
    with Record.open(config.database) as record:
        service = Service(
            config,
            record,
            shipped_rules,
            understander,
            mailboxes={"local": box},
            employers=employers,
        )
        block = bulk("Acme Talent <talent@acme.example>")
        service.cycle(NOW)
        assert not employers.prefilter(block)  # refreshed before reading: Acme was unknown
        service.cycle(NOW)
        assert employers.prefilter(block)
