"""The package's zip: written byte for byte the same each time, read with suspicion.

The writer puts the manifest first, the signature second and every other file after
them sorted by name, each with the same timestamp, permissions and compression, so
that the same files give the same zip.

The reader parses the zip's own structures (the end record, the central directory,
each local header) rather than trusting :mod:`zipfile`, which quietly rewrites
names such as ``a/../../x`` and takes the last of two entries with one name. Every
rule of the format is checked on the raw bytes, and an entry that breaks one is
refused, never mended. Nothing is decompressed before its declared sizes have
passed the limits, and no more than the declared size is ever produced.
"""

from __future__ import annotations

import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from studio.package.entry_rules import (
    ENCRYPTED,
    UNIX,
    duplicate,
    entry_problem,
)
from studio.package.errors import PackageError
from studio.render.files import staged

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature.json"

MAX_ENTRIES = 2000
MAX_TOTAL_SIZE = 4 << 30  # 4 GiB unpacked

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
DEFLATED_SUFFIXES = (".json", ".vtt", ".txt")
CHUNK = 1 << 20

_EOCD = struct.Struct("<4sHHHHIIH")
_CENTRAL = struct.Struct("<4sBBHHHHHIIIHHHHHII")
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_EOCD_SIG, _CENTRAL_SIG, _LOCAL_SIG = b"PK\x05\x06", b"PK\x01\x02", b"PK\x03\x04"
_ZIP64_LOCATOR_SIG = b"PK\x06\x07"
_DESCRIPTOR = 0x0008


# -- writing ------------------------------------------------------------------


def write_package(
    output: Path, manifest: bytes, signature: bytes, files: dict[str, Path]
) -> Path:
    """Write the zip of a package whole, beside ``output`` first.

    ``files`` maps each entry name (besides the manifest and the signature) to the
    file that holds its bytes.
    """
    with staged(Path(output), ".part.zip") as part:
        with zipfile.ZipFile(part, "w", allowZip64=False) as archive:
            _write_bytes(archive, MANIFEST_NAME, manifest)
            _write_bytes(archive, SIGNATURE_NAME, signature)
            for name in sorted(files):
                if name.endswith(DEFLATED_SUFFIXES):
                    _write_bytes(archive, name, Path(files[name]).read_bytes())
                else:
                    _write_file(archive, name, Path(files[name]))
    return Path(output)


