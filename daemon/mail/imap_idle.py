"""IMAP IDLE (RFC 2177) that notices a dead connection.

imap-tools' `idle.poll()` returns [] both on a timeout and on EOF, so a server restart or a
kick would look like a quiet mailbox forever. Here EOF and `* BYE` raise, and every IDLE ends
with DONE and its tagged OK within the socket timeout: a peer that vanished silently (no FIN,
e.g. a NAT dropping the flow) is found out at the latest when the IDLE is re-issued.
"""

from __future__ import annotations

import imaplib
import re
import select
import socket
import ssl
from collections.abc import Callable

from imap_tools import BaseMailBox

# Every numbered untagged response (EXISTS, FETCH, RECENT, a removal) means a change.
CHANGE = re.compile(rb"^\* (\d+ [A-Z]+|VANISHED)", re.IGNORECASE)


class Dead(imaplib.IMAP4.abort):
    """The connection is gone (EOF, BYE)."""


def idle_for(mb: BaseMailBox, timeout: float, refresh: float, clock: Callable[[], float]) -> bool:
    """IDLE on the selected folder for up to `timeout` seconds, re-issued every `refresh`
    seconds. True as soon as the server reports a change; False when the time is up."""
    deadline = clock() + timeout
    while (remaining := deadline - clock()) > 0:
        if _idle_once(mb, min(remaining, refresh), clock):
            return True
    return False


def _idle_once(mb: BaseMailBox, window: float, clock: Callable[[], float]) -> bool:
    mb.idle.start()  # type: ignore[no-untyped-call]
    changed = False
    end = clock() + window
    while not changed and (left := end - clock()) > 0:
        if not (_buffered(mb.client) or _readable(mb.client.sock, left)):
            break
        line = mb.client._get_line()  # EOF raises imaplib.abort
        if line.upper().startswith(b"* BYE"):
            raise Dead(line.decode(errors="replace"))
        changed = bool(CHANGE.match(line))
    mb.idle.stop()  # type: ignore[no-untyped-call]  # DONE; a silent peer times out here
    return changed


def _readable(sock: socket.socket, timeout: float) -> bool:
    ready, _, _ = select.select([sock], [], [], timeout)
    return bool(ready)


def _buffered(client: imaplib.IMAP4) -> bool:
    """Bytes already read from the socket (TLS record or imaplib's file buffer) that select
    cannot see."""
    sock = client.sock
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    old = sock.gettimeout()
    sock.settimeout(0)
    try:
        return bool(client.file.peek(1))  # type: ignore[union-attr]
    except (BlockingIOError, ssl.SSLWantReadError, OSError):
        return False
    finally:
        sock.settimeout(old)
