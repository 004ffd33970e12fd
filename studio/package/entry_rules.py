"""The rules one zip entry must keep, read from its central directory record.

Each function returns the first rule an entry breaks as a PackageError naming the
entry, or None. Names are judged as the raw bytes the directory holds, never as
a library would tidy them.
"""

from __future__ import annotations

import re
import stat
from typing import TYPE_CHECKING

from studio.package.errors import PackageError

if TYPE_CHECKING:
    from studio.package.archive import ZipEntry

MAX_ENTRY_SIZE = 1 << 30  # 1 GiB unpacked
MAX_RATIO = 200  # unpacked size over packed size; above it, a bomb
MAX_NAME = 200

_NAME_PART = re.compile(rb"[A-Za-z0-9._-]+")
UNIX = 3  # "version made by" system: Unix, whose external attributes hold a mode
_MSDOS_DIRECTORY = 0x10
ENCRYPTED = 0x0001 | 0x0040  # traditional and strong encryption


def entry_problem(entry: ZipEntry) -> PackageError | None:
    """The first rule the entry breaks, by its directory record alone."""
    where, raw = entry.name, entry.raw_name
    mode = entry.external >> 16 if entry.system == UNIX else 0
    kind = stat.S_IFMT(mode)
    if raw.endswith(b"/") or kind == stat.S_IFDIR or entry.external & _MSDOS_DIRECTORY:
        return PackageError(
            "zip_directory", f"entry '{where}' is a directory entry", where
        )
    problem = name_problem(raw)
    if problem is not None:
        return PackageError("zip_path", f"entry '{where}' {problem}", where)
    if kind == stat.S_IFLNK:
        return PackageError("zip_link", f"entry '{where}' is a symbolic link", where)
    if kind not in (0, stat.S_IFREG):
        return PackageError("zip_link", f"entry '{where}' is not a plain file", where)
    if entry.flags & ENCRYPTED:
        return PackageError("zip_encrypted", f"entry '{where}' is encrypted", where)
    if entry.method not in (0, 8):
        return PackageError(
            "zip_method",
            f"entry '{where}' is packed with method {entry.method}; only stored "
            "(0) and deflated (8) are allowed",
            where,
        )
    if entry.extra:
        return PackageError(
            "zip_extra", f"entry '{where}' has extra fields in the directory", where
        )
    return _size_problem(entry)


def _size_problem(entry: ZipEntry) -> PackageError | None:
    where = entry.name
    if entry.size > MAX_ENTRY_SIZE:
        return PackageError(
            "zip_too_big",
            f"entry '{where}' unpacks to {entry.size} bytes; an entry may unpack "
            f"to at most {MAX_ENTRY_SIZE >> 30} GiB",
            where,
        )
    if entry.method == 0 and entry.packed != entry.size:
        return PackageError(
            "zip_corrupt",
            f"entry '{where}' is stored, but its packed and unpacked sizes differ",
            where,
        )
    if entry.size > MAX_RATIO * entry.packed:
        ratio = entry.size / max(1, entry.packed)
        return PackageError(
            "zip_bomb",
            f"entry '{where}' unpacks {ratio:.0f} times larger than it is packed; "
            f"above {MAX_RATIO} is a zip bomb",
            where,
        )
    return None


def name_problem(raw: bytes) -> str | None:
    """What is wrong with an entry name (as raw bytes), or None."""
    if not raw:
        return "has no name"
    if len(raw) > MAX_NAME:
        return f"has a name longer than {MAX_NAME} characters"
    if re.match(rb"[A-Za-z]:", raw):
        return "names a drive: names are relative paths"
    if b"\\" in raw:
        return "holds a backslash: names are paths with '/'"
    if raw.startswith(b"/"):
        return "is an absolute path: names are relative paths"
    parts = raw.split(b"/")
    if b".." in parts:
        return "leaves the package"
    if b"." in parts or b"" in parts:
        return "has an empty or '.' part"
    if not all(_NAME_PART.fullmatch(part) for part in parts):
        return "holds characters other than letters, digits, '.', '_' and '-'"
    return None


def duplicate(
    entry: ZipEntry, seen: dict[str, str], folders: dict[str, str]
) -> PackageError | None:
    """Two entries that would be one file on a disk that ignores case, or a file
    where another entry needs a folder. ``seen`` holds the names so far (by their
    lower case) and ``folders`` the folders they lie in."""
    key, name = entry.name.lower(), entry.name
    parts = key.split("/")
    inside = ["/".join(parts[:end]) for end in range(1, len(parts))]
    problem = None
    if key in seen:
        same = "the same name as" if seen[key] == name else "the name, but for case, of"
        problem = f"entry '{name}' has {same} entry '{seen[key]}'"
    elif key in folders:
        problem = f"entry '{name}' is a file where entry '{folders[key]}' has a folder"
    else:
        files = [seen[folder] for folder in inside if folder in seen]
        if files:
            problem = f"entry '{name}' lies inside entry '{files[0]}', which is a file"
    seen.setdefault(key, name)
    for folder in inside:
        folders.setdefault(folder, name)
    return None if problem is None else PackageError("zip_duplicate", problem, name)
