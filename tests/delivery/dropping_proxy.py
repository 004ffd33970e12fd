"""A TCP proxy on loopback that drops connections the way a bad network does.

The first ``cut_bodies`` connections pass the request's head and only part of its
body, then close both ways, as a connection lost mid-upload. The next
``lose_answers`` pass the whole request but close before the answer gets back, as
a connection lost after the server has done the work. Every later connection is
relayed whole.
"""

from __future__ import annotations

import socket
import threading


class DroppingProxy:
    def __init__(self, target_port: int, *, cut_bodies: int = 0, lose_answers: int = 0):
        self.target = ("127.0.0.1", target_port)
        self.cut_bodies = cut_bodies
        self.lose_answers = lose_answers
        self.connections = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self._lock:
                index = self.connections
                self.connections += 1
            threading.Thread(
                target=self._relay, args=(client, index), daemon=True
            ).start()

    def _relay(self, client: socket.socket, index: int) -> None:
        upstream = socket.create_connection(self.target, timeout=30)
        client.settimeout(30)
        try:
            head, body_start = _read_head(client)
            length = _content_length(head)
            if index < self.cut_bodies:
                part = max(1, length // 3)
                upstream.sendall(head + _read_exactly(client, body_start, part))
                return
            upstream.sendall(head + _read_exactly(client, body_start, length))
            answer_head, answer_start = _read_head(upstream)
            answer = answer_head + _read_exactly(
                upstream, answer_start, _content_length(answer_head)
            )
            if index < self.cut_bodies + self.lose_answers:
                return
            client.sendall(answer)
        except OSError:
            pass
        finally:
            for side in (client, upstream):
                try:
                    side.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                side.close()


def _read_head(stream: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = stream.recv(65536)
        if not chunk:
            raise OSError("closed before the head ended")
        data += chunk
    end = data.index(b"\r\n\r\n") + 4
    return data[:end], data[end:]


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _read_exactly(stream: socket.socket, start: bytes, length: int) -> bytes:
    data = start
    while len(data) < length:
        chunk = stream.recv(min(1 << 20, length - len(data)))
        if not chunk:
            raise OSError("closed before the body ended")
        data += chunk
    return data[:length]
