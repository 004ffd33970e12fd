"""One rule of the condition builder: a field, an operator and a value editor.

The operators offered are those of the field's kind, and the value is typed in
the editor that fits it: an amount, a whole number, a date, one choice or several,
or text. The sentence parts the builder's summaries are made of are marked for
translation here too, since the row names its operators with them.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from studio.values.condition_rules import (
    Operator,
    Rule,
    cents_from_text,
    field_label,
    operator_label,
    operators_for,
    plain_amount,
    takes_value,
)
from studio.values.errors import ValueProblem
from studio.values.fields import Field, FieldKind

_CONTEXT = "ConditionBuilder"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    return text


# The sentence parts of studio.values.condition_rules.ENGLISH_PHRASES, marked for
# translation here because the Qt-free module cannot be.
_PHRASES = {
    "always": QT_TRANSLATE_NOOP("ConditionBuilder", "Always shown"),
    "shown_when": QT_TRANSLATE_NOOP("ConditionBuilder", "Shown when {rules}"),
    "and": QT_TRANSLATE_NOOP("ConditionBuilder", "and"),
    "or": QT_TRANSLATE_NOOP("ConditionBuilder", "or"),
    "number.equal": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} = {value}"),
    "number.not_equal": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} ≠ {value}"),
    "number.less": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} < {value}"),
    "number.at_most": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} ≤ {value}"),
    "number.greater": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} > {value}"),
    "number.at_least": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} ≥ {value}"),
    "text.equal": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} is {value}"),
    "text.not_equal": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} is not {value}"),
    "text.empty": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} is empty"),
    "text.not_empty": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} is not empty"),
    "text.one_of": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} is one of {value}"),
    "date.less": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} is before {value}"),
    "date.greater": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} is after {value}"),
    "date.equal": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} is on {value}"),
    "boolean.true": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} is true"),
    "boolean.false": QT_TRANSLATE_NOOP("ConditionBuilder", "{field} is false"),
}


def phrases() -> dict[str, str]:
    """The sentence parts of a summary in the interface language."""
    return {
        key: QCoreApplication.translate(_CONTEXT, text)
        for key, text in _PHRASES.items()
    }


class _Page:
    """The value editors of a rule row, by their place in its stack."""

    NONE, MONEY, INTEGER, DATE, CHOICE, CHOICES, TEXT = range(7)


class RuleRow(QWidget):
    """One rule: a field, an operator offered for its kind, a value editor.

    Signals
    -------
    sig_changed
        The rule changed (field, operator or value), complete or not.
    sig_remove
        The remove button was clicked.
    """

    sig_changed = Signal()
    sig_remove = Signal()

    def __init__(self, fields: Sequence[Field], language: str, parent=None):
        super().__init__(parent, objectName="rule_row")
        self.fields = list(fields)
        self.language = language
        self.field_combo = QComboBox(objectName="rule_field")
        for field in self.fields:
            self.field_combo.addItem(field_label(field), field.name)
            index = self.field_combo.count() - 1
            self.field_combo.setItemData(index, field.name, Qt.ItemDataRole.ToolTipRole)
        self.operator_combo = QComboBox(objectName="rule_operator")
        # One width for every kind's operators, so that the rows line up.
        self.operator_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.operator_combo.setMinimumContentsLength(12)
        self._build_value_editors()
        self.remove_button = QToolButton(objectName="remove_rule")
        self.remove_button.setText("−")
        self.remove_button.setToolTip(self.tr("Remove this rule"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.field_combo)
        layout.addWidget(self.operator_combo)
        layout.addWidget(self.value_stack, 1)
        layout.addWidget(self.remove_button)
        self.field_combo.currentIndexChanged.connect(self._field_changed)
        self.operator_combo.currentIndexChanged.connect(self._operator_changed)
        self.remove_button.clicked.connect(self.sig_remove)
        self._field_changed()

    def _build_value_editors(self) -> None:
        self.money_edit = QLineEdit(objectName="rule_money")
        self.money_edit.setMaxLength(40)
        self.integer_box = QSpinBox(objectName="rule_integer")
        self.integer_box.setRange(-2_000_000_000, 2_000_000_000)
        self.date_edit = QDateEdit(objectName="rule_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")  # as the condition stores it
        self.date_edit.setDate(QDate.currentDate())
        self.choice_combo = QComboBox(objectName="rule_choice")
        self.choices_box = QWidget(objectName="rule_choices")
        self.choices_grid = QGridLayout(self.choices_box)
        self.choices_grid.setContentsMargins(0, 0, 0, 0)
        self.choice_boxes: dict[str, QCheckBox] = {}
        self.text_edit = QLineEdit(objectName="rule_text")
        self.value_stack = QStackedWidget(objectName="rule_value")
        pages = (
            QWidget(),
            self.money_edit,
            self.integer_box,
            self.date_edit,
            self.choice_combo,
            self.choices_box,
            self.text_edit,
        )
        for page in pages:
            self.value_stack.addWidget(page)
        self.money_edit.textChanged.connect(self.sig_changed)
        self.integer_box.valueChanged.connect(self.sig_changed)
        self.date_edit.dateChanged.connect(self.sig_changed)
        self.choice_combo.currentIndexChanged.connect(self.sig_changed)
        self.text_edit.textChanged.connect(self.sig_changed)

    # -- the rule ------------------------------------------------------------------

    def field(self) -> Field:
        return self.fields[self.field_combo.currentIndex()]

    def operator(self) -> Operator:
        # Qt hands enum data back as plain text.
        return Operator(self.operator_combo.currentData())

    def rule(self) -> Rule:
        """The rule as the row shows it; ValueProblem naming the field if the value
        is missing or cannot be read."""
        field, operator = self.field(), self.operator()
        try:
            return Rule(field.name, operator, self._value(field, operator))
        except ValueProblem as problem:
            raise ValueProblem(f"{field_label(field)}: {problem.message}") from None

    def _value(self, field: Field, operator: Operator) -> Any:
        kind = FieldKind(field.kind)
        if not takes_value(operator):
            return None
        if kind is FieldKind.MONEY:
            return cents_from_text(field, self.money_edit.text())
        if kind is FieldKind.INTEGER:
            return self.integer_box.value()
        if kind is FieldKind.DATE:
            return self.date_edit.date().toPython().isoformat()
        if kind is FieldKind.CHOICE and operator is Operator.ONE_OF:
            chosen = tuple(c for c, box in self.choice_boxes.items() if box.isChecked())
            if not chosen:
                raise ValueProblem(self.tr("tick at least one choice"))
            return chosen
        if kind is FieldKind.CHOICE:
            return self.choice_combo.currentText()
        # Row values have their runs of white space made one space, so typed text is.
        text = " ".join(self.text_edit.text().split())
        if not text:
            raise ValueProblem(
                self.tr("type the text to compare with, or choose “{empty}”").format(
                    empty=operator_label(kind, Operator.EMPTY, phrases())
                )
            )
        return text

    def set_rule(self, rule: Rule) -> None:
        """Show ``rule``, which must fit one of the row's fields."""
        index = next(i for i, f in enumerate(self.fields) if f.name == rule.field)
        self.field_combo.setCurrentIndex(index)
        self.operator_combo.setCurrentIndex(
            self.operator_combo.findData(str(rule.operator))
        )
        field, value = self.field(), rule.value
        kind = FieldKind(field.kind)
        if value is None:
            pass
        elif kind is FieldKind.MONEY:
            self.money_edit.setText(plain_amount(field, value, self.language))
        elif kind is FieldKind.INTEGER:
            self.integer_box.setValue(value)
        elif kind is FieldKind.DATE:
            self.date_edit.setDate(QDate(datetime.date.fromisoformat(value)))
        elif rule.operator is Operator.ONE_OF:
            for choice, box in self.choice_boxes.items():
                box.setChecked(choice in value)
        elif kind is FieldKind.CHOICE:
            self.choice_combo.setCurrentText(value)
        else:
            self.text_edit.setText(value)

    # -- following the choices -------------------------------------------------------

    def _field_changed(self) -> None:
        field = self.field()
        kept = self.operator_combo.currentData()
        self.operator_combo.blockSignals(True)
        self.operator_combo.clear()
        words = phrases()
        for operator in operators_for(field.kind):
            self.operator_combo.addItem(
                operator_label(field.kind, operator, words), str(operator)
            )
        found = self.operator_combo.findData(kept)
        self.operator_combo.setCurrentIndex(max(found, 0))
        self.operator_combo.blockSignals(False)
        self._fill_choices(field)
        self.money_edit.setPlaceholderText(
            plain_amount(field, 0, self.language) if field.currency else ""
        )
        self._operator_changed()

    def _fill_choices(self, field: Field) -> None:
        choices = list(field.choices)
        shown = [
            self.choice_combo.itemText(i) for i in range(self.choice_combo.count())
        ]
        if choices == shown:
            return  # the same choices: keep what was picked
        self.choice_combo.blockSignals(True)
        self.choice_combo.clear()
        self.choice_combo.addItems(choices)
        self.choice_combo.blockSignals(False)
        for box in self.choice_boxes.values():
            box.deleteLater()
        self.choice_boxes = {}
        for index, choice in enumerate(choices):
            box = QCheckBox(choice, objectName=f"choice_{choice}")
            box.toggled.connect(self.sig_changed)
            self.choices_grid.addWidget(box, index // 5, index % 5)
            self.choice_boxes[choice] = box

    def _operator_changed(self) -> None:
        self.value_stack.setCurrentIndex(self._page(self.field(), self.operator()))
        self.sig_changed.emit()

    def _page(self, field: Field, operator: Operator) -> int:
        kind = FieldKind(field.kind)
        if not takes_value(operator):
            return _Page.NONE
        if operator is Operator.ONE_OF:
            return _Page.CHOICES
        pages = {
            FieldKind.MONEY: _Page.MONEY,
            FieldKind.INTEGER: _Page.INTEGER,
            FieldKind.DATE: _Page.DATE,
            FieldKind.CHOICE: _Page.CHOICE,
        }
        return pages.get(kind, _Page.TEXT)
