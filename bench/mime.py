"""Just enough MIME to write realistic messages fast (the email package's generator costs a
millisecond a message, too slow for 50,000): parts, multiparts, base64 attachments, ICS."""

from __future__ import annotations

import base64
import os
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime


@dataclass(frozen=True)
class Part:
    headers: dict[str, str]
    body: str


@dataclass(frozen=True)
class Built:
    head: dict[str, str]
    part: Part
    kind: str | None  # the hiring kind, None for other mail


def stamp(when: datetime) -> str:
    return format_datetime(when)


def render(message: Built) -> bytes:
    head = {**message.head, "MIME-Version": "1.0", **message.part.headers}
    lines = "".join(f"{k}: {v}\n" for k, v in head.items())
    return (lines + "\n" + message.part.body).encode()


def plain(text: str, subtype: str = "plain") -> Part:
    return Part(
        {
            "Content-Type": f"text/{subtype}; charset=utf-8",
            "Content-Transfer-Encoding": "8bit",
        },
        text if text.endswith("\n") else text + "\n",
    )


def _multipart(subtype: str, parts: tuple[Part, ...]) -> Part:
    boundary = f"=_bench_{random.getrandbits(64):016x}"
    chunks = []
    for part in parts:
        head = "".join(f"{k}: {v}\n" for k, v in part.headers.items())
        chunks.append(f"--{boundary}\n{head}\n{part.body}")
    body = "\n".join(chunks) + f"\n--{boundary}--\n"
    return Part({"Content-Type": f'multipart/{subtype}; boundary="{boundary}"'}, body)


def alternative(text: str, html: str) -> Part:
    return _multipart("alternative", (plain(text), plain(html, "html")))


def mixed(*parts: Part) -> Part:
    return _multipart("mixed", parts)


class Blobs:
    """Incompressible attachment bodies, base64 lines cut from one pre-encoded random blob."""

    def __init__(self, size: int = 6 * 1024 * 1024) -> None:
        self.lines = base64.encodebytes(os.urandom(size)).decode().splitlines(keepends=True)

    def attachment(self, rng: random.Random, mime: str, name: str, nbytes: int) -> Part:
        count = min(len(self.lines), nbytes // 57 + 1)
        first = rng.randrange(0, len(self.lines) - count + 1)
        return Part(
            {
                "Content-Type": f'{mime}; name="{name}"',
                "Content-Disposition": f'attachment; filename="{name}"',
                "Content-Transfer-Encoding": "base64",
            },
            "".join(self.lines[first : first + count]),
        )


def _ics_time(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_event(
    *,
    uid: str,
    start: datetime,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
    method: str = "REQUEST",
) -> Part:
    who = "".join(
        f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{mail}\n'
        for name, mail in attendees
    )
    text = (
        "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
        f"CALSCALE:GREGORIAN\nMETHOD:{method}\nBEGIN:VEVENT\n"
        f"DTSTART:{_ics_time(start)}\nDTEND:{_ics_time(start + timedelta(minutes=minutes))}\n"
        f"DTSTAMP:{_ics_time(start - timedelta(days=3))}\n"
        f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}\nUID:{uid}\n{who}'
        f"SUMMARY:{summary}\nSTATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    return Part(
        {
            "Content-Type": f"text/calendar; charset=utf-8; method={method}",
            "Content-Transfer-Encoding": "8bit",
        },
        text,
    )
