"""Publishing: the studio sends a package, the server verifies it, then keeps it.

``POST /api/packages`` takes the zip as the body, with the publish token and an
``Idempotency-Key``. The body is streamed to a temporary file (never held in memory)
up to a size limit, and verified whole with ``studio.package.verify.read_package``
against the trusted keys before anything is stored: a package that fails any rule
leaves no trace. A package version never changes: its id is the hash of its bytes,
so publishing the same bytes again answers with the version already there.

Retries are safe. The answer to a key is kept in the database: the same key with
the same body gets the same answer, even when the first answer was lost on the way
back; the same key with another body is refused (409), because the studio would
never reuse a key for another package.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import tempfile
import time
from pathlib import Path

from aiohttp import web

from studio.delivery.context import Delivery, Refusal, delivery, json_bytes
from studio.delivery.views import now_text, require_token

logger = logging.getLogger(__name__)

MAX_KEY = 200
CHUNK = 256 * 1024


async def publish(request: web.Request) -> web.Response:
    """``POST /api/packages``: 201 with the new version, 200 with the one there."""
    require_token(request)
    server = delivery(request)
    key = _idempotency_key(request)
    if key is None:
        return await _publish(request, server, None)
    # Two retries of one key at once take turns, so the second sees the first's
    # answer; the lock is dropped when nobody holds or waits for it.
    locks = server.publish_locks
    entry = locks.setdefault(key, [asyncio.Lock(), 0])
    entry[1] += 1
    try:
        async with entry[0]:
            return await _publish(request, server, key)
    finally:
        entry[1] -= 1
        if entry[1] == 0:
            locks.pop(key, None)


def _idempotency_key(request: web.Request) -> str | None:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    if not 0 < len(key) <= MAX_KEY or not key.isascii() or not key.isprintable():
        raise Refusal(
            400,
            "bad_idempotency_key",
            f"the Idempotency-Key is 1 to {MAX_KEY} printable ASCII characters",
        )
    return key


async def _publish(
    request: web.Request, server: Delivery, key: str | None
) -> web.Response:
    limit = server.config.max_package_bytes
    if request.content_length is not None and request.content_length > limit:
        raise Refusal(413, "too_large", f"a package is at most {limit} bytes")
    started = time.perf_counter()
    folder = server.config.data_dir / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=folder, prefix="upload-", suffix=".zip")
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            digest, size = await _receive(request, stream, limit)
        if key is not None:
            earlier = _earlier_answer(server, key, digest)
            if earlier is not None:
                return earlier
        status, answer = await _verify_and_store(server, path, digest, size)
        if key is not None:
            _remember(server, key, digest, status, answer)
        logger.info(
            "package %s published (%s bytes) in %.2f s",
            answer["package"],
            size,
            time.perf_counter() - started,
        )
        return web.Response(
            body=json_bytes(answer), status=status, content_type="application/json"
        )
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


async def _receive(request: web.Request, stream, limit: int) -> tuple[str, int]:
    """The body into ``stream``: its sha256 and size; refused past ``limit``."""
    digest = hashlib.sha256()
    size = 0
    async for chunk in request.content.iter_chunked(CHUNK):
        size += len(chunk)
        if size > limit:
            raise Refusal(413, "too_large", f"a package is at most {limit} bytes")
        digest.update(chunk)
        stream.write(chunk)
    expected = request.content_length
    if expected is not None and size != expected:
        raise Refusal(400, "incomplete", "the body ended before its Content-Length")
    if size == 0:
        raise Refusal(400, "empty", "the body holds no package")
    return digest.hexdigest(), size


def _earlier_answer(server: Delivery, key: str, digest: str) -> web.Response | None:
    row = server.db.one("SELECT * FROM publish_keys WHERE key = ?", key)
    if row is None:
        return None
    if row["body_sha256"] != digest:
        raise Refusal(
            409,
            "idempotency_conflict",
            "this Idempotency-Key was used for another package; use a new key",
            "Idempotency-Key",
        )
    return web.Response(
        body=row["answer"], status=row["status"], content_type="application/json"
    )


def _remember(server: Delivery, key: str, digest: str, status: int, answer) -> None:
    server.db.execute(
        "INSERT OR IGNORE INTO publish_keys (key, body_sha256, status, answer, "
        "created) VALUES (?, ?, ?, ?, ?)",
        key,
        digest,
        status,
        json_bytes(answer).decode(),
        now_text(),
    )


def _answer(row) -> dict:
    return {
        "package": row["id"],
        "template": row["template"],
        "version": row["version"],
    }


async def _verify_and_store(
    server: Delivery, path: Path, digest: str, size: int
) -> tuple[int, dict]:
    existing = server.db.one("SELECT * FROM packages WHERE sha256 = ?", digest)
    if existing is not None:
        return 200, _answer(existing)
    package = await asyncio.to_thread(_read, path, server.config.trusted_keys)
    package_id = digest[:20]
    prefix = f"packages/{package_id}/"
    await server.store.put(
        prefix + "manifest.json", package.manifest_bytes, "application/json"
    )
    files = package.manifest["files"]
    for name in package.names:
        if name in files:
            data = await asyncio.to_thread(package.read, name)
            await server.store.put(prefix + name, data, files[name]["type"])
    return _insert(server, package, package_id, digest, size)


def _read(path: Path, trusted_keys):
    from studio.package.verify import PackageError, read_package

    try:
        return read_package(path, trusted_keys)
    except PackageError as error:
        raise Refusal(422, error.code, error.message, error.where) from None


def _insert(server: Delivery, package, package_id: str, digest: str, size: int):
    """The package's row, numbered after the template's earlier versions."""
    manifest = package.manifest
    template = manifest["template"]
    with server.db.transaction() as db:
        again = db.execute("SELECT * FROM packages WHERE sha256 = ?", (digest,))
        found = again.fetchone()
        if found is not None:
            return 200, _answer(found)
        last = db.execute(
            "SELECT MAX(version) FROM packages WHERE template = ?", (template["id"],)
        ).fetchone()[0]
        version = (last or 0) + 1
        db.execute(
            "INSERT INTO packages (id, sha256, size, template, template_name, "
            "template_version, version, key_id, manifest, published) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                package_id,
                digest,
                size,
                template["id"],
                template.get("name", template["id"]),
                template.get("version", ""),
                version,
                package.key_id,
                package.manifest_bytes,
                now_text(),
            ),
        )
    answer = {"package": package_id, "template": template["id"], "version": version}
    return 201, answer


async def list_packages(request: web.Request) -> web.Response:
    """``GET /api/packages``: every stored version, newest first."""
    require_token(request)
    rows = delivery(request).db.all(
        "SELECT id, template, template_name, template_version, version, size, "
        "key_id, published, manifest FROM packages ORDER BY published DESC, id"
    )
    packages = []
    for row in rows:
        manifest = json.loads(row["manifest"])
        packages.append(
            {
                "package": row["id"],
                "template": row["template"],
                "name": row["template_name"],
                "template_version": row["template_version"],
                "version": row["version"],
                "languages": manifest.get("languages", []),
                "size": row["size"],
                "key_id": row["key_id"],
                "published": row["published"],
            }
        )
    return web.json_response({"packages": packages})
