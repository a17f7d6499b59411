"""Logging to stderr, for a terminal or for journald, with secrets redacted.

Under systemd, stderr is connected to journald and `$JOURNAL_STREAM` names that stream;
each line then starts with a `<N>` syslog priority (journald strips it and files the line at
that level) and carries no timestamp (journald adds its own). On a terminal, lines get a time.

Nothing the user would not want in a log may reach it: every formatted line (tracebacks
included) goes through `redact`, which removes the secrets registered with
`register_secret` (passwords and tokens as they are loaded) and anything that looks like a
credential (`password=...`, `Bearer ...`, `"refresh_token": "..."`, IMAP `LOGIN user pass`).
Message bodies are never passed to a logger; the line cap is a second fence against
accidents (an exception whose text is a whole message).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Mapping
from typing import TextIO

MAX_LINE = 2000  # a log line longer than this is cut: no log line ever needs a message body
MIN_SECRET = 4  # shorter values would redact ordinary words
MASK = "********"

_PRIORITY = {  # syslog priorities journald understands as `<N>` prefixes
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}

_PATTERNS = (
    # key=value and key: value forms, in URLs, headers, reprs and JSON
    re.compile(
        r"""(?ix)
        (?P<key>["']?(?:pass(?:word|wd)?|secret|client_secret|token|access_token|
                 refresh_token|id_token|api_key|apikey|authorization|auth|credentials?)
                 ["']?\s*[:=]\s*)
        (?P<value>"[^"]*"|'[^']*'|(?:Bearer|Basic)\s+\S+|[^\s,;&}]+)
        """
    ),
    re.compile(r"(?i)(?P<key>\b(?:Bearer|Basic)\s+)(?P<value>[A-Za-z0-9._~+/=-]{8,})"),
    # imaplib debug output: LOGIN user "password"
    re.compile(r"(?P<key>\bLOGIN\s+\S+\s+)(?P<value>\"[^\"]*\"|\S+)"),  # the verb: upper case
    # the password in https://user:password@host/
    re.compile(r"(?P<key>://[^/\s:@]+:)(?P<value>[^@\s/]+)(?=@)"),
)


class _Secrets:
    """The values loaded from password files, keyrings and token stores in this process."""

    def __init__(self) -> None:
        self._values: set[str] = set()
        self._lock = threading.Lock()

    def add(self, value: str) -> None:
        value = value.strip()
        if len(value) >= MIN_SECRET:
            with self._lock:
                self._values.add(value)

    def scrub(self, text: str) -> str:
        with self._lock:
            values = sorted(self._values, key=len, reverse=True)  # longest first: no leftovers
        for value in values:
            text = text.replace(value, MASK)
        return text


_secrets = _Secrets()


def register_secret(value: str | bytes | None) -> None:
    """Remember a credential so that it is masked wherever it would be logged or shown."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if value:
        _secrets.add(value)


def redact(text: str) -> str:
    """`text` without registered secrets or credential-looking values."""
    text = _secrets.scrub(text)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group("key") + MASK, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats, redacts, caps the length; with `journal=True` prefixes every line with `<N>`."""

    def __init__(self, journal: bool) -> None:
        fmt = "%(name)s: %(message)s"
        if not journal:  # journald adds the time and reads the level from the prefix
            fmt = "%(asctime)s %(levelname)s " + fmt
        super().__init__(fmt, datefmt="%Y-%m-%d %H:%M:%S")
        self.journal = journal

    def format(self, record: logging.LogRecord) -> str:
        text = redact(super().format(record))
        if len(text) > MAX_LINE:
            text = text[:MAX_LINE] + f"... [{len(text) - MAX_LINE} characters cut]"
        if not self.journal:
            return text
        prefix = f"<{_priority(record.levelno)}>"
        return "\n".join(prefix + line for line in text.splitlines())


def _priority(levelno: int) -> int:
    for level in sorted(_PRIORITY, reverse=True):
        if levelno >= level:
            return _PRIORITY[level]
    return 7


def under_journal(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """True when `stream` is the journald stream named by `$JOURNAL_STREAM` ("dev:inode").
    A child whose stderr was redirected inherits the variable but not the stream."""
    value = (os.environ if environ is None else environ).get("JOURNAL_STREAM", "")
    try:
        dev, ino = (int(part) for part in value.split(":"))
        stat = os.fstat(stream.fileno())
    except (ValueError, OSError, AttributeError):
        return False
    return (stat.st_dev, stat.st_ino) == (dev, ino)


NOISY = ("imap_tools", "googleapiclient", "google_auth_oauthlib", "urllib3", "caldav", "httplib2")


def setup_logging(
    level: str | int = "INFO",
    stream: TextIO | None = None,
    environ: Mapping[str, str] | None = None,
) -> logging.Handler:
    """Route the `followup` loggers (and warnings of libraries) to stderr. Idempotent: a
    second call replaces the handler it installed before."""
    stream = stream or sys.stderr
    handler = logging.StreamHandler(stream)
    handler.set_name("followup")
    handler.setFormatter(RedactingFormatter(journal=under_journal(stream, environ)))
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "followup"]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("followup").setLevel(_level(level))
    for name in NOISY:  # their debug output can carry message data and auth headers
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.captureWarnings(True)
    return handler


def _level(level: str | int) -> int:
    if isinstance(level, int):
        return level
    value = logging.getLevelName(level.upper())
    return value if isinstance(value, int) else logging.INFO
