"""The publish client against a real HTTP server on loopback that misbehaves."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from studio.cli import main
from studio.publishing import PublishError, Retry, idempotency_key, publish


class Server:
    """Answers each POST from a script: 'drop', a status, or 'ok'."""

    def __init__(self, script: list):
        self.script = list(script)
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):  # noqa: N802 - the name http.server calls
                length = int(self.headers["Content-Length"])
                step = outer.script.pop(0) if outer.script else "ok"
                if step == "drop":
                    self.rfile.read(length // 2)
                    self.connection.close()
                    return
                body = self.rfile.read(length)
                outer.requests.append(
                    {
                        "key": self.headers["Idempotency-Key"],
                        "auth": self.headers["Authorization"],
                        "body": body,
                    }
                )
                if step == "ok":
                    self._answer(
                        201, {"package": "p1", "template": "t", "version": "v1"}
                    )
                elif step == 422:
                    self._answer(
                        422,
                        {
                            "error": {
                                "code": "zip_path",
                                "message": "entry '../x' leaves the package",
                                "where": "../x",
                            }
                        },
                    )
                else:
                    self._answer(step, {"error": {"code": "busy", "message": "busy"}})

            def _answer(self, status, data):
                payload = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def package(tmp_path):
    path = tmp_path / "p.zip"
    path.write_bytes(b"PK" + bytes(range(256)) * 4000)  # about 1 MB
    return path


def no_wait(_seconds):
    pass


def test_dropped_connections_and_5xx_are_retried_with_one_key(package):
    with Server(["drop", 503, "drop", "ok"]) as server:
        result = publish(package, server.url, "secret", sleep=no_wait)
    assert result.attempts == 4 and result.package == "p1"
    keys = {request["key"] for request in server.requests}
    assert keys == {idempotency_key(package)}
    assert all(r["auth"] == "Bearer secret" for r in server.requests)
    assert server.requests[-1]["body"] == package.read_bytes()


def test_a_refusal_is_final_and_names_the_reason(package):
    with Server([422]) as server:
        with pytest.raises(PublishError) as caught:
            publish(package, server.url, "secret", sleep=no_wait)
    assert caught.value.code == "zip_path"
    assert caught.value.where == "../x"
    assert len(server.requests) == 1


def test_giving_up_says_how_often_it_tried(package):
    waits = []
    with Server([503] * 3) as server:
        with pytest.raises(PublishError, match="gave up after 3 attempts"):
            publish(
                package, server.url, "t", retry=Retry(attempts=3), sleep=waits.append
            )
    assert len(waits) == 2 and waits[1] > waits[0]


def test_progress_reaches_the_whole_size(package):
    seen = []
    with Server(["ok"]) as server:
        publish(package, server.url, "t", progress=lambda s, t: seen.append((s, t)))
    size = package.stat().st_size
    assert seen[-1] == (size, size)
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)


def test_cancel_stops_before_the_next_attempt(package):
    cancel = threading.Event()
    cancel.set()
    with Server(["ok"]) as server:
        with pytest.raises(PublishError, match="cancelled"):
            publish(package, server.url, "t", cancel=cancel)
    assert server.requests == []


@pytest.mark.parametrize(
    "server, message",
    [
        ("ftp://x", "is not a server address"),
        ("http://delivery.example.org", "publish over https"),
    ],
)
def test_bad_server_addresses_are_refused(package, server, message):
    with pytest.raises(PublishError, match=message):
        publish(package, server, "t")


def test_the_command_reports_in_one_line(package, capsys):
    with Server([422]) as server:
        code = main(["publish", str(package), "--server", server.url, "--token", "t"])
    err = capsys.readouterr().err
    assert code == 1
    lines = err.splitlines()
    assert all(line.startswith("upload: ") for line in lines[:-1])
    assert (
        "not published: entry '../x' leaves the package (zip_path) at ../x" in lines[-1]
    )
    with Server(["ok"]) as server:
        assert (
            main(["publish", str(package), "--server", server.url, "--token", "t"]) == 0
        )
    assert "published as package p1" in capsys.readouterr().out


def test_a_missing_package_is_bad_input(tmp_path, capsys):
    code = main(["publish", str(tmp_path / "no.zip"), "--server", "http://127.0.0.1:1"])
    assert code == 2
    assert "no such package file" in capsys.readouterr().err
