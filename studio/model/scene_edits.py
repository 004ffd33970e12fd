"""Edits of a scene's own attributes: its name, length, background, condition,
the scene it goes on to and its caption."""

from __future__ import annotations

import copy
import re
from typing import Any

from studio.model.edit_types import EditError, RestoreSceneProperty, SetSceneProperty
from studio.model.layers import TRANSFORM_PROPERTIES
from studio.model.template import Scene, Template
from studio.model.validate import MAX_SCENE_SECONDS
from studio.values.conditions import check_condition

SCENE_PROPERTIES = (
    "name",
    "duration",
    "background",
    "condition",
    "next_scene",
    "caption",
)
_BACKGROUND = re.compile(r"#[0-9A-Fa-f]{6}")


def _scene_of(template: Template, scene_id: str) -> Scene:
    try:
        return template.scene(scene_id)
    except KeyError:
        raise EditError(f"there is no scene {scene_id!r}") from None


def _check_scene_property_name(name: str) -> None:
    if name not in SCENE_PROPERTIES:
        raise EditError(
            f"a scene has no property {name!r} to set this way; "
            f"it has {', '.join(SCENE_PROPERTIES)}"
        )


def set_scene_property(
    template: Template, edit: SetSceneProperty
) -> RestoreSceneProperty:
    scene = _scene_of(template, edit.scene)
    _check_scene_property_name(edit.name)
    problem = _SCENE_CHECKS[edit.name](template, scene, edit.value)
    if problem:
        raise EditError(f"scene {scene.name!r}: {problem}")
    old = getattr(scene, edit.name)
    setattr(scene, edit.name, copy.deepcopy(edit.value))
    return RestoreSceneProperty(edit.scene, edit.name, old, edit.label)


def restore_scene_property(
    template: Template, edit: RestoreSceneProperty
) -> RestoreSceneProperty:
    scene = _scene_of(template, edit.scene)
    _check_scene_property_name(edit.name)
    old = getattr(scene, edit.name)
    setattr(scene, edit.name, copy.deepcopy(edit.value))
    return RestoreSceneProperty(edit.scene, edit.name, old, edit.label)


def _check_scene_name(template: Template, scene: Scene, value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"name {value!r} is empty or not text"
    if any(other.name == value for other in template.scenes if other is not scene):
        return f"there is already a scene called {value!r}"
    return None


def _check_duration(template: Template, scene: Scene, value: Any) -> str | None:
    limit = MAX_SCENE_SECONDS * template.fps
    if isinstance(value, bool) or not isinstance(value, int):
        return f"duration {value!r} is not a whole number of frames"
    if not 1 <= value <= limit:
        return f"duration {value} frames is outside 1 to {limit} frames"
    earlier = set(_duration_conflicts(template, scene, scene.duration))
    for conflict in _duration_conflicts(template, scene, value):
        if conflict not in earlier:
            return f"it cannot be {value} frames long: {conflict}"
    return None


def _duration_conflicts(template: Template, scene: Scene, duration: int) -> list[str]:
    """What would lie past the end of ``scene`` if it lasted ``duration`` frames."""
    conflicts = []
    for layer in scene.layers:
        if layer.start >= duration:
            conflicts.append(f"layer {layer.name!r} starts at frame {layer.start}")
        if layer.end is not None and layer.end > duration:
            conflicts.append(f"layer {layer.name!r} ends at frame {layer.end}")
        for name in TRANSFORM_PROPERTIES:
            frames = [key.frame for key in getattr(layer.transform, name).keyframes]
            if frames and max(frames) > duration:
                conflicts.append(
                    f"layer {layer.name!r} has a {name} keyframe at frame {max(frames)}"
                )
    position = next(i for i, other in enumerate(template.scenes) if other is scene)
    if scene.transition.duration > duration:
        conflicts.append(f"its crossfade takes {scene.transition.duration} frames")
    if position + 1 < len(template.scenes):
        after = template.scenes[position + 1]
        if after.transition.duration > duration:
            conflicts.append(
                f"scene {after.name!r} crossfades over it for "
                f"{after.transition.duration} frames"
            )
    settings = template.settings
    frame = settings.thumbnail_frame or 0
    if settings.thumbnail_scene == scene.id and frame >= duration:
        conflicts.append(f"the thumbnail is taken at frame {frame}")
    return conflicts


def _check_background(template: Template, scene: Scene, value: Any) -> str | None:
    if isinstance(value, str) and _BACKGROUND.fullmatch(value):
        return None
    return f"background {value!r} is not a colour written #RRGGBB"


def _check_scene_condition(template: Template, scene: Scene, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        return f"condition {value!r} is not a JsonLogic object"
    known = {field.name for field in template.fields}
    earlier = set(check_condition(scene.condition, known)) if scene.condition else ()
    problems = [p for p in check_condition(value, known) if p not in earlier]
    return f"the condition: {'; '.join(problems)}" if problems else None


def _check_next_scene(template: Template, scene: Scene, value: Any) -> str | None:
    if value is None:
        return None
    if value == scene.id:
        return "a scene cannot go on to itself"
    if not any(other.id == value for other in template.scenes):
        return f"there is no scene {value!r} to go on to"
    return None


def _check_caption(template: Template, scene: Scene, value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value in template.strings):
        return None
    return f"there is no text {value!r} for the caption"


_SCENE_CHECKS = {
    "name": _check_scene_name,
    "duration": _check_duration,
    "background": _check_background,
    "condition": _check_scene_condition,
    "next_scene": _check_next_scene,
    "caption": _check_caption,
}
