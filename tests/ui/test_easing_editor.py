"""The easing editor: the curve after a keyframe, its kind and its handles."""

import pytest
from PySide6.QtCore import QPoint, Qt

from studio.model.edits import SetTransform
from studio.model.keyframes import NAMED_CURVES, Easing, EasingKind
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui.document import Document
from studio.ui.easing_editor import EasingEditor, curve_samples
from studio.ui.timeline_panel import TimelinePanel

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
OPACITY_24 = ("welkom-uitleg", "opacity", 24)  # ease-out, a keyframe follows at 44
POSITION_8 = ("welkom-groet", "position", 8)  # a bezier


@pytest.fixture
def document(qapp):
    return Document(Project.open(SAMPLE_PROJECT))


@pytest.fixture
def editor(qtbot, document):
    editor = EasingEditor(document)
    qtbot.addWidget(editor)
    editor.resize(360, 320)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def easing_at(document, key):
    layer_id, name, frame = key
    scene = document.template.scene("welkom")
    prop = scene.layer(layer_id).transform.property(name)
    return next(k.easing for k in prop.keyframes if k.frame == frame)


def test_without_a_keyframe_the_editor_is_disabled_and_says_why(editor):
    assert not editor.isEnabled()
    assert editor.message.text() == "Select a keyframe to edit its easing."


def test_the_last_keyframe_has_no_easing_to_edit(editor):
    editor.show_keyframe(("welkom-uitleg", "opacity", 44))
    assert not editor.isEnabled()
    assert "last keyframe" in editor.message.text()


def test_a_keyframe_shows_its_kind_and_curve(editor):
    editor.show_keyframe(OPACITY_24)
    assert editor.isEnabled()
    assert editor.kind_choice.currentData() == EasingKind.EASE_OUT
    assert editor.title.text() == "Uitleg: Opacity at frame 24"
    xs, ys = editor.plot.curve.getData()
    assert (xs[0], ys[0], xs[-1], ys[-1]) == (0, 0, 1, 1)
    assert not editor.plot.handles[0].isVisible()


def test_choosing_a_named_kind_sets_it_and_bezier_starts_from_the_curve(editor):
    document = editor.document
    editor.show_keyframe(OPACITY_24)
    index = editor.kind_choice.findData(EasingKind.HOLD)
    editor.kind_choice.activated.emit(index)
    assert easing_at(document, OPACITY_24) == Easing(EasingKind.HOLD)
    editor.set_kind(EasingKind.EASE_IN)
    editor.set_kind(EasingKind.BEZIER)
    assert easing_at(document, OPACITY_24) == Easing(
        EasingKind.BEZIER, NAMED_CURVES[EasingKind.EASE_IN]
    )
    assert editor.plot.handles[1].isVisible()
    assert document.undo_stack.count() == 3
    assert document.undo_stack.undoText() == "Change easing"


def test_moving_a_handle_makes_a_bezier_in_one_undo_step(editor):
    document = editor.document
    editor.show_keyframe(POSITION_8)
    before = easing_at(document, POSITION_8)
    x1, y1, x2, y2 = before.points
    editor.move_handle(0, 0.2, 0.5)
    editor.move_handle(0, 0.3, 1.4)
    editor.move_handle(1, 1.7, 0.9)  # x is kept within 0 to 1
    editor.finish_drag()
    assert easing_at(document, POSITION_8) == Easing(
        EasingKind.BEZIER, (0.3, 1.4, 1.0, 0.9)
    )
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert easing_at(document, POSITION_8) == before
    assert editor.plot.handles[0].pos().x() == pytest.approx(x1)
    document.undo_stack.redo()
    assert easing_at(document, POSITION_8).points == (0.3, 1.4, 1.0, 0.9)


def test_dragging_a_handle_with_the_mouse_edits_the_curve_live(qtbot, editor):
    document = editor.document
    editor.show_keyframe(POSITION_8)
    view = editor.plot.viewport()
    start = editor.plot.handle_point(0).toPoint()
    before = easing_at(document, POSITION_8).points
    qtbot.mousePress(view, LEFT, NONE, start)
    for step in range(1, 6):
        qtbot.mouseMove(view, start + QPoint(6 * step, -8 * step))
    live = easing_at(document, POSITION_8).points
    qtbot.mouseRelease(view, LEFT, NONE, start + QPoint(30, -40))
    after = easing_at(document, POSITION_8).points
    assert live != before
    assert after[0] > before[0] and after[1] > before[1]
    assert after[2:] == before[2:]
    assert document.undo_stack.count() == 1
    assert 0.0 <= after[0] <= 1.0


def test_undo_elsewhere_updates_the_editor(editor):
    document = editor.document
    editor.show_keyframe(OPACITY_24)
    document.edit(
        SetTransform(
            "welkom-uitleg", "opacity", 0.0, frame=24, easing=Easing(EasingKind.HOLD)
        )
    )
    assert editor.kind_choice.currentData() == EasingKind.HOLD
    document.undo_stack.undo()
    assert editor.kind_choice.currentData() == EasingKind.EASE_OUT


def test_the_editor_follows_the_keyframe_chosen_on_the_timeline(qtbot, document):
    panel = TimelinePanel(document)
    editor = EasingEditor(document)
    qtbot.addWidget(panel)
    qtbot.addWidget(editor)
    panel.sig_keyframe_selected.connect(editor.show_keyframe)
    panel.resize(1200, 400)
    panel.show()
    qtbot.waitExposed(panel)
    at = panel.keyframe_point("welkom-uitleg", None, 24)
    qtbot.mouseClick(panel.tracks.viewport(), LEFT, NONE, at)
    assert editor.key == OPACITY_24
    assert editor.isEnabled()


def test_a_hold_is_drawn_as_a_step():
    assert curve_samples(Easing(EasingKind.HOLD)) == ([0.0, 1.0, 1.0], [0.0, 0.0, 1.0])
