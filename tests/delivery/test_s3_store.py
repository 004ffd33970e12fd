"""S3-compatible storage: Signature V4 as AWS publishes it, and a local stand-in.

The stand-in keeps objects in memory and re-signs every request it receives from
what actually came over the wire (path, query, the signed headers, the body's
hash), refusing a mismatch as S3 does. That catches a client that signs one thing
and sends another; the published vectors catch a wrong algorithm.
"""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import hmac
import threading

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from delivery_helpers import RunningServer, exported_package

from studio.delivery.s3 import (
    ALGORITHM,
    Credentials,
    S3Store,
    canonical_request,
    sign,
    signing_key,
)
from studio.delivery.storage import StorageError

EMPTY = hashlib.sha256(b"").hexdigest()
SUITE = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
SUITE_TIME = datetime.datetime(2015, 8, 30, 12, 36, tzinfo=datetime.UTC)
S3_DOCS = Credentials(
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
)
S3_TIME = datetime.datetime(2013, 5, 24, tzinfo=datetime.UTC)
S3_HOST = "https://examplebucket.s3.amazonaws.com"

# (name, method, url, headers, payload, service, signed headers, signature): the
# Signature V4 test suite (service "service") and the S3 documentation's examples.
VECTORS = [
    ("get-vanilla", "GET", "https://example.amazonaws.com/", {}, b"", "service",
     "host;x-amz-date",
     "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
    ("get-vanilla-query-order-key-case", "GET",
     "https://example.amazonaws.com/?Param2=value2&Param1=value1", {}, b"",
     "service", "host;x-amz-date",
     "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
    ("post-vanilla", "POST", "https://example.amazonaws.com/", {}, b"", "service",
     "host;x-amz-date",
     "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
    ("post-header-value-case", "POST", "https://example.amazonaws.com/",
     {"My-Header1": "VALUE1"}, b"", "service", "host;my-header1;x-amz-date",
     "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d"),
    ("get-header-value-trim", "GET", "https://example.amazonaws.com/",
     {"My-Header1": " value1", "My-Header2": '"a   b   c"'}, b"", "service",
     "host;my-header1;my-header2;x-amz-date",
     "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
    ("s3-get-object", "GET", f"{S3_HOST}/test.txt", {"Range": "bytes=0-9"}, b"",
     "s3", "host;range;x-amz-content-sha256;x-amz-date",
     "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"),
    ("s3-put-object", "PUT", f"{S3_HOST}/test%24file.text",
     {"Date": "Fri, 24 May 2013 00:00:00 GMT",
      "x-amz-storage-class": "REDUCED_REDUNDANCY"},
     b"Welcome to Amazon S3.", "s3",
     "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class",
     "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"),
    ("s3-get-lifecycle", "GET", f"{S3_HOST}/?lifecycle", {}, b"", "s3",
     "host;x-amz-content-sha256;x-amz-date",
     "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"),
    ("s3-list-objects", "GET", f"{S3_HOST}/?max-keys=2&prefix=J", {}, b"", "s3",
     "host;x-amz-content-sha256;x-amz-date",
     "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("method", "url", "headers", "payload", "service", "signed", "signature"),
    [vector[1:] for vector in VECTORS],
    ids=[vector[0] for vector in VECTORS],
)
def test_signing_reproduces_the_published_aws_examples(
    method, url, headers, payload, service, signed, signature
):
    credentials, moment = (
        (SUITE, SUITE_TIME)
        if service == "service"
        else (
            S3_DOCS,
            S3_TIME,
        )
    )
    digest = hashlib.sha256(payload).hexdigest()

    out = sign(method, url, headers, digest, credentials, "us-east-1", service, moment)

    scope = f"{moment:%Y%m%d}/us-east-1/{service}/aws4_request"
    assert out["Authorization"] == (
        f"{ALGORITHM} Credential={credentials.access_key}/{scope}, "
        f"SignedHeaders={signed}, Signature={signature}"
    )


def test_credentials_never_show_the_secret():
    assert "EXAMPLEKEY" not in repr(S3_DOCS)


# -- the stand-in ----------------------------------------------------------------


class FakeS3:
    """An S3-compatible service in memory, path-style, checking every signature."""

    def __init__(self, credentials: Credentials, region: str = "eu-west-1"):
        self.credentials = credentials
        self.region = region
        self.objects: dict[str, tuple[bytes, str]] = {}
        self.requests: list[str] = []
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        app = web.Application()
        app.router.add_route("*", "/{bucket}/{key:.+}", self.handle)
        self.server = TestServer(app, host="127.0.0.1", port=0)
        self.call(self.server.start_server())
        self.url = f"http://127.0.0.1:{self.server.port}"

    def call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(30)

    def stop(self) -> None:
        self.call(self.server.close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.requests.append(request.method)
        problem = self._check(request, body)
        if problem:
            return _error(403, problem)
        key = request.match_info["key"]
        if request.method == "PUT":
            self.objects[key] = (body, request.headers.get("Content-Type", ""))
            return web.Response(status=200)
        if key not in self.objects:
            return _error(404, "NoSuchKey")
        data, kind = self.objects[key]
        if request.method == "HEAD":
            return web.Response(status=200, headers={"Content-Length": str(len(data))})
        if request.method != "GET":
            return _error(405, "MethodNotAllowed")
        wanted = request.headers.get("Range")
        if wanted:
            first, last = wanted.removeprefix("bytes=").split("-")
            part = data[int(first) : int(last) + 1]
            return web.Response(status=206, body=part, content_type=kind)
        return web.Response(body=data, content_type=kind)

    def _check(self, request: web.Request, body: bytes) -> str | None:
        fields = dict(
            part.strip().split("=", 1)
            for part in request.headers["Authorization"].split(" ", 1)[1].split(",")
        )
        headers = {
            name: request.headers[name] for name in fields["SignedHeaders"].split(";")
        }
        payload = request.headers["X-Amz-Content-Sha256"]
        if payload != hashlib.sha256(body).hexdigest():
            return "XAmzContentSHA256Mismatch"
        text, _ = canonical_request(
            request.method,
            request.raw_path.split("?")[0],
            request.query_string,
            headers,
            payload,
        )
        stamp = request.headers["X-Amz-Date"]
        scope = f"{stamp[:8]}/{self.region}/s3/aws4_request"
        to_sign = "\n".join(
            [ALGORITHM, stamp, scope, hashlib.sha256(text.encode()).hexdigest()]
        )
        key = signing_key(self.credentials.secret_key, stamp[:8], self.region, "s3")
        expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, fields["Signature"]):
            return "SignatureDoesNotMatch"
        return None


def _error(status: int, code: str) -> web.Response:
    body = f"<?xml version='1.0'?><Error><Code>{code}</Code></Error>"
    return web.Response(status=status, text=body, content_type="application/xml")


CREDENTIALS = Credentials("HELDERTESTKEY", "a-secret-for-the-stand-in")


@pytest.fixture
def fake_s3():
    fake = FakeS3(CREDENTIALS)
    yield fake
    fake.stop()


def run(coroutine):
    return asyncio.run(coroutine)


def test_the_store_puts_gets_and_reads_ranges_signed(fake_s3):
    store = S3Store(fake_s3.url, "packages", "eu-west-1", CREDENTIALS, prefix="helder")

    async def journey():
        try:
            assert not await store.exists("a/b.mp4")
            await store.put("a/b.mp4", bytes(range(256)) * 10, "video/mp4")
            whole = await store.get("a/b.mp4")
            part = b"".join([c async for c in store.read_range("a/b.mp4", 10, 20)])
            there = await store.exists("a/b.mp4")
            return whole, part, there
        finally:
            await store.close()

    whole, part, there = run(journey())

    assert whole == bytes(range(256)) * 10
    assert part == bytes(range(10, 30))
    assert there
    assert fake_s3.objects["helder/a/b.mp4"][1] == "video/mp4"


def test_a_wrong_secret_is_refused_with_the_services_code(fake_s3):
    wrong = Credentials(CREDENTIALS.access_key, "not-the-secret")
    store = S3Store(fake_s3.url, "packages", "eu-west-1", wrong)

    async def attempt():
        try:
            await store.get("x.json")
        finally:
            await store.close()

    with pytest.raises(StorageError, match="SignatureDoesNotMatch"):
        run(attempt())
    assert fake_s3.objects == {}


def test_the_delivery_server_serves_media_from_s3_storage(fake_s3, tmp_path):
    store = S3Store(fake_s3.url, "packages", "eu-west-1", CREDENTIALS)
    server = RunningServer(tmp_path / "server", store=store)
    try:
        published = server.publish(exported_package()).json()
        path = f"/p/{published['package']}/media/welkom.nl.mp4"
        whole = server.get(path)
        part = server.get(path, headers={"Range": "bytes=4-11"})
    finally:
        server.call(store.close())
        server.stop()

    assert whole.status == 200 and whole.body[4:8] == b"ftyp"
    assert (part.status, part.body) == (206, whole.body[4:12])
    local = tmp_path / "server" / "objects"
    assert not any(p.is_file() for p in local.rglob("*"))
