"""What every part of the delivery server shares: its settings, storage and caches.

``Refusal`` is how a handler says no: the error middleware turns it into the JSON
refusal of the package format, ``{"error": {"code", "message", "where"}}``, so that
every refusal reads the same whichever part of the server made it.
"""

from __future__ import annotations

import json
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from studio.delivery.published import Published, published_from_row
from studio.delivery.storage import Database, ObjectStore

logger = logging.getLogger(__name__)

PLAYER_DIR = Path(__file__).resolve().parent / "player"
MAX_PACKAGE_BYTES = 4 * 1024**3
VIEW_CACHE = 10_000
PLAYER_RECHECK = 1.0  # seconds


@dataclass
class ServerConfig:
    """How one delivery server runs.

    ``token`` guards publishing and the back office; ``trusted_keys`` are the
    Ed25519 public keys (raw 32 bytes) whose signatures count. ``chat_page`` is
    where the chat goes for a package without a chat link.
    """

    data_dir: Path
    token: str
    trusted_keys: list[bytes] = field(default_factory=list)
    player_dir: Path = PLAYER_DIR
    max_package_bytes: int = MAX_PACKAGE_BYTES
    chat_page: str | None = None
    public_url: str | None = None  # e.g. https://video.example.nl, for full links


class Refusal(Exception):
    """A request the server will not do, as the package format's JSON refusal."""

    def __init__(self, status: int, code: str, message: str, where: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.where = where

    def response(self) -> web.Response:
        return refusal_response(self.status, self.code, self.message, self.where)


def refusal_response(
    status: int, code: str, message: str, where: str | None = None
) -> web.Response:
    body = {"error": {"code": code, "message": message, "where": where}}
    response = web.json_response(body, status=status)
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="helder"'
    return response


def json_bytes(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


class LRU(OrderedDict):
    """A small least-recently-used cache; views never change, so never stale."""

    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def get_fresh(self, key):
        found = self.get(key)
        if found is not None:
            self.move_to_end(key)
        return found

    def put(self, key, value) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


class Delivery:
    """The running server's shared state: database, object store and caches."""

    def __init__(self, config: ServerConfig, db: Database, store: ObjectStore):
        self.config = config
        self.db = db
        self.store = store
        self.views = LRU(VIEW_CACHE)
        self.gzipped = LRU(VIEW_CACHE)  # token digest -> the payload, gzipped
        self.publish_locks: dict[str, list] = {}  # Idempotency-Key -> [lock, users]
        self._packages: dict[str, Published] = {}
        self._player: dict[str, tuple[float, float, bytes]] = {}

    def package(self, package_id: str) -> Published | None:
        """The stored package ``package_id``, or None; read once, then kept."""
        found = self._packages.get(package_id)
        if found is None:
            row = self.db.one("SELECT * FROM packages WHERE id = ?", package_id)
            if row is None:
                return None
            found = self._packages[package_id] = published_from_row(row)
        return found

    def player_file(self, name: str) -> bytes | None:
        """A file of the web player, re-read when it changes on disk.

        The disk is looked at no more than once a second a file: the page is
        asked for on every open, and a new player is a deploy, not a hurry.
        """
        now = time.monotonic()
        cached = self._player.get(name)
        if cached is not None and now - cached[0] < PLAYER_RECHECK:
            return cached[2]
        path = self.config.player_dir / name
        try:
            modified = path.stat().st_mtime
        except (FileNotFoundError, NotADirectoryError):
            self._player.pop(name, None)
            return None
        if cached is None or cached[1] != modified:
            cached = (now, modified, path.read_bytes())
        self._player[name] = (now, cached[1], cached[2])
        return cached[2]


DELIVERY = web.AppKey("delivery", Delivery)


def delivery(request: web.Request) -> Delivery:
    return request.app[DELIVERY]
