"""A Gmail mailbox through the Gmail API (v1), as an alternative to IMAP.

Reading: a first sync lists the folder's messages; later ones ask the history API what was
added since the saved `historyId` (the checkpoint's `last_uid`). Gmail keeps history for
about a week: an older id gets HTTP 404 and a full listing again (the record ignores
messages it already has). With a prefilter, every new message's headers are read first
(format=metadata, 50 to a batch request), then only the messages that may be hiring mail
whole (format=raw), or of a large one its text and invitation (format=full, see
`gmail_parts`); none of these changes a label.

Writing (gmail_drafts.py): only `users.drafts.create`, in the thread of the message replied
to, executed once (`num_retries=0`). If the outcome is unknown (a timeout after Gmail stored
it) the draft is looked for by its `X-Followup-Key` before anything is created again.

There is deliberately no call here that sends, labels, trashes or deletes anything."""

from __future__ import annotations

import base64
import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from ..calendars.google_http import Sleep, http_problem, read, read_many, status_of
from ..errors import SourceError
from ..model import RawMessage
from . import Checkpoint
from .gmail_drafts import GmailDrafts
from .gmail_parts import decode, header_block, rebuild

log = logging.getLogger(__name__)

SYSTEM_LABELS = frozenset(
    {"INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "IMPORTANT", "STARRED", "UNREAD", "CHAT"}
)
NOT_RECEIVED = frozenset({"SENT", "DRAFT", "SPAM", "TRASH", "CHAT"})
READ_BYTES = 256 * 1024  # larger messages: their text and calendar parts only
Prefilter = Callable[[bytes], bool]


@dataclass(frozen=True)
class Folder:
    """How to list a role: by label, or (inbox) all received mail, archived included."""

    label: str | None
    query: str | None = None
    resolved: bool = False  # `label` is an id (system labels are their own ids)

    def holds(self, label_ids: list[str]) -> bool:
        if self.label is not None:
            return self.label in label_ids
        return not NOT_RECEIVED.intersection(label_ids)


DEFAULT_FOLDERS = {
    "inbox": Folder(None, "-in:sent -in:drafts -in:chats"),
    "sent": Folder("SENT"),
    "drafts": Folder("DRAFT"),
}


class GmailMailbox(GmailDrafts):
    """Reading here; drafts (look, then create exactly once) in `GmailDrafts`."""

    def __init__(
        self,
        name: str,
        service: Any,
        *,
        folders: dict[str, Folder] | None = None,
        first_sync: str | None = "newer_than:365d",
        sleep: Sleep = time.sleep,
        on_done: Callable[[], None] | None = None,
        prefilter: Prefilter | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.name = name
        self._service = service
        self._users = service.users()
        self.prefilter = prefilter  # the headers-only check; None: read every message whole
        self._folders = folders or dict(DEFAULT_FOLDERS)
        self._first_sync = first_sync  # bounds the first listing of a large mailbox
        self._sleep = sleep
        self._rng = rng  # the retries' jitter (google_http.pause); None: a shared one
        self._on_done = on_done
        self._headers: dict[str, tuple[str | None, str]] = {}  # message id -> (key, Message-ID)
        self._looked: tuple[str, float] | None = None  # (key, when) find_draft found absent

    def folders(self) -> dict[str, str]:
        return {role: f.label or "(received mail)" for role, f in self._folders.items()}

    # --- reading --------------------------------------------------------------------------

    def fetch_new(self, role: str, since: Checkpoint | None) -> tuple[list[RawMessage], Checkpoint]:
        folder = self._folder(role)
        with self._guard():
            profile = self._read(self._users.getProfile(userId="me"))
            account, history_id = str(profile["emailAddress"]), str(profile["historyId"])
            ids: list[str] | None = None
            if since is not None and since.validity == account:
                if since.last_uid == history_id:  # nothing at all changed: one request
                    return [], since
                ids, history_id = self._added_since(since.last_uid, folder, history_id)
            if ids is None:
                ids = self._listed(folder)
            if self.prefilter is None:
                messages = [m for m in (self._raw(role, i) for i in ids) if m is not None]
            else:
                messages = self._prefiltered(role, ids, self.prefilter)
        return messages, Checkpoint(validity=account, last_uid=history_id)

    def _added_since(self, start: str, folder: Folder, latest: str) -> tuple[list[str] | None, str]:
        """Ids added since `start`, or None when Gmail no longer has that history (404)."""
        from googleapiclient.errors import HttpError

        ids: list[str] = []
        try:
            for page in self._pages(
                lambda token: self._users.history().list(
                    userId="me",
                    startHistoryId=start,
                    historyTypes="messageAdded",
                    pageToken=token,
                    maxResults=500,
                )
            ):
                ids.extend(_added(page, folder))
                latest = str(page.get("historyId") or latest)
        except HttpError as err:
            if status_of(err) != 404:
                raise
            log.info("%s: history %s is too old; listing the folder again", self.name, start)
            return None, latest
        return list(dict.fromkeys(ids)), latest

    def _listed(self, folder: Folder) -> list[str]:
        query = " ".join(q for q in (folder.query, self._first_sync) if q) or None
        labels = [folder.label] if folder.label else None
        ids: list[str] = []
        for page in self._pages(
            lambda token: self._users.messages().list(
                userId="me", labelIds=labels, q=query, pageToken=token, maxResults=500
            )
        ):
            ids.extend(str(m["id"]) for m in page.get("messages", []))
        return ids[::-1]  # Gmail lists newest first; the record wants them in order

    def _raw(self, role: str, message_id: str) -> RawMessage | None:
        from googleapiclient.errors import HttpError

        try:
            got = self._read(self._users.messages().get(userId="me", id=message_id, format="raw"))
        except HttpError as err:
            if status_of(err) == 404:
                return None  # deleted by the user between listing and reading
            raise
        data = base64.urlsafe_b64decode(got["raw"].encode())
        return RawMessage(source=self.name, folder=role, uid=message_id, data=data)

    def _prefiltered(self, role: str, ids: list[str], prefilter: Prefilter) -> list[RawMessage]:
        """Headers of all (batched); whole messages only for those that may be hiring mail,
        and of a large one only its readable parts; the others as their header block, which
        still counts."""
        heads = {i: h for i, h in self._many(ids, "metadata").items() if h is not None}
        blocks = {i: header_block(h) for i, h in heads.items()}
        wanted = [i for i in ids if i in blocks and prefilter(blocks[i])]
        small = [i for i in wanted if int(heads[i].get("sizeEstimate", 0)) <= READ_BYTES]
        found = self._many(small, "raw")
        raws = {i: base64.urlsafe_b64decode(m["raw"].encode()) for i, m in found.items() if m}
        large = {
            i: rebuild(full, blocks[i], partial(self._attachment, i), READ_BYTES)
            for i, full in self._many([i for i in wanted if i not in small], "full").items()
            if full
        }
        return [
            RawMessage(self.name, role, i, raws[i])
            if i in raws
            else RawMessage(self.name, role, i, large.get(i, blocks[i]), complete=False)
            for i in ids
            if i in blocks
        ]

    def _attachment(self, message_id: str, attachment_id: str) -> bytes | None:
        """An invitation attached to a large message (read, like everything, with no
        change to the message)."""
        from googleapiclient.errors import HttpError

        request = (
            self._users.messages()
            .attachments()
            .get(userId="me", messageId=message_id, id=attachment_id)
        )
        try:
            data = str(self._read(request).get("data", ""))
        except HttpError as err:
            if status_of(err) == 404:
                return None
            raise
        return decode(data)

    def _many(self, ids: list[str], form: str) -> dict[str, Any]:
        def make(message_id: str) -> Any:
            return self._users.messages().get(userId="me", id=message_id, format=form)

        new_batch = self._service.new_batch_http_request
        return read_many(self.name, new_batch, make, ids, self._sleep, rng=self._rng)

    # --- plumbing -------------------------------------------------------------------------

    def _folder(self, role: str) -> Folder:
        folder = self._folders.get(role)
        if folder is None:
            raise SourceError(self.name, f"no folder with the role {role!r}", transient=False)
        if folder.label is None or folder.resolved or folder.label in SYSTEM_LABELS:
            return folder
        resolved = Folder(self._label_id(folder.label), folder.query, resolved=True)
        self._folders[role] = resolved
        return resolved

    def _label_id(self, name: str) -> str:
        """A user label named in the settings ("Job search") -> its id ("Label_12")."""
        with self._guard():
            labels = self._read(self._users.labels().list(userId="me")).get("labels", [])
        for label in labels:
            if name in (label.get("id"), label.get("name")):
                return str(label["id"])
        for label in labels:
            if str(label.get("name", "")).casefold() == name.casefold():
                return str(label["id"])
        known = ", ".join(sorted(str(lb.get("name")) for lb in labels if lb.get("type") == "user"))
        raise SourceError(
            self.name, f"no Gmail label {name!r} (yours: {known or 'none'})", transient=False
        )

    def _read(self, request: Any) -> Any:
        return read(self.name, request, self._sleep, rng=self._rng)

    def _pages(self, make: Callable[[str | None], Any]) -> Iterator[dict[str, Any]]:
        token: str | None = None
        while True:
            page: dict[str, Any] = self._read(make(token))
            yield page
            token = page.get("nextPageToken")
            if not token:
                return

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Unhandled HTTP errors become one-line SourceErrors; a refreshed token is saved."""
        from googleapiclient.errors import HttpError

        try:
            yield
        except HttpError as err:
            raise http_problem(self.name, err) from None
        finally:
            if self._on_done is not None:
                self._on_done()

    def close(self) -> None:
        if self._on_done is not None:
            self._on_done()


def _added(page: dict[str, Any], folder: Folder) -> Iterator[str]:
    for record in page.get("history", []):
        for added in record.get("messagesAdded", []):
            message = added.get("message", {})
            if folder.holds(list(message.get("labelIds", []))):
                yield str(message["id"])


def open_gmail(
    name: str,
    token: Path,
    labels: dict[str, str | None],
    sleep: Sleep = time.sleep,
    prefilter: Prefilter | None = None,
) -> GmailMailbox:
    """The adapter for a config entry, with the stored sign-in; `labels` overrides roles."""
    from ..auth import TokenKeeper, load_credentials
    from ..calendars.google_http import authorized_http, build_service

    credentials = load_credentials(name, token)
    keeper = TokenKeeper(credentials, token)
    service = build_service("gmail", "v1", authorized_http(credentials))
    folders = dict(DEFAULT_FOLDERS)
    folders.update({role: Folder(label) for role, label in labels.items() if label})
    return GmailMailbox(
        name,
        service,
        folders=folders,
        sleep=sleep,
        on_done=keeper.save_if_refreshed,
        prefilter=prefilter,
    )
