"""Check the held-out corpus: every .eml parses, every sidecar label is well formed and consistent.

Run: .venv/bin/python tests/corpus/heldout/check_labels.py
Checks, per message:
- the .eml parses with email (policy.default) without defects, every text part decodes;
- every text/calendar or .ics part parses with icalendar; for an interview message whose ICS
  carries the interview, the ICS DTSTART/DTEND equal the labelled start/end (same instant);
- the label schema (kinds, fields, ISO 8601 with offset, YYYY-MM-DD);
- start/end carry the real UTC offset of the zone named in ZONE below on that date (zoneinfo);
- decision_by is recomputed from the Date header with the rule in DECIDE below
  (business days skip weekends and the sender country's public holidays via `holidays`);
- names have no honorifics and are not in "Last, First" order;
- the kind mix: >= 100 messages, every hiring kind >= 7, roughly 35 % other.
"""

from __future__ import annotations

import email
import json
import re
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import icalendar

HERE = Path(__file__).resolve().parent
KINDS = {
    "invitation",
    "reschedule",
    "cancellation",
    "rejection",
    "offer",
    "next_steps",
    "info_request",
    "application_ack",
    "other",
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
    "Singapore Standard Time": "Asia/Singapore",
    "South Africa Standard Time": "Africa/Johannesburg",
    "E. South America Standard Time": "America/Sao_Paulo",
}

# The IANA zone the interview time is in (the check recomputes the offset on that date).
ZONE = {
    "h001-nordvik": "America/New_York",
    "h002-kelpwise": "America/Los_Angeles",
    "h003-fenwick": "Europe/London",
    "h004-prairieline": "America/Chicago",
    "h006-brueckner": "Europe/Berlin",
    "h007-saltmarsh": "America/Toronto",
    "h008-mercylakes": "America/Chicago",
    "h009-pinecrest": "America/New_York",
    "h010-lanternfish": "America/Los_Angeles",
    "h011-kaveri": "Asia/Kolkata",
    "h012-hoshizora": "Asia/Tokyo",
    "h013-wattle": "Australia/Sydney",
    "h014-alcazar": "Europe/Madrid",
    "h015-rheinfeld": "Europe/Berlin",
    "h016-oranjeboom": "Europe/Amsterdam",
    "h017-corrigan": "Europe/Dublin",
    "h018-halcyon": "America/New_York",
    "h019-ferncliff": "America/Denver",
    "h020-kranich": "Europe/Berlin",
    "h021-ashcombe": "Europe/London",
    "h022-brightloop": "America/Los_Angeles",
    "h023-cajuina": "America/Sao_Paulo",
    "h024-merlion": "Asia/Singapore",
    "h025-quarrylane": "America/New_York",
    "h026-cobaltline": "America/Los_Angeles",
    "h027-mosswood": "Europe/London",
    "h028-fjordlys": "Europe/Oslo",
    "h029-granitepeak": "America/Denver",
    "h030-vltava": "Europe/Prague",
    "h031-juniperrow": "America/Chicago",
    "h032-harborview": "America/New_York",
    "h033-bluegum": "Australia/Sydney",
    "h034-tessellate": "America/Los_Angeles",
    "h123-redwoodledger": "America/Los_Angeles",
    "h125-tallgrass": "America/Chicago",
    "h126-verbena": "Europe/Paris",
    "h127-deccan": "Asia/Kolkata",
    "h128-copperline": "America/Chicago",
    "h129-pickering": "Europe/London",
    "h130-kestrel": "Europe/London",
    "h135-ridgeback": "America/Denver",
    "h136-auric": "Africa/Johannesburg",
    "h137-tamarind": "Asia/Kuala_Lumpur",
    "h141-wisla": "Europe/Warsaw",
    "h146-marelabs": "Europe/Lisbon",
    "h147-bluebonnet": "America/Chicago",
}

# How the decision date follows from the Date header: (rule, arg, country)
#   bdays n CC: n-th business day after the Date (weekends + CC holidays skipped)
#   days n / weeks n: calendar days after; end_next_week: Friday of the following week;
#   end_this_week: Friday of this week; weekday NAME: next such weekday after the Date;
#   dom N: next day-of-month N on/after the Date; date YYYY-MM-DD: stated outright (checked > Date)
DECIDE: dict[str, tuple] = {
    "h052-nordvik": ("end_next_week",),
    "h053-halcyon": ("bdays", 5, "US"),
    "h054-pennine": ("dom", 24),
    "h055-lumiere": ("bdays", 5, "FR"),
    "h057-hoshizora": ("weeks", 2),
    "h058-brightloop": ("weekday", "friday"),
    "h059-wattle": ("bdays", 3, "AU"),
    "h061-corrigan": ("bdays", 5, "IE"),
    "h068-fieldnote": ("date", "2026-12-04"),
    "h080-ashcombe": ("date", "2026-06-05"),
    "h075-ferrule": ("days", 10),
    "h140-vireo": ("bdays", 5, "CA"),
}

