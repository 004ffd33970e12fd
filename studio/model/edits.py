"""Edits: every change a user makes to a template, as data that can be undone.

An edit is applied with :func:`apply_edit`, which returns the edit that undoes it.
An edit that cannot be applied raises :class:`EditError` and changes nothing: it
is checked whole before anything is touched. The studio's undo stack holds pairs
of an edit and its inverse; this module knows nothing of Qt.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import Any

from studio.model.keyframes import Easing, Keyframe
from studio.model.layers import TRANSFORM_PROPERTIES, Layer
from studio.model.template import Template


class EditError(ValueError):
    """An edit that does not fit the template; the message says why."""


@dataclass(frozen=True)
class SetLayerProperty:
    """Give a layer's own property (not a transform) a new value."""

    layer: str
    name: str
    value: Any
    label: str = "Change property"


@dataclass(frozen=True)
class SetTransform:
    """Set a transform property: its constant value, or its keyframe at ``frame``.

    With ``frame`` None the constant value changes (and the property must not be
    keyframed); otherwise the keyframe at that frame is set, or added.
    """

    layer: str
    name: str
    value: Any
    frame: int | None = None
    easing: Easing | None = None
    label: str = "Change transform"


@dataclass(frozen=True)
class RemoveKeyframe:
    layer: str
    name: str
    frame: int
    label: str = "Delete keyframe"


@dataclass(frozen=True)
class MoveKeyframe:
    layer: str
    name: str
    frame: int
    to: int
    label: str = "Move keyframe"


@dataclass(frozen=True)
class RestoreProperty:
    """Put a whole transform property back as it was (the inverse of the others)."""

    layer: str
    name: str
    state: Any  # a deep copy of the Animated property
    label: str = "Restore"


Edit = SetLayerProperty | SetTransform | RemoveKeyframe | MoveKeyframe | RestoreProperty

_FIXED = {"id", "kind"}


def find_layer(template: Template, layer_id: str) -> tuple[Layer, int]:
    """The layer and the length of its scene."""
    for scene in template.scenes:
        for layer in scene.layers:
            if layer.id == layer_id:
                return layer, scene.duration
    raise EditError(f"there is no layer {layer_id!r}")


def apply_edit(template: Template, edit: Edit) -> Edit:
    """Apply ``edit``; return the edit that undoes it. On error nothing changes."""
    layer, duration = find_layer(template, edit.layer)
    if isinstance(edit, SetLayerProperty):
        return _set_property(layer, edit)
    if edit.name not in TRANSFORM_PROPERTIES:
        raise EditError(f"{edit.name!r} is not a transform property")
    prop = getattr(layer.transform, edit.name)
    before = RestoreProperty(edit.layer, edit.name, copy.deepcopy(prop), edit.label)
    if isinstance(edit, RestoreProperty):
        setattr(layer.transform, edit.name, copy.deepcopy(edit.state))
    elif isinstance(edit, SetTransform):
        _set_transform(prop, edit, duration)
    elif isinstance(edit, RemoveKeyframe):
        _keyframe_at(prop, edit.frame, layer)
        prop.remove_keyframe(edit.frame)
    else:
        _move_keyframe(prop, edit, duration, layer)
    return before


def _set_property(layer: Layer, edit: SetLayerProperty) -> SetLayerProperty:
    if edit.name in _FIXED or edit.name == "transform":
        raise EditError(f"{edit.name!r} of a layer cannot be changed this way")
    if edit.name not in layer.__dataclass_fields__:
        raise EditError(f"a {layer.kind.value} layer has no property {edit.name!r}")
    old = getattr(layer, edit.name)
    if old is not None and edit.value is not None and type(old) is not type(edit.value):
        if not (isinstance(old, float) and isinstance(edit.value, int)):
            raise EditError(
                f"{edit.name} takes a {type(old).__name__}, not {edit.value!r}"
            )
    setattr(layer, edit.name, edit.value)
    return replace(edit, value=old)


def _set_transform(prop, edit: SetTransform, duration: int) -> None:
    value = _checked_value(prop.value, edit.value, edit.name)
    if edit.frame is None:
        if prop.is_animated:
            raise EditError(
                f"{edit.name} is keyframed; set it at a frame, or delete its keyframes"
            )
        prop.value = value
        return
    if not 0 <= edit.frame <= duration:
        raise EditError(f"frame {edit.frame} lies outside the scene (0 to {duration})")
    existing = next((k for k in prop.keyframes if k.frame == edit.frame), None)
    easing = edit.easing or (existing.easing if existing else Easing())
    prop.set_keyframe(Keyframe(edit.frame, value, easing))


def _checked_value(current: Any, value: Any, name: str) -> Any:
    if isinstance(current, tuple):
        ok = isinstance(value, tuple | list) and len(value) == 2
        if not ok or not all(isinstance(v, int | float) for v in value):
            raise EditError(f"{name} takes two numbers, not {value!r}")
        return (float(value[0]), float(value[1]))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise EditError(f"{name} takes a number, not {value!r}")
    if name == "opacity" and not 0.0 <= value <= 1.0:
        raise EditError(f"opacity {value} is outside 0 to 1")
    return float(value)


def _keyframe_at(prop, frame: int, layer: Layer) -> Keyframe:
    for key in prop.keyframes:
        if key.frame == frame:
            return key
    raise EditError(f"layer {layer.name!r} has no keyframe at frame {frame}")


def _move_keyframe(prop, edit: MoveKeyframe, duration: int, layer: Layer) -> None:
    key = _keyframe_at(prop, edit.frame, layer)
    if not 0 <= edit.to <= duration:
        raise EditError(f"frame {edit.to} lies outside the scene (0 to {duration})")
    if edit.to != edit.frame and any(k.frame == edit.to for k in prop.keyframes):
        raise EditError(f"there is already a keyframe at frame {edit.to}")
    prop.remove_keyframe(edit.frame)
    prop.set_keyframe(replace(key, frame=edit.to))
