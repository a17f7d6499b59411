"""sd_notify without libsystemd: one datagram to `$NOTIFY_SOCKET` per state change.

systemd (Type=notify) waits for `READY=1`, shows the last `STATUS=` in `systemctl status`,
restarts the service when `WATCHDOG=1` stops arriving within `WatchdogSec=`, and logs
`STOPPING=1`. Outside systemd (no `$NOTIFY_SOCKET`) every call is a no-op.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

from .log import redact

log = logging.getLogger(__name__)

MAX_STATUS = 200  # systemctl shows one line; keep STATUS= short and single-line


def _address(raw: str) -> str | bytes | None:
    """`@name` is Linux's abstract namespace (a leading NUL byte); `/path` a filesystem socket."""
    if raw.startswith("@"):
        return b"\0" + raw[1:].encode()
    if raw.startswith("/"):
        return raw
    return None  # vsock and other forms are not used on a desktop; ignore them


class Notifier:
    """Sends notifications to the service manager. Never raises: the service must not stop
    because systemd went away (a failed send is logged once at debug level)."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self.address = _address(env.get("NOTIFY_SOCKET", ""))
        self.watchdog_interval = _watchdog_interval(env)
        self._last_status: str | None = None

    @property
    def enabled(self) -> bool:
        return self.address is not None

    def emit(self, *fields: str) -> bool:
        """One datagram with `fields` joined by newlines. True when it was delivered."""
        if self.address is None:
            return False
        payload = "\n".join(fields).encode()
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                # never wait: when the manager's queue is full (10 datagrams by default) the
                # notification is dropped rather than stall the loop, or a stop
                sock.setblocking(False)
                sock.sendto(payload, self.address)
        except OSError as err:
            log.debug("sd_notify failed: %s", err)
            return False
        return True

    def ready(self, status: str = "") -> bool:
        fields = ["READY=1", *([_status(status)] if status else [])]
        self._last_status = status or self._last_status
        return self.emit(*fields)

    def status(self, text: str) -> bool:
        """Send `STATUS=` only when it changed, so a loop can call this every second."""
        if text == self._last_status:
            return False
        self._last_status = text
        return self.emit(_status(text))

    def watchdog(self) -> bool:
        return self.emit("WATCHDOG=1")

    def extend_timeout(self, seconds: float) -> bool:
        """Ask for `seconds` more before the current start (or stop) times out."""
        return self.emit(f"EXTEND_TIMEOUT_USEC={int(seconds * 1_000_000)}")

    def stopping(self, status: str = "stopping") -> bool:
        return self.emit("STOPPING=1", _status(status))

    def reloading(self) -> bool:
        return self.emit("RELOADING=1")


def _status(text: str) -> str:
    line = " ".join(redact(text).split())  # newlines would start a new field
    return "STATUS=" + line[:MAX_STATUS]


def _watchdog_interval(env: Mapping[str, str]) -> float | None:
    """Half of `WATCHDOG_USEC`, in seconds, as sd_watchdog_enabled(3) recommends; None when
    there is no watchdog or it is meant for another process (`WATCHDOG_PID`)."""
    try:
        usec = int(env.get("WATCHDOG_USEC", "0"))
    except ValueError:
        return None
    pid = env.get("WATCHDOG_PID")
    if usec <= 0 or (pid and pid != str(os.getpid())):
        return None
    return usec / 2_000_000
