"""The timeline panel, driven with real mouse events on the sample project."""

import copy
import time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from studio.model.edits import SetLayerProperty
from studio.model.keyframes import EasingKind
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui.document import Document
from studio.ui.timeline_panel import NAME_WIDTH, TimelinePanel, tick_steps, timecode

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CONTROL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def document(qapp):
    return Document(Project.open(SAMPLE_PROJECT))


@pytest.fixture
def panel(qtbot, document):
    panel = TimelinePanel(document)
    qtbot.addWidget(panel)
    panel.resize(1200, 420)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def area(panel):
    return panel.tracks.viewport()


def point(x, y) -> QPoint:
    return QPoint(round(x), round(y))


def drag(qtbot, widget, start: QPoint, end: QPoint, modifier=NONE, steps=6):
    qtbot.mousePress(widget, LEFT, modifier, start)
    for step in range(1, steps + 1):
        x = start.x() + (end.x() - start.x()) * step / steps
        y = start.y() + (end.y() - start.y()) * step / steps
        qtbot.mouseMove(widget, point(x, y))
    qtbot.mouseRelease(widget, LEFT, modifier, end)


def layer(document, layer_id):
    return next(
        found
        for scene in document.template.scenes
        for found in scene.layers
        if found.id == layer_id
    )


def frames(document, layer_id, name):
    prop = layer(document, layer_id).transform.property(name)
    return [key.frame for key in prop.keyframes]


# -- in and out points ---------------------------------------------------------


def test_dragging_the_out_edge_sets_the_out_point_in_one_undo_step(qtbot, panel):
    document = panel.document
    bar = panel.bar_rect("welkom-logo")
    edge = point(panel.x_of_frame(160), bar.center().y())
    drag(qtbot, area(panel), edge, point(panel.x_of_frame(100), edge.y()))

    assert layer(document, "welkom-logo").end == 100
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change out point"
    document.undo_stack.undo()
    assert layer(document, "welkom-logo").end is None
    document.undo_stack.redo()
    assert layer(document, "welkom-logo").end == 100


def test_dragging_the_in_edge_sets_the_in_point(qtbot, panel):
    document = panel.document
    bar = panel.bar_rect("welkom-logo")
    edge = point(panel.x_of_frame(0), bar.center().y())
    drag(qtbot, area(panel), edge, point(panel.x_of_frame(15), edge.y()))
    assert layer(document, "welkom-logo").start == 15
    document.undo_stack.undo()
    assert layer(document, "welkom-logo").start == 0


def test_dragging_the_body_moves_in_and_out_together_as_one_step(qtbot, panel):
    document = panel.document
    logo = layer(document, "welkom-logo")
    document.edit(SetLayerProperty("welkom-logo", "end", 100))
    y = panel.bar_rect("welkom-logo").center().y()
    start = point(panel.x_of_frame(50), y)
    drag(qtbot, area(panel), start, point(panel.x_of_frame(70), y))

    assert (logo.start, logo.end) == (20, 120)
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert (logo.start, logo.end) == (0, 100)
    document.undo_stack.redo()
    assert (logo.start, logo.end) == (20, 120)


def test_a_bar_dragged_back_to_the_scene_end_runs_to_the_end_again(qtbot, panel):
    document = panel.document
    document.edit(SetLayerProperty("welkom-logo", "end", 100))
    y = panel.bar_rect("welkom-logo").center().y()
    edge = point(panel.x_of_frame(100), y)
    drag(qtbot, area(panel), edge, point(panel.x_of_frame(175), y))
    assert layer(document, "welkom-logo").end is None


def test_a_locked_layer_is_not_dragged_and_the_user_is_told(qtbot, panel):
    document = panel.document
    document.edit(SetLayerProperty("welkom-logo", "locked", True))
    y = panel.bar_rect("welkom-logo").center().y()
    edge = point(panel.x_of_frame(160), y)
    with qtbot.waitSignal(panel.sig_message) as told:
        drag(qtbot, area(panel), edge, point(panel.x_of_frame(90), y))
    assert "Logo" in told.args[0]
    assert layer(document, "welkom-logo").end is None
    assert document.undo_stack.count() == 1


# -- selecting layers ------------------------------------------------------------


