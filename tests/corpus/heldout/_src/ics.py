"""iCalendar writers: VTIMEZONE blocks for IANA and Outlook (Windows) zone names."""

# ruff: noqa: E501, UP031

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

# name -> (std offset, dst offset or None, dst start (month, byday, local time), std start (...), standard name, daylight name)
_US = ((3, "2SU", "020000"), (11, "1SU", "020000"))
_EU_CET = ((3, "-1SU", "020000"), (10, "-1SU", "030000"))
_EU_WET = ((3, "-1SU", "010000"), (10, "-1SU", "020000"))
ZONES = {
    "America/New_York": ("-0500", "-0400", *_US, "EST", "EDT"),
    "America/Toronto": ("-0500", "-0400", *_US, "EST", "EDT"),
    "America/Chicago": ("-0600", "-0500", *_US, "CST", "CDT"),
    "America/Denver": ("-0700", "-0600", *_US, "MST", "MDT"),
    "America/Los_Angeles": ("-0800", "-0700", *_US, "PST", "PDT"),
    "America/Vancouver": ("-0800", "-0700", *_US, "PST", "PDT"),
    "Europe/London": ("+0000", "+0100", *_EU_WET, "GMT", "BST"),
    "Europe/Dublin": ("+0000", "+0100", *_EU_WET, "GMT", "IST"),
    "Europe/Lisbon": ("+0000", "+0100", *_EU_WET, "WET", "WEST"),
    "Europe/Berlin": ("+0100", "+0200", *_EU_CET, "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", *_EU_CET, "CET", "CEST"),
    "Europe/Amsterdam": ("+0100", "+0200", *_EU_CET, "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", *_EU_CET, "CET", "CEST"),
    "Europe/Stockholm": ("+0100", "+0200", *_EU_CET, "CET", "CEST"),
    "Europe/Warsaw": ("+0100", "+0200", *_EU_CET, "CET", "CEST"),
    "Europe/Zurich": ("+0100", "+0200", *_EU_CET, "CET", "CEST"),
    "Europe/Helsinki": (
        "+0200",
        "+0300",
        (3, "-1SU", "030000"),
        (10, "-1SU", "040000"),
        "EET",
        "EEST",
    ),
    "Australia/Sydney": (
        "+1000",
        "+1100",
        (10, "1SU", "020000"),
        (4, "1SU", "030000"),
        "AEST",
        "AEDT",
    ),
    "Asia/Kolkata": ("+0530", None, None, None, "IST", None),
    "Asia/Tokyo": ("+0900", None, None, None, "JST", None),
    "Asia/Singapore": ("+0800", None, None, None, "+08", None),
    "America/Sao_Paulo": ("-0300", None, None, None, "-03", None),
    "Africa/Lagos": ("+0100", None, None, None, "WAT", None),
    "Africa/Johannesburg": ("+0200", None, None, None, "SAST", None),
    "Asia/Dubai": ("+0400", None, None, None, "+04", None),
}
WINDOWS = {
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "Pacific Standard Time": "America/Los_Angeles",
    "GMT Standard Time": "Europe/London",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central European Standard Time": "Europe/Warsaw",
    "FLE Standard Time": "Europe/Helsinki",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "India Standard Time": "Asia/Kolkata",
    "Tokyo Standard Time": "Asia/Tokyo",
    "South Africa Standard Time": "Africa/Johannesburg",
    "Singapore Standard Time": "Asia/Singapore",
    "E. South America Standard Time": "America/Sao_Paulo",
}


