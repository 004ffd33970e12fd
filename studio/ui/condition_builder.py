"""The condition builder: when a layer or scene shows, as rules instead of code.

A designer picks "only when all (or any) of these hold" and adds rules of a field,
an operator fitting the field's kind and a value. The builder keeps the rules as a
:class:`~studio.values.condition_rules.RuleGroup` and hands out only its JsonLogic,
so a template never holds anything but the data the evaluator checks. A condition
that is not such a group (written by hand) is shown as JSON, kept as it is, and
can be replaced with rules.

:func:`install` puts :class:`ConditionEditor` into the inspector's registry for the
``condition`` kind; the main window calls it once at start.
"""

from __future__ import annotations

import copy
import datetime
import json
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.model.edits import EditError, SetSceneProperty
from studio.ui.document import Document
from studio.ui.property_editors import (
    MIXED,
    MIXED_TEXT,
    PropertyEditor,
    PropertySpec,
    register_editor,
)
from studio.values.condition_rules import (
    Mode,
    Operator,
    Rule,
    RuleGroup,
    cents_from_text,
    describe,
    field_label,
    from_jsonlogic,
    operator_label,
    operators_for,
    plain_amount,
    summary,
    takes_value,
    to_jsonlogic,
)
from studio.values.conditions import check_condition
from studio.values.errors import ValueProblem
from studio.values.fields import Field, FieldKind

logger = logging.getLogger(__name__)

_CONTEXT = "ConditionBuilder"
_PROBLEM_STYLE = (
    "QLabel { color: #D64541; background: rgba(214, 69, 65, 30);"
    " border: 1px solid rgba(214, 69, 65, 140); border-radius: 3px;"
    " padding: 4px 6px; }"
)


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


