"""Builds raw MIME messages and their label sidecars for tests/corpus/dev."""
# ruff: noqa: E501

from __future__ import annotations

import hashlib
import html as htmlmod
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from mime import b64, fold_ics, qp
from mime import date as fmt_date

OUT = Path(__file__).resolve().parent.parent
REGISTRY: list[dict[str, Any]] = []


def iso(local: str | None, tz: str | None) -> str | None:
    """'2026-07-14 11:00' in tz -> ISO 8601 with that zone's real offset on that date."""
    if local is None:
        return None
    assert tz is not None
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return dt.isoformat()


def plus(local: str, minutes: int) -> str:
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M") + timedelta(minutes=minutes)
    return dt.strftime("%Y-%m-%d %H:%M")


def auto_html(text: str, seed: str = "") -> str:
    """The HTML twin a mail client would write for `text`: Gmail, Outlook or Apple Mail style."""
    paras = text.strip("\n").split("\n\n")
    esc = [[htmlmod.escape(line, quote=False) for line in p.split("\n")] for p in paras]
    style = int(hashlib.sha1(seed.encode()).hexdigest(), 16) % 3
    if style == 0:  # Gmail
        body = "<div><br></div>".join(
            "".join(f"<div>{line or '<br>'}</div>" for line in p) for p in esc
        )
        return f'<div dir="ltr">{body}</div>\n'
    if style == 1:  # Outlook / Word
        body = "\n<p class=MsoNormal>&nbsp;</p>\n".join(
            "\n".join(f"<p class=MsoNormal>{line or '&nbsp;'}</p>" for line in p) for p in esc
        )
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
            f'</head><body lang=EN-US link="#0563C1"><div class=WordSection1>\n{body}\n</div></body></html>\n'
        )
    body = "".join("<div>" + "<br>".join(p) + "</div><div><br></div>" for p in esc)  # Apple Mail
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{body}</body></html>\n"
    )


def _boundary(name: str, n: int) -> str:
    h = hashlib.sha1(f"{name}{n}".encode()).hexdigest()
    return (
        f"{'0' * 12}{h[:16]}"
        if n % 2
        else f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"
    )


def _text_part(text: str, cte: str, sub: str = "plain", charset: str = "utf-8") -> str:
    head = f'Content-Type: text/{sub}; charset="{charset}"'
    if cte == "qp":
        return f"{head}\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text, charset)}"
    if cte == "b64":
        return f"{head}\nContent-Transfer-Encoding: base64\n\n{b64(text, charset)}\n"
    if charset == "iso-2022-jp":  # a 7bit charset: escape sequences, ASCII bytes only
        return f"{head}\nContent-Transfer-Encoding: 7bit\n\n{text.encode(charset).decode('ascii')}"
    assert charset == "utf-8", "8bit bodies are written as UTF-8 only"
    bit = "7bit" if text.isascii() else "8bit"
    return f"{head}\nContent-Transfer-Encoding: {bit}\n\n{text}"


LOGO_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGOQz99EEmIY1TCqYfhq\n"
    "AACMt0AQ/tsbngAAAABJRU5ErkJggg=="
)


def _multipart(kind: str, name: str, n: int, parts: list[str]) -> str:
    b = _boundary(name, n)
    out = (
        f'Content-Type: multipart/{kind}; boundary="{b}"\n\nThis is a multi-part message in MIME format.\n\n'
        if n == 3
        else f'Content-Type: multipart/{kind}; boundary="{b}"\n\n'
    )
    for p in parts:
        out += f"--{b}\n{p.rstrip(chr(10))}\n\n"
    return out + f"--{b}--\n"


