"""The inspector: editors from the property kinds, keyframes at the playhead, one
undo step a change, refused values explained, several layers edited at once."""

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from studio.model.edits import AddLayer, SetLayerProperty, SetText
from studio.model.keyframes import Keyframe
from studio.model.layers import (
    LAYER_CLASSES,
    ActionKind,
    Align,
    LayerKind,
    ShapeLayer,
    VideoLayer,
)
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui.document import Document
from studio.ui.inspector import Inspector
from studio.ui.property_editors import (
    MIXED_TEXT,
    SKIPPED,
    SUMMARIES,
    PropertyEditor,
    SummaryEditor,
    editor_factory,
    layer_specs,
    register_editor,
    transform_specs,
    unregister_editor,
)


@pytest.fixture
def document(qapp):
    return Document(Project.open(SAMPLE_PROJECT))


@pytest.fixture
def inspector(qtbot, document):
    widget = Inspector(document)
    qtbot.addWidget(widget)
    widget.resize(360, 800)
    widget.show()
    return widget


def layer(document, layer_id):
    return next(
        found
        for scene in document.template.scenes
        for found in scene.layers
        if found.id == layer_id
    )


def prop(document, layer_id, name):
    """Read anew each time: undo puts back a whole new property object."""
    return layer(document, layer_id).transform.property(name)


def pick(document, scene_id, *layer_ids, frame=0):
    document.set_scene(scene_id)
    document.set_frame(frame)
    document.select(layer_ids)


def type_into(qtbot, box, text):
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_typing_a_font_size_is_one_step_and_undo_shows_the_old_size(
    qtbot, inspector, document
):
    pick(document, "uitleg", "uitleg-titel")
    box = inspector.editor_for("font_size").box
    assert box.text() == "84 px"

    type_into(qtbot, box, "72")

    assert layer(document, "uitleg-titel").font_size == 72.0
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change Font size"
    document.undo_stack.undo()
    assert layer(document, "uitleg-titel").font_size == 84.0
    assert box.text() == "84 px"
    document.undo_stack.redo()
    assert box.text() == "72 px"


def test_arrow_steps_in_one_box_are_one_undo_step(qtbot, inspector, document):
    pick(document, "uitleg", "uitleg-titel")
    box = inspector.editor_for("font_size").box
    for _ in range(3):
        qtbot.keyClick(box, Qt.Key.Key_Up)
    box.editingFinished.emit()  # what leaving the box sends
    qtbot.keyClick(box, Qt.Key.Key_Up)

    assert layer(document, "uitleg-titel").font_size == 88.0
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert layer(document, "uitleg-titel").font_size == 87.0


def test_typing_x_of_a_constant_position_keeps_y_and_adds_no_keyframe(
    qtbot, inspector, document
):
    pick(document, "uitleg", "uitleg-titel", frame=40)
    x, y = inspector.editor_for("position").boxes
    assert (x.text(), y.text()) == ("160 px", "150 px")

    type_into(qtbot, x, "200.5")

    position = prop(document, "uitleg-titel", "position")
    assert position.value == (200.5, 150.0)
    assert position.keyframes == []
    document.undo_stack.undo()
    assert prop(document, "uitleg-titel", "position").value == (160.0, 150.0)
    assert x.text() == "160 px"


def test_the_keyframe_toggle_adds_and_removes_the_key_at_the_playhead(
    qtbot, inspector, document
):
    pick(document, "uitleg", "uitleg-titel", frame=40)
    toggle = inspector.keyframe_toggle("position")
    assert not toggle.isChecked() and not toggle.animated

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    position = prop(document, "uitleg-titel", "position")
    assert position.keyframes == [Keyframe(40, (160.0, 150.0))]
    assert toggle.isChecked() and toggle.animated

    document.set_frame(60)
    assert not toggle.isChecked() and toggle.animated
    document.set_frame(40)
    assert toggle.isChecked()

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    position = prop(document, "uitleg-titel", "position")
    assert position.keyframes == []
    assert position.value == (160.0, 150.0)
    assert not toggle.isChecked() and not toggle.animated
    assert document.undo_stack.count() == 2
    assert document.undo_stack.undoText() == "Delete keyframe"
    document.undo_stack.undo()
    position = prop(document, "uitleg-titel", "position")
    assert position.keyframes == [Keyframe(40, (160.0, 150.0))]
    assert toggle.isChecked()


