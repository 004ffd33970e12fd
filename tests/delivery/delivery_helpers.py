"""The delivery server on loopback for the tests: a real socket, a real client.

The server runs in an event loop of its own thread (aiohttp's ``TestServer`` on
127.0.0.1, port chosen by the system); the tests talk to it with ``http.client``
as any browser or back office would. The sample package is exported once per run
with ``helder export`` (it takes a while) and signed with the studio's key, which
lives in the tests' own configuration folder (see tests/conftest.py).
"""

from __future__ import annotations

import asyncio
import functools
import http.client
import json
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp.test_utils import TestServer

from studio.delivery.app import make_app, open_storage
from studio.delivery.context import ServerConfig
from studio.resources import ROOT, SAMPLE_PROJECT

TOKEN = "test-publish-token-0123456789"
EXPORT_SIZE = "320x180"


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self):
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


class RunningServer:
    """One delivery server on loopback, in a thread with its own event loop."""

    def __init__(
        self, data_dir: Path, *, trusted_keys=None, store=None, payments=None, **config
    ):
        self.data_dir = data_dir
        if trusted_keys is None:
            trusted_keys = [studio_public_key()]
        self.config = ServerConfig(
            data_dir=data_dir, token=TOKEN, trusted_keys=trusted_keys, **config
        )
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.db, local = open_storage(data_dir)
        self.store = store or local
        self.app = make_app(self.config, self.db, self.store, payments)
        self.server = TestServer(self.app, host="127.0.0.1", port=0)
        self.call(self.server.start_server())
        self.port = self.server.port
        self.url = f"http://127.0.0.1:{self.port}"

    def call(self, coroutine, timeout: float = 60):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def stop(self) -> None:
        self.call(self.server.close())
        self.db.close()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()

    # -- requests -------------------------------------------------------------

    def request(self, method: str, path: str, body=None, headers=None) -> Answer:
        return request(self.url, method, path, body, headers)

    def get(self, path: str, headers=None) -> Answer:
        return self.request("GET", path, headers=headers)

    def post_json(self, path: str, data, *, token: str | None = None) -> Answer:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return self.request("POST", path, json.dumps(data).encode(), headers)

    def publish(self, package: bytes, *, token=TOKEN, key="key-1") -> Answer:
        headers = {"Content-Type": "application/zip"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if key:
            headers["Idempotency-Key"] = key
        return self.request("POST", "/api/packages", package, headers)

    def create_view(self, package: str, dossier: dict, language: str = "nl"):
        data = {"package": package, "language": language, "dossier": dossier}
        return self.post_json("/api/views", data, token=TOKEN)

    def events(self, fmt: str = "jsonl") -> Answer:
        return self.get(
            f"/api/events?since=0&format={fmt}",
            headers={"Authorization": f"Bearer {TOKEN}"},
        )

    def event_rows(self) -> list[dict]:
        answer = self.events()
        assert answer.status == 200, answer.body
        return [json.loads(line) for line in answer.text.splitlines() if line]

    def table(self, name: str) -> list[dict]:
        return [dict(row) for row in self.db.all(f"SELECT * FROM {name}")]


def request(url: str, method: str, path: str, body=None, headers=None) -> Answer:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()


def studio_public_key() -> bytes:
    from studio.package.signing import studio_key

    return studio_key().public


@functools.cache
def exported_package() -> bytes:
    """The sample project's package, exported once for the whole test run."""
    output = Path(tempfile.mkdtemp(prefix="helder-test-package-")) / "sample.zip"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "studio.cli",
            "export",
            str(SAMPLE_PROJECT),
            "-o",
            str(output),
            "--size",
            EXPORT_SIZE,
        ],
        check=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=1200,
    )
    return output.read_bytes()


# A dossier for the sample template, as a back office sends it.
DOSSIER = {
    "customer_id": "K-1002",
    "first_name": "Mehmet",
    "last_name": "Yılmaz",
    "language": "nl",
    "amount_due": "1234.56",
    "due_date": "2027-01-20",
    "invoice_number": "F2026-0002",
    "email": "m.yilmaz@voorbeeld.nl",
}


def dossier_values(dossier: dict) -> list[str]:
    """The dossier's values as text, to look for where none may appear; the
    language is left out, as it is also the view's language."""
    return [str(v) for k, v in dossier.items() if k != "language" and str(v)]