@dataclass
class Msg:
    name: str
    frm: str
    to: str
    subject: str
    date: tuple[Any, ...]
    body: str = ""
    kind: str = "other"
    company: str | None = None
    role: str | None = None
    interviewers: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    start: str | None = None  # local "YYYY-MM-DD HH:MM"
    end: str | None = None
    tz: str | None = None  # zone of start/end
    decision_by: str | None = None
    notes: str = ""
    fmt: str = "plain"  # plain qp b64 alt alt64 html html64
    html: str | None = None
    cc: str | None = None
    reply_to: str | None = None
    headers: str = ""  # extra raw header lines
    ics: str | None = None
    ics_style: str = "google"  # google | outlook | attach
    ics_method: str = "REQUEST"
    in_reply_to: str | None = None
    references: str | None = None
    msgid: str | None = None
    charset: str = "utf-8"
    attach_msg: str | None = None  # a whole message forwarded as message/rfc822

    def message_id(self) -> str:
        if self.msgid:
            return self.msgid
        dom = self.frm.rsplit("@", 1)[1].rstrip(">").strip()
        h = hashlib.md5(self.name.encode()).hexdigest()
        return f"<{h[:8]}.{h[8:20]}.{h[20:26]}@{dom}>"

    def body_parts(self) -> str:
        text = self.body.lstrip("\n")
        n = len(self.name)
        cs = self.charset
        if self.fmt in ("plain", "qp", "b64"):
            body = _text_part(text, self.fmt, charset=cs)
        elif self.fmt in ("alt", "alt64"):
            html = self.html or auto_html(text, self.name)
            body = _multipart(
                "alternative",
                self.name,
                n,
                [
                    _text_part(
                        text, "qp" if self.fmt == "alt" or cs != "utf-8" else "plain", charset=cs
                    ),
                    _text_part(html, "b64" if self.fmt == "alt64" else "qp", "html", cs),
                ],
            )
        elif self.fmt == "related":
            html = self.html or auto_html(text, self.name)
            logo = (
                f'Content-Type: image/png; name="logo.png"\nContent-Disposition: inline; filename="logo.png"\n'
                f"Content-ID: <logo@{self.name}>\nContent-Transfer-Encoding: base64\n\n{LOGO_PNG}\n"
            )
            related = _multipart(
                "related", self.name, n + 5, [_text_part(html, "qp", "html", cs), logo]
            )
            body = _multipart(
                "alternative", self.name, n, [_text_part(text, "qp", charset=cs), related]
            )
        elif self.fmt in ("html", "html64"):
            html = self.html or auto_html(text, self.name)
            body = _text_part(html, "qp" if self.fmt == "html" else "b64", "html", cs)
        else:
            raise ValueError(self.fmt)
        if self.attach_msg is not None:
            inner = self.attach_msg.lstrip("\n")
            att = f'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="forwarded.eml"\n\n{inner}'
            body = _multipart("mixed", self.name, n + 6, [body, att])
        if self.ics is None:
            return body
        cal = fold_ics(self.ics)
        calpart = f'Content-Type: text/calendar; charset="UTF-8"; method={self.ics_method}\nContent-Transfer-Encoding: 7bit\n\n{cal}'
        if self.ics_style == "outlook":
            html = self.html or auto_html(text, self.name)
            return _multipart(
                "alternative",
                self.name,
                n + 1,
                [
                    _text_part(text, "qp"),
                    _text_part(html, "qp", "html"),
                    f'Content-Type: text/calendar; charset="utf-8"; method={self.ics_method}\nContent-Transfer-Encoding: base64\n\n{b64(cal)}\n',
                ],
            )
        if self.ics_style == "google":
            html = self.html or auto_html(text, self.name)
            alt = _multipart(
                "alternative",
                self.name,
                n + 2,
                [_text_part(text, "b64"), _text_part(html, "qp", "html"), calpart],
            )
            att = f'Content-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n{b64(cal)}\n'
            return _multipart("mixed", self.name, n + 3, [alt, att])
        if self.ics_style == "attach":
            att = f'Content-Type: text/calendar; charset="utf-8"; method={self.ics_method}; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n{b64(cal)}\n'
            return _multipart("mixed", self.name, n + 4, [body, att])
        raise ValueError(self.ics_style)

    def render(self) -> str:
        lines = [f"From: {self.frm}", f"To: {self.to}"]
        if self.cc:
            lines.append(f"Cc: {self.cc}")
        if self.reply_to:
            lines.append(f"Reply-To: {self.reply_to}")
        when = self.date
        if any(d in self.frm for d in ATS_UTC):  # these services stamp Date in UTC
            local = datetime(*when[:5], tzinfo=ZoneInfo(when[5])).astimezone(ZoneInfo("UTC"))
            when = (local.year, local.month, local.day, local.hour, local.minute, "UTC")
        lines += [
            f"Subject: {self.subject}",
            f"Date: {fmt_date(*when)}",
            f"Message-ID: {self.message_id()}",
        ]
        if self.in_reply_to:
            lines.append(f"In-Reply-To: {self.in_reply_to}")
            lines.append(f"References: {self.references or self.in_reply_to}")
        if self.headers:
            lines += self.headers.strip("\n").split("\n")
        lines.append("MIME-Version: 1.0")
        return "\n".join(lines) + "\n" + self.body_parts()

    def label(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "company": self.company,
            "role": self.role,
            "interviewers": [{"name": n, "email": e, "title": t} for n, e, t in self.interviewers],
            "start": iso(self.start, self.tz),
            "end": iso(self.end, self.tz),
            "decision_by": self.decision_by,
            "notes": self.notes,
        }


MSGS: list[Msg] = []
ATS_UTC = (
    "greenhouse-mail.io",
    "hire.lever.co",
    "ashbyhq.com",
    "smartrecruiters.com",
    "calendly.com",
    "docusign.net",
    "teamtailor.com",
    "personio.de",
)


def add(**kw: Any) -> Msg:
    m = Msg(**kw)
    assert all(x.name != m.name for x in MSGS), m.name
    MSGS.append(m)
    return m


def write_all() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for old in OUT.glob("*.json"):
        old.unlink()
    for m in MSGS:
        (OUT / f"{m.name}.eml").write_text(m.render(), encoding="utf-8")
        (OUT / f"{m.name}.json").write_text(
            json.dumps(m.label(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def vtz_fixed(tzid: str, off: str, name: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:{off}
TZOFFSETTO:{off}
TZNAME:{name}
END:STANDARD
END:VTIMEZONE"""


def ics(
    *,
    uid: str,
    start: str,
    end: str,
    tz: str,
    tzid: str | None = None,
    vtz: str | None = None,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
    summary: str,
    method: str = "REQUEST",
    seq: int = 0,
    status: str = "CONFIRMED",
    desc: str = "",
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
    utc: bool = False,
    location: str = "",
    stamp: str = "20260101T000000Z",
) -> str:
    """A VCALENDAR; times are local in `tz`, written with TZID (or as UTC when utc=True)."""

    def cn(name: str) -> str:
        return f'"{name}"' if any(c in name for c in ",;:") else name

    def t(local: str) -> str:
        dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
        if utc:
            return ":" + dt.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
        return f";TZID={tzid or tz}:" + dt.strftime("%Y%m%dT%H%M%S")

    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}"]
    if vtz and not utc:
        lines.append(vtz)
    lines += [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART{t(start)}",
        f"DTEND{t(end)}",
        f"SUMMARY:{summary}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}",
    ]
    for n, e in attendees:
        lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(n)}:mailto:{e}"
        )
    if desc:
        lines.append(
            "DESCRIPTION:"
            + desc.replace("\\", "\\\\")
            .replace(",", "\\,")
            .replace(";", "\\;")
            .replace("\n", "\\n")
        )
    if location:
        lines.append("LOCATION:" + location.replace(",", "\\,"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)
