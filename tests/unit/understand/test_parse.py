"""parse(): real-world MIME into the text a reader sees, never raising."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from email import message_from_bytes, policy

from followup.understand.parse import parse, split_quoted
from understand_mail import message

RAW_QP_2047 = b"""From: =?UTF-8?Q?Luis_Hern=C3=A1ndez?= <luis@acme.example>
To: Jordan <jordan@example.net>
Subject: =?UTF-8?B?SW50ZXJ2aWV3IOKAkyBBY21l?=
Date: Tue, 10 Mar 2026 09:00:00 -0500
Message-ID: <abc@acme.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hola Jordan, la entrevista es el martes =E2=80=93 gracias.
"""


def test_rfc2047_headers_and_quoted_printable_body() -> None:
    email = parse(RAW_QP_2047)
    assert email.sender.name == "Luis Hernández"
    assert email.sender.email == "luis@acme.example"
    assert email.subject == "Interview – Acme"
    assert "martes – gracias" in email.text
    assert email.date == datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def test_unknown_charset_is_tolerated() -> None:
    raw = RAW_QP_2047.replace(b'charset="utf-8"', b'charset="x-no-such-charset"')
    assert "gracias" in parse(raw).text


def test_html_only_mail_becomes_text_without_markup() -> None:
    raw = (
        b"From: a@b.example\r\nTo: c@d.example\r\nSubject: Hi\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(
            b"<html><style>p{color:red}</style><body><p>Hi&nbsp;Jordan,</p>"
            b"<table><tr><td>Date</td><td>Friday</td></tr></table>"
            b"<p><s>Old time 2pm</s> New time 3pm</p></body></html>"
        )
    )
    email = parse(raw)
    assert "Hi Jordan," in email.text
    assert "Date | Friday" in email.text  # table cells stay on one line, apart
    assert "color" not in email.text
    assert "Old time" not in email.text  # struck-through text is no longer true
    assert "New time 3pm" in email.new_text


def test_multipart_alternative_prefers_plain_and_collects_calendar() -> None:
    data = message(
        "Plain body", html="<p>HTML body</p>", calendars=["BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"]
    )
    email = parse(data)
    assert email.text == "Plain body"
    assert email.calendars == (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",)


def test_quoted_history_is_kept_apart() -> None:
    body = (
        "Thanks, see you then.\n\nOn Mon, Mar 9, 2026 at 10:00 AM Tom Wu <tom@x.example> wrote:\n"
        "> Can you meet Ana Silva on Friday?\n"
    )
    email = parse(message(body))
    assert email.new_text == "Thanks, see you then."
    assert "Ana Silva" in email.text


def test_outlook_original_message_block_is_history() -> None:
    text = "New part.\n\nFrom: Tom Wu\nSent: Monday, March 9, 2026 10:00 AM\nTo: Jordan\nOld part."
    assert split_quoted(text).strip() == "New part."


def test_forwarded_message_part_is_not_new_text() -> None:
    inner = message("Meet Ana Silva, CTO, on Friday.", subject="Panel")
    outer = message("FYI, see below.")
    msg = message_from_bytes(outer, policy=policy.default)
    msg.add_attachment(message_from_bytes(inner, policy=policy.default))  # type: ignore[arg-type]
    email = parse(msg.as_bytes())
    assert "Ana Silva" in email.text
    assert "Ana Silva" not in email.new_text


def test_header_values_have_no_line_breaks() -> None:
    raw = b"From: a@b.example\r\nSubject: Hello\r\n world\r\n\tagain\r\n\r\nbody\r\n"
    email = parse(raw)
    assert email.subject == "Hello world again"
    assert all("\n" not in v and "\r" not in v for v in email.headers.values())


def test_garbage_does_not_raise() -> None:
    email = parse(b"\x00\xff not a message at all")
    assert email.subject == ""
    assert email.date is None
