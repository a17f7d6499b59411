"""Whether a panelist the text names drops out, in the languages hiring mail comes in.

"Mark Evans is out this week, so Sofia Rossi will take his place": Mark is replaced, Sofia is
not. `clauses.replaced` reads English; this reads the same three shapes in French, Spanish,
German, Italian, Portuguese, Dutch and Swedish too, and a person who "drops out" or "won't
be joining", "can't make it":
- "instead of Mark" / "en lugar de Mark": the name after the words was replaced;
- "Mark has been replaced by Sofia" / "elle sera remplacée par M. Roche": the name before;
- "Dr. Méndez no podrá asistir, y en su lugar te entrevistará la Dra. Castell": the name
  before "in his place" drops out when the words before it say so, the one after stays.
"""

from __future__ import annotations

import re

from .clauses import REPLACED as ENGLISH_OUT
from .clauses import replaced as english_replaced

OUT = re.compile(
    r"(?i)\b(drop(s|ped)? out|pulled out|can(no|')t make it|won't be (joining|available)|"
    r"(is|are|'s) (not|no longer) available|(isn't|aren't) available|"
    r"not be (joining|available)|ne (pourra|peut) pas|empêchée?|indisponible|absente?|"
    r"no (podrá|puede) (asistir|estar|participar)|no estará|kann nicht|verhindert|"
    r"nicht (teilnehmen|dabei)|non (potrà|può) (partecipare|esserci)|assente|"
    r"não (poderá|pode) (participar|estar)|kan niet|verhinderd|kan inte|förhindrad)\b"
)
# the name after these words is replaced
_INSTEAD_OF = re.compile(
    r"(?i)\b(instead of|in place of|(step|stand|fill|sit)(s|ping|ing|ped)? in for|covering for|"
    r"replacing|replaces|tak(e|es|ing) over from|en remplacement de|à la place de|en lugar de|"
    r"en sustitución de|en vez de|"
    r"anstelle von|statt|al posto di|invece di|no lugar de|em vez de|in plaats van|"
    r"i stället för)\b"
)
# the name before these words is replaced
_REPLACED_BY = re.compile(
    r"(?i)\b(replaced by|be(en)? replaced|swapped out|(sera|est) remplacée? par|"
    r"(será|ha sido) (sustituid|reemplazad)[oa] por|"
    r"wird (\w+ )?(von|durch) .{0,40}?(vertreten|ersetzt)|sarà sostituit[oa] da|"
    r"será substituíd[oa] por|wordt vervangen door|ersätts av)"
)
# "in his place": before it, someone drops out; after it, the substitute
_IN_PLACE = re.compile(
    r"(?i)\b(in (his|her|their) (place|stead)|en su lugar|à sa place|an (seiner|ihrer) Stelle|"
    r"al suo posto|em seu lugar|no seu lugar|in (zijn|haar) plaats|i (hans|hennes) ställe)\b"
)
_CLAUSE = re.compile(r"[;.!?]\s+|,\s+(?:but|so|mais|pero|aber|ma|mas|maar|men)\s+")


def replaced(line: str, at: int) -> bool:
    """The person named at offset `at` of `line` drops out of the panel."""
    start, end = _clause_span(line, at)
    if _took_over(line, start, end):
        return True
    clause, at = line[start:end], at - start
    for pattern, after in ((_INSTEAD_OF, True), (_REPLACED_BY, False)):
        m = pattern.search(clause)
        if m:
            return at >= m.end() and _next_name(clause, m.end(), at) if after else at < m.start()
    place = _IN_PLACE.search(clause)
    if place:
        before = clause[: place.start()]
        return at < place.start() and bool(OUT.search(before) or ENGLISH_OUT.search(before))
    return bool(OUT.search(clause)) or english_replaced(line, at + start)


def _next_name(clause: str, end: int, at: int) -> bool:
    """ "instead of Jane Whitfield you'll now meet Marcus": only the name the words name."""
    return not re.search(r"[,;:]|\b(you|vous|usted|te|Sie|will|now)\b", clause[end:at])


def _clause_span(line: str, at: int) -> tuple[int, int]:
    start = 0
    for m in _CLAUSE.finditer(line):
        if m.start() >= at:
            return start, m.start()
        start = m.end()
    return start, len(line)


# "..., so Meenakshi Sundaram will take the round instead": a later clause of the sentence
_INSTEAD = re.compile(
    r"(?i)^,?\s*(so|and|but|donc|así que|also|quindi|então|dus)\b[^.!?]*\b(instead|"
    r"in (his|her|their) (place|stead)|à sa place|en su lugar|stattdessen|an (seiner|ihrer) "
    r"Stelle|al suo posto|em seu lugar|in (zijn|haar) plaats)\b"
)


def _took_over(line: str, start: int, end: int) -> bool:
    """The clause naming someone is followed, in the same sentence, by one where another
    person takes their place ("Arjun Nair has been pulled into a customer escalation, so
    Meenakshi Sundaram will take the round instead")."""
    rest = line[end:]
    stop = re.search(r"[.!?](\s|$)", rest)
    return bool(_INSTEAD.match(rest[: stop.start() if stop else len(rest)]))
