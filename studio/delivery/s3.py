"""Package files in S3-compatible object storage, signed with AWS Signature V4.

The signing is written out here rather than taken from an SDK, so the delivery
server needs nothing beyond aiohttp. ``sign`` follows the published algorithm:
a canonical request (method, URI-encoded path, sorted query, lower-cased and trimmed
headers, the payload's sha256), the string to sign over its hash and the credential
scope, and an HMAC-SHA256 chain from the secret key through date, region and service.
It reproduces AWS's published example signatures (the Signature V4 test suite and
the S3 examples), which the tests check.

Not run against a live bucket: this machine reaches no storage service. The store is
tested against the example vectors and against a local stand-in that re-signs every
request and compares; a real provider may still differ in details such as its error
bodies or the addressing style it wants (``path_style``).
"""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import hmac
import logging
import re
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlsplit

import aiohttp

from studio.delivery.storage import CHUNK, ObjectStore, StorageError, check_key

logger = logging.getLogger(__name__)

ALGORITHM = "AWS4-HMAC-SHA256"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Credentials:
    access_key: str
    secret_key: str
    session_token: str | None = None

    def __repr__(self) -> str:  # never show the secret in a log or a traceback
        return f"Credentials(access_key={self.access_key!r}, secret_key=...)"


def _encode(text: str) -> str:
    """URI-encode everything but the unreserved characters, as SigV4 asks."""
    return quote(text, safe="-_.~")


def canonical_query(query: str) -> str:
    pairs = parse_qsl(query, keep_blank_values=True)
    encoded = sorted((_encode(name), _encode(value)) for name, value in pairs)
    return "&".join(f"{name}={value}" for name, value in encoded)


def canonical_headers(headers: Mapping[str, str]) -> tuple[str, str]:
    """The canonical header block and the signed header names."""
    merged: dict[str, list[str]] = {}
    for name, value in headers.items():
        merged.setdefault(name.lower().strip(), []).append(
            _SPACES.sub(" ", value.strip())
        )
    names = sorted(merged)
    block = "".join(f"{name}:{','.join(merged[name])}\n" for name in names)
    return block, ";".join(names)


def canonical_request(
    method: str, path: str, query: str, headers: Mapping[str, str], payload_hash: str
) -> tuple[str, str]:
    """The canonical request and its signed headers; ``path`` is already encoded."""
    block, signed = canonical_headers(headers)
    text = "\n".join(
        [
            method.upper(),
            path or "/",
            canonical_query(query),
            block,
            signed,
            payload_hash,
        ]
    )
    return text, signed


def signing_key(secret: str, day: str, region: str, service: str) -> bytes:
    key = ("AWS4" + secret).encode("utf-8")
    for part in (day, region, service, "aws4_request"):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    return key


def sign(
    method: str,
    url: str,
    headers: Mapping[str, str],
    payload_hash: str,
    credentials: Credentials,
    region: str,
    service: str = "s3",
    now: datetime.datetime | None = None,
) -> dict[str, str]:
    """The headers to send: ``headers`` plus date, payload hash and Authorization.

    ``url`` carries the path already URI-encoded (S3 encodes it once). S3 wants
    ``x-amz-content-sha256`` signed; other services do not use it.
    """
    moment = (now or datetime.datetime.now(datetime.UTC)).astimezone(datetime.UTC)
    stamp = moment.strftime("%Y%m%dT%H%M%SZ")
    day = stamp[:8]
    parts = urlsplit(url)
    out = {name: value for name, value in headers.items()}
    lower = {name.lower() for name in out}
    if "host" not in lower:
        out["Host"] = parts.netloc
    out["X-Amz-Date"] = stamp
    if service == "s3":
        out["X-Amz-Content-Sha256"] = payload_hash
    if credentials.session_token:
        out["X-Amz-Security-Token"] = credentials.session_token
    request, signed = canonical_request(
        method, parts.path, parts.query, out, payload_hash
    )
    scope = f"{day}/{region}/{service}/aws4_request"
    to_sign = "\n".join(
        [ALGORITHM, stamp, scope, hashlib.sha256(request.encode()).hexdigest()]
    )
    key = signing_key(credentials.secret_key, day, region, service)
    signature = hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    out["Authorization"] = (
        f"{ALGORITHM} Credential={credentials.access_key}/{scope}, "
        f"SignedHeaders={signed}, Signature={signature}"
    )
    return out


