"""What a button does, chosen in the inspector: the kind, then only what that kind
needs, each change one undo step; hostile links refused with the reason shown;
the plan picker's own rows."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from studio.model.edits import AddField
from studio.model.layers import Action, ActionKind, ButtonStyle
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui import action_editor
from studio.ui.action_editor import ActionEditor, ActionPart, with_kind
from studio.ui.document import Document
from studio.ui.inspector import Inspector
from studio.ui.property_editors import (
    MIXED_TEXT,
    ChoiceEditor,
    editor_factory,
    register_editor,
    unregister_editor,
)
from studio.values.fields import Field, FieldKind


@pytest.fixture
def installed():
    """The action editor in the registry for these tests only."""
    before = editor_factory("action")
    action_editor.install()
    yield
    if before is None:
        unregister_editor("action")
    else:
        register_editor("action", before)


@pytest.fixture
def document(qapp):
    project = Project.open(SAMPLE_PROJECT)
    yield Document(project)
    project.close()


@pytest.fixture
def inspector(qtbot, installed, document):
    widget = Inspector(document)
    qtbot.addWidget(widget)
    widget.resize(360, 1000)
    widget.show()
    return widget


def layer(document, layer_id):
    return next(
        found
        for scene in document.template.scenes
        for found in scene.layers
        if found.id == layer_id
    )


def pick(document, scene_id, *layer_ids):
    document.set_scene(scene_id)
    document.select(layer_ids)


def editor_of(inspector) -> ActionEditor:
    editor = inspector.editor_for("action")
    assert isinstance(editor, ActionEditor)
    return editor


def choose(part: ChoiceEditor, text: str) -> None:
    """Pick ``text`` from the list as a click on it does."""
    index = part.combo.findText(text)
    assert index >= 0, (
        text,
        [part.combo.itemText(i) for i in range(part.combo.count())],
    )
    part.combo.setCurrentIndex(index)
    part.combo.activated.emit(index)


def shown_rows(editor: ActionEditor) -> list[str]:
    """The labels of the editor's rows a designer sees, in order."""
    form = editor.form
    return [
        form.itemAt(row, form.ItemRole.LabelRole).widget().text()
        for row in range(form.rowCount())
        if form.isRowVisible(row)
    ]


def type_line(qtbot, line, text):
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_a_choice_becomes_pay_and_back_and_undo_walks_it_back(inspector, document):
    pick(document, "keuze", "keuze-betalen")
    editor = editor_of(inspector)
    stack = document.undo_stack
    start = stack.count()
    assert editor.kind.combo.currentText() == "Go to scene"
    assert shown_rows(editor) == ["When pressed", "Scene"]
    assert editor.scene.combo.currentText() == "Betalen"

    choose(editor.kind, "Pay")

    button = layer(document, "keuze-betalen")
    assert button.action == Action(ActionKind.PAY, then="betalen")
    assert shown_rows(editor) == ["When pressed", "Then go to"]
    assert editor.then.combo.currentText() == "Betalen"

    choose(editor.kind, "Go to scene")

    assert layer(document, "keuze-betalen").action == Action(
        ActionKind.GO_TO_SCENE, "betalen"
    )
    assert stack.count() == start + 2
    stack.undo()
    assert layer(document, "keuze-betalen").action.kind is ActionKind.PAY
    assert editor.kind.combo.currentText() == "Pay"
    stack.undo()
    assert layer(document, "keuze-betalen").action == Action(
        ActionKind.GO_TO_SCENE, "betalen"
    )
    assert shown_rows(editor) == ["When pressed", "Scene"]


def test_the_scene_after_paying_is_chosen_or_the_video_ends(inspector, document):
    pick(document, "betalen", "betalen-ideal")
    editor = editor_of(inspector)
    stack = document.undo_stack
    start = stack.count()
    assert editor.then.combo.currentText() == "Bedankt"
    assert editor.then.combo.itemText(0) == "(end the video)"

    choose(editor.then, "(end the video)")
    assert layer(document, "betalen-ideal").action == Action(ActionKind.PAY)

    choose(editor.then, "Hulp")
    assert layer(document, "betalen-ideal").action == Action(
        ActionKind.PAY, then="hulp"
    )
    assert stack.count() == start + 2
    assert stack.undoText() == "Change Action"


def test_going_to_another_scene_offers_every_scene_by_name(inspector, document):
    pick(document, "keuze", "keuze-hulp")
    editor = editor_of(inspector)
    names = [editor.scene.combo.itemText(i) for i in range(editor.scene.combo.count())]
    assert names == [scene.name for scene in document.template.scenes]

    choose(editor.scene, "Termijnen")

    assert layer(document, "keuze-hulp").action == Action(
        ActionKind.GO_TO_SCENE, "termijnen"
    )


