"""Faults against a real Dovecot: cut connections, restarts, kicks, silent peers, a full
quota. After each, the next attempt leaves exactly the right state: nothing lost, no
duplicate draft."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from dovecot import Dovecot, Options, draft, free_port, imap_settings, message
from dovecot_proxy import Proxy
from followup.errors import SourceError
from followup.mail import Placed
from followup.mail.imap import ImapMailbox
from followup.mail.imap_conn import ImapSettings

pytestmark = pytest.mark.integration


def look_then_append(imap: ImapMailbox, key: str, data: bytes, attempts: int = 3) -> Placed:
    """The service's deliver step: intent is recorded; each attempt looks before it appends."""
    for _ in range(attempts - 1):
        try:
            return imap.find_draft(key) or imap.append_draft(key, data)
        except SourceError:
            continue
    return imap.find_draft(key) or imap.append_draft(key, data)


def drafts_with_key(server: Dovecot, key: str) -> int:
    found = server.fetch("Drafts", "uid hdr.x-followup-key")
    return sum(1 for m in found if m["hdr.x-followup-key"] == key)


def test_cut_after_the_server_stored_the_draft_gives_one_draft(dovecot: Dovecot) -> None:
    with Proxy(dovecot.port, cut_on=b"[APPENDUID") as proxy:
        imap = ImapMailbox(imap_settings(dovecot, port=proxy.port))
        placed = look_then_append(imap, "thank-you/7/ana", draft("thank-you/7/ana"))
        imap.close()
    assert proxy.cuts == 1  # the first APPEND was stored, and its answer lost
    assert drafts_with_key(dovecot, "thank-you/7/ana") == 1
    assert placed.uid == "1" and placed.folder == "Drafts"


def test_without_looking_first_the_same_cut_duplicates(dovecot: Dovecot) -> None:
    """The control: the proxy really cuts after the store, so looking first matters."""
    with Proxy(dovecot.port, cut_on=b"[APPENDUID") as proxy:
        imap = ImapMailbox(imap_settings(dovecot, port=proxy.port))
        with pytest.raises(SourceError):
            imap.append_draft("k", draft("k"))
        imap.append_draft("k", draft("k"))
        imap.close()
    assert drafts_with_key(dovecot, "k") == 2


def test_cut_during_fetch_is_read_again_once(dovecot: Dovecot) -> None:
    dovecot.append_many("INBOX", [message(n) for n in range(1, 6)])
    with Proxy(dovecot.port, cut_on=b"BODY[HEADER]") as proxy:
        imap = ImapMailbox(imap_settings(dovecot, port=proxy.port))
        got, cp = imap.fetch_new("inbox", None)  # reads are idempotent: one quiet retry
        imap.close()
    assert proxy.cuts == 1
    assert [m.uid for m in got] == ["1", "2", "3", "4", "5"] and cp.last_uid == "5"


def test_cuts_during_fetch_lose_nothing(dovecot: Dovecot) -> None:
    dovecot.append_many("INBOX", [message(n) for n in range(1, 6)])
    with Proxy(dovecot.port, cut_on=b"BODY[HEADER]") as proxy:
        proxy.cuts_left = 2
        imap = ImapMailbox(imap_settings(dovecot, port=proxy.port))
        with pytest.raises(SourceError, match="reading INBOX") as err:
            imap.fetch_new("inbox", None)
        assert err.value.transient
        got, cp = imap.fetch_new("inbox", None)  # the checkpoint did not move: all again
        imap.close()
    assert proxy.cuts == 2
    assert [m.uid for m in got] == ["1", "2", "3", "4", "5"] and cp.last_uid == "5"


def test_server_restart_between_polls_is_invisible(dovecot: Dovecot, imap: ImapMailbox) -> None:
    dovecot.save("INBOX", message(1))
    first, cp = imap.fetch_new("inbox", None)
    dovecot.restart()
    dovecot.save("INBOX", message(2))
    second, cp2 = imap.fetch_new("inbox", cp)  # the kept connection is dead: one reconnect
    assert [m.uid for m in first + second] == ["1", "2"] and cp2.last_uid == "2"


def test_server_down_is_a_transient_source_error(dovecot: Dovecot, imap: ImapMailbox) -> None:
    _, cp = imap.fetch_new("inbox", None)
    dovecot.stop()
    with pytest.raises(SourceError) as err:
        imap.fetch_new("inbox", cp)
    assert err.value.transient and err.value.source == "work"
    dovecot.start()
    assert imap.fetch_new("inbox", cp)[0] == []


def test_connection_refused() -> None:
    imap = ImapMailbox(imap_settings_for_port(free_port()))
    with pytest.raises(SourceError, match="connection refused") as err:
        imap.folders()
    assert err.value.transient


def test_silent_peer_times_out() -> None:
    with Proxy(free_port(), black_hole=True) as proxy:
        imap = ImapMailbox(imap_settings_for_port(proxy.port, timeout=0.5))
        started = time.monotonic()
        with pytest.raises(SourceError, match="timed out") as err:
            imap.folders()
    assert time.monotonic() - started < 2 and err.value.transient


