"""Small helpers to write raw MIME the way mail clients do (hand-written headers and bodies)."""

from __future__ import annotations

import base64
import quopri
from datetime import datetime
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo


def b64(text: str, charset: str = "utf-8") -> str:
    raw = base64.b64encode(text.encode(charset)).decode()
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode()


def hdr(text: str, charset: str = "utf-8", encoding: str = "q") -> str:
    """RFC 2047 encoded word for a header phrase."""
    h = Header(text, charset)
    enc = h.encode()
    if encoding == "b":
        raw = base64.b64encode(text.encode(charset)).decode()
        return f"=?{charset}?B?{raw}?="
    return enc


def addr(name: str, email: str, encoding: str = "q") -> str:
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',."()'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{hdr(name, encoding=encoding)} <{email}>"


def date(y: int, mo: int, d: int, h: int, mi: int, tz: str, s: int = 0) -> str:
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz)))


def epoch(y: int, mo: int, d: int, h: int, mi: int, tz: str) -> int:
    return int(datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz)).timestamp())


def fold_ics(text: str) -> str:
    """Fold iCalendar content lines at 75 octets, CRLF line ends."""
    out = []
    for line in text.strip("\n").split("\n"):
        b = line.encode()
        first = True
        while len(b) > (75 if first else 74):
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:  # do not split a UTF-8 sequence
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode())
            b = b[cut:]
            first = False
        out.append(("" if first else " ") + b.decode())
    return "\r\n".join(out) + "\r\n"


VTZ_NEW_YORK = """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def vtz_us(tzid: str, std_off: str, dst_off: str, std_name: str, dst_name: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:{std_off}
TZOFFSETTO:{dst_off}
TZNAME:{dst_name}
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst_off}
TZOFFSETTO:{std_off}
TZNAME:{std_name}
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def vtz_eu(tzid: str, std_off: str, dst_off: str, std_name: str, dst_name: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:{std_off}
TZOFFSETTO:{dst_off}
TZNAME:{dst_name}
DTSTART:19700329T{"010000" if std_off == "+0000" else "020000"}
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst_off}
TZOFFSETTO:{std_off}
TZNAME:{std_name}
DTSTART:19701025T{"020000" if std_off == "+0000" else "030000"}
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


VTZ_OUTLOOK_PACIFIC = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def vtz_outlook_us(name: str, std: int, dst: int) -> str:
    def f(h: int) -> str:
        return f"{'-' if h < 0 else '+'}{abs(h):02d}00"

    return f"""BEGIN:VTIMEZONE
TZID:{name}
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:{f(dst)}
TZOFFSETTO:{f(std)}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:{f(std)}
TZOFFSETTO:{f(dst)}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def vtz_outlook_eu(name: str, std: int, dst: int) -> str:
    def f(h: int) -> str:
        return f"{'-' if h < 0 else '+'}{abs(h):02d}00"

    return f"""BEGIN:VTIMEZONE
TZID:{name}
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:{f(dst)}
TZOFFSETTO:{f(std)}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:{f(std)}
TZOFFSETTO:{f(dst)}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
