"""Choosing in the preview: the sample's decisions clicked and keyed on the canvas,
for row K-1002 (1.234,56 due: plans of 2, 3 and 6 terms)."""

import copy
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from studio.model.edits import Batch, SetLayerProperty, SetSceneProperty
from studio.model.layers import Action, ActionKind
from studio.project import Project
from studio.render.resolve import resolve_row
from studio.resources import SAMPLE_PROJECT
from studio.ui import canvas_geometry as geometry
from studio.ui import transport as transport_module
from studio.ui.canvas import FOCUS_GAP, Canvas
from studio.ui.document import Document
from studio.ui.frame_service import FrameService
from studio.ui.main_window import MainWindow
from studio.ui.preview_choices import hold_frame, shown_choices
from studio.ui.sample_rows import sample_rows_beside
from studio.ui.transport import Transport

KEUZE_BUTTONS = ("keuze-betalen", "keuze-termijnen", "keuze-hulp")
NOT_FOR_K1002 = {">=": [{"var": "amount_due"}, 500000]}  # 5.000,00 or more


class NoOutputs:
    @staticmethod
    def audioOutputs():  # noqa: N802 - Qt's name
        return []


@pytest.fixture
def doc():
    project = Project.open(SAMPLE_PROJECT)
    document = Document(project, sample_rows_beside(project))
    document.set_row("K-1002")
    yield document
    project.close()


@pytest.fixture
def transport(doc, monkeypatch):
    monkeypatch.setattr(transport_module, "QMediaDevices", NoOutputs)
    transport = Transport(doc)
    yield transport
    transport.pause()


@pytest.fixture
def canvas(qtbot, doc, transport):
    service = FrameService(doc)
    widget = Canvas(doc, service, transport=transport)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    messages = []
    widget.sig_message.connect(messages.append)
    widget.messages = messages
    yield widget
    service.close()


def hold_at(qtbot, transport, scene_id: str) -> int:
    """Play ``scene_id`` from a few frames before it holds; its hold frame."""
    document = transport.document
    document.set_scene(scene_id)
    hold = transport.hold_frame()
    document.set_frame(hold - 3)
    transport.play()
    qtbot.waitUntil(lambda: transport.is_holding, timeout=3000)
    return hold


def centre_of(canvas, layer_id) -> QPoint:
    document = canvas.document
    bounds = geometry.layer_bounds(document.scene.layer(layer_id), document.frame)
    return canvas.to_widget(bounds.center()).toPoint()


def plan_option_centre(canvas, layer_id, terms) -> QPoint:
    """Where the option for ``terms`` of a plan picker is, in widget pixels."""
    document = canvas.document
    layer = document.scene.layer(layer_id)
    row = resolve_row(document.template, document.values, document.language)
    offered = [plan.terms for plan in row.plans]
    width, height = layer.transform.size.at(document.frame)
    boxes = layer.option_boxes(len(row.plan_labels[layer.label]), width, height)
    x, y, w, h = boxes[offered.index(terms)]
    point = geometry.layer_matrix(layer, document.frame).map(
        QPointF(x + w / 2, y + h / 2)
    )
    return canvas.to_widget(point).toPoint()


def click(qtbot, canvas, point: QPoint) -> None:
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)


def plays(qtbot, transport, scene_id: str) -> None:
    qtbot.waitUntil(
        lambda: transport.document.scene_id == scene_id and transport.is_playing,
        timeout=3000,
    )
    assert transport.document.frame < 15  # from its start


# -- holding -------------------------------------------------------------------


