"""The Fields panel: the typed values a template fills from a sample row.

A list of the fields, and under it a form for the chosen one
(:class:`~studio.ui.field_form.FieldForm`): its name, kind, rules and fallback,
and a preview of how a value reads in the document's language. Every change is
one undoable edit through the document; a rename carries every placeholder,
condition and setting along. Deleting a field that is still used lists where,
and asks. Everything that comes from the project is shown as plain text.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.model.edits import (
    AddField,
    Edit,
    EditError,
    RemoveField,
    RenameField,
    field_usages,
)
from studio.model.usages import Usage, UsageKind
from studio.ui.document import Document
from studio.ui.field_form import FieldForm, plain_label
from studio.values.fields import Field, FieldKind

logger = logging.getLogger(__name__)

_PROBLEM_STYLE = (
    "QLabel { color: #D64541; background: rgba(214, 69, 65, 30);"
    " border: 1px solid rgba(214, 69, 65, 140); border-radius: 3px;"
    " padding: 4px 6px; }"
)
_CHECK = "✓"
_USAGES_LISTED = 12


def _cell(text: str, *, editable: bool = False, centred: bool = False):
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if centred:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


class FieldsPanel(QWidget):
    """The template's fields, and a form to change the chosen one.

    Signals
    -------
    sig_message(str)
        A change was refused; the text says why (also shown in the panel).
    """

    sig_message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fields_panel")
        self.document = document
        self._shown: tuple | None = None  # the fields as last drawn
        self._current: str | None = None  # the name of the field in the form
        self._row = 0  # where the current field was, for when it goes away
        self._filling = False
        self.kind_names = self._kind_names()
        self._build()
        self.rebuild()
        document.sig_changed.connect(self.rebuild)
        document.sig_variant_changed.connect(self.form.update_preview)
        document.sig_rows_changed.connect(self.form.update_preview)

    # -- what other code asks for ----------------------------------------------

    def current_name(self) -> str | None:
        return self._current

    def select_field(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == name:
                self.table.setCurrentCell(row, 0)
                return

    def add_field(self) -> str | None:
        """Add a text field with a free name like ``field_1``; it is chosen and its
        name is ready to be typed over."""
        taken = {field.name for field in self.document.template.fields}
        number = 1
        while f"field_{number}" in taken:
            number += 1
        name = f"field_{number}"
        field = Field(name, FieldKind.TEXT, required=False)
        if not self.apply(AddField(field, label=self.tr("Add field"))):
            return None
        self.select_field(name)
        self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.name_edit.selectAll()
        return name

    def delete_field(self, name: str | None = None) -> bool:
        """Delete ``name`` (the chosen field); a field still in use is deleted only
        when the user agrees, and its uses stay behind as unknown placeholders."""
        name = name or self._current
        if name is None:
            return False
        usages = field_usages(self.document.template, name)
        if usages and not self._agree_to_delete(name, usages):
            return False
        edit = RemoveField(
            name, allow_in_use=bool(usages), label=self.tr("Delete field")
        )
        return self.apply(edit)

    def rename_field(self, old: str, new: str) -> bool:
        if new == old:
            return True
        return self.apply(RenameField(old, new, self.tr("Rename field")), follow=new)

    def apply(
        self, edit: Edit, merge_key: object = None, follow: str | None = None
    ) -> bool:
        """Make ``edit`` one undo step; a refused edit is explained and the form
        shows the template's values again. ``follow`` is the name the chosen
        field has after the edit, when the edit renames it."""
        chosen = self._current
        if follow is not None:
            self._current = follow  # the list keeps the field chosen as it redraws
        try:
            self.document.edit(edit, merge_key=merge_key)
        except EditError as error:
            self._current = chosen
            logger.info("field edit refused: %s", error)
            self.show_message(str(error))
            self.form.show_field(self._field())
            return False
        self.message_label.hide()
        return True

    def show_message(self, text: str) -> None:
        """Say why a change was not made, here and to whoever listens."""
        self.message_label.setText(text)
        self.message_label.show()
        self.sig_message.emit(text)

    def message(self) -> str:
        """Why the last change was refused; empty after one that was made."""
        return self.message_label.text() if not self.message_label.isHidden() else ""

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Add field"), objectName="add_field")
        self.add_button.setToolTip(self.tr("Add a text field to the template"))
        self.add_button.clicked.connect(self.add_field)
        self.delete_button = QPushButton(
            self.tr("Delete field"), objectName="delete_field"
        )
        self.delete_button.setToolTip(self.tr("Delete the chosen field"))
        self.delete_button.clicked.connect(lambda: self.delete_field())
        self.count_label = plain_label(object_name="field_count")
        self.count_label.setEnabled(False)  # muted
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        self.table = self._build_table()
        self.message_label = plain_label(object_name="fields_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(_PROBLEM_STYLE)
        self.message_label.hide()
        self.form = FieldForm(self)
        scroll = QScrollArea(objectName="field_form_scroll")
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="fields_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        # The list takes what the form leaves, and the form keeps its height
        # when the dock grows.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message_label)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._sized:
            # Sizes take only once the panel has its own height.
            self._sized = True
            total = sum(self.splitter.sizes())
            form = min(self.form.tallest_height(), total * 2 // 3)
            self.splitter.setSizes([total - form, form])

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, 4, objectName="fields_table")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Kind"),
                self.tr("Required"),
                self.tr("Personal"),
            ]
        )
        table.horizontalHeaderItem(2).setToolTip(
            self.tr("Every sample row must have a value")
        )
        table.horizontalHeaderItem(3).setToolTip(
            self.tr("Data about a person: never logged, never packaged")
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.itemSelectionChanged.connect(self._chosen)
        table.itemChanged.connect(self._renamed_in_list)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu)
        delete = QAction(self.tr("Delete field"), table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self.delete_field())
        table.addAction(delete)
        return table

    def _menu(self, point) -> None:
        item = self.table.itemAt(point)
        menu = QMenu(self)
        if item is not None:
            name_cell = self.table.item(item.row(), 0)
            name = name_cell.data(Qt.ItemDataRole.UserRole)
            menu.addAction(self.tr("Rename"), lambda: self.table.editItem(name_cell))
            menu.addAction(self.tr("Delete field"), lambda: self.delete_field(name))
            menu.addSeparator()
        menu.addAction(self.tr("Add field"), self.add_field)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _kind_names(self) -> dict[FieldKind, str]:
        return {
            FieldKind.TEXT: self.tr("Text"),
            FieldKind.PERSON_NAME: self.tr("Person's name"),
            FieldKind.MONEY: self.tr("Amount of money"),
            FieldKind.DATE: self.tr("Date"),
            FieldKind.INTEGER: self.tr("Whole number"),
            FieldKind.CHOICE: self.tr("Choice"),
            FieldKind.BOOLEAN: self.tr("Yes or no"),
            FieldKind.PHONE: self.tr("Phone number"),
            FieldKind.EMAIL: self.tr("Email address"),
            FieldKind.URL: self.tr("Web address"),
        }

    # -- following the template -------------------------------------------------

    def rebuild(self) -> None:
        """Draw the list again when the fields changed (and only then)."""
        fields = self.document.template.fields
        shown = tuple(replace(field) for field in fields)
        if shown == self._shown:
            return
        self._shown = shown
        self._filling = True
        self.table.setRowCount(len(fields))
        for row, field in enumerate(fields):
            self._fill_row(row, field)
        self._filling = False
        self.count_label.setText(self.tr("Fields: {count}").format(count=len(fields)))
        names = [field.name for field in fields]
        if self._current in names:
            row = names.index(self._current)
        else:
            row = min(self._row, len(names) - 1)
        self._choose_row(row)

    def _fill_row(self, row: int, field: Field) -> None:
        name = _cell(field.name, editable=True)
        name.setData(Qt.ItemDataRole.UserRole, field.name)
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, _cell(self.kind_names.get(field.kind, field.kind)))
        self.table.setItem(
            row, 2, _cell(_CHECK if field.required else "", centred=True)
        )
        self.table.setItem(
            row, 3, _cell(_CHECK if field.personal else "", centred=True)
        )

    def _choose_row(self, row: int) -> None:
        self._filling = True
        if row >= 0:
            self.table.setCurrentCell(row, 0)
        else:
            self.table.clearSelection()
        self._filling = False
        self._chosen()

    def _chosen(self) -> None:
        if self._filling:
            return
        row = self.table.currentRow()
        fields = self.document.template.fields
        field = fields[row] if 0 <= row < len(fields) else None
        self._current = field.name if field else None
        self._row = max(row, 0)
        self.delete_button.setEnabled(field is not None)
        self.form.show_field(field)

    def _field(self) -> Field | None:
        if self._current is None:
            return None
        try:
            return self.document.template.field(self._current)
        except KeyError:
            return None

    def _renamed_in_list(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        old = item.data(Qt.ItemDataRole.UserRole)
        new = item.text().strip()
        if not self.rename_field(old, new):
            self._filling = True
            item.setText(old)
            self._filling = False

    # -- deleting a field in use ----------------------------------------------

    def _agree_to_delete(self, name: str, usages: list[Usage]) -> bool:
        box = QMessageBox(self)
        box.setObjectName("delete_field_question")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete field"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self._usage_text(name, usages))
        delete = box.addButton(
            self.tr("Delete anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setObjectName("delete_anyway")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is delete

    def _usage_text(self, name: str, usages: list[Usage]) -> str:
        lines = [f"• {self.describe_usage(usage)}" for usage in usages[:_USAGES_LISTED]]
        if len(usages) > _USAGES_LISTED:
            more = len(usages) - _USAGES_LISTED
            lines.append(self.tr("… and {count} more").format(count=more))
        intro = self.tr("The field “{name}” is still used here:")
        outro = self.tr(
            "Delete it anyway? Its placeholders and conditions stay and show as "
            "unknown fields until you change them."
        )
        return "\n".join([intro.format(name=name), "", *lines, "", outro])

    def describe_usage(self, usage: Usage) -> str:
        """Where a field is used, in the interface language."""
        if usage.kind is UsageKind.TEXT:
            return self.tr("Text “{key}” ({language})").format(
                key=usage.target, language=usage.language
            )
        if usage.kind is UsageKind.SCENE_CONDITION:
            return self.tr("Condition of scene “{scene}”").format(scene=usage.scene)
        if usage.kind is UsageKind.LAYER_CONDITION:
            return self.tr("Condition of layer “{layer}” in scene “{scene}”").format(
                layer=usage.layer, scene=usage.scene
            )
        if usage.kind is UsageKind.BUTTON_TARGET:
            return self.tr("Target of button “{layer}” in scene “{scene}”").format(
                layer=usage.layer, scene=usage.scene
            )
        if usage.target == "row_id_field":
            return self.tr("Settings: the row id of the sample rows")
        return self.tr("Settings: the amount that instalment plans split")
