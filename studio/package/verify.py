"""Reading a package as a delivery server must: every rule checked, nothing mended.

:func:`read_package` gives a :class:`Package` only when every rule holds and raises
the first :class:`PackageError` otherwise; :func:`check_package` collects every
problem, for ``helder package verify``. The zip's structure is checked first (a
zip that breaks those rules is not looked into further), then the signature, the
manifest against its schema and against itself, and last every file: listed, of
its listed size and sha256, and of the kind its extension says.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from studio.package.archive import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Archive,
    Source,
    ZipEntry,
    entry_chunks,
)
from studio.package.consistency import manifest_problems
from studio.package.content import TEXT_TYPES, content_problem, digest_and_head
from studio.package.errors import PackageError
from studio.package.manifest import MEDIA_TYPES, canonical_bytes, media_type
from studio.package.signing import (
    check_signature,
    key_id,
    load_key,
    read_signature,
)

SCHEMAS = Path(__file__).resolve().parent / "schemas"
MAX_MANIFEST = 16 << 20  # bytes; a manifest is text about the files, not a file
MAX_SIGNATURE = 4096


@cache
def schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


@cache
def _manifest_validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema("manifest.schema.json"))


class Package:
    """A package that passed every check. ``read`` checks a file's sha256 again,
    so that a package file changed on disk since is noticed."""

    def __init__(
        self,
        source: Path | bytes,
        entries: list[ZipEntry],
        manifest_bytes: bytes,
        signature_bytes: bytes,
        key: str,
    ):
        self._source = source
        self._entries = {entry.name: entry for entry in entries}
        self.names = [entry.name for entry in entries]
        self.manifest_bytes = manifest_bytes
        self.signature_bytes = signature_bytes
        self.manifest: dict[str, Any] = json.loads(manifest_bytes)
        self.key_id = key

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        return self.manifest["files"]

    def read(self, name: str) -> bytes:
        entry = self._entries.get(name)
        if entry is None:
            raise PackageError("missing_file", f"'{name}' is not in the package", name)
        with Source(self._source) as source:
            data = b"".join(entry_chunks(source, entry, checksum=False))
        if name == MANIFEST_NAME:
            expected = hashlib.sha256(self.manifest_bytes).hexdigest()
        elif name == SIGNATURE_NAME:
            expected = hashlib.sha256(self.signature_bytes).hexdigest()
        else:
            expected = self.files[name]["sha256"]
        if hashlib.sha256(data).hexdigest() != expected:
            raise PackageError(
                "hash", f"'{name}' has changed since the package was checked", name
            )
        return data

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Package):
            return NotImplemented
        return (self.manifest_bytes, self.signature_bytes, self.names) == (
            other.manifest_bytes,
            other.signature_bytes,
            other.names,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        template = self.manifest["template"]
        return (
            f"Package({template['id']!r}, version {template['version']!r}, "
            f"{len(self.names)} entries, key {self.key_id})"
        )


@dataclass
class Check:
    """Everything found while checking one package."""

    problems: list[PackageError]
    package: Package | None = None

    @property
    def valid(self) -> bool:
        return not self.problems and self.package is not None


def read_package(
    source: Path | bytes, trusted_keys: list[bytes] | None = None
) -> Package:
    """The package, when it passes every rule; else the first problem is raised.

    ``trusted_keys`` are raw Ed25519 public keys; None trusts the studio's own.
    An unreadable file raises OSError, as opening any file does.
    """
    check = check_package(source, trusted_keys)
    if check.problems:
        raise check.problems[0]
    return check.package


def check_package(
    source: Path | bytes, trusted_keys: list[bytes] | None = None
) -> Check:
    """Every problem of the package, in the order the checks run."""
    if not isinstance(source, bytes | bytearray):
        source = Path(source)
    with Source(source) as opened:
        archive = Archive(opened)
        if archive.problems:
            return Check(archive.problems)
        return _check_contents(source, opened, archive, trusted_keys)


def _check_contents(source, opened: Source, archive: Archive, trusted) -> Check:
    problems: list[PackageError] = []
    names = archive.names
    for index, wanted in enumerate((MANIFEST_NAME, SIGNATURE_NAME)):
        if len(names) <= index or names[index] != wanted:
            found = names[index] if len(names) > index else "nothing"
            ordinal = "first" if index == 0 else "second"
            problems.append(
                PackageError(
                    "first_entry",
                    f"the {ordinal} entry must be {wanted}, not '{found}'",
                    found if found != "nothing" else "",
                )
            )
    if problems:
        return Check(problems)
    entries = archive.entries
    manifest_bytes = _small(opened, entries[0], MAX_MANIFEST, problems)
    signature_bytes = _small(opened, entries[1], MAX_SIGNATURE, problems)
    if manifest_bytes is None or signature_bytes is None:
        return Check(problems)
    key = _signature_problems(manifest_bytes, signature_bytes, trusted, problems)
    manifest = _manifest(manifest_bytes, problems)
    listed = {}
    if manifest is not None:
        schema_problems = _schema_problems(manifest)
        problems += schema_problems
        if not schema_problems:
            problems += manifest_problems(manifest)
        if not any(p.where.startswith("files") for p in schema_problems):
            listed = manifest.get("files", {})
    have_listing = manifest is not None and "files" in manifest
    problems += _entry_problems(opened, entries[2:], listed, have_listing)
    if problems:
        return Check(problems)
    package = Package(
        bytes(source) if isinstance(source, bytearray) else source,
        entries,
        manifest_bytes,
        signature_bytes,
        key,
    )
    return Check([], package)


def _small(source, entry: ZipEntry, limit: int, problems) -> bytes | None:
    if entry.size > limit:
        problems.append(
            PackageError(
                "zip_too_big",
                f"{entry.name} is {entry.size} bytes; at most {limit} are allowed",
                entry.name,
            )
        )
        return None
    try:
        return b"".join(entry_chunks(source, entry))
    except PackageError as error:
        problems.append(error)
        return None


def _signature_problems(manifest: bytes, signature: bytes, trusted, problems) -> str:
    try:
        public, signed, key = read_signature(signature)
        check_signature(manifest, public, signed)
    except PackageError as error:
        problems.append(error)
        return ""
    if trusted is None:
        own = load_key()
        trusted = [own.public] if own is not None else []
        if own is None:
            problems.append(
                PackageError(
                    "untrusted_key",
                    f"signed with key {key}, but this studio has no signing key "
                    "yet to trust: give the signer's public key",
                    SIGNATURE_NAME,
                )
            )
            return key
    if public not in {bytes(k) for k in trusted}:
        known = ", ".join(key_id(bytes(k)) for k in trusted) or "none"
        problems.append(
            PackageError(
                "untrusted_key",
                f"signed with key {key}, which is not trusted (trusted: {known})",
                SIGNATURE_NAME,
            )
        )
    return key


def _manifest(data: bytes, problems) -> dict | None:
    try:
        manifest = strict_json(data)
    except ValueError as error:
        problems.append(
            PackageError("manifest", f"manifest.json: {error}", MANIFEST_NAME)
        )
        return None
    if not isinstance(manifest, dict):
        problems.append(
            PackageError("manifest", "manifest.json is not an object", MANIFEST_NAME)
        )
        return None
    if canonical_bytes(manifest) != data:
        problems.append(
            PackageError(
                "manifest",
                "manifest.json is not canonical JSON (UTF-8, keys sorted, two-space "
                "indent, one final newline)",
                MANIFEST_NAME,
            )
        )
    return manifest


def strict_json(data: bytes) -> Any:
    """JSON that means one thing to every reader: UTF-8, no key given twice, no
    NaN or Infinity. Raises ValueError saying what is wrong."""

    def pairs(items: list[tuple[str, Any]]) -> dict:
        found = dict(items)
        if len(found) != len(items):
            raise ValueError("a key is given twice in one object")
        return found

    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not a JSON number")

    try:
        text = data.decode("utf-8")
        return json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg} at line {error.lineno})") from None
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _schema_problems(manifest: dict) -> list[PackageError]:
    found = []
    for error in _manifest_validator().iter_errors(manifest):
        where = "/".join(str(part) for part in error.absolute_path) or "manifest"
        message = error.message if len(error.message) <= 200 else error.message[:197]
        found.append(PackageError("schema", f"{where}: {message}", where))
    return sorted(found, key=lambda problem: problem.where)


def _entry_problems(source, entries, listed: dict, have_manifest: bool) -> list:
    problems = []
    for entry in entries:
        problems += _entry(source, entry, listed.get(entry.name), have_manifest)
    present = {entry.name for entry in entries}
    for name in sorted(set(listed) - present):
        problems.append(
            PackageError(
                "missing_file", f"'{name}' is listed but not in the package", name
            )
        )
    return problems


def _entry(source, entry: ZipEntry, listed, have_manifest: bool) -> list:
    name = entry.name
    kind = media_type(name)
    if kind is None:
        return [
            PackageError(
                "file_type",
                f"'{name}': only {', '.join(MEDIA_TYPES)} files may be in a package",
                name,
            )
        ]
    unlisted = []
    if listed is None and have_manifest:
        unlisted.append(
            PackageError("unlisted_file", f"'{name}' is not in the manifest", name)
        )
    try:
        digest, head, text_ok = digest_and_head(
            source, entry, kind in TEXT_TYPES, listed is not None
        )
    except PackageError as error:
        return [error, *unlisted]
    problems = []
    magic = content_problem(kind, head, text_ok)
    if magic is not None:
        problems.append(PackageError("file_type", f"'{name}' {magic}", name))
    problems += unlisted
    if listed is not None:
        if listed["type"] != kind:
            problems.append(
                PackageError(
                    "file_type",
                    f"'{name}' is listed as {listed['type']}, but its name says {kind}",
                    name,
                )
            )
        if listed["size"] != entry.size:
            problems.append(
                PackageError(
                    "size",
                    f"'{name}' is {entry.size} bytes; the manifest says "
                    f"{listed['size']}",
                    name,
                )
            )
        elif listed["sha256"] != digest:
            problems.append(
                PackageError(
                    "hash", f"'{name}' is not the file the manifest lists", name
                )
            )
    return problems
