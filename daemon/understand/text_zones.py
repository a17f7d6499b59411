"""The zone a text states for its times, apart from the one written next to a time: "All
times in Central Time", a line that is only a zone, "(Pacific Time - US & Canada)" later on
the time's line, or the Arabic "بتوقيت القاهرة" (Cairo time) after the time."""

from __future__ import annotations

import re
from datetime import tzinfo

from .zones import ZONE_PATTERN, named_zone, zone

_STATED_ZONE = re.compile(
    rf"(?i)\b(?:all\s+)?(?:times?|itinerary|schedule)\b[^.\n]{{0,30}}?\(?\b(?:in\s+)?(?P<zone>{ZONE_PATTERN})\b"
)


# A line that is only a zone, as a schedule's heading: "Eastern Time (US & Canada)".
_ZONE_LINE = re.compile(rf"(?im)^[ \t]*(?P<zone>{ZONE_PATTERN})[ \t]*(?:\([^)\n]*\))?[ \t]*$")


def stated_zone(text: str) -> tzinfo | None:
    """ "All times in Central Time", "your updated itinerary (Pacific Time)", a line that
    names only a zone."""
    m = _STATED_ZONE.search(text) or _ZONE_LINE.search(text)
    return named_zone(m.group("zone")) if m else None


_PAREN_ZONE = re.compile(rf"(?i)\(\s*(?P<zone>{ZONE_PATTERN})\b[^)]*\)")


def line_zone(line: str, after: int) -> tzinfo | None:
    """ "11:00am - Monday, August 10, 2026 (Pacific Time - US & Canada)": the zone in
    parentheses later on the time's line."""
    m = _PAREN_ZONE.search(line, after)
    return named_zone(m.group("zone")) if m else _arabic_zone(line, after)


# "1:00 – 2:00 ظهراً بتوقيت القاهرة": "by the time of" a city, in Arabic
_ARABIC_CITY_TIME = re.compile(r"(?:ب)?توقيت\s+(?P<city>[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+)?)")
_ARABIC_CITIES = {
    "القاهرة": "Africa/Cairo",
    "مصر": "Africa/Cairo",
    "الرياض": "Asia/Riyadh",
    "مكة": "Asia/Riyadh",
    "السعودية": "Asia/Riyadh",
    "دبي": "Asia/Dubai",
    "الإمارات": "Asia/Dubai",
    "أبوظبي": "Asia/Dubai",
    "عمان": "Asia/Amman",
    "عمّان": "Asia/Amman",
    "الأردن": "Asia/Amman",
    "بيروت": "Asia/Beirut",
    "لبنان": "Asia/Beirut",
    "الدوحة": "Asia/Qatar",
    "قطر": "Asia/Qatar",
    "الكويت": "Asia/Kuwait",
    "مسقط": "Asia/Muscat",
    "المنامة": "Asia/Bahrain",
    "البحرين": "Asia/Bahrain",
    "بغداد": "Asia/Baghdad",
    "الجزائر": "Africa/Algiers",
    "تونس": "Africa/Tunis",
    "الرباط": "Africa/Casablanca",
    "المغرب": "Africa/Casablanca",
    "الدار": "Africa/Casablanca",
}


def _arabic_zone(line: str, after: int) -> tzinfo | None:
    if "توقيت" not in line:  # most lines
        return None
    m = _ARABIC_CITY_TIME.search(line, after)
    if not m:
        return None
    words = m["city"].split()
    key = next((w for w in words if w in _ARABIC_CITIES), "")
    return zone(_ARABIC_CITIES[key]) if key else None
