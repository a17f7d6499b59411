"""Running `followup run` as the service manager would: a child process with a fake
`NOTIFY_SOCKET` (a real AF_UNIX datagram socket the test reads), signals, exit codes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

READY_TIMEOUT = 120.0  # the first cycle loads the spaCy pipeline: seconds, on a slow CI box


class NotifySocket:
    """Collects every sd_notify datagram the service sends."""

    def __init__(self) -> None:
        # the abstract namespace (`@name`): no path-length limit, nothing left on disk
        self.name = f"followup-test-{os.getpid()}-{time.monotonic_ns()}"
        self.address = "@" + self.name
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind("\0" + self.name)
        self.fields: list[str] = []

    def wait_for(self, wanted: str, timeout: float) -> bool:
        """Until a field starting with `wanted` arrives (or was already received)."""
        end = time.monotonic() + timeout
        seen = len(self.fields)
        if any(f.startswith(wanted) for f in self.fields):
            return True
        while time.monotonic() < end:
            self.sock.settimeout(max(0.01, end - time.monotonic()))
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                break
            self.fields.extend(data.decode().split("\n"))
            if any(f.startswith(wanted) for f in self.fields[seen:]):
                return True
        return False

    def close(self) -> None:
        self.sock.close()


@dataclass
class Service:
    proc: subprocess.Popen[bytes]
    notify: NotifySocket
    log: Path
    started: float = field(default_factory=time.monotonic)

    def ready(self, timeout: float = READY_TIMEOUT) -> None:
        if not self.notify.wait_for("READY=1", timeout):
            self.proc.kill()
            raise AssertionError(f"no READY=1 within {timeout} s; log:\n{self.output()}")

    def signal(self, sig: signal.Signals) -> None:
        os.kill(self.proc.pid, sig)

    def wait(self, timeout: float) -> int | None:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def threads_taking_signals(self) -> list[str]:
        """The threads besides the main one that do not block SIGTERM, SIGINT and SIGHUP
        (any such thread could take a stop signal the main loop then notices late)."""
        wanted = sum(1 << (sig - 1) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP))
        taking = []
        for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
            status = (task / "status").read_text()
            blocked = int(status.split("SigBlk:")[1].split()[0], 16)
            if task.name != str(self.proc.pid) and blocked & wanted != wanted:
                taking.append(f"{task.name} ({(task / 'comm').read_text().strip()})")
        return taking

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def wait_for_log(self, text: str, timeout: float) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if text in self.output():
                return True
            if self.proc.poll() is not None:
                return text in self.output()
            time.sleep(0.05)
        return False

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.notify.close()


def start(
    config: Path,
    where: Path,
    *args: str,
    env: dict[str, str] | None = None,
    journal: bool = False,
) -> Service:
    """`followup run` with the fake NOTIFY_SOCKET; `journal`: stderr (the log file) is
    announced as the journal's stream, as systemd does with JOURNAL_STREAM."""
    notify = NotifySocket()
    log = where / f"followup-{time.monotonic_ns()}.log"
    environ = {
        **os.environ,
        "NOTIFY_SOCKET": notify.address,
        "XDG_CONFIG_HOME": str(where / "xdg-config"),
        "XDG_STATE_HOME": str(where / "xdg-state"),
        **(env or {}),
    }
    environ.pop("JOURNAL_STREAM", None)
    with log.open("wb") as out:
        if journal:
            stat = os.fstat(out.fileno())
            environ["JOURNAL_STREAM"] = f"{stat.st_dev}:{stat.st_ino}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "followup", "run", "--config", str(config), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=environ,
        )
    return Service(proc, notify, log)