# Interview dates written relative to the Date header: the labelled start must fall on that day.
#   today / tomorrow / weekday NAME (the next such day after the Date) / dom N (next day-of-month N)
RELATIVE: dict[str, tuple] = {
    "h002-kelpwise": ("tomorrow",),
    "h013-wattle": ("weekday", "monday"),
    "h019-ferncliff": ("tomorrow",),
    "h023-cajuina": ("weekday", "friday"),
    "h026-cobaltline": ("tomorrow",),
    "h027-mosswood": ("weekday", "friday"),
    "h032-harborview": ("today",),
    "h033-bluegum": ("weekday", "tuesday"),
    "h034-tessellate": ("weekday", "thursday"),
    "h123-redwoodledger": ("weekday", "monday"),
    "h127-deccan": ("tomorrow",),
    "h129-pickering": ("dom", 3),
}

HONORIFICS = re.compile(r"^(dr|mr|mrs|ms|miss|prof|sir|dame)\.?\s", re.I)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def decide(rule: tuple, sent: date) -> date:
    kind = rule[0]
    if kind == "bdays":
        n, cc = rule[1], rule[2]
        hol = holidays.country_holidays(cc, years=[sent.year, sent.year + 1])
        d = sent
        while n:
            d += timedelta(days=1)
            if d.weekday() < 5 and d not in hol:
                n -= 1
        return d
    if kind == "days":
        return sent + timedelta(days=rule[1])
    if kind == "weeks":
        return sent + timedelta(weeks=rule[1])
    if kind == "end_next_week":
        return sent + timedelta(days=(4 - sent.weekday()) + 7)
    if kind == "end_this_week":
        return sent + timedelta(days=(4 - sent.weekday()))
    if kind == "weekday":
        wd = WEEKDAYS.index(rule[1])
        return sent + timedelta(days=(wd - sent.weekday() - 1) % 7 + 1)
    if kind == "dom":
        d = sent
        while d.day != rule[1]:
            d += timedelta(days=1)
        return d
    if kind == "date":
        d = date.fromisoformat(rule[1])
        assert d > sent, "stated decision date before the message"
        return d
    raise ValueError(rule)


def ics_parts(msg: email.message.EmailMessage) -> list[bytes]:
    out = []
    for p in msg.walk():
        ct = p.get_content_type()
        fn = (p.get_filename() or "").lower()
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            out.append(p.get_payload(decode=True))
    return out


def to_aware(dt: datetime, params: dict) -> datetime:
    if dt.tzinfo is None:
        raise AssertionError("floating ICS time")
    tzid = params.get("TZID")
    if tzid:
        return dt.replace(tzinfo=ZoneInfo(WINDOWS.get(tzid, tzid)))
    return dt


MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_WD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
_MO = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# (regex, group order) for "Tuesday, July 21, 2026" / "Tuesday 9th June" / "Thu, 10/15"
WEEKDAY_DATES = [
    (
        re.compile(
            _WD + r",?\s+" + _MO + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", re.I
        ),
        "wmdy",
    ),
    (
        re.compile(
            _WD + r",?\s+(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?" + _MO + r"(?:\s+(\d{4}))?", re.I
        ),
        "wdmy",
    ),
    (re.compile(_WD + r",?\s+(\d{1,2})/(\d{1,2})\b", re.I), "wmd/"),
    (re.compile(_WD + r",?\s+(\d{1,2})\.(\d{1,2})\.(\d{4})", re.I), "wdmy."),
]


def weekday_mismatches(text: str, sent: date) -> list[str]:
    """Every 'weekday + date' written in the text must name the right weekday."""
    out = []
    for rx, order in WEEKDAY_DATES:
        for m in rx.finditer(text):
            wd = m.group(1).lower()[:3]
            g = m.groups()
            try:
                if order == "wmdy":
                    mo, d, y = (
                        MONTHS.index(next(x for x in MONTHS if x.startswith(g[1].lower()[:3]))) + 1,
                        int(g[2]),
                        g[3],
                    )
                elif order == "wdmy":
                    d, mo, y = (
                        int(g[1]),
                        MONTHS.index(next(x for x in MONTHS if x.startswith(g[2].lower()[:3]))) + 1,
                        g[3],
                    )
                elif order == "wmd/":
                    mo, d, y = int(g[1]), int(g[2]), None
                else:
                    d, mo, y = int(g[1]), int(g[2]), g[3]
                year = int(y) if y else sent.year
                when = date(year, mo, d)
                if not y and when < sent - timedelta(days=60):
                    when = date(year + 1, mo, d)
            except (ValueError, StopIteration):
                continue
            if WEEKDAYS[when.weekday()][:3] != wd:
                out.append(f"{m.group(0)!r} is a {WEEKDAYS[when.weekday()]}")
    return out


