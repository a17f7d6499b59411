"""Reconnecting to a server that is away: one owner of the backoff (the watcher thread),
jittered and exponential, and the adapter behind it making exactly one attempt per step."""

from __future__ import annotations

import random
import threading
import time

import pytest
from dovecot import Dovecot, imap_settings
from followup.mail.imap import ImapMailbox
from followup.mail.imap_conn import is_loopback
from followup.watch import Backoff, WatcherThread
from imap_tools import BaseMailBox

pytestmark = pytest.mark.integration


def test_delays_double_up_to_the_cap_with_jitter() -> None:
    backoff = Backoff(base=2, cap=60, rng=random.Random(7))
    delays = [backoff.failed() for _ in range(8)]
    ceilings = [2, 4, 8, 16, 32, 60, 60, 60]
    assert all(c / 2 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert len(set(delays[-3:])) == 3  # jittered: clients that failed together spread out
    backoff.succeeded()
    assert backoff.failures == 0 and backoff.failed() <= 2


class Counting(ImapMailbox):
    """The real adapter, counting its connection attempts."""

    attempts = 0

    def _session(self) -> BaseMailBox:
        if self._mb is None:
            self.attempts += 1
        return super()._session()


def test_the_watcher_backs_off_and_the_adapter_tries_once_per_step(dovecot: Dovecot) -> None:
    imap = Counting(imap_settings(dovecot, timeout=2.0))
    imap.fetch_new("inbox", None)  # opens the INBOX connection
    changed = threading.Event()
    thread = WatcherThread("work", imap, lambda _name: changed.set(), interval=60)
    thread.backoff = Backoff(base=0.05, cap=0.4, rng=random.Random(1))
    dovecot.stop()
    thread.start()
    assert changed.wait(5)  # the dead connection: a cycle now
    changed.clear()
    time.sleep(1.0)
    failures, attempts = thread.backoff.failures, imap.attempts
    assert 3 <= failures <= 12  # 0.05, 0.1, 0.2, 0.4, 0.4...: not a busy loop
    assert attempts - 1 in (failures, failures + 1)  # one connect per step, no hidden retries
    dovecot.start()
    assert changed.wait(5)  # back: a cycle catches up
    assert thread.backoff.failures == 0
    thread.stop()


def test_loopback_hosts() -> None:
    assert all(map(is_loopback, ["localhost", "127.0.0.1", "127.8.9.1", "::1", "[::1]"]))
    assert not any(map(is_loopback, ["imap.example.net", "10.0.0.1", "localhost.evil.com"]))
