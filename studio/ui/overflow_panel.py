"""Texts that do not fit: every text layer and button label checked against every
sample row, stress row and language, listed with the case that breaks it.

The check runs a moment after the last change (not at every step of a drag) and
keeps its fitted texts between runs, so a check after a small edit lays out only
what changed. Choosing an entry shows that case: its scene, row and language, with
the layer selected. Rows are named by their id; the text itself, which can hold a
person's data, is shown only in the tooltip of the entry.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.render.overflow import FitCache, Overflow, OverflowReason, find_overflows
from studio.render.resolve import ResolveError
from studio.ui.document import Document
from studio.ui.plain_text import as_plain_tooltip

logger = logging.getLogger(__name__)

QUIET_MS = 400  # after the last change, before the texts are checked again


class OverflowPanel(QWidget):
    """The list of texts that do not fit, kept up to date with the document.

    Signals
    -------
    sig_overflows_changed
        The list changed; :meth:`layers` tells which layers to mark.
    """

    sig_overflows_changed = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overflow_panel")
        self.document = document
        self.overflows: list[Overflow] = []
        self.last_check_ms = 0.0
        self._fits = FitCache()
        self.summary = QLabel(objectName="overflow_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, objectName="overflow_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Scene"),
                self.tr("Layer"),
                self.tr("Row"),
                self.tr("Language"),
                self.tr("What is wrong"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._soon = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._soon.timeout.connect(self.check)
        self.table.itemSelectionChanged.connect(self._chosen)
        document.sig_changed.connect(self._soon.start)
        document.sig_rows_changed.connect(self._soon.start)
        self.check()

    def layers(self, scene_id: str | None = None) -> set[str]:
        """The ids of layers with a text that does not fit for some case."""
        return {
            found.layer_id
            for found in self.overflows
            if scene_id is None or found.scene_id == scene_id
        }

    def check(self) -> list[Overflow]:
        """Check every text now (the panel also does so after each change)."""
        document = self.document
        started = time.perf_counter()
        try:
            found = find_overflows(document.template, document.rows, fits=self._fits)
        except ResolveError as error:
            logger.info("texts not checked: %s", error)
            found = []
        self.last_check_ms = (time.perf_counter() - started) * 1000
        if found != self.overflows:
            self.overflows = found
            self._fill()
            self.sig_overflows_changed.emit()
        return found

    def _reason(self, found: Overflow) -> str:
        if found.reason is OverflowReason.CUT:
            return self.tr("Cut off: it does not fit its box")
        if found.reason is OverflowReason.BELOW_SMALLEST_SIZE:
            return self.tr("Set smaller than the layer's smallest size")
        return self.tr("A value is missing: {detail}").format(detail=found.detail)

    def _fill(self) -> None:
        template = self.document.template
        names = {scene.id: scene.name for scene in template.scenes}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.overflows))
        for row, found in enumerate(self.overflows):
            cells = (
                names.get(found.scene_id, found.scene_id),
                found.layer_name,
                found.row_id or self.tr("every row"),
                found.language,
                self._reason(found),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(as_plain_tooltip(found.text))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if self.overflows:
            self.summary.setText(
                self.tr(
                    "%n text(s) do not fit for some row or language.",
                    "",
                    len(self.overflows),
                )
            )
        else:
            self.summary.setText(
                self.tr("Every text fits, for every row and language.")
            )

    def _chosen(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if rows:
            self.show_case(self.overflows[min(rows)])

    def show_case(self, found: Overflow) -> None:
        """Show the scene, row and language that break a text, its layer chosen."""
        document = self.document
        document.set_scene(found.scene_id)
        if found.row_id is not None:
            document.set_row(found.row_id)
        document.set_language(found.language)
        document.select([found.layer_id])
