"""The employer's stated decision date, resolved against the message's Date header.

Only sentences about the employer deciding or getting back count ("we expect to make a
decision by end of next week", "you'll hear from us within 5 business days"); deadlines set
for the candidate ("please accept by", "upload by Friday", "reply by the 24th") are not
decision dates, and vague phrases ("soon", "in the coming weeks") give nothing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import DATE_RE, _year_for, resolve_date

_STRONG = re.compile(
    r"(?i)\b(decision|decide|hear\s+(?:back|from)|get\s+back|back\s+to\s+you|"
    r"let\s+(?:\w+\s+){0,2}know|contact\s+(?:you|all|every|the\s+\w+)|results?\b|outcome|"
    r"(?:contact|(?:come|get)\s+back\s+to|write\s+to|revert\s+to)\s+(?:all\s+|every\s+|each\s+|the\s+)?"
    r"(?:\w+\s+)?(?:candidates|applicants|finalists)|"
    r"final\s+(?:answer|word)|"
    r"come\s+back\s+to\s+you|revert|entscheid\w*|melden\s+uns|rückmeldung|décision|"
    r"decisión|decisão|reviendrons|feedback|an\s+update|news|an\s+answer|circle\s+back|"
    r"write\s+to\s+(?:you|everyone|all|every)|decisione|beslissing|besked|faremo\s+sapere|"
    r"laten\s+weten|besluit|uitslag|comunicaremos|decyzj\w*|poinformujemy|"
    r"sonu[çc]\w*|ilan\s+edilecek\w*|bildirilecek\w*|duyurulacak\w*|retorno|resposta|esito|"
    r"r[ée]sultat\w*|resultado|hasil|umumkan|kabarkan)|结果|結果|通知您"
)
_WEAK = re.compile(
    r"(?i)\b(update\s+you|an\s+update|feedback|respond\s+to\s+you|be\s+in\s+touch|notify|"
    r"(?:we(?:'ll|\s+will|\s+shall)?|(?:aim|try|hope|expect|plan|strive)\s+to)\s+respond|"
    r"reach\s+out(?:\s+to\s+you)?|wrap\s+up|finali[sz]e|conclude|abzuschließen|abschließen|"
    r"clôturer|concluir|finalizar|concludere|afronden)"
)
_CANDIDATE_DEADLINE = re.compile(
    r"(?i)\b(please\s+(?:\S+\s+){0,5}by|accept(?:ance)?\b.*\bby|sign\b.*\bby|upload|submit|"
    r"return\s+(?:the|your)|reply\s+by|respond\s+by|complete\s+(?:the|your)|send\s+(?:us|me|over)|"
    r"expires?|deadline\s+for\s+you|let\s+(?:us|me)\s+know\b|confirm\s+by|your\s+availability|"
    r"your\s+decision|take\s+(?:a\s+few|some)\s+(?:days|time)|"
    # the same for the candidate in other languages: "confirma tu decisión a más tardar el"
    r"tu\s+decisi[oó]n|(?:votre|ta)\s+décision|(?:sua|tua)\s+decisão|(?:te|le)\s+pedimos|"
    r"veuillez|env[ií]a(?:nos|me)|env[ií]e(?:nos|me)|prosimy|mohon|harap)"
)
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "a": 1,
    "a couple of": 2,
    "couple of": 2,
}
_WITHIN = re.compile(
    r"(?i)\b(?:within|in|over)\s+(?:the\s+next\s+)?(?:about\s+|around\s+|roughly\s+)?"
    r"(?:\d{1,2}\s*(?:-|–|to)\s*)?"  # "7-10 days": the 10
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fourteen|a|a\s+couple\s+of)"
    r"\s+(?P<business>business\s+|working\s+)?(?P<unit>days?|weeks?|fortnight|hours?|hrs)\b"
)
_FROM_ELSE = re.compile(
    r"(?i)\s+(?:of|after|from|following)\s+(?!(?:today|now|this\s+(?:email|message|note))\b)"
)
_WITHIN_ELSEWHERE = re.compile(
    r"(?i)(?:\b(?:en\s+un\s+plazo\s+(?:máximo\s+)?de|dentro\s+de|entro|binnen|innerhalb\s+(?:von\s+)?|"
    r"sous|d'ici|dans\s+les|em\s+até|inom)\s+)?(?P<n>\d{1,2})\s*(?:個|个)?\s*"
    r"(?P<unit>días\s+hábiles|dias\s+úteis|días|dias|giorni\s+lavorativi|giorni|werkdagen|dagen|"
    r"werktagen|arbeitstagen|tagen|jours\s+ouvrés|jours\s+ouvrables|jours|arbetsdagar|dagar|"
    r"semanas|settimane|weken|wochen|semaines|veckor|工作天|工作日|天|営業日|週間|周|日以内)"
)
_BUSINESS = re.compile(r"(?i)hábiles|úteis|lavorativi|werk|arbeit|ouvr|arbets|工作|営業")
_EXPECTED = re.compile(
    r"(?i)\b(?:decision|outcome|answer|feedback)\s+(?:expected|due|date)\s*[:\-]?\s+"
)
_END_OF = re.compile(
    r"(?i)\b(?:by|before|at|until|towards|toward|around)\s+(?:the\s+)?end\s+of\s+"
    r"(?:(?P<which>this|next|the)\s+)?"
    r"(?P<unit>week|month)\b"
)
# "bis Ende nächster Woche", "d'ici la fin de la semaine prochaine", "antes del final de la
# próxima semana", "entro la fine della prossima settimana", "eind volgende week"
_END_OF_ELSEWHERE = re.compile(
    r"(?i)\b(?:bis|zum|gegen|d'ici|avant|antes\s+del?|para\s+el|a|entro|uiterlijk|voor|tegen)?\s*"
    r"(?:la\s+|el\s+|il\s+)?(?:ende|fin|final|fine|eind)\s+(?:de\s+|della\s+|di\s+)?"
    r"(?:la\s+|el\s+)?(?P<which>dieser|diese|nächster|nächsten\s+|kommender|cette|esta|"
    r"questa|deze|volgende|próxima|proxima|prossima|)\s*"
    r"(?P<unit>woche|semaine|semana|settimana|week)\b\s*(?P<after>prochaine|que\s+viene)?"
)
_NEXT_WORDS = ("nächst", "kommend", "volgend", "próxima", "proxima", "prossima")
_BY = re.compile(
    r"(?i)\b(?:by|before|on\s+or\s+(?:before|about|around)|(?:at\s+or\s+)?around|on|no\s+later\s+than|until|bis(?:\s+spätestens)?(?:\s+zum)?|spätestens|avant\s+le|"
    r"d'ici\s+le|antes\s+del?|até|hasta\s+el|a\s+m[aá]s\s+tardar(?:\s+el)?|au\s+plus\s+tard\s+le|"
    r"o\s+mais\s+tardar\s+(?:at[ée]\s+)?(?:a|o)?|uiterlijk(?:\s+op)?|najpóźniej(?:\s+do)?|do\s+dnia|en\s+ge[çc]|paling\s+lambat(?:\s+tanggal)?|entro(?:\s+e\s+non\s+oltre)?\s+il)\s+(?=(?P<rest>.{0,40}))"
)
_DOTTED = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?!\d)")
_AFTER_THAT = re.compile(
    r"(?i)^\W*(?:\w+\s+){0,3}?(?:after|once|following)\s+(?:that|this|which|it)\b"
)
_VAGUE_AFTER = re.compile(
    r"(?i)^\W*(?:\w+\s+){0,4}?(?:early|later|sometime|some\s+time)\s+(?:next|this)\s+week\b|"
    r"^\W*(?:\w+\s+){0,4}?(?:soon|shortly|asap|in\s+the\s+coming\s+(?:days|weeks))\b"
)
# Before the cue only "by Friday, we'll decide" counts, not "we meet on Friday and decide"
_BEFORE_CUE = re.compile(r"(?i)\b(?:on|at|this|next|until)\s+(?:\w+day|the\s+\d+\w*)\b")
_VAGUE = re.compile(r"(?i)\b(soon|coming\s+weeks|shortly|in\s+due\s+course|near\s+future)\b")


def decision_date(
    text: str, sent: date, country: str | None = None, day_first: bool = False
) -> date | None:
    """The first stated decision date in `text`, resolved against `sent` (the Date header)."""
    sentences = [s for s in _sentences(text) if not _CANDIDATE_DEADLINE.search(s)]
    for cue in (_STRONG, _WEAK):
        for sentence in sentences:
            m = cue.search(sentence)
            if m is None:
                continue
            # "by Friday, we'll decide" and "we'll decide by Friday": after the cue first
            after = sentence[m.end() :]
            if _AFTER_THAT.search(after) or _VAGUE_AFTER.search(after):
                continue  # "debriefs on Monday, in touch after that"; "back to you soon"
            for part in (sentence[m.start() :], _BEFORE_CUE.sub("", sentence[: m.start()])):
                found = _in_sentence(part, sent, country, day_first)
                if found is not None and found >= sent:
                    return found
    return None


_MONTH = r"(?:Jan|Feb|M[äa]r|Apr|Ma[iy]|Jun|Jul|Aug|Sep|O[ck]t|Nov|De[zc])[a-zä]*\b"


def _sentences(text: str) -> list[str]:
    """Sentences, and clauses after a semicolon or a dash: "confirm by Friday; we'll decide
    by the 20th" holds a deadline for the candidate and a decision date."""
    flat = re.sub(r"\s*\n\s*", " ", text)
    # not after "20." of "bis 20. März" (a German day), though a sentence may end in a number
    parts = re.split(
        rf"(?<=[.!?])(?<!\d\.)\s+(?=[A-Z])|(?<=\d\.)\s+(?!{_MONTH})(?=[A-Z])|;\s+|\s[-–—]\s",
        flat,
    )
    out: list[str] = []
    for part in (s for s in parts if s.strip()):
        if out and _GOES_BACK.match(part):  # "...the final decision; we expect it within..."
            out[-1] = f"{out[-1]}; {part}"
        else:
            out.append(part)
    return out


