"""The IMAP mailbox adapter: read-only everywhere, one write (APPEND to Drafts with \\Draft).

Safety is structural: folders are opened with EXAMINE, bodies are fetched with BODY.PEEK,
and this class has no method that stores flags, expunges, copies, moves or deletes.

Incremental reads: a checkpoint per folder is (UIDVALIDITY, last UID, HIGHESTMODSEQ). A poll
with nothing new is one STATUS command per folder whatever the folder's size; a changed
UIDVALIDITY re-reads the folder (the record deduplicates by Message-ID). New messages are
read headers first; bodies only of those the prefilter lets through, and of a large one only
its text and calendar parts (`imap_read`, `imap_parts`).

Two connections, each opened when first needed: one that only ever opens INBOX (STATUS,
reading, IDLE), one for everything else (LIST, Sent, Drafts), so that the server never has
to read INBOX's index again because another folder was opened or listed in between
(`imap_lane`: what that costs on Dovecot).

Faults drop the connection and surface as SourceError; the next call reconnects. Nothing
here sleeps to back off: the caller (the IDLE watcher thread, the service loop) owns the
backoff, so two delays never stack.

Drafts exactly once: the caller records its intent, then appends; after any failure it asks
`find_draft(key)` before appending again, because a cut connection may hide a stored draft.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

from imap_tools import BaseMailBox

from ..errors import SourceError
from ..model import RawMessage
from . import Checkpoint, Placed
from .imap_conn import (
    ImapSettings,
    open_session,
    settings_from_config,
    translate_errors,
)
from .imap_idle import idle_for
from .imap_lane import FolderGoneError, Lane, quote_folder
from .imap_read import (
    KEY_HEADER,
    Fetched,
    Prefilter,
    append_uid,
    check_key,
    fetch,
    header_value,
    quoted,
    read_messages,
    resolve_roles,
    search,
)

if TYPE_CHECKING:
    from ..config import ImapConfig

log = logging.getLogger(__name__)
T = TypeVar("T")
KEY_FIELDS = f"(UID BODY.PEEK[HEADER.FIELDS ({KEY_HEADER} Message-ID)])"
IDLE_REFRESH = 10 * 60.0  # re-issue IDLE well before the 29 minutes of RFC 2177
DRAFT_FLAGS = "(\\Seen \\Draft)"  # what mail clients set on a saved draft


class ImapMailbox:
    """`followup.mail.Mailbox` over IMAP (imap-tools 1.16)."""

    def __init__(
        self,
        settings: ImapSettings,
        *,
        prefilter: Prefilter | None = None,
        connect: Callable[[ImapSettings], BaseMailBox] = open_session,
        idle_refresh: float = IDLE_REFRESH,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = settings.name
        self.settings = settings
        self.prefilter = prefilter  # the understand stage's cheap check on a header block
        self.sleep, self.clock = sleep, clock  # injected: tests never wait
        self.away = False  # the last attempt to connect failed
        self.idle_refresh = idle_refresh
        self.header_search: bool | None = None  # trust SEARCH HEADER? None: ask the server
        self._connect = connect
        self._inbox = Lane("inbox")  # INBOX only: STATUS, EXAMINE, FETCH, IDLE
        self._other = Lane("other")  # LIST, Sent, Drafts, APPEND
        self._roles: dict[str, str] | None = None
        # Drafts' STATUS when its keys were last read, and those keys: any change to the
        # folder (an APPEND, an EXPUNGE, a flag with CONDSTORE) changes the STATUS.
        self._drafts_seen: tuple[object, dict[str, Placed]] | None = None

    @classmethod
    def from_config(
        cls,
        entry: ImapConfig,
        *,
        prefilter: Prefilter | None = None,
        oauth2_token: Callable[[], str] | None = None,
    ) -> ImapMailbox:
        """The adapter for one `type: imap` entry; nothing connects until it is used."""
        return cls(settings_from_config(entry, oauth2_token), prefilter=prefilter)

    @property
    def _mb(self) -> BaseMailBox | None:
        """The INBOX connection (reading INBOX, `wait_for_change`)."""
        return self._inbox.mb

    # --- the Mailbox protocol ----------------------------------------------------------

    def folders(self) -> dict[str, str]:
        if self._roles is None:
            listing = self._read(
                "listing folders", self._other, lambda ln: ln.connected.folder.list()
            )
            self._roles = resolve_roles(listing, self.settings.folders)
        return dict(self._roles)

    def fetch_new(self, role: str, since: Checkpoint | None) -> tuple[list[RawMessage], Checkpoint]:
        inbox = role == "inbox"  # INBOX needs no LIST: its name is fixed (or configured)
        folder = self._inbox_folder() if inbox else self._folder(role)
        lane = self._inbox if inbox else self._other
        return self._read(
            f"reading {folder}", lane, lambda ln: self._fetch_new(ln, role, folder, since)
        )

    def find_draft(self, key: str) -> Placed | None:
        check_key(key)
        drafts = self.folders().get("drafts")
        if drafts is None:
            return None

        def look(lane: Lane) -> list[Fetched]:
            if not lane.examine(drafts).get("EXISTS"):
                return []
            mb = lane.connected
            if not self._header_search_works(mb):  # read every draft's key instead
                return fetch(mb, "1:*", KEY_FIELDS)
            return fetch(mb, search(mb, f"HEADER {KEY_HEADER} {quoted(key)}"), KEY_FIELDS)

        for head in self._read(f"looking for draft {key} in {drafts}", self._other, look):
            if header_value(head.data, KEY_HEADER) == key:  # SEARCH matches substrings
                mid = header_value(head.data, "Message-ID") or ""
                return Placed(drafts, str(head.uid), mid)
        return None

    def draft_keys(self) -> dict[str, Placed]:
        """Raises when there is no Drafts folder (any more): an empty answer would make the
        service take every placed draft for one the user deleted."""
        try:
            return self._draft_keys(self._drafts())
        except FolderGoneError:
            self._roles = None  # renamed or deleted since LIST: look again, once
            return self._draft_keys(self._drafts())

    def _draft_keys(self, drafts: str) -> dict[str, Placed]:
        def heads(lane: Lane) -> dict[str, Placed]:
            """Read again only when STATUS says Drafts changed (a steady cycle: one command)."""
            stamp = (drafts, tuple(sorted(lane.status(self.name, drafts).items())))
            if self._drafts_seen is not None and self._drafts_seen[0] == stamp:
                return dict(self._drafts_seen[1])
            exists = lane.examine(drafts).get("EXISTS")
            found = fetch(lane.connected, "1:*", KEY_FIELDS) if exists else []
            keys = _keys(drafts, found)
            self._drafts_seen = (stamp, keys)
            return dict(keys)

        return self._read(f"listing drafts in {drafts}", self._other, heads)

    def _drafts(self) -> str:
        drafts = self.folders().get("drafts")
        if drafts is None:  # missing when last listed: the user may have made one since
            self._roles = None
            drafts = self.folders().get("drafts")
        if drafts is None:
            raise SourceError(
                self.name,
                f"{self.settings.host} has no Drafts folder (none is flagged \\Drafts or named "
                "Drafts): create one in your mail client or set folders.drafts in the config",
                transient=False,
            )
        return drafts

    def append_draft(self, key: str, data: bytes) -> Placed:
        check_key(key)
        message_id = _check_draft(key, data)
        drafts = self._drafts()
        with self._io(f"placing draft {key} in {drafts}", self._other) as lane:
            when = time.localtime()
            folder = quote_folder(drafts).decode()
            typ, response = lane.connected.client.append(folder, DRAFT_FLAGS, when, data)
        if typ != "OK":
            self._roles = None  # the folder may have been renamed: look again next time
            text = b" ".join(r for r in response if isinstance(r, bytes)).decode(errors="replace")
            lasting = any(
                code in text.upper() for code in ("OVERQUOTA", "TRYCREATE", "NONEXISTENT")
            )
            raise SourceError(
                self.name, f"{drafts} refused the draft: {text[:200]}", transient=not lasting
            )
        return Placed(drafts, append_uid(response), message_id)

    def close(self) -> None:
        for lane in (self._inbox, self._other):
            mb = lane.take()
            if mb is not None:
                with contextlib.suppress(Exception):
                    mb.logout()

    # --- push ------------------------------------------------------------------------

    def wait_for_change(self, timeout: float) -> bool:
        """Block up to `timeout` seconds until INBOX may have changed (IDLE). True: run a
        cycle now. A dead connection also answers True (anything may have arrived), and so
        does the first successful reconnect after the server was away. Failing to connect
        raises SourceError at once: the caller owns the backoff (one owner, so delays never
        add up), and this adapter never sleeps to back off."""
        started = self.clock()
        if self._inbox.mb is None:
            was_away = self.away
            self._session()
            if was_away:
                return True
        timeout -= self.clock() - started
        if timeout <= 0:
            return False
        try:
            with self._io("waiting for new mail", self._inbox) as lane:
                lane.examine(self._inbox_folder())
                if "IDLE" not in lane.connected.client.capabilities:
                    self.sleep(timeout)  # no push: the caller polls (cheap STATUS)
                    return True
                return idle_for(lane.connected, timeout, self.idle_refresh, self.clock)
        except SourceError as err:
            log.info("%s: %s", self.name, err)
            return True

    # --- plumbing ----------------------------------------------------------------------

    def _header_search_works(self, mb: BaseMailBox) -> bool:
        """Gmail (X-GM-EXT-1) searches words, not header substrings: a key could be missed,
        and a missed key means a duplicate draft. Drafts folders are small; read them all."""
        if self.header_search is None:
            return "X-GM-EXT-1" not in mb.client.capabilities
        return self.header_search

    def _fetch_new(
        self, lane: Lane, role: str, folder: str, since: Checkpoint | None
    ) -> tuple[list[RawMessage], Checkpoint]:
        status = lane.status(self.name, folder)
        validity, uidnext = str(status["UIDVALIDITY"]), status.get("UIDNEXT", 0)
        modseq = str(status["HIGHESTMODSEQ"]) if "HIGHESTMODSEQ" in status else None
        same = since is not None and since.validity == validity
        last = int(since.last_uid) if since is not None and same else 0
        if same and 0 < uidnext <= last + 1:
            return [], Checkpoint(validity, str(last), modseq)  # one round trip
        if since is not None and not same:
            log.warning(
                "%s: %s was renumbered (UIDVALIDITY changed): reading it again", self.name, folder
            )
        announced = lane.examine(folder)
        examined = str(announced.get("UIDVALIDITY", validity))
        if examined != validity:  # renumbered between STATUS and EXAMINE
            validity, last, uidnext = examined, 0, announced.get("UIDNEXT", 0)
        mb = lane.connected
        uids = [u for u in search(mb, f"UID {last + 1}:*") if u > last]
        limits = (self.settings.read_bytes, self.settings.max_message_bytes)
        found = read_messages(mb, uids, self.prefilter, limits)
        messages = [
            RawMessage(self.name, role, str(uid), data, complete=complete)
            for uid, data, complete in found
        ]
        # Every UID below UIDNEXT existed when it was asked for or is gone for good: start
        # there next time, so mail expunged unread (a server filter moved it) costs no read.
        done = max(max(uids, default=last), uidnext - 1)
        return messages, Checkpoint(validity, str(done), modseq)

    def _read(self, doing: str, lane: Lane, step: Callable[[Lane], T]) -> T:
        """A read is idempotent: when the connection fails under it (a connection kept from
        an earlier call that the server closed, a cut), try once more on a new one. Not when
        connecting failed: the caller owns that backoff, and delays must never stack."""
        connected = lane.mb is not None
        try:
            with self._io(doing, lane) as ready:
                connected = True
                return step(ready)
        except SourceError as err:
            if not (connected and err.transient):
                raise
            log.info("%s: %s; reconnecting", self.name, err)
        with self._io(doing, lane) as ready:
            return step(ready)

    def _inbox_folder(self) -> str:
        return self.settings.folders.get("inbox", "INBOX")  # as `resolve_roles` names it

    def _folder(self, role: str) -> str:
        folder = self.folders().get(role)
        if folder is None:
            raise SourceError(
                self.name, f"no {role} folder on {self.settings.host}", transient=False
            )
        return folder

    def _session(self) -> BaseMailBox:
        """The INBOX connection, opened if need be."""
        return self._open(self._inbox)

    def _open(self, lane: Lane) -> BaseMailBox:
        if lane.mb is None:
            try:
                lane.mb = self._connect(self.settings)
            except SourceError:
                self.away = True
                raise
            self.away = False
            if lane is self._other:  # it lists the folders: they may have changed meanwhile
                self._roles = None
        return lane.mb

    @contextlib.contextmanager
    def _io(self, doing: str, lane: Lane) -> Iterator[Lane]:
        """One conversation step on one connection; any fault drops that connection (the
        next call reconnects) and surfaces as SourceError."""
        if lane is self._inbox:
            self._session()  # INBOX's own way in (the watcher's tests count its connects)
        else:
            self._open(lane)
        try:
            with translate_errors(self.name, doing):
                yield lane
                lane.unselect()
        except SourceError as err:
            if err.source != self.name:
                err = SourceError(self.name, f"{doing}: {err}", transient=err.transient)
            _drop(lane)
            raise err from None


def _drop(lane: Lane) -> None:
    mb = lane.take()
    if mb is not None:
        with contextlib.suppress(Exception):
            mb.client.shutdown()


def _keys(folder: str, heads: list[Fetched]) -> dict[str, Placed]:
    keys: dict[str, Placed] = {}
    for head in heads:
        key = header_value(head.data, KEY_HEADER)
        if key:
            keys[key] = Placed(folder, str(head.uid), header_value(head.data, "Message-ID") or "")
    return keys


def _check_draft(key: str, data: bytes) -> str:
    """The draft must carry its key and a Message-ID: that is how it is found again."""
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0] + b"\r\n\r\n"
    if header_value(head, KEY_HEADER) != key:
        raise ValueError(f"draft {key}: its {KEY_HEADER} header must be the key")
    message_id = header_value(head, "Message-ID")
    if not message_id:
        raise ValueError(f"draft {key}: no Message-ID")
    return message_id
