"""The undo stack: drags merge, macros are one step, long walks end where they began."""

import random

import pytest

from studio.model.edits import EditError, MoveKeyframe, SetLayerProperty, SetTransform
from studio.model.serialize import template_to_json
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui.document import Document


@pytest.fixture
def document(qapp):
    return Document(Project.open(SAMPLE_PROJECT))


def test_a_drag_is_one_step_and_undo_puts_the_layer_back(document):
    title = document.project.template.scene("uitleg").layer("uitleg-titel")
    start = title.transform.position.at(100)
    for step in range(1, 20):
        document.edit(
            SetTransform(
                "uitleg-titel", "position", (160 + step, 150 + step), frame=100
            ),
            merge_key=("drag", "uitleg-titel"),
        )
    document.end_drag()
    assert document.undo_stack.count() == 1
    assert title.transform.position.at(100) == (179.0, 169.0)
    document.undo_stack.undo()
    assert title.transform.position.at(100) == start
    assert document.modified is False
    document.undo_stack.redo()
    assert title.transform.position.at(100) == (179.0, 169.0)


def test_a_macro_is_one_named_step(document):
    before = template_to_json(document.project.template)
    with document.macro("Style the title"):
        document.edit(SetLayerProperty("welkom-groet", "font_size", 90.0))
        document.edit(SetLayerProperty("welkom-groet", "color", "#000000"))
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Style the title"
    document.undo_stack.undo()
    assert template_to_json(document.project.template) == before


def test_a_failing_macro_leaves_nothing_behind(document):
    before = template_to_json(document.project.template)
    with pytest.raises(EditError), document.macro("Half done"):
        document.edit(SetLayerProperty("welkom-groet", "font_size", 90.0))
        document.edit(SetLayerProperty("welkom-groet", "font_size", "huge"))
    assert template_to_json(document.project.template) == before


def random_edit(template, chance: random.Random):
    scene = chance.choice(template.scenes)
    layer = chance.choice([layer for layer in scene.layers if layer.kind != "audio"])
    kind = chance.randrange(4)
    if kind == 0:
        return SetLayerProperty(layer.id, "name", f"Laag {chance.randrange(99)}")
    if kind == 1:
        frame = chance.randrange(scene.duration)
        return SetTransform(layer.id, "opacity", chance.random(), frame=frame)
    prop = layer.transform.position
    if kind == 2 and prop.keyframes:
        key = chance.choice(prop.keyframes)
        return MoveKeyframe(
            layer.id, "position", key.frame, chance.randrange(scene.duration)
        )
    point = (chance.uniform(0, 1800), chance.uniform(0, 1000))
    return SetTransform(
        layer.id, "position", point, frame=chance.randrange(scene.duration)
    )


def test_a_long_random_walk_of_undo_and_redo_ends_in_the_exact_start(document):
    chance = random.Random(4711)
    template = document.project.template
    states = [template_to_json(template)]
    for _ in range(150):
        try:
            document.edit(random_edit(template, chance))
        except EditError:
            continue  # refused, and so not on the stack
        states.append(template_to_json(template))
    assert document.undo_stack.count() == len(states) - 1
    for _ in range(400):  # wander back and forth, checking every state
        if chance.random() < 0.55 and document.undo_stack.canUndo():
            document.undo_stack.undo()
        elif document.undo_stack.canRedo():
            document.undo_stack.redo()
        assert template_to_json(template) == states[document.undo_stack.index()]
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert template_to_json(template) == states[0]
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert template_to_json(template) == states[-1]
