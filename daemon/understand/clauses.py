"""Clauses and sentences of a line, and whether the person a clause names drops out.

"Mark Evans is out this week, so Sofia Rossi will take his place": Mark is replaced, Sofia
is not. A line of plain text is often a whole paragraph; "Eng. Heba Mostafa" does not end a
sentence.
"""

from __future__ import annotations

import re

REPLACED = re.compile(
    r"(?i)\b(no longer|unable to|can't|cannot|won't be able|will not be able|instead of|"
    r"replac(e|es|ed|ing)|in place of|step(ping)? in for|out of (the )?office|swap(ped)?|"
    r"covering for|on leave|dropped|not be joining|sick|ill|unwell|unavailable|travel(l)?ing|"
    r"(is|are|'s) out|off sick|away this week)\b"
)
# "Sofia will step in for Mark", "instead of Mark": the name after it was replaced;
# "Mark has been replaced by Sofia": the name before it; "Sofia will take his place": neither.
SUBSTITUTE = re.compile(
    r"(?i)\b(instead of|in place of|(step|stand|fill|sit)(s|ping|ing|ped)? in for|covering for|"
    r"replacing|replaces|tak(e|es|ing) over from|swap(s|ped)? (in )?for)\b"
)
# "Thanks for speaking with Jenna Roy last week": a round that is over
PAST_MEETING = re.compile(
    r"(?i)\b(last week|yesterday|earlier today|previously|(thanks|thank you) for (speaking|meeting|"
    r"talking|chatting)|enjoyed (meeting|speaking|talking)|(spoke|met|talked|chatted) with)\b"
)
_REPLACED_BY = re.compile(r"(?i)\b(replaced by|be(en)? replaced|swapped out)\b")
TAKES_PLACE = re.compile(r"(?i)\btak(e|es|ing) (over )?(his|her|their|the) (place|spot|slot)\b")


def clause_at(line: str, at: int) -> str:
    """The clause of `line` around offset `at` ("Bad: Joost can't do Friday. Joost van Dijk
    will be joined by..." - the second clause is about the new interview)."""
    start, end = _clause_span(line, at)
    return line[start:end]


def _clause_span(line: str, at: int) -> tuple[int, int]:
    start = 0
    for m in re.finditer(r"[;.!?]\s+|,\s+(?:but|so)\s+", line):
        if m.start() >= at:
            return start, m.start()
        start = m.end()
    return start, len(line)


# honorifics and titles written with a full stop, in the languages hiring mail comes in
_ABBREVIATION = re.compile(
    r"(?i)(?:^|\W)(?:dr|mr|mrs|ms|mx|prof|pr|eng|engr|ing|arch|dott|ssa|avv|sig|sr|sra|srta|dra|"
    r"mme|mlle|st|dhr|mevr|mw|drs|ir|mag|dipl|hr|fr|mgr|[a-z])\.\s*$"
)


def sentences(line: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])", line):
        if not _ABBREVIATION.search(line[max(0, m.start() - 6) : m.start()]):  # "Eng. Heba"
            spans.append((start, m.start()))
            start = m.end()
    return [*spans, (start, len(line))]


def replaced(line: str, at: int) -> bool:
    """The person named at offset `at` of `line` drops out of the panel: the clause says
    they are out, or that someone replaces them (not the person who replaces)."""
    start, end = _clause_span(line, at)
    clause, at = line[start:end], at - start
    substitute = SUBSTITUTE.search(clause)
    if substitute:
        return at >= substitute.end()
    replaced_by = _REPLACED_BY.search(clause)
    if replaced_by:
        return at < replaced_by.start()
    if TAKES_PLACE.search(clause):
        return False
    return bool(REPLACED.search(clause))