def test_clicking_tracks_selects_layers_and_shift_adds(qtbot, panel):
    document = panel.document
    first = panel.track_rect("welkom-logo")
    second = panel.track_rect("welkom-brand")
    empty = panel.x_of_frame(150)
    qtbot.mouseClick(area(panel), LEFT, NONE, point(empty, first.center().y()))
    assert document.selection == ("welkom-logo",)
    qtbot.mouseClick(area(panel), LEFT, SHIFT, point(empty, second.center().y()))
    assert document.selection == ("welkom-logo", "welkom-brand")
    qtbot.mouseClick(area(panel), LEFT, CONTROL, point(empty, first.center().y()))
    assert document.selection == ("welkom-brand",)


def test_the_selection_made_elsewhere_is_highlighted(qtbot, panel):
    document = panel.document
    name = panel.tracks.name_rect("welkom-huis")
    probe = QPoint(NAME_WIDTH - 4, name.center().y())
    highlight = panel.tracks.palette().color(QPalette.ColorRole.Highlight)
    assert area(panel).grab().toImage().pixelColor(probe) != highlight
    document.select(["welkom-huis"])
    assert area(panel).grab().toImage().pixelColor(probe) == highlight


def test_the_top_layer_comes_first(panel):
    scene = panel.document.scene
    tops = [panel.track_rect(found.id).top() for found in reversed(scene.layers)]
    assert tops == sorted(tops)


# -- keyframes -------------------------------------------------------------------


def test_dragging_a_layer_keyframe_moves_the_keyframes_of_all_its_properties(
    qtbot, panel
):
    document = panel.document
    start = panel.keyframe_point("welkom-groet", None, 8)
    drag(qtbot, area(panel), start, point(panel.x_of_frame(12), start.y()))

    assert frames(document, "welkom-groet", "position") == [12, 30]
    assert frames(document, "welkom-groet", "opacity") == [12, 30]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert frames(document, "welkom-groet", "position") == [8, 30]
    document.undo_stack.redo()
    assert frames(document, "welkom-groet", "opacity") == [12, 30]


def test_dragging_a_keyframe_on_its_property_row_moves_only_that_one(qtbot, panel):
    document = panel.document
    panel.tracks.toggle_expanded("welkom-groet")
    start = panel.keyframe_point("welkom-groet", "position", 30)
    chosen = []
    panel.sig_keyframe_selected.connect(chosen.append)
    drag(qtbot, area(panel), start, point(panel.x_of_frame(41), start.y()))
    assert chosen[0] == ("welkom-groet", "position", 30)
    assert chosen[-1] == ("welkom-groet", "position", 41)
    assert frames(document, "welkom-groet", "position") == [8, 41]
    assert frames(document, "welkom-groet", "opacity") == [8, 30]
    assert panel.selected_keyframes() == {("welkom-groet", "position", 41)}
    assert document.undo_stack.undoText() == "Move keyframe"


def test_a_keyframe_stops_short_of_another_one_and_the_user_is_told(qtbot, panel):
    document = panel.document
    panel.tracks.toggle_expanded("welkom-groet")
    start = panel.keyframe_point("welkom-groet", "position", 8)
    with qtbot.waitSignal(panel.sig_message) as told:
        drag(qtbot, area(panel), start, point(panel.x_of_frame(30), start.y()))
    assert "already a keyframe at frame 30" in told.args[0]
    moved, last = frames(document, "welkom-groet", "position")
    assert 8 < moved < 30 and last == 30
    assert document.undo_stack.count() == 1


def test_delete_removes_the_selected_keyframes_in_one_named_step(qtbot, panel):
    document = panel.document
    panel.tracks.toggle_expanded("welkom-groet")
    qtbot.mouseClick(
        area(panel), LEFT, NONE, panel.keyframe_point("welkom-groet", "position", 8)
    )
    qtbot.mouseClick(
        area(panel), LEFT, SHIFT, panel.keyframe_point("welkom-groet", "opacity", 30)
    )
    assert panel.selected_keyframes() == {
        ("welkom-groet", "position", 8),
        ("welkom-groet", "opacity", 30),
    }
    qtbot.keyClick(panel.tracks, Qt.Key.Key_Delete)

    assert frames(document, "welkom-groet", "position") == [30]
    assert frames(document, "welkom-groet", "opacity") == [8]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Delete keyframes"
    assert panel.selected_keyframes() == set()
    document.undo_stack.undo()
    assert frames(document, "welkom-groet", "position") == [8, 30]
    assert frames(document, "welkom-groet", "opacity") == [8, 30]


def test_shift_click_on_a_selected_keyframe_deselects_it(qtbot, panel):
    at = panel.keyframe_point("welkom-uitleg", None, 24)
    with qtbot.waitSignal(panel.sig_keyframe_selected) as chosen:
        qtbot.mouseClick(area(panel), LEFT, NONE, at)
    assert chosen.args == [("welkom-uitleg", "opacity", 24)]
    with qtbot.waitSignal(panel.sig_keyframe_selected) as chosen:
        qtbot.mouseClick(area(panel), LEFT, SHIFT, at)
    assert chosen.args == [None]


