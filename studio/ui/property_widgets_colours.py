"""The inspector's editor of colours: a swatch that opens the colour dialog, and
the colour's hex code to type.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRectF, QRegularExpression, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import QColorDialog, QLineEdit, QToolButton, QWidget

from studio.ui.property_kinds import (
    MIXED,
    MIXED_TEXT,
    PropertyEditor,
    PropertySpec,
    editor_row,
)


def colour_swatch(value: Any, size: QSize, ratio: float) -> QIcon:
    """A swatch of a hex colour; no colour is crossed out, mixed is two halves."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 1, size.width() - 2, size.height() - 2)
    if value is MIXED:
        painter.fillRect(box, QColor("#FFFFFF"))
        half = box.adjusted(0, 0, -box.width() / 2, 0)
        painter.fillRect(half, QColor("#9AA3AE"))
    elif value is None:
        painter.fillRect(box, QColor("#FFFFFF"))
        painter.setPen(QPen(QColor("#D0312D"), 1.5))
        painter.drawLine(box.bottomLeft(), box.topRight())
    else:
        painter.fillRect(box, QColor(str(value)))
    painter.setPen(QPen(QColor(0, 0, 0, 110), 1))
    painter.drawRect(box)
    painter.end()
    return QIcon(pixmap)


class ColourEditor(PropertyEditor):
    """A ``#RRGGBB`` colour: a swatch that opens the colour dialog, and its hex."""

    def __init__(self, spec: PropertySpec, optional: bool = False, parent=None):
        super().__init__(spec, parent)
        self.optional = optional
        self._value: Any = None
        self.swatch = QToolButton()
        self.swatch.setIconSize(QSize(26, 16))
        self.swatch.setToolTip(self.tr("Choose a colour"))
        pattern = "(#[0-9A-Fa-f]{6})?" if optional else "#[0-9A-Fa-f]{6}"
        self.hex = QLineEdit()
        self.hex.setValidator(
            QRegularExpressionValidator(QRegularExpression(pattern), self.hex)
        )
        self.hex.setMaxLength(7)
        self.hex.installEventFilter(self)
        widgets: list[QWidget] = [self.hex, self.swatch]
        if optional:
            self.clear = QToolButton()
            self.clear.setText("✕")
            self.clear.setAutoRaise(True)
            self.clear.setToolTip(self.tr("No colour"))
            self.clear.clicked.connect(lambda: self._pick(None))
            widgets.append(self.clear)
        self.setLayout(editor_row(*widgets))
        self.swatch.clicked.connect(self._open_dialog)
        self.hex.editingFinished.connect(self._typed)

    def show_value(self, value: Any) -> None:
        self._value = value
        self.swatch.setIcon(
            colour_swatch(value, self.swatch.iconSize(), self.devicePixelRatioF())
        )
        none = self.tr("None") if self.optional else ""
        self.hex.setPlaceholderText(MIXED_TEXT if value is MIXED else none)
        text = "" if value is MIXED or value is None else str(value)
        if self.hex.text() != text:
            self.hex.setText(text)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # A half-typed colour is not a colour: leaving the box shows the real one.
        if watched is self.hex and event.type() == QEvent.Type.FocusOut:
            if not self.hex.hasAcceptableInput():
                self.show_value(self._value)
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        if not self.hex.isModified():
            return  # left without typing: a mixed box is not "no colour"
        self.hex.setModified(False)
        self._pick(self.hex.text().upper() or None)

    def _pick(self, value: str | None) -> None:
        if value != self._value:
            self._choose(value)

    def _open_dialog(self) -> None:
        start = QColor(self._value) if isinstance(self._value, str) else QColor("white")
        chosen = QColorDialog.getColor(start, self, self.tr("Choose a colour"))
        if chosen.isValid():
            self._pick(chosen.name().upper())
