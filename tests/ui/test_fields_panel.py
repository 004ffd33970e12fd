"""The Fields panel on the sample project: renames that every placeholder follows
in one undo step, adding and deleting, a question before a used field goes, plain
text throughout, and placeholders marked in a text box."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QPushButton

from studio.model.edits import AddField, SetLayerProperty
from studio.model.serialize import template_to_json
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui.document import Document
from studio.ui.fields_panel import FieldsPanel
from studio.ui.placeholder_highlight import (
    InsertFieldButton,
    attach_placeholder_highlighter,
)
from studio.values.fields import Field, FieldKind
from studio.values.formatting import format_value
from studio.values.money import Money


@pytest.fixture
def document(qapp):
    return Document(Project.open(SAMPLE_PROJECT))


@pytest.fixture
def panel(qtbot, document):
    widget = FieldsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    yield widget
    document.undo_stack.setClean()


def type_into(qtbot, line, text):
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def answer_next_question(button: str) -> dict:
    """Answer the next modal message box with ``button`` ("cancel" or the object
    name of a button); returns what the box showed."""
    seen: dict = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.update(text=box.text(), text_format=box.textFormat())
        if button == "cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            box.findChild(QPushButton, button).click()

    QTimer.singleShot(0, answer)
    return seen


def placeholders_of(document, name):
    template = document.template
    return [
        key
        for key, string in template.strings.items()
        for text in [string.source, *(t.text for t in string.translations.values())]
        if "{" + name + "}" in text
    ]


def test_a_rename_in_the_name_box_moves_every_placeholder_and_undoes_in_one_step(
    qtbot, panel, document
):
    before = template_to_json(document.template)
    used = placeholders_of(document, "amount_due")
    panel.select_field("amount_due")
    type_into(qtbot, panel.form.name_edit, "openstaand")
    assert document.undo_stack.count() == 1
    assert placeholders_of(document, "amount_due") == []
    assert placeholders_of(document, "openstaand") == used
    groot = document.template.scene("bedrag").layer("bedrag-groot")
    assert groot.condition == {">=": [{"var": "openstaand"}, 50000]}
    assert document.template.settings.amount_field == "openstaand"
    assert panel.current_name() == "openstaand"
    assert panel.table.item(panel.table.currentRow(), 0).text() == "openstaand"
    document.undo_stack.undo()
    assert template_to_json(document.template) == before
    assert panel.current_name() == "amount_due"
    assert panel.form.name_edit.text() == "amount_due"


def test_a_field_is_renamed_in_the_list_itself(panel, document):
    panel.select_field("first_name")
    panel.table.item(panel.table.currentRow(), 0).setText("voornaam")
    assert "{voornaam}" in document.template.strings["welkom.groet"].source
    assert document.undo_stack.undoText() == "Rename field"


def test_a_refused_rename_says_why_and_puts_the_name_back(qtbot, panel, document):
    panel.select_field("first_name")
    type_into(qtbot, panel.form.name_edit, "last_name")
    assert document.undo_stack.count() == 0
    assert "there is already a field 'last_name'" in panel.message()
    assert panel.form.name_edit.text() == "first_name"
    row = panel.table.currentRow()
    panel.table.item(row, 0).setText("Voornaam")
    assert "is not allowed" in panel.message()
    assert panel.table.item(row, 0).text() == "first_name"


def test_a_field_is_added_and_deleted_and_each_undone(qtbot, panel, document):
    before = template_to_json(document.template)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert document.template.fields[-1] == Field(
        "field_1", FieldKind.TEXT, required=False
    )
    assert panel.current_name() == "field_1"
    assert panel.form.name_edit.hasFocus()
    assert panel.form.name_edit.selectedText() == "field_1"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.current_name() == "field_2"
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)  # unused
    assert [f.name for f in document.template.fields][-1] == "field_1"
    assert document.undo_stack.count() == 3
    for _ in range(3):
        document.undo_stack.undo()
    assert template_to_json(document.template) == before
    assert panel.table.rowCount() == len(document.template.fields)


def test_deleting_a_used_field_asks_and_cancel_keeps_it(qtbot, panel, document):
    before = template_to_json(document.template)
    panel.select_field("first_name")
    seen = answer_next_question("cancel")
    assert panel.delete_field() is False
    assert seen["text_format"] == Qt.TextFormat.PlainText
    assert seen["text"].startswith("The field “first_name” is still used here:\n\n")
    lines = [line for line in seen["text"].splitlines() if line.startswith("• ")]
    assert lines == [
        "• Text “caption.welkom” (nl)",
        "• Text “caption.welkom” (en)",
        "• Text “welkom.groet” (nl)",
        "• Text “welkom.groet” (en)",
    ]
    assert template_to_json(document.template) == before
    assert document.undo_stack.count() == 0


def test_deleting_a_used_field_anyway_leaves_its_placeholders(qtbot, panel, document):
    before = template_to_json(document.template)
    panel.select_field("amount_due")
    seen = answer_next_question("delete_anyway")
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "• Condition of layer “Groot bedrag” in scene “Het bedrag”" in seen["text"]
    assert "• Settings: the amount that instalment plans split" in seen["text"]
    assert "amount_due" not in [f.name for f in document.template.fields]
    assert document.template.strings["bedrag.bedrag"].source == "{amount_due}"
    document.undo_stack.undo()
    assert template_to_json(document.template) == before


def test_a_label_that_looks_like_markup_shows_as_typed(qtbot, panel, document):
    panel.select_field("last_name")
    typed = "<b>Achternaam</b> & <i>co</i>"
    type_into(qtbot, panel.form.label_edit, typed)
    assert document.template.field("last_name").label == typed
    assert panel.form.title.text() == typed
    assert panel.form.title.textFormat() == Qt.TextFormat.PlainText
    assert document.undo_stack.undoText() == "Change field label"


def test_a_text_field_becomes_money_with_a_currency_in_one_step(panel, document):
    panel.select_field("invoice_number")
    combo = panel.form.kind_combo
    combo.activated.emit(combo.findData("money"))
    field = document.template.field("invoice_number")
    assert (field.kind, field.currency) == (FieldKind.MONEY, "EUR")
    assert document.undo_stack.count() == 1
    assert panel.form.currency_edit.isVisibleTo(panel)
    assert not panel.form.choices_edit.isVisibleTo(panel)
    assert panel.table.item(panel.table.currentRow(), 1).text() == "Amount of money"
    document.undo_stack.undo()
    assert document.template.field("invoice_number").kind is FieldKind.TEXT
    assert not panel.form.currency_edit.isVisibleTo(panel)


def test_money_bounds_are_read_as_amounts_and_refused_when_wrong(
    qtbot, panel, document
):
    panel.select_field("amount_due")
    type_into(qtbot, panel.form.maximum_edit, "2.500,00")
    assert document.template.field("amount_due").maximum == Decimal("2500.00")
    type_into(qtbot, panel.form.minimum_edit, "5000")
    assert "minimum 5000.00 is more than maximum 2500.00" in panel.message()
    assert panel.form.minimum_edit.text() == "0.01"
    type_into(qtbot, panel.form.minimum_edit, "1.234")
    assert panel.message().startswith("'1.234' is ambiguous")
    assert panel.form.minimum_edit.text() == "0.01"
    assert document.undo_stack.count() == 1


def test_making_a_field_required_drops_its_fallback_in_the_same_step(panel, document):
    panel.select_field("language")
    assert panel.form.fallback_edit.isEnabled()
    panel.form.required_box.click()
    field = document.template.field("language")
    assert (field.required, field.fallback) == (True, None)
    assert not panel.form.fallback_edit.isEnabled()
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.template.field("language").fallback == "nl"


def test_length_steps_are_one_undo_step(panel, document):
    panel.select_field("first_name")
    box = panel.form.max_length
    box.stepUp()
    box.stepUp()
    assert document.template.field("first_name").max_length == 52
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.template.field("first_name").max_length == 50
    assert box.value() == 50


def test_the_preview_formats_a_value_for_the_documents_language(qtbot, panel, document):
    panel.select_field("amount_due")
    field = document.template.field("amount_due")
    qtbot.keyClicks(panel.form.sample_edit, "1234,5")
    money = Money(Decimal("1234.50"), "EUR")
    assert panel.form.preview_label.text() == format_value(field, money, "nl")
    document.set_language("en")
    assert panel.form.preview_label.text() == format_value(field, money, "en")
    assert "€1,234.50" == panel.form.preview_label.text()
    panel.form.sample_edit.setText("veel")
    assert "veel" in panel.form.preview_label.text()
    assert panel.form.preview_note.text() == "This value cannot be used"


def test_the_preview_shows_the_fallback_and_then_the_sample_row(panel, document):
    document.set_row(None)  # no row shown: placeholders show as typed
    panel.select_field("language")
    assert panel.form.preview_label.text() == "nl"
    assert panel.form.preview_note.text() == "the fallback, in nl"
    document.set_rows({"K1": {"language": "tr"}})
    document.set_row("K1")
    assert panel.form.preview_label.text() == "tr"
    assert panel.form.preview_note.text() == "from the sample row, in nl"


def test_the_list_is_drawn_again_only_when_the_fields_change(panel, document):
    first = panel.table.item(0, 0)
    document.edit(SetLayerProperty("welkom-groet", "name", "Groet"))
    assert panel.table.item(0, 0) is first
    document.edit(AddField(Field("extra", FieldKind.DATE)))
    assert panel.table.item(0, 0) is not first
    assert panel.table.item(panel.table.rowCount() - 1, 0).text() == "extra"


def formats_of(edit: QPlainTextEdit) -> list[tuple[str, QTextCharFormat]]:
    block = edit.document().firstBlock()
    return [
        (block.text()[r.start : r.start + r.length], QTextCharFormat(r.format))
        for r in block.layout().formats()
    ]


def test_the_highlighter_marks_known_and_unknown_placeholders(qtbot, document):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    names = lambda: {field.name for field in document.template.fields}  # noqa: E731
    highlighter = attach_placeholder_highlighter(edit, names, document.sig_changed)
    edit.setPlainText("Hallo {first_name}, {{niet}} {nickname} en { due_date } {")
    marked = formats_of(edit)
    assert [text for text, _ in marked] == [
        "{first_name}",
        "{nickname}",
        "{ due_date }",
        "{",
    ]
    wave = QTextCharFormat.UnderlineStyle.WaveUnderline
    known, unknown, spaced, stray = (fmt for _, fmt in marked)
    for fmt in (known, spaced):
        assert fmt.fontWeight() > 400
        assert fmt.background().color().alpha() > 0
        assert fmt.underlineStyle() != wave
    assert unknown.underlineStyle() == wave
    # escaped, so that what was typed between the braces shows as typed
    assert unknown.toolTip() == "<qt>“nickname” is not a field of this template</qt>"
    assert stray.underlineStyle() == wave
    position = edit.toPlainText().index("{nickname}") + 3
    assert (
        highlighter.problem_at(position) == "“nickname” is not a field of this template"
    )
    assert highlighter.problem_at(2) is None
    document.edit(AddField(Field("nickname", FieldKind.TEXT, required=False)))
    assert formats_of(edit)[1][1].underlineStyle() != wave


def test_insert_field_types_a_placeholder_at_the_cursor(qtbot, document):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    button = InsertFieldButton(edit, lambda: document.template.fields)
    qtbot.addWidget(button)
    edit.setPlainText("Betaal vóór .")
    cursor = edit.textCursor()
    cursor.setPosition(len("Betaal vóór "))
    edit.setTextCursor(cursor)
    button.menu().aboutToShow.emit()
    actions = {action.data(): action for action in button.menu().actions()}
    assert list(actions)[:2] == ["customer_id", "first_name"]
    assert actions["first_name"].text() == "{first_name} — Voornaam"
    with qtbot.waitSignal(button.sig_inserted) as inserted:
        actions["due_date"].trigger()
    assert inserted.args == ["due_date"]
    assert edit.toPlainText() == "Betaal vóór {due_date}."


def test_the_delete_key_in_the_list_deletes_an_unused_field(qtbot, panel, document):
    panel.select_field("email")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "email" not in [field.name for field in document.template.fields]
    assert panel.current_name() == "invoice_number"  # the row before takes its place
