"""Bounds on untrusted mail, and the characters that must never reach a name or a header.

Every size a hostile sender controls is capped before the expensive work (MIME parsing,
HTML parsing, regular expressions, spaCy), so a message costs bounded time and memory
whatever it holds. The caps are far above what real hiring mail needs: a long Subject is a
few hundred characters, a marketing HTML mail a few hundred kilobytes.
"""

from __future__ import annotations

import re

MAX_HEADER = 2_000  # characters of one header value read (RFC 5322 lines stop at 998)
MAX_CONTAINERS = 100  # multipart / message parts before the body is read without MIME
MAX_DEPTH = 24  # nesting of MIME parts walked
MAX_HTML = 400_000  # characters of one HTML part parsed
MAX_HTML_DEPTH = 256  # open elements tracked while parsing HTML
MAX_HTML_TAGS = 20_000  # start tags parsed (a long newsletter has a few thousand)
MAX_PART_TEXT = 200_000  # characters kept of one text part
MAX_TEXT = 400_000  # characters kept of a whole message

# Bidirectional overrides and isolates make "Ann \u202eeeL" display as "Ann Lee"; zero-width
# and other format characters (Unicode category Cf) hide text. ZWJ/ZWNJ (U+200C/D) are kept:
# scripts such as Persian and the Indic ones need them. C0 controls other than tab and line
# breaks go too.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u061c\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000e0001\U000e0020-\U000e007f]"
)


def scrub(text: str) -> str:
    """Text without format characters (bidi controls, zero-width spaces, BOMs) and without
    control characters other than tab, line feed and carriage return."""
    return _HIDDEN.sub("", text)


def one_line(text: str) -> str:
    """A header or name value: scrubbed, no CR/LF (header injection), whitespace collapsed."""
    return " ".join(scrub(text).split())