def test_a_plan_offers_the_terms_the_template_allows(inspector, document):
    pick(document, "keuze", "keuze-termijnen")
    editor = editor_of(inspector)

    choose(editor.kind, "Choose plan")

    assert layer(document, "keuze-termijnen").action == Action(
        ActionKind.CHOOSE_PLAN, terms=2, then="termijnen"
    )
    terms = [editor.terms.combo.itemText(i) for i in range(editor.terms.combo.count())]
    assert terms == ["2 terms", "3 terms", "6 terms"]
    assert shown_rows(editor) == ["When pressed", "Plan", "Then go to"]

    choose(editor.terms, "6 terms")
    assert layer(document, "keuze-termijnen").action.terms == 6


def test_a_number_to_call_is_read_as_a_phone_number(qtbot, inspector, document):
    pick(document, "hulp", "hulp-bel")
    editor = editor_of(inspector)
    assert shown_rows(editor) == ["When pressed", "Number", "Then go to"]
    assert editor.number.text() == "+31201234567"

    type_line(qtbot, editor.number, "020 765 4321")

    assert layer(document, "hulp-bel").action.target == "+31207654321"
    assert editor.number.text() == "+31207654321"
    assert editor.message() == ""

    type_line(qtbot, editor.number, "bel ons")

    assert layer(document, "hulp-bel").action.target == "+31207654321"
    assert "contains 'b'" in editor.message()


def test_a_phone_field_of_the_row_can_be_called(qtbot, inspector, document):
    document.edit(AddField(Field("phone", FieldKind.PHONE, "Telefoon", required=False)))
    pick(document, "hulp", "hulp-bel")
    editor = editor_of(inspector)
    assert shown_rows(editor) == [
        "When pressed",
        "Number to call",
        "Number",
        "Then go to",
    ]

    choose(editor.phone, "Phone field Telefoon")

    assert layer(document, "hulp-bel").action.target == "{phone}"
    assert shown_rows(editor) == ["When pressed", "Number to call", "Then go to"]

    choose(editor.phone, "A number")
    assert layer(document, "hulp-bel").action.target is None
    assert editor.number.isVisibleTo(editor)


@pytest.mark.parametrize(
    "link, message",
    [
        ("javascript:alert(1)", "must start with https://"),
        ("https://evil.example/pay", "host 'evil.example' is not on the template's"),
        (
            "https://www.geldfit.nl/?naam={first_name}",
            "{first_name} says who the person is (person_name)",
        ),
        ("https://www.geldfit.nl/#top", "has a fragment (#)"),
    ],
)
def test_a_hostile_link_is_refused_with_the_reason_shown(
    qtbot, inspector, document, link, message
):
    pick(document, "hulp", "hulp-geldfit")
    editor = editor_of(inspector)
    start = document.undo_stack.count()
    editor.link.setFocus()
    editor.link.selectAll()
    qtbot.keyClicks(editor.link, link)

    assert message in editor.message()  # said while typing, before Enter

    qtbot.keyClick(editor.link, Qt.Key.Key_Return)

    assert layer(document, "hulp-geldfit").action.target == "https://www.geldfit.nl"
    assert document.undo_stack.count() == start
    assert message in editor.message()
    assert editor.problem.textFormat() == Qt.TextFormat.PlainText


def test_a_link_to_a_listed_host_with_a_plain_field_is_taken(
    qtbot, inspector, document
):
    pick(document, "hulp", "hulp-geldfit")
    editor = editor_of(inspector)
    good = "https://www.geldfit.nl/hulp?kenmerk={invoice_number}"

    type_line(qtbot, editor.link, good)

    assert layer(document, "hulp-geldfit").action == Action(ActionKind.OPEN_LINK, good)
    assert editor.message() == ""


def test_a_typed_link_that_looks_like_markup_is_quoted_as_typed(
    qtbot, inspector, document
):
    pick(document, "hulp", "hulp-geldfit")
    editor = editor_of(inspector)
    type_line(qtbot, editor.link, "https://<b>x</b>")

    assert "'https://<b>x</b>'" in editor.message()
    assert editor.problem.textFormat() == Qt.TextFormat.PlainText


def test_buttons_that_differ_show_a_dash_and_change_together(inspector, document):
    pick(document, "keuze", "keuze-betalen", "keuze-hulp")
    editor = editor_of(inspector)
    assert editor.kind.combo.currentText() == "Go to scene"
    assert editor.scene.combo.currentIndex() == -1
    assert editor.scene.combo.placeholderText() == MIXED_TEXT
    start = document.undo_stack.count()

    choose(editor.scene, "Bedankt")

    for button in ("keuze-betalen", "keuze-hulp"):
        assert layer(document, button).action.target == "bedankt"
    assert layer(document, "keuze-termijnen").action.target == "termijnen"
    assert document.undo_stack.count() == start + 1


