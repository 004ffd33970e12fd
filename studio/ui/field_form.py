"""The form under the Fields panel's list: the chosen field's attributes.

Its name, kind, label and description, whether it is required or personal, the
rules its kind uses (length, currency, range, choices), its fallback, and a
preview of how a value reads in the document's language. Only the rows the
field's kind uses are shown. Each change goes to the panel as one edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.model.edits import Batch, SetField
from studio.values.fields import Field, FieldKind
from studio.values.formatting import format_value
from studio.values.money import parse_amount, parse_number
from studio.values.parsing import parse_value

if TYPE_CHECKING:
    from studio.ui.fields_panel import FieldsPanel

_NO_LENGTH = -1  # the spin boxes' value for "no limit"
_LENGTH_KINDS = (FieldKind.TEXT, FieldKind.PERSON_NAME)
_BOUND_KINDS = (FieldKind.MONEY, FieldKind.INTEGER)
_NEW_CURRENCY = "EUR"  # what a field turned into money starts with
_NEW_CHOICES = ("option_1", "option_2")  # what a new choice field starts with


def plain_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


class FieldForm(QWidget):
    """The chosen field's attributes; each change goes to the panel as an edit."""

    def __init__(self, panel: FieldsPanel):
        super().__init__(panel)
        self.setObjectName("field_form")
        self.panel = panel
        self.document = panel.document
        self.field: Field | None = None
        self._filling = False
        self.labels = self._edit_labels()
        self._build()

    def _edit_labels(self) -> dict[str, str]:
        return {
            "kind": self.tr("Change field kind"),
            "label": self.tr("Change field label"),
            "description": self.tr("Change field description"),
            "required": self.tr("Make field required or optional"),
            "personal": self.tr("Mark field as personal data or not"),
            "fallback": self.tr("Change field fallback"),
            "min_length": self.tr("Change shortest length"),
            "max_length": self.tr("Change longest length"),
            "currency": self.tr("Change currency"),
            "minimum": self.tr("Change minimum"),
            "maximum": self.tr("Change maximum"),
            "choices": self.tr("Change choices"),
        }

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        self.title = plain_label(object_name="field_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.subtitle = plain_label(object_name="field_subtitle")
        self.subtitle.setEnabled(False)  # muted
        self.hint = plain_label(
            self.tr("Add a field, or choose one in the list"), "field_hint"
        )
        self.hint.setEnabled(False)
        self.definition = QFormLayout()
        self._build_definition()
        self.preview = QFormLayout()
        self._build_preview()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.hint)
        layout.addLayout(self.definition)
        layout.addSpacing(4)
        layout.addWidget(self._section(self.tr("Preview")))
        layout.addLayout(self.preview)
        layout.addStretch(1)

    def _section(self, title: str) -> QWidget:
        box = QWidget()
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        label = plain_label(title)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(line, 1)
        return box

    def _line(self, name: str, attribute: str | None, placeholder: str = ""):
        edit = QLineEdit(objectName=name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(attribute is not None)
        if attribute is not None:
            edit.editingFinished.connect(
                lambda: self._text_finished(attribute, edit.text())
            )
        return edit

    def _build_definition(self) -> None:
        form = self.definition
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        # Rows only some kinds use, by the row they are in: shown per kind.
        self._kind_rows: dict[str, int] = {}
        for key, label, editor in self._identity_rows() + self._rule_rows():
            if key:
                self._kind_rows[key] = form.rowCount()
            form.addRow(plain_label(label) if label else None, editor)

    def _identity_rows(self) -> list[tuple[str, str, QWidget | QHBoxLayout]]:
        self.name_edit = self._line("field_name", None)
        self.name_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("([a-z][a-z0-9_]{0,63})?"))
        )
        self.name_edit.setToolTip(
            self.tr("Lowercase letters, digits and _; texts insert it as {name}")
        )
        self.name_edit.editingFinished.connect(self._name_finished)
        self.kind_combo = QComboBox(objectName="field_kind")
        for kind, shown in self.panel.kind_names.items():
            self.kind_combo.addItem(shown, str(kind))
        self.kind_combo.activated.connect(self._kind_chosen)
        self.label_edit = self._line(
            "field_label", "label", self.tr("As the designer reads it")
        )
        self.description_edit = self._line(
            "field_description", "description", self.tr("What it holds, for colleagues")
        )
        return [
            ("", self.tr("Name"), self.name_edit),
            ("", self.tr("Kind"), self.kind_combo),
            ("", self.tr("Label"), self.label_edit),
            ("", self.tr("Description"), self.description_edit),
            ("", "", self._flags()),
        ]

    def _flags(self) -> QHBoxLayout:
        self.required_box = QCheckBox(self.tr("Required"), objectName="field_required")
        self.required_box.setToolTip(self.tr("Every sample row must have a value"))
        self.required_box.clicked.connect(self._required_clicked)
        self.personal_box = QCheckBox(
            self.tr("Personal data"), objectName="field_personal"
        )
        self.personal_box.setToolTip(self.tr("Never logged, never packaged"))
        self.personal_box.clicked.connect(
            lambda checked: self._set("personal", bool(checked))
        )
        flags = QHBoxLayout()
        flags.setSpacing(16)
        flags.addWidget(self.required_box)
        flags.addWidget(self.personal_box)
        flags.addStretch(1)
        return flags

    def _rule_rows(self) -> list[tuple[str, str, QWidget]]:
        self.fallback_edit = self._line("field_fallback", "fallback")
        self.min_length = self._length_box(
            "field_min_length", "min_length", self.tr("No minimum")
        )
        self.max_length = self._length_box(
            "field_max_length", "max_length", self.tr("No limit")
        )
        self.currency_edit = self._line("field_currency", "currency", "EUR")
        self.currency_edit.setClearButtonEnabled(False)
        self.currency_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"))
        )
        self.minimum_edit = self._line(
            "field_minimum", "minimum", self.tr("No minimum")
        )
        self.maximum_edit = self._line(
            "field_maximum", "maximum", self.tr("No maximum")
        )
        self.choices_edit = self._line(
            "field_choices", "choices", self.tr("nl, en, tr")
        )
        self.choices_edit.setToolTip(
            self.tr("The values a cell may hold, separated by commas")
        )
        lengths = self._pair(self.min_length, self.max_length)
        bounds = self._pair(self.minimum_edit, self.maximum_edit)
        return [
            ("", self.tr("Fallback"), self.fallback_edit),
            ("length", self.tr("Length"), lengths),
            ("currency", self.tr("Currency"), self.currency_edit),
            ("bounds", self.tr("Range"), bounds),
            ("choices", self.tr("Choices"), self.choices_edit),
        ]

    def _pair(self, first: QWidget, second: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(first, 1)
        row.addWidget(plain_label(self.tr("to")))
        row.addWidget(second, 1)
        return box

    def _length_box(self, name: str, attribute: str, none_text: str) -> QSpinBox:
        box = QSpinBox(objectName=name)
        box.setRange(_NO_LENGTH, 100_000)
        box.setSpecialValueText(none_text)
        box.setSuffix(self.tr(" characters"))
        box.setKeyboardTracking(False)  # a typed number counts when it is whole
        box.valueChanged.connect(lambda value: self._length_changed(attribute, value))
        box.editingFinished.connect(self.document.end_drag)
        return box

    def _build_preview(self) -> None:
        form = self.preview
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        form.setHorizontalSpacing(10)
        self.sample_edit = self._line(
            "sample_value", None, self.tr("Type a value as a cell would hold it")
        )
        self.sample_edit.setClearButtonEnabled(True)
        self.sample_edit.textChanged.connect(self.update_preview)
        self.preview_label = plain_label(object_name="sample_preview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        font = self.preview_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.preview_label.setFont(font)
        self.preview_note = plain_label(object_name="sample_note")
        self.preview_note.setWordWrap(True)
        self.preview_note.setEnabled(False)
        form.addRow(plain_label(self.tr("Try a value")), self.sample_edit)
        reads = QWidget()
        column = QVBoxLayout(reads)
        column.setContentsMargins(0, 2, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.preview_label)
        column.addWidget(self.preview_note)
        label = plain_label(self.tr("Reads as"))
        form.addRow(label, reads)
        form.setAlignment(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )

    # -- showing a field --------------------------------------------------------

    def show_field(self, field: Field | None) -> None:
        """Show ``field`` (None: no field chosen) without making any edit."""
        self.field = field
        self._filling = True
        self.hint.setVisible(field is None)
        for widget in (self.title, self.subtitle):
            widget.setVisible(field is not None)
        for row in range(self.definition.rowCount()):
            self.definition.setRowVisible(row, field is not None)
        for row in range(self.preview.rowCount()):
            self.preview.setRowVisible(row, field is not None)
        if field is not None:
            self._fill(field)
        self._filling = False
        self.update_preview()

    def _fill(self, field: Field) -> None:
        kind_name = self.panel.kind_names.get(field.kind, str(field.kind))
        self.title.setText(field.label or field.name)
        self.subtitle.setText(f"{{{field.name}}} · {kind_name}")
        _show_text(self.name_edit, field.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(field.kind)))
        _show_text(self.label_edit, field.label)
        _show_text(self.description_edit, field.description)
        self.required_box.setChecked(field.required)
        self.personal_box.setChecked(field.personal)
        _show_text(self.fallback_edit, field.fallback or "")
        self.fallback_edit.setEnabled(not field.required)
        self.fallback_edit.setPlaceholderText(
            self.tr("Only optional fields have a fallback")
            if field.required
            else self.tr("Used when a cell is empty")
        )
        for box, value in (
            (self.min_length, field.min_length),
            (self.max_length, field.max_length),
        ):
            box.setValue(_NO_LENGTH if value is None else value)
        _show_text(self.currency_edit, field.currency or "")
        _show_text(self.minimum_edit, _bound_text(field.minimum))
        _show_text(self.maximum_edit, _bound_text(field.maximum))
        _show_text(self.choices_edit, ", ".join(field.choices))
        self._show_rows_for(field.kind)

    def _show_rows_for(self, kind: FieldKind) -> None:
        """Show the rows of the attributes that ``kind`` uses."""
        visible = {
            "length": kind in _LENGTH_KINDS,
            "currency": kind is FieldKind.MONEY,
            "bounds": kind in _BOUND_KINDS,
            "choices": kind is FieldKind.CHOICE,
        }
        for key, shown in visible.items():
            self.definition.setRowVisible(self._kind_rows[key], shown)

    def tallest_height(self) -> int:
        """The height the form needs for the kind with the most rows."""
        heights = []
        for row in range(self.definition.rowCount()):
            self.definition.setRowVisible(row, True)
        for kind in FieldKind:
            self._show_rows_for(kind)
            heights.append(self.sizeHint().height())
        self.show_field(self.field)
        return max(heights)

    def update_preview(self, *_args) -> None:
        """Show how the typed value, the sample row's value or the fallback reads
        in the document's language."""
        field = self.field
        if field is None:
            return
        text, note, ok = self._preview(field)
        self.preview_label.setText(text)
        self.preview_label.setStyleSheet("" if ok else "QLabel { color: #D64541; }")
        self.preview_note.setText(note)

    def _preview(self, field: Field) -> tuple[str, str, bool]:
        language = self.document.language
        region = self.document.template.settings.region
        typed = self.sample_edit.text()
        row = self.document.values
        if typed.strip():
            source, found = (
                self.tr("as typed, in {language}"),
                _parsed(field, typed, region),
            )
        elif row.get(field.name) is not None:
            source, found = (
                self.tr("from the sample row, in {language}"),
                row[field.name],
            )
        elif field.fallback is not None:
            source = self.tr("the fallback, in {language}")
            found = _parsed(field, field.fallback, region)
        else:
            return "", self.tr("Type a value to see how it reads"), True
        if isinstance(found, ValueError):
            return str(found), self.tr("This value cannot be used"), False
        try:
            shown = format_value(field, found, language)
        except (TypeError, ValueError):
            # A row read before the field's kind changed holds another type.
            return "", self.tr("Type a value to see how it reads"), True
        return shown or self.tr("(empty)"), source.format(language=language), True

    # -- the user's changes ---------------------------------------------------------

    def _set(self, attribute: str, value: Any, merge_key: object = None) -> bool:
        if self._filling or self.field is None:
            return False
        if getattr(self.field, attribute) == value and type(value) is type(
            getattr(self.field, attribute)
        ):
            return True
        edit = SetField(self.field.name, attribute, value, self.labels[attribute])
        return self.panel.apply(edit, merge_key)

    def _name_finished(self) -> None:
        if self._filling or self.field is None:
            return
        new = self.name_edit.text().strip()
        if new and new != self.field.name:
            self.panel.rename_field(self.field.name, new)
        elif not new:
            self.name_edit.setText(self.field.name)

    def _kind_chosen(self, index: int) -> None:
        field = self.field
        if self._filling or field is None:
            return
        kind = FieldKind(self.kind_combo.itemData(index))
        if kind is field.kind:
            return
        label = self.labels["kind"]
        edits: list = []
        if kind is FieldKind.MONEY and not field.currency:
            edits.append(SetField(field.name, "currency", _NEW_CURRENCY, label))
        if kind is FieldKind.CHOICE and not field.choices:
            edits.append(SetField(field.name, "choices", _NEW_CHOICES, label))
        edits.append(SetField(field.name, "kind", kind, label))
        self.panel.apply(edits[0] if len(edits) == 1 else Batch(tuple(edits), label))

    def _required_clicked(self, checked: bool) -> None:
        field = self.field
        if self._filling or field is None:
            return
        label = self.labels["required"]
        if checked and field.fallback is not None:
            # A required field never uses a fallback; it goes in the same step.
            edits = (
                SetField(field.name, "fallback", None, label),
                SetField(field.name, "required", True, label),
            )
            self.panel.apply(Batch(edits, label))
        else:
            self._set("required", bool(checked))

    def _length_changed(self, attribute: str, value: int) -> None:
        if self.field is None:
            return
        number = None if value == _NO_LENGTH else value
        self._set(
            attribute, number, merge_key=("field length", self.field.name, attribute)
        )

    def _text_finished(self, attribute: str, text: str) -> None:
        field = self.field
        if self._filling or field is None:
            return
        try:
            value = self._value_of(field, attribute, text.strip())
        except ValueError as problem:
            self.panel.show_message(str(problem))
            self.show_field(field)
            return
        self._set(attribute, value)

    def _value_of(self, field: Field, attribute: str, text: str) -> Any:
        """The typed ``text`` as the value of ``attribute``; ValueError if it is
        no such value."""
        if attribute in ("label", "description"):
            return text
        if attribute == "fallback":
            return text or None
        if attribute == "currency":
            return text.upper() or None
        if attribute == "choices":
            return tuple(part.strip() for part in text.split(",") if part.strip())
        return _bound_from_text(field, attribute, text)


def _show_text(edit: QLineEdit, text: str) -> None:
    # Only when it differs, so that the cursor of a box being typed in stays put.
    if edit.text() != text:
        edit.setText(text)


def _bound_text(bound: Decimal | int | None) -> str:
    return "" if bound is None else str(bound)


def _bound_from_text(field: Field, attribute: str, text: str) -> Decimal | int | None:
    if not text:
        return None
    if field.kind is FieldKind.MONEY and field.currency:
        return parse_amount(text, field.currency)
    number = parse_number(text)
    if number != number.to_integral_value():
        raise ValueError(f"{attribute} {text!r} is not a whole number")
    return int(number)


def _parsed(field: Field, raw: str, region: str) -> Any:
    """The typed value of ``raw``, or the ValueError that says why there is none."""
    try:
        return parse_value(field, raw, region=region).value
    except ValueError as problem:
        return problem
