"""People a meeting line names only by their address: "You will chat with
maria.gonzalez@zepcart.io and kwame.mensah@zepcart.io", "Jon from our team
(jon.whitaker@acme.com)". A work address written given.family@ spells the person's name;
the name is given back capitalised ("Maria Gonzalez"). Role and team addresses (careers@,
talent.team@) name nobody. Cheap: one precompiled regex over a line that holds an "@".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .name_words import NOT_NAME
from .org_words import ORG_WORDS

_ADDRESS = re.compile(
    r"(?<![\w.+-])(?P<given>[a-z]{2,15})[._](?P<family>[a-z]{2,20}(?:-[a-z]{2,20})?)"
    r"@[a-z0-9-]+(?:\.[a-z0-9-]+)+"
)
_ROLE_WORDS = (
    "careers jobs job hr talent team recruiting recruitment people hiring noreply no reply "
    "info hello contact admin office support calendar notifications scheduling"
)
_ROLE_PARTS = frozenset(_ROLE_WORDS.split())


def address_names(line: str, valid: Callable[[str], bool]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each given.family@ address on the line."""
    if "@" not in line:
        return []
    out = []
    for m in _ADDRESS.finditer(line.lower()):
        parts = [m.group("given"), *m.group("family").split("-")]
        if any(p in _ROLE_PARTS or p in NOT_NAME or p in ORG_WORDS for p in parts):
            continue
        name = f"{m.group('given').capitalize()} " + "-".join(
            p.capitalize() for p in m.group("family").split("-")
        )
        if valid(name):
            out.append((name, m.start(), m.end()))
    return out
