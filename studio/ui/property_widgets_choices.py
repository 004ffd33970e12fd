"""The inspector's editors that offer a fixed set of values: a check box for a
yes or no, and a list for an enum, a medium of the template, a font, a weight, a
language or a scene.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox

from studio.model.layers import LayerKind
from studio.resources import font_families
from studio.ui.document import Document
from studio.ui.property_kinds import (
    MIXED,
    MIXED_TEXT,
    PropertyEditor,
    PropertySpec,
    editor_row,
)
from studio.ui.property_names import QT_TRANSLATE_NOOP, choice_name, translated

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


class ChoiceBox(QComboBox):
    """A combo box the wheel turns only while it has focus, as a NumberBox."""

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


class CheckEditor(PropertyEditor):
    def __init__(self, spec: PropertySpec, parent=None):
        super().__init__(spec, parent)
        self.check = QCheckBox()
        layout = editor_row(self.check, stretch_first=False)
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
        self.setLayout(editor_row(self.combo))
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


# -- the choices of the list editors -------------------------------------------


_MEDIA_OF = {
    LayerKind.IMAGE: "image/",
    LayerKind.VIDEO: "video/",
    LayerKind.AUDIO: "audio/",
}


def asset_choices(spec: PropertySpec, document: Document) -> list[tuple[str, Any]]:
    prefixes = {_MEDIA_OF[kind] for kind in spec.layer_kinds if kind in _MEDIA_OF}
    choices = []
    for asset in sorted(document.template.assets.values(), key=lambda a: a.id):
        if all(asset.media_type.value.startswith(p) for p in prefixes):
            shown = asset.id if asset.name == asset.id else f"{asset.id} ({asset.name})"
            choices.append((shown, asset.id))
    return choices


def font_choices(document: Document) -> list[tuple[str, Any]]:
    used = {
        layer.font
        for scene in document.template.scenes
        for layer in scene.layers
        if isinstance(getattr(layer, "font", None), str)
    }
    return [(family, family) for family in sorted(font_families() | used)]


def language_choices(document: Document) -> list[tuple[str, Any]]:
    everyone = [(translated(QT_TRANSLATE_NOOP("Inspector", "All languages")), None)]
    return everyone + [(code, code) for code in document.template.languages]


_THE_END = QT_TRANSLATE_NOOP("Inspector", "(end the video)")


def scene_choices(document: Document, ending: bool = True) -> list[tuple[str, Any]]:
    """The scenes by name, in story order; with ``ending`` first the choice of
    going nowhere (None), which ends the video."""
    scenes = [(scene.name, scene.id) for scene in document.template.scenes]
    return [(translated(_THE_END), None), *scenes] if ending else scenes


def weight_choices() -> list[tuple[str, Any]]:
    return [
        (f"{weight} · {translated(name)}", weight) for weight, name in _WEIGHTS.items()
    ]


def enum_choices(spec: PropertySpec) -> list[tuple[str, Any]]:
    return [(choice_name(member), member) for member in spec.value_type]
