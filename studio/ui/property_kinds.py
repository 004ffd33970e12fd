"""What the inspector knows of a property: its kind, and the editor for that kind.

A property's *kind* (``float``, ``colour``, ``text key`` …) follows from the type
annotation of its layer field, except for the names whose meaning their type does
not carry: ``color`` is a colour rather than any string, ``start`` a frame rather
than any number. Each kind maps to an editor factory, and :func:`register_editor`
adds one in a single call, so that another panel can plug in an editor for a kind
the inspector only summarises (``condition``, ``action``). The inspector's own
editors are registered by :mod:`studio.ui.property_editors`, which is the module
to import.

An editor shows a value, or :data:`MIXED` when the selected layers differ, and
reports what the user chose through ``sig_edited`` (the whole value, or a
:class:`Partial` change of it); it never edits the template.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import Enum, StrEnum
from typing import Any, Union, get_args, get_origin, get_type_hints

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from studio.model.keyframes import Animated
from studio.model.layers import TRANSFORM_PROPERTIES, Transform
from studio.ui.document import Document
from studio.ui.property_names import display_name


class _Mixed:
    """The value of a property on which the selected layers differ."""

    def __repr__(self) -> str:
        return "MIXED"


MIXED = _Mixed()
MIXED_TEXT = "—"


class Partial:
    """A change of one part of a value: each selected layer keeps the rest of
    its own (one number of a pair, one part of a button's action)."""

    def applied_to(self, old: Any) -> Any:
        raise NotImplementedError(f"{type(self).__name__} changes nothing")


@dataclass(frozen=True)
class Component(Partial):
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


# -- the editors' common ground ------------------------------------------------


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

    def form_labels(self) -> list[QWidget]:
        """The labels of a wide editor's own rows, which the inspector gives the
        width of its label column so that their fields line up with the rest."""
        return []

    def show_value(self, value: Any) -> None:
        """Show ``value`` (or MIXED) without sending ``sig_edited``."""
        raise NotImplementedError(f"{type(self).__name__} shows no value")

    def _choose(self, value: Any) -> None:
        """A change that is whole at once (a click, a pick from a list)."""
        self.sig_edited.emit(value)
        self.sig_finished.emit()


def editor_row(*widgets: QWidget, stretch_first: bool = True) -> QHBoxLayout:
    """The row an editor lays its widgets out in; the first one takes the room."""
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == 0 and stretch_first else 0)
    return layout


# -- the registry --------------------------------------------------------------

EditorFactory = Callable[[PropertySpec, Document], PropertyEditor]
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
    "then": "scene",
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
