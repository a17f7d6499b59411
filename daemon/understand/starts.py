"""Which of an invitation's times is the interview's: not the time to arrive or check in,
not a deadline set for the candidate ("complete the assessment by Friday at 5pm"), not an
event mentioned on the side ("our trivia night is Thursday at 6pm")."""

from __future__ import annotations

import re

from .clauses import sentences
from .dates import Found

LOOK_BACK = 70  # characters before a time that say what it is the time of
_NOT_THE_START = re.compile(
    r"(?i)\b(arriv(e|al)|check[- ]?in|report to|reporting|be there|sign in|doors open|"
    r"complete|submit|upload|return|reply|respond|confirm(?!ed)|expires?|deadline|due|"
    r"no later than|trivia|happy hour|party|social|drinks|dinner|webinar|"
    r"written (test|exam)|prueba escrita|test [ée]crit|[ée]preuve [ée]crite|prova scritta|"
    r"筆試|笔试|筆記試験|परीक्षा|"
    r"finish(es)?|ends?|wrap(s)? up|be done|until|till|close(s|d)?|closing|"
    r"by\s+(?=(?:the\s+)?(?:\w+day|tomorrow|today|end|close|eod|cob|noon|\d|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
)
_THE_START = re.compile(
    r"(?i)\b(interview\w*|call|chat|screen\w*|meeting|conversation|starts?|begins?|"
    r"onsite|session|panel|round|entrevista|entretien|colloquio|gespr[äa]ch|wawancara|"
    r"m[üu]lakat|phỏng vấn)\b|面試|面试|面接|साक्षात्कार|مقابلة|면접"
)


def interview_times(found: list[Found], text: str) -> list[Found]:
    """The times that may be the interview's: those the words just before them do not call
    an arrival, a deadline or another event (all of them when every one is so called), nor
    an itinerary's row does after them ("6:40 pm  Arrive at BTV", "12:00  Lunch with ...")."""
    found = conversions(found)
    kept = []
    for i, f in enumerate(found):
        since = max(found[i - 1].offset + 1 if i else 0, f.offset - LOOK_BACK)
        before = _clause(text[since : f.offset])
        if _row_says_other(f) or _block_says_other(f, text):
            continue
        if not _NOT_THE_START.search(before) or _THE_START.search(_tail(before)):
            kept.append(f)
    return kept or found


_CLOCK = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\b\.?)?"
_ROW_TIME = re.compile(rf"(?i)^\s*{_CLOCK}(?:\s*[-–—~]\s*{_CLOCK})?\s*")
_OTHER_ROW = re.compile(
    r"(?i)^\W*(arriv\w*|check[- ]?in|pick\w* (you )?up|(\w+ )?(picks|drives|walks|meets) you|"
    r"drive\w*|depart\w*|flight|transfer|lunch|dinner|breakfast|coffee break|break|tour|"
    r"hotel|travel|taxi|medical\w*|"
    r"(written|trade|practical|aptitude|psychometric) (\w+ ){0,2}(test|exam\w*|assessment)|"
    # the same tests in other languages: "Prueba escrita", "Bài kiểm tra kỹ thuật"
    r"prueba (escrita|de conocimientos|t[ée]cnica|psicot[ée]cnica|pr[áa]ctica)|examen|"
    r"[ée]preuve|test [ée]crit|prova (scritta|pratica|tecnica)|schriftliche\w* (test|pr[üu]fung)|"
    r"b[àa]i (ki[ểe]m tra|thi)|ki[ểe]m tra|tes (tertulis|tulis|psikologi)|psikotes|"
    r"yaz[ıi]l[ıi] s[ıi]nav|s[ıi]nav|egzamin|test pisemny|สอบข้อเขียน|สอบปฏิบัติ|ทดสอบ)\b"
)
# "  + 8h00 – 9h00: ...", "- เวลา 09.00-11.00 น. ..." (a bullet, a word for "time") are rows too
_WELCOME = re.compile(r"(?i)\bwelcome\b")  # the day begins with it, as in "08:30 Welcome"
_ROW_BULLET = re.compile(
    r"(?i)^[\s\-*•·+>]*(?:(?:time|hora|heure|zeit|ora|waktu|pukul|saat|เวลา)\W*)?$"
)
_ROW_UNIT = re.compile(r"(?i)^\s*(?:น\.|uhr\b|hrs?\b|horas\b|heures\b)\s*")
_LABEL_LINE = re.compile(r"^\s*[^\W\d_][\w /.]{0,24}:\s*\S")  # "Hora: 7:30", "Fecha: ..."


# a sentence or clause break ("interview at 2 - lunch at 1" is two)
_BREAK = re.compile(r"[.;!?\n]|\s[-–—]\s")