def test_values_follow_the_playhead_without_rebuilding_the_form(inspector, document):
    pick(document, "uitleg", "uitleg-titel", frame=0)
    editor = inspector.editor_for("opacity")
    toggle = inspector.keyframe_toggle("opacity")
    assert editor.box.text() == "0 %" and toggle.isChecked()

    document.set_frame(16)
    assert inspector.editor_for("opacity") is editor
    assert editor.box.text() == "100 %" and toggle.isChecked()
    document.set_frame(8)
    opacity = prop(document, "uitleg-titel", "opacity")
    assert editor.box.value() == round(opacity.at(8) * 100)
    assert not toggle.isChecked() and toggle.animated


def test_another_layer_of_the_same_kind_keeps_the_form(inspector, document):
    pick(document, "uitleg", "uitleg-titel")
    editor = inspector.editor_for("font_size")

    document.select(["uitleg-tekst"])

    assert inspector.editor_for("font_size") is editor
    assert editor.box.text() == "56 px"
    assert (
        inspector.editor_for("text")
        .words.toPlainText()
        .startswith("Betaalt u vóór {due_date}?")
    )
    assert inspector.findChild(QLabel, "inspector_title").text() == "Uitleg"


def test_editing_a_keyframed_property_between_keys_adds_a_key_there(
    qtbot, inspector, document
):
    pick(document, "uitleg", "uitleg-titel", frame=8)

    type_into(qtbot, inspector.editor_for("opacity").box, "80")

    opacity = prop(document, "uitleg-titel", "opacity")
    assert [(k.frame, k.value) for k in opacity.keyframes] == [
        (0, 0.0),
        (8, 0.8),
        (16, 1.0),
    ]
    assert inspector.keyframe_toggle("opacity").isChecked()
    document.undo_stack.undo()
    assert [k.frame for k in prop(document, "uitleg-titel", "opacity").keyframes] == [
        0,
        16,
    ]
    assert not inspector.keyframe_toggle("opacity").isChecked()


def test_an_opacity_above_a_hundred_percent_cannot_be_typed(qtbot, inspector, document):
    pick(document, "welkom", "welkom-logo")
    box = inspector.editor_for("opacity").box
    assert box.maximum() == 100

    type_into(qtbot, box, "150")

    # The third digit is refused as it is typed; 15 % is what was entered.
    assert prop(document, "welkom-logo", "opacity").value == 0.15
    assert box.text() == "15 %"


def test_an_in_point_after_the_out_point_is_refused_and_explained(
    qtbot, inspector, document
):
    pick(document, "uitleg", "uitleg-titel")
    document.edit(SetLayerProperty("uitleg-titel", "end", 50))
    box = inspector.editor_for("start").box

    with qtbot.waitSignal(inspector.sig_message) as refused:
        type_into(qtbot, box, "60")

    titel = layer(document, "uitleg-titel")
    assert (titel.start, titel.end) == (0, 50)
    reason = "layer 'Titel' would end (frame 50) before it starts (frame 60)"
    assert inspector.message() == reason
    assert refused.args == [reason]
    assert box.value() == 0
    assert document.undo_stack.count() == 1

    type_into(qtbot, box, "10")
    assert titel.start == 10
    assert inspector.message() == ""


def test_the_out_point_can_go_back_to_the_end_of_the_scene(qtbot, inspector, document):
    pick(document, "uitleg", "uitleg-titel")
    editor = inspector.editor_for("end")
    assert editor.box.text() == "Scene end"
    assert editor.seconds.text() == "10.80 s"

    type_into(qtbot, editor.box, "50")
    assert layer(document, "uitleg-titel").end == 50
    assert editor.seconds.text() == "2.00 s"
    editor.box.lineEdit().selectAll()
    qtbot.keyClick(editor.box, Qt.Key.Key_Backspace)  # an empty box means none
    qtbot.keyClick(editor.box, Qt.Key.Key_Return)
    assert layer(document, "uitleg-titel").end is None
    assert editor.box.text() == "Scene end"
    assert document.undo_stack.count() == 2


def test_several_layers_show_what_differs_and_change_together(
    qtbot, inspector, document
):
    pick(document, "uitleg", "uitleg-titel", "uitleg-tekst", frame=100)
    size = inspector.editor_for("font_size").box
    x, y = inspector.editor_for("position").boxes
    assert size.text() == MIXED_TEXT
    assert (x.text(), y.text()) == ("160 px", MIXED_TEXT)

    type_into(qtbot, size, "60")
    type_into(qtbot, x, "100")

    titel, tekst = layer(document, "uitleg-titel"), layer(document, "uitleg-tekst")
    assert (titel.font_size, tekst.font_size) == (60.0, 60.0)
    assert prop(document, "uitleg-titel", "position").value == (100.0, 150.0)
    assert prop(document, "uitleg-tekst", "position").value == (100.0, 340.0)
    assert size.text() == "60 px"
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert (titel.font_size, tekst.font_size) == (84.0, 56.0)
    assert size.text() == MIXED_TEXT


