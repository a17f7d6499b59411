"""Issue 7's "done when", against a real Dovecot: `followup run` with a fake NOTIFY_SOCKET
says READY=1, an invitation appended to INBOX is recorded within 5 seconds through IDLE (the
poll interval is 5 minutes, so only push explains it), SIGTERM exits 0; and a `kill -9` in the
middle of a cycle followed by a restart leaves no duplicate draft."""

from __future__ import annotations

import signal
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from dovecot import Dovecot, running_dovecot
from dovecot_proxy import Proxy
from followup.demo import demo_expected
from service_proc import Service, start

pytestmark = pytest.mark.integration

DEMO = Path(__file__).resolve().parents[2] / "daemon" / "demo" / "Maildir"
INVITATION_ID = "calendar-5f0c2a9e-7d41-4b8a-9c13-2e6f8b0d4a71@google.com"
PICKUP_WITHIN = 5.0


def demo_messages() -> list[bytes]:
    files = sorted(p for sub in ("cur", "new") for p in (DEMO / sub).glob("*") if p.is_file())
    return [p.read_bytes() for p in files]


def invitation() -> bytes:
    (data,) = [m for m in demo_messages() if INVITATION_ID.encode() in m.split(b"\n\n", 1)[0]]
    return data


def write_config(home: Path, server: Dovecot, port: int | None = None, timeout: int = 10) -> Path:
    me = demo_expected()["me"]
    secret = home / "imap-password"
    secret.write_text(server.password + "\n")
    secret.chmod(0o600)
    config = home / "config.yaml"
    config.write_text(f"""\
me:
  name: {me["name"]}
  email: {me["email"]}
  timezone: {me["timezone"]}
  country: {me["country"]}
mailboxes:
  - type: imap
    name: work
    host: 127.0.0.1
    port: {port or server.port}
    security: none
    username: {server.user}
    password_file: {secret}
    poll_seconds: 300
    timeout: {timeout}
state_dir: {home / "state"}
""")
    return config


@pytest.fixture
def server() -> Iterator[Dovecot]:
    with running_dovecot() as dovecot:
        yield dovecot


@pytest.fixture
def services() -> Iterator[list[Service]]:
    started: list[Service] = []
    yield started
    for service in started:
        service.stop()


def run(config: Path, services: list[Service]) -> Service:
    service = start(config, config.parent, "--now", demo_expected()["now"])
    services.append(service)
    return service


def recorded(config: Path, message_id: str) -> bool:
    database = config.parent / "state" / "record.sqlite"
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        row = conn.execute(
            "SELECT application_id FROM messages WHERE message_id = ?", (message_id,)
        ).fetchone()
    return row is not None and row[0] is not None


def test_an_invitation_is_recorded_within_5_seconds_through_idle(
    tmp_path: Path, server: Dovecot, services: list[Service]
) -> None:
    server.append_many("INBOX", [m for m in demo_messages() if m != invitation()])
    config = write_config(tmp_path, server)
    offset = server.log_offset()
    service = run(config, services)
    service.ready()
    assert service.notify.wait_for("STATUS=idle on work", 10), service.notify.fields
    assert not recorded(config, INVITATION_ID)
    time.sleep(1)  # let the watcher's connection settle into IDLE

    appended = time.monotonic()
    server.save("INBOX", invitation())
    while not recorded(config, INVITATION_ID):
        assert time.monotonic() - appended < PICKUP_WITHIN, service.output()
        time.sleep(0.05)
    print(f"recorded {time.monotonic() - appended:.2f} s after APPEND")
    assert service.wait_for_log("cycle 2:", 10), service.output()  # summed up in the log

    assert service.threads_taking_signals() == []  # the IDLE watcher's included: main only
    service.signal(signal.SIGTERM)
    assert service.wait(5) == 0, service.output()
    assert server.changes(offset) == []  # the user's messages untouched: no flag, no expunge
    assert server.password not in service.output()


def test_sigterm_while_the_server_stopped_answering_exits_0_within_5_seconds(
    tmp_path: Path, server: Dovecot, services: list[Service]
) -> None:
    """The laptop lid case: the server vanished without a word. The goodbye (LOGOUT) would
    wait out the 60 s socket timeout; the stop does not wait for it."""
    server.append_many("INBOX", demo_messages()[:3])
    with Proxy(server.port) as proxy:
        config = write_config(tmp_path, server, port=proxy.port, timeout=60)
        service = run(config, services)
        service.ready()
        assert service.notify.wait_for("STATUS=idle on work", 10), service.notify.fields
        proxy.freeze()
        sent = time.monotonic()
        service.signal(signal.SIGTERM)
        assert service.wait(5) == 0, service.output()
        print(f"stopped {time.monotonic() - sent:.2f} s after SIGTERM")
    assert "Traceback" not in service.output()


def draft_keys(server: Dovecot) -> Counter[str]:
    return Counter(
        d["hdr.x-followup-key"] for d in server.fetch("Drafts", "uid hdr.x-followup-key")
    )


def test_kill_9_mid_cycle_then_restart_leaves_no_duplicate_draft(
    tmp_path: Path, server: Dovecot, services: list[Service]
) -> None:
    server.append_many("INBOX", demo_messages())
    config = write_config(tmp_path, server)
    first = run(config, services)
    deadline = time.monotonic() + 120
    while not draft_keys(server):
        assert first.proc.poll() is None and time.monotonic() < deadline, first.output()
        time.sleep(0.005)
    first.signal(signal.SIGKILL)
    assert first.wait(5) == -signal.SIGKILL
    before = draft_keys(server)

    second = run(config, services)
    second.ready()
    second.signal(signal.SIGTERM)
    assert second.wait(5) == 0, second.output()
    after = draft_keys(server)
    assert max(after.values()) == 1, f"duplicate drafts: {after}"
    assert set(before) <= set(after)
    assert len(after) >= len(demo_expected()["drafts"])
