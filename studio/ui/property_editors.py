"""The inspector's property editors, found through the kind of each property.

A property's *kind* (``float``, ``colour``, ``text key`` …) follows from the type
annotation of its layer field, except for the names whose meaning their type does
not carry: ``color`` is a colour rather than any string, ``start`` a frame rather
than any number. Each kind maps to an editor factory, and :func:`register_editor`
adds one in a single call, so that another panel can plug in an editor for a kind
the inspector only summarises (``condition``, ``action``).

An editor shows a value, or :data:`MIXED` when the selected layers differ, and
reports what the user chose through ``sig_edited``; it never edits the template.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import Enum, StrEnum
from typing import Any, Union, get_args, get_origin, get_type_hints

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QRectF,
    QRegularExpression,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QRegularExpressionValidator,
    QValidator,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.model.keyframes import Animated
from studio.model.layers import TRANSFORM_PROPERTIES, ActionKind, LayerKind, Transform
from studio.resources import font_families
from studio.ui.document import Document


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    return text


def _t(text: str) -> str:
    """``text`` from one of this module's tables, in the interface language."""
    return QCoreApplication.translate("Inspector", text)


class _Mixed:
    """The value of a property on which the selected layers differ."""

    def __repr__(self) -> str:
        return "MIXED"


MIXED = _Mixed()
MIXED_TEXT = "—"


@dataclass(frozen=True)
class Component:
    """One number of a pair, changed; the other keeps each layer's own value."""

    index: int
    value: float

    def applied_to(self, pair: tuple[float, float]) -> tuple[float, float]:
        parts = list(pair)
        parts[self.index] = self.value
        return (parts[0], parts[1])


class Target(StrEnum):
    """Which edit changes a property."""

    LAYER = "layer"  # a field of the layer itself: SetLayerProperty
    TRANSFORM = "transform"  # a keyframable transform property: SetTransform
    TEXT = "text"  # the words a text key stands for: SetText


@dataclass(frozen=True)
class PropertySpec:
    """One property as the inspector lists it.

    ``value_type`` is the field's type without ``None`` (the enum class of an
    ``enum``); ``layer_kinds`` are the kinds of the layers it is shown for.
    """

    name: str
    kind: str
    value_type: Any = None
    target: Target = Target.LAYER
    layer_kinds: frozenset = frozenset()

    @property
    def label(self) -> str:
        return display_name(self.name)


# -- the registry --------------------------------------------------------------

EditorFactory = Callable[[PropertySpec, Document], "PropertyEditor"]
EDITORS: dict[str, EditorFactory] = {}

# Fields no editor shows: fixed at creation, or (``transform``) listed by property.
SKIPPED = frozenset({"id", "kind", "transform"})

# Names whose meaning is more than their type says.
NAME_KINDS = {
    "color": "colour",
    "fill": "colour",
    "stroke": "colour",
    "text_color": "colour",
    "text": "text key",
    "label": "text key",
    "asset": "asset",
    "font": "font",
    "weight": "weight",
    "start": "frame",
    "end": "frame",
    "source_start": "frame",
    "opacity": "percent",
    "volume": "percent",
    "rotation": "degrees",
    "language": "language",
    "condition": "condition",
    "action": "action",
}


def register_editor(kind: str, factory: EditorFactory) -> None:
    """Edit properties of ``kind`` with what ``factory(spec, document)`` makes."""
    EDITORS[kind] = factory


def unregister_editor(kind: str) -> None:
    EDITORS.pop(kind, None)


def editor_factory(kind: str) -> EditorFactory | None:
    """The factory for ``kind``; None for a kind shown as a read-only summary."""
    return EDITORS.get(kind)


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """The type inside ``Animated[...]`` and ``... | None``, and whether None is
    allowed."""
    origin = get_origin(hint)
    if origin is Animated:
        return _unwrap(get_args(hint)[0])
    if origin in (Union, types.UnionType) and type(None) in get_args(hint):
        rest = [arg for arg in get_args(hint) if arg is not type(None)]
        return (rest[0] if len(rest) == 1 else hint), True
    return hint, False


