"""Autosave, crash recovery and the lock that keeps a project open in one window.

The files live in the recovery folder (:mod:`studio.recovery_store`). Here is
what needs Qt: the timers that write the copy, the ``QLockFile`` that marks a
project as open (and so its copy as owned: a crashed process's lock is stale),
and the dialog that offers the copies a crash left behind.

How a window uses it::

    lock = acquire_project_lock(project)    # ProjectInUse: open elsewhere
    autosaver = Autosaver(document, lock)   # recovered=True after a crash
    new_lock = autosaver.lock.claim(path)   # before a Save As; ProjectInUse
    # after project.save(path) and undo_stack.setClean():
    autosaver.saved(new_lock)               # the copy goes; the lock follows
    # once the window is sure to close (saved, or "Don't save"):
    autosaver.close()                       # drops the copy, releases the lock
"""

from __future__ import annotations

import logging
import os
import socket
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QLockFile,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.project import Project, ProjectError
from studio.recovery_store import (
    Problem,
    Recovery,
    copy_path,
    key_for,
    key_for_path,
    list_recoveries,
    lock_path,
    open_recovered,
    recovery_folder,
    remove_recovery,
    set_aside,
    write_recovery,
)
from studio.ui.document import Document
from studio.ui.plain_text import as_plain_tooltip

__all__ = [
    "Autosaver",
    "ProjectInUse",
    "ProjectLock",
    "Recovery",
    "RecoveryDialog",
    "acquire_project_lock",
    "discard_recovery",
    "offer_recovery",
    "open_recovered",
    "pending_recoveries",
]

logger = logging.getLogger(__name__)

DEFAULT_DELAY_MS = 3_000  # quiet time after a change before the copy is written
MAX_DELAY_MS = 30_000  # the most work a crash may cost while edits keep coming


# -- the lock -------------------------------------------------------------------


class ProjectInUse(Exception):
    """The project is open in another studio window; the message says where."""


class ProjectLock:
    """This process's claim on a project, held while its window is open.

    Its ``key`` also names the project's recovery copy, so a copy whose lock
    is held belongs to a running studio and is not offered for recovery. A
    lock that could not be made (no recovery folder) is not ``held``; the
    project still opens, without the protection.
    """

    def __init__(self, key: str, folder: Path, lock: QLockFile | None):
        self.key = key
        self.folder = folder
        self._lock = lock

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    @property
    def file(self) -> Path:
        return lock_path(self.key, self.folder)

    def claim(self, path: str | os.PathLike[str]) -> ProjectLock:
        """The lock to hold after a Save As to ``path``, taken before saving.

        Itself when ``path`` is the file it guards already; raises
        ``ProjectInUse`` when another window has ``path`` open.
        """
        key = key_for_path(path)
        if key == self.key:
            return self
        return _lock_key(key, str(path), self.folder)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def _identity(target: Project | Recovery | str | os.PathLike[str]) -> tuple[str, str]:
    """The key of what is locked, and how to name it to the user."""
    if isinstance(target, Recovery):
        where = target.original or target.source
        return target.key, str(where) if where else target.template_name
    if isinstance(target, Project):
        where = target.path or target.source
        return key_for(target), str(where) if where else target.template.name
    return key_for_path(target), str(target)


def _new_lock(file: Path) -> QLockFile:
    lock = QLockFile(str(file))
    # A window stays open for hours: only a dead owner makes its lock stale,
    # never the age of the lock file.
    lock.setStaleLockTime(0)
    return lock


def acquire_project_lock(
    target: Project | Recovery | str | os.PathLike[str],
    *,
    folder: Path | None = None,
) -> ProjectLock:
    """Claim a project (or the file a Save As is about to write, or a recovery).

    Raises ``ProjectInUse`` when a running studio process holds it; the lock of
    a process that died is stale and taken over. A project that came from
    nowhere gets a fresh key and cannot be in use.
    """
    key, label = _identity(target)
    return _lock_key(key, label, folder)


