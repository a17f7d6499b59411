"""Crash-loop protection: which message is being parsed or understood, in a small file in
the state directory.

A process that dies there (a crash in native code, the out-of-memory killer, a hang the
watchdog kills) leaves the file behind and the message becomes suspect at the next start;
a second death on it makes it poison, and it is quarantined instead of killing the service
again (never a crash loop). A single `kill -9` at a random moment never quarantines
anything, and any way out of the stages short of death (an exception, a stop) removes the
file. The service's `ingest` holds it, so `run --once` and the long-running loop both have it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .model import RawMessage

log = logging.getLogger(__name__)

INFLIGHT = "understanding.json"  # in the state directory: the message being worked on
DEATHS_TO_QUARANTINE = 2
HEADER_SCAN = 256 * 1024  # bytes of a message searched for its Message-ID
_MESSAGE_ID = re.compile(
    rb"^message-id[ \t]*:[ \t]*<?([^<>\s]{1,300})", re.IGNORECASE | re.MULTILINE
)
_HEADER_END = re.compile(rb"\r?\n\r?\n")


class PoisonMessageError(Exception):
    """The process died more than once while working on this message."""

    def __init__(self, stage: str, deaths: int) -> None:
        super().__init__(f"the service died {deaths} times in the {stage} stage on this message")
        self.stage = stage


def header_message_id(data: bytes) -> str | None:
    """The Message-ID in a message's header block, found without parsing the message
    (parsing is what may kill the process)."""
    end = _HEADER_END.search(data, 0, HEADER_SCAN)
    found = _MESSAGE_ID.search(data, 0, end.start() if end else HEADER_SCAN)
    return found.group(1).decode("ascii", "replace") if found else None


def message_key(raw: RawMessage) -> str:
    """A message by its Message-ID, else by where it was read."""
    return header_message_id(raw.data) or f"{raw.source}/{raw.folder}/{raw.uid}"


class InFlight:
    """The file, read once at start (what a dead process left) and written while a message
    is held: rewritten in place through one open descriptor and emptied when the message is
    done (an empty file holds nothing), since opening and removing it per message would cost
    a fifth of an initial scan; `done()` removes it at the end of a cycle. Writing is best
    effort: without the file there is no protection, not a failure."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / INFLIGHT
        self.suspect, self.deaths, self.stage = self._left_behind()
        self._held: dict[str, Any] | None = None
        self._fd: int | None = None

    def _left_behind(self) -> tuple[str | None, int, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            # a file without a stage was written when only the understand stage was guarded
            stage = str(data.get("stage", "understand"))
            return str(data["message"]), int(data["deaths"]) + 1, stage  # it died once more
        except (OSError, ValueError, KeyError, TypeError, AttributeError):  # none, or cut off
            return None, 0, ""

    def check(self, key: str) -> None:
        if key == self.suspect and self.deaths >= DEATHS_TO_QUARANTINE:
            raise PoisonMessageError(self.stage, self.deaths)

    @contextlib.contextmanager
    def holding(self, key: str, stage: str = "understand") -> Iterator[None]:
        self._held = {"message": key, "deaths": self.deaths if key == self.suspect else 0}
        self.reached(stage)
        try:
            yield
        finally:
            self._held = None
            self._write(b"")
        if key == self.suspect:
            self.suspect, self.deaths = None, 0  # it went through this time: not poison

    def reached(self, stage: str) -> None:
        """The held message got this far: a death from here on is blamed on `stage`."""
        if self._held is not None:
            self._write(json.dumps({**self._held, "stage": stage}).encode())

    def done(self) -> None:
        """Nothing is held until the next message: close and remove the file."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)

    def _write(self, data: bytes) -> None:
        try:
            if self._fd is None:
                if not data:
                    return
                self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o600)
            os.pwrite(self._fd, data, 0)
            os.ftruncate(self._fd, len(data))
        except OSError as err:
            log.debug("cannot write %s: %s", self.path, err.strerror)
