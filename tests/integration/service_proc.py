"""Running `followup run` as the service manager would: a child process with a fake
`NOTIFY_SOCKET` (a real AF_UNIX datagram socket the test reads), signals, exit codes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

READY_TIMEOUT = 120.0  # the first cycle loads the spaCy pipeline: seconds, on a slow CI box


class NotifySocket:
    """Collects every sd_notify datagram the service sends, reading all the time as systemd
    does (the service drops notifications rather than wait for a reader)."""

    def __init__(self) -> None:
        # the abstract namespace (`@name`): no path-length limit, nothing left on disk
        self.name = f"followup-test-{os.getpid()}-{time.monotonic_ns()}"
        self.address = "@" + self.name
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind("\0" + self.name)
        self.sock.settimeout(0.1)  # to notice close()
        self.fields: list[str] = []
        self._arrived = threading.Condition()
        self._closed = threading.Event()
        self._reader = threading.Thread(target=self._read, name="notify-socket", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while not self._closed.is_set():
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            with self._arrived:
                self.fields.extend(data.decode().split("\n"))
                self._arrived.notify_all()

    def wait_for(self, wanted: str, timeout: float) -> bool:
        """Until a field starting with `wanted` arrives (or was already received)."""
        with self._arrived:
            return self._arrived.wait_for(
                lambda: any(f.startswith(wanted) for f in self.fields), timeout
            )

    def close(self) -> None:
        self._closed.set()
        self._reader.join(1)
        self.sock.close()


@dataclass
class Service:
    proc: subprocess.Popen[bytes]
    notify: NotifySocket
    log: Path
    started: float = field(default_factory=time.monotonic)

    def ready(self, timeout: float = READY_TIMEOUT) -> None:
        end = time.monotonic() + timeout
        while not self.notify.wait_for("READY=1", 0.5):
            if self.proc.poll() is not None or time.monotonic() > end:
                code = self.proc.poll()
                self.proc.kill()
                raise AssertionError(
                    f"no READY=1 (exit code {code}); notifications {self.notify.fields}; "
                    f"log:\n{self.output()}"
                )

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
