"""Property-based fuzzing of parsing and understanding: arbitrary bytes, and mutations of a
real invitation, never raise and never take long; through the service's ingest, at worst the
message is quarantined. The budget is fixed and small (derandomized: the same examples on
every run, so CI time is known), each example bounded by the deadline."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from followup.config import load_config
from followup.model import RawMessage
from followup.record import Record
from followup.service import CycleSummary, Service, load_rules_for
from followup.understand.parse import parse
from followup.understand.pipeline import Understander
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NOW = datetime.fromisoformat("2026-03-04T09:00:00-06:00")
SEED = (
    b"From: =?utf-8?Q?Mar=C3=ADa_L=C3=B3pez?= <maria@acme.example>\r\n"
    b"To: Jordan <jordan@example.net>\r\nDate: Tue, 03 Mar 2026 09:12:00 -0500\r\n"
    b"Message-ID: <seed@acme.example>\r\nSubject: Interview for Data Engineer\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="B"\r\n\r\n'
    b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Hi Jordan,=0AWe'd like to invite you to interview on Thursday, March 5 at 2:00 PM ET with\r\n"
    b"- Priya Natarajan, Staff Engineer\r\n- Tom\xc3\xa1s Ruiz, Engineering Manager\r\n"
    b"We expect to decide by March 20.\r\n"
    b"--B\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>\r\n--B--\r\n"
)

FUZZ = settings(
    max_examples=150,
    deadline=5000,  # ms per example: generous on a loaded 2-core machine; a hang fails
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SERVICE_FUZZ = settings(FUZZ, max_examples=60)


@pytest.fixture
def tried(record_property: Callable[[str, object], None]) -> Iterator[list[int]]:
    """Counts the examples a test tried; `make faults` sums them as hostile inputs."""
    count = [0]
    yield count
    record_property("hostile_inputs", count[0])


def mutate(data: st.DataObject) -> bytes:
    """SEED with up to 12 bytes flipped, runs inserted or runs deleted."""
    mutated = bytearray(SEED)
    for _ in range(data.draw(st.integers(1, 12))):
        pos = data.draw(st.integers(0, len(mutated) - 1))
        op = data.draw(st.sampled_from(["flip", "insert", "delete"]))
        if op == "flip":
            mutated[pos] = data.draw(st.integers(0, 255))
        elif op == "insert":
            mutated[pos:pos] = data.draw(st.binary(min_size=1, max_size=64))
        else:
            del mutated[pos : pos + data.draw(st.integers(1, 64))]
    return bytes(mutated)


@FUZZ
@given(st.binary(max_size=4096))
def test_parse_never_raises_on_bytes(tried: list[int], data: bytes) -> None:
    tried[0] += 1
    email = parse(data)
    assert "\n" not in email.subject and "\r" not in email.subject


@FUZZ
@given(st.data())
def test_understand_survives_mutated_invitations(
    understander: Understander, tried: list[int], data: st.DataObject
) -> None:
    tried[0] += 1
    email = parse(mutate(data))
    if understander.maybe_hiring(email):
        facts = understander.facts(email)
        assert 0.0 <= facts.confidence <= 1.0


@pytest.fixture
def service(tmp_path: Path, understander: Understander) -> Iterator[Service]:
    settings = tmp_path / "config.yaml"
    settings.write_text(
        "me: {name: Jordan Avery, email: jordan@example.net, timezone: America/Chicago}\n"
        f"mailboxes: [{{type: maildir, name: home, path: {tmp_path}}}]\n"
        f"state_dir: {tmp_path / 'state'}\n"
    )
    config = load_config(settings)
    with Record.open(config.database) as record:
        yield Service(config, record, load_rules_for(config), understander, mailboxes={})


@SERVICE_FUZZ
@given(st.data())
def test_the_service_ingests_or_quarantines_every_mutation(
    service: Service, tried: list[int], data: st.DataObject
) -> None:
    tried[0] += 1
    raw = RawMessage("home", "inbox", f"fuzz-{tried[0]}", mutate(data))
    message_id = parse(raw.data).message_id
    known = bool(message_id) and service.record.has_message(message_id)
    summary = CycleSummary()
    service.ingest(raw, True, NOW, summary)  # raises nothing, whatever the bytes
    handled = summary.read + summary.quarantined
    assert handled == (0 if known else 1) or service.record.is_quarantined(raw)
