"""The in-memory twin of a mailbox: the same contract as IMAP and Maildir, no I/O.

Tests drive it like a user and a server would (`receive`, `user_sends_draft`,
`user_discards_draft`, `renumber`); the service sees only the `Mailbox` Protocol.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser

from ..errors import SourceError
from ..model import RawMessage
from . import Checkpoint, Placed

ROLES = ("inbox", "sent", "drafts")


@dataclass
class _Folder:
    name: str
    validity: int = 1
    messages: dict[int, bytes] = field(default_factory=dict)
    flags: dict[int, set[str]] = field(default_factory=dict)
    next_uid: int = 1


class MemoryMailbox:
    """A mailbox held in memory. `failing` makes every call raise a transient SourceError."""

    def __init__(self, name: str = "memory") -> None:
        self.name = name
        self._folders = {role: _Folder(role.capitalize()) for role in ROLES}
        self._folders["inbox"].name = "INBOX"
        self._validity = itertools.count(2)
        self.failing = False
        self.appends = 0  # how many drafts were appended, for tests

    # --- the Mailbox Protocol ---------------------------------------------------------------

    def folders(self) -> dict[str, str]:
        self._check()
        return {role: folder.name for role, folder in self._folders.items()}

    def fetch_new(self, role: str, since: Checkpoint | None) -> tuple[list[RawMessage], Checkpoint]:
        self._check()
        folder = self._folder(role)
        after = 0
        if since is not None and since.validity == str(folder.validity):
            after = int(since.last_uid)
        found = [
            RawMessage(self.name, role, str(uid), data)
            for uid, data in sorted(folder.messages.items())
            if uid > after
        ]
        last = max(folder.messages, default=after)
        return found, Checkpoint(str(folder.validity), str(max(last, after)))

    def find_draft(self, key: str) -> Placed | None:
        return self.draft_keys().get(key)

    def draft_keys(self) -> dict[str, Placed]:
        self._check()
        folder = self._folders["drafts"]
        found: dict[str, Placed] = {}
        for uid, data in folder.messages.items():
            key, message_id = _key_and_id(data)
            if key:
                found[key] = Placed(folder.name, str(uid), message_id)
        return found

    def append_draft(self, key: str, data: bytes) -> Placed:
        self._check()
        uid = self._add("drafts", data, {"\\Draft"})
        self.appends += 1
        return Placed(self._folders["drafts"].name, str(uid), _key_and_id(data)[1])

    def close(self) -> None:
        pass

    # --- what the world does to it (tests only) --------------------------------------------

    def receive(self, data: bytes, role: str = "inbox") -> str:
        return str(self._add(role, data, set()))

    def user_sends_draft(self, key: str, edit: bytes | None = None) -> None:
        """The user presses Send: the draft leaves Drafts and a copy lands in Sent."""
        uid, data = self._draft(key)
        self._folders["drafts"].messages.pop(uid)
        self._add("sent", edit or data, {"\\Seen"})

    def user_discards_draft(self, key: str) -> None:
        uid, _ = self._draft(key)
        self._folders["drafts"].messages.pop(uid)

    def renumber(self, role: str) -> None:
        """The server changed UIDVALIDITY: same messages, new numbers."""
        folder = self._folder(role)
        folder.validity = next(self._validity)
        old = sorted(folder.messages.items())
        folder.messages = {}
        for _, data in old:
            folder.messages[folder.next_uid] = data
            folder.next_uid += 1

    def flags(self, role: str) -> dict[int, set[str]]:
        return {uid: set(f) for uid, f in self._folder(role).flags.items()}

    def messages(self, role: str) -> list[bytes]:
        return list(self._folder(role).messages.values())

    # --- inside -------------------------------------------------------------------------------

    def _add(self, role: str, data: bytes, flags: set[str]) -> int:
        folder = self._folder(role)
        uid = folder.next_uid
        folder.next_uid += 1
        folder.messages[uid] = data
        folder.flags[uid] = set(flags)
        return uid

    def _draft(self, key: str) -> tuple[int, bytes]:
        for uid, data in self._folders["drafts"].messages.items():
            if _key_and_id(data)[0] == key:
                return uid, data
        raise KeyError(key)

    def _folder(self, role: str) -> _Folder:
        if role not in self._folders:
            raise SourceError(self.name, f"no folder with the role {role!r}", transient=False)
        return self._folders[role]

    def _check(self) -> None:
        if self.failing:
            raise SourceError(self.name, "connection refused (simulated)")


def _key_and_id(data: bytes) -> tuple[str | None, str]:
    headers = BytesHeaderParser().parsebytes(data)
    key = headers.get("X-Followup-Key")
    message_id = str(headers.get("Message-ID", "")).strip().strip("<>")
    return (str(key).strip() if key else None), message_id
