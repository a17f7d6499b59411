"""HTML -> readable text with the stdlib parser (no network, no external fetches).

Block elements end lines, table cells are separated, `<script>`/`<style>` are dropped, and
quoted history (`<blockquote>`, Gmail's `gmail_quote`, Outlook's `divRplyFwdMsg`) is prefixed
with "> " so the quote splitter treats it like plain-text quoting.
"""

from __future__ import annotations

import contextlib
import re
from html.parser import HTMLParser

from .limits import MAX_HTML, MAX_HTML_DEPTH, MAX_HTML_TAGS

_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "pre",
    ]
)
CELL = "\x1f"  # between two table cells of a row; written " | "
_SKIP = frozenset({"script", "style", "head", "title", "s", "del", "strike"})  # struck: void
_QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "divrplyfwdmsg")


class _EnoughError(Exception):
    """Raised to stop parsing markup that holds more tags than any real mail."""


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.stack: list[tuple[str, bool]] = []  # (tag, opened a quote)
        self.quote = 0
        self.tags = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags += 1
        if self.tags > MAX_HTML_TAGS:
            raise _EnoughError
        if tag in _SKIP:
            self.skip += 1
            return
        if tag in _BLOCK or tag in {"td", "th"}:
            self._cell_or_line(tag)
        if tag in {"br", "hr", "img", "meta", "input", "link"}:
            return  # void elements
        if len(self.stack) >= MAX_HTML_DEPTH:  # deeper nesting adds no text, only cost
            return
        quoting = tag == "blockquote" or _is_quote_div(attrs)
        if quoting:
            self._newline()
            self.quote += 1
        self.stack.append((tag, quoting))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if any(open_tag == tag for open_tag, _ in self.stack):  # else stray: closes nothing
            self._close(tag)
        if tag in _BLOCK or tag == "blockquote":
            self._newline()

    def _close(self, tag: str) -> None:
        while self.stack:
            open_tag, quoting = self.stack.pop()
            if quoting:
                self._newline()
                self.quote -= 1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current.append(data)

    def _cell_or_line(self, tag: str) -> None:
        if tag in {"td", "th"}:
            if "".join(self.current).strip():
                self.current.append(CELL)
        else:
            self._newline()

    def _newline(self) -> None:
        text = re.sub(r"[ \t\r\n\xa0]+", " ", "".join(self.current)).strip()
        text = re.sub(rf"\s*{CELL}[\s{CELL}]*", " | ", text).strip(" |")
        self.current = []
        prefix = "> " * self.quote
        self.lines.append(prefix + text if text else "")

    def result(self) -> str:
        self._newline()
        text = "\n".join(self.lines)
        return re.sub(r"\n{3,}", "\n\n", text).strip()


def _is_quote_div(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name in {"class", "id"} and value:
            lowered = value.lower()
            if any(c in lowered for c in _QUOTE_CLASSES):
                return True
    return False


def html_to_text(html: str) -> str:
    parser = _Text()
    with contextlib.suppress(Exception):  # malformed or huge markup: keep what was read
        parser.feed(html[:MAX_HTML])
        parser.close()
    return parser.result()
