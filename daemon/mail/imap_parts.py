"""The readable parts of a large message, without its attachments.

A 5 MB message is nearly always a short text and a big attachment. Its BODYSTRUCTURE says
which parts are text (plain, HTML) and which are calendar data; only those are fetched (with
BODY.PEEK, each capped) and put back together as a small multipart/mixed message under the
original headers, which is all the understand stage reads. A message that is one big part
gets its first bytes instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from imap_tools import BaseMailBox

from ..errors import SourceError

Sexp = list["Sexp"] | bytes | None
MAX_PARTS = 12  # readable parts taken from one message
_TOKEN = re.compile(rb'\s*(\(|\)|"(?:[^"\\]|\\.)*"|[^\s()"]+)')
_SECTION = re.compile(rb"BODY\[([0-9.]+)(\.MIME)?\](?:<\d+>)?\s*\{\d+\}$")
_CONTENT = re.compile(rb"(?im)^content-(type|transfer-encoding)[ \t]*:.*(?:\r?\n[ \t].*)*\r?\n")
READABLE = {
    (b"text", b"plain"),
    (b"text", b"html"),
    (b"text", b"calendar"),
    (b"application", b"ics"),
}


@dataclass(frozen=True)
class Part:
    section: str  # "1", "2.1"
    size: int


def readable_parts(mailbox: BaseMailBox, uid: int) -> list[Part] | None:
    """The text and calendar parts of one message; None when it is not multipart."""
    typ, data = mailbox.client.uid("FETCH", str(uid), "(BODYSTRUCTURE)")
    if typ != "OK":
        raise SourceError("imap", f"FETCH BODYSTRUCTURE failed: {data!r}"[:200])
    flat = _flatten(data)
    at = flat.upper().find(b"BODYSTRUCTURE ")
    if at < 0:
        return None
    structure = _parse(flat[at + len(b"BODYSTRUCTURE ") :])
    if not isinstance(structure, list) or not structure or not isinstance(structure[0], list):
        return None
    return list(_leaves(structure, ""))[:MAX_PARTS]


def fetch_parts(mailbox: BaseMailBox, uid: int, parts: Sequence[Part], cap: int) -> bytes:
    """The body of a multipart/mixed message made of these parts (each one's MIME header
    and at most `cap` bytes of its content)."""
    end = f"--{boundary_for(uid)}".encode()
    if not parts:
        return end + b"--\r\n"
    items = " ".join(f"BODY.PEEK[{p.section}.MIME] BODY.PEEK[{p.section}]<0.{cap}>" for p in parts)
    typ, data = mailbox.client.uid("FETCH", str(uid), f"({items})")
    if typ != "OK":
        raise SourceError("imap", f"FETCH of parts failed: {data!r}"[:200])
    got: dict[tuple[str, bool], bytes] = {}
    for item in data:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
            found = _SECTION.search(bytes(item[0]))
            if found:
                got[(found.group(1).decode(), bool(found.group(2)))] = item[1]
    body = b""
    for p in parts:
        mime, content = got.get((p.section, True)), got.get((p.section, False))
        if mime is not None and content is not None:
            body += end + b"\r\n" + _ended(mime) + content + b"\r\n"
    return body + end + b"--\r\n"


def boundary_for(uid: int | str) -> str:
    return f"followup-parts-{uid}"


def _ended(mime_header: bytes) -> bytes:
    """A part's header block with the blank line that ends it (servers differ)."""
    return mime_header.rstrip(b"\r\n") + b"\r\n\r\n" if mime_header.strip() else b"\r\n"


def as_mixed(header_block: bytes, boundary: str) -> bytes:
    """The original header block, its Content-Type now the rebuilt multipart/mixed (the
    Gmail adapter rebuilds large messages the same way)."""
    kept = _CONTENT.sub(b"", header_block).rstrip(b"\r\n")
    return kept + f'\r\nContent-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode()


def _leaves(body: list[Sexp], prefix: str) -> Iterator[Part]:
    if isinstance(body[0], list):  # multipart: the children come first, then the subtype
        for n, child in enumerate(_leading_lists(body), 1):
            yield from _leaves(child, f"{prefix}{n}.")
        return
    kind = (_text(body, 0).lower(), _text(body, 1).lower())
    size = int(_text(body, 6) or b"0") if _text(body, 6).isdigit() else 0
    if kind in READABLE and not (kind[0] == b"text" and kind[1] != b"calendar" and _attached(body)):
        yield Part(prefix.rstrip(".") or "1", size)


def _leading_lists(body: list[Sexp]) -> Iterator[list[Sexp]]:
    for item in body:
        if not isinstance(item, list):
            return
        yield item


def _attached(body: list[Sexp]) -> bool:
    """A text part with `Content-Disposition: attachment` (a .txt or .html file)."""
    disposition = body[9] if len(body) > 9 else None  # text parts: lines, md5, disposition
    return isinstance(disposition, list) and _text(disposition, 0).lower() == b"attachment"


def _text(items: list[Sexp], index: int) -> bytes:
    value = items[index] if index < len(items) else None
    return value if isinstance(value, bytes) else b""


def _flatten(data: Sequence[object]) -> bytes:
    """imaplib's response with each literal turned back into a quoted string."""
    out = b""
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            meta, literal = bytes(item[0]), bytes(item[1])
            out += meta[: meta.rfind(b"{")] + _quoted(literal)
        elif isinstance(item, bytes):
            out += item
    return out


def _quoted(value: bytes) -> bytes:
    return b'"' + value.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


def _parse(text: bytes) -> Sexp:
    """One parenthesised list of IMAP atoms and strings; NIL is None."""
    stack: list[list[Sexp]] = [[]]
    for match in _TOKEN.finditer(text):
        token = match.group(1)
        if token == b"(":
            stack.append([])
        elif token == b")":
            done = stack.pop()
            stack[-1].append(done)
            if len(stack) == 1:
                break
        elif token.startswith(b'"'):
            stack[-1].append(re.sub(rb"\\(.)", rb"\1", token[1:-1]))
        else:
            stack[-1].append(None if token.upper() == b"NIL" else token)
    return stack[0][0] if stack[0] else None