def _kind_of_type(base: Any) -> str:
    origin = get_origin(base) or base
    for plain, kind in ((bool, "bool"), (int, "int"), (float, "float")):
        if origin is plain:
            return kind
    if origin is str:
        return "line"
    if origin is tuple:
        return "pair"
    if isinstance(origin, type) and issubclass(origin, Enum):
        return "enum"
    return getattr(origin, "__name__", str(origin)).lower()


def property_spec(owner: type, name: str) -> PropertySpec:
    """The spec of field ``name`` of ``owner`` (a layer class or Transform).

    A field that allows None gets the kind ``optional <kind>`` when an editor is
    registered for it (``optional colour``: no fill); otherwise its editor
    handles None itself.
    """
    base, optional = _unwrap(get_type_hints(owner)[name])
    kind = NAME_KINDS.get(name) or _kind_of_type(base)
    if optional and f"optional {kind}" in EDITORS:
        kind = f"optional {kind}"
    if owner is Transform:
        target = Target.TRANSFORM
    else:
        target = Target.TEXT if kind == "text key" else Target.LAYER
    return PropertySpec(name, kind, base, target)


def layer_specs(layer_class: type) -> list[PropertySpec]:
    """The properties of a layer class in the order its fields are declared."""
    return [
        property_spec(layer_class, field.name)
        for field in fields(layer_class)
        if field.name not in SKIPPED
    ]


def transform_specs() -> list[PropertySpec]:
    return [property_spec(Transform, name) for name in TRANSFORM_PROPERTIES]


# -- names shown ---------------------------------------------------------------

_LABELS = {
    "name": QT_TRANSLATE_NOOP("Inspector", "Name"),
    "start": QT_TRANSLATE_NOOP("Inspector", "In point"),
    "end": QT_TRANSLATE_NOOP("Inspector", "Out point"),
    "hidden": QT_TRANSLATE_NOOP("Inspector", "Hidden"),
    "locked": QT_TRANSLATE_NOOP("Inspector", "Locked"),
    "condition": QT_TRANSLATE_NOOP("Inspector", "Shown when"),
    "position": QT_TRANSLATE_NOOP("Inspector", "Position"),
    "size": QT_TRANSLATE_NOOP("Inspector", "Size"),
    "anchor": QT_TRANSLATE_NOOP("Inspector", "Anchor point"),
    "rotation": QT_TRANSLATE_NOOP("Inspector", "Rotation"),
    "scale": QT_TRANSLATE_NOOP("Inspector", "Scale"),
    "opacity": QT_TRANSLATE_NOOP("Inspector", "Opacity"),
    "text": QT_TRANSLATE_NOOP("Inspector", "Text"),
    "label": QT_TRANSLATE_NOOP("Inspector", "Label"),
    "font": QT_TRANSLATE_NOOP("Inspector", "Font"),
    "font_size": QT_TRANSLATE_NOOP("Inspector", "Font size"),
    "weight": QT_TRANSLATE_NOOP("Inspector", "Weight"),
    "color": QT_TRANSLATE_NOOP("Inspector", "Colour"),
    "align": QT_TRANSLATE_NOOP("Inspector", "Alignment"),
    "vertical_align": QT_TRANSLATE_NOOP("Inspector", "Vertical alignment"),
    "line_height": QT_TRANSLATE_NOOP("Inspector", "Line height"),
    "fit": QT_TRANSLATE_NOOP("Inspector", "Fit"),
    "max_lines": QT_TRANSLATE_NOOP("Inspector", "Maximum lines"),
    "min_font_size": QT_TRANSLATE_NOOP("Inspector", "Smallest size"),
    "asset": QT_TRANSLATE_NOOP("Inspector", "Media"),
    "shape": QT_TRANSLATE_NOOP("Inspector", "Shape"),
    "fill": QT_TRANSLATE_NOOP("Inspector", "Fill"),
    "stroke": QT_TRANSLATE_NOOP("Inspector", "Stroke"),
    "stroke_width": QT_TRANSLATE_NOOP("Inspector", "Stroke width"),
    "corner_radius": QT_TRANSLATE_NOOP("Inspector", "Corner radius"),
    "action": QT_TRANSLATE_NOOP("Inspector", "Action"),
    "text_color": QT_TRANSLATE_NOOP("Inspector", "Text colour"),
    "source_start": QT_TRANSLATE_NOOP("Inspector", "Clip start"),
    "muted": QT_TRANSLATE_NOOP("Inspector", "Muted"),
    "volume": QT_TRANSLATE_NOOP("Inspector", "Volume"),
    "language": QT_TRANSLATE_NOOP("Inspector", "Language"),
}

