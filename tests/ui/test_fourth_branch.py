"""A new user builds a fourth branch in the sample, breaks it, and mends it.

Everything goes through the window's own commands: Scene ▸ New Scene, Layer ▸
Add Button, the inspector's action editor, dragging on the story map; the story
map's list says what is wrong, and a click there shows the culprit.
"""

from __future__ import annotations

import dataclasses

import pytest
import shiboken6
from PySide6.QtCore import QPointF, Qt

from studio.model.edits import SetLayerProperty
from studio.model.layers import ActionKind, ButtonLayer, LayerKind
from studio.model.story import StoryRule
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui.main_window import MainWindow
from studio.ui.story_map import QUIET_MS
from studio.ui.story_map_items import Link


@pytest.fixture
def window(qtbot, tmp_path):
    window = MainWindow(Project.open(SAMPLE_PROJECT))
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: window.canvas.image is not None, timeout=5000)
    yield window
    if shiboken6.isValid(window):
        window.document.undo_stack.setClean()
        window.close()


def settle(qtbot, window) -> None:
    qtbot.wait(QUIET_MS + 60)
    window.story.refresh()


def rules(window) -> set[tuple[str, str, str | None]]:
    return {(p.rule.value, p.scene, p.layer) for p in window.story.problems}


def drag_port_onto(qtbot, window, scene_id, layer_id, target_id) -> None:
    story = window.story
    node = story.map.nodes[scene_id]
    port = node.ports_of(Link(scene_id, layer_id, False))[0]
    target = story.map.nodes[target_id]
    story.view.centerOn(target)
    viewport = story.view.viewport()
    start = story.view.mapFromScene(port.scenePos())
    end = story.view.mapFromScene(target.mapToScene(QPointF(60, 20)))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 9):
        qtbot.mouseMove(viewport, start + (end - start) * (step / 8))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_a_fourth_branch_built_broken_and_mended(qtbot, window):
    document = window.document
    start_depth = document.undo_stack.index()

    # A new scene for people who want to pay later; it waits for a choice.
    document.set_scene("keuze")
    later = window.scene_commands.add()
    assert document.scene_id == later
    pay_later = window.layer_factory.add(LayerKind.BUTTON)
    button = document.template.scene(later).layer(pay_later)
    document.edit(
        __import__(
            "studio.model.edits", fromlist=["SetLayerProperty"]
        ).SetLayerProperty(pay_later, "pause", True)
    )

    # A fourth button in the decision, pointing nowhere yet.
    document.set_scene("keuze")
    fourth = window.layer_factory.add(LayerKind.BUTTON)
    assert isinstance(document.template.scene("keuze").layer(fourth), ButtonLayer)
    settle(qtbot, window)
    assert rules(window) == {
        ("unreachable", later, None),
        ("no_target", "keuze", fourth),
        ("no_target", later, pay_later),
    }

    # Link the fourth button to the new scene on the story map.
    drag_port_onto(qtbot, window, "keuze", fourth, later)
    settle(qtbot, window)
    action = document.template.scene("keuze").layer(fourth).action
    assert (action.kind, action.target) == (ActionKind.GO_TO_SCENE, later)
    # Now reached, the new scene is a decision that waits for a button that
    # leads nowhere, and help is not one step away from it.
    assert rules(window) == {
        ("no_target", later, pay_later),
        ("waits_forever", later, pay_later),
        ("help_out_of_reach", later, None),
    }

    # Choosing the problem shows the culprit scene.
    problem = next(
        p for p in window.story.problems if p.rule is StoryRule.HELP_OUT_OF_REACH
    )
    window.story.show_problem(problem)
    assert document.scene_id == later

    # Mend it: the button in the new scene opens the help chat instead.

    document.edit(
        SetLayerProperty(
            pay_later,
            "action",
            dataclasses.replace(button.action, kind=ActionKind.OPEN_CHAT, target=None),
        )
    )
    settle(qtbot, window)
    assert window.story.problems == []
    assert window.story.problem_list.isHidden()

    # Every step undoes, back to the sample as it was.
    while document.undo_stack.index() > start_depth:
        document.undo_stack.undo()
    settle(qtbot, window)
    assert [s.id for s in document.template.scenes][-1] == "bedankt"
    assert window.story.problems == []
