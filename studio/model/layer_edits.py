"""Edits of one layer: its own properties, its transform and keyframes, and the
layer itself added to or taken out of a scene."""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from studio.model.edit_types import (
    AddLayer,
    EditError,
    MoveKeyframe,
    RemoveKeyframe,
    RemoveLayer,
    RestoreProperty,
    SetLayerProperty,
    SetTransform,
)
from studio.model.keyframes import Easing, Keyframe
from studio.model.layers import TRANSFORM_PROPERTIES, Layer
from studio.model.template import Scene, Template

LayerEdit = (
    SetLayerProperty | SetTransform | RemoveKeyframe | MoveKeyframe | RestoreProperty
)

_FIXED = {"id", "kind"}


def find_layer(template: Template, layer_id: str) -> tuple[Layer, int]:
    """The layer and the length of its scene."""
    for scene in template.scenes:
        for layer in scene.layers:
            if layer.id == layer_id:
                return layer, scene.duration
    raise EditError(f"there is no layer {layer_id!r}")


def find_scene_of(template: Template, layer_id: str) -> Scene:
    for scene in template.scenes:
        if any(layer.id == layer_id for layer in scene.layers):
            return scene
    raise EditError(f"there is no layer {layer_id!r}")


def apply_layer_edit(
    template: Template, edit: LayerEdit
) -> SetLayerProperty | RestoreProperty:
    """Apply an edit of a layer's properties or keyframes; return its inverse."""
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
    if edit.name in ("start", "end"):
        _check_timing(layer, edit)
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


def _check_timing(layer: Layer, edit: SetLayerProperty) -> None:
    start = edit.value if edit.name == "start" else layer.start
    end = edit.value if edit.name == "end" else layer.end
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise EditError(f"the in point of {layer.name!r} must be a frame from 0 on")
    if end is not None and (isinstance(end, bool) or not isinstance(end, int)):
        raise EditError(f"the out point of {layer.name!r} must be a frame")
    if end is not None and end <= start:
        raise EditError(
            f"layer {layer.name!r} would end (frame {end}) before it starts "
            f"(frame {start})"
        )


def add_layer(template: Template, edit: AddLayer) -> RemoveLayer:
    try:
        scene = template.scene(edit.scene)
    except KeyError:
        raise EditError(f"there is no scene {edit.scene!r}") from None
    taken = {layer.id for s in template.scenes for layer in s.layers}
    if edit.layer.id in taken:
        raise EditError(f"there is already a layer {edit.layer.id!r}")
    index = len(scene.layers) if edit.index is None else edit.index
    if not 0 <= index <= len(scene.layers):
        raise EditError(f"scene {scene.name!r} has no place {index} for a layer")
    scene.layers.insert(index, copy.deepcopy(edit.layer))
    return RemoveLayer(edit.layer.id, edit.label)


def remove_layer(template: Template, edit: RemoveLayer) -> AddLayer:
    scene = find_scene_of(template, edit.layer)
    index = next(i for i, layer in enumerate(scene.layers) if layer.id == edit.layer)
    layer = scene.layers.pop(index)
    return AddLayer(scene.id, layer, index, edit.label)