# The values of the model's enums, by value (no two enums share one).
_CHOICES = {
    "start": QT_TRANSLATE_NOOP("Inspector", "Start"),
    "center": QT_TRANSLATE_NOOP("Inspector", "Centre"),
    "end": QT_TRANSLATE_NOOP("Inspector", "End"),
    "top": QT_TRANSLATE_NOOP("Inspector", "Top"),
    "middle": QT_TRANSLATE_NOOP("Inspector", "Middle"),
    "bottom": QT_TRANSLATE_NOOP("Inspector", "Bottom"),
    "shrink": QT_TRANSLATE_NOOP("Inspector", "Shrink to fit"),
    "wrap": QT_TRANSLATE_NOOP("Inspector", "Wrap"),
    "max_lines": QT_TRANSLATE_NOOP("Inspector", "Wrap, end with …"),
    "contain": QT_TRANSLATE_NOOP("Inspector", "Contain"),
    "cover": QT_TRANSLATE_NOOP("Inspector", "Cover"),
    "stretch": QT_TRANSLATE_NOOP("Inspector", "Stretch"),
    "rectangle": QT_TRANSLATE_NOOP("Inspector", "Rectangle"),
    "rounded_rectangle": QT_TRANSLATE_NOOP("Inspector", "Rounded rectangle"),
    "ellipse": QT_TRANSLATE_NOOP("Inspector", "Ellipse"),
    "line": QT_TRANSLATE_NOOP("Inspector", "Line"),
}

_WEIGHTS = {
    100: QT_TRANSLATE_NOOP("Inspector", "Thin"),
    200: QT_TRANSLATE_NOOP("Inspector", "Extra light"),
    300: QT_TRANSLATE_NOOP("Inspector", "Light"),
    400: QT_TRANSLATE_NOOP("Inspector", "Regular"),
    500: QT_TRANSLATE_NOOP("Inspector", "Medium"),
    600: QT_TRANSLATE_NOOP("Inspector", "Semibold"),
    700: QT_TRANSLATE_NOOP("Inspector", "Bold"),
    800: QT_TRANSLATE_NOOP("Inspector", "Extra bold"),
    900: QT_TRANSLATE_NOOP("Inspector", "Black"),
}

_NONE_TEXTS = {
    "end": QT_TRANSLATE_NOOP("Inspector", "Scene end"),
    "max_lines": QT_TRANSLATE_NOOP("Inspector", "No limit"),
}
_NONE_TEXT = QT_TRANSLATE_NOOP("Inspector", "None")

_AXES = (QT_TRANSLATE_NOOP("Inspector", "X"), QT_TRANSLATE_NOOP("Inspector", "Y"))
_SIDES = (QT_TRANSLATE_NOOP("Inspector", "W"), QT_TRANSLATE_NOOP("Inspector", "H"))


def display_name(name: str) -> str:
    label = _LABELS.get(name)
    return _t(label) if label else name.replace("_", " ").capitalize()


def choice_name(value: Any) -> str:
    text = _CHOICES.get(str(value))
    return _t(text) if text else str(value).replace("_", " ").capitalize()


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


