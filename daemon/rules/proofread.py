"""Proofreading a rendered draft before delivery: spelling (pyspellchecker, with every word
of the record's names, companies, roles and notes allowed), unfilled placeholders, a
greeting naming someone who is not a recipient, and recipients without an address.

Problems are reported, not fixed: the user edits the draft; a rule may hold it instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from spellchecker import SpellChecker

from ..model import Draft

PLACEHOLDER = re.compile(r"\[\[[^\]]*\]\]|\{\{.*?\}\}|\{%.*?%\}|<<[^>]*>>|\bTODO\b|\bXXX\b")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]|[A-Za-z]")
SKIP = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\S+\.(?:com|org|net|io|dev)\b")
GREETING = re.compile(r"^\s*(?:Dear|Hi|Hello|Hey)\s+([^,\n]+?)\s*,", re.MULTILINE)
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "professor", "team", "all", "there", "everyone"}
)
MAX_SPELLING = 8
# context values whose words are never misspellings: names, titles, the employer's own words
ALLOWED_FROM = (
    "me", "to", "recipients", "company", "role", "interviewers", "reference", "requested",
)  # fmt: skip


@lru_cache(maxsize=1)
def _checker() -> SpellChecker:
    return SpellChecker(language="en", distance=1)


def proofread(body: str, draft: Draft) -> list[str]:
    problems = [
        f"missing recipient address for {p.name or 'a recipient'}" for p in draft.to if not p.email
    ]
    if not draft.to:
        problems.append("missing recipient: the draft has no To address")
    problems += [f"unfilled placeholder in the subject: {m}" for m in _placeholders(draft.subject)]
    problems += [f"unfilled placeholder: {m}" for m in _placeholders(body)]
    problems += _greeting(body, draft)
    problems += _titles(body, draft)
    problems += _spelling(body, draft.context)
    return problems


def _placeholders(body: str) -> list[str]:
    return list(dict.fromkeys(m.group(0)[:80] for m in PLACEHOLDER.finditer(body)))


def _greeting(body: str, draft: Draft) -> list[str]:
    known: set[str] = set()
    for p in (*draft.to, *draft.cc):
        known.update(w.lower() for w in WORD.findall(p.name or ""))
    problems = []
    for match in GREETING.finditer(body):
        words = [w.lower() for w in WORD.findall(match.group(1))]
        names = [w for w in words if w not in HONORIFICS]
        if names and not set(names) <= known:
            problems.append(
                f"greeting names {match.group(1)!r}, who is not a recipient "
                "by that name in the record"
            )
    return problems


def _titles(body: str, draft: Draft) -> list[str]:
    """A title the record gives someone else, in a letter to one person who is not the user."""
    me = draft.context.get("me")
    mine = me.get("email", "") if isinstance(me, Mapping) else ""
    if len(draft.to) != 1 or (draft.to[0].email or "").lower() == str(mine).lower():
        return []
    person = draft.to[0]
    role = str(draft.context.get("role") or "")
    others = draft.context.get("interviewers")
    problems = []
    for other in others if isinstance(others, list) else []:
        title, name = str(other.get("title") or ""), str(other.get("name") or "")
        if not title or name == person.name or title == person.title or title in role:
            continue
        if title in body:
            problems.append(
                f"title {title!r} is {name}'s in the record, not {person.name}'s "
                f"({person.title or 'no title recorded'})"
            )
    return problems


def _spelling(body: str, context: Mapping[str, Any]) -> list[str]:
    known = [context.get(k) for k in ALLOWED_FROM]
    message = context.get("message")
    if isinstance(message, Mapping):
        known.append(message.get("sender"))
    allowed = {w.lower() for w in _strings(known) for w in WORD.findall(w)}
    text = SKIP.sub(" ", PLACEHOLDER.sub(" ", body))
    words = [m.group(0).strip("'’") for m in WORD.finditer(text) if not _proper(text, m)]
    candidates = {w.lower() for w in words if len(w) > 2 and not w.isupper()} - allowed
    checker = _checker()
    unknown = sorted(checker.unknown(candidates))
    problems = []
    for word in unknown[:MAX_SPELLING]:
        guess = checker.correction(word)
        hint = f" (did you mean {guess!r}?)" if guess and guess != word else ""
        problems.append(f"spelling: {word!r}{hint}")
    return problems


def _proper(text: str, match: re.Match[str]) -> bool:
    """A capitalised word inside a sentence is taken as a name (Kafka, Snowflake); one that
    starts a sentence or line is still checked."""
    if not match.group(0)[0].isupper():
        return False
    before = text[: match.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n"


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
