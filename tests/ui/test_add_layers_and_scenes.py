"""A designer builds a new branch from the menus: layers added to the scene shown,
scenes added, copied, deleted and moved; each one undo step, the scene list
following, a copy independent of its original."""

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from studio.model.edits import SetLayerProperty, SetText
from studio.model.layers import ActionKind, LayerKind
from studio.model.serialize import template_to_json
from studio.model.story import check_story
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui.document import Document
from studio.ui.layer_factory import LayerFactory
from studio.ui.main_window import MainWindow
from studio.ui.panels import LayerTable, SceneList
from studio.ui.scene_commands import SceneCommands


@pytest.fixture
def document(qapp):
    project = Project.open(SAMPLE_PROJECT)
    yield Document(project)
    project.close()


@pytest.fixture
def window(qtbot):
    """A plain window for the questions to open over."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def commands(document, window):
    return SceneCommands(document, window)


@pytest.fixture
def factory(document):
    return LayerFactory(document)


@pytest.fixture
def scene_list(qtbot, document):
    widget = SceneList(document)
    qtbot.addWidget(widget)
    return widget


def listed(scene_list) -> list[str]:
    return [scene_list.item(row).text() for row in range(scene_list.count())]


def current_item(scene_list) -> str:
    return scene_list.currentItem().text()


def answer_next_question(button) -> list:
    """Press ``button`` in the next message box that opens; returns the box's
    text and text format."""
    seen = []

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append((box.text(), box.textFormat()))
        box.button(button).click()

    QTimer.singleShot(0, press)
    return seen


def no_question(scene, uses):
    raise AssertionError(f"asked about {scene.name!r}: {uses}")


# -- layers --------------------------------------------------------------------


@pytest.mark.parametrize(
    "index, kind, name",
    [
        (0, LayerKind.TEXT, "Text"),
        (1, LayerKind.BUTTON, "Button"),
        (2, LayerKind.SHAPE, "Shape"),
        (3, LayerKind.PLAN_PICKER, "Plan picker"),
    ],
)
def test_each_kind_of_layer_is_added_on_top_selected_and_undone_at_once(
    qtbot, document, factory, index, kind, name
):
    document.set_scene("bedrag")
    table = LayerTable(document)
    qtbot.addWidget(table)
    before = template_to_json(document.template)
    count = document.undo_stack.count()

    factory.actions[index].trigger()

    scene = document.scene
    added = scene.layers[-1]
    assert (added.kind, added.name) == (kind, name)
    assert document.selection == (added.id,)
    assert added.transform.position.value == (960.0, 540.0)
    assert table.layer_ids()[0] == added.id  # the list shows it on top
    if kind is not LayerKind.SHAPE:
        key = added.text if kind is LayerKind.TEXT else added.label
        assert document.template.strings[key].translations == {}
    assert document.undo_stack.count() == count + 1

    document.undo_stack.undo()

    assert template_to_json(document.template) == before
    assert document.selection == ()
    assert added.id not in table.layer_ids()


def test_a_new_text_starts_with_dutch_words_in_a_dutch_template(document, factory):
    document.set_scene("uitleg")
    layer_id = factory.add(LayerKind.TEXT)

    key = document.scene.layer(layer_id).text
    assert document.template.strings[key].source == "Nieuwe tekst"


def test_a_new_button_in_a_decision_leads_nowhere_and_the_story_says_so(
    document, factory
):
    document.set_scene("keuze")
    layer_id = factory.add(LayerKind.BUTTON)

    button = document.scene.layer(layer_id)
    assert button.action.kind is ActionKind.GO_TO_SCENE
    assert button.action.target is None
    assert any(problem.layer == layer_id for problem in check_story(document.template))


def test_a_new_button_goes_on_where_its_scene_goes(document, factory):
    document.set_scene("welkom")
    layer_id = factory.add(LayerKind.BUTTON)

    assert document.scene.layer(layer_id).action.target == "bedrag"


# -- scenes --------------------------------------------------------------------


def test_a_new_scene_follows_the_one_shown_and_the_list_shows_it(
    document, commands, scene_list
):
    document.set_scene("keuze")
    before = template_to_json(document.template)

    commands.new_action.trigger()

    ids = [scene.id for scene in document.template.scenes]
    assert ids.index(document.scene_id) == ids.index("keuze") + 1
    scene = document.scene
    assert (scene.name, scene.duration, scene.background) == ("Scene 9", 125, "#FFFFFF")
    assert listed(scene_list)[4] == "Scene 9  (5.0 s)"
    assert current_item(scene_list) == "Scene 9  (5.0 s)"

    document.undo_stack.undo()

    assert template_to_json(document.template) == before
    assert document.scene_id == "betalen"  # the neighbour now in its place
    assert "Scene 9  (5.0 s)" not in listed(scene_list)
    assert current_item(scene_list).startswith("Betalen")


def test_a_second_new_scene_gets_the_next_free_name(document, commands):
    commands.add()
    commands.add()
    names = [scene.name for scene in document.template.scenes]
    assert names.count("Scene 9") == 1 and "Scene 10" in names


def test_a_duplicate_is_shown_after_its_original_and_undone_at_once(
    document, commands, scene_list
):
    document.set_scene("termijnen")
    before = template_to_json(document.template)
    count = document.undo_stack.count()

    commands.duplicate_action.trigger()

    assert document.scene_id == "termijnen-2"
    assert document.scene.name == "Termijnen (copy)"
    assert current_item(scene_list).startswith("Termijnen (copy)")
    assert listed(scene_list)[6].startswith("Termijnen (copy)")
    assert document.undo_stack.count() == count + 1

    document.undo_stack.undo()

    assert template_to_json(document.template) == before
    assert len(listed(scene_list)) == 8


def test_editing_the_duplicate_never_changes_the_original(document, commands):
    document.set_scene("keuze")
    original_words = document.template.strings["keuze.betalen"].source
    commands.duplicate()
    copy = document.scene
    button = copy.layer("keuze-2-betalen")

    document.edit(SetText(button.label, "nl", "Meteen betalen"))
    document.edit(SetLayerProperty(button.id, "name", "Kopie"))
    document.edit(SetText(copy.caption, "en", "Something else"))

    original = document.template.scene("keuze")
    assert document.template.strings["keuze.betalen"].source == original_words
    assert original.layer("keuze-betalen").name == "Nu betalen"
    assert document.template.strings[original.caption].text_for("en", "nl") != (
        "Something else"
    )
    assert button.label != original.layer("keuze-betalen").label


def test_deleting_a_scene_in_use_asks_with_its_uses_and_cancel_keeps_it(
    document, commands, scene_list
):
    document.set_scene("hulp")
    before = template_to_json(document.template)

    seen = answer_next_question(QMessageBox.StandardButton.Cancel)
    assert commands.delete() is False

    text, text_format = seen[0]
    assert "Delete the scene “Hulp”?" in text
    assert (
        "• button 'Hulp' in scene 'Kies'\n• button 'Toch hulp' in scene 'Betalen'"
        in text
    )
    assert text_format == Qt.TextFormat.PlainText
    assert template_to_json(document.template) == before
    assert document.scene_id == "hulp"


def test_deleting_a_scene_in_use_shows_its_neighbour_and_undo_brings_it_back(
    document, commands, scene_list
):
    document.set_scene("hulp")
    before = template_to_json(document.template)

    answer_next_question(QMessageBox.StandardButton.Yes)
    assert commands.delete() is True

    assert "hulp" not in [scene.id for scene in document.template.scenes]
    assert "hulp.titel" not in document.template.strings
    assert document.scene_id == "bedankt"
    assert current_item(scene_list).startswith("Bedankt")
    assert len(listed(scene_list)) == 7

    document.undo_stack.undo()

    assert template_to_json(document.template) == before
    assert any(item.startswith("Hulp") for item in listed(scene_list))


def test_a_scene_nothing_leads_to_is_deleted_without_a_question(
    document, commands, scene_list
):
    document.set_scene("bedankt")
    commands.add()
    commands.ask_to_delete = no_question

    commands.delete_action.trigger()

    assert document.scene_id == "bedankt"  # the last one went: the one before
    assert len(listed(scene_list)) == 8


def test_moving_a_scene_up_and_down_reorders_the_list(document, commands, scene_list):
    document.set_scene("keuze")
    before = template_to_json(document.template)

    commands.up_action.trigger()
    assert listed(scene_list)[2].startswith("Kies")
    assert current_item(scene_list).startswith("Kies")

    commands.down_action.trigger()
    commands.down_action.trigger()
    assert [scene.id for scene in document.template.scenes][4] == "keuze"
    assert listed(scene_list)[4].startswith("Kies")

    for _ in range(3):
        document.undo_stack.undo()
    assert template_to_json(document.template) == before


def test_the_commands_that_cannot_apply_are_greyed_out(document, commands):
    document.set_scene("welkom")
    assert not commands.up_action.isEnabled()
    assert commands.down_action.isEnabled()

    document.set_scene("bedankt")
    assert commands.up_action.isEnabled()
    assert not commands.down_action.isEnabled()
    assert commands.delete_action.isEnabled()


# -- the window ----------------------------------------------------------------


@pytest.fixture
def main_window(qtbot):
    main = MainWindow(Project.open(SAMPLE_PROJECT))
    main.show()
    yield main
    if shiboken6.isValid(main):
        main.document.undo_stack.setClean()
        main.close()


def menu_texts(main, title):
    menu = next(
        action.menu()
        for action in main.menuBar().actions()
        if action.text().replace("&", "") == title
    )
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_window_offers_the_layer_and_scene_commands(main_window):
    assert menu_texts(main_window, "Layer") == [
        "Add Text",
        "Add Button",
        "Add Shape",
        "Add Plan Picker",
    ]
    assert menu_texts(main_window, "Scene")[:5] == [
        "New Scene",
        "Duplicate Scene",
        "Delete Scene",
        "Move Scene Up",
        "Move Scene Down",
    ]
    scene_list = main_window.scenes
    assert scene_list.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert main_window.scene_commands.new_action in scene_list.actions()


def test_a_button_added_in_the_window_is_edited_in_its_inspector(main_window):
    document = main_window.document
    document.set_scene("keuze")
    main_window.layer_factory.actions[1].trigger()

    editor = main_window.inspector.editor_for("action")
    assert editor.kind.combo.currentText() == "Go to scene"
    assert editor.scene.combo.placeholderText() == "Choose a scene"