class ConditionBuilder(QWidget):
    """Edits one condition as a group of rules, or shows one it cannot edit.

    Signals
    -------
    sig_changed
        The condition, or whether it is complete, changed.
    """

    sig_changed = Signal()

    def __init__(self, fields: Sequence[Field], language: str, parent=None):
        super().__init__(parent, objectName="condition_builder")
        self.fields = list(fields)
        self.language = language
        self.rows: list[RuleRow] = []
        self._custom: dict | None = None  # a condition that is not a rule group
        self._problem = ""
        self.mode_combo = QComboBox(objectName="condition_mode")
        self.mode_combo.addItem(self.tr("Always shown"), None)
        self.mode_combo.addItem(self.tr("Only when all of these hold"), str(Mode.ALL))
        self.mode_combo.addItem(self.tr("Only when any of these holds"), str(Mode.ANY))
        self.mode_combo.setEnabled(bool(self.fields))
        self.rules_box = QWidget(objectName="condition_rules")
        self.rules_layout = QVBoxLayout(self.rules_box)
        self.rules_layout.setContentsMargins(12, 0, 0, 0)
        self.rules_layout.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add rule"), objectName="add_rule")
        self.rules_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.custom_box = self._custom_part()
        self.summary_label = _plain_label("condition_summary")
        self.problem_label = _plain_label("condition_problem")
        self.problem_label.setStyleSheet(_PROBLEM_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode_combo, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.custom_box)
        layout.addStretch(1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_label)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.add_button.clicked.connect(lambda: self.add_rule())
        self.set_condition(None)

    def _custom_part(self) -> QWidget:
        box = QWidget(objectName="condition_custom")
        note = _plain_label("custom_note")
        note.setText(
            self.tr(
                "This condition was written as JsonLogic and cannot be shown as "
                "rules. It stays as it is unless you replace it."
            )
        )
        self.json_view = QPlainTextEdit(objectName="condition_json")
        self.json_view.setReadOnly(True)
        self.replace_button = QPushButton(
            self.tr("Replace with rules"), objectName="replace_condition"
        )
        self.replace_button.setEnabled(bool(self.fields))
        self.replace_button.clicked.connect(self.replace_with_rules)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(note)
        column.addWidget(self.json_view, 1)
        column.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- the condition ---------------------------------------------------------------

    def condition(self) -> dict | None:
        """The JsonLogic shown, or None for "always shown"; ValueError (with the
        message the builder shows) while a rule is not complete."""
        if self._custom is not None:
            return copy.deepcopy(self._custom)  # the caller may keep and change it
        group = self._group()
        if group is None:
            return None
        logic = to_jsonlogic(group)
        problems = check_condition(logic, {field.name for field in self.fields})
        if problems:
            raise ValueError("; ".join(problems))
        return logic

    def mode(self) -> Mode | None:
        """All or any of the rules; None when the condition is "always shown"."""
        data = self.mode_combo.currentData()
        return None if data is None else Mode(data)

    def set_mode(self, mode: Mode | None) -> None:
        """Choose the mode as the user would (adding a first rule if there is none)."""
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(_data(mode)))

    def _group(self) -> RuleGroup | None:
        mode = self.mode()
        if mode is None or not self.rows:
            return None
        return RuleGroup(mode, tuple(row.rule() for row in self.rows))

    def problem(self) -> str:
        """Why the condition cannot be used yet; empty when it can."""
        return self._problem

    def is_read_only(self) -> bool:
        """Whether a condition that is not a rule group is shown as JSON."""
        return self._custom is not None

    def set_condition(self, logic: dict | None) -> None:
        group = None if logic is None else from_jsonlogic(logic, self.fields)
        custom = logic is not None and group is None
        self._custom = copy.deepcopy(logic) if custom else None
        self._clear_rows()
        self.mode_combo.blockSignals(True)
        self.mode_combo.setCurrentIndex(
            self.mode_combo.findData(_data(_mode_of(group)))
        )
        self.mode_combo.blockSignals(False)
        for rule in group.rules if group else ():
            self.add_rule(rule, update=False)
        if self._custom is not None:
            self.json_view.setPlainText(
                json.dumps(self._custom, ensure_ascii=False, indent=2)
            )
        self._show_state()

    def replace_with_rules(self) -> None:
        """Drop the condition shown as JSON and start from one rule."""
        self._custom = None
        self.mode_combo.blockSignals(True)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(str(Mode.ALL)))
        self.mode_combo.blockSignals(False)
        self.add_rule(update=False)
        self._show_state()

    def add_rule(self, rule: Rule | None = None, *, update: bool = True) -> RuleRow:
        row = RuleRow(self.fields, self.language, self.rules_box)
        if rule is not None:
            row.set_rule(rule)
        row.sig_changed.connect(self._update)
        row.sig_remove.connect(lambda: self.remove_rule(row))
        self.rules_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        if update:
            self._update()
        return row

    def remove_rule(self, row: RuleRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        if not self.rows:
            self.set_mode(None)
        self._update()

    def _clear_rows(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []

    # -- showing where it stands -------------------------------------------------------

    def _mode_changed(self) -> None:
        if self.mode() is not None and not self.rows:
            self.add_rule(update=False)
        self._show_state()

    def _show_state(self) -> None:
        custom = self._custom is not None
        self.mode_combo.setVisible(not custom)
        self.custom_box.setVisible(custom)
        self.rules_box.setVisible(not custom and self.mode() is not None)
        self._update()

    def _update(self) -> None:
        words = phrases()
        problem, text = "", ""
        if self._custom is not None:
            text = self.tr("Shown when the JsonLogic above holds")
        else:
            try:
                self.condition()
                text = summary(self._group(), self.fields, self.language, words)
            except ValueError as error:
                problem = str(error)
        self._problem = problem
        self.summary_label.setText(text)
        self.summary_label.setVisible(bool(text))
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.sig_changed.emit()


def _mode_of(group: RuleGroup | None) -> Mode | None:
    return None if group is None else group.mode


def _data(mode: Mode | None) -> str | None:
    return None if mode is None else str(mode)


def _plain_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ConditionDialog(QDialog):
    """The builder with OK and Cancel; OK waits until the condition is complete.

    ``apply``, when given, is called with the condition on OK; an EditError it
    raises is shown and the dialog stays open.
    """

    def __init__(
        self,
        fields: Sequence[Field],
        language: str,
        logic: dict | None,
        parent: QWidget | None = None,
        apply: Callable[[dict | None], None] | None = None,
    ):
        super().__init__(parent, objectName="condition_dialog")
        self.setWindowTitle(self.tr("Shown when"))
        self.apply = apply
        self.builder = ConditionBuilder(fields, language, self)
        self.builder.set_condition(logic)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.builder, 1)
        layout.addWidget(self.buttons)
        self.builder.sig_changed.connect(self._follow)
        self._follow()
        self.resize(660, 320)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _follow(self) -> None:
        self.ok_button.setEnabled(not self.builder.problem())

    def condition(self) -> dict | None:
        return self.builder.condition()

    def accept(self) -> None:
        if self.builder.problem():
            return
        if self.apply is not None:
            try:
                self.apply(self.builder.condition())
            except EditError as error:
                logger.debug("condition refused: %s", error)
                self.builder.problem_label.setText(str(error))
                self.builder.problem_label.show()
                return
        super().accept()


class ConditionEditor(PropertyEditor):
    """The inspector's row for a condition: what it says, and Edit… to change it."""

    def __init__(self, spec: PropertySpec, document: Document, parent=None):
        super().__init__(spec, parent)
        self.document = document
        self.dialog: ConditionDialog | None = None
        self._value: Any = None
        self.line = _plain_label("condition_text")
        self.line.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.edit_button = QToolButton(objectName="edit_condition")
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        # Amounts and dates read as in the language the canvas shows.
        document.sig_variant_changed.connect(self._show)

    def show_value(self, value: Any) -> None:
        self._value = value
        self._show()

    def _show(self) -> None:
        self.line.setText(condition_text(self._value, self.document))

    def open_dialog(self) -> ConditionDialog:
        """Open the builder on the value shown (on none when layers differ)."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        start = None if self._value is MIXED else self._value
        self.dialog = ConditionDialog(
            self.document.template.fields, self.document.language, start, self
        )
        self.dialog.accepted.connect(self._accepted)
        self.dialog.open()
        return self.dialog

    def _accepted(self) -> None:
        logic = self.dialog.condition()
        if self._value is MIXED or logic != self._value:
            self._choose(logic)


def condition_text(value: Any, document: Document) -> str:
    """A condition in one line for a panel: its rules in words, else its JSON."""
    if value is MIXED:
        return MIXED_TEXT
    words = phrases()
    if not value:
        return words["always"]
    fields = document.template.fields
    group = from_jsonlogic(value, fields)
    if group is None:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return describe(group, fields, document.language, words)


def edit_scene_condition(
    document: Document, scene_id: str, parent: QWidget | None = None
) -> ConditionDialog:
    """Open the builder on a scene's condition; OK changes it as one undo step."""
    scene = document.template.scene(scene_id)

    def apply(logic: dict | None) -> None:
        # A scene deleted meanwhile is the edit's to refuse, with its message.
        now = next((s for s in document.template.scenes if s.id == scene_id), None)
        if now is None or logic != now.condition:
            label = QCoreApplication.translate(
                "ConditionBuilder", "Change scene condition"
            )
            document.edit(SetSceneProperty(scene_id, "condition", logic, label))

    dialog = ConditionDialog(
        document.template.fields, document.language, scene.condition, parent, apply
    )
    dialog.open()
    return dialog


def install() -> None:
    """Edit the inspector's ``condition`` properties with the builder."""
    register_editor("condition", ConditionEditor)