class PropertyEditor(QWidget):
    """Shows one property and reports the user's changes.

    Signals
    -------
    sig_edited
        The user chose a value (in the model's units; a :class:`Component` for one
        number of a pair). Sent on every step of a drag or of arrow keys.
    sig_finished
        The user is done with this editor: the next change is a new undo step.
    """

    sig_edited = Signal(object)
    sig_finished = Signal()

    wide = False  # takes the whole width of the form, under its label

    def __init__(self, spec: PropertySpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec

    def show_value(self, value: Any) -> None:
        """Show ``value`` (or MIXED) without sending ``sig_edited``."""
        raise NotImplementedError(f"{type(self).__name__} shows no value")

    def _choose(self, value: Any) -> None:
        """A change that is whole at once (a click, a pick from a list)."""
        self.sig_edited.emit(value)
        self.sig_finished.emit()


def _row(*widgets: QWidget, stretch_first: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == 0 and stretch_first else 0)
    return layout


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


class ChoiceBox(QComboBox):
    """A combo box the wheel turns only while it has focus (see NumberBox)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.setMinimumContentsLength(8)

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
            none_text = _t(_NONE_TEXTS.get(spec.name, _NONE_TEXT))
        self.box = NumberBox(self.limits, none_text)
        self.setLayout(_row(self.box))
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
        none_text = _t(_NONE_TEXTS.get(spec.name, _NONE_TEXT)) if optional else None
        self.box = NumberBox(Limits(0, 1_000_000, 0), none_text)
        self.seconds = QLabel()
        self.seconds.setTextFormat(Qt.TextFormat.PlainText)
        self.seconds.setMinimumWidth(52)
        self.seconds.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.seconds.setEnabled(False)  # shown muted: it follows the frame
        self.setLayout(_row(self.box, self.seconds))
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
            axis = QLabel(_t(name))
            axis.setEnabled(False)  # a muted letter, as a caption
            axis.setAlignment(Qt.AlignmentFlag.AlignCenter)
            letters = [_t(letter) for letter in (*_AXES, *_SIDES)]
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


class CheckEditor(PropertyEditor):
    def __init__(self, spec: PropertySpec, parent=None):
        super().__init__(spec, parent)
        self.check = QCheckBox()
        layout = _row(self.check, stretch_first=False)
        layout.addStretch(1)  # only the box itself takes the click
        self.setLayout(layout)
        self.check.clicked.connect(self._clicked)

    def show_value(self, value: Any) -> None:
        self.check.blockSignals(True)
        self.check.setTristate(value is MIXED)
        if value is MIXED:
            self.check.setCheckState(Qt.CheckState.PartiallyChecked)
        else:
            self.check.setChecked(bool(value))
        self.check.blockSignals(False)

    def _clicked(self) -> None:
        self._choose(self.check.checkState() == Qt.CheckState.Checked)


class LineEditor(PropertyEditor):
    """One line of the project's own text (a layer's name)."""

    def __init__(self, spec: PropertySpec, parent=None):
        super().__init__(spec, parent)
        self.line = QLineEdit()
        self.setLayout(_row(self.line))
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
        self.setLayout(_row(*widgets))
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


class ChoiceEditor(PropertyEditor):
    """One of a list of values; ``choices()`` gives (text shown, value) pairs and
    is asked again each time a value is shown, as the template's media can change."""

    def __init__(
        self,
        spec: PropertySpec,
        choices: Callable[[], list[tuple[str, Any]]],
        parent=None,
    ):
        super().__init__(spec, parent)
        self.choices = choices
        self.combo = ChoiceBox()
        self.setLayout(_row(self.combo))
        self._items: list[tuple[str, Any]] = []
        self.combo.activated.connect(self._activated)

    def values(self) -> list[Any]:
        return [value for _, value in self._items]

    def show_value(self, value: Any) -> None:
        items = self.choices()
        if items != self._items:
            self._items = items
            self.combo.blockSignals(True)
            self.combo.clear()
            self.combo.addItems([text for text, _ in items])
            self.combo.blockSignals(False)
        # Values are kept here, not as item data: Qt would turn a StrEnum into str.
        found = next((i for i, (_, v) in enumerate(items) if v == value), -1)
        missing = "" if value is MIXED or value is None else str(value)
        self.combo.setPlaceholderText(MIXED_TEXT if value is MIXED else missing)
        self.combo.setCurrentIndex(found if value is not MIXED else -1)

    def _activated(self, index: int) -> None:
        if 0 <= index < len(self._items):
            self._choose(self._items[index][1])


