"""A short reply that changes the panel of the interview it quotes.

"Small change: Tom can't make it on Tuesday, so Ana Ruiz will step in for him. Everything
else stays the same." over the quoted "... with Tom Hardy and Lisa Wong": the interview is
the quoted one with Lisa Wong and Ana Ruiz. The reply names only the change; the quoted
panel, less whom the reply says is out, is the rest of it. Likewise "Lisa Wong from my team
will join us too": one more panelist, not a new panel.
"""

from __future__ import annotations

import re

from ..model import Person
from .names import same_person
from .substitutes import may_replace, replaced

# "will join us too", "will also sit in": the reply adds to the quoted panel
_ADDS = re.compile(
    r"(?i)\b(also|too|as well|additionally|in addition|"
    r"(will|'ll) (now )?(join|sit in|be joining))\b"
)


def may_change(new_text: str) -> bool:
    """Cheap: the reply has words that drop or add a panelist."""
    return bool(_ADDS.search(new_text)) or any(may_replace(line) for line in new_text.split("\n"))


def changed_panel(
    new_text: str, new: list[Person], quoted: list[Person], writer: Person | None = None
) -> list[Person]:
    """The panel after a short reply naming `new` people over a quoted interview with the
    `quoted` panel; `new` alone when the reply neither drops a quoted panelist nor adds.
    A quoted invitation naming nobody ("Come by Thursday at 9") is the `writer`'s own:
    "my wife Carol is going to sit in too" adds her to them."""
    if not quoted and writer is not None and writer.name and _ADDS.search(new_text):
        quoted = [writer]
    if not new or not quoted:
        return new
    out = [p for p in quoted if _said_out(p.name or "", new_text)]
    if not out and not _ADDS.search(new_text):
        return new
    kept = [p for p in quoted if p not in out]
    extra = [p for p in new if not any(same_person(p.name or "", q.name or "") for q in kept)]
    return [*kept, *extra]


def _said_out(name: str, text: str) -> bool:
    """The reply says the quoted panelist (by full, given or family name) is out."""
    words = name.split()
    keys = {name, words[0], words[-1]} if words else set()
    for line in text.split("\n"):
        if not may_replace(line):
            continue
        for key in keys:
            at = line.find(key)
            while at >= 0:
                if _word_at(line, at, len(key)) and replaced(line, at):
                    return True
                at = line.find(key, at + 1)
    return False


def _word_at(line: str, at: int, size: int) -> bool:
    before = line[at - 1] if at else " "
    after = line[at + size] if at + size < len(line) else " "
    return not before.isalnum() and not after.isalnum()
