"""A counting TCP proxy on loopback between a client and Dovecot: bytes each way, connections,
and IMAP commands (tagged lines from the client: each one is a round trip, imaplib waits for
its tagged answer). Two threads per connection with blocking reads keep the added latency to
a few microseconds a round trip."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from dataclasses import dataclass, field

# A command line: a tag, a space, a command word (literal data in APPEND is skipped below).
COMMAND = re.compile(rb"^[A-Za-z0-9.]+ (UID )?([A-Za-z]+)")
LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")


@dataclass
class Counts:
    connections: int = 0
    to_server: int = 0
    from_server: int = 0
    commands: dict[str, int] = field(default_factory=dict)

    @property
    def round_trips(self) -> int:
        return sum(self.commands.values())


class CountingProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.counts = Counts()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self) -> Counts:
        """The counts so far; counting starts again from zero."""
        with self._lock:
            counts, self.counts = self.counts, Counts()
        return counts

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sockets += [client, server]
            with self._lock:
                self.counts.connections += 1
            threading.Thread(target=self._up, args=(client, server), daemon=True).start()
            threading.Thread(target=self._down, args=(server, client), daemon=True).start()

    def _down(self, server: socket.socket, client: socket.socket) -> None:
        while data := _recv(server):
            with self._lock:
                self.counts.from_server += len(data)
            if not _send(client, data):
                break
        _close(client, server)

    def _up(self, client: socket.socket, server: socket.socket) -> None:
        pending, skip = b"", 0
        while data := _recv(client):
            with self._lock:
                self.counts.to_server += len(data)
            pending, skip = self._commands(pending + data, skip)
            if not _send(server, data):
                break
        _close(client, server)

    def _commands(self, buffer: bytes, skip: int) -> tuple[bytes, int]:
        """Count complete command lines; skip literal bytes announced by `{n}`."""
        while buffer:
            if skip:
                taken = min(skip, len(buffer))
                buffer, skip = buffer[taken:], skip - taken
                continue
            end = buffer.find(b"\r\n")
            if end < 0:
                return buffer, 0
            line, buffer = buffer[: end + 2], buffer[end + 2 :]
            if (match := COMMAND.match(line)) and line[:4].upper() != b"DONE":
                name = match.group(2).decode().upper()
                name = f"UID {name}" if match.group(1) else name
                with self._lock:
                    self.counts.commands[name] = self.counts.commands.get(name, 0) + 1
            if literal := LITERAL.search(line):
                skip = int(literal.group(1))
        return b"", skip


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(1 << 18)
    except OSError:
        return b""


def _send(sock: socket.socket, data: bytes) -> bool:
    try:
        sock.sendall(data)  # not mail: a socket
    except OSError:
        return False
    return True


def _close(*socks: socket.socket) -> None:
    for sock in socks:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