class TextKeyEditor(PropertyEditor):
    """The words a text key stands for, in the document's language.

    Plain text only, so that words that look like markup show as typed. The
    words count when the box loses focus or on Ctrl+Enter; Escape puts back the
    words the template has. Emptying a translation removes it (the source
    language then shows); the source words cannot be removed, only emptied.
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
        layout.addWidget(self.key)
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


# -- summaries of the kinds other panels edit ------------------------------------

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
        return _t(_PLAN_OF).format(terms=action.terms)
    return _t(_ACTIONS[action.kind]).format(target=target)


def _condition_summary(condition: Any, document: Document) -> str:
    if not condition:
        return _t(_ALWAYS)
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
        self.setLayout(_row(self.line))

    def show_value(self, value: Any) -> None:
        if value is MIXED:
            self.line.setText(MIXED_TEXT)
            return
        summary = SUMMARIES.get(self.spec.kind)
        self.line.setText(summary(value, self.document) if summary else str(value))


# -- the choices of the list editors -----------------------------------------------

_MEDIA_OF = {
    LayerKind.IMAGE: "image/",
    LayerKind.VIDEO: "video/",
    LayerKind.AUDIO: "audio/",
}


def _asset_choices(spec: PropertySpec, document: Document) -> list[tuple[str, Any]]:
    prefixes = {_MEDIA_OF[kind] for kind in spec.layer_kinds if kind in _MEDIA_OF}
    choices = []
    for asset in sorted(document.template.assets.values(), key=lambda a: a.id):
        if all(asset.media_type.value.startswith(p) for p in prefixes):
            shown = asset.id if asset.name == asset.id else f"{asset.id} ({asset.name})"
            choices.append((shown, asset.id))
    return choices


def _font_choices(document: Document) -> list[tuple[str, Any]]:
    used = {
        layer.font
        for scene in document.template.scenes
        for layer in scene.layers
        if isinstance(getattr(layer, "font", None), str)
    }
    return [(family, family) for family in sorted(font_families() | used)]


def _language_choices(document: Document) -> list[tuple[str, Any]]:
    everyone = [(_t(QT_TRANSLATE_NOOP("Inspector", "All languages")), None)]
    return everyone + [(code, code) for code in document.template.languages]


def _weight_choices() -> list[tuple[str, Any]]:
    return [(f"{weight} · {_t(name)}", weight) for weight, name in _WEIGHTS.items()]


def _enum_choices(spec: PropertySpec) -> list[tuple[str, Any]]:
    return [(choice_name(member), member) for member in spec.value_type]


register_editor("float", lambda spec, doc: NumberEditor(spec))
register_editor("percent", lambda spec, doc: NumberEditor(spec))
register_editor("degrees", lambda spec, doc: NumberEditor(spec))
register_editor("int", lambda spec, doc: NumberEditor(spec, integer=True))
register_editor("optional int", lambda spec, doc: NumberEditor(spec, integer=True))
register_editor("frame", FrameEditor)
register_editor("optional frame", FrameEditor)
register_editor("pair", lambda spec, doc: PairEditor(spec))
register_editor("bool", lambda spec, doc: CheckEditor(spec))
register_editor("line", lambda spec, doc: LineEditor(spec))
register_editor("colour", lambda spec, doc: ColourEditor(spec))
register_editor("optional colour", lambda spec, doc: ColourEditor(spec, optional=True))
register_editor("text key", TextKeyEditor)
register_editor(
    "enum", lambda spec, doc: ChoiceEditor(spec, lambda: _enum_choices(spec))
)
register_editor(
    "asset", lambda spec, doc: ChoiceEditor(spec, lambda: _asset_choices(spec, doc))
)
register_editor(
    "font", lambda spec, doc: ChoiceEditor(spec, lambda: _font_choices(doc))
)
register_editor("weight", lambda spec, doc: ChoiceEditor(spec, _weight_choices))
register_editor(
    "language", lambda spec, doc: ChoiceEditor(spec, lambda: _language_choices(doc))
)
