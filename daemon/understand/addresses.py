"""People's addresses: the one written next to a name, whether an address belongs to a name
("dkowalczyk@..." is Dana Kowalczyk's), and a name read from an address."""

from __future__ import annotations

import re
import unicodedata

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def name_from_address(address: str | None) -> str | None:
    if not address:
        return None
    local = address.split("@")[0]
    parts = re.split(r"[._-]", local)
    if len(parts) >= 2 and all(p.isalpha() for p in parts):
        return " ".join(p.capitalize() for p in parts)
    return None


def address_on_line(line: str, name: str) -> str | None:
    for address in EMAIL.findall(line):
        if address_matches(address, name):
            return str(address).lower()
    return None


def address_matches(address: str, name: str) -> bool:
    local = re.sub(r"[^a-z]", "", ascii_fold(address.split("@", maxsplit=1)[0].lower()))
    words = [re.sub(r"[^a-z]", "", ascii_fold(w.lower())) for w in name.split()]
    words = [w for w in words if w]
    if not words or not local:
        return False
    first, last = words[0], words[-1]
    return local in {
        first + last,
        last + first,
        first[0] + last,
        first + last[0],
        first,
        last,
        last + first[0],
    } or (first in local and last in local)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
