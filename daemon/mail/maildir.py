"""A local Maildir (what mbsync, offlineimap, getmail or Dovecot keep on disk).

Reads never rename, move or touch a message file: ordinary Maildir readers move new/ to cur/
and change the info flags, which would change what the user's mail client shows. The one
write is a draft: written to tmp/, then hard-linked into cur/ with the `D` (draft) flag, so a
name that already exists is never overwritten. Both layouts are understood: Maildir++
(INBOX at the root, `.Drafts`, `.Sent`) and plain subfolders (`Drafts/`, `Sent/`).

There are no UIDs: a checkpoint is the newest inode change time seen (a delivery, a copy or a
client's new/ -> cur/ rename all update it) plus the names seen in its last two seconds. A
message a client renamed (new/ -> cur/, a flag change) comes again with the same uid, and the
record recognises it by its Message-ID.
"""

from __future__ import annotations

import hashlib
import os
import socket
import time
from collections.abc import Iterator, Mapping
from email.parser import BytesHeaderParser
from pathlib import Path

from ..errors import SourceError
from ..model import RawMessage
from . import Checkpoint, Placed

VALIDITY = "ctime-v1"
MARGIN_NS = 2_000_000_000  # files this close to the newest time are remembered by name
CANDIDATES = {
    "inbox": ("INBOX", "Inbox", "inbox"),
    "drafts": ("Drafts", "Draft", "drafts"),
    "sent": ("Sent", "Sent Messages", "Sent Items", "Sent Mail", "sent"),
}
HEADER_BYTES = 64 * 1024


def is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


class MaildirMailbox:
    def __init__(
        self, name: str, path: Path, folders: Mapping[str, str | None] | None = None
    ) -> None:
        self.name = name
        self.root = path
        self.names = {role: n for role, n in (folders or {}).items() if n}

    # --- finding folders --------------------------------------------------------------------

    def folders(self) -> dict[str, str]:
        return {role: self._label(self._path(role)) for role in CANDIDATES}

    def _path(self, role: str) -> Path:
        if not self.root.is_dir():
            raise SourceError(self.name, f"no Maildir at {self.root}", transient=False)
        wanted = (self.names[role],) if role in self.names else CANDIDATES.get(role, (role,))
        if role == "inbox" and role not in self.names and is_maildir(self.root):
            return self.root
        for name in wanted:
            for candidate in (self.root / f".{name}", self.root / name):
                if is_maildir(candidate):
                    return candidate
        if role != "inbox":  # Drafts is made on first use, in the layout the mailbox has
            prefix = "." if is_maildir(self.root) else ""
            return self.root / f"{prefix}{wanted[0]}"
        raise SourceError(
            self.name,
            f"no {role} folder under {self.root} (tried "
            f"{', '.join(wanted)}; name it in the config's folders:)",
            transient=False,
        )

    def _label(self, path: Path) -> str:
        return "INBOX" if path == self.root else path.name

    # --- reading ------------------------------------------------------------------------------

    def fetch_new(self, role: str, since: Checkpoint | None) -> tuple[list[RawMessage], Checkpoint]:
        folder = self._path(role)  # a Sent or Drafts folder not made yet reads as empty
        last, seen = _position(since)
        found: list[tuple[int, str, bytes]] = []
        listing = list(_files(folder))
        newest = max([last, *(changed for _, changed in listing)])
        for path, changed in listing:
            uid = _uid(path.name)
            if changed < last - MARGIN_NS or (changed <= last and uid in seen):
                continue
            if (data := _read(path)) is not None:
                found.append((changed, uid, data))
        found.sort()
        boundary = sorted(_uid(p.name) for p, c in listing if c >= newest - MARGIN_NS)
        messages = [RawMessage(self.name, role, uid, data) for _, uid, data in found]
        return messages, Checkpoint(VALIDITY, str(newest), ",".join(boundary))

    def find_draft(self, key: str) -> Placed | None:
        return self.draft_keys().get(key)

    def draft_keys(self) -> dict[str, Placed]:
        folder = self._path("drafts")
        found: dict[str, Placed] = {}
        if not is_maildir(folder):
            return found
        for path, _ in _files(folder):
            key, message_id = _key_and_id(path)
            if key:
                found[key] = Placed(self._label(folder), _uid(path.name), message_id)
        return found

    # --- the one write ------------------------------------------------------------------------

    def append_draft(self, key: str, data: bytes) -> Placed:
        folder = self._path("drafts")
        try:
            for sub in ("cur", "new", "tmp"):
                (folder / sub).mkdir(parents=True, exist_ok=True)
            uid = _write_draft(folder, key, data)
        except OSError as err:
            raise SourceError(
                self.name, f"cannot write a draft in {folder}: {err.strerror}", transient=False
            ) from None
        message_id = str(BytesHeaderParser().parsebytes(data).get("Message-ID", ""))
        return Placed(self._label(folder), uid, message_id.strip().strip("<>"))

    def close(self) -> None:
        pass


def _position(since: Checkpoint | None) -> tuple[int, frozenset[str]]:
    """The newest change time read so far, and the names read within MARGIN_NS of it."""
    if since is None or since.validity != VALIDITY:
        return -1, frozenset()
    return int(since.last_uid), frozenset(filter(None, (since.modseq or "").split(",")))


def _files(folder: Path) -> Iterator[tuple[Path, int]]:
    """Message files in new/ and cur/ with their inode change time; tmp/ is never read."""
    for sub in ("new", "cur"):
        try:
            entries = list(os.scandir(folder / sub))
        except FileNotFoundError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_file():
                    yield Path(entry.path), entry.stat().st_ctime_ns
            except FileNotFoundError:  # moved by the mail client since the listing
                continue


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:  # the client moved it new/ -> cur/: seen next time
        return None


def _uid(file_name: str) -> str:
    """The unique part of a Maildir name: stable when a client changes the flags."""
    return file_name.split(":", 1)[0]


def _key_and_id(path: Path) -> tuple[str | None, str]:
    try:
        with path.open("rb") as handle:
            head = handle.read(HEADER_BYTES)
    except FileNotFoundError:
        return None, ""
    headers = BytesHeaderParser().parsebytes(head.split(b"\n\n", 1)[0] + b"\n\n")
    key = headers.get("X-Followup-Key")
    message_id = str(headers.get("Message-ID", "")).strip().strip("<>")
    return (str(key).strip() if key else None), message_id


def _write_draft(folder: Path, key: str, data: bytes) -> str:
    """tmp/ -> cur/NAME:2,D, durably; os.link refuses to replace an existing name."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    now = time.time_ns()
    uid = (
        f"{now // 1_000_000_000}.M{now % 1_000_000_000 // 1000}P{os.getpid()}Q{digest}."
        f"{socket.gethostname().replace('/', '_').replace(':', '_')}"
    )
    tmp = folder / "tmp" / uid
    with tmp.open("xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(tmp, folder / "cur" / f"{uid}:2,D")
    finally:
        tmp.unlink()  # our own temporary file, never a message of the user's
    _sync_dir(folder / "cur")
    return uid


def _sync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