def _lock_key(key: str, label: str, folder: Path | None) -> ProjectLock:
    folder = folder or recovery_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        logger.warning("no project lock: cannot make %s (%s)", folder, error)
        return ProjectLock(key, folder, None)
    lock = _new_lock(lock_path(key, folder))
    if lock.tryLock(0):
        return ProjectLock(key, folder, lock)
    if lock.error() == QLockFile.LockError.LockFailedError:
        pid, host, _application = lock.getLockInfo()
        raise ProjectInUse(
            QCoreApplication.translate(
                "Recovery",
                "{file} is open in another Helder Studio window "
                "(process {pid} on {host}).",
            ).format(file=label, pid=pid, host=host or "?")
        )
    logger.warning(
        "no project lock: cannot write %s (%s)", lock_path(key, folder), lock.error()
    )
    return ProjectLock(key, folder, None)


# -- what a crash left ---------------------------------------------------------


def pending_recoveries(folder: Path | None = None) -> list[Recovery]:
    """Recovery copies no running studio owns, newest first; never raises.

    Copies of this process's documents and of documents open in other studio
    processes are left out: their locks are held.
    """
    here = socket.gethostname()
    pending = []
    for recovery in list_recoveries(folder):
        if recovery.pid == os.getpid() and recovery.host == here:
            continue
        if _owned(recovery):
            continue
        pending.append(recovery)
    return pending


def _owned(recovery: Recovery) -> bool:
    probe = _new_lock(lock_path(recovery.key, recovery.folder))
    if probe.tryLock(0):
        probe.unlock()  # also removes a stale lock file left by the crash
        return False
    if probe.error() == QLockFile.LockError.LockFailedError:
        return True
    logger.warning("cannot tell who owns %s (%s)", recovery.file, probe.error())
    return False


def discard_recovery(recovery: Recovery) -> None:
    """Remove a recovery copy for good; raises ``OSError`` if it stays."""
    remove_recovery(recovery.key, recovery.folder)
    logger.info("discarded recovery copy %s", recovery.file)


# -- autosave -------------------------------------------------------------------


