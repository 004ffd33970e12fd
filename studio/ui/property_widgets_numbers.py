"""The inspector's editors of numbers: spin boxes for a number, a frame of the
scene, or a pair (a position, a size), each within the limits its property allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel

from studio.ui.document import Document
from studio.ui.property_kinds import (
    MIXED,
    MIXED_TEXT,
    Component,
    PropertyEditor,
    PropertySpec,
    _Mixed,
    editor_row,
)
from studio.ui.property_names import QT_TRANSLATE_NOOP, translated

_NONE_TEXTS = {
    "end": QT_TRANSLATE_NOOP("Inspector", "Scene end"),
    "max_lines": QT_TRANSLATE_NOOP("Inspector", "No limit"),
    "tab_index": QT_TRANSLATE_NOOP("Inspector", "Automatic"),
}
_NONE_TEXT = QT_TRANSLATE_NOOP("Inspector", "None")

_AXES = (QT_TRANSLATE_NOOP("Inspector", "X"), QT_TRANSLATE_NOOP("Inspector", "Y"))
_SIDES = (QT_TRANSLATE_NOOP("Inspector", "W"), QT_TRANSLATE_NOOP("Inspector", "H"))


# -- limits of the numbers ------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """What a spin box allows, in the units it shows (``factor`` times the model's)."""

    low: float
    high: float
    decimals: int = 2
    step: float = 1.0
    suffix: str = ""
    factor: float = 1.0


# Within what the template's validation allows, so a typed value saves.
_LIMITS = {
    "font_size": Limits(1, 1000, 1, 1, " px"),
    "min_font_size": Limits(1, 1000, 1, 1, " px"),
    "line_height": Limits(0.5, 3.0, 2, 0.05, " ×"),
    "stroke_width": Limits(0, 500, 1, 1, " px"),
    "corner_radius": Limits(0, 5000, 1, 1, " px"),
    "max_lines": Limits(1, 100, 0),
    "tab_index": Limits(1, 99, 0),  # "automatic" sits at 0, below the first
    "gap": Limits(0, 1000, 1, 1, " px"),
    "opacity": Limits(0, 100, 0, 1, " %", 100.0),
    "volume": Limits(0, 200, 0, 1, " %", 100.0),
    "rotation": Limits(-36000, 36000, 1, 1, "°"),
    "position": Limits(-100000, 100000, 1, 1, " px"),
    "size": Limits(0, 100000, 1, 1, " px"),
    "anchor": Limits(-1000, 1000, 1, 1, " %", 100.0),
    "scale": Limits(-10000, 10000, 1, 1, " %", 100.0),
}
_KIND_LIMITS = {
    "int": Limits(-1_000_000, 1_000_000, 0),
    "float": Limits(-1_000_000, 1_000_000, 2, 0.1),
    "percent": Limits(0, 100, 0, 1, " %", 100.0),
    "degrees": Limits(-36000, 36000, 1, 1, "°"),
}


def limits_for(spec: PropertySpec) -> Limits:
    plain = spec.kind.removeprefix("optional ")
    return _LIMITS.get(spec.name) or _KIND_LIMITS.get(plain, _KIND_LIMITS["float"])


# -- the editors ---------------------------------------------------------------


class NumberBox(QDoubleSpinBox):
    """A spin box that can also say "mixed" and, when allowed, "none".

    Qt shows its special value text only at the minimum, so "none" sits one step
    below the lowest real value and "mixed" one step below that. The wheel turns
    the value only while the box has focus, so that scrolling the panel over it
    edits nothing.
    """

    sig_number = Signal(object)  # a float, or None for "none"

    def __init__(self, limits: Limits, none_text: str | None = None, parent=None):
        super().__init__(parent)
        # Set first: the setters below already call the overrides that read them.
        self._low, self._high = limits.low, limits.high
        self._none_text = none_text
        self._mixed = False
        self.setDecimals(limits.decimals)
        self.setSingleStep(limits.step)
        self.setSuffix(limits.suffix)
        self.setKeyboardTracking(False)  # a typed number counts on Enter
        self.setAccelerated(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(64)
        self.show_number(limits.low)
        self.valueChanged.connect(self._changed)

    def set_limits(self, low: float, high: float) -> None:
        self._low, self._high = low, high

    def _means_none(self, text: str) -> bool:
        bare = text.removesuffix(self.suffix()).strip()
        return self._none_text is not None and bare in ("", self._none_text)

    def validate(self, text: str, position: int) -> object:
        # An emptied box is how one types "none".
        if self._means_none(text):
            return QValidator.State.Acceptable, text, position
        return super().validate(text, position)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        if self._means_none(text):
            return self._none_value()
        return super().valueFromText(text)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        # 1050 px, not 1050.0 px: the decimals show only where there are some.
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        if self.decimals() and point in text:
            text = text.rstrip("0").removesuffix(point)
        return text

    def _none_value(self) -> float:
        return self._low - self.singleStep()

    def _mixed_value(self) -> float:
        steps = 2 if self._none_text is not None else 1
        return self._low - steps * self.singleStep()

    def show_number(self, value: float | None | _Mixed) -> None:
        if value is MIXED:
            bottom, text, shown = self._mixed_value(), MIXED_TEXT, self._mixed_value()
        elif value is None:
            bottom, text, shown = (
                self._none_value(),
                self._none_text,
                self._none_value(),
            )
        else:
            optional = self._none_text is not None
            bottom = self._none_value() if optional else self._low
            text, shown = self._none_text or "", value
        self.blockSignals(True)
        try:
            self.setSpecialValueText(text or "")
            self.setRange(bottom, self._high)
            self.setValue(shown)
        finally:
            self.blockSignals(False)
        self._mixed = value is MIXED

    def _changed(self, number: float) -> None:
        half = self.singleStep() / 2
        if self._mixed and number < self._mixed_value() + half:
            return
        if number < self._low - half:
            if self._none_text is not None:
                self.sig_number.emit(None)
            return
        self.sig_number.emit(number)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class NumberEditor(PropertyEditor):
    """A float, an int, a percentage or an angle; optionally None."""

    def __init__(self, spec: PropertySpec, integer: bool = False, parent=None):
        super().__init__(spec, parent)
        self.limits = limits_for(spec)
        self.integer = integer
        none_text = None
        if spec.kind.startswith("optional "):
            none_text = translated(_NONE_TEXTS.get(spec.name, _NONE_TEXT))
        self.box = NumberBox(self.limits, none_text)
        self.setLayout(editor_row(self.box))
        self.box.sig_number.connect(self._edited)
        self.box.editingFinished.connect(self.sig_finished)

    def show_value(self, value: Any) -> None:
        if value is MIXED or value is None:
            self.box.show_number(value)
        else:
            self.box.show_number(value * self.limits.factor)

    def _edited(self, number: float | None) -> None:
        if number is None:
            self.sig_edited.emit(None)
        elif self.integer:
            self.sig_edited.emit(round(number))
        else:
            self.sig_edited.emit(number / self.limits.factor)


class FrameEditor(PropertyEditor):
    """A frame of the scene (in and out points), with its time in seconds beside."""

    def __init__(self, spec: PropertySpec, document: Document, parent=None):
        super().__init__(spec, parent)
        self.document = document
        optional = spec.kind.startswith("optional ")
        none_text = (
            translated(_NONE_TEXTS.get(spec.name, _NONE_TEXT)) if optional else None
        )
        self.box = NumberBox(Limits(0, 1_000_000, 0), none_text)
        self.seconds = QLabel()
        self.seconds.setTextFormat(Qt.TextFormat.PlainText)
        self.seconds.setMinimumWidth(52)
        self.seconds.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.seconds.setEnabled(False)  # shown muted: it follows the frame
        self.setLayout(editor_row(self.box, self.seconds))
        self.box.sig_number.connect(self._edited)
        self.box.editingFinished.connect(self.sig_finished)

    def show_value(self, value: Any) -> None:
        scene = self.document.scene
        duration = scene.duration if scene else 1_000_000
        if self.spec.name == "start":
            self.box.set_limits(0, max(duration - 1, 0))
        elif self.spec.name == "end":
            self.box.set_limits(0, duration)
        self.box.show_number(value)
        if value is MIXED:
            self.seconds.setText("")
            return
        frame = duration if value is None else value
        fps = self.document.template.fps
        self.seconds.setText(self.tr("{seconds:.2f} s").format(seconds=frame / fps))

    def _edited(self, number: float | None) -> None:
        self.sig_edited.emit(None if number is None else round(number))


class PairEditor(PropertyEditor):
    """Two numbers (x and y, or width and height); each box changes its own one."""

    def __init__(self, spec: PropertySpec, parent=None):
        super().__init__(spec, parent)
        self.limits = limits_for(spec)
        names = _SIDES if spec.name == "size" else _AXES
        self.boxes = (NumberBox(self.limits), NumberBox(self.limits))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for index, (name, box) in enumerate(zip(names, self.boxes, strict=True)):
            box.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)  # too narrow
            axis = QLabel(translated(name))
            axis.setEnabled(False)  # a muted letter, as a caption
            axis.setAlignment(Qt.AlignmentFlag.AlignCenter)
            letters = [translated(letter) for letter in (*_AXES, *_SIDES)]
            axis.setFixedWidth(max(map(axis.fontMetrics().horizontalAdvance, letters)))
            layout.addWidget(axis)
            layout.addWidget(box, 1)
            box.sig_number.connect(lambda number, i=index: self._edited(i, number))
            box.editingFinished.connect(self.sig_finished)

    def show_value(self, value: Any) -> None:
        parts = (MIXED, MIXED) if value is MIXED else value
        for box, part in zip(self.boxes, parts, strict=True):
            box.show_number(part if part is MIXED else part * self.limits.factor)

    def _edited(self, index: int, number: float) -> None:
        self.sig_edited.emit(Component(index, number / self.limits.factor))
