"""The speed-ups of the understand stage give the same answers as the slow ways they skip:
the cue gate (`gate`) never skips a pattern that matches, and the address fast path
(`address_lists`) reads the same people as the header registry."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from followup.understand import classify
from followup.understand.address_lists import plain_addresses
from followup.understand.cues import CUES
from followup.understand.gate import _TO_ASCII, Gate, fold, needs
from followup.understand.parse import _exact_addresses, parse
from followup.understand.vetoes import VETOES

CORPUS = Path(__file__).parents[2] / "corpus"
PATTERNS = [p for cues in CUES.values() for p, _ in cues] + [p for p, _ in VETOES]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The labelled corpus as `decide` reads it, and the same texts with their case and
    letters changed the ways a case-insensitive regex still matches (İ, ı, ſ, K)."""
    out = []
    for path in sorted(CORPUS.rglob("*.eml")):
        email = parse(path.read_bytes())
        out.append(email.subject + "\n" + " ".join(email.text[:5000].split()))
    rng = random.Random(8)
    for text in out[:80]:
        shouted = "".join(c.upper() if rng.random() < 0.3 else c for c in text)
        out.append(shouted.replace("i", "\u0131").replace("s", "\u017f"))
        out.append(text.replace("I", "\u0130").replace("k", "\u212a"))
    return out


def test_the_gate_never_skips_a_pattern_that_matches(texts: list[str]) -> None:
    gate = Gate(PATTERNS)
    matched = 0
    for text in texts:
        live = gate.candidates(text)
        for pattern in PATTERNS:
            if pattern.search(text):
                matched += 1
                assert pattern in live, (pattern.pattern[:80], text[:200])
    assert matched > 500  # the corpus exercises the patterns


def test_gated_scores_equal_running_every_pattern(texts: list[str]) -> None:
    for text in texts:
        slow_cues = {k: sum(w for p, w in cues if p.search(text)) for k, cues in CUES.items()}
        slow_vetoes = [w for p, w in VETOES if p.search(text)]
        assert classify.cue_scores(text) == slow_cues
        assert classify.vetoes_found(text) == slow_vetoes


def test_the_gate_skips_most_patterns_for_unrelated_text() -> None:
    live = Gate(PATTERNS).candidates("Your order has been dispatched. Thanks for shopping!")
    assert len(live) < len(PATTERNS) / 4


def test_needs_reads_words_off_a_pattern() -> None:
    nxt = needs(re.compile(r"\bnext (step|round) (is|will be)\b", re.I))
    assert nxt and all(word.startswith("next ") for word in nxt)
    assert needs(re.compile(r"\b(webinar|webcast)\b", re.I)) == {"webinar", "webcast"}
    assert needs(re.compile(r"(?i)\bUnfortunately\b")) == {"unfortunately"}
    assert needs(re.compile(r"(面接|面談)の日程")) == {"の日程"}
    assert needs(re.compile(r"\b\d{1,2}:\d{2}\b")) is None  # no word: always run
    assert needs(re.compile(r"(?i)\bé\b")) is None  # a cased non-ASCII letter folds otherwise


def test_fold_reads_every_letter_a_case_insensitive_regex_matches_to_ascii() -> None:
    """All of Unicode: any character that `re.IGNORECASE` matches to an ASCII letter
    folds to that letter (`lower()` alone misses İ, ı and ſ)."""
    everything = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for found in re.finditer(letter, everything, re.IGNORECASE):
            assert fold(found.group()) == letter
            assert found.group().lower() == letter or found.group() in _TO_ASCII


def _norm(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """As `parse` keeps them: whitespace collapsed, quotes stripped, address lowercased."""
    return [
        (" ".join(d.split()).strip("'\" "), " ".join(a.split()).lower()) for d, a in pairs if d or a
    ]


def _generated_headers(rng: random.Random, count: int) -> list[str]:
    atext = "ABCxyz09!#$%&'*+/=?^_`{|}~-"

    def atom() -> str:
        return "".join(rng.choice(atext + "..") for _ in range(rng.randint(1, 5)))

    def ws() -> str:
        return rng.choice([" ", "  ", "\t", "\r\n ", ""])

    def word() -> str:
        if rng.random() < 0.7:
            return atom()
        return '"' + "".join(rng.choice(atext + " ,.<>@():;[]") for _ in range(6)) + '"'

    def addr() -> str:
        local = ".".join(atom().strip(".") or "a" for _ in range(rng.randint(1, 2)))
        return local + "@" + ".".join(rng.choice(["ex", "a-b", "X9", "-", "c"]) for _ in "ab")

    def mailbox() -> str:
        if rng.random() < 0.3:
            return addr()
        return ws().join(word() for _ in range(rng.randint(0, 3))) + ws() + f"<{addr()}>"

    return [
        ws() + (ws() + "," + ws()).join(mailbox() for _ in range(rng.randint(1, 3))) + ws()
        for _ in range(count)
    ]


def test_plain_address_lists_read_as_the_registry_reads_them() -> None:
    headers = [
        *_generated_headers(random.Random(3), 4000),
        "Ana Lopez <ana@acme.example>",
        '"Lopez, Ana" <Ana.Lopez@Acme.Example>, bob@acme.example',
        "<no-reply@greenhouse.io>",
        "Dana O'Neil <dana@x.ie>,\r\n\tTom <t@u.v>",
    ]
    fast = 0
    for text in headers:
        pairs = plain_addresses(text)
        if pairs is not None:
            fast += 1
            assert _norm(pairs) == _norm(_exact_addresses("To", text)), text
    assert fast > 3000


@pytest.mark.parametrize(
    "text",
    [
        "=?utf-8?Q?Mar=C3=ADa?= <maria@acme.example>",  # an encoded word
        "María <maria@acme.example>",  # raw 8-bit
        "undisclosed-recipients:;",  # a group
        "ana@acme.example (Ana Lopez)",  # a comment
        '"A \\"B\\"" <a@b.c>',  # a quoted pair
        "Ana <ana@acme.example",  # broken
    ],
)
def test_anything_else_takes_the_exact_way(text: str) -> None:
    assert plain_addresses(text) is None
