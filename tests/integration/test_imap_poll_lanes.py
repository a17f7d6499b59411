"""Issue 8, the steady poll against a real Dovecot: INBOX is asked about on a connection that
never opens or lists another folder. Dovecot 2.3 (Maildir) re-reads INBOX's whole
`dovecot-uidlist` on a STATUS of INBOX once its session opened another folder or sent a
LIST (14 ms of server CPU a poll at 50,000 messages, bench/ANALYSIS.md); so the adapter keeps
INBOX on a connection of its own and the quiet poll costs the same at any size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from dovecot import Dovecot, draft, imap_settings, message
from followup.mail.imap import ImapMailbox
from followup.mail.imap_conn import ImapSettings, open_session
from imap_tools import BaseMailBox

pytestmark = pytest.mark.integration
FOLDER_COMMANDS = {"STATUS", "EXAMINE", "SELECT", "LIST", "LSUB", "APPEND"}


def logged(sessions: list[list[str]]) -> Callable[[ImapSettings], BaseMailBox]:
    """`open_session`, writing down each connection's commands after the login."""

    def connect(settings: ImapSettings) -> BaseMailBox:
        mb = open_session(settings)
        said: list[str] = []
        sessions.append(said)
        command = mb.client._command

        def write_down(name: str, *args: object) -> object:
            words = (a.decode() if isinstance(a, bytes) else str(a) for a in args)
            said.append(" ".join([name, *words]))
            return command(name, *args)

        mb.client._command = write_down  # type: ignore[method-assign]
        return mb

    return connect


def inbox_sessions(sessions: list[list[str]]) -> list[list[str]]:
    return [s for s in sessions if any('"INBOX"' in line for line in s)]


def test_inbox_has_a_connection_that_opens_and_lists_nothing_else(dovecot: Dovecot) -> None:
    sessions: list[list[str]] = []
    imap = ImapMailbox(imap_settings(dovecot), connect=logged(sessions))
    dovecot.save("INBOX", message(1))
    dovecot.save("Sent", message(2))
    _, inbox = imap.fetch_new("inbox", None)
    assert [m.uid for m in imap.fetch_new("sent", None)[0]] == ["1"]
    imap.append_draft("k-1", draft("k-1"))
    assert imap.find_draft("k-1") is not None and set(imap.draft_keys()) == {"k-1"}
    dovecot.save("INBOX", message(3))
    assert [m.uid for m in imap.fetch_new("inbox", inbox)[0]] == ["2"]
    assert imap.wait_for_change(0.2) is False  # IDLE, on INBOX's connection too
    (lane,) = inbox_sessions(sessions)
    for line in lane:
        name = line.split()[0]
        assert name not in FOLDER_COMMANDS or line.split()[1] == '"INBOX"', line
    assert len(sessions) == 2  # and one connection for everything else
    imap.close()


def test_a_quiet_poll_is_one_status_on_each_connection(dovecot: Dovecot) -> None:
    sessions: list[list[str]] = []
    imap = ImapMailbox(imap_settings(dovecot), connect=logged(sessions))
    dovecot.append_many("INBOX", [message(n) for n in range(20)])
    _, inbox = imap.fetch_new("inbox", None)
    _, sent = imap.fetch_new("sent", None)
    imap.draft_keys()
    before = [len(s) for s in sessions]
    for _ in range(3):
        assert imap.fetch_new("inbox", inbox)[0] == []
        assert imap.fetch_new("sent", sent)[0] == []
        imap.draft_keys()  # Drafts unchanged: STATUS only
    new = [s[n:] for s, n in zip(sessions, before, strict=True)]
    (lane,) = inbox_sessions(new)
    assert [line.split()[:2] for line in lane] == [["STATUS", '"INBOX"']] * 3
    (other,) = [s for s in new if s is not lane]
    assert [line.split()[:2] for line in other] == [
        ["STATUS", '"Sent"'],
        ["STATUS", '"Drafts"'],
    ] * 3
    imap.close()
