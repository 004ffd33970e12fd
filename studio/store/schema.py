"""The layout of a project file and the SQLite plumbing shared by reading and saving.

A project file is one SQLite database:

- ``meta`` (key, value): ``format`` = ``helder-project``, ``schema_version``,
  ``app_version`` of the studio that saved it and ``saved_at`` (UTC, ISO 8601);
- ``documents`` (name, json): compact canonical JSON; the template is ``template``,
  and other named documents may sit beside it (``sample_data``); a studio that
  does not know a name ignores it;
- ``blobs`` (sha256, size, data): assets, named by the sha256 of their bytes.

The SQLite header carries ``application_id`` = ``APPLICATION_ID`` and
``user_version`` = the schema version, so tools can recognise a project without
opening it. The header values and the ``meta`` table are the part of the format
that every later version keeps: older studios read them to say that a file is
newer than they are.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    Engine,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    create_engine,
    event,
    select,
    text,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from studio.store import migrations
from studio.store.errors import ProjectFileError

FORMAT_NAME = "helder-project"
# "HELD" in ASCII, stored big-endian at byte 68 of the file.
APPLICATION_ID = 0x48454C44
TEMPLATE = "template"

SQLITE_MAGIC = b"SQLite format 3\x00"
_APPLICATION_ID_OFFSET = 68
# How long to wait for another program's lock on a project before giving up.
BUSY_TIMEOUT_S = 5.0

# A project may come from anyone: never let its schema run functions with side
# effects, and let SQLite check cell sizes so damage is reported, not read.
READ_PRAGMAS = ("PRAGMA trusted_schema = OFF", "PRAGMA cell_size_check = ON")
# One file when closed (no WAL beside it) and a commit that survives power loss.
# Deleted content is overwritten with zeros: a removed document may hold sample
# rows (personal data), and some SQLite builds leave it readable in free space.
SAVE_PRAGMAS = (
    *READ_PRAGMAS,
    "PRAGMA journal_mode = DELETE",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
)

metadata = MetaData()

meta_table = Table(
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

documents_table = Table(
    "documents",
    metadata,
    Column("name", Text, primary_key=True),
    Column("json", Text, nullable=False),
)

blobs_table = Table(
    "blobs",
    metadata,
    Column("sha256", Text, primary_key=True),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    CheckConstraint("length(sha256) = 64", name="sha256_is_hex"),
    CheckConstraint("size = length(data)", name="size_matches_data"),
)


def sqlite_engine(
    path: Path, *, mode: str, pragmas: Sequence[str], begin: str = "BEGIN"
) -> Engine:
    """Return an engine on ``path`` opened in SQLite URI ``mode`` (ro, rw, rwc).

    Transactions are begun by us (``begin`` is the statement) rather than by the
    driver, which would otherwise start them late and never for reads.
    """
    url = URL.create(
        "sqlite",
        database=path.absolute().as_uri(),
        query={"mode": mode, "uri": "true"},
    )
    # A read-only view serves blobs to several threads; a save uses one connection
    # that must be closed, releasing the file, as soon as the save ends.
    pool = {} if mode == "ro" else {"poolclass": NullPool}
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S}, **pool)
    event.listen(engine, "connect", partial(_on_connect, pragmas=tuple(pragmas)))
    event.listen(engine, "begin", partial(_on_begin, statement=begin))
    return engine


def _on_connect(dbapi_connection, connection_record, *, pragmas: tuple[str, ...]):
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in pragmas:
        cursor.execute(pragma)
    cursor.close()


def _on_begin(connection: Connection, *, statement: str) -> None:
    connection.exec_driver_sql(statement)


def path_problem(path: Path) -> str | None:
    """Say why ``path`` cannot be a project, judging by its first bytes only.

    Returns None for a file that starts like a Helder project. Nothing is opened
    with SQLite, so a stranger's file is never touched.
    """
    if not path.exists():
        return "does not exist"
    if not path.is_file():
        return "is not a file"
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "is not a Helder project (not an SQLite database)"
    offset = _APPLICATION_ID_OFFSET
    if int.from_bytes(header[offset : offset + 4], "big") != APPLICATION_ID:
        return "is not a Helder project (an SQLite database of another application)"
    return None


def read_format(conn: Connection, path: Path) -> tuple[dict[str, str], int]:
    """Check that ``conn`` is on a project this studio reads; return meta, version."""
    tables = set(
        conn.scalars(text("SELECT name FROM sqlite_master WHERE type='table'"))
    )
    if meta_table.name not in tables:
        raise ProjectFileError(path, "is not a Helder project (it has no meta table)")
    meta = {str(k): str(v) for k, v in conn.execute(select(meta_table)).all()}
    if meta.get("format") != FORMAT_NAME:
        raise ProjectFileError(path, "is not a Helder project (wrong format in meta)")
    version = _schema_version(meta, path)
    if version > migrations.SCHEMA_VERSION:
        raise ProjectFileError(path, _newer_reason(version))
    if conn.exec_driver_sql("PRAGMA user_version").scalar() != version:
        raise ProjectFileError(path, damaged("its header and meta table disagree"))
    for table in (documents_table, blobs_table):
        if table.name not in tables:
            raise ProjectFileError(path, damaged(f"the {table.name} table is missing"))
    return meta, version


def _schema_version(meta: dict[str, str], path: Path) -> int:
    value = meta.get("schema_version", "")
    if not value.isdigit() or int(value) < 1:
        raise ProjectFileError(path, damaged(f"project format {value!r} is not valid"))
    return int(value)


def _newer_reason(version: int) -> str:
    return (
        f"was saved by a newer Helder Studio (project format {version}; "
        f"this studio reads up to {migrations.SCHEMA_VERSION})"
    )


def damaged(what: str) -> str:
    """The reason for a file whose contents are broken."""
    return f"is damaged ({what})"


def sqlite_reason(exc: SQLAlchemyError, *, saving: bool = False) -> str:
    """Turn an SQLite failure into the reason part of a ``ProjectFileError``."""
    name = getattr(getattr(exc, "orig", None), "sqlite_errorname", "") or ""
    detail = sqlite_detail(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return f"is in use by another program ({detail})"
    if saving:
        return f"was not saved ({detail})"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_FORMAT")):
        return damaged(detail)
    return f"cannot be read ({detail})"


def sqlite_detail(exc: SQLAlchemyError) -> str:
    """SQLite's own words for a failure, without SQLAlchemy's statement dump."""
    message = str(getattr(exc, "orig", None) or exc).strip()
    return f"SQLite: {message.splitlines()[0]}" if message else "SQLite error"


def is_rollback_needed(exc: SQLAlchemyError) -> bool:
    """True when a read-only connection met a save that was cut off (hot journal)."""
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"


def fspath(path: str | os.PathLike[str]) -> Path:
    """Accept any path-like argument the way the public functions promise to."""
    return Path(os.fspath(path))