def test_playback_into_the_decision_holds_at_its_hold_frame(qtbot, doc, transport):
    waiting = []
    transport.sig_waiting.connect(waiting.append)
    doc.set_scene("uitleg")
    doc.set_frame(doc.scene.duration - 3)
    transport.play()
    qtbot.waitUntil(lambda: doc.scene_id == "keuze", timeout=3000)
    hold = transport.hold_frame()
    assert hold == doc.scene.duration - 1  # its buttons stay to the end
    doc.set_frame(hold - 4)  # scrubbed ahead while playing: plays on from there
    qtbot.waitUntil(lambda: transport.is_holding, timeout=3000)
    assert doc.frame == hold
    assert not transport.is_playing and transport.in_preview
    assert waiting == ["Waiting for a choice"]
    qtbot.wait(120)
    assert doc.frame == hold and doc.scene_id == "keuze"  # the clock stopped


def test_the_earliest_out_point_of_a_pausing_choice_is_where_it_holds(doc):
    scene = copy.deepcopy(doc.template.scene("keuze"))
    scene.layer("keuze-hulp").end = 150
    scene.layer("keuze-termijnen").end = 180
    assert hold_frame(scene, shown_choices(scene, lambda _layer: True)) == 149
    # a choice whose condition fails for the row does not hold the scene
    unseen = shown_choices(scene, lambda layer: layer.id != "keuze-hulp")
    assert hold_frame(scene, unseen) == 179
    for layer_id in KEUZE_BUTTONS:
        scene.layer(layer_id).pause = False
    assert hold_frame(scene, shown_choices(scene, lambda _layer: True)) is None


def test_choices_that_do_not_pause_play_on_into_the_next_scene(qtbot, doc, transport):
    edits = [SetLayerProperty(b, "pause", False) for b in KEUZE_BUTTONS]
    edits.append(SetSceneProperty("keuze", "next_scene", "bedankt"))
    doc.edit(Batch(tuple(edits), "No pause"))
    doc.set_scene("keuze")
    assert transport.hold_frame() is None
    doc.set_frame(doc.scene.duration - 4)
    transport.play()
    plays(qtbot, transport, "bedankt")


def test_pausing_choices_hidden_by_their_condition_do_not_hold(qtbot, doc, transport):
    edits = [SetLayerProperty(b, "condition", NOT_FOR_K1002) for b in KEUZE_BUTTONS]
    doc.edit(Batch(tuple(edits), "Only large debts"))
    doc.set_scene("keuze")
    assert transport.hold_frame() is None
    doc.set_frame(doc.scene.duration - 4)
    transport.play()
    qtbot.waitUntil(lambda: not transport.in_preview, timeout=3000)
    assert doc.frame == doc.scene.duration - 1  # played to its end and stopped
    assert not transport.is_holding


# -- clicking ------------------------------------------------------------------


def test_clicking_a_button_at_the_decision_plays_its_scene(qtbot, canvas, transport):
    hold_at(qtbot, transport, "keuze")
    click(qtbot, canvas, centre_of(canvas, "keuze-termijnen"))
    assert canvas.preview.highlighted.layer.id == "keuze-termijnen"
    assert canvas.document.selection == ()  # chosen, not selected
    plays(qtbot, transport, "termijnen")
    assert canvas.preview.highlighted is None


def test_clicking_a_plan_option_chooses_that_plan_and_goes_on(qtbot, canvas, transport):
    hold_at(qtbot, transport, "termijnen")
    click(qtbot, canvas, plan_option_centre(canvas, "termijnen-keuze", 3))
    plays(qtbot, transport, "bedankt")
    assert canvas.messages == ["Plan of 3 terms chosen"]


def test_paying_says_which_host_opens_without_the_rows_values(qtbot, canvas, transport):
    hold_at(qtbot, transport, "betalen")
    click(qtbot, canvas, centre_of(canvas, "betalen-ideal"))
    plays(qtbot, transport, "bedankt")
    (said,) = canvas.messages
    assert said == "Pay: opens the payment page on betalen.helder-energie.example"
    values = canvas.document.values
    assert "F2026-0002" not in said and str(values["amount_due"]) not in said


