"""Edits of the story itself: scenes added, taken out and reordered, and the
translatable texts that new layers bring with them."""

from __future__ import annotations

import copy

from studio.model.edit_types import (
    AddScene,
    AddString,
    EditError,
    MoveScene,
    RemoveScene,
    RemoveString,
)
from studio.model.layers import ButtonLayer, PlanPickerLayer
from studio.model.template import Template
from studio.model.validate import is_plain_id


def add_scene(template: Template, edit: AddScene) -> RemoveScene:
    scene = edit.scene
    if not is_plain_id(scene.id):
        raise EditError(f"{scene.id!r} is not a plain name for a scene")
    if any(other.id == scene.id for other in template.scenes):
        raise EditError(f"there is already a scene {scene.id!r}")
    taken = {layer.id for other in template.scenes for layer in other.layers}
    clash = [layer.id for layer in scene.layers if layer.id in taken]
    if clash:
        raise EditError(f"layer id {clash[0]!r} is already used in another scene")
    index = len(template.scenes) if edit.index is None else edit.index
    if not 0 <= index <= len(template.scenes):
        raise EditError(f"position {index} is outside 0 to {len(template.scenes)}")
    template.scenes.insert(index, copy.deepcopy(scene))
    return RemoveScene(scene.id, allow_in_use=True, label=edit.label)


def scene_uses(template: Template, scene_id: str) -> list[str]:
    """What leads to the scene, in the designer's words."""
    found = []
    for scene in template.scenes:
        if scene.next_scene == scene_id and scene.id != scene_id:
            found.append(f"scene {scene.name!r}, which goes on to it")
        for layer in scene.layers:
            if isinstance(layer, ButtonLayer) and scene_id in (
                layer.action.next_scene(),
            ):
                found.append(f"button {layer.name!r} in scene {scene.name!r}")
            if isinstance(layer, PlanPickerLayer) and layer.then == scene_id:
                found.append(f"plan picker {layer.name!r} in scene {scene.name!r}")
    if template.settings.thumbnail_scene == scene_id:
        found.append("the email thumbnail")
    return found


def remove_scene(template: Template, edit: RemoveScene) -> AddScene:
    index = next(
        (i for i, scene in enumerate(template.scenes) if scene.id == edit.scene), None
    )
    if index is None:
        raise EditError(f"there is no scene {edit.scene!r}")
    if len(template.scenes) == 1:
        raise EditError("the only scene cannot be deleted")
    if not edit.allow_in_use:
        uses = scene_uses(template, edit.scene)
        if uses:
            raise EditError(
                f"scene {template.scenes[index].name!r} is still used by {uses[0]}"
            )
    scene = template.scenes.pop(index)
    return AddScene(scene, index, edit.label)


def move_scene(template: Template, edit: MoveScene) -> MoveScene:
    index = next(
        (i for i, scene in enumerate(template.scenes) if scene.id == edit.scene), None
    )
    if index is None:
        raise EditError(f"there is no scene {edit.scene!r}")
    if not 0 <= edit.index < len(template.scenes):
        raise EditError(
            f"position {edit.index} is outside 0 to {len(template.scenes) - 1}"
        )
    scene = template.scenes.pop(index)
    template.scenes.insert(edit.index, scene)
    return MoveScene(edit.scene, index, edit.label)


def add_string(template: Template, edit: AddString) -> RemoveString:
    key = edit.string.key
    if not is_plain_id(key):
        raise EditError(f"{key!r} is not a plain key for a text")
    if key in template.strings:
        raise EditError(f"there is already a text {key!r}")
    template.strings[key] = copy.deepcopy(edit.string)
    return RemoveString(key, edit.label)


def remove_string(template: Template, edit: RemoveString) -> AddString:
    string = template.strings.get(edit.key)
    if string is None:
        raise EditError(f"there is no text {edit.key!r}")
    for scene in template.scenes:
        if scene.caption == edit.key:
            raise EditError(f"text {edit.key!r} is the caption of {scene.name!r}")
        for layer in scene.layers:
            if edit.key in (
                getattr(layer, "text", None),
                getattr(layer, "label", None),
            ):
                raise EditError(f"text {edit.key!r} is used by layer {layer.name!r}")
    del template.strings[edit.key]
    return AddString(string, edit.label)


def unused_id(taken: set[str], stem: str) -> str:
    """``stem``, or ``stem-2``, ``stem-3`` … whichever is not yet taken."""
    if stem not in taken:
        return stem
    number = 2
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"
