"""Package files: the right type, immutable caching, and byte ranges to seek."""

from __future__ import annotations

import hashlib
import io
import zipfile

import pytest
from delivery_helpers import RunningServer, exported_package

from studio.delivery.media import parse_range
from studio.delivery.security import PLAYER_CSP


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = RunningServer(tmp_path_factory.mktemp("media") / "server")
    answer = running.publish(exported_package())
    assert answer.status == 201, answer.body
    running.package = answer.json()["package"]
    yield running
    running.stop()


@pytest.fixture(scope="module")
def video() -> tuple[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(exported_package())) as archive:
        return "media/welkom.nl.mp4", archive.read("media/welkom.nl.mp4")


def path_of(server, name: str) -> str:
    return f"/p/{server.package}/{name}"


def test_a_whole_file_has_its_type_sha256_etag_and_immutable_caching(server, video):
    name, data = video

    answer = server.get(path_of(server, name))

    assert answer.status == 200
    assert answer.body == data
    assert answer.headers["Content-Type"] == "video/mp4"
    assert answer.headers["ETag"] == f'"{hashlib.sha256(data).hexdigest()}"'
    assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert answer.headers["Accept-Ranges"] == "bytes"
    assert answer.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [("bytes=0-99", 0, 99), ("bytes=100-", 100, None), ("bytes=-50", None, None)],
)
def test_a_range_answers_206_with_just_those_bytes(server, video, header, start, end):
    name, data = video
    size = len(data)
    if start is None:
        start, end = size - 50, size - 1
    elif end is None:
        end = size - 1

    answer = server.get(path_of(server, name), headers={"Range": header})

    assert answer.status == 206
    assert answer.body == data[start : end + 1]
    assert answer.headers["Content-Range"] == f"bytes {start}-{end}/{size}"
    assert int(answer.headers["Content-Length"]) == end - start + 1


def test_a_range_past_the_end_is_416(server, video):
    name, data = video
    answer = server.get(path_of(server, name), headers={"Range": f"bytes={len(data)}-"})
    assert answer.status == 416
    assert answer.headers["Content-Range"] == f"bytes */{len(data)}"


def test_a_known_etag_is_304_and_a_changed_one_gets_the_whole_file(server, video):
    name, data = video
    etag = f'"{hashlib.sha256(data).hexdigest()}"'

    unchanged = server.get(path_of(server, name), headers={"If-None-Match": etag})
    other = server.get(
        path_of(server, name), headers={"Range": "bytes=0-9", "If-Range": '"old"'}
    )

    assert (unchanged.status, unchanged.body) == (304, b"")
    assert (other.status, other.body) == (200, data)


def test_files_the_manifest_does_not_list_are_not_served(server):
    for name in ("manifest.json", "../server.db", "media/nothing.mp4"):
        assert server.get(path_of(server, name)).status == 404
    assert server.get("/p/unknown/media/welkom.nl.mp4").status == 404


def test_range_headers_are_read_as_http_says():
    assert parse_range(None, 100) is None
    assert parse_range("bytes=0-0", 100) == (0, 0)
    assert parse_range("bytes=90-200", 100) == (90, 99)
    assert parse_range("bytes=-200", 100) == (0, 99)
    assert parse_range("bytes=100-", 100) == "unsatisfiable"
    assert parse_range("bytes=-0", 100) == "unsatisfiable"
    assert parse_range("bytes=0-1,5-6", 100) is None  # several: the whole file
    assert parse_range("bytes=5-3", 100) is None
    assert parse_range("items=0-5", 100) is None


def test_player_files_are_served_with_the_policy_and_checked_each_time(server):
    answer = server.get("/player/player.js")
    if answer.status == 404:
        pytest.fail("the player's player.js is missing from studio/delivery/player")
    assert answer.headers["Content-Type"].startswith("text/javascript")
    assert answer.headers["Cache-Control"] == "no-cache"
    assert answer.headers["Content-Security-Policy"] == PLAYER_CSP
    again = server.get(
        "/player/player.js", headers={"If-None-Match": answer.headers["ETag"]}
    )
    assert again.status == 304
    assert server.get("/player/..%2Fapp.py").status == 404
    assert server.get("/player/app.py").status == 404