def test_help_actions_are_told_and_the_video_ends_with_them(qtbot, canvas, transport):
    doc = canvas.document
    doc.set_scene("hulp")
    doc.set_frame(100)  # every button has faded in
    transport.play()
    click(qtbot, canvas, centre_of(canvas, "hulp-bel"))
    qtbot.waitUntil(lambda: not transport.in_preview, timeout=3000)
    assert canvas.messages == ["Calls +31 20 1234567"]
    assert doc.scene_id == "hulp"
    transport.play()
    click(qtbot, canvas, centre_of(canvas, "hulp-chat"))
    qtbot.waitUntil(lambda: len(canvas.messages) == 2, timeout=3000)
    assert canvas.messages[1] == "Opens the help chat on hulp.helder-energie.example"
    spots = {spot.layer.id: spot for spot in canvas.preview.spots()}
    link = spots["hulp-geldfit"]
    assert canvas.preview.describe(link) == "Opens a page on www.geldfit.nl"
    # a number from the row is the debtor's own: never shown
    calls_row = copy.deepcopy(spots["hulp-bel"].layer)
    calls_row.action = Action(ActionKind.CALL, target="{phone}")
    spot = replace(spots["hulp-bel"], layer=calls_row)
    assert canvas.preview.describe(spot) == "Calls the row's phone number"


def test_a_click_while_stopped_still_selects(qtbot, canvas, transport):
    doc = canvas.document
    doc.set_scene("keuze")
    doc.set_frame(doc.scene.duration - 1)
    assert not transport.in_preview
    click(qtbot, canvas, centre_of(canvas, "keuze-termijnen"))
    assert doc.selection == ("keuze-termijnen",)
    qtbot.wait(400)
    assert doc.scene_id == "keuze" and not transport.in_preview


def test_a_click_beside_the_choices_does_nothing_in_the_preview(
    qtbot, canvas, transport
):
    hold_at(qtbot, transport, "keuze")
    click(qtbot, canvas, canvas.to_widget(QPointF(20, 20)).toPoint())
    assert canvas.document.selection == ()
    assert transport.is_holding and canvas.document.scene_id == "keuze"


# -- the keyboard --------------------------------------------------------------


def test_tab_tab_enter_chooses_the_second_button(qtbot, canvas, transport):
    hold_at(qtbot, transport, "keuze")
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.preview.focused().layer.id == "keuze-betalen"
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.preview.focused().layer.id == "keuze-termijnen"
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    plays(qtbot, transport, "termijnen")


def test_shift_tab_goes_back_round_to_the_last_choice(qtbot, canvas, transport):
    hold_at(qtbot, transport, "keuze")
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.preview.focused().layer.id == "keuze-hulp"
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.preview.focused().layer.id == "keuze-betalen"


def test_a_digit_chooses_the_choice_of_that_number(qtbot, canvas, transport):
    hold_at(qtbot, transport, "keuze")
    qtbot.keyClick(canvas, Qt.Key.Key_3)
    plays(qtbot, transport, "hulp")


def test_plan_options_are_in_the_keyboard_order_one_by_one(qtbot, canvas, transport):
    hold_at(qtbot, transport, "termijnen")
    spots = canvas.preview.spots()
    assert [(s.layer.id, s.terms) for s in spots] == [
        ("termijnen-keuze", 2),
        ("termijnen-keuze", 3),
        ("termijnen-keuze", 6),
        ("termijnen-hulp", None),
    ]
    qtbot.keyClick(canvas, Qt.Key.Key_3)
    plays(qtbot, transport, "bedankt")
    assert canvas.messages == ["Plan of 6 terms chosen"]


def test_escape_ends_the_preview_and_clicks_edit_again(qtbot, canvas, transport):
    hold_at(qtbot, transport, "keuze")
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not transport.in_preview
    assert canvas.preview.focused() is None
    click(qtbot, canvas, centre_of(canvas, "keuze-hulp"))
    assert canvas.document.selection == ("keuze-hulp",)


def test_space_while_holding_plays_the_decision_again(qtbot, canvas, transport):
    hold_at(qtbot, transport, "keuze")
    transport.toggle()  # what Space does
    assert transport.is_playing and canvas.document.frame == 0
    transport.toggle()
    assert not transport.in_preview


