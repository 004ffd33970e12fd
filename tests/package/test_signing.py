"""The studio's signing key and the signatures it makes."""

import base64
import json
import os
import stat
import sys
from pathlib import Path

import pytest
from package_helpers import entries_of, small_package, zip_of

from studio.package.errors import PackageError
from studio.package.signing import (
    KeyStoreError,
    check_signature,
    create_key,
    key_folder,
    key_id,
    load_key,
    parse_public_key,
    read_signature,
    sign,
    studio_key,
)
from studio.package.verify import check_package, read_package


def test_the_key_folder_on_each_platform(monkeypatch, tmp_path):
    home = Path.home()
    assert key_folder({"HELDER_KEY_DIR": str(tmp_path)}, "linux") == tmp_path
    assert key_folder({}, "linux") == home / ".config" / "helder" / "keys"
    assert key_folder({"XDG_CONFIG_HOME": "/x"}, "linux") == Path("/x/helder/keys")
    assert key_folder({"APPDATA": "C:/Users/a/AppData/Roaming"}, "win32") == Path(
        "C:/Users/a/AppData/Roaming/Helder/keys"
    )
    assert key_folder({}, "darwin") == (
        home / "Library" / "Application Support" / "Helder" / "keys"
    )


def test_the_key_is_made_on_first_use_and_kept_private(tmp_path):
    folder = tmp_path / "keys"
    assert load_key(folder) is None
    made = studio_key(folder)
    again = studio_key(folder)
    assert made.public == again.public and len(made.public) == 32
    assert made.id == key_id(made.public) and len(made.id) == 16
    if os.name != "nt":
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.name for p in folder.iterdir()] == [made.path.name]


def test_create_refuses_to_replace_a_key_unless_told(tmp_path):
    first = create_key(tmp_path)
    with pytest.raises(KeyStoreError, match="already exists.*--force"):
        create_key(tmp_path)
    assert load_key(tmp_path).public == first.public
    second = create_key(tmp_path, replace=True)
    assert second.public != first.public
    assert load_key(tmp_path).public == second.public


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_key_others_can_read_is_refused(tmp_path):
    made = create_key(tmp_path)
    made.path.chmod(0o644)
    with pytest.raises(KeyStoreError, match="chmod 600"):
        load_key(tmp_path)


def test_a_damaged_key_file_is_refused(tmp_path):
    made = create_key(tmp_path)
    made.path.write_bytes(b"not a key")
    with pytest.raises(KeyStoreError, match="not an Ed25519"):
        load_key(tmp_path)


def test_a_signature_covers_the_exact_manifest_bytes(tmp_path):
    key = create_key(tmp_path)
    manifest = b'{\n  "format": "helder-package"\n}\n'
    document = sign(manifest, key.private)
    assert document["key_id"] == key.id
    public, signature, found = read_signature(json.dumps(document).encode())
    check_signature(manifest, public, signature)
    with pytest.raises(PackageError) as raised:
        check_signature(manifest.replace(b"  ", b"   "), public, signature)
    assert raised.value.code == "signature"


@pytest.mark.parametrize(
    "change",
    [
        {"algorithm": "rsa"},
        {"key_id": "0000000000000000"},
        {"public_key": "AAAA"},
        {"signature": "not base64!"},
        {"extra": 1},
    ],
)
def test_a_malformed_signature_document(tmp_path, change):
    key = create_key(tmp_path)
    document = {**sign(b"x", key.private), **change}
    with pytest.raises(PackageError) as raised:
        read_signature(json.dumps(document).encode())
    assert raised.value.code == "signature"


def test_public_keys_are_read_in_every_form(tmp_path):
    from cryptography.hazmat.primitives import serialization

    key = create_key(tmp_path)
    pem = key.private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert parse_public_key(key.public_base64) == key.public
    assert parse_public_key(key.public_base64 + "\n") == key.public
    assert parse_public_key(pem) == key.public
    assert parse_public_key(key.public) == key.public
    for bad in ("", "hello", base64.b64encode(b"x" * 31).decode()):
        with pytest.raises(ValueError, match="helder keys show"):
            parse_public_key(bad)


@pytest.fixture(scope="module")
def valid(tmp_path_factory, studio_key):
    return small_package(tmp_path_factory.mktemp("small"), studio_key.private)


def test_a_package_signed_by_another_key_is_untrusted(valid, studio_key, tmp_path):
    other = create_key(tmp_path)
    with pytest.raises(PackageError) as raised:
        read_package(valid, [other.public])
    assert raised.value.code == "untrusted_key"
    assert studio_key.id in raised.value.message
    assert read_package(valid, [other.public, studio_key.public]).key_id == (
        studio_key.id
    )


def test_without_trusted_keys_the_studio_trusts_its_own(valid, studio_key):
    assert read_package(valid).key_id == studio_key.id


def test_a_resigned_manifest_is_untrusted_not_invalid(valid, studio_key, tmp_path):
    attacker = create_key(tmp_path)
    entries = entries_of(valid)
    manifest = entries[0].data.replace(b"Betalingsherinnering", b"Betalingsherinneriny")
    entries[0].data = manifest
    entries[1].data = (
        json.dumps(sign(manifest, attacker.private), indent=2, sort_keys=True) + "\n"
    ).encode()
    problems = check_package(zip_of(entries), [studio_key.public]).problems
    assert [p.code for p in problems] == ["untrusted_key"]


def test_one_changed_manifest_byte_breaks_the_signature(valid, studio_key):
    entries = entries_of(valid)
    entries[0].data = entries[0].data.replace(b'"fps": 25', b'"fps": 24')
    problems = check_package(zip_of(entries), [studio_key.public]).problems
    assert problems[0].code == "signature"
    assert problems[0].where == "signature.json"
