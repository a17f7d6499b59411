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
from .clauses import sentences
from .mentions import HONORIFIC, TOKEN

OUT = re.compile(
    r"(?i)\b(drop(s|ped)? out|pulled out|can(no|')t make it|won't be (joining|available)|"
    r"(is|are|'s) (not|no longer) available|(isn't|aren't) available|"
    r"not be (joining|available)|ne (pourra|peut) pas|empêchée?|indisponible|absente?|"
    r"no (podrá|puede) (asistir|estar|participar)|no estará|no participará|ne participera pas|"
    r"nimmt nicht teil|non parteciperà|não participará|neemt niet deel|kann nicht|verhindert|"
    r"nicht (teilnehmen|dabei)|non (potrà|può) (partecipare|esserci)|assente|"
    r"não (poderá|pode) (participar|estar)|kan niet|verhinderd|kan inte|förhindrad|"
    r"na zwolnieniu|na urlopie|nieobecn\w*|nie (będzie|może) (uczestniczyć|obecn\w*)|"
    # "Mrs. Ogunleye will be away on official assignment that day"
    r"(will be|is|'s|are) (away|out of (the )?office|on (\w+ )?leave|off)"
    r"( on| that| this| next| for)?\b(?! (to|with|and)\b)|"
    # "she won't be part of this one", "he's sitting this round out"
    r"(won't|will not|isn't|is not|not) (be )?(part of|involved in|on|joining) (this|the|that|"
    r"today's|your) (one|round|interview|call|panel|conversation|meeting|session|stage)|"
    r"sit(s|ting)? (this|that|it) (\w+ )?out)\b"
)
# the name after these words is replaced
_INSTEAD_OF = re.compile(
    r"(?i)\b(instead of|in place of|rather than|plutôt que|anstatt|piuttosto che|"
    r"(step|stand|fill|sit)(s|ping|ing|ped)? in for|covering for|"
    r"replacing|replaces|(will|'ll|to|would|is going to) (now )?replace|tak(e|es|ing) over from|"
    r"en remplacement de|à la place de|en lugar de|"
    r"en sustitución de|en vez de|"
    r"anstelle von|statt|al posto di|invece di|no lugar de|em vez de|in plaats van|"
    r"i stället för|zamiast|w zastępstwie|zastąpi|zastępuje)\b"
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
# "Mrs. Ogunleye will be away": an honorific's full stop ends no clause
_TITLE_DOT = "".join(f"(?<!\\b{t})" for t in ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Sra", "Ing"))
_CLAUSE = re.compile(
    rf"[;!?]\s+|{_TITLE_DOT}\.\s+|,\s+(?:but|so|mais|pero|aber|ma|mas|maar|men)\s+"
)


def may_replace(line: str) -> bool:
    """Cheap: the line has any of the words a change of panelist needs."""
    return any(p.search(line) for p in (OUT, ENGLISH_OUT, _INSTEAD_OF, _REPLACED_BY, _IN_PLACE))


def replaced(line: str, at: int) -> bool:
    """The person named at offset `at` of `line` drops out of the panel."""
    start, end = _clause_span(line, at)
    if _took_over(line, start, end):
        return True
    clause, at = line[start:end], at - start
    if _out_then_taken(clause, at):
        return True
    for pattern, after in ((_INSTEAD_OF, True), (_REPLACED_BY, False)):
        m = pattern.search(clause)
        if m:
            return at >= m.end() and _next_name(clause, m.end(), at) if after else at < m.start()
    place = _IN_PLACE.search(clause)
    if place:  # out when the words of absence follow the name: "Geraint Hale is on leave
        # that week so my colleague Ffion Davies will interview in his place" drops Geraint only
        before = clause[at : place.start()]
        return at < place.start() and bool(OUT.search(before) or ENGLISH_OUT.search(before))
    out = bool(OUT.search(clause)) or english_replaced(line, at + start)
    return out and _out_in_own_part(clause, at) and not _moved_for(line, at + start)


# "Niamh is out sick this week so it'll be myself and Paddy doing it instead": two parts
_SO = re.compile(r"(?i)\s(?:so|but|therefore|donc|así que|quindi|então|dus|also)\s")


def _out_in_own_part(clause: str, at: int) -> bool:
    """The words of absence stand in the part of the clause that names the person."""
    start = 0
    for m in _SO.finditer(clause):
        if m.start() >= at:
            break
        start = m.end()
    stop = _SO.search(clause, max(at, start))
    part = clause[start : stop.start() if stop else len(clause)]
    return bool(OUT.search(part) or ENGLISH_OUT.search(part))


def _moved_for(line: str, at: int) -> bool:
    """ "Lisa Wong is out sick this week, so we've moved your interview with her to Monday":
    the sentence moves the interview for them, and names nobody in their place."""
    for start, end in sentences(line):
        if start <= at < end:
            sentence = line[start:end]
            stand_in = _INSTEAD_OF.search(sentence) or _REPLACED_BY.search(sentence)
            stand_in = stand_in or _IN_PLACE.search(sentence) or _TAKES_PLACE.search(sentence)
            moved = _INTERVIEW_MOVED.search(sentence)
            return bool(moved) and not stand_in and not _WITHOUT.search(sentence)
    return False


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


# "..., so Meenakshi Sundaram will take the round instead": a later clause of the sentence,
# and no count of people ("two interviewers instead of one")
_INSTEAD = re.compile(
    r"(?i)^,?\s*(so|and|but|donc|así que|also|quindi|então|dus)\b[^.!?]*\b(instead(?!\s+of)|"
    r"in (his|her|their) (place|stead)|à sa place|en su lugar|stattdessen|an (seiner|ihrer) "
    r"Stelle|al suo posto|em seu lugar|in (zijn|haar) plaats)\b"
)


# "Our CEO, Laura Kim, usually meets finalists, but she won't be part of this one", "Mr
# Hoffmann has to travel to Brno, so he will not be available"
_THEN_OUT = re.compile(
    r"(?i)^,?\s*(but|though|although|however|and|so|donc|así que|quindi|então|dus)\s+"
    r"(he|she|they|il|elle|él|ella|lui|lei|ele|ela|hij|zij)\b"
)


# "Herr Schulz ist auf einer Baustelle gebunden; an seiner Stelle nimmt Frau Vogel teil": the
# next clause opens with "in his place", so the one before names who drops out
_PLACE_NEXT = re.compile(
    r"(?i)^[;,:]\s*(?:(?:and|so|und|et|y|e|en|och)\s+)?" + _IN_PLACE.pattern.removeprefix("(?i)")
)


def _took_over(line: str, start: int, end: int) -> bool:
    """The clause naming someone is followed, in the same sentence, by one where another
    person takes their place ("Arjun Nair has been pulled into a customer escalation, so
    Meenakshi Sundaram will take the round instead"), or where they drop out ("..., but she
    won't be part of this one")."""
    rest = line[end:]
    stop = re.search(r"[.!?](\s|$)", rest)
    rest = rest[: stop.start() if stop else len(rest)]
    if _PLACE_NEXT.match(rest):
        return True
    return bool(_INSTEAD.match(rest) or (_THEN_OUT.match(rest) and OUT.search(rest)))


_PART = re.compile(r",?\s+(?:and|so|but)\s+")
_TAKES_PLACE = re.compile(
    r"(?i)\b(tak(e|es|ing)|step(s|ping)? into) (over )?(his|her|their) (place|spot|slot|seat)\b"
)


def _out_then_taken(clause: str, at: int) -> bool:
    """ "Dr. Howard Lindqvist is no longer able to join, and Rebecca Oyelaran-Mills will take
    his place": out in their own part of the clause, and someone takes the place after it."""
    start = 0
    for m in _PART.finditer(clause):
        if m.start() >= at:
            own = clause[start : m.start()]
            out = OUT.search(own) or ENGLISH_OUT.search(own)
            return bool(out) and bool(_TAKES_PLACE.search(clause[m.end() :]))
        start = m.end()
    return False


# "..., so we've moved your interview to Wednesday": the one who is out still interviews
_MOVED = re.compile(
    r"(?i)\b(mov(e|ed|ing)|reschedul\w*|push(ed)?|postpon\w*|new (date|time)|verschoben|"
    r"shift(ed|ing)?|déplac\w*|report\w*|cambi\w*|spostat\w*|adiad\w*|cancel\w*|annul\w*|absag\w*)\b"
)
# the interview itself moves ("we've moved your interview to Monday"), not the person ("has
# since moved to another division")
_INTERVIEW_MOVED = re.compile(
    r"(?i)\b((mov|shift|push|reschedul|postpon|bump)\w*\s+(\w+\s+){0,3}(interview|call|meeting|"
    r"round|chat|conversation|session|it|things)\b|(interview|call|round|meeting|it)\s+"
    r"(is|has been|was|will be)\s+(\w+\s+)?(moved|shifted|rescheduled|postponed|pushed)|cancel\w*|"
    r"déplac\w*|report\w*|verschoben|verschieben|spostat\w*|cambi\w*|adiad\w*|annul\w*|absag\w*)"
)
# ...and only when the sentence says the interview goes on without them
_WITHOUT = re.compile(
    r"(?i)\b(alone|instead|with (\S+ ){1,3}only|(only|just) with|on (his|her|their) own|"
    r"it('ll| will) (just|only) be|"  # "Ravi can't make it anymore, so it'll just be Dana"
    r"by (him|her|them)sel(f|ves)|without (him|her|"
    r"them)|(will|'ll) (now )?(conduct|lead|run|take|do|handle) (the|your|it)|seul\w*|sol[oa]|"
    r"allein\w*|da sol[oa]|sozinh[oa])\b"
)


def absent(text: str) -> set[str]:
    """The names (lowercase words) of the people the text says are out, in any sentence
    that says the interview goes on without them: "Mrs. Owusu will be on leave that week,
    so Mr. Boateng will conduct the interview alone" (the panel listed her in an earlier
    sentence). Not when the sentence moves or cancels the interview for them ("Ana is
    away Monday, so we moved it to Wednesday")."""
    out: set[str] = set()
    for line in text.split("\n"):
        for start, end in sentences(line):
            sentence = line[start:end]
            if _MOVED.search(sentence) or not _WITHOUT.search(sentence):
                continue
            for clause in _CLAUSE.split(sentence):
                out |= _named_out(clause)
    return out


def _named_out(clause: str) -> set[str]:
    """The name right before the clause's words of absence ("Mrs. Owusu will be away")."""
    if _INSTEAD_OF.search(clause) or _REPLACED_BY.search(clause):
        return set()  # the other shapes: `replaced` reads them where the name is
    found = OUT.search(clause) or ENGLISH_OUT.search(clause)
    named = _NAMED_BEFORE.search(clause[: found.start()]) if found else None
    return {named.group("name").lower()} if named else set()


# a name, then at most three small words ("will be", "has unfortunately") before the absence
_NAMED_BEFORE = re.compile(
    rf"(?<![\w.])(?:{HONORIFIC})*(?P<name>{TOKEN}(?: {TOKEN}){{0,3}})(?:\s+[a-z'’]+){{0,3}}\s*$"
)


def is_absent(name: str | None, out: set[str]) -> bool:
    """ "Abena Owusu" is the "Owusu" or the "Abena" the text says is out."""
    words = (name or "").lower().split()
    return bool(words) and bool({" ".join(words), words[0], words[-1]} & out)
