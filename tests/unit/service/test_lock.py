"""One instance per state directory; the lock dies with its process, even by kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from followup.lock import EX_ALREADY_RUNNING, AlreadyRunningError, InstanceLock

HOLD = """
import sys, time
from pathlib import Path
from followup.lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


def hold_in_child(state: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(state)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    return child


def test_second_instance_is_refused_with_the_owner_pid(tmp_path: Path) -> None:
    child = hold_in_child(tmp_path)
    try:
        with pytest.raises(AlreadyRunningError) as caught, InstanceLock(tmp_path):
            pass
        assert caught.value.exit_code == EX_ALREADY_RUNNING
        message = str(caught.value)
        assert f"pid {child.pid}" in message
        assert str(tmp_path) in message
        assert "\n" not in message
    finally:
        child.kill()
        child.wait()


def test_kill_9_releases_the_lock(tmp_path: Path) -> None:
    child = hold_in_child(tmp_path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with InstanceLock(tmp_path) as lock:
        assert lock.path.read_text().strip() == str(os.getpid())


def test_release_lets_the_next_one_in_and_creates_private_dirs(tmp_path: Path) -> None:
    state = tmp_path / "new" / "state"
    first = InstanceLock(state)
    first.acquire()
    assert oct(state.stat().st_mode & 0o777) == "0o700"
    assert oct(first.path.stat().st_mode & 0o777) == "0o600"
    first.release()
    started = time.monotonic()
    with InstanceLock(state):
        pass
    assert time.monotonic() - started < 1
