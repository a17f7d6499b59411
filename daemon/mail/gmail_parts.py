"""A large Gmail message as its headers and readable parts, without its attachments.

Gmail's format=full answer carries each small text part inline and names every attachment
by id. The text and HTML parts are taken as they are, an invitation (.ics) is fetched by its
attachment id, everything else is left on the server; the result is a small multipart/mixed
message under the original headers, as the IMAP adapter builds from BODYSTRUCTURE."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from typing import Any

from .imap_parts import as_mixed, boundary_for

TEXT = frozenset({"text/plain", "text/html"})
CALENDAR = frozenset({"text/calendar", "application/ics"})
MAX_PARTS = 12

Attachment = Callable[[str], bytes | None]  # attachment id -> its content


def rebuild(
    message: dict[str, Any], header_block: bytes, attachment: Attachment, cap: int
) -> bytes:
    """The message from a format=full answer; each part at most `cap` bytes."""
    boundary = boundary_for(str(message.get("id", "")))
    out = as_mixed(header_block, boundary)
    for part, data in list(_readable(message.get("payload", {}), attachment, cap))[:MAX_PARTS]:
        content_type = _header(part, "Content-Type") or str(part.get("mimeType", "text/plain"))
        out += (
            (
                f"--{boundary}\r\nContent-Type: {' '.join(content_type.split())}\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n"
            ).encode()
            + data[:cap]
            + b"\r\n"
        )
    return out + f"--{boundary}--\r\n".encode()


def _readable(
    payload: dict[str, Any], attachment: Attachment, cap: int
) -> Iterator[tuple[dict[str, Any], bytes]]:
    stack = [payload]
    while stack:
        part = stack.pop(0)
        children = part.get("parts")
        if children:
            stack[:0] = list(children)
            continue
        kind = str(part.get("mimeType", "")).lower()
        body = part.get("body", {})
        if kind in TEXT and not part.get("filename") and body.get("data"):
            yield part, decode(body["data"])
        elif kind in CALENDAR and int(body.get("size", 0)) <= cap:
            data = decode(body["data"]) if body.get("data") else None
            if data is None and body.get("attachmentId"):
                data = attachment(str(body["attachmentId"]))
            if data:
                yield part, data


def _header(part: dict[str, Any], name: str) -> str | None:
    for header in part.get("headers", []):
        if str(header.get("name", "")).lower() == name.lower():
            return str(header.get("value", ""))
    return None


def decode(data: str) -> bytes:
    return base64.urlsafe_b64decode(data.encode() + b"=" * (-len(data) % 4))


def header_block(message: dict[str, Any]) -> bytes:
    """The RFC 5322 header block of a format=metadata answer (values arrive unfolded)."""
    lines = [
        f"{h.get('name', '')}: {' '.join(str(h.get('value', '')).split())}\r\n"
        for h in message.get("payload", {}).get("headers", [])
    ]
    return ("".join(lines) + "\r\n").encode("utf-8", errors="replace")
