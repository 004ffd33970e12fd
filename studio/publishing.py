"""Publishing a package to a delivery server: upload, retry, and say what went wrong.

The upload is one ``POST /api/packages`` with the package as the body, a bearer
token and an ``Idempotency-Key``. The key is the sha256 of the package's bytes, so
a publish retried after a dropped connection (by this process or by the designer
pressing Publish again) is recognised by the server and never stores a second
version. Network faults and 5xx answers are retried with exponential backoff;
a 4xx answer is final and its reason is reported as the server gave it.

No Qt here: the command line and the studio's publish dialog share it.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import random
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

CHUNK = 256 * 1024
RETRYABLE_STATUS = frozenset({500, 502, 503, 504})

Progress = Callable[[int, int], None]  # bytes sent, bytes in all


class PublishError(Exception):
    """A publish that did not succeed; ``code`` is the server's or our own."""

    def __init__(self, code: str, message: str, where: str | None = None):
        self.code = code
        self.message = message
        self.where = where
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.message} ({self.code})"


class PublishCancelled(PublishError):
    def __init__(self) -> None:
        super().__init__("cancelled", "the publish was cancelled")


@dataclass(frozen=True)
class Published:
    package: str  # the server's id of this version
    template: str
    version: str
    attempts: int
    existing: bool  # the server had these bytes already


@dataclass(frozen=True)
class Retry:
    """How often and how patiently to try again."""

    attempts: int = 5
    first_wait: float = 0.5  # seconds; doubled each time
    longest_wait: float = 8.0
    jitter: float = 0.25  # up to this fraction added at random

    def wait(self, attempt: int, rng: random.Random) -> float:
        base = min(self.longest_wait, self.first_wait * 2 ** (attempt - 1))
        return base * (1 + self.jitter * rng.random())


def idempotency_key(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def publish(
    package: Path,
    server: str,
    token: str,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    retry: Retry = Retry(),
    timeout: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
    on_retry: Callable[[int, float, PublishError], None] | None = None,
) -> Published:
    """Upload ``package`` to ``server``; raises PublishError with the reason.

    ``on_retry(attempt, wait, error)`` hears of each failed attempt that will be
    tried again, before the wait.
    """
    target = _endpoint(server)
    if not token:
        raise PublishError("token", "no token: give the server's publish token")
    size = package.stat().st_size
    key = idempotency_key(package)
    rng = random.Random(key)
    last: PublishError | None = None
    for attempt in range(1, retry.attempts + 1):
        if cancel is not None and cancel.is_set():
            raise PublishCancelled()
        try:
            status, body = _upload(
                target, token, key, package, size, progress, cancel, timeout
            )
        except (OSError, http.client.HTTPException) as error:
            last = PublishError("network", f"the connection failed: {_reason(error)}")
        else:
            if status in (200, 201):
                return _published(body, attempt, status == 200)
            refusal = _refusal(status, body)
            if status not in RETRYABLE_STATUS:
                raise refusal
            last = refusal
        if attempt < retry.attempts:
            wait = retry.wait(attempt, rng)
            logger.info(
                "publish attempt %d failed (%s); again in %.1f s",
                attempt,
                last.code,
                wait,
            )
            if on_retry is not None:
                on_retry(attempt, wait, last)
            _pause(wait, cancel, sleep)
    assert last is not None
    raise PublishError(
        last.code,
        f"gave up after {retry.attempts} attempts: {last.message}",
        last.where,
    )


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str


def _endpoint(server: str) -> _Target:
    parts = urlsplit(server.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PublishError(
            "server", f"{server!r} is not a server address like https://host:port"
        )
    if parts.scheme == "http" and parts.hostname not in (
        "127.0.0.1",
        "localhost",
        "::1",
    ):
        raise PublishError(
            "server", f"{server!r}: publish over https; plain http only to this machine"
        )
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return _Target(
        parts.scheme, parts.hostname, port, parts.path.rstrip("/") + "/api/packages"
    )


def _upload(target, token, key, package, size, progress, cancel, timeout):
    kind = (
        http.client.HTTPSConnection
        if target.scheme == "https"
        else http.client.HTTPConnection
    )
    connection = kind(target.host, target.port, timeout=timeout)
    try:
        connection.putrequest("POST", target.path)
        connection.putheader("Authorization", f"Bearer {token}")
        connection.putheader("Idempotency-Key", key)
        connection.putheader("Content-Type", "application/zip")
        connection.putheader("Content-Length", str(size))
        connection.endheaders()
        sent = 0
        with package.open("rb") as stream:
            for chunk in iter(lambda: stream.read(CHUNK), b""):
                if cancel is not None and cancel.is_set():
                    raise PublishCancelled()
                connection.send(chunk)
                sent += len(chunk)
                if progress is not None:
                    progress(sent, size)
        response = connection.getresponse()
        return response.status, response.read(1 << 20)
    finally:
        connection.close()


def _published(body: bytes, attempts: int, existing: bool) -> Published:
    try:
        data = json.loads(body)
        return Published(
            str(data["package"]),
            str(data["template"]),
            str(data["version"]),
            attempts,
            existing or bool(data.get("existing")),
        )
    except (ValueError, KeyError, TypeError):
        raise PublishError(
            "answer", "the server's answer is not what a delivery server sends"
        ) from None


def _refusal(status: int, body: bytes) -> PublishError:
    try:
        error = json.loads(body)["error"]
        return PublishError(
            str(error["code"]), str(error["message"]), error.get("where")
        )
    except (ValueError, KeyError, TypeError):
        pass
    if status == 401:
        return PublishError("token", "the server did not accept the token")
    return PublishError(f"http_{status}", f"the server answered {status}")


def _reason(error: BaseException) -> str:
    if isinstance(error, socket.timeout):
        return "no answer in time"
    if isinstance(error, ConnectionRefusedError):
        return "nothing listens at that address"
    return str(error) or type(error).__name__


def _pause(seconds: float, cancel: threading.Event | None, sleep) -> None:
    if cancel is None:
        sleep(seconds)
    elif cancel.wait(seconds):
        raise PublishCancelled()
