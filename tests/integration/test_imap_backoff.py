"""Reconnect backoff: exponential, jittered, capped, reset by a success. No waiting."""

from __future__ import annotations

from followup.mail.imap_conn import Backoff, is_loopback


def test_delays_double_up_to_the_cap_with_jitter() -> None:
    low = Backoff(base=2, cap=60, rand=lambda: 0.0)
    high = Backoff(base=2, cap=60, rand=lambda: 1.0)
    assert low.delay() == high.delay() == 0.0
    lows, highs = [], []
    for _ in range(7):
        low.failed()
        high.failed()
        lows.append(low.delay())
        highs.append(high.delay())
    assert highs == [2, 4, 8, 16, 32, 60, 60]
    assert lows == [h / 2 for h in highs]  # jitter spreads between half and all of it


def test_success_resets_and_wait_is_bounded() -> None:
    slept: list[float] = []
    backoff = Backoff(base=10, cap=100, rand=lambda: 1.0, sleep=slept.append)
    for _ in range(3):
        backoff.failed()
    assert backoff.wait(limit=5) == 5 and slept == [5]  # never beyond the caller's timeout
    backoff.succeeded()
    assert backoff.wait(limit=5) == 0 and slept == [5]


def test_loopback_hosts() -> None:
    assert all(map(is_loopback, ["localhost", "127.0.0.1", "127.8.9.1", "::1", "[::1]"]))
    assert not any(map(is_loopback, ["imap.example.net", "10.0.0.1", "localhost.evil.com"]))
