"""How the cue tables are written and put together: weighted patterns per kind, in cues.py,
phrasings.py and lexicon.py (and the vetoes' in vetoes.py), added up per kind."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import Kind

Cue = tuple[re.Pattern[str], float]


def cues(*pairs: tuple[str, float]) -> tuple[Cue, ...]:
    return tuple((re.compile(p, re.IGNORECASE), w) for p, w in pairs)


def merged(*tables: Mapping[Kind, tuple[Cue, ...]]) -> dict[Kind, tuple[Cue, ...]]:
    """Each kind's cues from every table, in the order the tables are given."""
    out: dict[Kind, tuple[Cue, ...]] = {}
    for table in tables:
        for kind, more in table.items():
            out[kind] = out.get(kind, ()) + more
    return out
