"""Opening a project file: a validated, read-only view on it."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import SQLAlchemyError

from studio.store.blobs import blob_id
from studio.store.canonical import parse_document
from studio.store.errors import ProjectFileError
from studio.store.migrations import migrate
from studio.store.schema import (
    READ_PRAGMAS,
    TEMPLATE,
    blobs_table,
    damaged,
    documents_table,
    fspath,
    is_rollback_needed,
    path_problem,
    read_format,
    sqlite_detail,
    sqlite_engine,
    sqlite_reason,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")


class ProjectFile:
    """An opened project file, read-only; also a ``BlobSource`` for saving.

    ``document``, the other named documents and ``meta`` are read once, when the
    file is opened, so they all come from one saved state; ``document`` is
    already upgraded to the current project format (the file is not). Blobs are
    read from the file when asked for, so a view stays cheap however large the
    assets are. Close the view, or use it as a context manager.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        meta: dict[str, str],
        schema_version: int,
        document: dict[str, Any],
        named: dict[str, str] | None = None,
    ):
        self._path = path
        self._engine: Engine | None = engine
        self._meta = meta
        self._schema_version = schema_version
        self._document = document
        # Kept as stored text and parsed when asked for: a damaged one then
        # costs only itself, never the template.
        self._named = dict(named or {})

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> ProjectFile:
        """Open and check the project at ``path``; raises ``ProjectFileError``.

        The file is not changed, with one exception: a save that was cut off (a
        hot journal beside the file) is rolled back first, as SQLite requires, and
        that needs write access.
        """
        started = time.perf_counter()
        path = fspath(path)
        reason = path_problem(path)
        if reason:
            raise ProjectFileError(path, reason)
        engine = sqlite_engine(path, mode="ro", pragmas=READ_PRAGMAS)
        try:
            meta, version, stored, named = _with_recovery(
                path, engine, lambda conn: _read_contents(conn, path)
            )
            document = migrate(stored, version, path)
        except BaseException:
            engine.dispose()
            raise
        logger.info(
            "opened %s in %.0f ms (project format %d)", path, _ms(started), version
        )
        return cls(
            path,
            engine,
            meta=meta,
            schema_version=version,
            document=document,
            named=named,
        )

    @property
    def path(self) -> Path:
        return self._path

    @property
    def schema_version(self) -> int:
        """The project format the file was saved in, before any upgrade."""
        return self._schema_version

    @property
    def document(self) -> dict[str, Any]:
        """The template document, in the current project format."""
        return self._document

    def document_names(self) -> list[str]:
        """The names of the documents beside the template, sorted."""
        return sorted(self._named)

    def documents(self) -> dict[str, dict[str, Any]]:
        """Every document beside the template, by name; each call parses anew,
        so the caller owns what it gets. Raises ``ProjectFileError`` naming the
        first one that is not a JSON object."""
        return {name: self._parse_named(name) for name in self.document_names()}

    def named_document(self, name: str) -> dict[str, Any] | None:
        """The document saved under ``name``, or None when the file has none.

        Raises ``ProjectFileError`` when it is there but not a JSON object.
        """
        if name == TEMPLATE:
            return self._document
        if name not in self._named:
            return None
        return self._parse_named(name)

    def _parse_named(self, name: str) -> dict[str, Any]:
        try:
            return parse_document(self._named[name])
        except ValueError as exc:
            reason = damaged(f"document {name!r} is not valid JSON: {exc}")
            raise ProjectFileError(self._path, reason) from exc

    @property
    def meta(self) -> dict[str, str]:
        """The file's ``meta`` table as it was when opened (a copy)."""
        return dict(self._meta)

    def blob_ids(self) -> set[str]:
        return set(self._query(_select_blob_ids))

    def read_blob(self, sha256: str) -> bytes:
        """Return the bytes of a blob, checked against its id.

        Raises ``KeyError`` for an unknown id and ``ProjectFileError`` for bytes
        that no longer match their sha256.
        """
        row = self._query(lambda conn: _select_blob(conn, sha256))
        if row is None:
            raise KeyError(sha256)
        data = bytes(row.data)
        if len(data) != row.size or blob_id(data) != sha256:
            reason = damaged(f"blob {sha256} does not match its sha256")
            raise ProjectFileError(self._path, reason)
        return data

    def blob_size(self, sha256: str) -> int:
        """Return the size in bytes of a blob without reading it."""
        size = self._query(lambda conn: _select_blob_size(conn, sha256))
        if size is None:
            raise KeyError(sha256)
        return size

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "open" if self._engine is not None else "closed"
        return f"<ProjectFile {os.fspath(self._path)!r} ({state})>"

    def _query(self, read: Callable[[Connection], T]) -> T:
        if self._engine is None:
            raise ValueError(f"{os.fspath(self._path)} is closed")
        return _with_recovery(self._path, self._engine, read)