def vtimezone(tzid: str, outlook: bool = False) -> str:
    iana = WINDOWS.get(tzid, tzid)
    std, dst, dst_rule, std_rule, sn, dn = ZONES[iana]
    out = ["BEGIN:VTIMEZONE", "TZID:" + tzid]
    if not outlook:
        out.append("X-LIC-LOCATION:" + iana)
    if dst is None:
        out += [
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000" if outlook else "DTSTART:19700101T000000",
            "TZOFFSETFROM:" + std,
            "TZOFFSETTO:" + std,
        ]
        if not outlook:
            out.append("TZNAME:" + sn)
        out.append("END:STANDARD")
    else:
        for kind, frm, to, rule, name in (
            ("STANDARD", dst, std, std_rule, sn),
            ("DAYLIGHT", std, dst, dst_rule, dn),
        ):
            month, byday, t = rule
            base = "16010101T" if outlook else "19700101T"
            out += ["BEGIN:" + kind, "DTSTART:" + base + t]
            if outlook:
                out.append("RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (byday, month))
            else:
                out.append("RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (month, byday))
            out += ["TZOFFSETFROM:" + frm, "TZOFFSETTO:" + to]
            if not outlook:
                out.append("TZNAME:" + name)
            out.append("END:" + kind)
    out.append("END:VTIMEZONE")
    return "\r\n".join(out)


def fold(line: str) -> str:
    b = line.encode()
    if len(b) <= 75:
        return line
    parts, cur = [], b""
    for ch in line:
        e = ch.encode()
        if len(cur) + len(e) > (75 if not parts else 74):
            parts.append(cur.decode())
            cur = b""
        cur += e
    parts.append(cur.decode())
    return "\r\n ".join(parts)


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def event(
    *,
    method: str,
    uid: str,
    start: str,
    tz: str,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str, str]] = (),
    seq: int = 0,
    style: str = "google",
    description: str = "",
    location: str = "",
    stamp: str = "20260101T000000Z",
    status: str | None = None,
    prodid: str | None = None,
) -> str:
    """style: google (UTC Z times), iana (TZID + VTIMEZONE), outlook (Windows TZID), utc, floating-free.

    start is local wall time 'YYYY-MM-DD HH:MM' in zone tz (IANA or Windows name).
    attendees: (name, email, role) role in REQ-PARTICIPANT/OPT-PARTICIPANT/CHAIR.
    """
    iana = WINDOWS.get(tz, tz)
    local = datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(iana))
    end = local + timedelta(minutes=minutes)
    if prodid is None:
        prodid = {
            "google": "-//Google Inc//Google Calendar 70.9054//EN",
            "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
            "iana": "-//GoodTime.io//Scheduler 2.0//EN",
            "utc": "-//Calendly//Calendly 2.0//EN",
        }[style]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + prodid,
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:" + method,
    ]
    if style in ("iana", "outlook"):
        lines.append(vtimezone(tz, outlook=style == "outlook"))
    lines.append("BEGIN:VEVENT")
    if style in ("google", "utc"):
        fmt = lambda d: d.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")  # noqa: E731
        lines += ["DTSTART:" + fmt(local), "DTEND:" + fmt(end)]
    else:
        lines += [
            "DTSTART;TZID={}:{}".format(tz, local.strftime("%Y%m%dT%H%M%S")),
            "DTEND;TZID={}:{}".format(tz, end.strftime("%Y%m%dT%H%M%S")),
        ]
    lines += [
        "DTSTAMP:" + stamp,
        "ORGANIZER;CN={}:mailto:{}".format(
            esc(organizer[0]) if "," not in organizer[0] else f'"{organizer[0]}"', organizer[1]
        ),
        "UID:" + uid,
    ]
    for name, email, role in attendees:
        cn = f'"{name}"' if ("," in name or ";" in name) else name
        ps = "NEEDS-ACTION" if role != "CHAIR" else "ACCEPTED"
        lines.append(
            fold(
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={};PARTSTAT={};RSVP=TRUE;CN={}:mailto:{}".format(
                    "REQ-PARTICIPANT" if role == "CHAIR" else role, ps, cn, email
                )
            )
        )
    lines += ["SEQUENCE:%d" % seq]
    if status:
        lines.append("STATUS:" + status)
    elif method == "CANCEL":
        lines.append("STATUS:CANCELLED")
    else:
        lines.append("STATUS:CONFIRMED")
    lines.append(fold("SUMMARY:" + esc(summary)))
    if description:
        lines.append(fold("DESCRIPTION:" + esc(description)))
    if location:
        lines.append(fold("LOCATION:" + esc(location)))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) if "\r\n" not in x else x for x in lines) + "\r\n"
