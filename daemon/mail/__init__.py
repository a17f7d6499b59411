"""Mailbox adapters. The Protocol below is the whole surface the service may use: there is
no send, no delete, no flag change. Safety lives here, at the boundary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..model import RawMessage


@dataclass(frozen=True)
class Checkpoint:
    """How far a folder has been read. `validity` changes when the server renumbers."""

    validity: str
    last_uid: str
    modseq: str | None = None


@dataclass(frozen=True)
class Placed:
    """Where a draft went: enough to find it again."""

    folder: str
    uid: str | None  # APPENDUID or file name, when known
    message_id: str


class Mailbox(Protocol):
    name: str

    def folders(self) -> dict[str, str]:
        """Roles ("inbox", "sent", "drafts") to the folder names this mailbox uses."""
        ...

    def fetch_new(self, role: str, since: Checkpoint | None) -> tuple[list[RawMessage], Checkpoint]:
        """Messages in the folder with that role after the checkpoint (all, if None or if the
        folder's validity changed), read without changing any flag; and the new checkpoint."""
        ...

    def find_draft(self, key: str) -> Placed | None:
        """The draft carrying this `X-Followup-Key` in the Drafts folder, if there is one."""
        ...

    def draft_keys(self) -> dict[str, Placed]:
        """Every `X-Followup-Key` now in the Drafts folder."""
        ...

    def append_draft(self, key: str, data: bytes) -> Placed:
        """Store one message in the Drafts folder with the \\Draft flag. Nothing else writes."""
        ...

    def close(self) -> None: ...
