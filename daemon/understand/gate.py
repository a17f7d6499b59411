"""Which cue and veto patterns could match a text, told without running them.

`classify` runs some 200 case-insensitive patterns over up to 5,000 characters of every
message that passes the pre-filters; each is a scan of the whole text, and on the initial
scan of a large mailbox they were most of the understand stage's time. Most patterns cannot
match without some word ("interview", "unfortunately", "webinar"), and looking for the words
in the lowercased text costs a small part of a case-insensitive regex scan: all of them at
once, in one scan of the text against a tree of their letters (`trie_pattern`).
`needs(pattern)` reads the words off the parsed pattern (at least one of them is in every
match, so a text with none of them cannot match); `might_match` skips the regular
expression when the text has none. The answers are the same as running every pattern.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import product
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser
from typing import Any

MAX_STRINGS = 64  # alternatives kept for one required piece of a pattern
MIN_WORD = 3  # characters of the shortest word worth looking for
# Non-ASCII characters that a case-insensitive regex matches to an ASCII letter although
# their `lower()` is not that letter (checked over all of Unicode in the tests).
_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_TRICKY = re.compile("[" + "".join(_TO_ASCII) + "]")
_FIX = str.maketrans(_TO_ASCII)


class Gate:
    """For a fixed list of patterns: which of them might match a text. The words they need
    are looked for in one pass over the text, whichever patterns need them."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.always: set[re.Pattern[str]] = set()
        self.by_word: dict[str, list[re.Pattern[str]]] = {}
        for pattern in patterns:
            need = needs(pattern)
            if need is None:
                self.always.add(pattern)
            for word in need or ():
                self.by_word.setdefault(word, []).append(pattern)
        # At every position of the text, the longest needed word that starts there; every
        # other word starting there is a beginning of it (some 1,400 substring searches of
        # the whole text cost three times as much as this one scan).
        self._scan = re.compile(f"(?=({trie_pattern(self.by_word)}))") if self.by_word else None

    def candidates(self, text: str) -> set[re.Pattern[str]]:
        """The patterns that might match `text` (the others cannot)."""
        out = set(self.always)
        for word in self.words_in(fold(text)):
            out.update(self.by_word[word])
        return out

    def words_in(self, folded: str) -> set[str]:
        """The needed words that occur in `folded`."""
        found: set[str] = set()
        if self._scan is None:
            return found
        for longest in {m.group(1) for m in self._scan.finditer(folded)}:
            found.update(
                longest[:i] for i in range(1, len(longest) + 1) if longest[:i] in self.by_word
            )
        return found


@lru_cache(maxsize=16)
def gate(patterns: tuple[re.Pattern[str], ...]) -> Gate:
    return Gate(patterns)


def fold(text: str) -> str:
    """The text lowercased, so that every piece of it a case-insensitive pattern matches
    to ASCII letters reads as those letters."""
    if not text.isascii() and _TRICKY.search(text):
        text = text.translate(_FIX)
    return text.lower()


def needs(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowercase strings at least one of which every match of `pattern` contains; None when
    no such set is found (the pattern is always run)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern this reader does not follow: always run it
        return None
    found = _required(list(parsed))
    return frozenset(found) if found else None


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The best set of strings one of which every match of this sequence contains."""
    best: set[str] | None = None
    run: set[str] | None = {""}  # the exact strings the current run of fixed items matches

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and _worth(candidate) > 0 and _better(candidate, best):
            best = candidate

    for op, av in items:
        exact = _exact(op, av)
        if exact is not None and run is not None and len(run) * len(exact) <= MAX_STRINGS:
            run = {a + b for a, b in product(run, exact)}
            continue
        consider(run)
        run = exact if exact is not None else {""}
        if exact is None:
            consider(_inner_required(op, av))
    consider(run)
    for piece in _single_runs(items):  # " interview " alone: fewer words than a run with it
        consider(piece)
    return best


def _single_runs(items: list[tuple[Any, Any]]) -> list[set[str]]:
    """The runs of pieces that each match one fixed string, as one-string sets."""
    runs, run = [], ""
    for op, av in items:
        exact = _exact(op, av)
        if exact is not None and len(exact) == 1:
            run += next(iter(exact))
            continue
        runs.append({run})
        run = ""
    return [*runs, {run}]


def _better(candidate: set[str], best: set[str] | None) -> bool:
    if best is None:
        return True
    return _worth(candidate) > _worth(best)


def _worth(strings: set[str]) -> float:
    """Longer words are rarer (skip more texts); each alternative is one more search; one
    shorter than MIN_WORD ("a", " ") is in nearly every text and worth nothing."""
    shortest = min(sum(1 if c.isascii() else 3 for c in s) for s in strings)  # 面接: rare
    return min(shortest, 7) - 0.15 * len(strings) if shortest >= MIN_WORD else -99.0


def _inner_required(op: Any, av: Any) -> set[str] | None:
    """What a piece that is not a fixed set of strings still requires."""
    if op is _parser.SUBPATTERN:
        return _required(list(av[3]))
    if op is _parser.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _required(list(branch))
            if not found:
                return None
            union |= found
        return union if len(union) <= MAX_STRINGS else None
    if op in _REPEATS and av[0] >= 1:
        return _required(list(av[2]))
    return None


_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, getattr(_parser, "POSSESSIVE_REPEAT", None))


def _exact(op: Any, av: Any) -> set[str] | None:
    """The strings a piece matches, when they are few and fixed ("" for a zero-width one)."""
    if op is _parser.LITERAL:
        char = chr(av)
        return {char.lower()} if _plain(char) else None
    if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
        return {""}
    if op is _parser.IN:
        if not all(o is _parser.LITERAL and _plain(chr(a)) for o, a in av):
            return None
        return {chr(a).lower() for _, a in av}
    if op is _parser.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is _parser.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _sequence(list(branch))
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= MAX_STRINGS else None
    if op in _REPEATS and av[1] <= 1:
        inner = _sequence(list(av[2]))
        if inner is None:
            return None
        return inner | {""} if av[0] == 0 else inner
    return None


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    run: set[str] = {""}
    for op, av in items:
        exact = _exact(op, av)
        if exact is None or len(run) * len(exact) > MAX_STRINGS:
            return None
        run = {a + b for a, b in product(run, exact)}
    return run


def _plain(char: str) -> bool:
    """A character `fold` keeps as the pattern's lowercase (ASCII, or a letter with no case
    such as a kanji); a cased non-ASCII one (é, ß, Σ) may fold otherwise: not used."""
    if char.isascii():
        return True
    return char.lower() == char == char.upper() and unicodedata.category(char) == "Lo"


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of `words` as a tree of their letters ("ma(?:r(?:ch|zo)?|y)"): the same
    matches as the words listed longest first, but a text position is tried against a few
    first letters rather than against every one of some 200 month names."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: dict[str, Any]) -> str:
    parts = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(parts) == 1 else f"{body}?"
