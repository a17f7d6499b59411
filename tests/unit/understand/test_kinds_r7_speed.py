"""Round 7: the cue gate finds the words its patterns need in one scan of the text (a tree of
their letters) instead of one substring search per word, and month names are a tree too: the
same answers as before, in a fraction of the time."""

from __future__ import annotations

import re
from pathlib import Path

from followup.understand.classify import _CUE_PATTERNS, _VETO_PATTERNS
from followup.understand.gate import Gate, fold, gate, trie_pattern
from followup.understand.parse import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _texts() -> list[str]:
    return [fold(parse(p.read_bytes()).text[:5000]) for p in sorted(CORPUS.glob("*.eml"))[:200]]


def test_one_scan_finds_every_word_a_substring_search_finds() -> None:
    for patterns in (_CUE_PATTERNS, _VETO_PATTERNS):
        cues = gate(patterns)
        for text in _texts():
            assert cues.words_in(text) == {w for w in cues.by_word if w in text}


def test_words_inside_and_across_other_words() -> None:
    """ "view" inside "interview", "interview" and "interview with" starting together, a
    word that starts inside another's occurrence."""
    patterns = [re.compile(p) for p in ("interview with", "interview", "view", "with y", "th y")]
    cues = Gate(patterns)
    text = "an interview with you"
    assert cues.words_in(text) == {"interview with", "interview", "view", "with y", "th y"}
    assert cues.words_in("no match here") == set()


def test_a_tree_of_words_matches_what_the_word_list_matches() -> None:
    words = ["mar", "march", "marzo", "may", "mayo", "m", "maj"]
    tree = re.compile(rf"\b(?:{trie_pattern(words)})\b")
    listed = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    for text in ["march 10", "10 marzo", "mayo", "may", "maj", "m 5", "mars", "marc", "ma"]:
        assert [m.group(0) for m in tree.finditer(text)] == [
            m.group(0) for m in listed.finditer(text)
        ]
