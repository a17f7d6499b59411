"""sd_notify over a real AF_UNIX datagram socket, filesystem and abstract addresses."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from followup.notify import Notifier


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(2)
    yield sock, str(path)
    sock.close()


def receive(sock: socket.socket) -> list[str]:
    return sock.recv(4096).decode().split("\n")


def test_ready_status_watchdog_stopping(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    notifier = Notifier({"NOTIFY_SOCKET": path})
    assert notifier.ready("idle on INBOX")
    assert receive(sock) == ["READY=1", "STATUS=idle on INBOX"]
    assert notifier.status("backing off 120 s: authentication failed")
    assert receive(sock) == ["STATUS=backing off 120 s: authentication failed"]
    assert notifier.watchdog()
    assert receive(sock) == ["WATCHDOG=1"]
    assert notifier.stopping()
    assert receive(sock) == ["STOPPING=1", "STATUS=stopping"]


def test_a_manager_that_stopped_reading_never_stalls_the_service(
    listener: tuple[socket.socket, str],
) -> None:
    sock, path = listener
    notifier = Notifier({"NOTIFY_SOCKET": path})
    sent: list[bool] = []
    sender = threading.Thread(
        target=lambda: sent.extend(notifier.watchdog() for _ in range(30)), daemon=True
    )
    sender.start()  # nobody reads: the manager's queue fills up
    sender.join(1)
    assert not sender.is_alive(), "a notification waited for the manager to read"
    assert sent[0] and not sent[-1]  # the first went through; the rest were dropped
    assert receive(sock) == ["WATCHDOG=1"]


def test_unchanged_status_is_not_repeated(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    notifier = Notifier({"NOTIFY_SOCKET": path})
    assert notifier.status("idle on INBOX")
    assert not notifier.status("idle on INBOX")
    assert notifier.status("polling 2 sources")
    assert receive(sock) == ["STATUS=idle on INBOX"]
    assert receive(sock) == ["STATUS=polling 2 sources"]


def test_status_is_one_line_and_short(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    Notifier({"NOTIFY_SOCKET": path}).status("two\nlines\nREADY=1 " + "x" * 500)
    (field,) = receive(sock)
    assert field.startswith("STATUS=two lines READY=1 x")
    assert len(field) <= len("STATUS=") + 200


def test_abstract_namespace_address() -> None:
    name = f"followup-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(2)
        assert Notifier({"NOTIFY_SOCKET": "@" + name}).ready()
        assert receive(sock) == ["READY=1"]


def test_without_systemd_everything_is_a_quiet_no_op() -> None:
    notifier = Notifier({})
    assert not notifier.enabled
    assert not notifier.ready("x")
    assert not notifier.watchdog()
    assert notifier.watchdog_interval is None


def test_a_vanished_socket_never_raises(tmp_path: Path) -> None:
    assert not Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone.sock")}).ready()


@pytest.mark.parametrize(
    ("env", "interval"),
    [
        ({"WATCHDOG_USEC": "120000000"}, 60.0),
        ({"WATCHDOG_USEC": "120000000", "WATCHDOG_PID": str(os.getpid())}, 60.0),
        ({"WATCHDOG_USEC": "120000000", "WATCHDOG_PID": "1"}, None),
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
        ({}, None),
    ],
)
def test_watchdog_interval_is_half_of_watchdog_usec(
    env: dict[str, str], interval: float | None
) -> None:
    assert Notifier(env).watchdog_interval == interval
