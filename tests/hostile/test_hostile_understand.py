"""Each hostile message is parsed and understood without an exception, in bounded time and
memory, and nothing it carries can become a line break in a header."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable

import pytest
from followup.model import Email, Facts
from followup.understand.parse import parse
from followup.understand.pipeline import Understander

from .messages import ALL, crlf_encoded_words, rtl_override

SECONDS = 20.0  # generous for a 2-core CI machine; a hang is what this catches
PEAK_MB = 400


def _understand(understander: Understander, data: bytes) -> tuple[Email, Facts | None]:
    email = parse(data)
    facts = understander.facts(email) if understander.maybe_hiring(email) else None
    return email, facts


@pytest.mark.parametrize("name", sorted(ALL))
def test_hostile_message_is_survived(
    name: str, understander: Understander, record_property: Callable[[str, object], None]
) -> None:
    record_property("hostile_inputs", 1)
    build: Callable[[], bytes] = ALL[name]
    data = build()
    understander.facts(parse(b"Subject: warm-up\r\n\r\ninterview"))  # load spaCy first
    tracemalloc.start()
    started = time.monotonic()
    email, _facts = _understand(understander, data)
    elapsed = time.monotonic() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < SECONDS, f"{name}: {elapsed:.1f} s"
    assert peak < PEAK_MB * 2**20 + 3 * len(data), f"{name}: peak {peak / 2**20:.0f} MB"
    for value in (email.subject, email.sender.name or "", email.sender.email or ""):
        assert "\r" not in value and "\n" not in value, f"{name}: line break in {value!r}"


def test_encoded_crlf_cannot_add_a_header() -> None:
    email = parse(crlf_encoded_words())
    assert "\n" not in email.subject and "\r" not in email.subject
    assert "\n" not in (email.sender.name or "")
    assert email.sender.email == "jane@acme.example"


def test_bidi_controls_do_not_reach_names(understander: Understander) -> None:
    email = parse(rtl_override())
    facts = understander.facts(email)
    names = [p.name or "" for p in facts.interviewers] + [email.sender.name or ""]
    for name in names:
        assert not any(
            ch in name for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        )
