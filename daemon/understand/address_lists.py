"""A fast path for the address headers most mail carries: plain ASCII `Name <addr>` lists.

`policy.default.header_factory` reads From/To/Cc/Reply-To exactly (RFC 2047 words inside
quoted names, groups, comments) but costs about 7 times `email.utils.getaddresses`; on the
initial scan of a large mailbox it was a third of `parse()`. A header that is nothing but a
comma-separated list of `addr`, `<addr>` and `phrase <addr>` in ASCII, with no encoded word,
reads the same either way (checked against the registry on a few hundred thousand generated
headers), so only that shape takes the fast path; anything else goes the exact way.
"""

from __future__ import annotations

import re
from email.utils import getaddresses

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_WS = r"[ \t\r\n]"
_WORD = rf'(?>(?:{_ATEXT}|\.)+|"[^"\\\r\n]*")'
_PHRASE = rf"{_WORD}(?:{_WS}+{_WORD})*+"
_ADDR = rf"{_ATEXT}++(?:\.{_ATEXT}++)*+@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)*+"
_MAILBOX = rf"(?:(?:{_PHRASE}{_WS}*)?<{_ADDR}>|{_ADDR})"
_PLAIN_LIST = re.compile(rf"{_WS}*{_MAILBOX}(?:{_WS}*,{_WS}*{_MAILBOX})*+{_WS}*")


def plain_addresses(text: str) -> list[tuple[str, str]] | None:
    """(display name, address) pairs of a plain address list; None for any other header."""
    if not text.isascii() or "=?" in text or not _PLAIN_LIST.fullmatch(text):
        return None
    return getaddresses([text])
