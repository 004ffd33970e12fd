"""The canvas driven with the mouse and keyboard, on the sample project."""

import math

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from studio.model.serialize import template_to_json
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui import canvas_geometry as geometry
from studio.ui.canvas import Canvas
from studio.ui.document import Document
from studio.ui.frame_service import FrameService
from studio.ui.sample_rows import sample_rows_beside


@pytest.fixture
def doc():
    project = Project.open(SAMPLE_PROJECT)
    document = Document(project, sample_rows_beside(project))
    yield document
    project.close()


@pytest.fixture
def canvas(qtbot, doc):
    service = FrameService(doc)
    widget = Canvas(doc, service)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    doc.set_frame(100)  # the first scene has settled by then
    qtbot.waitUntil(lambda: widget.image_frame == 100, timeout=5000)
    yield widget
    service.close()


def layer(doc, layer_id):
    return doc.scene.layer(layer_id)


def centre_of(canvas, layer_id) -> QPoint:
    bounds = geometry.layer_bounds(
        layer(canvas.document, layer_id), canvas.document.frame
    )
    return canvas.to_widget(bounds.center()).toPoint()


def drag(
    qtbot,
    widget,
    start: QPoint,
    end: QPoint,
    steps=6,
    modifier=Qt.KeyboardModifier.NoModifier,
):
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, modifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        qtbot.mouseMove(widget, point)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, modifier, end)


def test_dragging_a_layer_moves_it_in_one_step_and_undo_puts_it_back(
    qtbot, canvas, doc
):
    canvas.snapping = False
    before = template_to_json(doc.template)
    intro = layer(doc, "welkom-uitleg")
    start = centre_of(canvas, "welkom-uitleg")
    drag(qtbot, canvas, start, start + QPoint(80, -40))
    x, y = intro.transform.position.value
    assert doc.selection == ("welkom-uitleg",)
    assert x == pytest.approx(160 + 80 / canvas.zoom, abs=0.02)
    assert y == pytest.approx(560 - 40 / canvas.zoom, abs=0.02)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Move layer"
    doc.undo_stack.undo()
    assert template_to_json(doc.template) == before


def test_moving_a_keyframed_layer_sets_a_keyframe_at_the_playhead(qtbot, canvas, doc):
    canvas.snapping = False
    greeting = layer(doc, "welkom-groet")
    start = centre_of(canvas, "welkom-groet")
    drag(qtbot, canvas, start, start + QPoint(0, 50))
    frames = [key.frame for key in greeting.transform.position.keyframes]
    assert frames == [8, 30, 100]
    assert greeting.transform.position.keyframes[-1].value[1] == pytest.approx(
        360 + 50 / canvas.zoom, abs=0.02
    )
    doc.undo_stack.undo()
    assert [key.frame for key in greeting.transform.position.keyframes] == [8, 30]


def test_a_moving_layer_snaps_its_centre_to_the_canvas_centre(qtbot, canvas, doc):
    house = layer(doc, "welkom-huis")  # anchored at its centre
    start = centre_of(canvas, "welkom-huis")
    target = canvas.to_widget(QPointF(960 + 3, 540 - 2)).toPoint()
    drag(qtbot, canvas, start, target)
    assert house.transform.position.value == pytest.approx((960.0, 540.0))


def test_resizing_by_a_corner_keeps_the_opposite_corner(qtbot, canvas, doc):
    intro = layer(doc, "welkom-uitleg")
    doc.select(["welkom-uitleg"])
    corner = canvas._handle_points(intro)["bottom_right"].toPoint()
    drag(qtbot, canvas, corner, corner + QPoint(60, 30))
    width, height = intro.transform.size.value
    assert width == pytest.approx(1000 + 60 / canvas.zoom, abs=0.05)
    assert height == pytest.approx(200 + 30 / canvas.zoom, abs=0.05)
    assert intro.transform.position.value == pytest.approx((160.0, 560.0), abs=0.05)
    assert doc.undo_stack.count() == 1