# A clause about the one before it: "we expect it", "it should come", "which we expect".
_GOES_BACK = re.compile(
    r"(?i)\s*((we|i) (expect|hope|aim|plan) (it|this|that|them)|(it|this|which) (should|will|is "
    r"expected)|which we expect)\b"
)


def _in_sentence(sentence: str, sent: date, country: str | None, day_first: bool) -> date | None:
    m = _END_OF.search(sentence)
    if m:
        return _end_of((m.group("which") or "this").lower(), m.group("unit").lower(), sent)
    m = _EXPECTED.search(sentence)
    if m:
        when = _date_after_by(sentence[m.end() :], sent, day_first)
        if when is not None:
            return when
    m = _WITHIN.search(sentence)
    if m and _FROM_ELSE.match(sentence, m.end()):
        return None  # "within 3 business days of your submission": counted from a later day
    if m:
        return _within(m, sent, country)
    if re.search(r"(?i)\bwithin\s+(?:the\s+)?next\s+week\b", sentence):
        return sent + timedelta(weeks=1)
    found = _elsewhere(sentence, sent, country)
    if found is not None:
        return found
    for by in (*_BY.finditer(sentence), *_BARE_DAY.finditer(sentence)):
        when = _date_after_by(by.group("rest"), sent, day_first)
        if when is not None:
            return when
    return None


