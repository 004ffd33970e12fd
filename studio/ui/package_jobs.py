"""Exporting and publishing a package beside the window.

Each job works on what it was given when it was made: a copy of the template and
the bytes of its media, read on the interface thread (the project file's SQLite
connection stays there). The window goes on answering; progress, retries and the
outcome come back as signals.
"""

from __future__ import annotations

import copy
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from studio.model.template import Template
from studio.package.bake import export_package
from studio.package.errors import PackageError
from studio.publishing import PublishCancelled, PublishError, publish
from studio.render.encode import ExportCancelled, ExportError
from studio.render.text import RenderError
from studio.ui.document import Document

logger = logging.getLogger(__name__)


@dataclass
class ProjectSnapshot:
    """The template and its media as they were when the job was made."""

    template: Template
    media: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Document) -> ProjectSnapshot:
        template = copy.deepcopy(document.template)
        project = document.project
        media = {
            asset.id: project.asset_bytes(asset.id)
            for asset in template.assets.values()
        }
        return cls(template, media)

    def asset_bytes(self, asset_id: str) -> bytes:
        return self.media[asset_id]


class PackageJob(QThread):
    """Bake and sign the package of a snapshot, then (when given a server) publish.

    Signals
    -------
    sig_progress(str, int, int)
        The stage ("export" or "upload"), done, total.
    sig_retry(int, float, str)
        An upload attempt failed and is tried again after some seconds: why.
    sig_exported(str)
        The package file is written.
    sig_published(object)
        The server took it: a :class:`studio.publishing.Published`.
    sig_failed(str)
        What went wrong, in one line.
    sig_cancelled()
    """

    sig_progress = Signal(str, int, int)
    sig_retry = Signal(int, float, str)
    sig_exported = Signal(str)
    sig_published = Signal(object)
    sig_failed = Signal(str)
    sig_cancelled = Signal()

    def __init__(
        self,
        snapshot: ProjectSnapshot,
        output: Path | None,
        *,
        existing: Path | None = None,
        server: str | None = None,
        token: str = "",
        size: tuple[int, int] | None = None,
    ):
        super().__init__()
        self.snapshot = snapshot
        self.output = output
        self.existing = existing
        self.server = server
        self.token = token
        self.size = size
        self._cancel = threading.Event()
        self.result = None

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            package = self.existing or self._export()
            if self.server:
                self._publish(package)
        except (ExportCancelled, PublishCancelled):
            self.sig_cancelled.emit()
        except PublishError as error:
            where = f" ({error.where})" if error.where else ""
            self.sig_failed.emit(f"{error.message}{where} [{error.code}]")
        except (PackageError, RenderError, ExportError, OSError, ValueError) as error:
            if self._cancel.is_set():
                self.sig_cancelled.emit()
            else:
                logger.warning("package job failed: %s", error)
                self.sig_failed.emit(str(error))

    def _export(self) -> Path:
        assert self.output is not None
        export_package(
            self.snapshot,
            self.output,
            size=self.size,
            progress=lambda done, total: self.sig_progress.emit("export", done, total),
            cancel=self._cancel,
        )
        if self._cancel.is_set():
            raise ExportCancelled("cancelled")
        self.sig_exported.emit(str(self.output))
        return self.output

    def _publish(self, package: Path) -> None:
        self.result = publish(
            package,
            self.server,
            self.token,
            progress=lambda sent, total: self.sig_progress.emit("upload", sent, total),
            cancel=self._cancel,
            on_retry=lambda attempt, wait, error: self.sig_retry.emit(
                attempt, wait, error.message
            ),
        )
        self.sig_published.emit(self.result)
