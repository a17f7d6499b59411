"""Builders of hostile messages, as bytes, each named for what it attacks."""

from __future__ import annotations

import base64

HEAD = (
    b"From: Recruiter <r@acme.example>\r\nTo: me@example.net\r\n"
    b"Date: Mon, 02 Mar 2026 10:00:00 -0500\r\nMessage-ID: <h@acme.example>\r\n"
)


def deep_mime(depth: int) -> bytes:
    """multipart/mixed nested `depth` times around one text part."""
    parts = [HEAD + b"Subject: deep\r\nMIME-Version: 1.0\r\n"]
    for level in range(depth):
        parts.append(
            b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
        )
    parts.append(b"Content-Type: text/plain\r\n\r\nWe would like to invite you to interview.\r\n")
    for level in reversed(range(depth)):
        parts.append(b"--b%d--\r\n" % level)
    return b"".join(parts)


def unknown_charset() -> bytes:
    return HEAD + (
        b"Subject: =?x-klingon?Q?Interview=20invitation?=\r\n"
        b'Content-Type: text/plain; charset="x-klingon"\r\n\r\n'
        b"Interview on \xff\xfe Tuesday at 10am\r\n"
    )


def broken_base64() -> bytes:
    return HEAD + (
        b"Subject: Interview\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        b"SW50ZXJ2aWV3!!!@@@###\r\nnot base64 at all ===\r\n"
    )


def huge_message(megabytes: int = 20) -> bytes:
    body = base64.encodebytes(b"\x00\x01binary" * (megabytes * 1024 * 1024 // 8))
    return HEAD + (
        b"Subject: Your interview packet\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="X"\r\n\r\n--X\r\n'
        b"Content-Type: text/plain\r\n\r\nPlease find attached.\r\n--X\r\n"
        b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + body
        + b"\r\n--X--\r\n"
    )


def megabyte_header() -> bytes:
    return (
        HEAD
        + b"Subject: "
        + b"interview " * 110_000
        + b"\r\nX-Long: "
        + b"a" * 1_100_000
        + (b"\r\n\r\nHello\r\n")
    )


def nul_bytes() -> bytes:
    return HEAD + b"Subject: Inter\x00view\r\n\r\nWe\x00 invite you\x00 to interview on Monday.\r\n"


def crlf_encoded_words() -> bytes:
    # "=0D=0A" and base64 of "\r\nBcc: victim@x" inside encoded words
    evil = base64.b64encode(b"Jane\r\nBcc: victim@evil.example").decode()
    return (
        b"From: =?utf-8?B?" + evil.encode() + b"?= <jane@acme.example>\r\n"
        b"To: me@example.net\r\nDate: Mon, 02 Mar 2026 10:00:00 -0500\r\n"
        b"Message-ID: <crlf@acme.example>\r\n"
        b"Subject: =?utf-8?Q?Interview=0D=0ABcc:=20victim@evil.example?=\r\n\r\n"
        b"Hi, can we schedule an interview?\r\n"
    )


def html_bomb() -> bytes:
    html = b"<div>" * 200_000 + b"interview" + b"</div>" * 200_000
    html += b"<table>" + b"<tr><td>x</td></tr>" * 100_000 + b"</table>"
    return HEAD + b"Subject: Newsletter\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html


def absurd_ics() -> bytes:
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//evil//EN\r\nMETHOD:REQUEST\r\n"
        b"BEGIN:VEVENT\r\nUID:absurd@acme.example\r\nDTSTAMP:20260302T150000Z\r\n"
        b"DTSTART:20260303T150000Z\r\nDTEND:20260303T160000Z\r\n"
        b"RRULE:FREQ=SECONDLY;INTERVAL=1\r\nSUMMARY:Interview\r\n"
        b"ORGANIZER;CN=Rec:mailto:r@acme.example\r\n"
        b"ATTENDEE;CN=Ann Lee:mailto:ann@acme.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return HEAD + (
        b"Subject: Interview\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="Z"\r\n'
        b"\r\n--Z\r\nContent-Type: text/plain\r\n\r\nInvite attached.\r\n--Z\r\n"
        b"Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
        + ics
        + b"\r\n--Z--\r\n"
    )


def year_9999() -> bytes:
    return (
        b"From: r@acme.example\r\nTo: me@example.net\r\nDate: Fri, 31 Dec 9999 23:59:59 +1400\r\n"
        b"Message-ID: <y9999@acme.example>\r\nSubject: Interview invitation\r\n\r\n"
        b"Can you interview on December 31, 9999 at 11:59 PM? "
        b"We will decide by 1 January 10000.\r\n"
    )


def ics_year_9999() -> bytes:
    """An invitation whose event starts in 9999 and recurs every minute until then."""
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//evil//EN\r\nMETHOD:REQUEST\r\n"
        b"BEGIN:VEVENT\r\nUID:y9999@acme.example\r\nDTSTAMP:99991231T000000Z\r\n"
        b"DTSTART:99991231T230000Z\r\nDTEND:99991231T235959Z\r\n"
        b"RRULE:FREQ=MINUTELY;COUNT=999999999;BYSECOND=0,1,2,3,4,5,6,7,8,9\r\n"
        b"SUMMARY:Interview\r\nORGANIZER:mailto:r@acme.example\r\n"
        b"ATTENDEE;CN=Ann Lee:mailto:ann@acme.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return HEAD + (
        b"Subject: Interview\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n" + ics
    )


def rtl_override() -> bytes:
    name = "Ann \u202eeeL\u202c".encode()
    return (
        b"From: =?utf-8?B?" + base64.b64encode(name) + b"?= <ann@acme.example>\r\n"
        b"To: me@example.net\r\nDate: Mon, 02 Mar 2026 10:00:00 -0500\r\n"
        b"Message-ID: <rtl@acme.example>\r\nSubject: Interview\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + "You will meet Ann \u202eeeL\u202c, Engineering Manager, on Tuesday at 10am.\r\n".encode()
    )


ALL = {
    "deep_mime": lambda: deep_mime(5000),
    "unknown_charset": unknown_charset,
    "broken_base64": broken_base64,
    "huge_message": huge_message,
    "megabyte_header": megabyte_header,
    "nul_bytes": nul_bytes,
    "crlf_encoded_words": crlf_encoded_words,
    "html_bomb": html_bomb,
    "absurd_ics": absurd_ics,
    "year_9999": year_9999,
    "ics_year_9999": ics_year_9999,
    "rtl_override": rtl_override,
}