# "I'll get back to you Thursday at the latest": the day with no preposition
_BARE_DAY = re.compile(
    r"(?i)\b(?:you|back)\s+(?P<rest>(?:next\s+)?(?:mon|tues|wednes|thurs|fri)day\b.{0,30})"
)


def _elsewhere(sentence: str, sent: date, country: str | None) -> date | None:
    """The same phrases in the other languages hiring mail comes in."""
    m = _END_OF_ELSEWHERE.search(sentence)
    if m:
        which = m.group("which").lower()
        later = any(which.startswith(w) for w in _NEXT_WORDS) or bool(m.group("after"))
        return _end_of("next" if later else "this", "week", sent)
    m = _WITHIN_ELSEWHERE.search(sentence)
    if m:
        n, unit = int(m.group("n")), m.group("unit").lower()
        if re.match(r"(?i)seman|settiman|wek|woch|semaine|veck|週|周", unit):
            return sent + timedelta(weeks=n)
        if _BUSINESS.search(unit):
            return add_business_days(sent, n, country)
        return sent + timedelta(days=n)
    return None


def _end_of(which: str, unit: str, sent: date) -> date:
    if unit == "week":
        friday = sent + timedelta(days=4 - sent.weekday())
        return friday + timedelta(days=7) if which == "next" else friday
    month = sent.month + (1 if which == "next" else 0)
    year = sent.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def _within(m: re.Match[str], sent: date, country: str | None) -> date:
    raw = " ".join(m.group("n").lower().split())
    n = int(raw) if raw.isdigit() else _NUMBERS.get(raw, 1)
    if m.group("unit").lower() == "fortnight":
        return sent + timedelta(weeks=2 * n)
    if m.group("unit").lower().startswith("h"):  # "within 48 hours"
        return sent + timedelta(days=-(-n // 24))
    if m.group("unit").lower().startswith("week"):
        return sent + timedelta(weeks=n)
    if m.group("business"):
        return add_business_days(sent, n, country)
    return sent + timedelta(days=n)


def add_business_days(start: date, n: int, country: str | None) -> date:
    holidays_ = _holidays(country, start.year)
    day = start
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays_:
            n -= 1
    return day


def _holidays(country: str | None, year: int) -> set[date]:
    try:
        import holidays

        days = holidays.country_holidays(country or "US", years=[year, year + 1])
        return {d for d, name in days.items() if not _WORKED.search(name)}
    except (ImportError, NotImplementedError, KeyError):
        return set()


_WORKED = re.compile(r"(?i)columbus|veterans|indigenous|washington's birthday|lincoln")


def _date_after_by(rest: str, sent: date, day_first: bool) -> date | None:
    rest = re.sub(
        r"(?i)^(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|close\s+of\s+business)\s+|^the\s+"
        r"|^(?:o\s+dia|el\s+d[ií]a|dia|d[ií]a|le|il|tanggal)\s+(?=\d)",  # "até o dia 20 de março"
        "",
        rest,
    )
    dotted = _DOTTED.match(rest)  # "bis 30.10." - German day.month.
    if dotted:
        return _year_for(int(dotted.group("m")), int(dotted.group("d")), sent)
    m = DATE_RE.match(rest)
    if (
        m is None
        or not m.group(0).strip()
        or (m.group("num") and "/" not in m.group(0) and not m.group("ny"))
    ):
        return None
    if _VAGUE.match(rest):
        return None
    return resolve_date(m, sent, day_first)
