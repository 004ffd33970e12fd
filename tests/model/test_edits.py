"""Edits and their inverses: applied, undone, refused without a trace."""

import copy

import pytest

from studio.model.edits import (
    EditError,
    MoveKeyframe,
    RemoveKeyframe,
    SetLayerProperty,
    SetTransform,
    apply_edit,
)
from studio.model.serialize import template_to_json


def test_setting_a_property_returns_its_undo(full_template):
    before = template_to_json(full_template)
    undo = apply_edit(full_template, SetLayerProperty("title", "font_size", 60.0))
    assert full_template.scenes[0].layers[0].font_size == 60.0
    apply_edit(full_template, undo)
    assert template_to_json(full_template) == before


@pytest.mark.parametrize(
    "edit, message",
    [
        (SetLayerProperty("nobody", "name", "x"), "there is no layer 'nobody'"),
        (SetLayerProperty("title", "id", "x"), "'id' of a layer cannot be changed"),
        (SetLayerProperty("title", "colour", "#fff"), "a text layer has no property"),
        (SetLayerProperty("title", "font_size", "big"), "font_size takes a float"),
        (
            SetTransform("title", "opacity", 2.0, frame=3),
            "opacity 2.0 is outside 0 to 1",
        ),
        (SetTransform("title", "position", 5.0), "position takes two numbers"),
        (SetTransform("title", "position", (1, 2)), "position is keyframed"),
        (SetTransform("title", "size", (1, 2), frame=500), "frame 500 lies outside"),
        (SetTransform("title", "depth", 1.0), "'depth' is not a transform property"),
        (RemoveKeyframe("title", "opacity", 7), "has no keyframe at frame 7"),
        (MoveKeyframe("title", "position", 0, 12), "already a keyframe at frame 12"),
    ],
)
def test_a_refused_edit_says_why_and_changes_nothing(full_template, edit, message):
    before = template_to_json(full_template)
    with pytest.raises(EditError, match=message):
        apply_edit(full_template, edit)
    assert template_to_json(full_template) == before


def test_keyframes_are_added_moved_and_deleted_and_each_undone(full_template):
    states = [template_to_json(full_template)]
    undos = []
    for edit in (
        SetTransform("title", "opacity", 0.5, frame=5),
        MoveKeyframe("title", "opacity", 5, 7),
        RemoveKeyframe("title", "opacity", 0),
        SetTransform("logo", "position", (300, 200)),
    ):
        undos.append(apply_edit(full_template, edit))
        states.append(template_to_json(full_template))
    opacity = full_template.scenes[0].layers[0].transform.opacity
    assert [(k.frame, k.value) for k in opacity.keyframes] == [(7, 0.5), (10, 1.0)]
    for undo, state in zip(reversed(undos), reversed(states[:-1]), strict=True):
        apply_edit(full_template, undo)
        assert template_to_json(full_template) == state


def test_the_inverse_of_an_inverse_redoes(full_template):
    start = copy.deepcopy(full_template)
    undo = apply_edit(full_template, SetTransform("title", "rotation", 12.0, frame=4))
    after = template_to_json(full_template)
    redo = apply_edit(full_template, undo)
    assert full_template == start
    apply_edit(full_template, redo)
    assert template_to_json(full_template) == after