def test_resizing_a_centred_turned_layer_keeps_its_far_corner_in_place(doc):
    house = layer(doc, "welkom-huis")
    house.transform.rotation.value = 30.0
    placement = geometry.Placement.of(house, 0)
    far = placement.matrix().map(QPointF(0, 0))
    pointer = placement.matrix().map(QPointF(520, 470))
    position, size = geometry.resized(placement, "bottom_right", pointer)
    moved = geometry.Placement(position, size, (0.5, 0.5), 30.0, placement.scale)
    after = moved.matrix().map(QPointF(0, 0))
    assert size == pytest.approx((520.0, 470.0), abs=1e-6)
    assert (after.x(), after.y()) == pytest.approx((far.x(), far.y()), abs=1e-6)


def test_the_rotation_handle_turns_the_layer(qtbot, canvas, doc):
    house = layer(doc, "welkom-huis")
    doc.select(["welkom-huis"])
    handles = canvas._handle_points(house)
    pivot = canvas.to_widget(QPointF(1540, 540))
    grip = handles["rotate"]
    radius = math.dist((grip.x(), grip.y()), (pivot.x(), pivot.y()))
    target = QPointF(pivot.x() + radius, pivot.y())  # a quarter turn clockwise
    drag(qtbot, canvas, grip.toPoint(), target.toPoint(), steps=10)
    assert house.transform.rotation.value == pytest.approx(90.0, abs=1.0)
    doc.undo_stack.undo()
    assert house.transform.rotation.value == 0.0


def test_shift_click_adds_to_the_selection_and_a_band_selects_what_it_touches(
    qtbot, canvas, doc
):
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=centre_of(canvas, "welkom-groet")
    )
    qtbot.mouseClick(
        canvas,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        centre_of(canvas, "welkom-huis"),
    )
    assert set(doc.selection) == {"welkom-groet", "welkom-huis"}
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # outside
    assert doc.selection == ()
    corner = canvas.to_widget(QPointF(1250, 250)).toPoint()
    drag(qtbot, canvas, corner, canvas.to_widget(QPointF(1900, 1000)).toPoint())
    assert doc.selection == ("welkom-huis",)


def test_align_and_distribute_move_the_boxes_as_one_step(canvas, doc):
    doc.select(["welkom-brand", "welkom-uitleg", "welkom-huis"])
    assert canvas.align("left")
    frame = doc.frame
    lefts = {
        m: geometry.layer_bounds(layer(doc, m), frame).left()
        for m in ("welkom-brand", "welkom-uitleg", "welkom-huis")
    }
    assert set(round(v, 2) for v in lefts.values()) == {160.0}
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Align"
    doc.undo_stack.undo()
    assert canvas.distribute(horizontal=False)
    boxes = sorted(
        (geometry.layer_bounds(layer(doc, m), frame) for m in lefts),
        key=lambda box: box.top(),
    )
    gaps = [b.top() - a.bottom() for a, b in zip(boxes, boxes[1:], strict=False)]
    assert gaps[0] == pytest.approx(gaps[1])


def test_arrow_keys_nudge_and_delete_removes_the_selection(qtbot, canvas, doc):
    doc.select(["welkom-uitleg"])
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert layer(doc, "welkom-uitleg").transform.position.value == (161.0, 570.0)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert "welkom-uitleg" not in [m.id for m in doc.scene.layers]
    assert doc.selection == ()
    doc.undo_stack.undo()
    assert doc.scene.layers[3].id == "welkom-uitleg"


def test_double_click_types_a_text_in_place_in_the_shown_language(qtbot, canvas, doc):
    greeting = layer(doc, "welkom-groet")
    key = greeting.text
    english = doc.template.strings[key].translations["en"].text
    qtbot.mouseDClick(
        canvas, Qt.MouseButton.LeftButton, pos=centre_of(canvas, "welkom-groet")
    )
    editor = canvas.findChild(object, "in_place_text")
    assert editor is not None and editor.toPlainText() == "Hallo {first_name},"
    editor.selectAll()
    qtbot.keyClicks(editor, "Goedemiddag {first_name}")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert doc.template.strings[key].source == "Goedemiddag {first_name}"
    assert doc.template.strings[key].translations["en"].text == english
    doc.undo_stack.undo()
    assert doc.template.strings[key].source == "Hallo {first_name},"


