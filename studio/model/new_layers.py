"""New layers as a designer adds them: a sensible default of each kind, centred
on the canvas, with the text it shows added under a key of its own.

A layer and its text are added together as one :class:`Batch`, so that one undo
takes both away. The text has only its source words, in the template's source
language; the translators add the rest.
"""

from __future__ import annotations

from studio.model.edit_types import AddLayer, AddString, Batch
from studio.model.keyframes import Animated
from studio.model.layers import (
    Action,
    ActionKind,
    Align,
    ButtonLayer,
    Layer,
    LayerKind,
    PlanPickerLayer,
    ShapeKind,
    ShapeLayer,
    TextLayer,
    Transform,
    VerticalAlign,
)
from studio.model.story_edits import unused_id
from studio.model.template import Scene, Template, TranslatableString
from studio.model.validate import is_plain_id

# The kinds a designer adds from the menu (media come in by importing them).
ADDABLE_KINDS = (
    LayerKind.TEXT,
    LayerKind.BUTTON,
    LayerKind.SHAPE,
    LayerKind.PLAN_PICKER,
)

# The words a new layer starts with, by source language; other languages get
# the English ones until the designer writes their own.
_FIRST_WORDS = {
    LayerKind.TEXT: {"nl": "Nieuwe tekst", "en": "New text"},
    LayerKind.BUTTON: {"nl": "Nieuwe knop", "en": "New button"},
    LayerKind.PLAN_PICKER: {
        "nl": "In {terms} keer: eerst {term_amount} op {first_due}",
        "en": "In {terms} parts: first {term_amount} on {first_due}",
    },
}

# Width and height on a 1920 × 1080 canvas; other canvases scale them.
_SIZES = {
    LayerKind.TEXT: (1000.0, 140.0),
    LayerKind.BUTTON: (560.0, 150.0),
    LayerKind.SHAPE: (480.0, 280.0),
    LayerKind.PLAN_PICKER: (1100.0, 330.0),
}
_SUFFIXES = {
    LayerKind.TEXT: "text",
    LayerKind.BUTTON: "button",
    LayerKind.SHAPE: "shape",
    LayerKind.PLAN_PICKER: "plans",
}
_SHAPE_FILL = "#DCE4F2"  # a quiet tint that shows on white and on the sample's blues
_ID_ROOM = 64 - len("-999")  # is_plain_id allows 64 characters


def first_words(kind: LayerKind, language: str) -> str:
    """The source words a new layer of ``kind`` shows in ``language``."""
    words = _FIRST_WORDS[kind]
    return words.get(language, words["en"])


def new_layer_edit(
    template: Template, scene_id: str, kind: LayerKind, name: str, label: str
) -> tuple[Batch, str]:
    """The edit that puts a new ``kind`` layer called ``name`` on top of the
    scene, and the new layer's id.

    A new button goes where the scene goes on to, or nowhere (the story checks
    then say that it leads nowhere); a new plan picker goes on there after a
    choice. Raises KeyError for a scene that is not there, ValueError for a
    kind that only media make.
    """
    if kind not in ADDABLE_KINDS:
        raise ValueError(f"a {kind.value} layer is added by importing media")
    scene = template.scene(scene_id)
    taken = {layer.id for other in template.scenes for layer in other.layers}
    layer_id = unused_id(taken, _stem(scene.id, "-", _SUFFIXES[kind], "layer"))
    edits = []
    key = None
    if kind in _FIRST_WORDS:
        stem = _stem(scene.id, ".", _SUFFIXES[kind], "text")
        key = unused_id(set(template.strings), stem)
        words = first_words(kind, template.source_language)
        edits.append(AddString(TranslatableString(key, words), label))
    layer = _layer(kind, layer_id, name, key, scene)
    layer.transform = _centred(template, kind)
    edits.append(AddLayer(scene.id, layer, None, label))
    return Batch(tuple(edits), label), layer_id


def _layer(kind: LayerKind, layer_id: str, name: str, key, scene: Scene) -> Layer:
    if kind is LayerKind.TEXT:
        return TextLayer(
            id=layer_id,
            name=name,
            text=key,
            align=Align.CENTER,
            vertical_align=VerticalAlign.MIDDLE,
        )
    if kind is LayerKind.BUTTON:
        action = Action(ActionKind.GO_TO_SCENE, scene.next_scene)
        return ButtonLayer(id=layer_id, name=name, label=key, action=action)
    if kind is LayerKind.PLAN_PICKER:
        return PlanPickerLayer(id=layer_id, name=name, label=key, then=scene.next_scene)
    return ShapeLayer(
        id=layer_id,
        name=name,
        shape=ShapeKind.ROUNDED_RECTANGLE,
        fill=_SHAPE_FILL,
        corner_radius=24.0,
    )


def _centred(template: Template, kind: LayerKind) -> Transform:
    """In the middle of the canvas, turning about its own centre."""
    width, height = _SIZES[kind]
    factor = min(template.width / 1920, template.height / 1080)
    return Transform(
        position=Animated((template.width / 2, template.height / 2)),
        size=Animated((round(width * factor, 1), round(height * factor, 1))),
        anchor=Animated((0.5, 0.5)),
    )


def _stem(scene_id: str, joint: str, suffix: str, fallback: str) -> str:
    """``scene-id`` + joint + suffix, short enough to stay a plain id when
    numbered; a scene id that cannot start one gives ``fallback``."""
    room = _ID_ROOM - len(joint) - len(suffix)
    stem = f"{scene_id[:room]}{joint}{suffix}"
    return stem if is_plain_id(stem) else fallback
