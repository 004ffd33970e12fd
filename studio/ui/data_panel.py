"""The Sample data panel: the project's sample rows, their verdicts, and import.

Sample rows are personal data. The panel masks personal fields until asked to
show them, puts every value into plain-text views (a cell that looks like
markup is shown as typed), and sends nothing of a row to the log. The rows
live in :attr:`Project.sample_data`, beside the template and outside it, so
their changes are commands of their own on the document's undo stack
(:class:`SampleDataCommand`); reading and checking a file runs on a thread of
its own (:class:`SampleDataJob`), with progress and Cancel.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import html
import logging
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.data.check import DataCheck, RowMessage, RowVerdict
from studio.data.sample_table import (
    ReadCancelled,
    SampleRow,
    SampleTable,
    anonymised,
    check_sample,
    read_table,
    usable_rows,
)
from studio.data.source import DataFileError
from studio.problems import Level
from studio.ui.document import Document
from studio.ui.mapping_dialog import ColumnMappingDialog, masked, shown_cell
from studio.values.errors import quote
from studio.values.fields import Field

logger = logging.getLogger(__name__)

DATA_FILTER = "*.xlsx *.csv"
_COLOURS = {"ok": "#2E7D32", "warnings": "#E0A100", "errors": "#C62828"}
# Column sizes are measured on this many rows, not on all ten thousand.
_MEASURED_ROWS = 60
_WIDEST_COLUMN = 200  # pixels
_WORDS = re.compile(r"\w{3,}")
_NO_PARENT = QModelIndex()


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def plain_tooltip(lines: list[str]) -> str:
    """Tooltip text that Qt cannot take for markup: it guesses otherwise."""
    return "<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>"


class SampleRowsModel(QAbstractTableModel):
    """One line a judged row: its verdict, then a column a template field.

    Cells are made when the view asks for them, so ten thousand rows cost no
    more to show than the few on screen.
    """

    def __init__(self, fields: list[Field], parent=None):
        super().__init__(parent)
        self.fields = fields
        self.show_personal = False
        self.verdicts: list[RowVerdict] = []
        self._rows: dict[int, SampleRow] = {}
        self._columns: list[int | None] = []
        self._worst: dict[int, dict[str | None, str]] = {}  # filled as rows show
        self._icons = {status: _dot(colour) for status, colour in _COLOURS.items()}
        self._status_names = {
            "ok": self.tr("ok"),
            "warnings": self.tr("warnings"),
            "errors": self.tr("errors"),
        }

    def show(
        self,
        table: SampleTable | None,
        check: DataCheck | None,
        fields: list[Field] | None = None,
    ) -> None:
        self.beginResetModel()
        if fields is not None:
            self.fields = fields
        self._worst = {}
        if table is None or check is None:
            self.verdicts, self._rows, self._columns = [], {}, []
        else:
            self.verdicts = check.verdicts
            self._rows = {row.number: row for row in table.rows}
            self._columns = [
                table.column_of(table.mapping[f.name])
                if f.name in table.mapping and table.mapping[f.name] in table.headers
                else None
                for f in self.fields
            ]
        self.endResetModel()

    def worst(self, row: int) -> dict[str | None, str]:
        """The worst level of the messages of a row, by field."""
        found = self._worst.get(row)
        if found is None:
            found = self._worst[row] = _worst_by_field(self.verdicts[row])
        return found

    def set_show_personal(self, show: bool) -> None:
        self.show_personal = show
        if self.verdicts:
            last = self.index(len(self.verdicts) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent=_NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.verdicts)

    def columnCount(self, parent=_NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 1 + len(self.fields)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.verdicts[section].row)
        if section == 0:
            return self.tr("Verdict")
        field = self.fields[section - 1]
        return field.label or field.name

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        verdict = self.verdicts[index.row()]
        column = index.column()
        if column == 0:
            return self._verdict_data(verdict, role)
        field = self.fields[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), column - 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            own = [
                self.message_text(m) for m in verdict.messages if m.field == field.name
            ]
            if self._columns[column - 1] is None:
                own.insert(0, self.tr("Not in the file: every row takes the fallback"))
            return plain_tooltip(own) if own else None
        if role == Qt.ItemDataRole.ForegroundRole:
            worst = self.worst(index.row()).get(field.name)
            if worst is not None:
                return QColor(_COLOURS[worst])
            if self._columns[column - 1] is None:
                return QColor("#8A8D93")
        return None

    def _verdict_data(self, verdict: RowVerdict, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._status_names[verdict.status]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[verdict.status]
        if role == Qt.ItemDataRole.ToolTipRole and verdict.messages:
            return plain_tooltip([self.message_text(m) for m in verdict.messages])
        return None

    def cell_text(self, row: int, field_index: int) -> str:
        """What the view shows for one field of one row (masked when personal)."""
        field = self.fields[field_index]
        column = self._columns[field_index]
        if column is None:
            return field.fallback or ""
        value, formula = self._rows[self.verdicts[row].row].cell(column)
        text = shown_cell(value)
        if formula and not text.startswith("="):
            return self.tr("(formula)")
        if field.personal and not self.show_personal:
            return masked(field, text)
        return text

    def message_text(self, message: RowMessage) -> str:
        """One message, with the value it quotes masked when it is personal."""
        text = str(message)
        field = next((f for f in self.fields if f.name == message.field), None)
        value = message.value_text
        if self.show_personal or field is None or not field.personal or not value:
            return text
        for candidate in {value, " ".join(value.split())}:
            text = text.replace(quote(candidate), quote(masked(field, candidate)))
        # A rule may repeat part of the value in its own words ("it is 1234 if
        # '.' separates thousands"); then the reason waits for the toggle.
        if any(part in text for part in _WORDS.findall(value)):
            where = text.split(": ", 1)[0]
            return f"{where}: " + self.tr(
                "the value was refused; show personal data to read why"
            )
        return text


def _renames(old: tuple[str, ...], new: tuple[str, ...]) -> dict[str, str]:
    """Old name to new of the fields renamed in place (a rename keeps the
    field's position; an added or removed field shifts the others)."""
    if len(old) != len(new):
        return {}
    return {
        before: after
        for before, after in zip(old, new, strict=True)
        if before != after and before not in new and after not in old
    }


def _worst_by_field(verdict: RowVerdict) -> dict[str | None, str]:
    worst: dict[str | None, str] = {}
    for message in verdict.messages:
        level = "errors" if message.level is Level.ERROR else "warnings"
        if worst.get(message.field) != "errors":
            worst[message.field] = level
    return worst


class SampleDataCommand(QUndoCommand):
    """Put other sample data into the project (or none) as one undoable step.

    The first ``redo`` applies it; undo puts back the table and verdicts there
    were, exactly. ``shown`` hears every change, to redraw the panel.
    """

    def __init__(
        self,
        document: Document,
        label: str,
        after: tuple[SampleTable | None, DataCheck | None],
        before: tuple[SampleTable | None, DataCheck | None],
        shown: Callable[[SampleTable | None, DataCheck | None], None],
    ):
        super().__init__(label)
        self.document = document
        self.after = after
        self.before = before
        self.shown = shown

    def redo(self) -> None:
        self._apply(*self.after)

    def undo(self) -> None:
        self._apply(*self.before)

    def _apply(self, table: SampleTable | None, check: DataCheck | None) -> None:
        document = self.document
        document.project.sample_data = table
        self.shown(table, check)
        row_id, values = document.row_id, document.values
        document.set_rows(usable_rows(check) if check is not None else {})
        if document.row_id == row_id and document.values != values:
            # The row shown kept its id but not its values (anonymised): set_rows
            # only tells of another row, and the canvas must redraw this one.
            document.sig_variant_changed.emit()


# While the job runs Python, the window gets the interpreter back within this
# many seconds whenever it asks; Python's default of 5 ms made one repaint of
# the table take 200 ms or more, since painting asks once a cell.
_SWITCH_INTERVAL_S = 0.001
_switching = threading.Lock()
_working = {"jobs": 0, "interval": 0.0}  # jobs running, and the interval before


@contextmanager
def _window_first() -> Iterator[None]:
    with _switching:
        if _working["jobs"] == 0:
            _working["interval"] = sys.getswitchinterval()
            sys.setswitchinterval(min(_working["interval"], _SWITCH_INTERVAL_S))
        _working["jobs"] += 1
    try:
        yield
    finally:
        with _switching:
            _working["jobs"] -= 1
            if _working["jobs"] == 0:
                sys.setswitchinterval(_working["interval"])


class SampleDataJob(QThread):
    """Run ``work(progress, cancelled)`` beside the window.

    Signals
    -------
    sig_progress(int)
        Rows done so far.
    sig_done(object)
        What the work returned.
    sig_failed(str)
        A file that cannot be used: the one-line reason, naming the file.
    sig_cancelled()
    """

    sig_progress = Signal(int)
    sig_done = Signal(object)
    sig_failed = Signal(str)
    sig_cancelled = Signal()

    def __init__(self, work: Callable[[Callable, Callable], object], source: str):
        super().__init__()
        self.work = work
        self.source = source  # the file's name, for a message
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            with _window_first():
                result = self.work(self.sig_progress.emit, self._cancel.is_set)
        except ReadCancelled:
            self.sig_cancelled.emit()
            return
        except DataFileError as error:
            self.sig_failed.emit(str(error))
            return
        except OSError as error:
            logger.warning("%s: sample data not read (%s)", self.source, error.strerror)
            self.sig_failed.emit(f"{self.source}: cannot be read ({error.strerror})")
            return
        except Exception as error:
            # Only the kind of failure goes to the log: its message may quote a
            # cell, and sample rows are personal data.
            kind = type(error).__name__
            logger.error("%s: sample data not read (%s)", self.source, kind)
            self.sig_failed.emit(f"{self.source}: cannot be read ({kind})")
            return
        if self._cancel.is_set():
            self.sig_cancelled.emit()
        else:
            self.sig_done.emit(result)


class DataPanel(QWidget):
    """The sample rows of the project: verdicts, values, import and removal.

    Choosing a usable row shows it on the canvas (``Document.set_row``); an
    unusable one shows why in the details below the table.

    Signals
    -------
    sig_message(str)
        Something to tell the user in the status bar (an import done, a file
        that could not be read); never holds a row's values.
    """

    sig_message = Signal(str)

    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        *,
        check: DataCheck | None = None,
    ):
        """``check``: the verdicts on the project's sample data, when the caller
        has them already; otherwise they are made here."""
        super().__init__(parent)
        self.setObjectName("data_panel")
        self.document = document
        self.check: DataCheck | None = None
        self.job: SampleDataJob | None = None
        self._ending: set[SampleDataJob] = set()
        self._on_done: Callable = lambda _result: None
        self._on_cancelled = ""
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.problem = ""
        self._counted: tuple[DataCheck | None, str] = (None, "")
        self.model = SampleRowsModel(self.template.fields, self)
        self._build()
        table = document.project.sample_data
        if check is None and table is not None:
            check = self._checked(table)
        self._show(table, check)
        self._fields_seen = self._fields_key()
        app = QCoreApplication.instance()
        if app is not None:
            # A thread still running when the application ends takes it down.
            app.aboutToQuit.connect(self._stop_work)
        document.sig_variant_changed.connect(self._follow_row)
        document.sig_changed.connect(self._template_changed)

    @property
    def template(self):
        return self.document.template

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        buttons = QHBoxLayout()
        self.import_button = self._button(self.tr("Import…"), "import_sample", buttons)
        self.import_button.clicked.connect(self.choose_file)
        self.personal_button = self._button(
            self.tr("Show personal data"), "show_personal", buttons
        )
        self.personal_button.setCheckable(True)
        self.personal_button.toggled.connect(self.set_show_personal)
        self.anonymise_button = self._button(
            self.tr("Anonymise"), "anonymise_sample", buttons
        )
        self.anonymise_button.clicked.connect(self.anonymise)
        self.remove_button = self._button(
            self.tr("Remove sample data"), "remove_sample", buttons
        )
        self.remove_button.clicked.connect(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.counts = QLabel(objectName="data_counts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        layout.addLayout(self._build_progress())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._build_view())
        self.details = QPlainTextEdit(objectName="row_details")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Choose a row to see its verdict."))
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    def _button(self, text: str, name: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, objectName=name)
        row.addWidget(button)
        return button

    def _build_progress(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar(objectName="sample_progress")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancel_sample")
        self.cancel_button.clicked.connect(lambda: self.cancel_work())
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        return row

    def _build_view(self) -> QTableView:
        view = QTableView(objectName="sample_rows")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setResizeContentsPrecision(_MEASURED_ROWS)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().currentRowChanged.connect(self._chosen)
        self.view = view
        return view

    # -- what is shown --------------------------------------------------------------

    def _fields_key(self) -> tuple:
        settings = self.template.settings
        names = tuple(f.name for f in self.template.fields)
        return names, repr(self.template.fields), settings.row_id_field, settings.region

    def _template_changed(self) -> None:
        """Judge the rows again when the fields changed; a renamed field keeps
        its column.

        Not a step of its own: it follows the field edit, and undoing that
        edit brings the same change back the other way.
        """
        key = self._fields_key()
        if key == self._fields_seen or self.busy:
            return  # a job that ends looks again
        old_names, self._fields_seen = self._fields_seen[0], key
        table = self.document.project.sample_data
        if table is None:
            return
        renamed = _renames(old_names, key[0])
        if renamed:
            mapping = {renamed.get(n, n): h for n, h in table.mapping.items()}
            table = dataclasses.replace(table, mapping=mapping)
            self.document.project.sample_data = table
        check = self._checked(table)
        self._show(table, check)
        self.document.set_rows(usable_rows(check) if check is not None else {})

    def _checked(self, table: SampleTable) -> DataCheck | None:
        settings = self.template.settings
        try:
            return check_sample(
                self.template.fields, table, settings.row_id_field, settings.region
            )
        except DataFileError as error:
            self.problem = str(error)
            return None

    def _show(self, table: SampleTable | None, check: DataCheck | None) -> None:
        self.check = check
        self.model.show(table, check, self.template.fields)
        if check is not None:
            self.problem = ""
            self._fit_columns()
        self.counts.setText(self._summary(table, check))
        self.details.clear()
        self._update_buttons()
        self._follow_row()

    def _fit_columns(self) -> None:
        # One long cell (a formula, a long name) must not push the rest away.
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            if header.sectionSize(column) > _WIDEST_COLUMN:
                header.resizeSection(column, _WIDEST_COLUMN)

    def _summary(self, table: SampleTable | None, check: DataCheck | None) -> str:
        if table is None:
            return self.tr(
                "No sample data. Import an Excel or CSV file of sample rows."
            )
        if check is None:
            # The reason names the source file already.
            return self.tr("The sample data cannot be used: {problem}").format(
                problem=self.problem
            )
        if table.anonymised:
            source = self.tr("from {file}, anonymised").format(file=table.source)
        else:
            source = self.tr("from {file}").format(file=table.source)
        return f"{self.counted(check)} ({source})"

    def counted(self, check: DataCheck) -> str:
        """``24 rows: 18 ok, 3 with warnings, 3 with errors``."""
        if self._counted[0] is check:
            return self._counted[1]  # counting ten thousand verdicts takes a while
        total = len(check.verdicts)
        if total == 1:
            text = self.tr(
                "1 row: {ok} ok, {warnings} with warnings, {errors} with errors"
            )
        else:
            text = self.tr(
                "{rows} rows: {ok} ok, {warnings} with warnings, {errors} with errors"
            )
        text = text.format(rows=f"{total:,}", **check.counts)
        self._counted = (check, text)
        return text

    def _update_buttons(self) -> None:
        busy = self.job is not None
        has_data = self.document.project.sample_data is not None
        self.import_button.setEnabled(not busy)
        self.anonymise_button.setEnabled(not busy and self.check is not None)
        self.remove_button.setEnabled(not busy and has_data)

    def set_show_personal(self, show: bool) -> None:
        if self.personal_button.isChecked() != show:
            self.personal_button.setChecked(show)
            return
        self.model.set_show_personal(show)
        self._fit_columns()
        self._chosen(self.view.currentIndex())

    def _chosen(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            self.details.clear()
            return
        verdict = self.model.verdicts[current.row()]
        self.details.setPlainText(self._details(verdict))
        if verdict.usable and verdict.row_id in self.document.rows:
            self.document.set_row(verdict.row_id)

    def _details(self, verdict: RowVerdict) -> str:
        where = self.tr("Row {row}").format(row=verdict.row)
        if verdict.row_id:
            where += f" ({verdict.row_id})"
        if verdict.status == "ok":
            state = self.tr("ok: shown on the canvas when chosen")
        elif verdict.status == "warnings":
            state = self.tr("usable, with warnings:")
        else:
            state = self.tr("not usable:")
        lines = [f"{where}: {state}"]
        lines += [f"• {self.model.message_text(m)}" for m in verdict.messages]
        return "\n".join(lines)

    def _follow_row(self) -> None:
        row_id = self.document.row_id
        for number, verdict in enumerate(self.model.verdicts):
            if verdict.row_id == row_id and verdict.usable:
                if self.view.currentIndex().row() != number:
                    self.view.selectRow(number)
                return
        # A stress row, or none, is shown: no sample row is.
        if self.view.currentIndex().isValid() and self.model.verdicts:
            current = self.model.verdicts[self.view.currentIndex().row()]
            if current.usable:
                self.view.selectionModel().clear()

    # -- changes ----------------------------------------------------------------------

    def _push(self, label: str, table: SampleTable | None, check: DataCheck | None):
        before = (self.document.project.sample_data, self.check)
        command = SampleDataCommand(
            self.document, label, (table, check), before, self._show
        )
        self.document.undo_stack.push(command)

    def remove(self) -> None:
        """Remove the sample data from the project, as one undoable step."""
        if self.document.project.sample_data is None:
            return
        self._push(self.tr("Remove sample data"), None, None)
        self.sig_message.emit(self.tr("Sample data removed"))

    def anonymise(self) -> None:
        """Replace every personal value by a made-up one beside the window; then
        one undoable step."""
        table = self.document.project.sample_data
        if table is None or self.check is None:
            return
        fields = copy.deepcopy(self.template.fields)
        settings = self.template.settings
        row_id, region = settings.row_id_field, settings.region

        def work(progress, cancelled):
            fake = anonymised(table, fields, row_id)
            check = check_sample(
                fields, fake, row_id, region, progress=progress, cancelled=cancelled
            )
            return fake, check

        self._start(
            work,
            self._anonymised,
            self.tr("Anonymising…"),
            source=table.source,
            total=len(table.rows),
            cancelled=self.tr("Anonymising cancelled; nothing changed"),
        )

    def _anonymised(self, result: tuple[SampleTable, DataCheck]) -> None:
        self._push(self.tr("Anonymise sample data"), *result)
        self.sig_message.emit(self.tr("Sample data anonymised"))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import sample rows"),
            "",
            self.tr("Spreadsheets ({patterns})").format(patterns=DATA_FILTER),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: str | Path) -> None:
        """Read ``path`` beside the window, then ask how its columns map."""
        path = Path(path)
        self._start(
            lambda progress, cancelled: read_table(
                path, progress=progress, cancelled=cancelled
            ),
            self._ask_mapping,
            self.tr("Reading {file}…").format(file=path.name),
            source=str(path),
        )

    def _ask_mapping(self, raw: SampleTable) -> None:
        dialog = ColumnMappingDialog(
            self.template.fields, raw, self, show_personal=self.model.show_personal
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.mapping_dialog = dialog

        def finished(result: int) -> None:
            self.mapping_dialog = None
            dialog.deleteLater()
            if result == ColumnMappingDialog.DialogCode.Accepted:
                self.apply_mapping(raw, dialog.mapping())
            else:
                self.sig_message.emit(self.tr("Import cancelled; nothing changed"))

        dialog.finished.connect(finished)
        dialog.open()

    def apply_mapping(self, raw: SampleTable, mapping: dict[str, str]) -> None:
        """Keep the mapped columns of ``raw``, check the rows beside the window and
        put them into the project as one undoable step."""
        fields = copy.deepcopy(self.template.fields)
        settings = self.template.settings
        row_id, region = settings.row_id_field, settings.region

        def work(progress, cancelled):
            table = raw.with_mapping(fields, mapping)
            check = check_sample(
                fields, table, row_id, region, progress=progress, cancelled=cancelled
            )
            return table, check

        self._start(
            work,
            self._imported,
            self.tr("Checking {file}…").format(file=raw.source),
            source=raw.source,
            total=len(raw.rows),
        )

    def _imported(self, result: tuple[SampleTable, DataCheck]) -> None:
        table, check = result
        self._push(self.tr("Import sample data"), table, check)
        self.sig_message.emit(
            self.tr("Imported {file}: {counts}").format(
                file=table.source, counts=self.counted(check)
            )
        )

    # -- work beside the window ---------------------------------------------------

    def _start(
        self,
        work,
        done,
        label: str,
        *,
        source: str,
        total: int = 0,
        cancelled: str | None = None,
    ) -> bool:
        """Run ``work`` beside the window and hand its result to ``done``.

        Returns False, and starts nothing, while other work runs.
        """
        if self.job is not None:
            return False
        job = SampleDataJob(work, source)
        self.job = job
        self._on_done = done
        self._on_cancelled = cancelled or self.tr("Import cancelled; nothing changed")
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.setFormat(label if total == 0 else f"{label} %p%")
        self.progress.setTextVisible(True)
        self.progress.show()
        self.cancel_button.show()
        job.sig_progress.connect(self.progress.setValue)
        job.sig_done.connect(self._job_done)
        job.sig_failed.connect(self._job_failed)
        job.sig_cancelled.connect(self._job_cancelled)
        # The thread still ends after its last report; until it has, the object
        # must live on (a QThread destroyed while running takes the process down).
        self._ending.add(job)
        job.finished.connect(functools.partial(self._thread_ended, job))
        self._update_buttons()
        job.start()
        return True

    def _job_done(self, result) -> None:
        done = self._on_done
        self._job_over()
        done(result)

    def _job_failed(self, message: str) -> None:
        self._job_over()
        self.sig_message.emit(message)

    def _job_cancelled(self) -> None:
        message = self._on_cancelled
        self._job_over()
        self.sig_message.emit(message)

    def _job_over(self) -> None:
        # Free as soon as the work has reported, so that what follows it (the
        # check after the mapping dialog) can start at once.
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()
        self._template_changed()

    def _thread_ended(self, job: SampleDataJob) -> None:
        self._ending.discard(job)
        job.deleteLater()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _stop_work(self) -> None:
        self.cancel_work(wait=True)

    def cancel_work(self, wait: bool = False) -> None:
        """Stop a read or check that runs; ``wait`` until its thread has ended
        (before the window closes)."""
        if self.job is not None:
            self.job.cancel()
        if wait:
            for job in list(self._ending):
                job.wait()