def test_the_context_menu_gives_the_selected_keyframes_an_easing(qtbot, panel):
    document = panel.document
    scale = layer(document, "welkom-huis").transform.scale
    value = scale.keyframes[0].value
    at = panel.keyframe_point("welkom-huis", None, 4)
    qtbot.mouseClick(area(panel), LEFT, NONE, at)
    menu = panel.tracks.keyframe_menu()
    assert menu.findChild(QAction, "easing_ease-in-out").isChecked()
    menu.findChild(QAction, "easing_hold").trigger()

    assert scale.keyframes[0].easing.kind is EasingKind.HOLD
    assert scale.keyframes[0].value == value
    assert document.undo_stack.undoText() == "Change easing"
    document.undo_stack.undo()
    scale = layer(document, "welkom-huis").transform.scale  # undo puts back a copy
    assert scale.keyframes[0].easing.kind is EasingKind.EASE_IN_OUT


def test_double_click_on_a_property_row_adds_a_keyframe_with_the_value_there(
    qtbot, panel
):
    document = panel.document
    panel.tracks.toggle_expanded("welkom-groet")
    position = layer(document, "welkom-groet").transform.position
    expected = position.at(20)
    row = panel.track_rect("welkom-groet", "position")
    qtbot.mouseDClick(
        area(panel), LEFT, NONE, point(panel.x_of_frame(20), row.center().y())
    )
    assert frames(document, "welkom-groet", "position") == [8, 20, 30]
    assert position.keyframes[1].value == expected
    assert panel.selected_keyframes() == {("welkom-groet", "position", 20)}
    assert document.undo_stack.undoText() == "Add keyframe"


def test_the_disclosure_triangle_shows_one_row_per_animated_property(qtbot, panel):
    name = panel.tracks.name_rect("welkom-groet")
    with pytest.raises(KeyError):
        panel.track_rect("welkom-groet", "opacity")
    qtbot.mouseClick(area(panel), LEFT, NONE, QPoint(10, name.center().y()))
    assert panel.track_rect("welkom-groet", "position").top() == name.bottom() + 1
    assert panel.track_rect("welkom-groet", "opacity").height() > 0
    with pytest.raises(KeyError):
        panel.track_rect("welkom-groet", "rotation")


# -- time, scenes and zoom -------------------------------------------------------


def test_clicking_and_dragging_on_the_ruler_moves_the_playhead(qtbot, panel):
    document = panel.document
    ruler = panel.tracks.ruler_point
    qtbot.mouseClick(area(panel), LEFT, NONE, ruler(50))
    assert document.frame == 50
    qtbot.mousePress(area(panel), LEFT, NONE, ruler(60))
    qtbot.mouseMove(area(panel), ruler(70))
    assert document.frame == 70
    qtbot.mouseMove(area(panel), ruler(500))
    assert document.frame == 159
    qtbot.mouseRelease(area(panel), LEFT, NONE, ruler(80))
    assert "frame 159" in panel.time_label.text()


def test_clicking_a_scene_block_shows_that_scene(qtbot, panel):
    document = panel.document
    block = panel.scene_strip.block_rect("uitleg")
    qtbot.mouseClick(panel.scene_strip, LEFT, NONE, block.center())
    assert document.scene_id == "uitleg"
    top, bottom = panel.track_rect("uitleg-stem-en"), panel.track_rect("uitleg-titel")
    assert top.top() < bottom.top()
    with pytest.raises(KeyError):
        panel.track_rect("welkom-logo")


def test_scene_blocks_are_as_wide_as_their_scenes_are_long(panel):
    strip = panel.scene_strip
    welkom = strip.block_rect("welkom").width()
    uitleg = strip.block_rect("uitleg").width()
    assert uitleg / welkom == pytest.approx(270 / 160, rel=0.03)


