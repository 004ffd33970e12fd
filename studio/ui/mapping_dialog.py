"""Which column of a sample-row file feeds each field of the template.

The dialog opens with the matches the checks would make by name (headers such
as ``Voornaam`` find ``first_name`` by its label); the user corrects them, leaves
an optional field without a column, and sees the first rows of the file while
doing so. Cells of columns that feed a personal field are masked unless the
Sample data panel shows personal data.
"""

from __future__ import annotations

from collections.abc import Sequence

from babel.numbers import get_currency_symbol
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.data.quoting import cell_text, one_line
from studio.data.sample_table import SampleTable, suggested_mapping
from studio.values.fields import Field

PREVIEW_ROWS = 5


def masked(field: Field, text: str) -> str:
    """``text`` of a personal ``field`` as shown while personal data is hidden.

    Enough remains to tell rows apart at a glance (a name's first letter), never
    enough to read the value; the length is not given away either.
    """
    if not text.strip():
        return text
    first = text.strip()[0]
    kind = field.kind.value
    if kind == "money":
        return f"{_currency_sign(field.currency)} •••"
    if kind == "email":
        return f"{first}••••@••••"
    if kind == "phone":
        return "•••• ••••"
    if kind == "date":
        return "••-••-••••"
    if kind == "integer":
        return "•••"
    return f"{first}••••"


def _currency_sign(currency: str | None) -> str:
    if not currency:
        return "¤"
    try:
        return get_currency_symbol(currency, "nl_NL")
    except (ValueError, LookupError):
        return currency


def shown_cell(value: object) -> str:
    """A cell's value on one line, exactly as typed; never interpreted as markup."""
    return one_line(cell_text(value))


class ColumnMappingDialog(QDialog):
    """Choose, for each template field, the header of the column that feeds it.

    Required fields are marked with an asterisk and must have a column before
    OK can be pressed; an optional field may be left "not in the file", and
    then takes its fallback in every row.
    """

    def __init__(
        self,
        fields: Sequence[Field],
        table: SampleTable,
        parent: QWidget | None = None,
        *,
        show_personal: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("mapping_dialog")
        self.setWindowTitle(self.tr("Match the columns"))
        self.fields = list(fields)
        self.table = table
        self.show_personal = show_personal
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the column of {file} that fills each field. "
                "Fields marked * are required."
            ).format(file=table.source)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_form())
        self.hint = QLabel(objectName="mapping_hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addWidget(QLabel(self.tr("The first rows of the file:")))
        self.preview = self._build_preview()
        layout.addWidget(self.preview, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        self._update()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        suggested = suggested_mapping(self.fields, self.table.headers)
        for field in self.fields:
            combo = QComboBox(objectName=f"map_{field.name}")
            combo.addItem(self.tr("(not in the file)"), None)
            for header in self.table.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(suggested.get(field.name))))
            combo.currentIndexChanged.connect(self._update)
            self.combos[field.name] = combo
            title = field.label or field.name
            if field.label and field.label != field.name:
                title = f"{field.label} ({field.name})"
            label = QLabel(f"{title} *" if field.required else title)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            form.addRow(label, combo)
        return form

    def _build_preview(self) -> QTableWidget:
        rows = self.table.rows[:PREVIEW_ROWS]
        preview = QTableWidget(len(rows), len(self.table.headers), self)
        preview.setObjectName("mapping_preview")
        preview.setHorizontalHeaderLabels(list(self.table.headers))
        preview.setVerticalHeaderLabels([str(row.number) for row in rows])
        preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        return preview

    def set_header(self, field_name: str, header: str | None) -> None:
        """Map ``field_name`` to ``header`` (None: not in the file)."""
        combo = self.combos[field_name]
        index = combo.findData(header)
        if index < 0:
            raise KeyError(header)
        combo.setCurrentIndex(index)

    def mapping(self) -> dict[str, str]:
        """Each field with a column, and the header chosen for it."""
        chosen = {name: combo.currentData() for name, combo in self.combos.items()}
        return {name: header for name, header in chosen.items() if header is not None}

    def missing(self) -> list[str]:
        """The required fields that have no column yet."""
        mapping = self.mapping()
        return [f.name for f in self.fields if f.required and f.name not in mapping]

    def _update(self) -> None:
        missing = self.missing()
        self.ok_button.setEnabled(not missing)
        if missing:
            self.hint.setText(
                self.tr("Choose a column for: {fields}").format(
                    fields=", ".join(missing)
                )
            )
        else:
            self.hint.setText("")
        self._fill_preview()

    def _fill_preview(self) -> None:
        personal = {f.name: f for f in self.fields if f.personal}
        hiding = {}
        if not self.show_personal:
            for name, header in self.mapping().items():
                if name in personal:
                    hiding[header] = personal[name]
        for row_index, row in enumerate(self.table.rows[:PREVIEW_ROWS]):
            for column, header in enumerate(self.table.headers):
                text = shown_cell(row.values[column])
                if header in hiding:
                    text = masked(hiding[header], text)
                item = QTableWidgetItem(text)
                self.preview.setItem(row_index, column, item)
