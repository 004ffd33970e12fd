"""Saving a project file atomically.

Whenever the studio dies during a save, the file holds either the previous save or
the new one, never a mix:

- an existing project is updated in place in one SQLite transaction; the rollback
  journal (``journal_mode=DELETE``, ``synchronous=FULL``) lets the next open undo a
  transaction that was cut off;
- a new file is written completely under a temporary name in the same folder,
  flushed to disk and then renamed onto the target, which is atomic.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

import studio
from studio.store import migrations
from studio.store.blobs import BlobSource, blob_id
from studio.store.canonical import compact_json
from studio.store.errors import ProjectFileError
from studio.store.schema import (
    APPLICATION_ID,
    FORMAT_NAME,
    READ_PRAGMAS,
    SAVE_PRAGMAS,
    TEMPLATE,
    blobs_table,
    documents_table,
    fspath,
    meta_table,
    metadata,
    path_problem,
    read_format,
    sqlite_engine,
    sqlite_reason,
)

logger = logging.getLogger(__name__)

# The temporary file is thrown away unless it was completed, and it is flushed as a
# whole before the rename, so it needs neither a journal nor syncs of its own.
# journal_mode comes first: setting auto_vacuum writes the first page, and would
# otherwise do so through a journal file. auto_vacuum can only be chosen before the
# first table exists; FULL gives the space of deleted assets back at each save.
_NEW_FILE_PRAGMAS = (
    *READ_PRAGMAS,
    "PRAGMA journal_mode = OFF",
    "PRAGMA synchronous = OFF",
    "PRAGMA auto_vacuum = FULL",
)

# ".<target name>.<pid>-<random>.tmp"; the pid tells whether its save still runs.
# A journal beside one is matched too, although the pragmas above avoid it.
_TEMP_NAME = re.compile(r"^\..+\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp(-journal)?$")
# Past this age a temporary file is stale whatever its pid says (pids are reused).
_TEMP_STALE_AFTER_S = 3600.0
_DELETE_CHUNK = 500


def save_project(
    path: str | os.PathLike[str],
    document: dict[str, Any],
    blobs: BlobSource,
    *,
    referenced: Iterable[str],
    documents: Mapping[str, dict[str, Any]] | None = None,
) -> None:
    """Save ``document`` as the template, the named ``documents`` beside it and
    exactly the ``referenced`` blobs, all in one transaction.

    Blobs already in the file are kept without being read again; the others are
    read from ``blobs``. The file ends up holding just these documents and the
    referenced blobs: a named document the file had and ``documents`` lacks is
    deleted, and its bytes are overwritten, not left in free space (sample rows
    are personal data; removing them must remove them). Raises
    ``ProjectFileError`` (and writes nothing) if a referenced blob is in neither,
    if ``path`` exists but is not a Helder project, or if SQLite fails;
    ``TypeError`` or ``ValueError`` for a document that is not made of JSON types
    or a name that cannot be used.
    """
    started = time.perf_counter()
    path = fspath(path)
    if not isinstance(document, dict):
        raise TypeError(f"the template must be a dict, not {type(document).__name__}")
    stored = {TEMPLATE: compact_json(document), **_stored_documents(documents)}
    referenced = set(referenced)
    if not path.parent.is_dir():
        raise ProjectFileError(path, "was not saved (its folder does not exist)")
    _remove_stale_temp_files(path.parent)
    in_place = os.path.lexists(path)
    save = _save_in_place if in_place else _save_new
    added, removed = save(path, stored, blobs, referenced)
    logger.info(
        "saved %s in %.0f ms (%s, %d documents, %d blobs added, %d removed)",
        path,
        (time.perf_counter() - started) * 1000,
        "in place" if in_place else "as a new file",
        len(stored),
        added,
        removed,
    )


def _stored_documents(
    documents: Mapping[str, dict[str, Any]] | None,
) -> dict[str, str]:
    """The compact text of each named document, checked before anything is written."""
    stored = {}
    for name, content in (documents or {}).items():
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"a document name must be non-empty text, not {name!r}")
        if name == TEMPLATE:
            raise ValueError(f"{TEMPLATE!r} is the template's name; pass it as such")
        if not isinstance(content, dict):
            kind = type(content).__name__
            raise TypeError(f"document {name!r} must be a dict, not {kind}")
        stored[name] = compact_json(content)
    return stored


def _save_in_place(
    path: Path, stored: dict[str, str], source: BlobSource, referenced: set[str]
) -> tuple[int, int]:
    reason = path_problem(path)
    if reason:
        raise ProjectFileError(path, f"{reason}, so it was not overwritten")
    # IMMEDIATE takes the write lock up front: two saves never interleave, and a
    # locked file fails here, before any work.
    engine = sqlite_engine(
        path, mode="rw", pragmas=SAVE_PRAGMAS, begin="BEGIN IMMEDIATE"
    )
    try:
        with engine.begin() as conn:
            return _update(conn, path, stored, source, referenced)
    except SQLAlchemyError as exc:
        raise ProjectFileError(path, sqlite_reason(exc, saving=True)) from exc
    finally:
        engine.dispose()


def _update(
    conn: Connection,
    path: Path,
    stored: dict[str, str],
    source: BlobSource,
    referenced: set[str],
) -> tuple[int, int]:
    try:
        read_format(conn, path)
    except ProjectFileError as exc:
        raise ProjectFileError(
            path, f"{exc.reason}, so it was not overwritten"
        ) from None
    present = set(conn.scalars(select(blobs_table.c.sha256)))
    missing = referenced - present
    _require_blobs(path, missing, source)
    unreferenced = present - referenced
    # Deleting first lets the new blobs reuse the freed pages.
    _delete_blobs(conn, unreferenced)
    _insert_blobs(conn, path, source, missing)
    _write_contents(conn, stored)
    return len(missing), len(unreferenced)


def _save_new(
    path: Path, stored: dict[str, str], source: BlobSource, referenced: set[str]
) -> tuple[int, int]:
    _require_blobs(path, referenced, source)
    temp = _create_temp_file(path)
    try:
        _write_new_file(temp, path, stored, source, referenced)
        _flush_to_disk(temp)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ProjectFileError(path, f"was not saved ({exc.strerror})") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _flush_folder_to_disk(path.parent)
    return len(referenced), 0


def _write_new_file(
    temp: Path,
    path: Path,
    stored: dict[str, str],
    source: BlobSource,
    referenced: set[str],
) -> None:
    engine = sqlite_engine(temp, mode="rw", pragmas=_NEW_FILE_PRAGMAS)
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            _insert_blobs(conn, path, source, referenced)
            _write_contents(conn, stored)
    except SQLAlchemyError as exc:
        raise ProjectFileError(path, sqlite_reason(exc, saving=True)) from exc
    finally:
        engine.dispose()


def _require_blobs(path: Path, needed: set[str], source: BlobSource) -> None:
    absent = sorted(needed - source.blob_ids()) if needed else []
    if absent:
        raise _missing_blobs_error(path, absent)


def _missing_blobs_error(path: Path, absent: list[str]) -> ProjectFileError:
    more = f" (and {len(absent) - 1} more)" if len(absent) > 1 else ""
    return ProjectFileError(
        path,
        f"was not saved: blob {absent[0]} is referenced but is in neither "
        f"the file nor the assets being saved{more}",
    )


def _insert_blobs(
    conn: Connection, path: Path, source: BlobSource, ids: set[str]
) -> None:
    # One blob at a time, so memory holds at most the largest asset.
    for sha256 in sorted(ids):
        try:
            data = bytes(source.read_blob(sha256))
        except KeyError:
            raise _missing_blobs_error(path, [sha256]) from None
        if blob_id(data) != sha256:
            reason = f"was not saved: the bytes given for blob {sha256} do not match it"
            raise ProjectFileError(path, reason)
        row = {"sha256": sha256, "size": len(data), "data": data}
        conn.execute(insert(blobs_table), row)


def _delete_blobs(conn: Connection, ids: set[str]) -> None:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _DELETE_CHUNK):
        chunk = ordered[start : start + _DELETE_CHUNK]
        conn.execute(delete(blobs_table).where(blobs_table.c.sha256.in_(chunk)))


def _write_contents(conn: Connection, stored: dict[str, str]) -> None:
    # The file holds exactly what is saved: a document this save does not pass
    # was deleted by the user, or belongs to another project after a "save as"
    # onto an existing file.
    conn.execute(delete(documents_table))
    rows = [{"name": name, "json": text} for name, text in stored.items()]
    conn.execute(insert(documents_table), rows)
    conn.execute(delete(meta_table))
    meta = [{"key": key, "value": value} for key, value in _meta().items()]
    conn.execute(insert(meta_table), meta)
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
    conn.exec_driver_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION:d}")


def _meta() -> dict[str, str]:
    return {
        "format": FORMAT_NAME,
        "schema_version": str(migrations.SCHEMA_VERSION),
        "app_version": studio.__version__,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _create_temp_file(path: Path) -> Path:
    # Same folder as the target, so the rename stays on one file system and is
    # atomic; created exclusively, so no other file is ever written into.
    name = f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
    temp = path.with_name(name)
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise ProjectFileError(path, f"was not saved ({exc.strerror})") from exc
    return temp


def _flush_to_disk(file: Path) -> None:
    # Opened for writing because Windows refuses to flush a read-only handle.
    descriptor = os.open(file, os.O_RDWR)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _flush_folder_to_disk(folder: Path) -> None:
    # Makes the rename itself durable. Windows cannot open a folder this way; its
    # file systems journal the rename.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_stale_temp_files(folder: Path) -> None:
    """Remove temporary files that saves cut off in ``folder`` left behind."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None or not _is_stale(entry, int(match["pid"])):
            continue
        try:
            os.unlink(entry.path)
        except OSError as exc:
            logger.warning("could not remove %s (%s)", entry.path, exc.strerror)
        else:
            logger.info("removed %s, left by a save that was cut off", entry.path)


def _is_stale(entry: os.DirEntry[str], pid: int) -> bool:
    try:
        age = time.time() - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    if age > _TEMP_STALE_AFTER_S:
        return True
    # Another save of this process, or one whose process cannot be checked, may
    # still be writing the file.
    if pid == os.getpid() or os.name != "posix":
        return False
    return not _process_exists(pid)


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
