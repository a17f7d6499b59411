"""Gmail drafts: the only writing the Gmail adapter does, `users.drafts.create`, in the
thread of the message replied to and executed exactly once (`num_retries=0`). An unknown
outcome (a timeout after Gmail stored it) is settled by looking for the draft's
`X-Followup-Key` before anything is created again. A mixin of `GmailMailbox` (gmail.py),
which does the reading and owns the plumbing declared below."""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from typing import Any

from ..calendars.google_http import Uncertain, write
from ..errors import SourceError
from . import Placed

log = logging.getLogger(__name__)

KEY_HEADER = "X-Followup-Key"


class GmailDrafts:
    name: str
    _users: Any
    _headers: dict[str, tuple[str | None, str]]  # message id -> (key, Message-ID)
    _looked: tuple[str, float] | None  # (key, when) find_draft found absent

    def _read(self, request: Any) -> Any:
        raise NotImplementedError

    def _pages(self, make: Callable[[str | None], Any]) -> Iterator[dict[str, Any]]:
        raise NotImplementedError

    def _guard(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def draft_keys(self) -> dict[str, Placed]:
        with self._guard():
            return self._draft_keys()

    def find_draft(self, key: str) -> Placed | None:
        found = self.draft_keys().get(key)
        self._looked = (key, time.monotonic()) if found is None else None
        return found

    def append_draft(self, key: str, data: bytes) -> Placed:
        """Look before creating (a previous attempt may have reached Gmail), unless
        `find_draft` just looked for this very key: the service's lock keeps anyone else out."""
        looked, self._looked = self._looked, None
        with self._guard():
            fresh = looked is not None and looked[0] == key and time.monotonic() - looked[1] < 30
            placed = None if fresh else self._draft_keys().get(key)
            if placed is None:
                placed = self._create(key, data)
        return placed

    def _create(self, key: str, data: bytes) -> Placed:
        message: dict[str, Any] = {"raw": base64.urlsafe_b64encode(data).decode()}
        thread = self._thread_of(data)
        if thread:
            message["threadId"] = thread
        request = self._users.drafts().create(userId="me", body={"message": message})
        try:
            created = write(self.name, request)
        except Uncertain as err:
            return self._after_uncertain(key, str(err))
        message_id = _header(data, "Message-ID") or ""
        self._headers[str(created["message"]["id"])] = (key, message_id)
        return Placed(folder="DRAFT", uid=str(created["id"]), message_id=message_id)

    def _after_uncertain(self, key: str, why: str) -> Placed:
        """The create may have been stored: look, and never create again in this call."""
        found = self._draft_keys().get(key)
        if found is not None:
            log.info("%s: draft %s was stored despite %s", self.name, key, why)
            return found
        raise SourceError(self.name, f"creating a draft failed ({why}); will look again")

    def _draft_keys(self) -> dict[str, Placed]:
        keys: dict[str, Placed] = {}
        for page in self._pages(
            lambda token: self._users.drafts().list(userId="me", pageToken=token, maxResults=500)
        ):
            for draft in page.get("drafts", []):
                key, message_id = self._draft_headers(str(draft["message"]["id"]))
                if key:
                    keys[key] = Placed(folder="DRAFT", uid=str(draft["id"]), message_id=message_id)
        return keys

    def _draft_headers(self, message_id: str) -> tuple[str | None, str]:
        """(X-Followup-Key, Message-ID) of a draft's message; cached, as a draft's message id
        changes whenever the user edits it."""
        if message_id not in self._headers:
            got = self._read(
                self._users.messages().get(
                    userId="me",
                    id=message_id,
                    format="metadata",
                    metadataHeaders=[KEY_HEADER, "Message-ID"],
                )
            )
            found = got.get("payload", {}).get("headers", [])
            headers = {h["name"].lower(): h["value"] for h in found}
            self._headers[message_id] = (
                headers.get(KEY_HEADER.lower()),
                headers.get("message-id", ""),
            )
        return self._headers[message_id]

    def _thread_of(self, data: bytes) -> str | None:
        """The Gmail thread of the message this draft answers, found by its Message-ID."""
        references = (_header(data, "References") or "").split()
        wanted = _header(data, "In-Reply-To") or (references[-1] if references else None)
        if not wanted:
            return None
        page = self._read(
            self._users.messages().list(
                userId="me",
                q=f"rfc822msgid:{wanted.strip('<> ')}",
                maxResults=1,
                includeSpamTrash=False,
            )
        )
        messages = page.get("messages", [])
        return str(messages[0]["threadId"]) if messages else None


def _header(data: bytes, name: str) -> str | None:
    value = BytesHeaderParser(policy=default_policy).parsebytes(data).get(name)
    return str(value).strip() if value is not None else None
