"""The names of the months and weekdays, in the languages hiring mail comes in, for dates.py.

Months also in the forms a date puts them in: the genitive of Czech, Slovak, Russian,
Ukrainian and Greek ("10. března", "10 марта"), Finnish's partitive ("10. maaliskuuta").
"""

from __future__ import annotations

import re
from datetime import date

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
# And as Croatian, Serbian, Bosnian and Slovene (Latin and Cyrillic), Bulgarian, Catalan,
# Swahili and Filipino write them ("10. ožujka 2026.", "10 март", "10 de març").
_SOUTHERN_MONTHS = (
    "siječnja januara januarja јануара януари gener januari enero",
    "veljače februara februarja фебруара февруари febrer februari pebrero",
    "ožujka marta марта март març machi marso",
    "travnja aprila априла април abril aprili",
    "svibnja маја май maig mei mayo",
    "lipnja juna junija јуна юни juny juni hunyo",
    "srpnja jula julija јула юли juliol julai hulyo",
    "kolovoza avgusta августа август agost agosti agosto",
    "rujna septembra септембра септември setembre septemba setyembre",
    "oktobra октобра октомври octubre oktoba oktubre",  # not "listopada": Polish November
    "studenoga studenog novembra новембра ноември novembre novemba nobyembre",
    "prosinca decembra децембра декември desembre desemba disyembre",
)
# Arabic: the Levantine and the Egyptian and Gulf names ("20 أيلول/سبتمبر 2026")
# Hindi, in both spellings of each ("सितंबर", "सितम्बर")
_HINDI_MONTHS = (
    "जनवरी",
    "फ़रवरी फरवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर सितम्बर",
    "अक्टूबर अक्तूबर",
    "नवंबर नवम्बर",
    "दिसंबर दिसम्बर",
)
_THAI_MONTHS = (
    "มกราคม ม.ค.",
    "กุมภาพันธ์ ก.พ.",
    "มีนาคม มี.ค.",
    "เมษายน เม.ย.",
    "พฤษภาคม พ.ค.",
    "มิถุนายน มิ.ย.",
    "กรกฎาคม ก.ค.",
    "สิงหาคม ส.ค.",
    "กันยายน ก.ย.",
    "ตุลาคม ต.ค.",
    "พฤศจิกายน พ.ย.",
    "ธันวาคม ธ.ค.",
)
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
    "wednesday wed weds miércoles miercoles quarta-feira quarta mercredi mittwoch mercoledì "
    "woensdag onsdag środa środę środy",
    "thursday thu thur thurs jueves quinta-feira quinta jeudi donnerstag giovedì giovedi "
    "donderdag torsdag czwartek czwartku",
    "friday fri viernes sexta-feira sexta vendredi freitag venerdì venerdi vrijdag fredag piątek "
    "piątku",
    "saturday sat sábado sabado samedi samstag sabato zaterdag lördag lørdag sobota sobotę",
    "sunday sun domingo dimanche sonntag domenica zondag söndag søndag niedziela niedzielę",
)
# The weekdays of the languages of _MORE_MONTHS and _SOUTHERN_MONTHS (not the ones that are
# also common words: Romanian "luni" is "months", Indonesian "Minggu" is "week").
_MORE_WEEKDAYS = (
    "pazartesi pondělí pondelok понедельник понеділок понеделник ponedjeljak ponedeljak "
    "ponedeljek hétfő maanantaina maanantai δευτέρα senin isnin jumatatu dilluns",
    "salı úterý utorok вторник вівторок utorak utorka torek kedd tiistaina tiistai τρίτη "
    "selasa jumanne dimarts",
    "çarşamba středa středu streda stredu среду среда середу сряда srijeda srijedu sreda "
    "sredu szerda keskiviikkona keskiviikko τετάρτη rabu jumatano dimecres miyerkules",
    "perşembe čtvrtek štvrtok четверг четвер четвъртък četvrtak četrtek csütörtök "
    "torstaina torstai πέμπτη kamis khamis alhamisi dijous huwebes",
    "cuma pátek piatok пятницу пятница петък petak petek péntek perjantaina perjantai "
    "παρασκευή jumat jumaat ijumaa divendres biyernes",
    "cumartesi sobotu субботу суббота суботу събота subota szombat lauantaina σάββατο "
    "sabtu jumamosi dissabte",
    "neděle nedeľa воскресенье неділю неделя nedjelja nedjelju nedelja nedeljo vasárnap "
    "sunnuntaina κυριακή ahad jumapili diumenge",
)


def _arabic_names(names: str) -> list[str]:
    """ "تشرين الأول أكتوبر" -> the two-word Levantine name and the one-word one."""
    words = names.split()
    return [" ".join(words[:2]), words[2]] if len(words) == 3 and words[0] in _TWO_WORD else words


_TWO_WORD = frozenset({"كانون", "تشرين"})


MONTHS = {
    name: i
    for table in (_MONTH_NAMES, _MORE_MONTHS, _SOUTHERN_MONTHS, _HINDI_MONTHS, _THAI_MONTHS)
    for i, names in enumerate(table, start=1)
    for name in names.split()
} | {name: i for i, names in enumerate(_ARABIC_MONTHS, start=1) for name in _arabic_names(names)}
WEEKDAYS = {
    name: i
    for table in (_WEEKDAY_NAMES, _MORE_WEEKDAYS)
    for i, names in enumerate(table)
    for name in names.split()
}


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


def after_its_date(dates: list[tuple[re.Match[str], date]]) -> list[tuple[re.Match[str], date]]:
    """ "12 Mart Perşembe günü saat 14:00": a weekday right after the date it falls on is
    that date, not the next such weekday (whatever other weekdays the line names)."""
    out = list(dates)
    for i in range(1, len(out)):
        (prev, day), (m, _) = out[i - 1], out[i]
        between = m.string[prev.end() : m.start()]
        if (
            weekday_only(m)
            and not weekday_only(prev)
            and not between.strip(" ,(")
            and day.weekday() == WEEKDAYS[m["weekday"].lower().rstrip(".")]
        ):
            out[i] = (m, day)
    return out


def weekday_only(m: re.Match[str]) -> bool:
    return bool(m["weekday"]) and not (m["md"] or m["dm"] or m["ord"])
