"""Scenes as a designer adds, copies and deletes them, each as one edit.

A copy of a scene is a scene of its own: new ids for it and its layers, and its
texts (and caption) copied under new keys with their translations, so that
changing the copy never changes the original. Where the copy leads (the scene
it goes on to, its buttons' targets) stays as the original's.
"""

from __future__ import annotations

import copy

from studio.model.edit_types import (
    AddScene,
    AddString,
    Batch,
    RemoveScene,
    RemoveString,
)
from studio.model.story_edits import unused_id
from studio.model.template import Scene, Template
from studio.model.validate import is_plain_id

NEW_SCENE_SECONDS = 5
NEW_SCENE_BACKGROUND = "#FFFFFF"
_ID_ROOM = 64 - len("-999")


def _index_of(template: Template, scene_id: str) -> int:
    for index, scene in enumerate(template.scenes):
        if scene.id == scene_id:
            return index
    raise KeyError(f"no scene {scene_id!r}")


def unused_scene_name(template: Template, pattern: str) -> str:
    """``pattern`` (such as "Scene {number}", in the interface's language) with the
    first number from the scene count up that no scene is called yet."""
    names = {scene.name for scene in template.scenes}
    number = len(template.scenes) + 1
    while pattern.format(number=number) in names:
        number += 1
    return pattern.format(number=number)


def new_scene_edit(
    template: Template, after: str | None, name: str, label: str
) -> AddScene:
    """An empty scene of five seconds on white, after scene ``after`` (or last)."""
    taken = {scene.id for scene in template.scenes}
    scene = Scene(
        unused_id(taken, f"scene-{len(template.scenes) + 1}"),
        name,
        duration=NEW_SCENE_SECONDS * template.fps,
        background=NEW_SCENE_BACKGROUND,
    )
    index = len(template.scenes) if after is None else _index_of(template, after) + 1
    return AddScene(scene, index, label)


def scene_copy_edit(
    template: Template, scene_id: str, name: str, label: str
) -> tuple[Batch, str]:
    """The edit that puts a copy of the scene called ``name`` right after it,
    and the copy's id."""
    index = _index_of(template, scene_id)
    original = template.scenes[index]
    scene = copy.deepcopy(original)
    scene.id = unused_id({s.id for s in template.scenes}, _short(original.id))
    scene.name = name
    layer_ids = {layer.id for s in template.scenes for layer in s.layers}
    for layer in scene.layers:
        layer.id = unused_id(layer_ids, _renamed(layer.id, original.id, scene.id))
        layer_ids.add(layer.id)
    keys = _copied_keys(template, original, scene.id)
    for layer in scene.layers:
        for attribute in ("text", "label"):
            if getattr(layer, attribute, None) in keys:
                setattr(layer, attribute, keys[getattr(layer, attribute)])
    if scene.caption in keys:
        scene.caption = keys[scene.caption]
    strings = []
    for old, new in keys.items():
        string = copy.deepcopy(template.strings[old])
        string.key = new
        strings.append(AddString(string, label))
    return Batch((*strings, AddScene(scene, index + 1, label)), label), scene.id


def _copied_keys(template: Template, scene: Scene, copy_id: str) -> dict[str, str]:
    """A new key for each text the scene shows, in the order it shows them."""
    used = [scene.caption] if scene.caption else []
    for layer in scene.layers:
        used += [getattr(layer, name, None) for name in ("text", "label")]
    taken = set(template.strings)
    keys: dict[str, str] = {}
    for key in dict.fromkeys(k for k in used if k in template.strings):
        keys[key] = unused_id(taken, _renamed(key, scene.id, copy_id, "."))
        taken.add(keys[key])
    return keys


def _renamed(name: str, old_id: str, new_id: str, joint: str = "-") -> str:
    """``keuze-titel`` of scene ``keuze`` becomes ``keuze-2-titel`` in ``keuze-2``;
    a name that does not start with the scene's id keeps its own."""
    if name.startswith(old_id + joint):
        name = new_id + name[len(old_id) :]
    return _short(name)


def _short(name: str) -> str:
    """A stem that stays a plain id when numbered."""
    stem = name[:_ID_ROOM]
    return stem if is_plain_id(stem) else "copy"


def delete_scene_edit(
    template: Template, scene_id: str, label: str, allow_in_use: bool = False
) -> Batch:
    """Take the scene out, and the texts only it showed.

    With ``allow_in_use`` also when something leads to it: that then leads
    nowhere, for the story checks to show (:func:`scene_uses` says what).
    """
    scene = template.scene(scene_id)
    elsewhere = set()
    for other in template.scenes:
        if other.id != scene_id:
            elsewhere |= _keys_of(other)
    orphans = [key for key in _keys_of(scene) - elsewhere if key in template.strings]
    removals = [RemoveString(key, label) for key in sorted(orphans)]
    return Batch((RemoveScene(scene_id, allow_in_use, label), *removals), label)


def _keys_of(scene: Scene) -> set[str]:
    keys = {scene.caption} if scene.caption else set()
    for layer in scene.layers:
        keys |= {getattr(layer, name, None) for name in ("text", "label")}
    keys.discard(None)
    return keys