def _info(name: str, compress_type: int, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = compress_type
    info.create_system = UNIX
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.file_size = size
    return info


def _write_bytes(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    compress = zipfile.ZIP_DEFLATED if name.endswith(DEFLATED_SUFFIXES) else 0
    info = _info(name, compress, len(data))
    archive.writestr(info, data, compresslevel=9 if compress else None)


def _write_file(archive: zipfile.ZipFile, name: str, path: Path) -> None:
    info = _info(name, zipfile.ZIP_STORED, path.stat().st_size)
    with path.open("rb") as source, archive.open(info, "w") as target:
        while chunk := source.read(CHUNK):
            target.write(chunk)


# -- reading ------------------------------------------------------------------


@dataclass(frozen=True)
class ZipEntry:
    """One entry as the central directory describes it."""

    name: str
    raw_name: bytes
    method: int
    flags: int
    crc: int
    packed: int
    size: int
    offset: int  # of its local header
    system: int
    external: int
    extra: int  # bytes of extra fields
    data_offset: int = -1  # known once the local header has been read


class Source:
    """Random access to the package's bytes, in memory or in a file."""

    def __init__(self, source: Path | bytes | bytearray | memoryview):
        self._data: memoryview | None = None
        self._path: Path | None = None
        self._file = None
        if isinstance(source, bytes | bytearray | memoryview):
            self._data = memoryview(source).cast("B")
            self.size = self._data.nbytes
        else:
            self._path = Path(source)
            self._file = self._path.open("rb")
            self.size = self._file.seek(0, 2)

    def read_at(self, offset: int, length: int) -> bytes:
        if offset < 0 or length < 0 or offset + length > self.size:
            raise PackageError(
                "zip_corrupt", "the zip is cut short: a part of it lies past its end"
            )
        if self._data is not None:
            return bytes(self._data[offset : offset + length])
        self._file.seek(offset)
        return self._file.read(length)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def shown_name(raw: bytes) -> str:
    """An entry name as it may be printed: controls and stray bytes escaped."""
    text = raw.decode("utf-8", "backslashreplace")
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


class Archive:
    """The entries of a zip that passed every structural rule, or the reasons why
    it did not.

    ``problems`` lists every rule an entry breaks, each naming the entry; a zip
    whose directory cannot be read at all has one problem and no entries.
    """

    def __init__(self, source: Source):
        self.source = source
        self.entries: list[ZipEntry] = []
        self.problems: list[PackageError] = []
        self._cd_offset = 0
        try:
            self.entries = self._directory()
        except PackageError as error:
            self.problems.append(error)
            return
        self._check_entries()
        if not self.problems:
            self._check_local_headers()

    def entry(self, name: str) -> ZipEntry | None:
        return next((entry for entry in self.entries if entry.name == name), None)

    @property
    def names(self) -> list[str]:
        return [entry.name for entry in self.entries]

    # -- the directory ------------------------------------------------------

    def _directory(self) -> list[ZipEntry]:
        size = self.source.size
        if size < _EOCD.size:
            raise PackageError("not_a_zip", "this is not a zip file: it is too short")
        start = max(0, size - _EOCD.size - 0xFFFF)
        tail = self.source.read_at(start, size - start)
        at = tail.rfind(_EOCD_SIG)
        if at < 0 or len(tail) - at < _EOCD.size:
            raise PackageError(
                "not_a_zip",
                "this is not a zip file, or it is cut short: it has no zip "
                "directory at its end",
            )
        _, disk, cd_disk, here, total, cd_size, cd_offset, comment = _EOCD.unpack_from(
            tail, at
        )
        end = start + at
        if disk or cd_disk or here != total:
            raise PackageError("not_a_zip", "a zip split over several disks")
        zip64 = end >= 20 and self.source.read_at(end - 20, 4) == _ZIP64_LOCATOR_SIG
        if zip64 or 0xFFFF in (here, total) or 0xFFFFFFFF in (cd_size, cd_offset):
            raise PackageError(
                "zip_too_big", "a zip64 archive: larger than a package may be"
            )
        if end + _EOCD.size + comment != size:
            raise PackageError(
                "zip_corrupt", "the zip has bytes after its end, or is cut short"
            )
        if cd_offset + cd_size != end:
            raise PackageError(
                "zip_corrupt",
                "the zip directory is not where its end record says: the zip is "
                "cut short or has bytes added",
            )
        self._cd_offset = cd_offset
        return self._central(self.source.read_at(cd_offset, cd_size), total)

    def _central(self, directory: bytes, total: int) -> list[ZipEntry]:
        entries, at = [], 0
        for _ in range(total):
            if len(directory) - at < _CENTRAL.size:
                raise PackageError("zip_corrupt", "the zip directory is cut short")
            fields = _CENTRAL.unpack_from(directory, at)
            signature, _, system, _, flags, method = fields[:6]
            crc, packed, size, name_len, extra_len, comment_len = fields[8:14]
            disk, _, external, offset = fields[14:]
            if signature != _CENTRAL_SIG:
                raise PackageError("zip_corrupt", "the zip directory is damaged")
            at += _CENTRAL.size
            raw = directory[at : at + name_len]
            at += name_len + extra_len + comment_len
            if at > len(directory):
                raise PackageError("zip_corrupt", "the zip directory is cut short")
            if disk:
                raise PackageError(
                    "not_a_zip", "a zip split over several disks", shown_name(raw)
                )
            entries.append(
                ZipEntry(
                    shown_name(raw),
                    raw,
                    method,
                    flags,
                    crc,
                    packed,
                    size,
                    offset,
                    system,
                    external,
                    extra_len,
                )
            )
        if at != len(directory):
            raise PackageError(
                "zip_corrupt", "the zip directory holds more than its entries"
            )
        return entries

    # -- the rules, entry by entry -----------------------------------------

    def _check_entries(self) -> None:
        seen: dict[str, str] = {}
        folders: dict[str, str] = {}
        total, said_total = 0, False
        for index, entry in enumerate(self.entries):
            problem = entry_problem(entry) or duplicate(entry, seen, folders)
            if problem is None and index == MAX_ENTRIES:
                problem = PackageError(
                    "zip_too_big",
                    f"the package has {len(self.entries)} entries; at most "
                    f"{MAX_ENTRIES} are allowed",
                    entry.name,
                )
            total += entry.size
            if problem is None and total > MAX_TOTAL_SIZE and not said_total:
                said_total = True
                problem = PackageError(
                    "zip_too_big",
                    f"with entry '{entry.name}' the package unpacks to more than "
                    f"{MAX_TOTAL_SIZE >> 30} GiB",
                    entry.name,
                )
            if problem is not None:
                self.problems.append(problem)

    def _check_local_headers(self) -> None:
        """Each entry's local header agrees with the directory, and the entries
        follow one another from the first byte to the directory, with nothing
        between them and nothing shared."""
        expected, checked = 0, {}
        try:
            for entry in sorted(self.entries, key=lambda e: e.offset):
                entry = checked[entry.offset] = self._local(entry, expected)
                expected = entry.data_offset + entry.packed
                if entry.flags & _DESCRIPTOR:
                    expected += self._descriptor_size(expected)
        except PackageError as error:
            self.problems.append(error)
            return
        if expected != self._cd_offset:
            self.problems.append(
                PackageError(
                    "zip_corrupt",
                    "the zip holds bytes between its last entry and its directory",
                )
            )
            return
        self.entries = [checked[entry.offset] for entry in self.entries]

    def _local(self, entry: ZipEntry, expected: int) -> ZipEntry:
        where = entry.name
        if entry.offset < expected:
            raise PackageError(
                "zip_bomb", f"entry '{where}' overlaps the entry before it", where
            )
        if entry.offset > expected:
            raise PackageError(
                "zip_corrupt",
                f"the zip holds {entry.offset - expected} bytes before entry "
                f"'{where}' that belong to no entry",
                where,
            )
        fields = _LOCAL.unpack(self.source.read_at(entry.offset, _LOCAL.size))
        signature, _, flags, method, _, _, crc, packed, size, name_len, extra = fields
        if signature != _LOCAL_SIG:
            raise PackageError(
                "zip_corrupt", f"entry '{where}' has no local header", where
            )
        raw = self.source.read_at(entry.offset + _LOCAL.size, name_len)
        if raw != entry.raw_name:
            raise PackageError(
                "zip_corrupt",
                f"entry '{where}' is named '{shown_name(raw)}' in its local header",
                where,
            )
        if extra:
            raise PackageError(
                "zip_extra", f"entry '{where}' has extra fields in its header", where
            )
        differs = (flags ^ entry.flags) & (ENCRYPTED | _DESCRIPTOR)
        if method != entry.method or differs:
            raise PackageError(
                "zip_corrupt",
                f"entry '{where}': its local header and the directory disagree",
                where,
            )
        sizes = (crc, packed, size)
        if not flags & _DESCRIPTOR and sizes != (entry.crc, entry.packed, entry.size):
            raise PackageError(
                "zip_corrupt",
                f"entry '{where}': its local header and the directory give other sizes",
                where,
            )
        data_offset = entry.offset + _LOCAL.size + name_len
        if data_offset + entry.packed > self._cd_offset:
            raise PackageError("zip_corrupt", f"entry '{where}' is cut short", where)
        return replace(entry, data_offset=data_offset)

    def _descriptor_size(self, at: int) -> int:
        return 16 if self.source.read_at(at, 4) == b"PK\x07\x08" else 12

    # -- contents -----------------------------------------------------------

    def chunks(self, entry: ZipEntry) -> Iterator[bytes]:
        return entry_chunks(self.source, entry)

    def read(self, entry: ZipEntry) -> bytes:
        return b"".join(entry_chunks(self.source, entry))


def entry_chunks(
    source: Source, entry: ZipEntry, *, checksum: bool = True
) -> Iterator[bytes]:
    """An entry's unpacked bytes, a piece at a time, checked as they come: never
    more than its declared size, and its checksum at the end. A reader that
    checks the bytes against their sha256 in the signed manifest may leave the
    weaker checksum out (``checksum=False``), and so name a changed file by its
    hash."""
    where = entry.name
    inflate = zlib.decompressobj(-15) if entry.method == 8 else None
    crc, produced, left, at = 0, 0, entry.packed, entry.data_offset
    try:
        while left:
            piece = source.read_at(at, min(CHUNK, left))
            at, left = at + len(piece), left - len(piece)
            if inflate is not None:
                piece = inflate.decompress(piece, entry.size - produced + 1)
                if inflate.unconsumed_tail:
                    raise _bigger_than_declared(entry)
            produced += len(piece)
            if produced > entry.size:
                raise _bigger_than_declared(entry)
            crc = zlib.crc32(piece, crc)
            yield piece
        if inflate is not None and (not inflate.eof or inflate.unused_data):
            raise PackageError(
                "zip_corrupt", f"entry '{where}' is damaged or cut short", where
            )
    except zlib.error:
        raise PackageError(
            "zip_corrupt", f"entry '{where}' cannot be unpacked", where
        ) from None
    if produced != entry.size or (checksum and crc != entry.crc):
        raise PackageError(
            "zip_corrupt",
            f"entry '{where}' is damaged: its bytes do not match its checksum",
            where,
        )


def _bigger_than_declared(entry: ZipEntry) -> PackageError:
    return PackageError(
        "zip_bomb",
        f"entry '{entry.name}' unpacks to more than the {entry.size} bytes it declares",
        entry.name,
    )