def _row_says_other(found: Found) -> bool:
    """A schedule row that starts with this time says what the time is for."""
    if not _ROW_BULLET.match(found.line[: found.at]):
        return False
    rest = _ROW_UNIT.sub("", _ROW_TIME.sub("", found.line[found.at :], count=1), count=1)
    first = _BREAK.split(rest)[0]
    return bool(_OTHER_ROW.search(first)) and not (
        _THE_START.search(first) or _WELCOME.search(first)  # "08:30 Arrival and welcome"
    )


def _block_says_other(found: Found, text: str) -> bool:
    """ "1. Prueba escrita / Fecha: martes 12 de mayo / Hora: 7:30": a time on a label line
    belongs to the heading above its block of label lines, which may name a test; a time on
    the line just under a short heading too ("Step 1 - Written test / Friday 2 October,
    09:00-12:00")."""
    above = text[max(0, found.offset - found.at - 300) : max(0, found.offset - found.at)]
    lines = above.split("\n")[-5:-1] if above.endswith("\n") else []
    if not _LABEL_LINE.match(found.line):
        lines = lines[-1:]
    for line in reversed(lines):
        if not line.strip() or len(line) > 80:
            return False
        if not _LABEL_LINE.match(line):  # the heading
            heading = _HEADING_NUMBER.sub("", line)
            return bool(_OTHER_ROW.search(heading)) and not _THE_START.search(heading)
    return False


_HEADING_NUMBER = re.compile(
    r"(?i)^\W*(?:(?:step|stage|part|phase|round|etapa|paso|[ée]tape|fase|schritt)\s*\d+"
    r"\s*[-–—:.)]?\s*|\d+[.)]\s*)?"
)


def _clause(text: str) -> str:
    """The words since the last sentence or clause break."""
    return _BREAK.split(text)[-1]


def _tail(text: str) -> str:
    """The last few words: "check-in 1:45pm, interview 2:00" names the interview last."""
    return " ".join(text.split()[-2:])


OPEN_CHOICE = re.compile(
    r"(?i)\b(between(?= (\d|[a-z]*day|the (following|times|hours)|now))|any ?time|windows?|"
    r"availability|available|options?|week of|or\b|either|"
    r"(?<!same )(?<!your )(?<!interview )(?<!hour )(?<!minute )(?<!min )"
    r"(?:slots|(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bmy )(?<!\bour )slot)|"  # "take her slot"
    r"which (of these|works)|would any|do any)\b"
)


def open_choice(found: Found) -> bool:
    """The time is one of several offered to choose from ("Tuesday 2pm or Wednesday 3pm",
    "Would any of these work? Tue 2pm, Wed 3pm"), said in its sentence or in a question
    just before it; not "There's a 30-minute break in between" later in the paragraph, nor
    "Thank you for your availability. I confirm your meeting on Monday at 11:00". Nor is a
    deadline for a task the candidate does alone a time to meet ("Please complete it by
    Friday, March 13 at 11:59 PM ET")."""
    spans = sentences(found.line)
    at = next((i for i, (s, e) in enumerate(spans) if s <= found.at < e), len(spans) - 1)
    start, end = spans[at]
    before = found.line[start : found.at]
    if _BY_THEN.search(before) and _TASK.search(before):
        return True
    if at and found.line[: spans[at - 1][1]].rstrip().endswith(("?", ":")):
        start = spans[at - 1][0]
    return bool(OPEN_CHOICE.search(found.line[start:end]))


# "... by Friday, March 13 at ": a deadline's "by" and only date words up to the time
_BY_THEN = re.compile(
    r"(?i:\b(?:by|before|no later than)\s+)(?:(?:the|end|of|eod|cob|[A-Z][a-z]+\.?|"
    r"\d{1,4}(?:st|nd|rd|th)?)[,.]?\s+){0,5}(?i:at\s+)?$"
)
_TASK = re.compile(
    r"(?i)\b(complete|submit|finish|record|upload|return|send|respond|reply|accept|sign|"
    r"take the|do the)\b"
)


_CONVERTED = re.compile(r"^[^.;!?()\n]{0,40}\(\s*$")


def conversions(found: list[Found]) -> list[Found]:
    """Without the times that only convert the one before them into another zone: "15:00
    Copenhagen time (18:30 in Mumbai)", "10:00 CEST (13:30 IST)"."""
    kept: list[Found] = []
    for f in found:
        prev = kept[-1] if kept else None
        same_line = prev is not None and prev.offset - prev.at == f.offset - f.at
        if prev and same_line and prev.at < f.at and _CONVERTED.match(f.line[prev.at : f.at]):
            continue
        kept.append(f)
    return kept
