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
from studio.model.template import (
    AssetRef,
    Scene,
    Template,
    Translation,
    placeholders,
)


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


@dataclass(frozen=True)
class SetText:
    """Give a translatable text its words in one language (the source or a
    translation); ``text`` None removes that translation."""

    key: str
    language: str
    text: str | None
    label: str = "Edit text"


@dataclass(frozen=True)
class AddLayer:
    """Put ``layer`` into a scene at ``index`` (0 is the bottom layer)."""

    scene: str
    layer: Layer
    index: int | None = None  # None: on top
    label: str = "Add layer"


@dataclass(frozen=True)
class RemoveLayer:
    layer: str
    label: str = "Delete layer"


@dataclass(frozen=True)
class AddAsset:
    """Register an imported media file (its bytes are already stored)."""

    asset: AssetRef
    label: str = "Import media"


@dataclass(frozen=True)
class RemoveAsset:
    asset: str
    label: str = "Remove media"


@dataclass(frozen=True)
class Batch:
    """Several edits as one: all are made, or (when one fails) none."""

    edits: tuple
    label: str = "Edit"


Edit = (
    SetLayerProperty
    | SetTransform
    | RemoveKeyframe
    | MoveKeyframe
    | RestoreProperty
    | SetText
    | AddLayer
    | RemoveLayer
    | AddAsset
    | RemoveAsset
    | Batch
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


def apply_edit(template: Template, edit: Edit) -> Edit:
    """Apply ``edit``; return the edit that undoes it. On error nothing changes."""
    other = _OTHER_EDITS.get(type(edit))
    if other is not None:
        return other(template, edit)
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


def _set_text(template: Template, edit: SetText) -> SetText:
    string = template.strings.get(edit.key)
    if string is None:
        raise EditError(f"there is no text {edit.key!r}")
    if edit.language not in template.languages:
        raise EditError(f"{edit.language!r} is not a language of this template")
    source = edit.language == template.source_language
    if edit.text is not None:
        try:
            placeholders(edit.text)
        except ValueError as error:
            raise EditError(f"text {edit.key!r}: {error}") from None
    if source:
        if edit.text is None:
            raise EditError(
                f"the {edit.language} text of {edit.key!r} cannot be removed"
            )
        old = string.source
        string.source = edit.text
        return replace(edit, text=old)
    found = string.translations.get(edit.language)
    old = found.text if found else None
    if edit.text is None:
        string.translations.pop(edit.language, None)
    elif found is None:
        string.translations[edit.language] = Translation(edit.text)
    else:
        string.translations[edit.language] = replace(found, text=edit.text)
    return replace(edit, text=old)


def _add_layer(template: Template, edit: AddLayer) -> RemoveLayer:
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


def _remove_layer(template: Template, edit: RemoveLayer) -> AddLayer:
    scene = find_scene_of(template, edit.layer)
    index = next(i for i, layer in enumerate(scene.layers) if layer.id == edit.layer)
    layer = scene.layers.pop(index)
    return AddLayer(scene.id, layer, index, edit.label)


def _add_asset(template: Template, edit: AddAsset) -> RemoveAsset:
    if edit.asset.id in template.assets:
        raise EditError(f"there is already media called {edit.asset.id!r}")
    template.assets[edit.asset.id] = edit.asset
    return RemoveAsset(edit.asset.id, edit.label)


def _remove_asset(template: Template, edit: RemoveAsset) -> AddAsset:
    asset = template.assets.get(edit.asset)
    if asset is None:
        raise EditError(f"there is no media {edit.asset!r}")
    users = [
        layer.name
        for scene in template.scenes
        for layer in scene.layers
        if getattr(layer, "asset", None) == edit.asset
    ]
    if users or (template.music is not None and template.music.asset == edit.asset):
        where = users[0] if users else "the music bed"
        raise EditError(f"media {edit.asset!r} is still used by {where}")
    del template.assets[edit.asset]
    return AddAsset(asset, edit.label)


def _batch(template: Template, edit: Batch) -> Batch:
    inverses: list = []
    try:
        for part in edit.edits:
            inverses.append(apply_edit(template, part))
    except EditError:
        for inverse in reversed(inverses):
            apply_edit(template, inverse)
        raise
    return Batch(tuple(reversed(inverses)), edit.label)


_OTHER_EDITS = {
    SetText: _set_text,
    AddLayer: _add_layer,
    RemoveLayer: _remove_layer,
    AddAsset: _add_asset,
    RemoveAsset: _remove_asset,
    Batch: _batch,
}