def test_buttons_of_different_kinds_keep_their_own_parts(inspector, document):
    pick(document, "hulp", "hulp-bel", "hulp-geldfit")
    editor = editor_of(inspector)
    assert editor.kind.combo.currentIndex() == -1
    assert editor.kind.combo.placeholderText() == MIXED_TEXT
    assert shown_rows(editor) == ["When pressed", "Then go to"]

    choose(editor.then, "Bedankt")

    assert layer(document, "hulp-bel").action == Action(
        ActionKind.CALL, "+31201234567", then="bedankt"
    )
    assert layer(document, "hulp-geldfit").action == Action(
        ActionKind.OPEN_LINK, "https://www.geldfit.nl", then="bedankt"
    )


def test_a_new_kind_keeps_where_the_button_leads():
    paid = Action(ActionKind.PAY, then="bedankt")
    assert with_kind(paid, ActionKind.GO_TO_SCENE, 2) == Action(
        ActionKind.GO_TO_SCENE, "bedankt"
    )
    assert with_kind(paid, ActionKind.CHOOSE_PLAN, 3) == Action(
        ActionKind.CHOOSE_PLAN, terms=3, then="bedankt"
    )
    call = Action(ActionKind.CALL, "+31201234567")
    assert with_kind(call, ActionKind.OPEN_LINK, 2) == Action(ActionKind.OPEN_LINK)
    assert ActionPart("then", "hulp").applied_to(call).then == "hulp"


def test_style_pause_and_keyboard_order_read_plainly(qtbot, inspector, document):
    pick(document, "hulp", "hulp-chat")
    labels = {label.text() for label in inspector.findChildren(QLabel)}
    assert {"Style", "Wait for a choice", "Keyboard order"} <= labels
    style = inspector.editor_for("style")
    assert style.combo.currentText() == "Primary (filled)"
    order = inspector.editor_for("tab_index")
    assert order.box.text() == "Automatic"

    choose(style, "Secondary (outlined)")
    inspector.editor_for("pause").check.click()
    order.box.lineEdit().selectAll()
    qtbot.keyClicks(order.box, "2")
    qtbot.keyClick(order.box, Qt.Key.Key_Return)

    button = layer(document, "hulp-chat")
    assert (button.style, button.pause, button.tab_index) == (
        ButtonStyle.SECONDARY,
        True,
        2,
    )
    order.box.lineEdit().selectAll()
    qtbot.keyClick(order.box, Qt.Key.Key_Delete)
    qtbot.keyClick(order.box, Qt.Key.Key_Return)
    assert layer(document, "hulp-chat").tab_index is None


def test_the_actions_rows_line_up_with_the_inspectors_labels(inspector, document):
    pick(document, "betalen", "betalen-ideal")
    editor = editor_of(inspector)
    style_label = next(
        label for label in inspector.findChildren(QLabel) if label.text() == "Style"
    )
    assert all(label.width() == style_label.width() for label in editor.form_labels())


def test_the_plan_picker_goes_on_to_a_chosen_scene_or_ends(inspector, document):
    pick(document, "termijnen", "termijnen-keuze")
    assert inspector.subtitle.text() == "Plan picker layer"
    then = inspector.editor_for("then")
    assert then.combo.currentText() == "Bedankt"

    choose(then, "(end the video)")
    assert layer(document, "termijnen-keuze").then is None

    choose(then, "Hulp")
    assert layer(document, "termijnen-keuze").then == "hulp"
    for name in ("pause", "tab_index", "font", "font_size", "fill", "gap"):
        assert inspector.editor_for(name) is not None, name


def test_the_plan_pickers_label_knows_its_own_placeholders(inspector, document):
    pick(document, "termijnen", "termijnen-keuze")
    words = inspector.editor_for("label")
    highlighter = words.highlighter
    text = words.words.toPlainText()
    for name in ("{terms}", "{term_amount}", "{first_due}"):
        assert highlighter.problem_at(text.index(name) + 1) is None, name

    words.words.setPlainText("{terms} keer {nonsense}")
    assert "“nonsense” is not a field" in highlighter.problem_at(14)

    pick(document, "keuze", "keuze-betalen")
    label = inspector.editor_for("label")
    label.words.setPlainText("{terms}")
    assert "“terms” is not a field" in label.highlighter.problem_at(1)