class S3Store(ObjectStore):
    """Objects in one bucket of an S3-compatible service.

    ``endpoint`` is the service's base address (``https://s3.eu-west-1.amazonaws.com``,
    ``http://127.0.0.1:9000`` for MinIO); with ``path_style`` the bucket goes in the
    path, otherwise in the host name. ``prefix`` keeps this server's objects apart.
    """

    def __init__(
        self,
        endpoint: str,
        bucket: str,
        region: str,
        credentials: Credentials,
        *,
        prefix: str = "",
        path_style: bool = True,
    ):
        self.endpoint = endpoint.rstrip("/")
        self.bucket = bucket
        self.region = region
        self.credentials = credentials
        self.prefix = prefix.strip("/")
        self.path_style = path_style
        self._session: aiohttp.ClientSession | None = None

    def url(self, key: str) -> str:
        name = "/".join(p for p in (self.prefix, check_key(key)) if p)
        path = quote(name, safe="/-_.~")
        if self.path_style:
            return f"{self.endpoint}/{self.bucket}/{path}"
        scheme, _, host = self.endpoint.partition("://")
        return f"{scheme}://{self.bucket}.{host}/{path}"

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=60)
            )
        return self._session

    async def _request(
        self,
        method: str,
        key: str,
        *,
        data=None,
        payload_hash=EMPTY_SHA256,
        headers=None,
    ) -> aiohttp.ClientResponse:
        url = self.url(key)
        signed = sign(
            method, url, headers or {}, payload_hash, self.credentials, self.region
        )
        return await self._client().request(
            method, url, data=data, headers=signed, skip_auto_headers=("Content-Type",)
        )

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        if await self.exists(key):
            return
        digest = await asyncio.to_thread(lambda: hashlib.sha256(data).hexdigest())
        headers = {"Content-Type": content_type, "Content-Length": str(len(data))}
        async with await self._request(
            "PUT", key, data=data, payload_hash=digest, headers=headers
        ) as response:
            await _expect(response, key, 200)

    async def put_file(self, key: str, path: Path, content_type: str) -> None:
        await self.put(key, await asyncio.to_thread(path.read_bytes), content_type)

    async def get(self, key: str) -> bytes:
        async with await self._request("GET", key) as response:
            if response.status == 404:
                raise FileNotFoundError(key)
            await _expect(response, key, 200)
            return await response.read()

    async def read_range(
        self, key: str, start: int, length: int
    ) -> AsyncIterator[bytes]:
        if length <= 0:
            return
        headers = {"Range": f"bytes={start}-{start + length - 1}"}
        async with await self._request("GET", key, headers=headers) as response:
            if response.status == 404:
                raise FileNotFoundError(key)
            await _expect(response, key, 206, 200)
            if response.status == 200 and start:
                raise StorageError(f"object {key!r}: the service ignored the range")
            left = length
            async for chunk in response.content.iter_chunked(CHUNK):
                chunk = chunk[:left]
                left -= len(chunk)
                yield chunk
                if left <= 0:
                    break

    async def exists(self, key: str) -> bool:
        async with await self._request("HEAD", key) as response:
            if response.status == 404:
                return False
            await _expect(response, key, 200)
            return True

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()


async def _expect(response: aiohttp.ClientResponse, key: str, *statuses: int) -> None:
    if response.status in statuses:
        return
    body = await response.text(errors="replace")
    code = re.search(r"<Code>([^<]{1,64})</Code>", body)
    raise StorageError(
        f"object {key!r}: {response.method} answered {response.status}"
        + (f" ({code.group(1)})" if code else "")
    )