def test_a_peer_that_goes_silent_mid_session_times_out_on_every_call(dovecot: Dovecot) -> None:
    """The socket timeout holds for every command, not only the greeting: a read and an
    APPEND to a frozen peer each fail within the timeout, never hang."""
    dovecot.save("INBOX", message(1))
    with Proxy(dovecot.port) as proxy:
        imap = ImapMailbox(imap_settings(dovecot, port=proxy.port, timeout=0.5))
        imap.fetch_new("inbox", None)  # opens the INBOX connection
        assert imap._mb is not None and imap._mb.client.sock.gettimeout() == 0.5
        proxy.freeze()
        for step in (lambda: imap.fetch_new("inbox", None), imap.draft_keys):
            started = time.monotonic()
            with pytest.raises(SourceError, match="timed out"):
                step()
            assert time.monotonic() - started < 3  # its first try, and one reconnect
        imap.close()


def test_quota_full_on_append(make_dovecot: Callable[[Options], Dovecot]) -> None:
    server = make_dovecot(Options(quota_messages=2))
    server.append_many("INBOX", [message(1), message(2)])
    imap = ImapMailbox(imap_settings(server))
    with pytest.raises(SourceError, match=r"(?i)quota") as err:
        imap.append_draft("k1", draft("k1"))
    assert not err.value.transient
    assert imap.find_draft("k1") is None  # the session survives a refused APPEND
    imap.close()
    assert server.fetch("Drafts") == []


# --- push ------------------------------------------------------------------------------


def later(seconds: float, action: Callable[[], None]) -> threading.Timer:
    timer = threading.Timer(seconds, action)
    timer.start()
    return timer


def test_idle_reports_new_mail(dovecot: Dovecot, imap: ImapMailbox) -> None:
    _, cp = imap.fetch_new("inbox", None)
    later(0.3, lambda: dovecot.save("INBOX", message(1)))
    started = time.monotonic()
    assert imap.wait_for_change(10) is True
    assert time.monotonic() - started < 3
    assert [m.uid for m in imap.fetch_new("inbox", cp)[0]] == ["1"]


def test_idle_times_out_quietly_and_is_reissued(dovecot: Dovecot) -> None:
    imap = ImapMailbox(imap_settings(dovecot), idle_refresh=0.2)
    imap.fetch_new("inbox", None)  # opens the INBOX connection
    assert imap._mb is not None
    before = imap._mb.client.tagnum
    assert imap.wait_for_change(1.0) is False
    idles = imap._mb.client.tagnum - before - 2  # EXAMINE and UNSELECT around them
    assert idles >= 4  # one IDLE per 0.2 s window
    imap.close()


def test_kick_during_idle_is_noticed_and_survived(dovecot: Dovecot, imap: ImapMailbox) -> None:
    _, cp = imap.fetch_new("inbox", None)
    later(0.3, dovecot.kick)
    started = time.monotonic()
    assert imap.wait_for_change(10) is True  # BYE: state unknown, run a cycle
    assert time.monotonic() - started < 3
    assert imap.wait_for_change(0.5) is False  # reconnected straight into a quiet IDLE
    dovecot.save("INBOX", message(1))
    assert [m.uid for m in imap.fetch_new("inbox", cp)[0]] == ["1"]


def test_server_restart_during_idle(dovecot: Dovecot, imap: ImapMailbox) -> None:
    _, cp = imap.fetch_new("inbox", None)
    restart = later(0.3, dovecot.restart)
    started = time.monotonic()
    assert imap.wait_for_change(10) is True
    assert time.monotonic() - started < 3
    restart.join()
    dovecot.save("INBOX", message(1))
    assert [m.uid for m in imap.fetch_new("inbox", cp)[0]] == ["1"]


def test_peer_vanishing_during_idle_is_found_out(dovecot: Dovecot) -> None:
    with Proxy(dovecot.port) as proxy:
        imap = ImapMailbox(imap_settings(dovecot, port=proxy.port, timeout=0.5), idle_refresh=0.3)
        imap.fetch_new("inbox", None)  # opens the INBOX connection
        later(0.2, proxy.freeze)
        started = time.monotonic()
        assert imap.wait_for_change(30) is True  # DONE got no answer within the timeout
        assert time.monotonic() - started < 3
        assert imap._mb is None  # dropped: the next call reconnects


def test_while_the_server_is_away_the_adapter_fails_fast_and_never_sleeps(
    dovecot: Dovecot,
) -> None:
    """The watcher thread owns the backoff; the adapter only reports, so the delays of
    two owners never add up."""
    slept: list[float] = []
    imap = ImapMailbox(imap_settings(dovecot), sleep=slept.append)
    imap.fetch_new("inbox", None)  # opens the INBOX connection
    dovecot.stop()
    assert imap.wait_for_change(60) is True  # the connection died: look now
    for _ in range(3):
        started = time.monotonic()
        with pytest.raises(SourceError, match="connection refused"):
            imap.wait_for_change(60)
        assert time.monotonic() - started < 1
    assert slept == []
    dovecot.start()
    assert imap.wait_for_change(60) is True  # back: anything may have arrived meanwhile
    assert imap.wait_for_change(0.3) is False  # then a quiet IDLE
    imap.close()


def imap_settings_for_port(port: int, timeout: float = 5.0) -> ImapSettings:
    """Settings for a port where no Dovecot of ours is (nothing, or a black hole)."""
    return ImapSettings(
        name="work",
        host="127.0.0.1",
        port=port,
        security="none",
        username="test",
        password=lambda: "x",
        timeout=timeout,
    )
