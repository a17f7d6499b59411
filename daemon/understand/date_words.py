"""The names of the months and weekdays, in the languages hiring mail comes in, for dates.py.

Months also in the forms a date puts them in: the genitive of Czech, Slovak, Russian,
Ukrainian and Greek ("10. března", "10 марта"), Finnish's partitive ("10. maaliskuuta").
"""

from __future__ import annotations

import re

_MONTH_NAMES = (
    "january jan enero janeiro janvier januar jänner gennaio januari stycznia styczeń",
    "february feb febrero fevereiro février fevrier februar febbraio februari lutego luty",
    "march mar marzo março marco mars märz maerz maart marca marzec",
    "april apr abril avril aprile kwietnia kwiecień",
    "may mayo maio mai maggio mei maj maja",
    "june jun junio junho juin juni giugno czerwca czerwiec",
    "july jul julio julho juillet juli luglio lipca lipiec",
    "august aug agosto août aout augusti sierpnia sierpień",
    "september sep sept septiembre setiembre setembro septembre settembre września wrzesień",
    "october oct octubre outubro octobre oktober ottobre okt października październik",
    "november nov noviembre novembro novembre listopada listopad",
    "december dec diciembre dezembro décembre decembre dezember dicembre dez grudnia grudzień",
)
# The same months as Czech, Slovak, Russian, Ukrainian, Turkish, Indonesian, Malay, Finnish,
# Hungarian, Romanian, Danish, Norwegian and Greek letters write them.
_MORE_MONTHS = (
    "ledna leden januára января січня ocak tammikuuta január ianuarie ιανουαρίου",
    "února únor februára февраля лютого şubat helmikuuta február februarie φεβρουαρίου",
    "března březen marca марта березня mart maret maaliskuuta március martie marts μαρτίου",
    "dubna duben apríla апреля квітня nisan huhtikuuta április aprilie απριλίου",
    "května květen mája мая травня mayıs toukokuuta május mai μαΐου",
    "června červen júna июня червня haziran kesäkuuta június iunie ιουνίου",
    "července červenec júla июля липня temmuz heinäkuuta július iulie ιουλίου",
    "srpna srpen augusta августа серпня ağustos agustus ogos elokuuta augusztus αυγούστου",
    "září septembra сентября вересня eylül syyskuuta szeptember septembrie σεπτεμβρίου",
    "října říjen októbra октября жовтня ekim lokakuuta október octombrie οκτωβρίου",
    "listopadu novembra ноября листопада kasım marraskuuta noiembrie νοεμβρίου",
    "prosince prosinec decembra декабря грудня aralık desember disember joulukuuta "
    "decembrie δεκεμβρίου",
)
# Arabic: the Levantine and the Egyptian and Gulf names ("20 أيلول/سبتمبر 2026")
_ARABIC_MONTHS = (
    "كانون الثاني يناير",
    "شباط فبراير",
    "آذار مارس",
    "نيسان أبريل إبريل",
    "أيار مايو",
    "حزيران يونيو",
    "تموز يوليو",
    "آب أغسطس",
    "أيلول سبتمبر",
    "تشرين الأول أكتوبر",
    "تشرين الثاني نوفمبر",
    "كانون الأول ديسمبر",
)
_WEEKDAY_NAMES = (
    "monday mon lunes segunda-feira segunda lundi montag lunedì lunedi maandag måndag mandag "
    "poniedziałek poniedziałku",
    "tuesday tue tues martes terça-feira terça terca mardi dienstag martedì martedi dinsdag "
    "tisdag tirsdag wtorek wtorku",
    "wednesday wed miércoles miercoles quarta-feira quarta mercredi mittwoch mercoledì woensdag "
    "onsdag środa środę środy",
    "thursday thu thur thurs jueves quinta-feira quinta jeudi donnerstag giovedì giovedi "
    "donderdag torsdag czwartek czwartku",
    "friday fri viernes sexta-feira sexta vendredi freitag venerdì venerdi vrijdag fredag piątek "
    "piątku",
    "saturday sat sábado sabado samedi samstag sabato zaterdag lördag lørdag sobota sobotę",
    "sunday sun domingo dimanche sonntag domenica zondag söndag søndag niedziela niedzielę",
)


def _arabic_names(names: str) -> list[str]:
    """ "تشرين الأول أكتوبر" -> the two-word Levantine name and the one-word one."""
    words = names.split()
    return [" ".join(words[:2]), words[2]] if len(words) == 3 and words[0] in _TWO_WORD else words


_TWO_WORD = frozenset({"كانون", "تشرين"})


MONTHS = {
    name: i
    for table in (_MONTH_NAMES, _MORE_MONTHS)
    for i, names in enumerate(table, start=1)
    for name in names.split()
} | {name: i for i, names in enumerate(_ARABIC_MONTHS, start=1) for name in _arabic_names(names)}
WEEKDAYS = {name: i for i, names in enumerate(_WEEKDAY_NAMES) for name in names.split()}


_ENGLISH = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "to",
        "for",
        "with",
        "we",
        "of",
        "at",
        "on",
        "is",
        "are",
        "our",
        "in",
        "be",
        "will",
        "please",
        "this",
    ]
)


def english(text: str) -> bool:
    """Written in English: its commonest words are a good part of the text ("ngày 10/03/2026
    tại văn phòng" is not, and means the 10th of March)."""
    words = re.findall(r"[^\W\d_]+", text[:3000])
    if len(words) < 15:
        return True  # too short to tell: as if it were
    return sum(w.lower() in _ENGLISH for w in words) >= 0.04 * len(words)


# "the 1st floor", "2nd round", "3rd interview": an ordinal that counts something, no day
COUNTED = (
    r"(?:floor|fl|round|interview|stage|step|time|year|level|place|call|person|party|attempt|"
    r"choice|candidate|shift|quarter|edition|line|generation|degree|grade|class|phase|wave)s?\b"
)
