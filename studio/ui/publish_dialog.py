"""Exporting the template package, and publishing it to a delivery server.

One non-modal dialog: where the package goes, and (when publishing) the server
and its token. It runs on a snapshot of the project taken when Start is pressed,
so the designer goes on editing; the progress bar shows the export and then the
upload; a retry after a network fault is reported as it happens, and a refusal is
shown as the server gave it, with its reason and the file it names.

The server address is remembered per user; the token only when the designer asks
for it (it is a secret: it is kept in the user's settings, not the project file).
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.publishing import Published
from studio.ui.document import Document
from studio.ui.export_dialog import output_problem
from studio.ui.package_jobs import PackageJob, ProjectSnapshot

logger = logging.getLogger(__name__)

DEFAULT_SERVER = "http://127.0.0.1:8765"


class PublishDialog(QDialog):
    """Export the package (and publish it) with progress, retries and Cancel.

    Signals
    -------
    sig_finished(str)
        What happened, for the status bar.
    """

    sig_finished = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("publish_dialog")
        self.setWindowTitle(self.tr("Export and publish package"))
        self.setModal(False)
        self.document = document
        self.job: PackageJob | None = None
        self._temporary: tempfile.TemporaryDirectory | None = None
        settings = QSettings()

        self.output = QLineEdit(objectName="package_output")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        self.publish_box = QGroupBox(self.tr("Publish to a delivery server"))
        self.publish_box.setObjectName("publish_box")
        self.publish_box.setCheckable(True)
        self.server = QLineEdit(objectName="publish_server")
        self.server.setText(str(settings.value("publish/server", DEFAULT_SERVER)))
        self.token = QLineEdit(objectName="publish_token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setText(str(settings.value("publish/token", "")))
        self.remember = QCheckBox(self.tr("Remember the token on this computer"))
        self.remember.setChecked(bool(self.token.text()))
        server_form = QFormLayout(self.publish_box)
        server_form.addRow(self.tr("Server"), self.server)
        server_form.addRow(self.tr("Token"), self.token)
        server_form.addRow("", self.remember)

        self.stage = QLabel(objectName="publish_stage")
        self.stage.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(objectName="publish_progress")
        self.progress.setRange(0, 100)
        self.status = QLabel(objectName="publish_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.start_button = QPushButton(self.tr("Start"), objectName="publish_start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self.start())
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="publish_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)

        form = QFormLayout()
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Package file"), where)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.publish_box)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, 320)
        self._suggest_output()
        self._idle()

    def set_publishing(self, on: bool) -> None:
        self.publish_box.setChecked(on)

    def _suggest_output(self) -> None:
        if not self.output.text():
            project = self.document.project
            source = project.path or project.source if project else None
            name = Path(source).stem if source else "template"
            self.output.setText(str(Path.home() / f"{name}.zip"))

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export package"),
            self.output.text(),
            self.tr("Template package (*.zip)"),
        )
        if name:
            self.output.setText(name if name.endswith(".zip") else name + ".zip")

    def start(
        self, output: Path | None = None, *, size: tuple[int, int] | None = None
    ) -> PackageJob | None:
        """Export to ``output`` (or the file chosen), then publish when asked.

        ``size`` bakes the media smaller than the canvas (for a quick proof)."""
        if self.job is not None:
            return None
        target = Path(output) if output else Path(self.output.text().strip())
        problem = output_problem(
            target, self.tr("Choose a file to export the package to.")
        )
        if problem:
            self.status.setText(problem)
            return None
        self.output.setText(str(target))
        publishing = self.publish_box.isChecked()
        server, token = self.server.text().strip(), self.token.text().strip()
        if publishing and not (server and token):
            self.status.setText(self.tr("Give the server's address and its token."))
            return None
        if publishing:
            self._remember(server, token)
        job = PackageJob(
            ProjectSnapshot.of(self.document),
            target,
            server=server if publishing else None,
            token=token,
            size=size,
        )
        job.sig_progress.connect(self._progress)
        job.sig_retry.connect(self._retrying)
        job.sig_exported.connect(self._exported)
        job.sig_published.connect(self._published)
        job.sig_failed.connect(
            lambda why: self._ended(self.tr("Not done: {why}").format(why=why))
        )
        job.sig_cancelled.connect(lambda: self._ended(self.tr("Cancelled")))
        job.finished.connect(self._job_finished)
        self.job = job
        self.progress.setValue(0)
        self.stage.setText(self.tr("Rendering the base media…"))
        self.status.setText("")
        self._busy(True)
        job.start()
        return job

    def _remember(self, server: str, token: str) -> None:
        settings = QSettings()
        settings.setValue("publish/server", server)
        if self.remember.isChecked():
            settings.setValue("publish/token", token)
        else:
            settings.remove("publish/token")

    def _progress(self, stage: str, done: int, total: int) -> None:
        if stage == "upload":
            self.stage.setText(self.tr("Uploading to the server…"))
        self.progress.setValue(round(100 * done / total) if total else 0)

    def _retrying(self, attempt: int, wait: float, why: str) -> None:
        self.status.setText(
            self.tr(
                "Attempt {attempt} failed ({why}); trying again in {wait} s."
            ).format(attempt=attempt, why=why, wait=f"{wait:.0f}")
        )

    def _exported(self, path: str) -> None:
        message = self.tr("Package written: {path}").format(path=path)
        if self.job is not None and self.job.server:
            self.status.setText(message)
        else:
            self._ended(message)

    def _published(self, result: Published) -> None:
        if result.existing:
            text = self.tr("The server already had this package: {package}")
        else:
            text = self.tr("Published as {package} (version {version})")
        self._ended(text.format(package=result.package, version=result.version))

    def _ended(self, message: str) -> None:
        self.status.setText(message)
        self.stage.setText("")
        self.sig_finished.emit(message)

    def _job_finished(self) -> None:
        self.job = None
        self._idle()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _busy(self, on: bool) -> None:
        self.start_button.setEnabled(not on)
        self.cancel_button.setEnabled(on)
        self.publish_box.setEnabled(not on)
        self.output.setEnabled(not on)

    def _idle(self) -> None:
        self._busy(False)

    def stop(self) -> None:
        """Cancel a running job and wait for it (the window is closing)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
            self.job = None
