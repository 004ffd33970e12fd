"""Exporting the previewed variant: the row and language on the canvas, as an MP4.

The dialog does not block the window: the export runs on its own thread with a
copy of the template taken when it starts, so the designer can go on editing
(and the video shows the design as it was when Export was pressed).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.ui.document import Document
from studio.ui.jobs import ExportJob

logger = logging.getLogger(__name__)

SIZES = ((1920, 1080), (1280, 720), (960, 540), (640, 360))


def output_problem(target: Path, unnamed: str) -> str | None:
    """Why ``target`` cannot be exported to (``unnamed`` when it names no file),
    or None; the export and publish dialogs ask alike."""
    if not target.name:
        return unnamed
    if not target.parent.is_dir():
        return QCoreApplication.translate(
            "ExportDialog", "{folder} does not exist: choose another folder."
        ).format(folder=target.parent)
    return None


class ExportDialog(QDialog):
    """Choose where and how large, then export with progress and Cancel.

    Closing the dialog does not stop an export; it reports to the window.

    Signals
    -------
    sig_finished(str)
        What happened, for the status bar (exported, failed, cancelled).
    """

    sig_finished = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export video"))
        self.setModal(False)
        self.document = document
        self.job: ExportJob | None = None
        self.variant = QLabel(objectName="export_variant")
        self.variant.setTextFormat(Qt.TextFormat.PlainText)
        self.size_choice = QComboBox(objectName="export_size")
        template = document.template
        for width, height in SIZES:
            if width <= template.width and height <= template.height:
                self.size_choice.addItem(f"{width} × {height}", (width, height))
        self.output = QLineEdit(objectName="export_output")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        self.progress = QProgressBar(objectName="export_progress")
        self.progress.setRange(0, 100)
        self.status = QLabel(objectName="export_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Export"), objectName="export_start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self.start())
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="export_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        form = QFormLayout()
        form.addRow(self.tr("Variant"), self.variant)
        form.addRow(self.tr("Size"), self.size_choice)
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(browse)
        form.addRow(self.tr("File"), where)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(520, 220)
        self._show_variant()
        self._idle()
        document.sig_variant_changed.connect(self._show_variant)

    def _show_variant(self) -> None:
        row = self.document.row_id or self.tr("no sample row (placeholders shown)")
        self.variant.setText(
            self.tr("{row}, in {language}").format(
                row=row, language=self.document.language
            )
        )
        if not self.output.text():
            name = f"{self.document.row_id or 'voorbeeld'}-{self.document.language}.mp4"
            self.output.setText(str(Path.home() / name))

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export video"),
            self.output.text(),
            self.tr("MP4 video (*.mp4)"),
        )
        if name:
            self.output.setText(name if name.endswith(".mp4") else name + ".mp4")

    def start(self, output: Path | None = None) -> ExportJob | None:
        """Export the variant shown now to ``output`` (or the file chosen)."""
        if self.job is not None:
            return None
        target = Path(output) if output else Path(self.output.text().strip())
        problem = output_problem(target, self.tr("Choose a file to export to."))
        if problem:
            self.status.setText(problem)
            return None
        self.output.setText(str(target))
        job = ExportJob(self.document, target, size=self.size_choice.currentData())
        job.sig_progress.connect(self._progress)
        job.sig_done.connect(
            lambda path: self._ended(self.tr("Exported {path}").format(path=path))
        )
        job.sig_failed.connect(
            lambda why: self._ended(self.tr("Export failed: {why}").format(why=why))
        )
        job.sig_cancelled.connect(lambda: self._ended(self.tr("Export cancelled")))
        self.job = job
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.size_choice.setEnabled(False)
        job.start()
        return job

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(round(100 * done / total) if total else 0)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _ended(self, message: str) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
        self.status.setText(message)
        self._idle()
        self.sig_finished.emit(message)

    def _idle(self) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.size_choice.setEnabled(True)

    def stop(self) -> None:
        """Cancel a running export and wait for it (the window is closing)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
            self.job = None