def _with_recovery(path: Path, engine: Engine, read: Callable[[Connection], T]) -> T:
    """Run ``read`` in one read transaction, rolling back a cut-off save if needed.

    A read-only connection cannot roll back a hot journal: SQLite refuses with
    SQLITE_READONLY_ROLLBACK rather than show half a save. Only then is the file
    opened for writing, once, so that SQLite restores the last complete save.
    """
    try:
        return _read_once(engine, read)
    except SQLAlchemyError as exc:
        if not is_rollback_needed(exc):
            raise ProjectFileError(path, sqlite_reason(exc)) from exc
    engine.dispose()
    _roll_back_cut_off_save(path)
    try:
        return _read_once(engine, read)
    except SQLAlchemyError as exc:
        raise ProjectFileError(path, sqlite_reason(exc)) from exc


def _read_once(engine: Engine, read: Callable[[Connection], T]) -> T:
    # The connection begins a transaction on first use, so everything ``read``
    # sees comes from one consistent state of the file.
    with engine.connect() as conn:
        return read(conn)


def _roll_back_cut_off_save(path: Path) -> None:
    logger.warning("%s: rolling back a save that was cut off", path)
    engine = sqlite_engine(path, mode="rw", pragmas=READ_PRAGMAS)
    try:
        with engine.connect() as conn:
            # Any read takes the shared lock, and SQLite plays the journal back.
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
    except SQLAlchemyError as exc:
        detail = sqlite_detail(exc)
        reason = f"has a save that was cut off and cannot be rolled back ({detail})"
        raise ProjectFileError(path, reason) from exc
    finally:
        engine.dispose()


def _read_contents(
    conn: Connection, path: Path
) -> tuple[dict[str, str], int, dict[str, Any], dict[str, str]]:
    meta, version = read_format(conn, path)
    _check_integrity(conn, path)
    stored = {
        str(name): str(text)
        for name, text in conn.execute(select(documents_table)).all()
    }
    template = _parse_template(stored.pop(TEMPLATE, None), path)
    return meta, version, template, stored


def _check_integrity(conn: Connection, path: Path) -> None:
    # quick_check walks every page, so damage is found at open, not in the middle
    # of an export; it skips the slower index cross-checks of integrity_check.
    rows = conn.exec_driver_sql("PRAGMA quick_check").scalars().all()
    if rows == ["ok"]:
        return
    # Rows may span lines and start with a "*** in database main ***" heading;
    # the message has to stay on one line.
    lines = [line for row in rows for line in str(row).splitlines()]
    problems = [line for line in lines if line and not line.startswith("***")]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    first = problems[0] if problems else "failed"
    raise ProjectFileError(path, damaged(f"integrity check: {first}{more}"))


def _parse_template(stored: object, path: Path) -> dict[str, Any]:
    if stored is None:
        raise ProjectFileError(path, damaged("the template document is missing"))
    try:
        return parse_document(str(stored))
    except ValueError as exc:
        reason = damaged(f"the template document is not valid JSON: {exc}")
        raise ProjectFileError(path, reason) from exc


def _select_blob_ids(conn: Connection) -> list[str]:
    return list(conn.scalars(select(blobs_table.c.sha256)))


def _select_blob(conn: Connection, sha256: str):
    query = select(blobs_table.c.size, blobs_table.c.data)
    return conn.execute(query.where(blobs_table.c.sha256 == sha256)).first()


def _select_blob_size(conn: Connection, sha256: str) -> int | None:
    query = select(blobs_table.c.size).where(blobs_table.c.sha256 == sha256)
    return conn.scalar(query)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
