"""Publishing to the delivery server: who may, what is kept, and retries."""

from __future__ import annotations

import io
import zipfile

import pytest
from delivery_helpers import TOKEN, RunningServer, exported_package
from dropping_proxy import DroppingProxy

from studio.package.verify import PackageError, read_package
from studio.publishing import Retry, publish


@pytest.fixture(scope="module")
def package() -> bytes:
    return exported_package()


@pytest.fixture
def server(tmp_path):
    running = RunningServer(tmp_path / "server")
    yield running
    running.stop()


def stored_files(server: RunningServer) -> list[str]:
    objects = server.data_dir / "objects"
    return sorted(
        str(p.relative_to(objects)) for p in objects.rglob("*") if p.is_file()
    )


def assert_nothing_stored(server: RunningServer) -> None:
    assert server.table("packages") == []
    assert stored_files(server) == []
    assert list((server.data_dir / "tmp").glob("*")) == []


def test_a_publish_with_the_token_stores_the_package_and_its_files(server, package):
    answer = server.publish(package)

    assert answer.status == 201, answer.body
    result = answer.json()
    assert result["template"] == "betalingsherinnering"
    assert result["version"] == 1
    listed = server.get(
        "/api/packages", headers={"Authorization": f"Bearer {TOKEN}"}
    ).json()["packages"]
    assert [(p["package"], p["version"]) for p in listed] == [(result["package"], 1)]
    manifest = read_package(_saved(server.data_dir, package), [_key()]).manifest
    expected = sorted(
        [f"packages/{result['package']}/{name}" for name in manifest["files"]]
        + [f"packages/{result['package']}/manifest.json"]
    )
    assert stored_files(server) == expected


@pytest.mark.parametrize("token", [None, "wrong-token", TOKEN + "x"])
def test_a_publish_without_the_right_token_is_refused_with_401(server, package, token):
    answer = server.publish(package, token=token)

    assert answer.status == 401
    assert answer.json()["error"]["code"] == "unauthorized"
    assert answer.headers["WWW-Authenticate"].startswith("Bearer")
    assert_nothing_stored(server)


def test_the_same_bytes_again_answer_with_the_version_already_there(server, package):
    first = server.publish(package, key="first")
    again = server.publish(package, key="second")

    assert (first.status, again.status) == (201, 200)
    assert again.json() == first.json()
    assert len(server.table("packages")) == 1


def test_the_same_key_with_another_body_is_a_conflict(server, package):
    server.publish(package, key="one-key")
    other = package + b"\0"  # another body under the same key

    answer = server.publish(other, key="one-key")

    assert answer.status == 409
    assert answer.json()["error"]["code"] == "idempotency_conflict"


def test_a_tampered_package_is_refused_with_its_code_and_nothing_is_kept(
    server, package, tmp_path
):
    tampered = _tampered(package, offset_in_entry=1000, entry_suffix=".mp4")
    path = tmp_path / "tampered.zip"
    path.write_bytes(tampered)
    with pytest.raises(PackageError) as expected:
        read_package(path, [_key()])

    answer = server.publish(tampered)

    assert answer.status == 422
    error = answer.json()["error"]
    assert (error["code"], error["where"]) == (
        expected.value.code,
        expected.value.where,
    )
    assert_nothing_stored(server)


def test_a_package_signed_by_an_untrusted_key_is_refused(tmp_path, package):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from studio.package.signing import public_bytes

    stranger = public_bytes(Ed25519PrivateKey.generate())
    path = tmp_path / "sample.zip"
    path.write_bytes(package)
    with pytest.raises(PackageError) as expected:
        read_package(path, [stranger])
    server = RunningServer(tmp_path / "server", trusted_keys=[stranger])
    try:
        answer = server.publish(package)

        assert answer.status == 422
        assert answer.json()["error"]["code"] == expected.value.code
        assert_nothing_stored(server)
    finally:
        server.stop()


def test_a_package_over_the_size_limit_is_refused_before_it_is_read(tmp_path, package):
    server = RunningServer(tmp_path / "server", max_package_bytes=len(package) - 1)
    try:
        answer = server.publish(package)

        assert answer.status == 413
        assert answer.json()["error"]["code"] == "too_large"
        assert_nothing_stored(server)
    finally:
        server.stop()


def test_a_publish_retried_through_dropped_connections_stores_one_version(
    server, package, tmp_path
):
    # Two uploads cut mid-body, then one whose answer is lost after the server
    # stored the package: the retries carry the same Idempotency-Key.
    proxy = DroppingProxy(server.port, cut_bodies=2, lose_answers=1)
    path = tmp_path / "sample.zip"
    path.write_bytes(package)
    try:
        result = publish(
            path,
            proxy.url,
            TOKEN,
            retry=Retry(attempts=6, first_wait=0.05, longest_wait=0.2),
            sleep=lambda seconds: None,
        )
    finally:
        proxy.close()

    assert result.attempts == 4
    assert proxy.connections == 4
    rows = server.table("packages")
    assert [(row["id"], row["version"]) for row in rows] == [(result.package, 1)]
    assert result.version == "1"
    assert len(server.table("publish_keys")) == 1
    assert list((server.data_dir / "tmp").glob("*")) == []


# -- helpers --------------------------------------------------------------------


def _key() -> bytes:
    from delivery_helpers import studio_public_key

    return studio_public_key()


def _saved(folder, package: bytes):
    path = folder / "check.zip"
    path.write_bytes(package)
    return path


def _tampered(package: bytes, *, offset_in_entry: int, entry_suffix: str) -> bytes:
    """The package with one byte of one entry's stored data changed."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith(entry_suffix))
    data = bytearray(package)
    head = info.header_offset
    name_length = int.from_bytes(data[head + 26 : head + 28], "little")
    extra_length = int.from_bytes(data[head + 28 : head + 30], "little")
    start = head + 30 + name_length + extra_length
    position = start + min(offset_in_entry, info.compress_size - 1)
    data[position] ^= 0x01
    return bytes(data)


def test_two_uploads_of_one_key_at_once_store_one_version(server, package):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda _: server.publish(package, key="same"), [1, 2]))

    assert sorted(a.status for a in answers) == [201, 201]
    assert answers[0].json() == answers[1].json()
    assert len(server.table("packages")) == 1
    assert server.data_dir.joinpath("tmp").exists()
    assert list((server.data_dir / "tmp").glob("*")) == []
