"""Harnesses for the adapters that need no server: the in-memory twin and Maildir (both layouts)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from email.parser import BytesHeaderParser
from pathlib import Path

from followup.mail.maildir import MaildirMailbox
from followup.mail.memory import MemoryMailbox

from .harness import Harness


class MemoryHarness:
    def __init__(self, tmp_path: Path) -> None:
        self.mailbox = MemoryMailbox("twin")

    def receive(self, data: bytes, role: str = "inbox") -> None:
        self.mailbox.receive(data, role)

    def user_sends_draft(self, key: str) -> None:
        self.mailbox.user_sends_draft(key)

    def user_discards_draft(self, key: str) -> None:
        self.mailbox.user_discards_draft(key)

    def renumber(self, role: str) -> bool:
        self.mailbox.renumber(role)
        return True

    def user_state(self) -> object:
        return {r: (self.mailbox.messages(r), self.mailbox.flags(r)) for r in ("inbox", "sent")}

    def draft_flags(self, key: str) -> set[str]:
        placed = self.mailbox.find_draft(key)
        assert placed is not None and placed.uid is not None
        return self.mailbox.flags("drafts")[int(placed.uid)]

    def close(self) -> None:
        self.mailbox.close()


class MaildirHarness:
    """`plusplus`: INBOX at the root with .Sent/.Drafts; else plain INBOX/, Sent/, Drafts/."""

    def __init__(self, tmp_path: Path, plusplus: bool) -> None:
        self.root = tmp_path / "Mail"
        prefix = "." if plusplus else ""
        self.inbox = self.root if plusplus else self.root / "INBOX"
        self.sent = self.root / f"{prefix}Sent"
        self.drafts = self.root / f"{prefix}Drafts"
        for folder in (self.inbox, self.sent, self.drafts):
            for sub in ("cur", "new", "tmp"):
                (folder / sub).mkdir(parents=True, exist_ok=True)
        self.mailbox = MaildirMailbox("local", self.root)
        self.count = 0

    def _folder(self, role: str) -> Path:
        return {"inbox": self.inbox, "sent": self.sent, "drafts": self.drafts}[role]

    def receive(self, data: bytes, role: str = "inbox") -> None:
        self.count += 1
        name = f"1700000000.M{self.count}P1.test"
        tmp = self._folder(role) / "tmp" / name
        tmp.write_bytes(data)
        os.rename(tmp, self._folder(role) / "new" / name)  # how a delivery agent does it

    def _draft_file(self, key: str) -> Path:
        for sub in ("cur", "new"):
            for path in (self.drafts / sub).iterdir():
                if BytesHeaderParser().parsebytes(path.read_bytes()).get("X-Followup-Key") == key:
                    return path
        raise KeyError(key)

    def user_sends_draft(self, key: str) -> None:
        path = self._draft_file(key)
        os.rename(path, self.sent / "cur" / (path.name.split(":")[0] + ":2,S"))

    def user_discards_draft(self, key: str) -> None:
        self._draft_file(key).unlink()

    def renumber(self, role: str) -> bool:
        return False

    def user_state(self) -> object:
        state = []
        for folder in (self.inbox, self.sent):
            for sub in ("cur", "new", "tmp"):
                for path in sorted((folder / sub).iterdir()):
                    if path.is_file():
                        digest = hashlib.sha256(path.read_bytes()).hexdigest()
                        state.append((str(path), path.stat().st_mtime_ns, digest))
        return state

    def draft_flags(self, key: str) -> set[str]:
        path = self._draft_file(key)
        info = path.name.split(":2,", 1)[1] if ":2," in path.name else ""
        names = {"D": "\\Draft", "S": "\\Seen", "F": "\\Flagged", "R": "\\Answered"}
        return {names[c] for c in info if c in names}

    def close(self) -> None:
        self.mailbox.close()


FACTORIES: dict[str, Callable[[Path], Harness]] = {
    "memory": MemoryHarness,
    "maildir++": lambda tmp: MaildirHarness(tmp, plusplus=True),
    "maildir-plain": lambda tmp: MaildirHarness(tmp, plusplus=False),
}
