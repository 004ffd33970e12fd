"""Placeholders in the words of a text, shown as what they are.

``{first_name}`` is a token the renderer fills, not words, so a text box shows it
as one: bold on a tint. A placeholder that names no field of the template, or a
single brace, gets a red wavy underline and says why in a tooltip. ``{{`` and
``}}`` are literal braces and stay plain. The tokens are read by the model's own
rules (:mod:`studio.model.usages`), so the box marks exactly what a preview fills.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolButton, QToolTip, QWidget

from studio.model.usages import placeholder_tokens
from studio.ui.plain_text import as_plain_tooltip
from studio.values.fields import Field

# Reds that read on a light and on a dark text box.
_RED_ON_LIGHT = "#C62828"
_RED_ON_DARK = "#FF6B6B"


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Marks the ``{field}`` tokens of a text document.

    ``known_fields`` is asked for the template's field names whenever a line is
    drawn; call :meth:`refresh` when the fields may have changed.
    """

    def __init__(
        self,
        document: QTextDocument,
        known_fields: Callable[[], set[str]],
        palette: QPalette | None = None,
    ):
        super().__init__(document)
        self._known_fields = known_fields
        self._seen: frozenset[str] = frozenset(known_fields())
        self._formats: dict[str, QTextCharFormat] = {}
        self.set_palette(palette or QGuiApplication.palette())

    def set_palette(self, palette: QPalette) -> None:
        """Take the colours of ``palette`` (light or dark) and draw again."""
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(80 if dark else 45)
        field = QTextCharFormat()
        field.setFontWeight(QFont.Weight.DemiBold)
        field.setBackground(tint)
        field.setForeground(palette.color(QPalette.ColorRole.Link))
        problem = QTextCharFormat()
        problem.setFontWeight(QFont.Weight.DemiBold)
        problem.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        problem.setUnderlineColor(QColor(_RED_ON_DARK if dark else _RED_ON_LIGHT))
        self._formats = {"field": field, "problem": problem}
        self.rehighlight()

    @Slot()
    def refresh(self) -> None:
        """Draw again if the template's fields are not the ones last drawn."""
        known = frozenset(self._known_fields())
        if known != self._seen:
            self._seen = known
            self.rehighlight()

    def problem_at(self, position: int) -> str | None:
        """Why the token at ``position`` of the document is marked, if it is."""
        block = self.document().findBlock(position)
        if not block.isValid():
            return None
        offset = position - block.position()
        known = set(self._known_fields())
        for start, token, name in placeholder_tokens(block.text()):
            if start <= offset <= start + len(token):
                return self._problem(token, name, known)
        return None

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        known = set(self._known_fields())
        self._seen = frozenset(known)
        for start, token, name in placeholder_tokens(text):
            problem = self._problem(token, name, known)
            if problem is None:
                self.setFormat(start, len(token), self._formats["field"])
            else:
                marked = QTextCharFormat(self._formats["problem"])
                marked.setToolTip(as_plain_tooltip(problem))
                self.setFormat(start, len(token), marked)

    def _problem(self, token: str, name: str | None, known: set[str]) -> str | None:
        if name is None:
            return self.tr(
                "A single “{brace}”: write it twice for a brace in the words"
            ).format(brace=token)
        if name not in known:
            return self.tr("“{name}” is not a field of this template").format(name=name)
        return None


class _Watcher(QObject):
    """Gives the highlighter the text box's colours and shows why a token is
    marked when the pointer rests on it."""

    def __init__(self, edit: QPlainTextEdit, highlighter: PlaceholderHighlighter):
        super().__init__(edit)
        self.edit = edit
        self.viewport = edit.viewport()
        self.highlighter = highlighter
        edit.installEventFilter(self)
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Events still come while the editor is being destroyed: ask nothing of
        # an editor that is no longer there.
        if not shiboken6.isValid(self.edit):
            return False
        kind = event.type()
        if watched is self.edit and kind in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self.highlighter.set_palette(self.edit.palette())
        elif watched is self.viewport and kind == QEvent.Type.ToolTip:
            cursor = self.edit.cursorForPosition(event.pos())
            problem = self.highlighter.problem_at(cursor.position())
            if problem:
                # The problem quotes what was typed: shown as typed, never as markup.
                QToolTip.showText(
                    event.globalPos(), as_plain_tooltip(problem), self.viewport
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return False


def attach_placeholder_highlighter(
    edit: QPlainTextEdit,
    known_fields: Callable[[], set[str]],
    refresh_on: SignalInstance | None = None,
) -> PlaceholderHighlighter:
    """Mark the placeholders of ``edit``, in its colours, with tooltips for the
    marked ones; ``refresh_on`` (such as a document's ``sig_changed``) redraws
    when the fields changed."""
    highlighter = PlaceholderHighlighter(edit.document(), known_fields, edit.palette())
    _Watcher(edit, highlighter)
    if refresh_on is not None:
        refresh_on.connect(highlighter.refresh)
    return highlighter


class InsertFieldButton(QToolButton):
    """A button with a menu of the template's fields; choosing one types its
    ``{name}`` at the cursor of ``edit``.

    Signals
    -------
    sig_inserted(str)
        A placeholder for this field name was typed into the box.
    """

    sig_inserted = Signal(str)

    def __init__(
        self,
        edit: QPlainTextEdit,
        fields: Callable[[], Sequence[Field]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("insert_field")
        self.edit = edit
        self._fields = fields
        self.setText(self.tr("Insert field"))
        self.setToolTip(self.tr("Type a field of the template at the cursor"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays in the box
        menu = QMenu(self)
        menu.setObjectName("insert_field_menu")
        menu.aboutToShow.connect(self._fill)
        self.setMenu(menu)

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        fields = list(self._fields())
        if not fields:
            menu.addAction(self.tr("The template has no fields yet")).setEnabled(False)
        for field in fields:
            token = "{" + field.name + "}"
            shown = f"{token} — {field.label}" if field.label else token
            # An & in a label would otherwise mark a shortcut letter.
            action = menu.addAction(shown.replace("&", "&&"))
            action.setData(field.name)
            action.triggered.connect(
                lambda _checked=False, name=field.name: self.insert(name)
            )

    def insert(self, name: str) -> None:
        """Type ``{name}`` at the cursor, over the selected words if any."""
        cursor = self.edit.textCursor()
        cursor.insertText("{" + name + "}")
        self.edit.setTextCursor(cursor)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_inserted.emit(name)
