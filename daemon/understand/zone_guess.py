"""Where a message stamped in UTC by an ATS most likely is, when it names no zone or city:
the country of the other addresses on it, else the one-country language it is written in."""

from __future__ import annotations

import re
from datetime import tzinfo

from .zones import country_zone, zone

# Languages spoken in one zone's offsets (German: Berlin, Vienna and Zurich keep the same
# clocks); French, Spanish, Portuguese and English are written on several continents.
_LANGUAGE_ZONES = (
    ("Europe/Rome", re.compile(r"(?i)\b(il|della|colloquio|gentile|cordiali saluti|presso)\b")),
    ("Europe/Berlin", re.compile(r"(?i)\b(und|ihre[nr]?|bitte|mit freundlichen|uhr|wir)\b")),
    ("Europe/Amsterdam", re.compile(r"(?i)\b(het|een|wij|graag|gesprek|groet(en)?)\b")),
    ("Europe/Warsaw", re.compile(r"(?i)\b(się|dla|rozmow\w+|pozdrawiam|jest)\b")),
    ("Europe/Stockholm", re.compile(r"(?i)\b(och|för|vänliga hälsningar|intervju|att)\b")),
    ("Asia/Tokyo", re.compile(r"[\u3040-\u30ff]")),  # kana: Japanese, not Chinese
)


def reader_zone(text: str, addresses: list[str | None]) -> tzinfo | None:
    """A message stamped in UTC by an ATS with no city named: the zone of a country domain
    among the other addresses (its Reply-To, the user's own), else of the one-country
    language it is written in ("Gentile Chiara, ... colloquio").
    The interview is most likely where the reader or the employer lives."""
    for address in addresses:
        name = country_zone(address)
        if name:
            return zone(name)
    for name, words in _LANGUAGE_ZONES:
        if len(words.findall(text[:3000])) >= 3:
            return zone(name)
    return None
