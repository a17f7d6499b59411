"""The IMAP adapter in the contract suite, against a real Dovecot started per test (skipped,
with the reason, where Dovecot 2.3 is not installed). The world's side goes through doveadm,
behind the adapter's back, as another mail client or the delivery agent would."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

from dovecot import Dovecot, imap_settings, start_dovecot
from followup.mail.imap import ImapMailbox

from .harness import Harness

FOLDERS = {"inbox": "INBOX", "sent": "Sent", "drafts": "Drafts"}


class ImapHarness:
    def __init__(self, tmp_path: Path) -> None:
        self.server: Dovecot = start_dovecot()
        self.mailbox = ImapMailbox(imap_settings(self.server))

    def receive(self, data: bytes, role: str = "inbox") -> None:
        self.server.save(FOLDERS[role], data)

    def _draft_uid(self, key: str) -> str:
        for found in self.server.fetch("Drafts", "uid hdr.x-followup-key"):
            if found["hdr.x-followup-key"] == key:
                return found["uid"]
        raise KeyError(key)

    def _expunge_draft(self, key: str) -> None:
        uid = self._draft_uid(key)
        self.server.doveadm("expunge", "-u", self.server.user, "mailbox", "Drafts", "uid", uid)

    def user_sends_draft(self, key: str) -> None:
        uid = self._draft_uid(key)
        text = self.server.doveadm(
            "fetch", "-u", self.server.user, "text", "mailbox", "Drafts", "uid", uid
        )
        self.server.save("Sent", text.split("text:", 1)[1].lstrip("\n").encode())
        self._expunge_draft(key)

    def user_discards_draft(self, key: str) -> None:
        self._expunge_draft(key)

    def renumber(self, role: str) -> bool:
        current = self.server.doveadm(
            "mailbox", "status", "-u", self.server.user, "uidvalidity", FOLDERS[role]
        )
        self.server.set_uid_validity(FOLDERS[role], int(current.split("=")[1]) + 1)
        return True

    def user_state(self) -> object:
        state = {}
        for box in ("INBOX", "Sent", "Trash"):
            for found in self.server.fetch(box, "uid flags size.physical hdr.message-id"):
                state[(box, found["uid"])] = found
        return state

    def draft_flags(self, key: str) -> set[str]:
        uid = self._draft_uid(key)
        (found,) = self.server.fetch_uid("Drafts", uid)
        return set(found["flags"].split())

    def close(self) -> None:
        self.mailbox.close()
        self.server.stop()
        shutil.rmtree(self.server.dir, ignore_errors=True)


def _imap(tmp_path: Path) -> Harness:
    return ImapHarness(tmp_path)


FACTORIES = {"imap": _imap}
