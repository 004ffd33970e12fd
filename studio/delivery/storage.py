"""Where the delivery server keeps things: one SQLite file and an object store.

The embedded default needs nothing but a folder: ``server.db`` (SQLite in WAL mode,
so that readers never wait for the one writer) holds the packages' manifests, the
views with their dossiers (the only personal data the server has), the events and
the payments; ``objects/`` holds the package files, each written once and never
changed. For scale the files can live in S3-compatible storage instead
(``studio.delivery.s3.S3Store``), behind a CDN, while the database stays small.

The database is used from the server's event loop only: each statement is short (an
indexed lookup or one insert), so it does not hold the loop up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import sqlite3
import tempfile
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 1
CHUNK = 256 * 1024
_KEY_PART = re.compile(r"[A-Za-z0-9._-]+")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS packages (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    template TEXT NOT NULL,
    template_name TEXT NOT NULL,
    template_version TEXT NOT NULL,
    version INTEGER NOT NULL,
    key_id TEXT NOT NULL,
    manifest BLOB NOT NULL,
    published TEXT NOT NULL,
    UNIQUE (template, version)
);
CREATE TABLE IF NOT EXISTS publish_keys (
    key TEXT PRIMARY KEY,
    body_sha256 TEXT NOT NULL,
    status INTEGER NOT NULL,
    answer TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS views (
    id TEXT PRIMARY KEY,
    token_sha256 TEXT NOT NULL UNIQUE,
    package TEXT NOT NULL REFERENCES packages (id),
    language TEXT NOT NULL,
    dossier TEXT NOT NULL,
    payload BLOB NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    view TEXT NOT NULL,
    package TEXT NOT NULL,
    version INTEGER NOT NULL,
    language TEXT NOT NULL,
    event TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_view ON events (view);
CREATE TABLE IF NOT EXISTS payments (
    id TEXT PRIMARY KEY,
    view TEXT NOT NULL REFERENCES views (id),
    status TEXT NOT NULL,
    created TEXT NOT NULL,
    settled TEXT
);
"""


class StorageError(RuntimeError):
    """The object store refused or failed; the message says which object."""


class Database:
    """The server's SQLite file, in WAL mode, with a few helpers."""

    def __init__(self, path: Path):
        self.path = path
        # Autocommit: every statement stands alone unless inside ``transaction``.
        self.connection = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False
        )
        self.connection.row_factory = sqlite3.Row
        for pragma in (
            "journal_mode = WAL",
            "synchronous = NORMAL",
            "foreign_keys = ON",
            "busy_timeout = 5000",
        ):
            self.connection.execute(f"PRAGMA {pragma}")
        self._migrate()

    def _migrate(self) -> None:
        found = self.connection.execute("PRAGMA user_version").fetchone()[0]
        if found > SCHEMA_VERSION:
            raise StorageError(
                f"{self.path}: made by a newer server (schema {found}); "
                f"this one reads schema {SCHEMA_VERSION}"
            )
        with self.transaction():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self.connection.execute(statement)
            self.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic change: all of it is written, or none of it."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def one(self, sql: str, *parameters: object) -> sqlite3.Row | None:
        return self.connection.execute(sql, parameters).fetchone()

    def all(self, sql: str, *parameters: object) -> list[sqlite3.Row]:
        return self.connection.execute(sql, parameters).fetchall()

    def execute(self, sql: str, *parameters: object) -> sqlite3.Cursor:
        return self.connection.execute(sql, parameters)

    def close(self) -> None:
        self.connection.close()


def check_key(key: str) -> str:
    """An object key: relative parts of ``[A-Za-z0-9._-]`` joined by ``/``."""
    parts = key.split("/")
    if not key or any(
        p in ("", ".", "..") or not _KEY_PART.fullmatch(p) for p in parts
    ):
        raise StorageError(f"object key {key!r} is not a plain relative path")
    return key


class ObjectStore(ABC):
    """Immutable objects by key: written once, read whole or by byte range."""

    @abstractmethod
    async def put(self, key: str, data: bytes, content_type: str) -> None:
        """Store ``data`` under ``key``; an object already there is left as it is."""

    @abstractmethod
    async def get(self, key: str) -> bytes:
        """The whole object; FileNotFoundError when there is none."""

    @abstractmethod
    def read_range(self, key: str, start: int, length: int) -> AsyncIterator[bytes]:
        """``length`` bytes from ``start``, in chunks."""

    @abstractmethod
    async def exists(self, key: str) -> bool: ...

    async def close(self) -> None:  # noqa: B027 - most stores hold nothing open
        """Let go of connections; the store is not used afterwards."""


class LocalFolderStore(ObjectStore):
    """Objects as files under one folder; a write lands whole or not at all."""

    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        return self.root / check_key(key)

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        await asyncio.to_thread(self._write, self.path(key), data)

    @staticmethod
    def _write(target: Path, data: bytes) -> None:
        if target.exists() and target.stat().st_size == len(data):
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, 0o444)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise

    async def get(self, key: str) -> bytes:
        return await asyncio.to_thread(self.path(key).read_bytes)

    async def read_range(
        self, key: str, start: int, length: int
    ) -> AsyncIterator[bytes]:
        stream = await asyncio.to_thread(self.path(key).open, "rb")
        try:
            stream.seek(start)
            left = length
            while left > 0:
                chunk = await asyncio.to_thread(stream.read, min(CHUNK, left))
                if not chunk:
                    raise StorageError(f"object {key!r} ended before its stored size")
                left -= len(chunk)
                yield chunk
        finally:
            stream.close()

    async def exists(self, key: str) -> bool:
        return self.path(key).is_file()
