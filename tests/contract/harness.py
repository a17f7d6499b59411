"""What the mailbox contract suite needs besides the adapter: a way to act as the world.

A harness wraps one adapter instance and does, behind the adapter's back, what a mail server
and a user would do: deliver a message, send or discard a draft, renumber a folder. Adding an
adapter to the suite = one module `tests/contract/harness_<name>.py` exporting
`FACTORIES: dict[str, Callable[[Path], Harness]]` (a factory may call pytest.skip).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from followup.mail import Mailbox


class Harness(Protocol):
    mailbox: Mailbox

    def receive(self, data: bytes, role: str = "inbox") -> None:
        """A message arrives in the folder with this role (as a server would deliver it)."""

    def user_sends_draft(self, key: str) -> None:
        """The user presses Send on the draft: it leaves Drafts and a copy lands in Sent."""

    def user_discards_draft(self, key: str) -> None:
        """The user deletes the draft without sending it."""

    def renumber(self, role: str) -> bool:
        """The server changes the folder's UIDVALIDITY; False if the store has no such thing."""

    def user_state(self) -> object:
        """Everything the user's mail client would show outside Drafts (names, flags, bytes),
        as a comparable value."""

    def draft_flags(self, key: str) -> set[str]:
        """The IMAP-style flags of the draft carrying this key (e.g. {"\\\\Draft"})."""

    def close(self) -> None: ...


__all__ = ["Harness", "Path"]
