"""Where a shorter candidate for the employer is a longer name's part: "Cedar County" of
"Cedar County Public Health", "Tamar Valley" of "Tamar Valley Hospitals NHS Trust" (the text
also writes "Tamar Valley General Hospital", a site, and "1 Harbour Parade, Coomera", a
town), and the domain's words as the text writes them. String finds only, no pattern per
name."""

from __future__ import annotations

import re
from collections import Counter

from .addresses import ascii_fold
from .org_words import ORG_WORDS


def grown(votes: Counter[str]) -> str | None:
    """ "Cedar County Public Health" where "Cedar County" (the domain's words) also has votes:
    a longer candidate that only adds an organisation's words."""
    for name in sorted(votes, key=len, reverse=True):
        words = name.split()
        for short in votes:
            cut = len(short.split())
            extra = words[cut:]
            if (
                extra
                and words[:cut] == short.split()
                and all(w.isalpha() and w[:1].isupper() for w in extra)
                and extra[-1].lower() in ORG_WORDS
            ):
                return name
    return None


def only_within(short: str, whole: str, text: str) -> bool:
    """Every time the text writes `short`, it is part of `whole`."""
    at = text.find(short)
    while at >= 0:
        after = text[at + len(short) : at + len(short) + 40].split()[:2]
        if _ADDRESS_BEFORE.search(text, max(0, at - 32), at) or _POSTCODE_AFTER.match(
            text, at + len(short)
        ):
            pass  # "1 Harbour Parade, Coomera", "Coomera QLD 4209": the town, not the name
        elif any(w.strip(",.;:") in ORG_WORDS for w in after):
            pass  # "Tamar Valley General Hospital": a longer name, a site's
        elif not any(
            w <= at and at + len(short) <= w + len(whole)
            for w in _finds(text, whole, max(0, at - len(whole)), at + len(whole))
        ):
            return False
        at = text.find(short, at + 1)
    return True


# a street's last word and its comma before a town's name, and a state and postcode after it
_ADDRESS_BEFORE = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|parade|drive|dr|lane|ln|way|boulevard|blvd|place|pl|"
    r"court|ct|highway|hwy|terrace|crescent|square|sq)\.?,\s*$"
)
_POSTCODE_AFTER = re.compile(r",?\s+(?:[a-z]{2,3}\s+)?\d{4,5}\b")


def _finds(text: str, word: str, start: int, end: int) -> list[int]:
    out, at = [], text.find(word, start, end)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1, end)
    return out


def within(short: str, whole: str) -> bool:
    """ "KIYI BELEDİYESİ" is written within "Karşıyaka Kıyı Belediyesi" (any case)."""
    return f" {folded(short)} " in f" {folded(whole)} "


def folded(text: str) -> str:
    return ascii_fold(text.lower().replace("ı", "i"))


_WORD = re.compile(r"[^\W\d_]+")


def written_any_case(text: str, dom: str) -> str | None:
    """ "desert auto repair" signing mail from desertautorepair.example: the domain's words
    as the text writes them (in lower case too), capitalised, not the squashed domain."""
    want = dom.replace("-", "")
    words = list(_WORD.finditer(text[:20_000]))
    for i, first in enumerate(words):
        got = first.group(0).lower()
        j = i
        while want.startswith(got) and got != want and j + 1 < min(len(words), i + 6):
            j += 1
            got += words[j].group(0).lower()
        if got == want and j > i and text[first.start() : words[j].end()].count("\n") == 0:
            return " ".join(w.group(0).capitalize() for w in words[i : j + 1])
    return None
