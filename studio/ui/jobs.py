"""Long work on a thread of its own, with progress and a way to stop it.

A job works on a copy of what it needs, taken on the interface thread when it
starts (the template, the media bytes), so the user goes on editing meanwhile
and the job's result is what was asked for at that moment.
"""

from __future__ import annotations

import copy
import logging
import threading
import time
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from studio.render.encode import ExportCancelled, ExportError
from studio.render.errors import RenderError
from studio.render.export import export_video
from studio.render.timeline import PathError, build_timeline
from studio.ui.document import Document

logger = logging.getLogger(__name__)


class ExportJob(QThread):
    """Export the document's video for its shown row and language as an MP4.

    Signals
    -------
    sig_progress(int, int)
        Frames done, frames in all.
    sig_done(str)
        The file written.
    sig_failed(str)
        Why it failed; a cancelled job reports "cancelled" through ``sig_cancelled``.
    sig_cancelled()
    """

    sig_progress = Signal(int, int)
    sig_done = Signal(str)
    sig_failed = Signal(str)
    sig_cancelled = Signal()

    def __init__(self, document: Document, output: Path, size=None):
        super().__init__()
        project = document.project
        self.template = copy.deepcopy(document.template)
        self.values = dict(document.values)
        self.language = document.language
        self.output = Path(output)
        self.size = size
        # SQLite connections stay on the thread that made them: read the media now.
        self.media = {
            asset.id: project.asset_bytes(asset.id)
            for asset in self.template.assets.values()
        }
        self._cancel = threading.Event()
        self.seconds = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        started = time.perf_counter()
        try:
            timeline = build_timeline(
                self.template,
                self.values,
                self.language,
                keep_placeholders=not self.values,
            )
            export_video(
                timeline,
                self.media.__getitem__,
                self.output,
                size=self.size,
                progress=lambda done, total: self.sig_progress.emit(done, total),
                cancel=self._cancel,
            )
        except ExportCancelled:
            self.sig_cancelled.emit()
            return
        except (RenderError, ExportError, PathError, OSError, ValueError) as error:
            if self._cancel.is_set():
                self.sig_cancelled.emit()
            else:
                logger.warning("export failed: %s", error)
                self.sig_failed.emit(str(error))
            return
        self.seconds = time.perf_counter() - started
        if self._cancel.is_set():
            self.sig_cancelled.emit()
        else:
            self.sig_done.emit(str(self.output))


class ImportJob(QThread):
    """Read media files beside the window, in blocks, so that a large video can
    be followed and cancelled; the bytes go into the project on the interface
    thread (:meth:`Canvas.import_read`).

    Signals
    -------
    sig_progress(int, int)
        Bytes read, bytes in all.
    sig_done(list)
        ``(path, bytes)`` pairs, and ``(path, None)`` for a file that could not be
        read (importing it again names the reason).
    sig_cancelled()
    """

    BLOCK = 4 * 1024 * 1024

    sig_progress = Signal(int, int)
    sig_done = Signal(list)
    sig_cancelled = Signal()

    def __init__(self, files: list[Path]):
        super().__init__()
        self.files = [Path(file) for file in files]
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        sizes = []
        for file in self.files:
            try:
                sizes.append(file.stat().st_size)
            except OSError:
                sizes.append(0)
        total, done, read = sum(sizes), 0, []
        for file in self.files:
            blocks = []
            try:
                with file.open("rb") as stream:
                    while block := stream.read(self.BLOCK):
                        if self._cancel.is_set():
                            self.sig_cancelled.emit()
                            return
                        blocks.append(block)
                        done += len(block)
                        self.sig_progress.emit(done, total)
            except OSError:
                read.append((file, None))
                continue
            read.append((file, b"".join(blocks)))
        self.sig_done.emit(read)