def test_escape_leaves_a_text_as_it_was(qtbot, canvas, doc):
    qtbot.mouseDClick(
        canvas, Qt.MouseButton.LeftButton, pos=centre_of(canvas, "welkom-groet")
    )
    editor = canvas.findChild(object, "in_place_text")
    qtbot.keyClicks(editor, "weg ermee")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert doc.undo_stack.count() == 0


def test_a_text_with_a_stray_brace_is_refused_with_the_reason(qtbot, canvas, doc):
    messages = []
    canvas.sig_message.connect(messages.append)
    qtbot.mouseDClick(
        canvas, Qt.MouseButton.LeftButton, pos=centre_of(canvas, "welkom-groet")
    )
    editor = canvas.findChild(object, "in_place_text")
    editor.setPlainText("Hallo {first_name")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert doc.undo_stack.count() == 0
    assert "single '{'" in messages[0]


def test_dropped_media_become_layers_in_one_step(canvas, doc, tmp_path):
    from PySide6.QtGui import QColor, QImage

    picture = QImage(300, 150, QImage.Format.Format_RGB32)
    picture.fill(QColor("#336699"))
    file = tmp_path / "Foto van huis.png"
    picture.save(str(file))
    (tmp_path / "notes.txt").write_text("not media")
    messages = []
    canvas.sig_message.connect(messages.append)
    ids = canvas.import_files([file, tmp_path / "notes.txt"], QPointF(500, 300))
    assert ids == ["Foto-van-huis"]
    new = layer(doc, "Foto-van-huis")
    assert new.transform.size.value == (300.0, 150.0)
    assert new.transform.position.value == (500.0, 300.0)
    assert doc.template.assets["Foto-van-huis"].name == "Foto van huis.png"
    assert "notes.txt" in messages[0]
    doc.undo_stack.undo()
    assert "Foto-van-huis" not in doc.template.assets
    assert all(m.id != "Foto-van-huis" for m in doc.scene.layers)


def test_scrubbing_shows_the_newest_frame(qtbot, canvas, doc):
    shown = []
    canvas.sig_frame_shown.connect(shown.append)
    for frame in range(0, 60, 3):
        doc.set_frame(frame)
        canvas._request()
    qtbot.waitUntil(lambda: canvas.image_frame == 57, timeout=5000)
    assert shown[-1] == 57


def test_zoom_keeps_the_point_under_the_mouse(canvas):
    point = QPointF(300, 200)
    before = canvas.to_canvas(point)
    canvas.zoom_to(2.0, point)
    after = canvas.to_canvas(point)
    assert (after.x(), after.y()) == pytest.approx((before.x(), before.y()))
    assert canvas.render_size() == (1920, 1080)  # never above the canvas size
    canvas.zoom_fit()
    assert canvas.canvas_rect().width() <= canvas.width()


def test_guides_are_snapped_to_and_dragged_off(qtbot, canvas, doc):
    canvas.add_guide(vertical=True, position=700.0)
    intro = layer(doc, "welkom-uitleg")
    start = centre_of(canvas, "welkom-uitleg")
    # the box's left edge (160) lands 2 px from the guide
    shift = canvas.to_widget(QPointF(538, 0)).x() - canvas.to_widget(QPointF(0, 0)).x()
    drag(qtbot, canvas, start, start + QPoint(round(shift), 0))
    assert intro.transform.position.value[0] == pytest.approx(700.0)
    guide_x = round(canvas.to_widget(QPointF(700, 0)).x())
    drag(qtbot, canvas, QPoint(guide_x, 3 + round(canvas.offset.y())), QPoint(2, 300))
    assert canvas.guides == []
