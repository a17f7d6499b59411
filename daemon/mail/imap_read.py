"""Reading an IMAP server without changing it: folder roles from LIST (RFC 6154 special-use),
and the parsing of FETCH responses. Every fetch here uses BODY.PEEK, which never sets \\Seen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32

from imap_tools import BaseMailBox
from imap_tools.folder import FolderInfo

from ..errors import SourceError

SPECIAL_USE = {"drafts": "\\drafts", "sent": "\\sent"}
# Servers without SPECIAL-USE: the names mail clients create, most common first.
FALLBACK_NAMES = {
    "drafts": ("Drafts", "INBOX.Drafts", "INBOX/Drafts", "[Gmail]/Drafts", "Draft"),
    "sent": (
        "Sent",
        "INBOX.Sent",
        "INBOX/Sent",
        "Sent Items",
        "Sent Messages",
        "[Gmail]/Sent Mail",
        "Sent Mail",
    ),
}
CHUNK = 200  # UIDs per FETCH command: bounded command lines and responses
BODY_CHUNK = 20
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]")
KEY_HEADER = "X-Followup-Key"

Prefilter = Callable[[bytes], bool]


def resolve_roles(listing: Iterable[FolderInfo], overrides: Mapping[str, str]) -> dict[str, str]:
    """Role -> folder name: the config's names first, then special-use flags, then names."""
    folders = [f for f in listing if "\\noselect" not in {x.lower() for x in f.flags}]
    names = {f.name for f in folders}
    roles = {"inbox": overrides.get("inbox", "INBOX")}
    for role, flag in SPECIAL_USE.items():
        if role in overrides:
            roles[role] = overrides[role]
            continue
        flagged = [f.name for f in folders if flag in {x.lower() for x in f.flags}]
        named = [n for n in FALLBACK_NAMES[role] if n in names]
        if flagged or named:
            roles[role] = (flagged or named)[0]
    return roles


@dataclass(frozen=True)
class Fetched:
    uid: int
    size: int
    data: bytes  # the header block or the whole message


def parse_fetch(data: Sequence[object]) -> Iterator[Fetched]:
    """imaplib's FETCH data: (meta, literal) tuples, each followed by the rest of its line."""
    for i, item in enumerate(data):
        if not isinstance(item, tuple) or len(item) != 2:
            continue
        meta, literal = item
        nxt = data[i + 1] if i + 1 < len(data) else b""
        line = _bytes(meta) + b" " + (nxt if isinstance(nxt, bytes) else b"")
        uid = _UID.search(line)
        if uid is None:
            continue
        size = _SIZE.search(line)
        yield Fetched(int(uid.group(1)), int(size.group(1)) if size else 0, _bytes(literal))


def _bytes(value: object) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode()


def fetch(mailbox: BaseMailBox, uids: Sequence[int] | str, items: str) -> list[Fetched]:
    """UID FETCH in chunks (or one UID range like "1:*"); `items` must only use BODY.PEEK."""
    if "BODY[" in items.upper().replace("BODY.PEEK[", ""):
        raise ValueError(f"only BODY.PEEK may be fetched (BODY[] sets \\Seen): {items}")
    step = BODY_CHUNK if "PEEK[TEXT]" in items or "PEEK[]" in items else CHUNK
    sets = (
        [uids]
        if isinstance(uids, str)
        else [",".join(str(u) for u in uids[i : i + step]) for i in range(0, len(uids), step)]
    )
    out: list[Fetched] = []
    for chunk in sets:
        typ, data = mailbox.client.uid("FETCH", chunk, items)
        if typ != "OK":
            raise SourceError("imap", f"FETCH failed: {data!r}"[:200])
        out.extend(parse_fetch(data))
    return out


def search(mailbox: BaseMailBox, criteria: str) -> list[int]:
    typ, data = mailbox.client.uid("SEARCH", criteria)
    if typ != "OK":
        raise SourceError("imap", f"SEARCH failed: {data!r}"[:200])
    return [int(u) for u in (data[0] or b"").split()] if data else []


def header_value(header_block: bytes, name: str) -> str | None:
    value = BytesHeaderParser(policy=compat32).parsebytes(header_block).get(name)
    return " ".join(str(value).split()) if value is not None else None


def quoted(text: str) -> str:
    """An IMAP quoted string; keys are ASCII without line breaks (checked by the caller)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_key(key: str) -> None:
    if not key or not key.isascii() or any(ord(c) < 32 or ord(c) == 127 for c in key):
        raise ValueError(f"a draft key must be printable ASCII: {key!r}")


def append_uid(response: Sequence[object]) -> str | None:
    for item in response:
        if isinstance(item, bytes) and (match := _APPENDUID.search(item)):
            return match.group(2).decode()
    return None


def read_messages(
    mailbox: BaseMailBox,
    uids: Sequence[int],
    prefilter: Prefilter | None,
    limits: tuple[int, int],
) -> list[tuple[int, bytes, bool]]:
    """(uid, data, complete). Headers first, for every message; then the text of those the
    prefilter lets through: whole up to `read_bytes`; of a larger one only its text and
    calendar parts (see `imap_parts`); nothing of one over `max_bytes`. The others keep
    their header block, which still counts."""
    read_bytes, max_bytes = limits
    heads = fetch(mailbox, uids, "(UID RFC822.SIZE BODY.PEEK[HEADER])")
    wanted = [h for h in heads if h.size <= max_bytes and (prefilter is None or prefilter(h.data))]
    whole = [h.uid for h in wanted if h.size <= read_bytes]
    texts = {f.uid: f.data for f in fetch(mailbox, whole, "(UID BODY.PEEK[TEXT])")}
    large = {h.uid: _readable(mailbox, h, read_bytes) for h in wanted if h.size > read_bytes}
    out = []
    for h in heads:
        if h.uid in texts:
            out.append((h.uid, h.data + texts[h.uid], True))
        else:
            out.append((h.uid, large.get(h.uid, h.data), False))
    return out


def _readable(mailbox: BaseMailBox, head: Fetched, cap: int) -> bytes:
    """A large message as its headers and its readable parts; one that is not multipart
    (a huge single text) as its headers and first `cap` bytes."""
    from .imap_parts import as_mixed, boundary_for, fetch_parts, readable_parts

    parts = readable_parts(mailbox, head.uid)
    if parts is None:
        cut = fetch(mailbox, [head.uid], f"(UID BODY.PEEK[TEXT]<0.{cap}>)")
        return head.data + (cut[0].data if cut else b"")
    header = as_mixed(head.data, boundary_for(head.uid))
    return header + fetch_parts(mailbox, head.uid, parts, cap)
