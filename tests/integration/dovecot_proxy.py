"""A TCP proxy between the adapter and Dovecot that misbehaves on cue, for fault tests.

- `cut_on=b"[APPENDUID"`: when the server's answer contains these bytes, the connection is
  closed before the client sees them: the server did the work, the client cannot know.
- `black_hole=True`: connections are accepted and never answered (a silent peer).
- `freeze()`: from now on nothing is forwarded either way, and nothing is closed (a peer
  that vanished without a FIN, as behind a NAT that forgot the flow).
Each cut happens `cuts_left` times (once by default); later connections pass through.
Everything passed on is kept (`up`: client to server, `down`: server to client), so a test
can count the bytes and the commands a step cost.
"""

from __future__ import annotations

import contextlib
import re
import select
import socket
import threading


class Proxy:
    def __init__(
        self, target_port: int, *, cut_on: bytes | None = None, black_hole: bool = False
    ) -> None:
        self.target_port = target_port
        self.cut_on = cut_on
        self.black_hole = black_hole
        self.cuts_left = 1
        self.cuts = 0
        self.frozen = threading.Event()
        self.up = bytearray()  # what the client sent
        self.down = bytearray()  # what the server answered
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._sockets: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def commands(self) -> list[bytes]:
        """The tagged commands the client sent so far (`A012 UID FETCH ...`)."""
        return re.findall(rb"(?m)^[A-Z]+\d+ ([A-Z]+(?: [A-Z]+)?)", bytes(self.up))

    def mark(self) -> tuple[int, int]:
        """(bytes up, bytes down) so far: subtract two marks to cost one step."""
        return len(self.up), len(self.down)

    def freeze(self) -> None:
        self.frozen.set()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()

    def __enter__(self) -> Proxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._sockets.append(client)
            if self.black_hole:
                continue
            server = socket.create_connection(("127.0.0.1", self.target_port))
            self._sockets.append(server)
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        peers = {client: server, server: client}
        while not self._stop.is_set():
            try:
                self._pass_on(peers, client, server)
            except (OSError, ValueError):  # closed under us (close(), or a cut)
                return

    def _pass_on(
        self,
        peers: dict[socket.socket, socket.socket],
        client: socket.socket,
        server: socket.socket,
    ) -> None:
        while True:
            ready, _, _ = select.select(list(peers), [], [], 0.05)
            if self._stop.is_set():
                return
            if self.frozen.is_set():
                continue
            for sock in ready:
                data = sock.recv(65536)
                if not data or self._cut(sock is server, data, client, server):
                    for s in (client, server):
                        with contextlib.suppress(OSError):
                            s.shutdown(socket.SHUT_RDWR)
                        s.close()
                    raise OSError("cut")
                (self.down if sock is server else self.up).extend(data)
                peers[sock].sendall(data)

    def _cut(
        self, from_server: bool, data: bytes, client: socket.socket, server: socket.socket
    ) -> bool:
        if not (from_server and self.cut_on and self.cuts_left > 0 and self.cut_on in data):
            return False
        before = data[: data.index(self.cut_on)]
        with contextlib.suppress(OSError):
            client.sendall(before[: len(before) // 2])  # a response broken off mid-way
        self.cuts_left -= 1
        self.cuts += 1
        return True
