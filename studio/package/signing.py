"""Signing packages with Ed25519, and the studio's own key.

A package's ``signature.json`` signs the exact bytes of its ``manifest.json``.
The studio's key pair lives outside any project file, in a folder of the user's
own: ``HELDER_KEY_DIR`` when set, else ``~/.config/helder/keys`` on Linux (under
``XDG_CONFIG_HOME`` when that is set), ``%APPDATA%\\Helder\\keys`` on Windows and
``~/Library/Application Support/Helder/keys`` on macOS. The private key is made on
first use, readable by its owner alone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import secrets
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from studio.package.errors import PackageError

logger = logging.getLogger(__name__)

ALGORITHM = "ed25519"
PRIVATE_NAME = "studio-signing.key"
PUBLIC_LENGTH, SIGNATURE_LENGTH = 32, 64


class KeyStoreError(OSError):
    """The studio's key cannot be read, made or replaced; the message says why.

    An OSError, as the other failures of reading and writing files are."""


def key_folder(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> Path:
    """Where the studio keeps its signing key on this machine, for this user."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    chosen = environ.get("HELDER_KEY_DIR")
    if chosen:
        return Path(chosen)
    if platform == "win32":
        base = environ.get("APPDATA") or Path.home() / "AppData" / "Roaming"
        return Path(base) / "Helder" / "keys"
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Helder" / "keys"
    config = environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(config) / "helder" / "keys"


def key_id(public_key: bytes) -> str:
    """The first 16 hex digits of the sha256 of the raw public key."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


@dataclass(frozen=True)
class StudioKey:
    """The studio's key pair, and where it is kept."""

    private: Ed25519PrivateKey
    path: Path

    @property
    def public(self) -> bytes:
        return public_bytes(self.private)

    @property
    def id(self) -> str:
        return key_id(self.public)

    @property
    def public_base64(self) -> str:
        return base64.b64encode(self.public).decode("ascii")


def key_path(folder: Path | None = None) -> Path:
    return (folder or key_folder()) / PRIVATE_NAME


def load_key(folder: Path | None = None) -> StudioKey | None:
    """The studio's key, or None when none has been made yet."""
    path = key_path(folder)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise KeyStoreError(f"{path}: cannot be read: {error.strerror}") from None
    if os.name != "nt" and path.stat().st_mode & 0o077:
        raise KeyStoreError(
            f"{path}: the signing key can be read by others; make it private "
            "(chmod 600) or create a new one"
        )
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        private = None
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyStoreError(f"{path}: is not an Ed25519 signing key")
    return StudioKey(private, path)


def studio_key(folder: Path | None = None) -> StudioKey:
    """The studio's key, made now when there is none yet."""
    return load_key(folder) or create_key(folder)


def create_key(folder: Path | None = None, *, replace: bool = False) -> StudioKey:
    """Make a new key pair; an existing key is kept unless ``replace``.

    The key is written to a private file beside its name and then linked or
    renamed onto it, so that two studios starting at once never leave half a
    key, and the one that comes second uses the first one's key.
    """
    path = key_path(folder)
    existing = None if replace else load_key(folder)
    if existing is not None:
        raise KeyStoreError(
            f"{path}: a signing key already exists (key id {existing.id}); give "
            "--force to replace it"
        )
    private = Ed25519PrivateKey.generate()
    data = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        _write_private(path, data, replace)
    except FileExistsError:
        return studio_key(folder)
    except OSError as error:
        raise KeyStoreError(
            f"{error.filename or path}: cannot write the signing key: {error.strerror}"
        ) from None
    logger.info("made signing key %s in %s", key_id(public_bytes(private)), path)
    return StudioKey(private, path)


def _write_private(path: Path, data: bytes, replace: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    handle = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if replace:
            os.replace(part, path)
        else:
            os.link(part, path)  # FileExistsError when another studio was first
    finally:
        part.unlink(missing_ok=True)


# -- signatures ---------------------------------------------------------------


def sign(manifest: bytes, key: Ed25519PrivateKey) -> dict[str, str]:
    """The ``signature.json`` document of the manifest's exact bytes."""
    public = public_bytes(key)
    return {
        "algorithm": ALGORITHM,
        "key_id": key_id(public),
        "public_key": base64.b64encode(public).decode("ascii"),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }


def read_signature(data: bytes) -> tuple[bytes, bytes, str]:
    """The public key, signature and key id of a ``signature.json``.

    Raises PackageError ``signature`` when it is not one.
    """
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _bad("signature.json is not JSON") from None
    expected = {"algorithm", "key_id", "public_key", "signature"}
    if not isinstance(document, dict) or set(document) != expected:
        raise _bad(f"signature.json must hold exactly {', '.join(sorted(expected))}")
    if document["algorithm"] != ALGORITHM:
        raise _bad(f"signature.json: algorithm must be {ALGORITHM!r}")
    public = _base64(document["public_key"], PUBLIC_LENGTH, "public_key")
    signature = _base64(document["signature"], SIGNATURE_LENGTH, "signature")
    if document["key_id"] != key_id(public):
        raise _bad("signature.json: key_id is not the id of its public key")
    return public, signature, document["key_id"]


def check_signature(manifest: bytes, public: bytes, signature: bytes) -> None:
    """Raises PackageError ``signature`` unless ``signature`` signs ``manifest``."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, manifest)
    except InvalidSignature:
        raise _bad(
            "the signature does not match manifest.json: the manifest was "
            "changed after it was signed"
        ) from None


def parse_public_key(text: str | bytes) -> bytes:
    """A raw 32-byte public key from base64 text, a PEM public key or raw bytes.

    Raises ValueError saying what was expected.
    """
    data = text.encode("ascii", "replace") if isinstance(text, str) else text
    if b"BEGIN PUBLIC KEY" in data:
        try:
            key = serialization.load_pem_public_key(data)
        except (ValueError, UnsupportedAlgorithm):
            key = None
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("is not an Ed25519 public key")
        return key.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
    if len(data) == PUBLIC_LENGTH:  # raw: its base64 would be 44 characters
        return data
    try:
        raw = base64.b64decode(data.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != PUBLIC_LENGTH:
        raise ValueError(
            "is not a public key: give the base64 that 'helder keys show' prints"
        )
    return raw


def _base64(value: object, length: int, name: str) -> bytes:
    try:
        raw = (
            base64.b64decode(str(value), validate=True)
            if isinstance(value, str)
            else b""
        )
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != length:
        raise _bad(f"signature.json: {name} must be {length} bytes in base64")
    return raw


def _bad(message: str) -> PackageError:
    return PackageError("signature", message, "signature.json")