class Autosaver(QObject):
    """Keeps a recovery copy of a document while it has unsaved changes.

    ``delay_ms`` after the last change (the default 3 s) the copy is written
    with ``Project.save_copy``; while changes keep coming it is written at the
    latest ``max_delay_ms`` (30 s) after the first one not yet in it. A clean
    document writes nothing; undone back to its saved state, its copy goes at
    the next tick. The user's own file is never written. After the user saves,
    call :meth:`saved`: the copy goes. (Watching the stack's ``cleanChanged``
    instead would not do: a stack that is destroyed sends it too, and a crash
    copy must survive a window that goes without closing.)

    The copy is written in the interface thread. After the first one (which
    copies every asset) a copy is updated in place: only the template and new
    media are written. A very large first copy holds the window as long as a
    Save As would.

    Signals
    -------
    sig_message
        An autosave failed (translated text for the status bar); sent once
        until an autosave succeeds again. Autosave keeps trying.
    sig_autosaved
        A copy was written (its path).
    """

    sig_message = Signal(str)
    sig_autosaved = Signal(str)

    def __init__(
        self,
        document: Document,
        lock: ProjectLock,
        *,
        delay_ms: int = DEFAULT_DELAY_MS,
        max_delay_ms: int = MAX_DELAY_MS,
        recovered: bool = False,
        parent: QObject | None = None,
    ):
        """``recovered``: the document was opened with :func:`open_recovered` and
        ``lock`` is that recovery's; it starts modified and keeps its copy."""
        super().__init__(parent if parent is not None else document)
        self.document = document
        self.lock = lock
        self._quiet = self._timer(delay_ms)
        self._deadline = self._timer(max_delay_ms)
        self._written: int | None = None  # the document revision in the copy
        self._owns_copy = recovered  # else a copy found there is older work
        self._failing = False
        self._closed = False
        document.sig_changed.connect(self._changed)
        if recovered:
            self._written = document.revision
            # Never clean again until saved: undo cannot reach the user's file.
            document.undo_stack.resetClean()

    def _timer(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.autosave_now)
        return timer

    @property
    def recovery_file(self) -> Path:
        return copy_path(self.lock.key, self.lock.folder)

    @property
    def pending(self) -> bool:
        """Whether an autosave is scheduled."""
        return self._quiet.isActive() or self._deadline.isActive()

    def _changed(self) -> None:
        # During undo and redo the stack's clean state is not updated yet, so
        # whether to write is decided when the timer fires.
        if self._closed:
            return
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _stop_timers(self) -> None:
        self._quiet.stop()
        self._deadline.stop()

    def autosave_now(self) -> bool:
        """Write the copy now if the document has changes it does not hold.

        Returns whether the copy holds the document's unsaved state (False
        when there is nothing unsaved, or the write failed). Never raises.
        """
        if self._closed:
            return False
        self._stop_timers()
        if not self.document.modified:
            # Undone back to the saved state: the user's file holds it all.
            if self._owns_copy:
                self._remove_copy(self.lock)
            return False
        if self._written == self.document.revision:
            return True
        started = time.perf_counter()
        try:
            if not self._owns_copy:
                set_aside(self.lock.key, self.lock.folder)
                self._owns_copy = True
            copy = write_recovery(
                self.lock.key, self.document.project, self.lock.folder
            )
        except Exception as error:  # a slot: nothing may reach the event loop
            self._failed(error)
            return False
        self._written = self.document.revision
        if self._failing:
            self._failing = False
            logger.info("autosave to %s works again", copy)
        logger.debug(
            "autosaved %s in %.1f ms", copy, (time.perf_counter() - started) * 1000
        )
        self.sig_autosaved.emit(str(copy))
        return True

    def _failed(self, error: Exception) -> None:
        # No change may follow (the user went for coffee): try again anyway.
        self._deadline.start()
        if self._failing:
            logger.debug("autosave failed again: %s", error)
            return
        self._failing = True
        expected = isinstance(error, ProjectError | OSError)
        logger.warning(
            "autosave to %s failed: %s",
            self.recovery_file,
            error,
            exc_info=not expected,
        )
        self.sig_message.emit(
            self.tr(
                "Autosave failed: {reason}. Helder Studio keeps trying; "
                "save your work to be safe."
            ).format(reason=str(error))
        )

    def saved(self, lock: ProjectLock | None = None) -> None:
        """The user's file was saved: the copy goes.

        After a Save As, pass the lock of the new file (from
        :meth:`ProjectLock.claim`, taken before saving); the old one is released.
        """
        self._stop_timers()
        old = self.lock
        if lock is not None and lock is not old:
            self.lock = lock
        self._remove_copy(old)
        if self.lock is not old:
            old.release()

    def discard(self) -> None:
        """Drop the copy now (the user threw the changes away)."""
        self._stop_timers()
        self._remove_copy(self.lock)

    def close(self, *, keep_copy: bool = False) -> None:
        """Stop for good and release the lock.

        The copy goes, unless ``keep_copy`` (the system is shutting down and
        the user could not be asked): then the unsaved state is written one
        last time and stays on offer at the next start.
        """
        if self._closed:
            return
        if keep_copy:
            self.autosave_now()
        else:
            self.discard()
        self._stop_timers()
        self._closed = True
        self.lock.release()

    def _remove_copy(self, lock: ProjectLock) -> None:
        try:
            remove_recovery(lock.key, lock.folder)
        except OSError as error:
            logger.warning("could not remove a recovery copy: %s", error)
        self._written = None
        self._owns_copy = False


# -- the offer at start ------------------------------------------------------------


