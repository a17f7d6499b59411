"""One instance per state directory: an advisory `fcntl` lock on `<state_dir>/followup.lock`.

The kernel drops the lock when the process dies, even by `kill -9`, so a stale lock file
never blocks a restart. The file holds the owner's pid, for the error message only.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from .errors import UserError

EX_ALREADY_RUNNING = 75  # EX_TEMPFAIL: try again when the other instance has stopped
LOCK_NAME = "followup.lock"
EX_IOERR = 74


class AlreadyRunningError(UserError):
    exit_code = EX_ALREADY_RUNNING


class InstanceLock:
    """`with InstanceLock(state_dir):`; `AlreadyRunningError` when another process holds it."""

    def __init__(self, state_dir: Path) -> None:
        self.path = Path(state_dir) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as err:  # the first thing `run` writes: say which setting to change
            folder = self.path.parent
            why = "a file" if folder.is_file() else err.strerror
            raise UserError(
                f"cannot use {folder} for the state: {why} (make it a folder you can write, "
                "or set state_dir in the settings)",
                exit_code=EX_IOERR,
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = _read_pid(fd)
            os.close(fd)
            who = f" (pid {owner})" if owner else ""
            raise AlreadyRunningError(
                f"another followup is already running on {self.path.parent}{who}; "
                "stop it first (systemctl --user stop followup) or use another state_dir"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock; the file stays (harmless, reused)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _read_pid(fd: int) -> str:
    try:
        return os.pread(fd, 32, 0).decode().strip()
    except OSError:
        return ""
