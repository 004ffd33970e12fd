"""Tokens, the database file and the local object store, on their own."""

from __future__ import annotations

import asyncio
import base64

import pytest

from studio.delivery.security import (
    looks_like_token,
    new_token,
    same_secret,
    token_digest,
)
from studio.delivery.storage import (
    SCHEMA_VERSION,
    Database,
    LocalFolderStore,
    StorageError,
    check_key,
)


def test_view_tokens_are_32_random_bytes_in_base64url():
    tokens = {new_token() for _ in range(200)}

    assert len(tokens) == 200
    for token in tokens:
        assert looks_like_token(token)
        raw = base64.urlsafe_b64decode(token + "=")
        assert len(raw) == 32
    assert not looks_like_token("A" * 42)
    assert not looks_like_token("A" * 42 + "/")
    assert not looks_like_token("A" * 42 + "é")


def test_secrets_compare_whole_and_digests_are_sha256():
    assert same_secret("abc", "abc")
    assert not same_secret("abc", "abd")
    assert not same_secret("ab", "abc")
    assert not same_secret(None, "abc")
    assert len(token_digest(new_token())) == 64


def test_the_database_is_sqlite_in_wal_mode_with_its_schema_version(tmp_path):
    db = Database(tmp_path / "server.db")
    try:
        assert db.one("PRAGMA journal_mode")[0] == "wal"
        assert db.one("PRAGMA user_version")[0] == SCHEMA_VERSION
        assert db.one("PRAGMA foreign_keys")[0] == 1
    finally:
        db.close()
    again = Database(tmp_path / "server.db")  # opening twice migrates nothing
    again.close()


def test_a_database_from_a_newer_server_is_not_opened(tmp_path):
    db = Database(tmp_path / "server.db")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()

    with pytest.raises(StorageError, match="newer server"):
        Database(tmp_path / "server.db")


def test_a_failed_transaction_leaves_nothing(tmp_path):
    db = Database(tmp_path / "server.db")
    try:
        with pytest.raises(RuntimeError), db.transaction() as connection:
            connection.execute(
                "INSERT INTO publish_keys (key, body_sha256, status, answer, created) "
                "VALUES ('k', 'h', 201, '{}', 'now')"
            )
            raise RuntimeError("stopped half way")
        assert db.all("SELECT * FROM publish_keys") == []
    finally:
        db.close()


@pytest.mark.parametrize("key", ["../x", "/abs", "a//b", "a/./b", "a\\b", "", "a/b c"])
def test_object_keys_are_plain_relative_paths(key):
    with pytest.raises(StorageError):
        check_key(key)


def test_the_local_store_writes_once_and_reads_ranges(tmp_path):
    store = LocalFolderStore(tmp_path / "objects")

    async def journey():
        await store.put("p/media/a.mp4", b"0123456789", "video/mp4")
        await store.put("p/media/a.mp4", b"9876543210", "video/mp4")  # kept as is
        whole = await store.get("p/media/a.mp4")
        part = b"".join([c async for c in store.read_range("p/media/a.mp4", 2, 5)])
        return whole, part, await store.exists("p/media/a.mp4")

    whole, part, there = asyncio.run(journey())

    assert (whole, part, there) == (b"0123456789", b"23456", True)
    written = tmp_path / "objects" / "p" / "media" / "a.mp4"
    assert written.stat().st_mode & 0o222 == 0  # read-only: never changed again
    assert [p.name for p in written.parent.iterdir()] == ["a.mp4"]
