"""The inspector's editors of words: a line of the project's own text, the words
a text key stands for, and the read-only summary of a kind another panel edits.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
)

from studio.model.layers import PLAN_PLACEHOLDERS, ActionKind, LayerKind
from studio.ui.document import Document
from studio.ui.placeholder_highlight import (
    InsertFieldButton,
    attach_placeholder_highlighter,
)
from studio.ui.property_kinds import (
    MIXED,
    MIXED_TEXT,
    PropertyEditor,
    PropertySpec,
    editor_row,
)
from studio.ui.property_names import QT_TRANSLATE_NOOP, translated
from studio.values.fields import Field, FieldKind

# What the names a plan picker fills itself stand for, as its insert menu shows.
_PLAN_NAMES = {
    "terms": (FieldKind.INTEGER, QT_TRANSLATE_NOOP("Inspector", "Number of terms")),
    "term_amount": (
        FieldKind.MONEY,
        QT_TRANSLATE_NOOP("Inspector", "Amount of the first term"),
    ),
    "first_due": (
        FieldKind.DATE,
        QT_TRANSLATE_NOOP("Inspector", "Date the first term is due"),
    ),
}


class LineEditor(PropertyEditor):
    """One line of the project's own text (a layer's name)."""

    def __init__(self, spec: PropertySpec, parent=None):
        super().__init__(spec, parent)
        self.line = QLineEdit()
        self.setLayout(editor_row(self.line))
        self._shown = ""
        self.line.editingFinished.connect(self._finished)

    def show_value(self, value: Any) -> None:
        self._shown = "" if value is MIXED else str(value)
        self.line.setPlaceholderText(MIXED_TEXT if value is MIXED else "")
        if self.line.text() != self._shown:
            self.line.setText(self._shown)

    def _finished(self) -> None:
        if self.line.text() != self._shown:
            self._choose(self.line.text())


class TextKeyEditor(PropertyEditor):
    """The words a text key stands for, in the document's language.

    Plain text only, so that words that look like markup show as typed. The
    words count when the box loses focus or on Ctrl+Enter; Escape puts back the
    words the template has. Emptying a translation removes it (the source
    language then shows); the source words cannot be removed, only emptied.
    The label of a plan picker also takes the plan's own ``{terms}``,
    ``{term_amount}`` and ``{first_due}``.
    """

    wide = True

    def __init__(self, spec: PropertySpec, document: Document, parent=None):
        super().__init__(spec, parent)
        self.document = document
        self.words = _WordsBox(self)
        self.words.setTabChangesFocus(True)
        self.words.setFixedHeight(self.words.fontMetrics().lineSpacing() * 4 + 12)
        self.key = QLabel()
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setEnabled(False)  # muted: the key and language the words are for
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.words)
        under = QHBoxLayout()
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.key, 1)
        own = _own_placeholders(spec)
        # {field} tokens stand out; one that names no field is underlined in red.
        self.highlighter = attach_placeholder_highlighter(
            self.words,
            lambda: {f.name for f in document.template.fields} | {f.name for f in own},
            document.sig_changed,
        )
        under.addWidget(
            InsertFieldButton(self.words, lambda: [*own, *document.template.fields])
        )
        layout.addLayout(under)
        self._shown = ""

    def show_value(self, value: Any) -> None:
        language = self.document.language
        text = ""
        if value is MIXED:
            self.words.setPlaceholderText(MIXED_TEXT)
            self.key.setText(language)
        else:
            string = self.document.template.strings.get(value)
            source = self.document.template.source_language
            found = string.text_for(language, source) if string else None
            text = found or ""
            empty = self.tr("No words in {language} yet").format(language=language)
            self.words.setPlaceholderText(empty if found is None else "")
            self.key.setText(f"{value} · {language}")
        self._shown = text
        if self.words.toPlainText() != text:
            self.words.setPlainText(text)

    def commit(self) -> None:
        text = self.words.toPlainText()
        if text == self._shown:
            return
        source = self.document.language == self.document.template.source_language
        self._choose(text if text or source else None)

    def revert(self) -> None:
        self.words.setPlainText(self._shown)


def _own_placeholders(spec: PropertySpec) -> list[Field]:
    """The names the layers themselves fill, offered beside the template's
    fields: a plan picker's plan (only when every layer shown is one)."""
    if spec.layer_kinds != {LayerKind.PLAN_PICKER}:
        return []
    return [
        Field(name, _PLAN_NAMES[name][0], translated(_PLAN_NAMES[name][1]))
        for name in PLAN_PLACEHOLDERS
    ]


class _WordsBox(QPlainTextEdit):
    def __init__(self, owner: TextKeyEditor):
        super().__init__()
        self.owner = owner

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.owner.commit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.owner.commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.owner.revert()
        else:
            super().keyPressEvent(event)


# -- summaries of the kinds other panels edit ----------------------------------


_ACTIONS = {
    ActionKind.GO_TO_SCENE: QT_TRANSLATE_NOOP("Inspector", "Go to scene “{target}”"),
    ActionKind.PAY: QT_TRANSLATE_NOOP("Inspector", "Pay now"),
    ActionKind.CHOOSE_PLAN: QT_TRANSLATE_NOOP("Inspector", "Choose a plan"),
    ActionKind.OPEN_CHAT: QT_TRANSLATE_NOOP("Inspector", "Open the chat"),
    ActionKind.CALL: QT_TRANSLATE_NOOP("Inspector", "Call {target}"),
    ActionKind.OPEN_LINK: QT_TRANSLATE_NOOP("Inspector", "Open {target}"),
}
_PLAN_OF = QT_TRANSLATE_NOOP("Inspector", "Choose a plan of {terms} terms")
_ALWAYS = QT_TRANSLATE_NOOP("Inspector", "Always")


def _action_summary(action: Any, document: Document) -> str:
    target = action.target or ""
    if action.kind is ActionKind.GO_TO_SCENE:
        scene = next((s for s in document.template.scenes if s.id == target), None)
        target = scene.name if scene else target
    if action.kind is ActionKind.CHOOSE_PLAN and action.terms:
        return translated(_PLAN_OF).format(terms=action.terms)
    return translated(_ACTIONS[action.kind]).format(target=target)


def _condition_summary(condition: Any, document: Document) -> str:
    if not condition:
        return translated(_ALWAYS)
    return json.dumps(condition, ensure_ascii=False, separators=(", ", ": "))


SUMMARIES: dict[str, Callable[[Any, Document], str]] = {
    "action": _action_summary,
    "condition": _condition_summary,
}


class SummaryEditor(PropertyEditor):
    """A read-only line for a kind that has no editor here (another panel owns it)."""

    def __init__(self, spec: PropertySpec, document: Document, parent=None):
        super().__init__(spec, parent)
        self.document = document
        self.line = QLabel()
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.setLayout(editor_row(self.line))

    def show_value(self, value: Any) -> None:
        if value is MIXED:
            self.line.setText(MIXED_TEXT)
            return
        summary = SUMMARIES.get(self.spec.kind)
        self.line.setText(summary(value, self.document) if summary else str(value))
