"""What the command line does around a command: the terminal's encoding, `--config` given
first, a mistyped command ("did you mean ...?"), an SQLite error said in one line, and a
reader that has gone (`followup status | head -1`)."""

from __future__ import annotations

import codecs
import contextlib
import difflib
import io
import os
import re
import signal
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import UserError

EX_IOERR = 74  # a file or folder could not be read or written (permissions, missing)
EX_PIPE = 128 + signal.SIGPIPE  # 141: what the shell reports for `git log | head`

_INVALID_CHOICE = re.compile(r"invalid choice: '(?P<given>[^']*)' \(choose from (?P<choices>.*)\)$")


def did_you_mean(message: str) -> str:
    """What follows argparse's invalid-choice error: "; did you mean 'status'?" when a
    choice is close to what was typed (difflib), else nothing."""
    found = _INVALID_CHOICE.search(message)
    if found is None:
        return ""
    choices = re.findall(r"'([^']*)'", found["choices"])
    close = difflib.get_close_matches(found["given"].casefold(), choices, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def record_problem(config: Path | None, err: sqlite3.Error) -> UserError | None:
    """What to tell the user about an SQLite error met by a command (record.record_problem),
    naming the record of the settings in use; None for a bug."""
    from .config import load_config
    from .record import record_problem as problem_of

    try:
        path: Path | str = load_config(config).database
    except UserError:
        path = "the record"
    return problem_of(path, err)


def tolerant_stdout() -> None:
    """A terminal that is not UTF-8 (LANG=en_US.ISO-8859-1) gets '?' for what it cannot
    show - a name with an accent, a table's lines - instead of a UnicodeEncodeError."""
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper) and codecs.lookup(out.encoding).name != "utf-8":
        out.reconfigure(errors="replace")


def config_first(argv: Sequence[str]) -> list[str]:
    """`followup --config F status` (as git -C or systemctl --user put it) means
    `followup status --config F`: argparse alone would take F for the command."""
    words = list(argv)
    if words[:1] == ["--config"] and len(words) > 2:
        return [*words[2:], *words[:2]]
    if words[:1] and words[0].startswith("--config="):
        return [*words[1:], words[0]]
    return words


def reader_gone() -> int:
    """Say nothing more and end as `git log | head` and `seq | head` do (killed by SIGPIPE:
    141 in the shell), so `set -o pipefail` scripts see followup like any other tool."""
    with contextlib.suppress(OSError, ValueError):  # no file descriptor: captured in tests
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # what is left in the buffer goes nowhere
    return EX_PIPE
