"""HTML -> readable text with the stdlib parser (no network, no external fetches).

Block elements end lines, table cells are separated, `<script>`/`<style>` are dropped, and
quoted history (`<blockquote>`, Gmail's `gmail_quote`, Outlook's `divRplyFwdMsg`) is prefixed
with "> " so the quote splitter treats it like plain-text quoting.
"""

from __future__ import annotations

import contextlib
import re
from html.parser import HTMLParser
from typing import Any

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
MAX_CELL_LINES = 4  # a table cell with more lines, or more text, is a layout cell
MAX_CELL_CHARS = 160
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
        self.outlook = False  # Outlook's "<p class=MsoNormal>" paragraphs are lines
        self.cells: list[list[Any]] = []  # open: [first line, row before, nested, table depth]
        self.tables = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags += 1
        if self.tags > MAX_HTML_TAGS:
            raise _EnoughError
        if tag in _SKIP:
            self.skip += 1
            return
        if tag in {"td", "th", "tr"}:  # the row's cells left unclosed
            self._end_cells(self.tables)
        if tag == "p" and _is_outlook_line(attrs):
            self.outlook = True
        if tag in _BLOCK or tag in {"td", "th"}:
            self._cell_or_line(tag)
        if tag == "li" and not self.skip:
            self.current.append("- ")  # a list stays a list: "- Lisa Wong – Staff Engineer"
        if tag == "table":
            self.tables += 1
            if self.cells:
                self.cells[-1][2] = True  # a table inside a cell: the cell is a layout cell
        if tag in {"td", "th"}:
            self._open_cell()
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
        if tag in {"td", "th", "tr", "table"}:  # and the cells left open in that row
            self._end_cells(self.tables)
        if tag == "table":
            self.tables = max(0, self.tables - 1)
        if tag == "p" and self.outlook:
            self._newline()  # Outlook: one <p> a line, "<p>&nbsp;</p>" the blank line
        elif tag in _PARAGRAPH:
            self._flush()
            self._blank()
        elif tag in _BLOCK or tag == "blockquote":
            self._flush()

    def _flush(self) -> None:
        """End the line, if it has text: Gmail's "<div>line</div>" is one line, not two."""
        if "".join(self.current).strip(f" \t\r\n\xa0{CELL}"):
            self._newline()
        else:
            self.current = []

    def _blank(self) -> None:
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def _end_cells(self, depth: int) -> None:
        while self.cells and self.cells[-1][3] >= depth:
            self._close_cell(*self.cells.pop())

    def _open_cell(self) -> None:
        """Outlook wraps each cell's text in <p>, Greenhouse puts a title under the name
        with <br>: a cell's few short lines are read as one cell ("Noémie Gagnon · Design
        Director"), on the row's line. A long cell (a layout table's) keeps its lines."""
        self.cells.append([len(self.lines), "".join(self.current), False, self.tables])
        self.current = []

    def _close_cell(self, mark: int, before: str, nested: bool, _depth: int = 0) -> None:
        pieces = [self._plain(line) for line in [*self.lines[mark:], "".join(self.current)]]
        pieces = [p for p in pieces if p]
        if nested or len(pieces) > MAX_CELL_LINES or sum(map(len, pieces)) > MAX_CELL_CHARS:
            self._keep_cell(mark, before, nested)
            return
        del self.lines[mark:]
        self.current = [before, " · ".join(pieces)]

    def _keep_cell(self, mark: int, before: str, _nested: bool) -> None:
        if before.strip(f" {CELL}"):
            self.lines.insert(mark, self._plain(before))

    def _plain(self, text: str) -> str:
        text = re.sub(r"^(?:> )+", "", text) if self.quote else text
        return re.sub(r"[ \t\r\n\xa0]+", " ", text).strip(f" ,{CELL}")

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
        elif tag == "br":
            self._newline()  # "<div><br></div>": a blank line
        else:
            self._flush()

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


_PARAGRAPH = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol", "table"])


def _is_outlook_line(attrs: list[tuple[str, str | None]]) -> bool:
    return any(name == "class" and value and "msonormal" in value.lower() for name, value in attrs)


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
