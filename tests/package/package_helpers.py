"""Packages built by hand: a small valid one, and zips that break the rules.

The small package is the sample template's manifest over tiny stand-ins for its
media, so that the reader's rules can be tried without encoding any video. The
zip builder writes every header itself, so that a test can give an entry any
name, mode, method or size, including ones ``zipfile`` would refuse to write.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from studio.package.archive import write_package
from studio.package.live import package_fonts
from studio.package.manifest import (
    MUSIC_FILE,
    build_manifest,
    canonical_bytes,
    captions_name,
    describe_file,
    font_name,
    licence_name,
    poster_name,
    teaser_name,
    thumbnail_name,
    video_name,
)
from studio.package.signing import sign
from studio.project import Project
from studio.resources import SAMPLE_PROJECT

MP4 = struct.pack(">I", 20) + b"ftypisom" + b"\x00\x00\x02\x00isom" + b"\x00" * 8
M4A = struct.pack(">I", 20) + b"ftypM4A " + b"\x00\x00\x02\x00isom" + b"\x00" * 8
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 12 + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
GIF = b"GIF89a" + b"\x01\x00\x01\x00" + b"\x00" * 6 + b";"
TTF = b"\x00\x01\x00\x00" + b"\x00" * 28
VTT = b"WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHallo {first_name}.\n"
LICENCE = b"SIL Open Font License, Version 1.1\n"


@cache
def sample_template():
    return Project.open(SAMPLE_PROJECT, sample_data=False).template


def stand_in_files(template) -> dict[str, bytes]:
    files = {}
    for scene in template.scenes:
        for language in template.languages:
            files[video_name(scene, language)] = MP4
            files[poster_name(scene, language)] = JPEG
            if scene.caption:
                files[captions_name(scene, language)] = VTT
    for language in template.languages:
        files[thumbnail_name(language)] = PNG
        files[teaser_name(language)] = GIF
    if template.music is not None:
        files[MUSIC_FILE] = M4A
    for font in package_fonts(template):
        files[font_name(font)] = TTF
        files[licence_name(font)] = LICENCE
    return files


def small_package(folder: Path, private_key, template=None) -> bytes:
    """A valid package of the sample template with stand-in media."""
    template = template or sample_template()
    files = stand_in_files(template)
    paths = {}
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        paths[name] = path
    listing = {name: describe_file(path) for name, path in paths.items()}
    manifest = canonical_bytes(
        build_manifest(template, listing, package_fonts(template))
    )
    signature = canonical_bytes(sign(manifest, private_key))
    return write_package(folder / "small.zip", manifest, signature, paths).read_bytes()


# -- zips built by hand -----------------------------------------------------------


@dataclass
class RawEntry:
    """One entry with every header field a test may want to set."""

    name: bytes
    data: bytes = b""
    method: int = 0  # 0 stored, 8 deflated
    packed: bytes | None = None  # the bytes stored; default: data, packed by method
    size: int | None = None  # the unpacked size declared; default: len(data)
    external: int = 0o100644 << 16
    system: int = 3
    flags: int = 0
    local_name: bytes | None = None
    extra: bytes = b""


def zip_of(entries: list[RawEntry], tail: bytes = b"") -> bytes:
    """The zip holding ``entries`` in order, headers written field by field."""
    body, directory = bytearray(), bytearray()
    for entry in entries:
        packed = entry.packed
        if packed is None:
            packed = entry.data
            if entry.method == 8:
                squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
                packed = squeeze.compress(entry.data) + squeeze.flush()
        size = len(entry.data) if entry.size is None else entry.size
        crc = zlib.crc32(entry.data)
        local_name = entry.name if entry.local_name is None else entry.local_name
        offset = len(body)
        body += struct.pack(
            "<4sHHHHHIIIHH",
            b"PK\x03\x04",
            20,
            entry.flags,
            entry.method,
            0,
            0x21,
            crc,
            len(packed),
            size,
            len(local_name),
            len(entry.extra),
        )
        body += local_name + entry.extra + packed
        directory += struct.pack(
            "<4sBBHHHHHIIIHHHHHII",
            b"PK\x01\x02",
            20,
            entry.system,
            20,
            entry.flags,
            entry.method,
            0,
            0x21,
            crc,
            len(packed),
            size,
            len(entry.name),
            len(entry.extra),
            0,
            0,
            0,
            entry.external,
            offset,
        )
        directory += entry.name + entry.extra
    end = struct.pack(
        "<4sHHHHIIH",
        b"PK\x05\x06",
        0,
        0,
        len(entries),
        len(entries),
        len(directory),
        len(body),
        0,
    )
    return bytes(body + directory + end) + tail


def entries_of(package: bytes) -> list[RawEntry]:
    """The entries of a package written by the studio, to rebuild it by hand."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return [
            RawEntry(
                info.filename.encode("ascii"),
                archive.read(info),
                method=info.compress_type,
            )
            for info in archive.infolist()
        ]