def test_layers_of_two_kinds_show_only_the_properties_both_have(inspector, document):
    pick(document, "keuze", "keuze-titel", "keuze-betalen")
    assert inspector.editor_for("font_size") is not None
    assert inspector.editor_for("text") is None
    assert inspector.editor_for("label") is None
    assert inspector.editor_for("align") is None
    assert inspector.findChild(QLabel, "inspector_title").text() == "2 layers"


def test_a_choice_keeps_the_models_own_enum(qtbot, inspector, document):
    pick(document, "uitleg", "uitleg-titel")
    combo = inspector.editor_for("align").combo
    assert combo.currentText() == "Start"

    qtbot.keyClick(combo, Qt.Key.Key_Down)

    assert layer(document, "uitleg-titel").align is Align.CENTER
    assert document.undo_stack.count() == 1


def test_a_colour_is_typed_as_hex_and_a_half_typed_one_is_not_taken(
    qtbot, inspector, document
):
    pick(document, "uitleg", "uitleg-titel")
    hex_box = inspector.editor_for("color").hex

    hex_box.selectAll()
    qtbot.keyClicks(hex_box, "#12")
    qtbot.keyClick(hex_box, Qt.Key.Key_Return)
    assert layer(document, "uitleg-titel").color == "#1F3A5F"
    assert document.undo_stack.count() == 0

    hex_box.selectAll()
    qtbot.keyClicks(hex_box, "#00aa33")
    qtbot.keyClick(hex_box, Qt.Key.Key_Return)
    assert layer(document, "uitleg-titel").color == "#00AA33"
    assert hex_box.text() == "#00AA33"


def test_a_stroke_can_be_set_and_taken_away(qtbot, inspector, document):
    pick(document, "uitleg", "uitleg-accent")
    editor = inspector.editor_for("stroke")
    assert editor.hex.text() == "" and editor.hex.placeholderText() == "None"

    qtbot.keyClicks(editor.hex, "#112233")
    qtbot.keyClick(editor.hex, Qt.Key.Key_Return)
    assert layer(document, "uitleg-accent").stroke == "#112233"

    qtbot.mouseClick(editor.clear, Qt.MouseButton.LeftButton)
    assert layer(document, "uitleg-accent").stroke is None
    assert document.undo_stack.count() == 2


def test_leaving_a_mixed_colour_untouched_changes_nothing(inspector, document):
    second = ShapeLayer(id="uitleg-streep", name="Streep", stroke="#112233")
    document.edit(AddLayer("uitleg", second))
    pick(document, "uitleg", "uitleg-accent", "uitleg-streep")
    hex_box = inspector.editor_for("stroke").hex
    assert hex_box.text() == "" and hex_box.placeholderText() == MIXED_TEXT

    hex_box.editingFinished.emit()  # what focus in and out sends, nothing typed

    assert layer(document, "uitleg-accent").stroke is None
    assert layer(document, "uitleg-streep").stroke == "#112233"
    assert document.undo_stack.count() == 1


def test_hiding_a_layer_is_one_click_and_one_step(qtbot, inspector, document):
    pick(document, "uitleg", "uitleg-titel")
    check = inspector.editor_for("hidden").check

    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)

    assert layer(document, "uitleg-titel").hidden is True
    assert document.undo_stack.count() == 1


def test_a_locked_layer_can_only_be_unlocked(qtbot, inspector, document):
    pick(document, "uitleg", "uitleg-titel")
    qtbot.mouseClick(inspector.editor_for("locked").check, Qt.MouseButton.LeftButton)

    assert not inspector.editor_for("font_size").isEnabled()
    assert not inspector.editor_for("position").isEnabled()
    assert inspector.editor_for("locked").isEnabled()
    assert inspector.findChild(QLabel, "inspector_subtitle").text() == (
        "Text layer · locked"
    )


