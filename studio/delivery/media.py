"""Package files and the web player's own files, as a browser needs them.

Package files (``/p/<package>/<file>``) never change, so they are cached for a year
as immutable, with the file's sha256 (from the verified manifest) as ETag. They are
served with byte ranges: a browser seeks in an MP4 by asking for the part it needs,
and Chromium will not seek at all without ``206 Partial Content``. One range per
request; a request for several gets the whole file, which HTTP allows.

The player's files (``/player/<file>``) may change with a new server release, so a
browser checks them again each time (``no-cache``) and gets 304 when unchanged.
"""

from __future__ import annotations

import functools
import hashlib
import re

from aiohttp import web

from studio.delivery.context import Refusal, delivery
from studio.delivery.security import IMMUTABLE

_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
PLAYER_TYPES = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
}


def parse_range(header: str | None, size: int) -> tuple[int, int] | None | str:
    """``(start, end)`` inclusive for a satisfiable single range; None to send the
    whole file; ``"unsatisfiable"`` for a range past the end."""
    if not header:
        return None
    match = _RANGE.fullmatch(header.strip())
    if match is None:
        return None  # several ranges, or a unit we do not serve: the whole file
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        length = int(last)
        if length == 0:
            return "unsatisfiable"
        return max(0, size - length), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if start >= size:
        return "unsatisfiable"
    if end < start:
        return None
    return start, min(end, size - 1)


async def package_file(request: web.Request) -> web.StreamResponse:
    """``GET /p/<package>/<file>``: one file the package's manifest lists."""
    server = delivery(request)
    published = server.package(request.match_info["package"])
    name = request.match_info["name"]
    entry = published.files.get(name) if published else None
    if entry is None:
        raise Refusal(404, "unknown_file", "no such package file")
    size, etag = entry["size"], f'"{entry["sha256"]}"'
    headers = {
        "ETag": etag,
        "Cache-Control": IMMUTABLE,
        "Accept-Ranges": "bytes",
        "Content-Type": entry["type"],
    }
    if _matches(request.headers.get("If-None-Match"), etag):
        return web.Response(status=304, headers=headers)
    wanted = parse_range(request.headers.get("Range"), size)
    if_range = request.headers.get("If-Range")
    if if_range is not None and if_range.strip() != etag:
        wanted = None  # the browser's copy is another file: send this one whole
    if wanted == "unsatisfiable":
        headers["Content-Range"] = f"bytes */{size}"
        return web.Response(status=416, headers=headers)
    start, end = wanted if wanted else (0, size - 1)
    response = web.StreamResponse(status=206 if wanted else 200, headers=headers)
    if wanted:
        response.headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    response.content_length = end - start + 1 if size else 0
    await response.prepare(request)
    if request.method != "HEAD" and size:
        key = f"packages/{published.id}/{name}"
        async for chunk in server.store.read_range(key, start, end - start + 1):
            await response.write(chunk)
    await response.write_eof()
    return response


@functools.lru_cache(maxsize=64)
def _etag(body: bytes) -> str:
    # Keyed by the cached bytes object itself, whose hash Python keeps: the
    # sha256 is taken once per version of a player file.
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    return header.strip() == "*" or etag in [t.strip() for t in header.split(",")]


async def player_file(request: web.Request) -> web.Response:
    """``GET /player/<file>``: the web player's scripts, styles and page."""
    name = request.match_info["name"]
    suffix = name[name.rfind(".") :] if "." in name else ""
    if "/" in name or name.startswith(".") or suffix not in PLAYER_TYPES:
        raise Refusal(404, "unknown_file", "no such player file")
    body = delivery(request).player_file(name)
    if body is None:
        raise Refusal(404, "unknown_file", "no such player file")
    etag = _etag(body)
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if _matches(request.headers.get("If-None-Match"), etag):
        return web.Response(status=304, headers=headers)
    kind = PLAYER_TYPES[suffix]
    charset = "utf-8" if kind.startswith(("text/", "application/json")) else None
    return web.Response(body=body, headers=headers, content_type=kind, charset=charset)
