"""What a package's files may hold: the kinds allowed, told by their first bytes.

A file's extension names its media type, and its content must be that type: a
player or browser that sniffs content must never find a page or a script in a
file the package calls a video or a caption.
"""

from __future__ import annotations

import codecs
import hashlib

from studio.package.archive import Source, ZipEntry, entry_chunks

TEXT_TYPES = ("text/vtt", "text/plain", "application/json")


def digest_and_head(
    source: Source, entry: ZipEntry, text: bool, listed: bool
) -> tuple[str, bytes, bool]:
    """sha256, the first bytes, and (for text) whether it is clean UTF-8."""
    digest, head = hashlib.sha256(), b""
    decoder = codecs.getincrementaldecoder("utf-8")() if text else None
    clean = True
    # Listed files are judged by their sha256, which the caller compares.
    for piece in entry_chunks(source, entry, checksum=not listed):
        digest.update(piece)
        if len(head) < 16:
            head += piece[: 16 - len(head)]
        if decoder is not None and clean:
            try:
                chunk = decoder.decode(piece)
            except UnicodeDecodeError:
                clean = False
            else:
                clean = not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in chunk)
    if decoder is not None and clean:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            clean = False
    return digest.hexdigest(), head, clean


def content_problem(kind: str, head: bytes, text_ok: bool) -> str | None:
    """What is wrong with a file's first bytes for its media type, or None."""
    if kind in ("video/mp4", "audio/mp4"):
        fits = head[4:8] == b"ftyp"
    elif kind == "image/jpeg":
        fits = head.startswith(b"\xff\xd8\xff")
    elif kind == "image/png":
        fits = head.startswith(b"\x89PNG\r\n\x1a\n")
    elif kind == "image/gif":
        fits = head[:6] in (b"GIF87a", b"GIF89a")
    elif kind == "font/ttf":
        fits = head[:4] in (b"\x00\x01\x00\x00", b"true")
    elif kind == "font/otf":
        fits = head[:4] == b"OTTO"
    elif kind == "text/vtt":
        fits = text_ok and (head == b"WEBVTT" or head[:7] in _VTT_STARTS)
    else:  # text/plain, application/json
        fits = text_ok
    return None if fits else f"is not what a {kind} file holds"


_VTT_STARTS = (b"WEBVTT\n", b"WEBVTT\r", b"WEBVTT ", b"WEBVTT\t")
