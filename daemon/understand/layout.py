"""Hard-wrapped plain text back into logical lines.

Many mail clients wrap plain text at 72-78 columns (and format=flowed marks soft breaks with
a trailing space), so a name, its title or the words "you'll meet" land on different lines
than the writer meant. The understanding reads line by line (panel lists, signatures, "Name,
Title"), so wrapped paragraphs are joined first. Lists, quoted lines, labelled lines
("Time: ...") and short lines are left alone, and text that is not wrapped (HTML turned into
text, long lines) is returned as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Email
from .calendar import CalEvent
from .signature import body_lines

_NEW_ITEM = re.compile(
    r"^\s*(?:[-*•·●▪◦>|■□◆◇○・※【]|\d{1,2}[.)]\s|[\w][\w /&'-]{0,30}(?::(?:\s|$)|：))"
)
# "11:00 - 11:45  System design  Ben Ito": an agenda's slot starts a line of its own
_AGENDA = re.compile(
    r"(?i)^\s*\d{1,2}(?:[:.h]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s*(?:-|–|—|to)\s*\d{1,2}(?!\d)"
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# "Analytics Manager", "Medical Director, Quality": a title or name line of its own
_TITLE_LINE = re.compile(
    r"^\s*(?:[A-Z][\w.'-]*,?|&|of|and|the|for)(?:\s+(?:[A-Z][\w.'-]*,?|&|of|and|the|for)){1,5}\s*$"
)
_TABLE_ROW = re.compile(r"\s\|\s|^\s*\|")
_SENTENCE_END = re.compile(r"[.!?:;)]\s*$")
SHORT_BODY = 200  # characters: less, and a calendar part's summary and description are read too
MIN_WIDTH = 40  # narrower "wrapping" is a layout, not a wrap
MAX_WIDTH = 80  # longer lines mean the client did not wrap
SLACK = 18  # a wrapped line ends within this many columns of the wrap width (a long word)


def unwrap(text: str) -> str:
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    out: list[str] = []
    last = ""  # the previous physical line
    for line in lines:
        if out and _continues(last, line, width):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
        last = line
    return "\n".join(out)


def _wrap_width(lines: list[str]) -> int | None:
    """The column the text was wrapped at, or None when it was not wrapped."""
    if len(_CJK.findall("".join(lines[:40]))) > 20:
        return None  # Chinese, Japanese, Korean lines are not joined with spaces
    own = [len(line.rstrip()) for line in lines if not line.lstrip().startswith(">")]
    longest = max(own, default=0)
    near = sum(1 for n in own if longest - SLACK <= n)
    if not MIN_WIDTH <= longest <= MAX_WIDTH or near < 2:
        return None
    return longest


def _continues(previous: str, line: str, width: int) -> bool:
    """`line` carries on the sentence `previous` was cut from."""
    if not line.strip() or not previous.strip():
        return False
    if previous.lstrip().startswith(">") or _NEW_ITEM.match(line) or _AGENDA.match(line):
        return False
    if _TABLE_ROW.search(previous) or _TABLE_ROW.search(line):
        return False  # rows of a table ("2:00 | Jane Whitfield | Hiring manager") stay rows
    if previous.endswith(" ") and not previous.endswith("  "):
        return True  # format=flowed soft break
    if len(previous.rstrip()) < width - SLACK or _TITLE_LINE.match(line):
        return False
    if len(previous.rstrip()) + 1 + len(line.split(maxsplit=1)[0]) <= width:
        return False  # the next word would have fit: the writer broke the line, not the client
    return not (_SENTENCE_END.search(previous) and line.lstrip()[:1].isupper())


def own_text(email: Email, events: Sequence[CalEvent]) -> str:
    """What the message itself says, as the classifier and the extractors read it: its new
    text (all of it when it adds next to nothing), unwrapped, and for a short note with an
    invitation attached ("invite attached") the event's summary and description too."""
    body = unwrap(email.new_text if len(email.new_text) > 40 else email.text)
    if events and len(body.strip()) < SHORT_BODY:  # before the sign-off, as if pasted there
        main, signature = body_lines(body, email.sender.name)
        pasted = [f"{e.summary}\n{e.description}" for e in events]
        body = "\n\n".join(["\n".join(main).rstrip(), *pasted, "\n".join(signature)])
    return body.strip()
