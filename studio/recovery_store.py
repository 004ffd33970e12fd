"""Recovery copies of open documents: where they live, what they say, how they go.

While a document has unsaved changes, the studio keeps a copy of it in the
recovery folder, so that a crash costs at most the last few seconds of work.
Each open document has a *key*: a hash of the resolved path of its project file
(or of the folder it was opened from), or a fresh random one for a project that
came from nowhere. The folder holds, per key:

- ``<key>.helder``, the copy, written with :meth:`Project.save_copy`;
- ``<key>.json``, its sidecar: format version, the user's file and the folder
  it was opened from (or null), the template name, the time of the last
  autosave (UTC, ISO 8601), the process id and host, the studio version. It
  never holds sample-row values;
- ``<key>.lock``, held by the studio process that has the document open (see
  :mod:`studio.ui.recovery`, which makes it with ``QLockFile``).

The folder is ``HELDER_RECOVERY_DIR`` when that environment variable is set (the
tests set it), otherwise ``%LOCALAPPDATA%\\Helder\\Helder Studio\\recovery`` on
Windows, ``~/Library/Application Support/Helder Studio/recovery`` on macOS and
``$XDG_STATE_HOME/helder-studio/recovery`` (``~/.local/state/...``) elsewhere.
It is never beside the user's project, which may be on a read-only share.

This module does not import Qt, so it can be tested and used without a window.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import studio
from studio.project import Project, ProjectError
from studio.store import MemoryBlobs

logger = logging.getLogger(__name__)

RECOVERY_DIR_ENV = "HELDER_RECOVERY_DIR"
SIDECAR_FORMAT = 1
COPY_SUFFIX = ".helder"
SIDECAR_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"


def recovery_folder() -> Path:
    """Where recovery copies live; not created here."""
    override = os.environ.get(RECOVERY_DIR_ENV)
    if override:
        return Path(override)
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
        return Path(base) / "Helder" / "Helder Studio" / "recovery"
    if os.uname().sysname == "Darwin":
        support = Path.home() / "Library" / "Application Support"
        return support / "Helder Studio" / "recovery"
    state = os.environ.get("XDG_STATE_HOME", "")
    # The XDG specification says to ignore a relative path.
    base = Path(state) if os.path.isabs(state) else Path.home() / ".local" / "state"
    return base / "helder-studio" / "recovery"


def key_for_path(path: str | os.PathLike[str]) -> str:
    """The key of a project file or folder: the same however the path is spelled."""
    resolved = os.path.normcase(str(Path(path).expanduser().resolve()))
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:32]


def new_key() -> str:
    """A key for a project that has neither a file nor a folder."""
    return uuid.uuid4().hex


def key_for(project: Project) -> str:
    where = project.path or project.source
    return key_for_path(where) if where is not None else new_key()


def copy_path(key: str, folder: Path | None = None) -> Path:
    return (folder or recovery_folder()) / f"{key}{COPY_SUFFIX}"


def sidecar_path(key: str, folder: Path | None = None) -> Path:
    return (folder or recovery_folder()) / f"{key}{SIDECAR_SUFFIX}"


def lock_path(key: str, folder: Path | None = None) -> Path:
    return (folder or recovery_folder()) / f"{key}{LOCK_SUFFIX}"


def write_recovery(key: str, project: Project, folder: Path | None = None) -> Path:
    """Write the copy and then its sidecar; raises ``ProjectError`` or ``OSError``.

    The copy is written first: a sidecar always describes a complete copy. A
    crash between the two leaves the copy with the previous sidecar, which still
    names the right project.
    """
    folder = folder or recovery_folder()
    folder.mkdir(parents=True, exist_ok=True)
    copy = project.save_copy(copy_path(key, folder))
    _write_sidecar(sidecar_path(key, folder), _sidecar_of(project))
    return copy


def _sidecar_of(project: Project) -> dict:
    return {
        "format": SIDECAR_FORMAT,
        "path": str(project.path) if project.path is not None else None,
        "source": str(project.source) if project.source is not None else None,
        "template": project.template.name,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "studio_version": studio.__version__,
    }


def _write_sidecar(target: Path, sidecar: dict) -> None:
    # A reader never sees half a sidecar: it is written whole under another
    # name and renamed over the old one.
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "w", encoding="utf-8") as file:
            json.dump(sidecar, file, ensure_ascii=False, indent=1)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class Problem(enum.Enum):
    """Why a recovery copy cannot be opened; the interface words each one."""

    NO_COPY = "no-copy"  # a sidecar whose copy is gone
    NO_DETAILS = "no-details"  # a copy whose sidecar is gone or unreadable
    DAMAGED = "damaged"  # a copy that does not open as a project


@dataclass(frozen=True)
class Recovery:
    """One recovery copy left in the folder, as its files describe it."""

    key: str
    file: Path  # the copy
    original: Path | None  # the user's project file; None if it had none
    source: Path | None  # where the project was opened from
    template_name: str
    saved_at: datetime  # the last autosave, in UTC
    pid: int | None
    host: str
    studio_version: str
    problem: Problem | None = None
    detail: str = ""  # the problem in English, for the log

    @property
    def folder(self) -> Path:
        return self.file.parent


def list_recoveries(folder: Path | None = None) -> list[Recovery]:
    """Every recovery copy in the folder, newest first, whoever owns it.

    A copy or sidecar that cannot be read is listed with its ``problem`` set,
    so that it can be shown and discarded; this never raises.
    """
    folder = folder or recovery_folder()
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.is_file()]
    except OSError:
        return []
    keys = {
        name[: -len(suffix)]
        for name in names
        for suffix in (COPY_SUFFIX, SIDECAR_SUFFIX)
        if name.endswith(suffix) and not name.startswith(".")
    }
    found = [_read_recovery(key, folder) for key in keys]
    return sorted(found, key=lambda recovery: recovery.saved_at, reverse=True)


def _read_recovery(key: str, folder: Path) -> Recovery:
    copy = copy_path(key, folder)
    sidecar, detail = _read_sidecar(sidecar_path(key, folder))
    problem = Problem.NO_DETAILS if detail else None
    if not copy.is_file():
        problem, detail = Problem.NO_COPY, f"{copy} is missing"
    elif problem is None:
        detail = _check_copy(copy)
        problem = Problem.DAMAGED if detail else None
    if problem is not None:
        logger.warning("recovery copy %s cannot be recovered: %s", copy, detail)
    return Recovery(
        key=key,
        file=copy,
        original=_path_or_none(sidecar.get("path")),
        source=_path_or_none(sidecar.get("source")),
        template_name=str(sidecar.get("template") or ""),
        saved_at=_time_of(sidecar, copy),
        pid=sidecar.get("pid") if isinstance(sidecar.get("pid"), int) else None,
        host=str(sidecar.get("host") or ""),
        studio_version=str(sidecar.get("studio_version") or ""),
        problem=problem,
        detail=detail,
    )


def _read_sidecar(path: Path) -> tuple[dict, str]:
    """The sidecar, and what is wrong with it ("" when nothing is)."""
    try:
        sidecar = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, f"{path} is missing"
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return {}, f"{path} cannot be read: {error}"
    if not isinstance(sidecar, dict):
        return {}, f"{path} does not hold recovery details"
    if sidecar.get("format") != SIDECAR_FORMAT:
        found = sidecar.get("format")
        return {}, f"{path} has format {found!r}; this studio reads {SIDECAR_FORMAT}"
    return sidecar, ""


def _check_copy(copy: Path) -> str:
    try:
        Project.open(copy).close()
    except ProjectError as error:
        return str(error)
    return ""


def _path_or_none(value: object) -> Path | None:
    return Path(value) if isinstance(value, str) and value else None


def _time_of(sidecar: dict, copy: Path) -> datetime:
    try:
        saved_at = datetime.fromisoformat(sidecar["saved_at"])
    except (KeyError, TypeError, ValueError):
        saved_at = None
    if saved_at is not None and saved_at.tzinfo is not None:
        return saved_at.astimezone(UTC)
    for file in (copy, copy.with_suffix(SIDECAR_SUFFIX)):
        try:
            return datetime.fromtimestamp(file.stat().st_mtime, UTC)
        except OSError:
            continue
    return datetime.fromtimestamp(0, UTC)


def open_recovered(recovery: Recovery) -> Project:
    """The project in a recovery copy, as if opened from the user's file.

    Its ``path`` is the user's file (so that Save writes there without asking),
    or None when there was none (Save then asks where). Its ``source`` is where
    the project was first opened from, so that sample rows beside it are found.
    The asset bytes are read into memory and the copy is closed: later
    autosaves rewrite that copy, and must not pull bytes from under the project.
    Raises ``ProjectError`` naming the copy when it cannot be read.
    """
    if recovery.problem is not None:
        raise ProjectError(f"{recovery.file}: {recovery.detail}")
    opened = Project.open(recovery.file)
    try:
        blobs = MemoryBlobs(
            opened.blobs.read_blob(sha256)
            for sha256 in opened.template.referenced_blobs()
        )
    finally:
        opened.close()
    logger.info("recovered %s from %s", recovery.original, recovery.file)
    return Project(
        opened.template,
        path=recovery.original,
        source=recovery.source or recovery.original,
        new_blobs=blobs,
        sample_data=opened.sample_data,
    )


def remove_recovery(key: str, folder: Path | None = None) -> None:
    """Remove the copy and its sidecar; the lock is its owner's to remove.

    Raises ``OSError`` when a file exists and cannot be removed.
    """
    folder = folder or recovery_folder()
    copy = copy_path(key, folder)
    # The sidecar goes last: a copy without one is still listed, and discarded.
    for file in (copy, Path(f"{copy}-journal"), sidecar_path(key, folder)):
        file.unlink(missing_ok=True)
    logger.debug("removed recovery copy %s", copy)


def set_aside(key: str, folder: Path | None = None) -> str | None:
    """Move an existing copy (and sidecar) to a new key; return it, or None.

    A document opened anew while an older copy of it is still waiting to be
    recovered would overwrite that copy at its first autosave. Moved aside, the
    older work stays on offer at the next start.
    """
    folder = folder or recovery_folder()
    copy = copy_path(key, folder)
    if not copy.exists():
        return None
    moved = new_key()
    journal = Path(f"{copy}-journal")
    if journal.exists():
        os.replace(journal, f"{copy_path(moved, folder)}-journal")
    os.replace(copy, copy_path(moved, folder))
    sidecar = sidecar_path(key, folder)
    if sidecar.exists():
        os.replace(sidecar, sidecar_path(moved, folder))
    logger.info("kept the older recovery copy %s as %s", copy, moved)
    return moved
