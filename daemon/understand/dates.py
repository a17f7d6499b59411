"""Interview times in prose, resolved against the message's Date header.

Dates are written every way people write them ("Tuesday, March 10", "10 March", "10/03/2026",
"2026-03-10", "tomorrow", "next Monday", "the 24th"); times as "2pm", "2:30 PM", "14:00",
"noon", often as a range ("2-3pm", "14:00–15:00") with a zone ("ET", "CET", "GMT+1").
A date and a time on the same line make a candidate; the caller picks the one that matters.
A time with no zone is in the sender's zone (`zones.sender_zone`), with the real DST offset of
the interview's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from .date_words import COUNTED as _COUNTED
from .date_words import MONTHS, WEEKDAYS, after_its_date, english, weekday_only
from .gate import trie_pattern
from .text_zones import line_zone, stated_zone
from .zones import ZONE_PATTERN, named_zone, shared_abbreviation


def _alternation(names: dict[str, int]) -> str:
    return trie_pattern(names)


_MONTH = rf"(?P<month>{_alternation(MONTHS)})\.?"
_WEEKDAY = rf"(?P<weekday>{_alternation(WEEKDAYS)})(?![^\W\d_])\.?"  # not "sati", "wedding"
_ORD = r"(?:st|nd|rd|th|º|ª|er|\.)?"

# Days from the Date header, by the words people use for them (abbreviated and misspelled
# in quick mail: "tmrw at 3pm"). "mañana" and "Morgen" also mean "morning": not after an
# article ("de la mañana", "am Morgen", "Guten Morgen").
_AFTER_TOMORROW = (
    r"the\s+day\s+after\s+tomorrow|pasado\s+mañana|après-demain|übermorgen|dopodomani"
    r"|depois\s+de\s+amanhã|overmorgen|i\s+övermorgon"
)
_TOMORROW = (
    r"tomorrow|tmrw|tmrow|tmr|tmw|2morrow|tomorow|tommorow|tommorrow|demain|domani|amanhã"
    r"|(?<!la\s)(?<!esta\s)mañana|(?<!am\s)(?<!guten\s)(?<!heute\s)(?<!jeden\s)morgen"
    r"|imorgon|i\s+morgon|jutro"
)
_TODAY = r"today|aujourd'hui|heute|oggi|hoy|hoje|vandaag|idag|dzisiaj|dziś"
_RELATIVE = rf"\b(?:(?P<rel2>{_AFTER_TOMORROW})|(?P<rel1>{_TOMORROW})|{_TODAY})\b"


def _relative_days(word: str) -> int:
    m = re.fullmatch(_RELATIVE, word, re.IGNORECASE)
    return 0 if m is None else 2 if m.group("rel2") else 1 if m.group("rel1") else 0


_SEP = r"[/.]|-(?=\d{1,2}-\d{4}\b)|\.\s(?=\d{1,2}\.\s\d{4}\b)"  # "05-02-2027", "8. 10. 2026"


DATE_RE = re.compile(
    rf"""(?ix)
    (?P<iso>\b(?P<iy>\d{{4}})[-/](?P<im>\d{{1,2}})[-/](?P<id>\d{{1,2}})\b)
  | (?P<cjk>(?:(?P<cy>\d{{4}})\s*[年년]\s*)?(?P<cm>\d{{1,2}})\s*[月월]\s*(?P<cd>\d{{1,2}})\s*[日일])
  | (?P<num>\b(?P<n1>\d{{1,2}})(?P<sep>{_SEP})(?P<n2>\d{{1,2}})(?:(?P=sep)(?P<ny>\d{{2,4}}))?\b)
  | (?P<rel>{_RELATIVE})
  | (?:\b(?P<next>next|this|coming)\s+)?
    (?:\b{_WEEKDAY}(?:\s*\(?(?P<wnext>next\s+week)\)?)?[,\s]*(?:the\s+)?)?
    (?:
        (?P<md>\b{_MONTH}\s+(?P<mday>\d{{1,2}}){_ORD}\b(?:,?\s+(?P<myear>\d{{4}}))?)
      | (?P<dm>\b(?P<dday>\d{{1,2}}){_ORD}(?:\s+|-|\s*(?:of|de)\s+)
          {_MONTH.replace("month", "dmonth")}
          (?:(?:,?\s+|-|\s+de\s+)(?P<dyear>\d{{4}}))?)
      | (?P<ord>\b(?P<oday>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+{_COUNTED}))
    )?
    """
)
TIME_RE = re.compile(
    rf"""(?ix)
    (?<![A-Za-z\d:/.])
    (?:(?P<h1>\d{{1,2}})(?:[:.h](?P<m1>\d{{2}}))?[h時시]?\s*(?P<ap1>a\.?m\.?|p\.?m\.?)?\s*
       (?:-|–|—|〜|~|to|until|till|a|às|à|bis|y|et|alle|tot|och|से)\s*)?
    (?:(?P<h2>\d{{1,2}})[:.h](?P<m2>\d{{2}})(?![./]\d)
      |(?P<h10>0?[7-9]|1\d|2[0-3])(?:\s+h\s+(?P<m10>[0-5]\d)\b|\s+heures?\b)
      |(?P<h3>\d{{1,2}})(?=\s*(?:[ap]\.?m\b|[ap]\.?m\.|h\b|uhr\b))h?
      |(?P<noon>noon|midday|(?<!-)midi|mediod[ií]a|mezzogiorno)
      |(?:(?P<kap>오전|오후|午前|午後|上午|下午)\s*)?(?P<h6>\d{{1,2}})\s*[시時点點](?!간|間)(?:\s*(?P<m6>\d{{1,2}})\s*[분分])?
      |(?P<h7>\d{{1,2}})(?=\s*o['’]?clock\b)
      |(?P<h9>[01]\d|2[0-3])(?P<m9>[0-5]\d)(?=\s*(?:hours|hrs)\b)
      |(?:^|(?<=[.!?]\s))(?P<h8>\d{{1,2}})(?=\s+(?:works|suits|is\s+(?:fine|good|great|perfect)|ok|okay)\b)
      |(?:(?<=\bat\s)|(?<=\bto\s)|(?<=\bdo\s)|(?<=\blas\s)|(?<=\bàs\s)|(?<=\bà\s)|(?<=\balle\s)|(?<=\bum\s)|(?<=\bom\s)|(?<=\bjam\s)|(?<=\bpukul\s))(?P<h5>\d{{1,2}})(?![\d:/]|\.\d)(?=\s*(?:[.,;!?)]|$|\s(?:on|with|in|for|your|sharp|o'clock|work|works|suit|suits|be|ok|okay|still|today|tomorrow|tonight|instead|then|if|before|after|and|so|or|would|please|to|de|del|horas|hs|uur|en|em|no|na|nel|nella|presso|con|com|here|there|ore|qui|qua|aquí|aqui|ici|hier|per|para|pour|für|voor|pagi|siang|sore)\b|\s*\(?{ZONE_PATTERN}\b)))
    (?:\s*uhr\b)?\s*(?P<ap2>a\.?m\.?|p\.?m\.?)?
    (?:\s*(?:,\s*(?=hora|heure|ora\b))?\(?\s*(?P<zone>{ZONE_PATTERN})\b\)?)?
    """
)
DURATION_RE = re.compile(
    r"(?i)\b(?P<n>\d{1,3}|an?|one|two)[\s-]*(?P<unit>minutes?|mins?|hours?|hrs?|hr)\b"
)


@dataclass(frozen=True)
class Found:
    """A date and time mentioned together, with where it was found."""

    start: datetime
    end: datetime | None
    offset: int  # character position in the text
    line: str
    zone_named: bool
    at: int = 0  # character position in the line


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _year_for(month: int, day: int, ref: date) -> date | None:
    """The occurrence of month/day nearest after `ref` (a week of slack for past dates)."""
    for year in (ref.year, ref.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= ref - timedelta(days=7):
            return candidate
    return None


def _weekday_date(weekday: int, ref: date, next_week: bool) -> date:
    ahead = (weekday - ref.weekday()) % 7 or 7
    result = ref + timedelta(days=ahead)
    if next_week:  # "Monday next week": the Monday of the week after ref's week
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7)
        result = monday + timedelta(days=weekday)
    return result


def resolve_date(m: re.Match[str], ref: date, day_first: bool) -> date | None:
    g = m.groupdict()
    if g["iso"]:
        return _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["cjk"]:
        month, day = int(g["cm"]), int(g["cd"])
        return _safe_date(int(g["cy"]), month, day) if g["cy"] else _year_for(month, day, ref)
    if g["num"]:
        return _numeric(g, ref, day_first, _dotted(m))
    if g["rel"]:
        return ref + timedelta(days=_relative_days(g["rel"]))
    month_name = g["month"] or g["dmonth"]
    month_day = _int(g["mday"] or g["dday"])
    if month_name and month_day:
        given_year = _int(g["myear"] or g["dyear"])
        month_no = MONTHS[month_name.lower().rstrip(".")]
        if given_year:  # a Buddhist-era year (Thai letters write 2569 for 2026)
            return _safe_date(given_year - 543 * (given_year > 2400), month_no, month_day)
        return _year_for(month_no, month_day, ref)
    if g["oday"]:  # "the 24th", "Tuesday the 17th"
        return _next_day_of_month(int(g["oday"]), ref)
    if g["weekday"]:
        weekday = WEEKDAYS[g["weekday"].lower().rstrip(".")]
        # "next Friday" said on a Wednesday is the Friday of next week, like "Friday next week"
        said_next = (g["next"] or "").lower() == "next"
        return _weekday_date(weekday, ref, bool(g["wnext"]) or said_next)
    return None


def _dotted(m: re.Match[str]) -> bool:
    """ "am 10.3. um 14 Uhr", "10.3. klo 14.00": a day and month each closed by a dot, with
    the sentence going on (not "let's meet at 12.10. Thanks")."""
    return m["sep"] == "." and bool(_GOES_ON.match(m.string, m.end()))


_GOES_ON = re.compile(r"\.[ \t]+(?:[a-zà-ÿ]|\d{1,2}[:.h]\d{2}\b|\d{1,2}\s*uhr\b)")


def _numeric(g: dict[str, str | None], ref: date, day_first: bool, dotted: bool) -> date | None:
    a, b = int(g["n1"] or 0), int(g["n2"] or 0)
    if dotted and not g["ny"]:
        return _year_for(b, a, ref) if b <= 12 else None  # day, then month: never swapped
    if g["sep"] == "." and not g["ny"]:
        return None  # "2.30" is a time, not a date
    if (g["sep"] or "")[:1] == ".":
        day_first = True
    month, day = (b, a) if day_first else (a, b)
    if month > 12 >= day:
        month, day = day, month
    year = _int(g["ny"])
    if year is not None and year < 100:
        year += 2000
    return _safe_date(year, month, day) if year else _year_for(month, day, ref)


def _next_day_of_month(day: int, ref: date) -> date | None:
    for months_ahead in range(3):
        month = (ref.month - 1 + months_ahead) % 12 + 1
        year = ref.year + (ref.month - 1 + months_ahead) // 12
        candidate = _safe_date(year, month, day)
        if candidate and candidate >= ref:
            return candidate
    return None


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    try:
        return date(year or 1, month, day)
    except ValueError:
        return None


def _hour(h: int, minute: int, ampm: str | None) -> time | None:
    marker = (ampm or "").lower().replace(".", "")
    if not marker and 1 <= h <= 6:  # "1:00 to 1:45 Central": nobody interviews at 1 AM
        marker = "pm"
    if marker == "pm" and h < 12:
        h += 12
    elif marker == "am" and h == 12:
        h = 0
    if h > 23 or minute > 59:
        return None
    return time(h, minute)


_CJK_HALF = {"오전": "am", "午前": "am", "上午": "am", "오후": "pm", "午後": "pm", "下午": "pm"}


def resolve_time(m: re.Match[str]) -> tuple[time, time | None] | None:
    """(start, end or None) of a time or time range like "2-3pm" or "14:00–15:00"."""
    g = m.groupdict()
    hour = g["h2"] or g["h3"] or g["h5"] or g["h6"] or g["h7"] or g["h8"] or g["h9"] or g["h10"]
    ampm = g["ap2"] or _CJK_HALF.get(g["kap"] or "")  # "오후 2시", "下午2点": 2 PM
    minute = int(g["m2"] or g["m6"] or g["m9"] or g["m10"] or 0)
    second = time(12) if g["noon"] else _hour(int(hour), minute, ampm)
    if (g["h5"] or g["h8"]) and second is not None and not 8 <= second.hour <= 18:
        return None  # "at 11" is a time; "at 3" in the morning is not
    if g["h5"] and m.string[: m.start()].endswith("to ") and not _SHIFT_VERB.search(m.string):
        return None  # "push to 5" is a time; "up to 5" is not
    if second is None:
        return None
    if g["h1"] is None:
        return second, None
    if _MOVED_FROM.search(m.string[: m.start()]):
        return second, None  # "push our interview from 2 to 3pm": 3pm, not a range
    h1, m1 = int(g["h1"]), int(g["m1"] or 0)
    first = _hour(h1, m1, g["ap1"] or g["ap2"])
    if first is not None and g["ap1"] is None and first > second:  # "11-12pm": 11 is AM
        first = _hour(h1, m1, "am")
    return (first, second) if first is not None else None


_SHIFT_VERB = re.compile(r"(?i)\b(push|move|moving|shift|bump|slide|change)\w*\b")
_MOVED_FROM = re.compile(rf"{_SHIFT_VERB.pattern}.{{0,60}}\bfrom\s*$")
_DATEISH = re.compile(rf"\d|(?i:noon|midday|{_TODAY}|{_TOMORROW}|{_AFTER_TOMORROW})")


def candidates(text: str, ref: datetime, sender_tz: tzinfo, day_first: bool) -> list[Found]:
    """Every date-with-time mention, in text order. A time pairs with a date on its line,
    else with the last date of the few lines before it ("Date: ...\nTime: ...")."""
    found: list[Found] = []
    pos = 0
    sender_tz = stated_zone(text) or sender_tz
    day_first = day_first or (bool(_AMBIGUOUS.search(text)) and not english(text))
    recent: list[tuple[int, date]] = []  # (line number, date) of lines with a date
    ref_day = ref.astimezone(sender_tz).date()
    dateless: tuple[int, str, int] | None = None  # a line of times with no date yet
    for number, line in enumerate(text.split("\n")):
        if not _DATEISH.search(line):  # most lines: nothing to find, skip the big patterns
            pos += len(line) + 1
            continue
        dates = [
            (m, d)
            for m in DATE_RE.finditer(line)
            if m.group(0).strip() and (d := resolve_date(m, ref_day, day_first))
        ]
        dates = _weekday_agrees(dates)
        carried = next((d for n, d in reversed(recent) if number - n <= 6), None)
        here = _line_candidates(line, pos, dates, carried, sender_tz)
        found.extend(here)
        if dates and not here and dateless and number - dateless[0] <= 2:
            # "11:00am - 11:30am (Eastern Time)\nTuesday, March 10, 2026": the date after
            day = _most_specific(dates)
            found.extend(_line_candidates(dateless[1], dateless[2], [], day, sender_tz))
        if dates:
            recent.append((number, _most_specific(dates)))
        elif carried is None and not here and TIME_RE.search(line):
            dateless = (number, line, pos)
        pos += len(line) + 1
    return sorted(found, key=lambda f: f.offset)


# "10/03/2026" could be either; only the US writes the month first, and in English.
_AMBIGUOUS = re.compile(r"\b(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])\b")


def _weekday_agrees(dates: list[tuple[re.Match[str], date]]) -> list[tuple[re.Match[str], date]]:
    """ "05-02-2027 (Friday)": a weekday named next to a numeric date settles which number is
    the day; the other reading is taken when only it falls on that weekday."""
    dates = after_its_date(dates)
    named = {WEEKDAYS[m["weekday"].lower().rstrip(".")] for m, _ in dates if weekday_only(m)}
    if len(named) != 1:
        return dates
    out = []
    for m, d in dates:
        other = _safe_date(d.year, d.day, d.month) if m["num"] and d.day <= 12 else None
        agrees = d.weekday() not in named and other and other.weekday() in named
        out.append((m, other if other and agrees else d))
    specific = [d for m, d in out if not weekday_only(m) and d.weekday() in named]
    if specific:  # "05-02-2027 (Friday) at 3pm": the Friday is that day, not next Friday
        out = [(m, specific[0] if weekday_only(m) else d) for m, d in out]
    return out


def _most_specific(dates: list[tuple[re.Match[str], date]]) -> date:
    """A line "12-Nov-2026 (Thursday)" means the 12th, not "next Thursday"."""
    for m, d in dates:
        if m.group("iso") or m.group("num") or m.group("md") or m.group("dm") or m.group("cjk"):
            return d
    return dates[-1][1]


def _line_candidates(
    line: str,
    pos: int,
    dates: list[tuple[re.Match[str], date]],
    carried: date | None,
    sender_tz: tzinfo,
) -> list[Found]:
    times = [(m, t) for m in TIME_RE.finditer(line) if (t := resolve_time(m))]
    out: list[Found] = []
    used: set[int] = set()
    for tm, (t1, t2) in times:
        dm = _nearest_date(dates, tm, used)
        if dm is not None:
            used.add(dm[0].start())
        lone = dates[0][1] if len(dates) == 1 else None  # the line's only date, however far
        if lone and carried and _LATER_SENTENCE.search(line, tm.end(), dates[0][0].start()):
            lone = carried  # "Your interview is at 09:40. ... slides by 17:00 on Tuesday 23 June"
        day = dm[1] if dm is not None else lone if dates else carried
        if day is None:
            continue
        named = named_zone(tm.group("zone")) if tm.group("zone") else line_zone(line, tm.end())
        tz = shared_abbreviation(tm.group("zone"), sender_tz) or named or sender_tz
        start = datetime.combine(day, t1, tz)
        end = datetime.combine(day, t2, tz) if t2 else None
        out.append(
            Found(
                start,
                _with_duration(start, end, line),
                pos + tm.start(),
                line,
                bool(named),
                tm.start(),
            )
        )
    return out


_LATER_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")


def _nearest_date(
    dates: list[tuple[re.Match[str], date]], tm: re.Match[str], used: set[int]
) -> tuple[re.Match[str], date] | None:
    best = None
    for dm, d in dates:
        if _overlaps(dm, tm) or _aside(tm.string, dm, tm):
            continue
        gap = tm.start() - dm.end() if dm.end() <= tm.start() else (dm.start() - tm.end()) * 2
        if dm.start() >= tm.end() and _TO_NEXT.fullmatch(tm.string[tm.end() : dm.start()]):
            continue  # "el jueves 12 a las 10:00 al viernes 13": the 13th is the next time's
        if gap < 80 and (best is None or gap < best[0]):
            best = (gap, (dm, d))
    return best[1] if best else None


_TO_NEXT = re.compile(r"(?i)\s*(?:to|until|till|al|au|bis|zum|alla?|para|->|→)\s*")


def _aside(line: str, dm: re.Match[str], tm: re.Match[str]) -> bool:
    """ "Tuesday, October 13 (Monday is Thanksgiving), 10:00 a.m.": a date in brackets
    that close before the time is a remark about another day."""
    before = line[: dm.start()]
    return before.count("(") > before.count(")") and ")" in line[dm.end() : tm.start()]


def _overlaps(a: re.Match[str], b: re.Match[str]) -> bool:
    return a.start() < b.end() and b.start() < a.end()


def _with_duration(start: datetime, end: datetime | None, line: str) -> datetime | None:
    if end is not None:
        return end
    m = DURATION_RE.search(line)
    if not m:
        return None
    n = {"a": 1, "an": 1, "one": 1, "two": 2}.get(m.group("n").lower()) or int(m.group("n"))
    minutes = n * 60 if m.group("unit").lower().startswith("h") else n
    return start + timedelta(minutes=minutes) if 0 < minutes <= 8 * 60 else None
