"""The condition builder: when a layer or scene shows, as rules instead of code.

A designer picks "only when all (or any) of these hold" and adds rules of a field,
an operator fitting the field's kind and a value, each a row of its own
(:class:`~studio.ui.condition_rule_row.RuleRow`). The builder keeps the rules as a
:class:`~studio.values.condition_rules.RuleGroup` and hands out only its JsonLogic,
so a template never holds anything but the data the evaluator checks. A condition
that is not such a group (written by hand) is shown as JSON, kept as it is, and
can be replaced with rules.

:func:`install` puts :class:`ConditionEditor` into the inspector's registry for the
``condition`` kind; the main window calls it once at start.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.model.edits import EditError, SetSceneProperty
from studio.ui.condition_rule_row import _PHRASES as _PHRASES
from studio.ui.condition_rule_row import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from studio.ui.condition_rule_row import RuleRow, phrases
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
    Rule,
    RuleGroup,
    describe,
    from_jsonlogic,
    summary,
    to_jsonlogic,
)
from studio.values.conditions import check_condition
from studio.values.fields import Field

logger = logging.getLogger(__name__)

_PROBLEM_STYLE = (
    "QLabel { color: #D64541; background: rgba(214, 69, 65, 30);"
    " border: 1px solid rgba(214, 69, 65, 140); border-radius: 3px;"
    " padding: 4px 6px; }"
)


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
