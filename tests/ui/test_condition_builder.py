"""The condition builder: rules built with the widgets become the JsonLogic the
evaluator runs, stored conditions come back as rules or as read-only JSON, and a
value that does not read stops the dialog with a message."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from studio.model import edits
from studio.project import Project
from studio.render.resolve import condition_holds
from studio.resources import SAMPLE_PROJECT
from studio.ui.condition_builder import (
    _PHRASES,
    ConditionBuilder,
    ConditionDialog,
    ConditionEditor,
    edit_scene_condition,
    install,
)
from studio.ui.document import Document
from studio.ui.inspector import Inspector
from studio.ui.property_editors import editor_factory, unregister_editor
from studio.ui.sample_rows import sample_rows_beside
from studio.values.condition_rules import ENGLISH_PHRASES
from studio.values.fields import Field, FieldKind

LEFT = Qt.MouseButton.LeftButton
AT_LEAST_500 = {">=": [{"var": "amount_due"}, 50000]}
RICH_ENGLISH = {
    "and": [
        {">=": [{"var": "amount_due"}, 50000]},
        {"==": [{"var": "language"}, "en"]},
    ]
}
HAND_WRITTEN = {
    "if": [{"missing": ["email"]}, False, {">": [{"var": "amount_due"}, 0]}]
}


@pytest.fixture
def project(qapp):
    return Project.open(SAMPLE_PROJECT)


@pytest.fixture
def builder(qtbot, project):
    widget = ConditionBuilder(project.template.fields, "nl")
    qtbot.addWidget(widget)
    widget.resize(640, 300)
    widget.show()
    return widget


@pytest.fixture
def document(project):
    return Document(project, sample_rows_beside(project))


@pytest.fixture
def installed():
    install()
    yield
    unregister_editor("condition")


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered: {_texts(combo)}"
    combo.setCurrentIndex(index)


def _texts(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def shown_rows(document, logic):
    template = document.template
    return [
        row_id
        for row_id, values in document.sample_rows.items()
        if condition_holds(template, logic, values)
    ]


def test_building_amount_at_least_500_and_language_en_with_the_widgets(
    qtbot, builder, document
):
    choose(builder.mode_combo, "Only when all of these hold")
    first = builder.rows[0]
    choose(first.field_combo, "Openstaand bedrag")
    choose(first.operator_combo, "≥")
    qtbot.keyClicks(first.money_edit, "500,00")
    qtbot.mouseClick(builder.add_button, LEFT)
    second = builder.rows[1]
    choose(second.field_combo, "Taal")
    choose(second.operator_combo, "is")
    choose(second.choice_combo, "en")

    assert builder.condition() == RICH_ENGLISH
    assert shown_rows(document, builder.condition()) == ["K-1020"]
    assert builder.summary_label.text() == (
        "Shown when Openstaand bedrag ≥ €\u00a0500,00 and Taal is en"
    )
    assert not builder.problem_label.isVisible()


def test_any_of_the_rules(qtbot, builder, document):
    builder.set_condition(RICH_ENGLISH)
    choose(builder.mode_combo, "Only when any of these holds")
    assert builder.condition() == {"or": RICH_ENGLISH["and"]}
    assert "K-1020" in shown_rows(document, builder.condition())
    assert builder.summary_label.text().endswith("€\u00a0500,00 or Taal is en")


def test_the_sample_layer_condition_shows_as_a_rule(builder, project):
    layer = project.template.scene("bedrag").layer("bedrag-groot")
    builder.set_condition(layer.condition)
    assert not builder.is_read_only()
    assert builder.mode_combo.currentText() == "Only when all of these hold"
    [row] = builder.rows
    assert row.field_combo.currentText() == "Openstaand bedrag"
    assert row.operator_combo.currentText() == "≥"
    assert row.money_edit.text() == "500,00"
    assert row.money_edit.isVisible()
    assert builder.condition() == layer.condition == AT_LEAST_500


def test_a_condition_that_is_not_a_rule_group_is_shown_read_only_and_kept(
    qtbot, builder
):
    builder.set_condition(HAND_WRITTEN)
    assert builder.is_read_only()
    assert builder.custom_box.isVisible()
    assert not builder.rules_box.isVisible()
    assert not builder.mode_combo.isVisible()
    assert builder.json_view.isReadOnly()
    assert '"missing": [\n' in builder.json_view.toPlainText()
    assert builder.condition() == HAND_WRITTEN

    qtbot.mouseClick(builder.replace_button, LEFT)
    assert not builder.is_read_only()
    assert builder.rules_box.isVisible()
    assert len(builder.rows) == 1


def test_a_condition_on_a_field_the_template_lacks_is_read_only(builder):
    builder.set_condition({">=": [{"var": "balance"}, 50000]})
    assert builder.is_read_only()


def test_always_shown_is_no_condition(qtbot, builder):
    assert builder.condition() is None
    assert builder.summary_label.text() == "Always shown"
    assert not builder.rules_box.isVisible()

    choose(builder.mode_combo, "Only when all of these hold")
    assert len(builder.rows) == 1 and builder.rules_box.isVisible()
    qtbot.mouseClick(builder.rows[0].remove_button, LEFT)
    assert builder.rows == []
    assert builder.mode_combo.currentText() == "Always shown"
    assert builder.condition() is None

    builder.set_condition(AT_LEAST_500)
    choose(builder.mode_combo, "Always shown")
    assert builder.condition() is None


def test_money_that_does_not_read_is_refused_with_a_message(qtbot, project):
    dialog = ConditionDialog(project.template.fields, "nl", AT_LEAST_500)
    qtbot.addWidget(dialog)
    dialog.show()
    builder = dialog.builder
    money = builder.rows[0].money_edit
    money.selectAll()
    qtbot.keyClicks(money, "vijfhonderd")

    assert builder.problem_label.isVisible()
    assert builder.problem_label.text() == (
        "Openstaand bedrag: 'vijfhonderd' is not an amount: "
        "'vijfhonderd' is neither a number nor EUR"
    )
    with pytest.raises(ValueError, match="not an amount"):
        builder.condition()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted

    money.selectAll()
    qtbot.keyClicks(money, "1.234")
    assert "ambiguous" in builder.problem_label.text()
    money.selectAll()
    qtbot.keyClicks(money, "1234,50")
    assert not builder.problem_label.isVisible()
    assert dialog.ok_button.isEnabled()
    assert dialog.condition() == {">=": [{"var": "amount_due"}, 123450]}


def test_the_operators_and_the_value_editor_follow_the_field_kind(builder):
    choose(builder.mode_combo, "Only when all of these hold")
    row = builder.rows[0]
    choose(row.field_combo, "Vervaldatum")
    assert _texts(row.operator_combo) == ["is before", "is after", "is on"]
    assert row.value_stack.currentWidget() is row.date_edit
    choose(row.field_combo, "E-mailadres")
    assert _texts(row.operator_combo) == ["is empty", "is not empty"]
    assert row.value_stack.currentWidget() not in (row.date_edit, row.text_edit)
    choose(row.field_combo, "Voornaam")
    assert _texts(row.operator_combo) == [
        "is",
        "is not",
        "is empty",
        "is not empty",
    ]
    choose(row.operator_combo, "is not empty")  # kept where the next field has it
    choose(row.field_combo, "Taal")
    assert row.operator_combo.currentText() == "is not empty"
    assert _texts(row.operator_combo) == [
        "is",
        "is not",
        "is one of",
        "is empty",
        "is not empty",
    ]
    choose(row.field_combo, "Openstaand bedrag")
    assert _texts(row.operator_combo) == ["=", "≠", "<", "≤", ">", "≥"]
    assert row.value_stack.currentWidget() is row.money_edit


def test_a_date_rule(qtbot, builder, document):
    choose(builder.mode_combo, "Only when all of these hold")
    row = builder.rows[0]
    choose(row.field_combo, "Vervaldatum")
    choose(row.operator_combo, "is before")
    row.date_edit.setDate(QDate(2027, 1, 22))  # as the calendar picks it
    assert builder.condition() == {"<": [{"var": "due_date"}, "2027-01-22"]}
    assert shown_rows(document, builder.condition()) == ["K-1001", "K-1002"]
    assert (
        builder.summary_label.text()
        == "Shown when Vervaldatum is before 22 januari 2027"
    )

    builder.set_condition({">": [{"var": "due_date"}, "2027-02-18"]})
    assert builder.rows[0].date_edit.date() == QDate(2027, 2, 18)
    assert builder.rows[0].operator_combo.currentText() == "is after"
    assert shown_rows(document, builder.condition()) == [
        "K-1016",
        "K-1019",
        "K-1022",
        "K-1023",
        "K-1024",
    ]


def test_whole_numbers_and_yes_no_fields(qtbot):
    fields = [
        Field("reminders", FieldKind.INTEGER, label="reminders sent"),
        Field("has_plan", FieldKind.BOOLEAN, label="has a plan"),
    ]
    builder = ConditionBuilder(fields, "en")
    qtbot.addWidget(builder)
    builder.show()
    choose(builder.mode_combo, "Only when any of these holds")
    first = builder.rows[0]
    choose(first.operator_combo, "<")
    first.integer_box.lineEdit().selectAll()
    qtbot.keyClicks(first.integer_box, "3")
    qtbot.mouseClick(builder.add_button, LEFT)
    second = builder.rows[1]
    choose(second.field_combo, "has a plan")
    assert _texts(second.operator_combo) == ["is true", "is false"]
    choose(second.operator_combo, "is false")

    # An empty count compares as 0, which passes "< 3": the rule guards against it.
    assert builder.condition() == {
        "or": [
            {
                "and": [
                    {"!==": [{"var": "reminders"}, None]},
                    {"<": [{"var": "reminders"}, 3]},
                ]
            },
            {"===": [{"var": "has_plan"}, False]},
        ]
    }
    assert builder.summary_label.text() == (
        "Shown when reminders sent < 3 or has a plan is false"
    )
    builder.set_condition(builder.condition())
    assert builder.rows[0].integer_box.value() == 3


def test_one_of_the_choices_and_none_ticked(qtbot, builder, document):
    choose(builder.mode_combo, "Only when all of these hold")
    row = builder.rows[0]
    choose(row.field_combo, "Taal")
    choose(row.operator_combo, "is one of")
    assert row.value_stack.currentWidget() is row.choices_box
    assert "tick at least one choice" in builder.problem_label.text()
    qtbot.mouseClick(row.choice_boxes["en"], LEFT)
    qtbot.mouseClick(row.choice_boxes["pl"], LEFT)
    assert builder.condition() == {"in": [{"var": "language"}, ["en", "pl"]]}
    assert shown_rows(document, builder.condition()) == [
        "K-1003",
        "K-1016",
        "K-1020",
        "K-1022",
    ]
    assert builder.summary_label.text() == "Shown when Taal is one of en, pl"


def test_text_is_and_is_empty(qtbot, builder, document):
    choose(builder.mode_combo, "Only when all of these hold")
    row = builder.rows[0]
    choose(row.field_combo, "Voornaam")
    assert builder.problem_label.text() == (
        "Voornaam: type the text to compare with, or choose “is empty”"
    )
    qtbot.keyClicks(row.text_edit, "  Ruben ")
    assert builder.condition() == {"==": [{"var": "first_name"}, "Ruben"]}
    assert shown_rows(document, builder.condition()) == ["K-1020"]
    choose(row.field_combo, "E-mailadres")
    assert builder.condition() == {"missing": ["email"]}
    assert shown_rows(document, builder.condition()) == ["K-1005", "K-1016"]


def test_the_interface_phrases_are_the_english_phrases():
    assert _PHRASES == ENGLISH_PHRASES


# -- in the inspector ---------------------------------------------------------------


@pytest.fixture
def inspector(qtbot, document, installed):
    widget = Inspector(document)
    qtbot.addWidget(widget)
    widget.resize(360, 800)
    widget.show()
    document.set_scene("bedrag")
    document.select(["bedrag-groot"])
    return widget


def condition_editor(inspector):
    editor = inspector.findChild(ConditionEditor, "editor_condition")
    assert editor is not None
    return editor


def layer_condition(document):
    return document.template.scene("bedrag").layer("bedrag-groot").condition


def test_install_registers_the_editor(installed):
    assert editor_factory("condition") is ConditionEditor


def test_the_inspector_row_says_the_condition_in_words(inspector, document):
    editor = condition_editor(inspector)
    assert editor.line.text() == "Openstaand bedrag ≥ €\u00a0500,00"
    document.set_language("en")
    assert editor.line.text() == "Openstaand bedrag ≥ €500.00"


def test_edit_and_ok_change_the_layer_condition_as_one_undo_step(
    qtbot, inspector, document
):
    editor = condition_editor(inspector)
    qtbot.mouseClick(editor.edit_button, LEFT)
    dialog = editor.dialog
    assert dialog.isVisible()
    row = dialog.builder.rows[0]
    row.money_edit.selectAll()
    qtbot.keyClicks(row.money_edit, "250,00")
    qtbot.mouseClick(dialog.ok_button, LEFT)

    assert not dialog.isVisible()
    assert layer_condition(document) == {">=": [{"var": "amount_due"}, 25000]}
    assert editor.line.text() == "Openstaand bedrag ≥ €\u00a0250,00"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert layer_condition(document) == AT_LEAST_500
    assert editor.line.text() == "Openstaand bedrag ≥ €\u00a0500,00"
    document.undo_stack.redo()
    assert layer_condition(document) == {">=": [{"var": "amount_due"}, 25000]}


def test_always_shown_removes_the_condition_and_cancel_changes_nothing(
    qtbot, inspector, document
):
    editor = condition_editor(inspector)
    dialog = editor.open_dialog()
    choose(dialog.builder.mode_combo, "Always shown")
    dialog.reject()
    assert layer_condition(document) == AT_LEAST_500
    assert document.undo_stack.count() == 0

    dialog = editor.open_dialog()
    choose(dialog.builder.mode_combo, "Always shown")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert layer_condition(document) is None
    assert editor.line.text() == "Always shown"

    dialog = editor.open_dialog()
    qtbot.mouseClick(dialog.ok_button, LEFT)  # the same again: no new step
    assert document.undo_stack.count() == 1


def test_a_hand_written_layer_condition_shows_as_json_and_survives_ok(
    qtbot, inspector, document
):
    layer = document.template.scene("bedrag").layer("bedrag-groot")
    document.edit(edits.SetLayerProperty(layer.id, "condition", HAND_WRITTEN))
    editor = condition_editor(inspector)
    assert editor.line.text().startswith('{"if": [{"missing": ["email"]}')
    dialog = editor.open_dialog()
    assert dialog.builder.is_read_only()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert layer_condition(document) == HAND_WRITTEN
    assert document.undo_stack.count() == 1


def test_a_scene_condition_changes_as_one_undo_step(qtbot, document):
    dialog = edit_scene_condition(document, "bedrag")
    qtbot.addWidget(dialog)
    assert dialog.condition() is None
    choose(dialog.builder.mode_combo, "Only when all of these hold")
    row = dialog.builder.rows[0]
    choose(row.field_combo, "Openstaand bedrag")
    choose(row.operator_combo, "≥")
    qtbot.keyClicks(row.money_edit, "500")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert document.template.scene("bedrag").condition == AT_LEAST_500
    assert document.undo_stack.undoText() == "Change scene condition"
    document.undo_stack.undo()
    assert document.template.scene("bedrag").condition is None


def test_a_refused_change_is_shown_and_the_dialog_stays_open(qtbot, project):
    def refuse(logic):
        raise edits.EditError("there is no scene 'weg'")

    dialog = ConditionDialog(project.template.fields, "nl", AT_LEAST_500, None, refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert dialog.builder.problem_label.isVisible()
    assert dialog.builder.problem_label.text() == "there is no scene 'weg'"


def test_rows_of_a_template_without_fields_cannot_be_added(qtbot):
    builder = ConditionBuilder([], "nl")
    qtbot.addWidget(builder)
    assert not builder.mode_combo.isEnabled()
    assert builder.condition() is None