def test_editing_the_words_changes_only_the_language_shown(qtbot, inspector, document):
    pick(document, "uitleg", "uitleg-titel")
    words = inspector.editor_for("text").words
    assert words.toPlainText() == "Wat gebeurt er nu?"

    words.selectAll()
    qtbot.keyClicks(words, "Wat nu?")
    qtbot.keyClick(words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    string = document.template.strings["uitleg.titel"]
    assert string.source == "Wat nu?"
    assert string.translations["en"].text == "What happens now?"

    document.set_language("en")
    assert words.toPlainText() == "What happens now?"
    words.selectAll()
    qtbot.keyClicks(words, "What now?")
    qtbot.keyClick(words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert string.translations["en"].text == "What now?"
    assert string.source == "Wat nu?"
    assert document.undo_stack.count() == 2


def test_words_that_look_like_markup_show_as_typed(inspector, document):
    document.edit(SetText("uitleg.titel", "nl", "<b>x</b> &amp;"))
    document.edit(SetLayerProperty("uitleg-titel", "name", "<i>Titel</i>"))
    pick(document, "uitleg", "uitleg-titel")

    words = inspector.editor_for("text").words
    assert isinstance(words, QPlainTextEdit)
    assert words.toPlainText() == "<b>x</b> &amp;"
    title = inspector.findChild(QLabel, "inspector_title")
    assert title.text() == "<i>Titel</i>"
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert inspector.editor_for("name").line.text() == "<i>Titel</i>"


def test_without_a_selection_the_panel_says_how_to_get_one(inspector, document):
    document.select([])
    hint = inspector.findChild(QLabel, "inspector_hint")
    assert hint.isVisible()
    assert hint.text() == "Select a layer on the canvas or in the timeline"
    assert inspector.editor_for("name") is None


class ConditionText(PropertyEditor):
    """A stand-in for the conditions panel's editor: the condition as one word."""

    def __init__(self, spec, document):
        super().__init__(spec)
        self.shown = None

    def show_value(self, value):
        self.shown = value


@pytest.fixture
def condition_editor():
    register_editor("condition", ConditionText)
    yield
    unregister_editor("condition")


def test_an_editor_registered_for_a_kind_is_used_for_its_fields(
    condition_editor, inspector, document
):
    pick(document, "bedrag", "bedrag-groot")
    editor = inspector.editor_for("condition")
    assert isinstance(editor, ConditionText)
    assert editor.shown == {">=": [{"var": "amount_due"}, 50000]}

    editor.sig_edited.emit({"==": [1, 1]})

    assert layer(document, "bedrag-groot").condition == {"==": [1, 1]}
    assert editor.shown == {"==": [1, 1]}


def test_a_kind_without_an_editor_shows_a_read_only_summary(inspector, document):
    pick(document, "bedrag", "bedrag-groot")
    condition = inspector.editor_for("condition")
    assert isinstance(condition, SummaryEditor)
    assert condition.line.text() == '{">=": [{"var": "amount_due"}, 50000]}'

    # The action has an editor of its own once the action editor is installed (as
    # the window does); its summary is what the timeline and tooltips show.
    button = document.template.scene("keuze").layer("keuze-termijnen")
    assert SUMMARIES["action"](button.action, document) == "Go to scene “Termijnen”"
    plan = dataclasses.replace(button.action, kind=ActionKind.CHOOSE_PLAN, terms=3)
    assert SUMMARIES["action"](plan, document) == "Choose a plan of 3 terms"
    pick(document, "keuze", "keuze-termijnen")
    assert inspector.editor_for("condition").line.text() == "Always"


def test_every_property_of_every_layer_kind_has_an_editor_or_a_summary():
    for layer_class in LAYER_CLASSES.values():
        for spec in layer_specs(layer_class):
            assert editor_factory(spec.kind) or spec.kind in SUMMARIES, spec
    for spec in transform_specs():
        assert editor_factory(spec.kind), spec


def test_each_layer_kind_gets_a_row_for_each_of_its_fields(inspector, document):
    document.edit(
        AddLayer("hulp", VideoLayer(id="hulp-video", name="Video", asset="help"))
    )
    shown_kinds = set()
    for scene in document.template.scenes:
        for found in scene.layers:
            if found.kind in shown_kinds:
                continue
            shown_kinds.add(found.kind)
            pick(document, scene.id, found.id)
            for field in dataclasses.fields(found):
                if field.name not in SKIPPED:
                    assert inspector.editor_for(field.name) is not None, field.name
            for spec in transform_specs():
                toggle = inspector.keyframe_toggle(spec.name)
                assert (toggle is None) == (found.kind == LayerKind.AUDIO)
    assert shown_kinds == set(LAYER_CLASSES)


def test_the_media_list_offers_only_media_the_layer_can_show(inspector, document):
    pick(document, "welkom", "welkom-logo")
    editor = inspector.editor_for("asset")
    assert editor.values() == ["calendar", "help", "house", "letter", "logo"]
    assert editor.combo.currentText().startswith("logo")

    pick(document, "welkom", "welkom-stem-nl")
    assert "logo" not in inspector.editor_for("asset").values()
    assert "stem-welkom-nl" in inspector.editor_for("asset").values()
