"""MIME -> `Email`: decoded headers and the text a reader would see.

Real mail is messy, so nothing here raises on bad input: unknown charsets fall back to UTF-8
with replacement, broken headers are decoded as far as they go, HTML-only mail is turned into
text, and the quoted history of replies and forwards is kept apart (`Email.text` has all of
it, `Email.new_text` only what this message adds).
"""

from __future__ import annotations

import contextlib
import email
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from ..model import Email, Person
from .address_lists import plain_addresses
from .html import html_to_text
from .limits import (
    MAX_CONTAINERS,
    MAX_DEPTH,
    MAX_HEADER,
    MAX_PART_TEXT,
    MAX_TEXT,
    one_line,
    scrub,
)

CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})


class Headers(Mapping[str, str]):
    """Case-insensitive, read-only header map (first occurrence of each name)."""

    def __init__(self, items: dict[str, str]) -> None:
        self._items = {k.lower(): v for k, v in items.items()}

    def __getitem__(self, key: str) -> str:
        return self._items[key.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


def parse(data: bytes) -> Email:
    """Parse one RFC 5322 message. Never raises on malformed mail; bounded in time and
    memory whatever it holds (see `limits`)."""
    quoted_parts: list[str] = []
    calendars: list[bytes] = []
    if _containers(data) > MAX_CONTAINERS:  # a MIME bomb: the stdlib parser would recurse
        msg = BytesParser().parsebytes(data, headersonly=True)
        text = _unstructured(msg)
    else:
        msg = email.message_from_bytes(data)  # compat32: fast; headers decoded on demand
        text, quoted_parts, calendars = _body(msg)
    text = scrub(text)[:MAX_TEXT]
    new_text = split_quoted(text)
    full = scrub("\n\n".join([text, *quoted_parts]).strip())[:MAX_TEXT]
    return Email(
        message_id=_clean(_header(msg, "Message-ID")).strip("<>"),
        subject=_clean(_header(msg, "Subject")),
        sender=_first(_people(msg, "From")),
        to=_people(msg, "To"),
        cc=_people(msg, "Cc"),
        reply_to=_people(msg, "Reply-To"),
        date=_date(_header(msg, "Date")),
        in_reply_to=_clean(_header(msg, "In-Reply-To")).strip("<>") or None,
        references=tuple(re.findall(r"<([^<>\s]+)>", _header(msg, "References"))),
        text=full,
        new_text=new_text.strip(),
        calendars=tuple(calendars),
        headers=Headers(_all_headers(msg)),
    )


# --- headers -------------------------------------------------------------------------------


def _clean(value: str) -> str:
    """One line: no CR/LF (header injection), no hidden characters, whitespace collapsed."""
    return one_line(value)


_FOLD = re.compile(r"\r?\n(?=[ \t])")
_BETWEEN_WORDS = re.compile(r"(?<=\?=)[ \t]+(?==\?)")


def _raw(msg: Message, name: str) -> str | None:
    """A header's raw value, cut to `MAX_HEADER` before any decoding work."""
    raw = msg.get(name)
    if raw is None:
        return None
    if not isinstance(raw, str):  # a Header: 8-bit bytes the stdlib would show as U+FFFD
        lower = name.lower()
        raw = next((v for k, v in msg.raw_items() if k.lower() == lower), str(raw))
    # unfolded first (RFC 5322), and the space between two encoded words dropped (RFC 2047;
    # the stdlib's address parser keeps it): "Mantenimie" + "nto" is "Mantenimiento"
    text = _BETWEEN_WORDS.sub("", _FOLD.sub("", str(raw)[:MAX_HEADER]))
    if text.isascii():
        return text
    # raw 8-bit bytes (SMTPUTF8 and many webmails write UTF-8 unencoded) come surrogate-escaped
    data = text.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_STRUCTURED = frozenset({"from", "to", "cc", "reply-to", "subject"})


def _header(msg: Message, name: str) -> str:
    """The decoded value. The few headers the pipeline reads closely go through the modern
    policy's parser (RFC 2047 inside quoted names too); the rest are decoded simply."""
    text = _raw(msg, name)
    if text is None:
        return ""
    if name.lower() in _STRUCTURED:
        if text.isascii() and "=?" not in text:  # nothing to decode: the header as it is
            return text
        with contextlib.suppress(Exception):  # unparseable: decode it by hand below
            return str(policy.default.header_factory(name, text))
    return _decode_raw(text)


def _decode_raw(value: object) -> str:
    text = str(value)
    if "=?" not in text:  # no encoded word: decode_header would return it unchanged
        return text
    try:
        return str(make_header(decode_header(text)))
    except Exception:  # unknown charset in an encoded word
        parts = []
        for chunk, charset in decode_header(text):
            if isinstance(chunk, bytes):
                parts.append(_decode_bytes(chunk, charset))
            else:
                parts.append(chunk)
        return "".join(parts)


def _all_headers(msg: Message) -> dict[str, str]:
    out: dict[str, str] = {}
    seen: set[str] = set()
    for key, raw in msg.items():
        if key.lower() not in seen:
            seen.add(key.lower())
            text = raw if isinstance(raw, str) else str(raw)
            out[key] = _clean(_decode_raw(text[:MAX_HEADER]))
    return out


def _people(msg: Message, name: str) -> tuple[Person, ...]:
    text = _raw(msg, name)
    if text is None:
        return ()
    pairs = plain_addresses(text)  # the common shape, without the registry
    if pairs is None:
        pairs = _exact_addresses(name, text)
    return tuple(
        Person(name=_clean(display).strip("'\" ") or None, email=_clean(addr).lower() or None)
        for display, addr in pairs
        if display or addr
    )


def _exact_addresses(name: str, text: str) -> list[tuple[str, str]]:
    try:
        return [
            (a.display_name, a.addr_spec)
            for a in policy.default.header_factory(name, text).addresses
        ]
    except Exception:  # unparseable (e.g. a name that decodes to CR/LF): split, then decode
        return [(_decode_raw(display), addr) for display, addr in getaddresses([text])]


def _first(people: tuple[Person, ...]) -> Person:
    return people[0] if people else Person(name=None, email=None)


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


# --- body ----------------------------------------------------------------------------------


def _decode_bytes(payload: bytes, charset: str | None) -> str:
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return payload.decode(candidate, errors="replace")
        except (LookupError, ValueError, TypeError):  # an unknown or garbled charset name
            continue
    return payload.decode("utf-8", errors="replace")


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    text = _decode_bytes(payload, part.get_content_charset())
    if part.get_content_type() == "text/html":
        return html_to_text(text)[:MAX_PART_TEXT]
    return text[:MAX_PART_TEXT].replace("\r\n", "\n").replace("\r", "\n")


def _is_calendar(part: Message) -> bool:
    filename = (part.get_filename() or "").lower()
    return part.get_content_type() in CALENDAR_TYPES or filename.endswith((".ics", ".vcs"))


def _is_attachment(part: Message) -> bool:
    disposition = (part.get("Content-Disposition") or "").lower()
    return disposition.startswith("attachment")


def _body(msg: Message) -> tuple[str, list[str], list[bytes]]:
    """(the message's own text, texts of forwarded messages, calendar parts)."""
    texts: list[str] = []
    forwarded: list[str] = []
    calendars: list[bytes] = []
    _walk(msg, texts, forwarded, calendars, 0)
    return "\n\n".join(t.strip() for t in texts if t.strip()), forwarded, calendars


def _walk(
    part: Message, texts: list[str], forwarded: list[str], cals: list[bytes], depth: int
) -> None:
    if depth > MAX_DEPTH:  # parts nested deeper than any mail client writes
        return
    ctype = part.get_content_type()
    if _is_calendar(part):
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.strip():
            cals.append(payload)
        return
    if ctype == "message/rfc822":
        for inner in _subparts(part):
            sub_texts: list[str] = []
            _walk(inner, sub_texts, forwarded, cals, depth + 1)
            forwarded.append(_forward_header(inner) + "\n".join(sub_texts)[:MAX_PART_TEXT])
        return
    if ctype == "multipart/alternative":
        _walk_alternative(part, texts, forwarded, cals, depth)
        return
    if part.is_multipart():
        for sub in _subparts(part):
            _walk(sub, texts, forwarded, cals, depth + 1)
        return
    if part.get_content_maintype() == "text" and not _is_attachment(part):
        texts.append(_part_text(part))


def _walk_alternative(
    part: Message, texts: list[str], forwarded: list[str], cals: list[bytes], depth: int
) -> None:
    subs = _subparts(part)
    for sub in subs:  # calendar alternatives are data, not a rendering choice
        if _is_calendar(sub):
            _walk(sub, texts, forwarded, cals, depth + 1)
    readable = [s for s in subs if not _is_calendar(s)]
    plain = [s for s in readable if s.get_content_type() == "text/plain"]
    chosen = plain[0] if plain and _part_text(plain[0]).strip() else None
    if chosen is None:
        chosen = next((s for s in reversed(readable)), None)
    if chosen is not None:
        _walk(chosen, texts, forwarded, cals, depth + 1)


def _subparts(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    if isinstance(payload, Message):
        return [payload]
    return []


def _forward_header(inner: Message) -> str:
    lines = ["---------- Forwarded message ---------"]
    for name in ("From", "Date", "Subject", "To"):
        value = _clean(_header(inner, name))
        if value:
            lines.append(f"{name}: {value}")
    return "\n".join(lines) + "\n\n"


_CONTAINER = re.compile(rb"(?im)^content-type:[ \t]*(?:multipart|message)/")
_MIME_LINE = re.compile(r"(?im)^(?:--\S*|content-[\w-]+:.*|mime-version:.*)$")


def _containers(data: bytes) -> int:
    """How many multipart/message parts the message declares (counting stops past the cap)."""
    count = 0
    for _ in _CONTAINER.finditer(data):
        count += 1
        if count > MAX_CONTAINERS:
            break
    return count


def _unstructured(msg: Message) -> str:
    """The body of a message too deeply nested to parse as MIME: its text lines, without
    boundaries and part headers."""
    payload = msg.get_payload()
    raw = payload if isinstance(payload, str) else ""
    text = _MIME_LINE.sub("", raw[: MAX_TEXT * 2].replace("\r\n", "\n"))
    return re.sub(r"\n\s*\n\s*\n+", "\n\n", text)


# --- quoted history ------------------------------------------------------------------------

_HISTORY_START = re.compile(
    r"""^\s*(?:
        -{2,}\s*(?:Original\s+Message|Forwarded\s+message|Message\s+transféré|Ursprüngliche\s+Nachricht
          |Mensaje\s+original|Messaggio\s+originale|Mensagem\s+original|Oorspronkelijk\s+bericht
          |Message\s+d'origine|Ursprungligt\s+meddelande|Wiadomość\s+oryginalna|Původní\s+zpráva
          |Pôvodná\s+správa|Eredeti\s+üzenet|Originalna\s+poruka|Mesaj\s+original|Orijinal\s+ileti
          |Alkuperäinen\s+viesti|Oprindelig\s+meddelelse|Opprinnelig\s+melding|Pesan\s+asli
          |Αρχικό\s+μήνυμα|Исходное\s+сообщение|Оригинальное\s+сообщение)\s*-{2,}
      | Begin\s+forwarded\s+message:
      | On\s.{3,200}?\s(?:wrote|escribió|a\s+écrit|schrieb)\s*:\s*$
      | Le\s.{3,200}?\sa\s+écrit\s*:\s*$
      | Am\s.{3,200}?\sschrieb\s.*:\s*$
      | \S.{3,200}?\s(?:escreveu|ha\s+scritto|schreef|skrev|kirjoitti|napisał\w*|napsal\w*|yazdı
          |написал\w*|írta)\s*:\s*$
      | _{10,}\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_OUTLOOK_FROM = re.compile(
    r"^\s*\*?(From|De|Von|Van|Da|Från|Od|Fra|Lähettäjä|Kimden|Feladó|От|Від)\s*:\*?\s+\S",
    re.IGNORECASE,
)
_OUTLOOK_NEXT = re.compile(
    r"^\s*\*?(Sent|Date|Envoyé|Gesendet|To|Enviado(?: el)?|Fecha|Para|Inviato|Verzonden|"
    r"Skickat|Data|Datum|Aan|À|Wysłano|Do|Odesláno|Komu|Sendt|Til|Lähetetty|Gönderildi|Kime|"
    r"Elküldve|Отправлено|Кому)\s*:",
    re.IGNORECASE,
)
_ON_WROTE_START = re.compile(r"^\s*On\s.+\d", re.IGNORECASE)


def split_quoted(text: str) -> str:
    """The part of a message body that is new: up to the first quoted-history marker
    ("On ... wrote:", "-----Original Message-----", an Outlook From:/Sent: block, a
    forwarded-message banner), without '>'-quoted lines."""
    lines = text.split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        if _starts_history(lines, i):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return "\n".join(kept)


def _starts_history(lines: list[str], i: int) -> bool:
    line = lines[i]
    if _HISTORY_START.match(line):
        return True
    if _OUTLOOK_FROM.match(line):
        following = lines[i + 1 : i + 4]
        return any(_OUTLOOK_NEXT.match(f) for f in following)
    if _ON_WROTE_START.match(line) and i + 1 < len(lines):  # "On ..., X <x@y>\nwrote:"
        joined = f"{line} {lines[i + 1]}".rstrip()
        return bool(re.search(r"\bwrote:$", joined)) and len(joined) < 300
    return False