# -- going back ----------------------------------------------------------------


def test_back_to_the_last_choice_returns_to_the_decision_just_left(
    qtbot, canvas, transport
):
    history = []
    canvas.preview.sig_history_changed.connect(history.append)
    hold = hold_at(qtbot, transport, "keuze")
    qtbot.keyClick(canvas, Qt.Key.Key_2)
    plays(qtbot, transport, "termijnen")
    hold_at(qtbot, transport, "termijnen")  # a jump of the playhead, same run
    assert history == [True]
    click(qtbot, canvas, plan_option_centre(canvas, "termijnen-keuze", 2))
    plays(qtbot, transport, "bedankt")
    assert canvas.preview.back_to_last_choice()
    assert canvas.document.scene_id == "termijnen" and transport.is_holding
    assert canvas.preview.back_to_last_choice()
    assert canvas.document.scene_id == "keuze" and transport.is_holding
    assert canvas.document.frame == hold
    assert canvas.preview.focused().layer.id == "keuze-termijnen"
    assert history[-1] is False
    assert not canvas.preview.back_to_last_choice()
    assert canvas.messages[-1] == "No choice to go back to"


def test_choosing_another_scene_forgets_the_choices_made(qtbot, canvas, transport):
    hold_at(qtbot, transport, "keuze")
    qtbot.keyClick(canvas, Qt.Key.Key_1)
    plays(qtbot, transport, "betalen")
    canvas.document.set_scene("welkom")  # the designer picks a scene
    assert not transport.in_preview
    assert canvas.preview.history == []


def test_the_focus_ring_is_drawn_round_the_focused_button(qtbot, canvas, transport):
    hold_at(qtbot, transport, "keuze")
    qtbot.waitUntil(lambda: canvas.image_frame == canvas.document.frame, timeout=5000)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    picture = canvas.grab().toImage()
    bounds = geometry.layer_bounds(
        canvas.document.scene.layer("keuze-termijnen"), canvas.document.frame
    )
    box = canvas.view_transform().mapRect(bounds)
    ring = picture.pixelColor(round(box.center().x()), round(box.top() - FOCUS_GAP))
    assert ring.red() > 200 and ring.green() > 180 and ring.blue() < 80
    other = geometry.layer_bounds(
        canvas.document.scene.layer("keuze-betalen"), canvas.document.frame
    )
    box = canvas.view_transform().mapRect(other)
    plain = picture.pixelColor(round(box.center().x()), round(box.top() - FOCUS_GAP))
    assert not (plain.red() > 200 and plain.green() > 180 and plain.blue() < 80)


def test_the_window_says_it_waits_and_goes_back_from_the_playback_menu(
    qtbot, monkeypatch
):
    monkeypatch.setattr(transport_module, "QMediaDevices", NoOutputs)
    window = MainWindow(Project.open(SAMPLE_PROJECT))
    window.show()
    try:
        menu = next(
            action.menu()
            for action in window.menuBar().actions()
            if action.text() == "&Playback"
        )
        back = next(a for a in menu.actions() if a.text() == "&Back to the Last Choice")
        assert back.shortcut().toString() == "Ctrl+Backspace"
        assert not back.isEnabled()
        window.document.set_row("K-1002")
        hold = hold_at(qtbot, window.transport, "keuze")
        assert window.statusBar().currentMessage() == "Waiting for a choice"
        qtbot.keyClick(window.canvas, Qt.Key.Key_3)
        assert window.statusBar().currentMessage() == ""
        plays(qtbot, window.transport, "hulp")
        assert back.isEnabled()
        back.trigger()
        assert window.document.scene_id == "keuze"
        assert window.document.frame == hold
        assert window.statusBar().currentMessage() == "Waiting for a choice"
        assert not back.isEnabled()
    finally:
        window.transport.pause()
        window.close()
