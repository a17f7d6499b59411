"""What an info_request asks for, as short items the reply can list ("a writing sample",
"a link to your GitHub profile"). Rule-based: the object of a request verb ("could you
send us ...", "please provide ...") up to the end of its sentence, split at commas and
"and"; a list under a request line ("please upload the following:") item by item.
Used only to pre-fill a reply the user edits, so a missed item costs one line of typing.
"""

from __future__ import annotations

import re

MAX_ITEMS = 8
MAX_ITEM = 120

_VERB = (
    r"(?:send|share|provide|submit|upload|forward|attach|complete|answer|fill in|fill out"
    r"|let (?:me|us) know|let (?:me|us) have|email|bring)"
)
_ASK = (
    r"(?:(?:could|can|would|will) you|(?:if|whether) you (?:could|can)|please(?: could you)?"
    r"|(?:we|i)(?:'d| would) (?:also )?like you to)"
)
CUE = re.compile(
    rf"\b(?:{_ASK}(?: please| also| kindly)* {_VERB}"
    r"|(?:we|i)(?:'d| would) (?:also )?like to (?:see|have|get)"
    r"|(?:we|i)(?: will|'ll| would|'d| still)? (?:also )?need"
    r"|we ask (?:every candidate|all candidates|candidates|you) for)"
    r"(?: (?:us|me|over|back|also))*\s+",
    re.IGNORECASE,
)
LIST_CUE = re.compile(
    r"\b(?:could you|can you|please|following|need|send|provide|upload|folgende)\b", re.I
)
# where the object ends: a deadline, a channel, a purpose, a dash aside, a link
TAIL = re.compile(
    r"\s*(?:\bby (?:the )?(?:end|mon|tue|wed|thu|fri|sat|sun|\d|jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec|tomorrow|your first day)|\b(?:using|via|through|in|on|at|to) "
    r"(?:the|our|this|a) (?:secure )?(?:link|portal|form|page|site|onboarding)|\busing the\b"
    r"|\bbefore\b|\bso that\b|\bso (?:we|the|i)\b|\bif you\b|\bwhen you\b|\bwhenever\b"
    r"|\bfor (?:the|this) (?:role|position)\b| [—–-] |;|https?://).*$",
    re.IGNORECASE,
)
_DET = r"(?:a|an|the|your|any|two|three|four|five|some|copies|copy|links?|proof)\b"
_AND_VERB = r"(?:send|share|provide|submit|upload|complete|attach|fill)"
SPLIT = re.compile(
    rf",?\s+and (?={_AND_VERB}\b)|,\s*(?:and|plus|together with)\s+(?={_DET})|,\s+(?={_DET})"
    rf"|\s+(?:plus|together with|as well as)\s+|\s+and\s+(?={_DET})",
    re.IGNORECASE,
)
ASIDE = re.compile(r",\s*(?:ideally|including|preferably|for example|e\.g\.|especially)\b", re.I)
SENTENCE = re.compile(r"[^.?!:\n]+(?:[.?!:]+|$)")
BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+(.+?)\s*$")
LEAD = re.compile(rf"^(?:(?:also|just|kindly|over|back|us|me|and|or|plus|{_VERB})\s+)+", re.I)
PARENS = re.compile(r"\([^()]*\)")
# punctuation and spaces inside parentheses, hidden from sentence and item splitting
MASKED = ",.?!;: "
MASK = str.maketrans({ch: chr(n) for n, ch in enumerate(MASKED, 1)})
UNMASK = str.maketrans({chr(n): ch for n, ch in enumerate(MASKED, 1)})
PRONOUNS = frozenset({"us", "me", "it", "them", "this", "that", "these", "those"})


def asked_for(body: str) -> tuple[str, ...]:
    """The items the message asks the candidate for, in order, without duplicates."""
    items = [*_listed(body), *_in_sentences(body)]
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return tuple(seen.values())[:MAX_ITEMS]


def _listed(body: str) -> list[str]:
    """Bullets right after a line that asks for something and ends with a colon."""
    lines = body.splitlines()
    found: list[str] = []
    for n, line in enumerate(lines):
        if not (line.rstrip().endswith(":") and LIST_CUE.search(line)):
            continue
        for follow in lines[n + 1 :]:
            bullet = BULLET.match(follow)
            if bullet is None:
                if follow.strip():
                    break
                continue
            found.append(_clean(bullet.group(1)))
    return [f for f in found if f]


def _in_sentences(body: str) -> list[str]:
    """Objects of request verbs; punctuation inside parentheses is masked so that
    "(passport, or share code)" stays inside its item."""
    text = " ".join(line.strip() for line in body.splitlines() if not BULLET.match(line))
    text = PARENS.sub(lambda m: m.group(0).translate(MASK), text)
    found: list[str] = []
    for sentence in SENTENCE.findall(text):
        cue = CUE.search(sentence)
        if cue is None:
            continue
        obj = TAIL.sub("", sentence[cue.end() :].rstrip(".?!: "))
        if obj.lower().startswith("the following"):
            continue
        found += _items(obj)
    return [f.translate(UNMASK) for f in found if f and f.lower() not in PRONOUNS]


def _items(obj: str) -> list[str]:
    aside = ASIDE.search(obj)
    main, rest = (obj[: aside.start()], obj[aside.start() :]) if aside else (obj, "")
    parts = [_clean(p) for p in SPLIT.split(main)]
    parts = [p for p in parts if p]
    if parts and rest:
        parts[-1] = _clean(parts[-1] + rest)
    return parts


def _clean(text: str) -> str:
    item = LEAD.sub("", " ".join(text.split())).strip(" ,;:.?!")
    item = re.sub(r"\s+(?:here|below|please)$", "", item, flags=re.IGNORECASE)
    return item[:MAX_ITEM]
