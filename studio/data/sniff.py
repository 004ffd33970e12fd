"""Telling file types apart by their content, never by their name.

Users rename files, and Excel happily saves an old-format workbook as ``.xlsx`` on
request, so the extension is only a hint for the messages.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from studio.data.source import MB, DataFileError, Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# Password-protected OOXML is an OLE container holding these two streams; their
# names are stored in UTF-16 in the container's directory.
ENCRYPTED_STREAMS = ("EncryptedPackage", "EncryptionInfo")
SCAN_CHUNK = 1 * MB
SAVE_AS_XLSX = "open it in Excel and save it as .xlsx"


def sniff(path: Path, limits: Limits) -> str:
    """Return ``"xlsx"`` or ``"text"`` for a readable file, or refuse it."""
    head = _read_head(path, limits)
    if head.startswith(OLE_MAGIC):
        _refuse_ole(path)
    if head.startswith(ZIP_MAGICS):
        return "xlsx"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DataFileError(path, "is UTF-16 text; save it as 'CSV UTF-8'")
    if b"\x00" in head:
        raise DataFileError(
            path, "is not a spreadsheet or a text file; use .xlsx or 'CSV UTF-8'"
        )
    return "text"


def _read_head(path: Path, limits: Limits) -> bytes:
    if not path.exists():
        raise DataFileError(path, "file not found")
    if path.is_dir():
        raise DataFileError(path, "is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        raise DataFileError(path, "the file is empty")
    if size > limits.max_file_bytes:
        raise DataFileError(
            path,
            f"the file is {_megabytes(size)}; the limit is "
            f"{_megabytes(limits.max_file_bytes)}, split the rows over several files",
        )
    with path.open("rb") as stream:
        return stream.read(64 * 1024)


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB"


def _refuse_ole(path: Path) -> None:
    if _holds_encrypted_package(path):
        raise DataFileError(
            path,
            "the workbook is password-protected; remove the password in Excel "
            "and save it again",
        )
    raise DataFileError(path, f"is an Excel 97-2003 workbook (.xls); {SAVE_AS_XLSX}")


def _holds_encrypted_package(path: Path) -> bool:
    """Look for the encrypted-package stream names anywhere in the container.

    Scanning for the UTF-16 names is simpler than walking the container's sector
    chains and bounded by the file-size limit; a false hit only changes the advice,
    since both kinds of file are refused.
    """
    wanted = [name.encode("utf-16-le") for name in ENCRYPTED_STREAMS]
    found: set[bytes] = set()
    overlap = max(len(name) for name in wanted)
    tail = b""
    with path.open("rb") as stream:
        while chunk := stream.read(SCAN_CHUNK):
            window = tail + chunk
            found.update(name for name in wanted if name in window)
            if len(found) == len(wanted):
                return True
            tail = window[-overlap:]
    return False


def open_workbook_zip(path: Path) -> zipfile.ZipFile:
    """Open the zip container of a workbook, or say what else the zip is."""
    try:
        archive = zipfile.ZipFile(path)
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise damaged(path) from error
    if "xl/workbook.xml" in names or _office_document(archive, names) == "xlsx":
        return archive
    try:
        what = _what_zip_is(archive, names)
    finally:
        archive.close()
    raise DataFileError(path, what)


def damaged(path: Path) -> DataFileError:
    return DataFileError(
        path,
        "the workbook is damaged (an incomplete or corrupt zip archive); "
        "save it again from Excel",
    )


def _office_document(archive: zipfile.ZipFile, names: set[str]) -> str:
    """Which main part the package's root relationships point at, by its name."""
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "[Content_Types].xml" not in names:
        return ""
    info = archive.getinfo("[Content_Types].xml")
    if info.file_size > 1 * MB:
        return ""
    try:
        types = archive.read(info)
    except (zipfile.BadZipFile, OSError):
        return ""
    return "xlsx" if b"spreadsheetml.sheet.main+xml" in types else ""


def _what_zip_is(archive: zipfile.ZipFile, names: set[str]) -> str:
    if "mimetype" in names:
        info = archive.getinfo("mimetype")
        mimetype = archive.read(info) if info.file_size < 200 else b""
        if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            return "is an OpenDocument spreadsheet (.ods); save it as .xlsx"
    if "xl/workbook.bin" in names:
        return "is a binary Excel workbook (.xlsb); save it as .xlsx"
    return "is a zip archive but not an Excel workbook; use .xlsx or 'CSV UTF-8'"
