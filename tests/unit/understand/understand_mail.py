"""Builds test messages with the stdlib, so each test shows the mail it reads."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from followup.model import Email
from followup.understand.parse import parse


def message(
    body: str,
    *,
    subject: str = "Interview",
    sender: str = "Priya Raman <priya.raman@acme-robotics.example>",
    to: str = "Jordan Avery <jordan.avery@example.net>",
    date: datetime | None = None,
    html: str | None = None,
    calendars: Sequence[str] = (),
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = "<test@example.net>"
    if date is not None:
        msg["Date"] = format_datetime(date)
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for ics in calendars:
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return msg.as_bytes()


def email(body: str, **kwargs: object) -> Email:
    return parse(message(body, **kwargs))  # type: ignore[arg-type]