def test_zoom_changes_the_scale_of_time_and_scrolls(qtbot, panel):
    scale = panel.x_of_frame(10) - panel.x_of_frame(0)
    panel.zoom_in_action.trigger()
    assert panel.x_of_frame(10) - panel.x_of_frame(0) == pytest.approx(scale * 1.25)
    anchor = QPointF(panel.x_of_frame(80), 100)
    frame_before = panel.tracks.frame_at(anchor.x())
    wheel = QWheelEvent(
        anchor,
        area(panel).mapToGlobal(anchor),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        CONTROL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(area(panel), wheel)
    assert panel.x_of_frame(10) - panel.x_of_frame(0) == pytest.approx(scale * 1.25**3)
    assert panel.tracks.frame_at(anchor.x()) == pytest.approx(frame_before, abs=0.2)
    assert panel.tracks.horizontalScrollBar().maximum() > 0
    panel.zoom_fit_action.trigger()
    assert panel.x_of_frame(10) - panel.x_of_frame(0) == pytest.approx(scale)


def test_the_step_buttons_move_one_frame_and_the_time_shows_it(qtbot, panel):
    document = panel.document
    document.set_frame(30)
    qtbot.mouseClick(panel.findChild(object, "step_forward_button"), LEFT)
    assert document.frame == 31
    assert panel.time_label.text().startswith("00:01:06 / 00:06:10")
    panel.back_action.trigger()
    panel.back_action.trigger()
    assert document.frame == 29
    panel.start_action.trigger()
    assert document.frame == 0


def test_the_play_button_plays_and_pauses(qtbot, panel):
    qtbot.mouseClick(panel.findChild(object, "play_button"), LEFT)
    assert panel.transport.is_playing
    assert panel.play_action.text() == "Pause"
    qtbot.waitUntil(lambda: panel.document.frame > 2, timeout=3000)
    qtbot.mouseClick(panel.findChild(object, "play_button"), LEFT)
    assert not panel.transport.is_playing


def test_time_labels():
    assert timecode(0, 25) == "00:00:00"
    assert timecode(25 * 61 + 7, 25) == "01:01:07"
    assert tick_steps(25, 6.0) == (25, 5)
    assert tick_steps(24, 30.0) == (3, 1)


# -- many layers -----------------------------------------------------------------


def test_two_hundred_layers_scroll_and_scrub_quickly(qtbot, document):
    scene = document.template.scene("welkom")
    model = scene.layers[2]
    for number in range(200):
        extra = copy.deepcopy(model)
        extra.id = f"extra-{number}"
        extra.name = f"Extra {number}"
        scene.layers.append(extra)
    panel = TimelinePanel(document)
    qtbot.addWidget(panel)
    panel.resize(1200, 420)
    panel.show()
    qtbot.waitExposed(panel)
    tracks = panel.tracks
    assert tracks.verticalScrollBar().maximum() > 200 * 20
    started = time.perf_counter()
    for frame in range(60):
        document.set_frame(frame)
        QApplication.processEvents()
    scrubbing = (time.perf_counter() - started) / 60
    tracks.verticalScrollBar().setValue(tracks.verticalScrollBar().maximum())
    started = time.perf_counter()
    for _ in range(10):
        tracks.viewport().repaint()
    full = (time.perf_counter() - started) / 10
    # Generous bounds: a slow test machine must pass, a paint of every row not.
    assert scrubbing < 0.05 and full < 0.2, (scrubbing, full)
    assert tracks.track_rect("extra-0").top() < tracks.viewport().height()


def test_keys_in_the_tracks_win_over_a_window_shortcut_on_the_same_key(qtbot, document):
    window = QMainWindow()
    qtbot.addWidget(window)
    panel = TimelinePanel(document)
    other = QWidget(focusPolicy=Qt.FocusPolicy.StrongFocus)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(panel)
    layout.addWidget(other)
    window.setCentralWidget(holder)
    fired = []
    shortcut = QAction(window)
    shortcut.setShortcut(QKeySequence(Qt.Key.Key_Space))
    shortcut.triggered.connect(lambda: fired.append("window"))
    window.addAction(shortcut)
    window.resize(1200, 500)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Space)
    assert fired == ["window"]
    panel.tracks.setFocus()
    qtbot.keyClick(panel.tracks, Qt.Key.Key_Space)
    assert panel.transport.is_playing and fired == ["window"]
    qtbot.keyClick(panel.tracks, Qt.Key.Key_Space)
    assert not panel.transport.is_playing

    document.set_frame(10)
    qtbot.keyClick(panel.tracks, Qt.Key.Key_Right)
    assert document.frame == 11
    qtbot.keyClick(panel.tracks, Qt.Key.Key_End)
    assert document.frame == 159
    qtbot.keyClick(panel.tracks, Qt.Key.Key_Home)
    assert document.frame == 0
    scale = panel.x_of_frame(1) - panel.x_of_frame(0)
    qtbot.keyClick(panel.tracks, Qt.Key.Key_Plus)
    assert panel.x_of_frame(1) - panel.x_of_frame(0) > scale
