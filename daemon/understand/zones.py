"""Which zone a time is in: named in the text ("2pm ET", "14:00 CET", "London time"), else the
sender's zone, inferred from the Date header's offset and the sender's country.

Abbreviations map to IANA zones, not fixed offsets, so "11 AM EST" in July gets New York's
real summer offset, as the writer meant.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from .cities import CITY_ZONES

ABBREVIATIONS: dict[str, str] = {
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "eastern time": "America/New_York",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "central": "America/Chicago",
    "central time": "America/Chicago",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mountain": "America/Denver",
    "mountain time": "America/Denver",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "pacific time": "America/Los_Angeles",
    "bst": "Europe/London",
    "uk time": "Europe/London",
    "london time": "Europe/London",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "central european time": "Europe/Berlin",
    "eet": "Europe/Helsinki",
    "eest": "Europe/Helsinki",
    "wet": "Europe/Lisbon",
    "ist": "Asia/Kolkata",
    "india time": "Asia/Kolkata",
    "jst": "Asia/Tokyo",
    "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong",
    "kst": "Asia/Seoul",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "sydney time": "Australia/Sydney",
    "awst": "Australia/Perth",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "horario de brasilia": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo",
    "hora de la ciudad de mexico": "America/Mexico_City",
    "hora del centro": "America/Mexico_City",
    "hora del centro de mexico": "America/Mexico_City",
    "cdmx": "America/Mexico_City",
    "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin",
    "heure de paris": "Europe/Paris",
    "hora peninsular": "Europe/Madrid",
    "singapore time": "Asia/Singapore",
    "melbourne time": "Australia/Melbourne",
    "irish time": "Europe/Dublin",
    "nzt": "Pacific/Auckland",
    "sast": "Africa/Johannesburg",
    "wat": "Africa/Lagos",
    "lagos time": "Africa/Lagos",
    "eat": "Africa/Nairobi",
    "gst": "Asia/Dubai",
    "dubai time": "Asia/Dubai",
    "pht": "Asia/Manila",
    "wib": "Asia/Jakarta",
    "wita": "Asia/Makassar",
    "brt": "America/Sao_Paulo",
    "art": "America/Argentina/Buenos_Aires",
    "msk": "Europe/Moscow",
    "trt": "Europe/Istanbul",
    "hst": "Pacific/Honolulu",
    "akst": "America/Anchorage",
    "akdt": "America/Anchorage",
    "ast": "America/Halifax",
    "adt": "America/Halifax",
    "nst": "America/St_Johns",
    "ndt": "America/St_Johns",
    "cat": "Africa/Maputo",
    "seoul time": "Asia/Seoul",
    "korea time": "Asia/Seoul",
    "japan time": "Asia/Tokyo",
    "hong kong time": "Asia/Hong_Kong",
    "oslo time": "Europe/Oslo",
    "stockholm time": "Europe/Stockholm",
    "zurich time": "Europe/Zurich",
    "warsaw time": "Europe/Warsaw",
    "lisbon time": "Europe/Lisbon",
    "rome time": "Europe/Rome",
    "vienna time": "Europe/Vienna",
    "copenhagen time": "Europe/Copenhagen",
    "helsinki time": "Europe/Helsinki",
    "athens time": "Europe/Athens",
    "chicago time": "America/Chicago",
    "denver time": "America/Denver",
    "los angeles time": "America/Los_Angeles",
    "mexico city time": "America/Mexico_City",
    "sao paulo time": "America/Sao_Paulo",
    "bangalore time": "Asia/Kolkata",
    "mumbai time": "Asia/Kolkata",
    "nairobi time": "Africa/Nairobi",
    "cape town time": "Africa/Johannesburg",
    "johannesburg time": "Africa/Johannesburg",
    "auckland time": "Pacific/Auckland",
    "brisbane time": "Australia/Brisbane",
    "perth time": "Australia/Perth",
    "vancouver time": "America/Vancouver",
    "gmt": "UTC",
    "utc": "UTC",
    "z": "UTC",
    "berlin time": "Europe/Berlin",
    "paris time": "Europe/Paris",
    "amsterdam time": "Europe/Amsterdam",
    "new york time": "America/New_York",
    "toronto time": "America/Toronto",
    "dublin time": "Europe/Dublin",
    "madrid time": "Europe/Madrid",
    "tokyo time": "Asia/Tokyo",
    "new zealand time": "Pacific/Auckland",
    "nz time": "Pacific/Auckland",
    "vietnam time": "Asia/Ho_Chi_Minh",
    "manila time": "Asia/Manila",
    "philippine time": "Asia/Manila",
    "jakarta time": "Asia/Jakarta",
    "bangkok time": "Asia/Bangkok",
    "cairo time": "Africa/Cairo",
    "egypt time": "Africa/Cairo",
    "istanbul time": "Europe/Istanbul",
    "israel time": "Asia/Jerusalem",
    "prague time": "Europe/Prague",
    "taipei time": "Asia/Taipei",
    "taiwan time": "Asia/Taipei",
    "shanghai time": "Asia/Shanghai",
    "beijing time": "Asia/Shanghai",
    "china time": "Asia/Shanghai",
    "kenya time": "Africa/Nairobi",
    "nigeria time": "Africa/Lagos",
    "west africa time": "Africa/Lagos",
    "east africa time": "Africa/Nairobi",
    "south africa time": "Africa/Johannesburg",
    "india standard time": "Asia/Kolkata",
    "japan standard time": "Asia/Tokyo",
    "australian eastern time": "Australia/Sydney",
    "aet": "Australia/Sydney",
    "greenwich mean time": "Europe/London",
    "british summer time": "Europe/London",
    "british time": "Europe/London",
    "central european summer time": "Europe/Berlin",
    "eastern european time": "Europe/Helsinki",
    "western european time": "Europe/Lisbon",
}

ZONE_PATTERN = (
    r"(?:(?:GMT|UTC)\s?[+-−]\s?\d{1,2}(?::?\d{2})?"
    r"|[A-Z][a-z]+/[A-Z][A-Za-z_]+"
    r"|(?:central european summer|central european|eastern|central|mountain|pacific)"
    r"(?:\s+(?:standard|daylight))?"
    r"(?:\s+time)?"
    r"|(?:london|uk|india|sydney|berlin|paris|amsterdam|new york|toronto|dublin|madrid|tokyo|"
    r"lagos|dubai|seoul|korea|japan|hong kong|oslo|stockholm|zurich|warsaw|lisbon|rome|vienna|"
    r"copenhagen|helsinki|athens|chicago|denver|los angeles|mexico city|s[aã]o paulo|bangalore|"
    r"mumbai|nairobi|cape town|johannesburg|auckland|brisbane|perth|vancouver|singapore|"
    r"melbourne|irish|new zealand|nz|vietnam|manila|philippine|jakarta|bangkok|cairo|egypt|"
    r"istanbul|israel|prague|taipei|taiwan|shanghai|beijing|china|kenya|nigeria|west africa|"
    r"east africa|south africa|british|australian eastern|eastern european|western european|"
    r"central european summer)\s+time"
    # "hora de Madrid", "heure de Paris", "ora di Roma": the city's time in its language
    r"|(?:hora\s+de|heure\s+de|ora\s+di|hor[aá]rio\s+de)\s+(?:madrid|paris|rome|roma|lisbon|"
    r"lisboa|m[eé]xico|bogot[aá]|lima|santiago|buenos\s+aires|montr[eé]al|qu[eé]bec|"
    r"toronto|bruxelles|gen[eè]ve|zurich|berlin|london|londres|new\s+york|"
    r"chile(?:\s+continental)?|argentina|colombia|per[uú])"
    r"|heure\s+(?:de\s+l'est|du\s+pacifique|du\s+centre)|hora\s+del\s+(?:este|pac[ií]fico)"
    r"|(?:india|japan)\s+standard\s+time|greenwich\s+mean\s+time|british\s+summer\s+time|AET"
    r"|hor[aá]rio\s+de\s+bras[ií]lia|hora\s+de\s+la\s+ciudad\s+de\s+m[eé]xico"
    r"|hora\s+del\s+centro(?:\s+de\s+m[eé]xico)?|heure\s+de\s+paris|hora\s+peninsular|CDMX"
    r"|(?:singapore|melbourne|irish)\s+time|MESZ|MEZ"
    r"|NZT|SAST|WAT|EAT|GST|PHT|WITA|WIB|BRT|ART|MSK|TRT|HST|AK[SD]T|A[SD]T|N[SD]T|CAT"
    r"|[ECMP][SD]?T|BST|CES?T|EES?T|WET|IST|JST|SGT|HKT|KST|AES?D?T|AWST|NZ[SD]T|GMT|UTC)"
).replace(" ", r"\s+")  # dates.py reads it in verbose patterns, where a space is no character

_TLD_ZONES = {
    "uk": "Europe/London",
    "ie": "Europe/Dublin",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "nl": "Europe/Amsterdam",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "se": "Europe/Stockholm",
    "ch": "Europe/Zurich",
    "at": "Europe/Vienna",
    "be": "Europe/Brussels",
    "pl": "Europe/Warsaw",
    "pt": "Europe/Lisbon",
    "dk": "Europe/Copenhagen",
    "no": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "in": "Asia/Kolkata",
    "au": "Australia/Sydney",
    "nz": "Pacific/Auckland",
    "jp": "Asia/Tokyo",
    "sg": "Asia/Singapore",
    "ca": "America/Toronto",
    "br": "America/Sao_Paulo",
    "mx": "America/Mexico_City",
    "za": "Africa/Johannesburg",
    "kr": "Asia/Seoul",
}
# Tried in order for a Date header offset when the sender's country says nothing.
_BY_OFFSET = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Phoenix",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Helsinki",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Auckland",
    "America/Sao_Paulo",
    "America/Halifax",
    "Asia/Dubai",
    "Australia/Perth",
    "America/Anchorage",
)
MONTH_FIRST_ZONES = frozenset(
    [
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Los_Angeles",
        "America/Phoenix",
        "America/Anchorage",
        "America/Halifax",
        "Pacific/Honolulu",
        "America/Toronto",
        "America/Vancouver",
    ]
)
DAY_FIRST_TLDS = frozenset(_TLD_ZONES) - {"ca"}
# Country domains sold worldwide as brand names (.io, .ai, .co): they say nothing of where.
_VANITY_TLDS = re.compile(r"ac|ai|am|cc|co|fm|gg|gy|io|la|ly|me|ms|nu|sc|sh|so|tk|to|tv|vc|ws")


@lru_cache(maxsize=1)
def _single_zone_countries() -> dict[str, str]:
    """Country code -> zone, for the countries with one zone (tzdata's zone.tab)."""
    from importlib.resources import files

    zones: dict[str, list[str]] = {}
    table = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#"):
            zones.setdefault(fields[0].lower(), []).append(fields[2])
    return {code: names[0] for code, names in zones.items() if len(names) == 1}


def country_zone(address: str | None) -> str | None:
    """The zone of the sender's country domain: the chosen one for the countries most hiring
    mail comes from, else the only zone of a one-zone country (.ng, .ke, .ph, .ae)."""
    code = tld(address)
    if code in _TLD_ZONES:
        return _TLD_ZONES[code]
    return None if _VANITY_TLDS.fullmatch(code) else _single_zone_countries().get(code)


@lru_cache(maxsize=64)
def zone(name: str) -> tzinfo:
    return UTC if name == "UTC" else ZoneInfo(name)


_FOREIGN_CITY = re.compile(r"^(?:hora del?|heure d[eu]|ora di|horario de) (.+)$")
_CITY_NAMES = {"roma": "rome", "lisboa": "lisbon", "londres": "london", "mexico": "mexico city"}
_CITY_NAMES |= {"l'est": "eastern", "este": "eastern", "pacifique": "pacific"}
_CITY_NAMES |= {"pacifico": "pacific", "centre": "central", "quebec": "montreal"}
_CITY_NAMES |= {"chile": "santiago", "chile continental": "santiago", "argentina": "buenos aires"}
_CITY_NAMES |= {"colombia": "bogota", "peru": "lima"}  # a country of one zone, by its capital


# Abbreviations that name another zone at home: Bangladesh Standard Time, Israel and Irish
# Standard Time, China Standard Time. A letter from that country means its own.
_SHARED = {
    "bst": {"Asia/Dhaka"},
    "ist": {"Asia/Jerusalem", "Europe/Dublin"},
    "cst": {"Asia/Shanghai", "Asia/Taipei", "America/Havana"},
}


def shared_abbreviation(text: str | None, home: tzinfo) -> tzinfo | None:
    """The sender's own zone when `text` is an abbreviation it shares with another ("BST"
    from Dhaka is UTC+6, not British Summer Time); else None."""
    key = (text or "").strip("() ").lower()
    return home if getattr(home, "key", "") in _SHARED.get(key, ()) else None


def named_zone(text: str) -> tzinfo | None:
    """The zone a phrase like "ET", "GMT+1", "Europe/Berlin" or "London time" names."""
    raw = text.strip().strip("()").strip()
    plain = unicodedata.normalize("NFKD", raw.lower()).encode("ascii", "ignore").decode()
    key = " ".join(plain.replace("standard", "").replace("daylight", "").split())
    if key not in ABBREVIATIONS:
        key = _FOREIGN_CITY.sub(lambda m: _CITY_NAMES.get(m[1], m[1]) + " time", key)
    if key in ABBREVIATIONS:
        return zone(ABBREVIATIONS[key])
    if key.endswith(" time") and key[:-5] in CITY_ZONES:  # "hora de Bogotá"
        return zone(CITY_ZONES[key[:-5]])
    match = re.fullmatch(r"(?:gmt|utc)\s?([+-−])\s?(\d{1,2})(?::?(\d{2}))?", key)
    if match:
        sign = -1 if match.group(1) in "-−" else 1
        minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
        return timezone(sign * timedelta(minutes=minutes))
    if "/" in raw:
        try:
            return ZoneInfo(raw)
        except (KeyError, ValueError):
            return None
    return None


def tld(address: str | None) -> str:
    return (address or "").rsplit(".", 1)[-1].lower() if address and "@" in address else ""


def sender_zone(sent: datetime | None, address: str | None) -> tzinfo:
    """The sender's zone: an IANA zone whose offset at the Date header's moment matches it,
    preferring the sender's country; else the header's fixed offset; else UTC."""
    if sent is None or sent.utcoffset() is None:
        return UTC
    offset = sent.utcoffset()
    country = country_zone(address)
    candidates = ((country,) if country else ()) + _BY_OFFSET
    if offset == timedelta(0):  # servers and ATSs stamp UTC: it says nothing of the sender
        return zone(country) if country else UTC
    for name in candidates:
        tz = zone(name)
        if sent.astimezone(tz).utcoffset() == offset:
            return tz
    return timezone(offset) if offset is not None else UTC


_ROBOT = re.compile(
    r"(?i)^(no-?reply|notifications?|calendar|scheduling|schedule|jobs|careers|talent|recruit\w*|"
    r"hr|hello|team|info)[@+.]|@.*(greenhouse|lever|workday|ashby|smartrecruiters|calendly|"
    r"goodtime|teamtailor|personio|icims|workable|modernloop|docusign|linkedin|indeed|zoom)"
)


def gmt_person(sent: datetime | None, address: str | None) -> tzinfo | None:
    """A person's mail client (not an ATS) stamping +0000 while London is on GMT: the writer
    is most likely in Britain or Ireland."""
    if sent is None or sent.utcoffset() != timedelta(0) or not address or _ROBOT.search(address):
        return None
    london = zone("Europe/London")
    return london if sent.astimezone(london).utcoffset() == timedelta(0) else None


def day_first(address: str | None, tz: tzinfo) -> bool:
    """British, European and most other non-US senders write 10/03 for 10 March."""
    if tld(address) in DAY_FIRST_TLDS:
        return True
    key = getattr(tz, "key", "")
    return bool(key) and key not in MONTH_FIRST_ZONES


_CITY = re.compile(r"\b(" + "|".join(sorted(CITY_ZONES, key=len, reverse=True)) + r")\b", re.I)


def city_zone(text: str) -> tzinfo | None:
    """The zone of the first well-known city the text names ("at our Berlin office"): the
    best guess for a time with no zone when the Date header gave none (stamped in UTC)."""
    m = _CITY.search(text)
    return zone(CITY_ZONES[m.group(1).lower()]) if m else None
