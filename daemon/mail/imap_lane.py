"""One connection of the IMAP adapter and the folder it has open (read-only, EXAMINE).

The adapter keeps two: one that only ever opens INBOX (STATUS, reading new mail, IDLE) and
one for everything else (LIST; Sent and Drafts: STATUS, reading, the APPEND of a draft).
Servers keep what they know of a folder per session: Dovecot 2.3 with Maildir re-reads
INBOX's whole `dovecot-uidlist` on a STATUS of INBOX when the session opened another folder
since (STATUS, EXAMINE), and on every STATUS of INBOX once the session has sent a LIST: 14 ms
of server CPU a poll at 50,000 messages, growing with the mailbox (bench/ANALYSIS.md). On a
connection that never does either, INBOX's STATUS costs the same at any size (under 0.1 ms),
as in mail clients that keep INBOX on a connection of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from imap_tools import BaseMailBox
from imap_tools.utils import encode_folder

from ..errors import SourceError


class FolderGoneError(SourceError):
    """The server refused STATUS on a folder: it was renamed or deleted since LIST."""


@dataclass
class Lane:
    """A connection (None until needed, and after a fault) and the folder it has open."""

    name: str  # "inbox" or "other", for the tests and the log
    mb: BaseMailBox | None = None
    selected: str | None = None  # STATUS on it would give a stale answer

    def status(self, source: str, folder: str) -> dict[str, int]:
        """MESSAGES, UIDVALIDITY, UIDNEXT (HIGHESTMODSEQ with CONDSTORE) in one command."""
        mb = self.connected
        if self.selected == folder:  # STATUS would describe our stale view of it
            return self.examine(folder)
        wanted = ["MESSAGES", "UIDVALIDITY", "UIDNEXT"]
        if "CONDSTORE" in mb.client.capabilities:
            wanted.append("HIGHESTMODSEQ")
        typ, data = mb.client._simple_command(
            "STATUS", quote_folder(folder), f"({' '.join(wanted)})"
        )
        if typ != "OK":
            raise FolderGoneError(source, f"{folder}: {data!r}"[:200], transient=False)
        _, lines = mb.client._untagged_response(typ, data, "STATUS")
        return status_values(lines)

    def examine(self, folder: str) -> dict[str, int]:
        """Open read-only (EXAMINE); what the server announced (EXISTS, UIDVALIDITY...)."""
        mb = self.connected
        mb.folder.set(folder, readonly=True)
        self.selected = folder
        announced = {}
        for name in ("EXISTS", "UIDVALIDITY", "UIDNEXT", "HIGHESTMODSEQ"):
            values: list[object] = list(mb.client.untagged_responses.get(name) or [])
            last = values[-1] if values else None
            if isinstance(last, bytes) and last.isdigit():
                announced[name] = int(last)
        return announced

    def unselect(self) -> None:
        """Leave the folder so the next poll's STATUS is fresh (UNSELECT never expunges)."""
        mb = self.mb
        if mb is not None and self.selected is not None and "UNSELECT" in mb.client.capabilities:
            mb.folder.unset()
            self.selected = None

    def take(self) -> BaseMailBox | None:
        """Forget the connection (after a fault, or to close it); the caller ends it."""
        mb, self.mb, self.selected = self.mb, None, None
        return mb

    @property
    def connected(self) -> BaseMailBox:
        assert self.mb is not None, f"the {self.name} connection is not open"
        return self.mb


def quote_folder(name: str) -> bytes:
    """Modified UTF-7, quoted (imap-tools' encoding)."""
    return encode_folder(name)


def status_values(lines: list[object]) -> dict[str, int]:
    for line in lines:
        if isinstance(line, bytes) and b"(" in line:
            inner = line.rsplit(b"(", 1)[1].split(b")", 1)[0].split()
            pairs = zip(inner[::2], inner[1::2], strict=False)
            return {k.decode().upper(): int(v) for k, v in pairs}
    raise SourceError("imap", "STATUS gave no values")