class RecoveryDialog(QDialog):
    """Lists the copies a crash left and lets the user recover, discard or wait.

    ``chosen`` is the copy to recover, or None (Later, or all discarded).
    Everything shown comes from files, so it is shown as plain text.
    """

    def __init__(self, recoveries: list[Recovery], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.chosen: Recovery | None = None
        self._recoveries = list(recoveries)
        intro = QLabel(
            self.tr(
                "Helder Studio did not close properly. The changes below were "
                "not saved. Recover opens them; save them to keep them. "
                "Discard deletes them for good. Later keeps them for the "
                "next start."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recovery_list")
        for recovery in self._recoveries:
            self.list.addItem(QListWidgetItem(self._summary(recovery)))
        self.list.setVisible(len(self._recoveries) > 1)
        self.details = QLabel()
        self.details.setObjectName("recovery_details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._build_buttons()
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.details, self._buttons):
            layout.addWidget(widget)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)

    def _build_buttons(self) -> None:
        self._buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.recover_button = self._buttons.addButton(
            self.tr("&Recover"), role.AcceptRole
        )
        self.discard_button = self._buttons.addButton(
            self.tr("&Discard"), role.DestructiveRole
        )
        self.later_button = self._buttons.addButton(self.tr("&Later"), role.RejectRole)
        self.recover_button.setObjectName("recover_button")
        self.discard_button.setObjectName("discard_button")
        self.later_button.setObjectName("later_button")
        self.recover_button.clicked.connect(self._recover)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)

    @property
    def current(self) -> Recovery | None:
        row = self.list.currentRow()
        return self._recoveries[row] if 0 <= row < len(self._recoveries) else None

    def _summary(self, recovery: Recovery) -> str:
        name = recovery.template_name or recovery.file.name
        return f"{name} – {self._when(recovery)}"

    def _when(self, recovery: Recovery) -> str:
        moment = QDateTime.fromMSecsSinceEpoch(
            int(recovery.saved_at.timestamp() * 1000)
        )
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    def _where(self, recovery: Recovery) -> str:
        if recovery.original is not None:
            return self.tr("File: {file}").format(file=recovery.original)
        if recovery.source is not None:
            return self.tr(
                "Opened from: {folder} (not yet saved as a project file)"
            ).format(folder=recovery.source)
        return self.tr("File: none (never saved)")

    def _problem(self, recovery: Recovery) -> str:
        reasons = {
            Problem.NO_COPY: self.tr("the copy is missing"),
            Problem.NO_DETAILS: self.tr("its details are missing or unreadable"),
            Problem.DAMAGED: self.tr("the copy cannot be opened"),
        }
        return self.tr("{file} cannot be recovered: {reason}.").format(
            file=recovery.file, reason=reasons[recovery.problem]
        )

    def _show(self, row: int) -> None:
        recovery = self.current
        self.recover_button.setEnabled(
            recovery is not None and recovery.problem is None
        )
        self.discard_button.setEnabled(recovery is not None)
        if recovery is None:
            self.details.clear()
            return
        lines = []
        if recovery.problem is not None:
            lines.append(self._problem(recovery))
            self.details.setToolTip(as_plain_tooltip(recovery.detail))
        else:
            self.details.setToolTip("")
        if recovery.template_name:
            lines.append(
                self.tr("Template: {name}").format(name=recovery.template_name)
            )
        lines.append(self._where(recovery))
        lines.append(self.tr("Autosaved: {time}").format(time=self._when(recovery)))
        self.details.setText("\n".join(lines))

    def _recover(self) -> None:
        recovery = self.current
        if recovery is None or recovery.problem is not None:
            return
        self.chosen = recovery
        self.accept()

    def _discard(self) -> None:
        recovery = self.current
        if recovery is None:
            return
        try:
            discard_recovery(recovery)
        except OSError as error:
            self.details.setText(
                self.tr("{file} could not be deleted: {reason}").format(
                    file=recovery.file, reason=error.strerror or str(error)
                )
            )
            return
        row = self.list.currentRow()
        del self._recoveries[row]
        self.list.takeItem(row)
        if not self._recoveries:
            self.reject()
            return
        self.list.setVisible(len(self._recoveries) > 1)
        self._show(self.list.currentRow())


def offer_recovery(
    parent: QWidget | None, recoveries: list[Recovery]
) -> Recovery | None:
    """Ask what to do with ``recoveries``; the one to recover, or None.

    Discarded copies are removed before this returns; the others stay. Call
    :func:`acquire_project_lock` with the result, then :func:`open_recovered`.
    """
    if not recoveries:
        return None
    dialog = RecoveryDialog(recoveries, parent)
    dialog.exec()
    chosen = dialog.chosen
    dialog.deleteLater()
    return chosen
