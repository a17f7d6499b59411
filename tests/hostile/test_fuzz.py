"""Property-based fuzzing of parsing and understanding: arbitrary bytes, and mutations of a
real invitation, never raise and never take long."""

from __future__ import annotations

from followup.understand.parse import parse
from followup.understand.pipeline import Understander
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    deadline=5000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(st.binary(max_size=4096))
def test_parse_never_raises_on_bytes(data: bytes) -> None:
    email = parse(data)
    assert "\n" not in email.subject and "\r" not in email.subject


@FUZZ
@given(st.data())
def test_understand_survives_mutated_invitations(
    understander: Understander, data: st.DataObject
) -> None:
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
    email = parse(bytes(mutated))
    if understander.maybe_hiring(email):
        facts = understander.facts(email)
        assert 0.0 <= facts.confidence <= 1.0