def check(name: str, problems: list[str]) -> str:
    raw = (HERE / (name + ".eml")).read_bytes()
    label = json.loads((HERE / (name + ".json")).read_text())

    def bad(s: str) -> None:
        problems.append(f"{name}: {s}")

    msg = email.message_from_bytes(raw, policy=policy.default)
    for p in msg.walk():
        if p.defects:
            bad(f"MIME defects {p.defects}")
        if p.get_content_maintype() == "text" and p.get_content_subtype() in ("plain", "html"):
            content = p.get_content()
            if "\ufffd" in content:
                bad(f"undecodable text in {p.get_content_type()}")
            sent_day = parsedate_to_datetime(str(msg["Date"])).date()
            for w in weekday_mismatches(re.sub(r"<[^>]+>", " ", content), sent_day):
                bad("weekday: " + w)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            bad("missing " + h)
        elif "\ufffd" in str(msg[h]) or "=?" in str(msg[h]):
            bad(f"header {h} does not decode: {str(msg[h])!r}")
    sent = parsedate_to_datetime(str(msg["Date"]))
    if str(msg["Date"])[:3] != sent.strftime("%a"):
        bad("Date header weekday wrong: {}".format(msg["Date"]))
    keys = {"kind", "company", "role", "interviewers", "start", "end", "decision_by", "notes"}
    if set(label) != keys:
        bad(f"label keys {sorted(set(label) ^ keys)}")
        return label.get("kind", "?")
    kind = label["kind"]
    if kind not in KINDS:
        bad("kind " + kind)
    for person in label["interviewers"]:
        if set(person) != {"name", "email", "title"}:
            bad(f"person keys {person}")
        n = person["name"]
        if HONORIFICS.match(n) or "," in n or n != n.strip():
            bad(f"name not natural order / has honorific: {n!r}")
    if kind == "other" and (
        label["interviewers"] or label["start"] or label["decision_by"] or label["company"]
    ):
        bad("other with facts")
    start = end = None
    if label["start"]:
        start = datetime.fromisoformat(label["start"])
        end = datetime.fromisoformat(label["end"]) if label["end"] else None
        if start.tzinfo is None:
            bad("start without offset")
        zone = ZONE.get(name)
        if zone is None:
            bad("no ZONE entry")
        else:
            z = ZoneInfo(zone)
            for dt in (start, end):
                if dt is not None and dt.utcoffset() != dt.replace(tzinfo=z).utcoffset():
                    bad(
                        f"offset {dt.utcoffset()} wrong for {zone} on {dt.date()}"
                        f" (want {dt.replace(tzinfo=z).utcoffset()})"
                    )
        rel = RELATIVE.get(name)
        if rel is not None:
            want = {"today": sent.date, "tomorrow": lambda: sent.date() + timedelta(days=1)}.get(
                rel[0], lambda: decide(rel, sent.date())
            )()
            if start.date() != want:
                bad(f"relative {rel} from {sent.date()} gives {want}, label {start.date()}")
        if end is not None and end <= start:
            bad("end before start")
        if start <= sent and kind not in ("cancellation",):
            bad("interview before the message")
    elif label["end"]:
        bad("end without start")
    elif name in ZONE:
        bad("ZONE entry for a message without start")
    for blob in ics_parts(msg):
        cal = icalendar.Calendar.from_ical(blob)
        events = list(cal.walk("VEVENT"))
        if not events:
            bad("ICS without VEVENT")
            continue
        ev = events[0]
        s = to_aware(ev["DTSTART"].dt, ev["DTSTART"].params)
        e = to_aware(ev["DTEND"].dt, ev["DTEND"].params)
        interview = kind in ("invitation", "reschedule", "cancellation") and start is not None
        if interview and (s != start or (end is not None and e != end)):
            bad(f"ICS {s}..{e} differs from label {start}..{end}")
    if label["decision_by"]:
        rule = DECIDE.get(name)
        if rule is None:
            bad("decision_by without DECIDE rule")
        else:
            want = decide(rule, sent.date())
            if want.isoformat() != label["decision_by"]:
                bad("decision_by {}, rule {} gives {}".format(label["decision_by"], rule, want))
    elif name in DECIDE:
        bad("DECIDE rule but decision_by null")
    return kind


def main() -> int:
    names = sorted(p.stem for p in HERE.glob("*.eml"))
    sidecars = sorted(p.stem for p in HERE.glob("*.json"))
    problems: list[str] = []
    if names != sidecars:
        problems.append(f"eml/json mismatch: {sorted(set(names) ^ set(sidecars))}")
    for stale in (set(ZONE) | set(DECIDE) | set(RELATIVE)) - set(names):
        problems.append("table entry for missing message " + stale)
    kinds = Counter(check(n, problems) for n in names)
    total = sum(kinds.values())
    print(f"messages: {total}")
    for k in sorted(KINDS):
        print(f"  {k:<16} {kinds[k]:3d}")
    print(f"  other share: {100 * kinds['other'] / max(total, 1):.0f}%")
    if total < 100:
        problems.append("fewer than 100 messages")
    for k in KINDS - {"other"}:
        if kinds[k] < 7:
            problems.append(f"kind {k} has {kinds[k]} < 7")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
