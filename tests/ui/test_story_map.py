"""The story map on the sample project: its nodes and edges, links made by
dragging ports, the problems of a broken story, and scenes added, deleted and
made the entry."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QPainterPathStroker,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QMessageBox

from studio.model.edits import (
    AddScene,
    RemoveLayer,
    SetLayerProperty,
    SetSceneProperty,
)
from studio.model.keyframes import Animated
from studio.model.layers import ActionKind
from studio.model.story import EdgeKind, StoryRule
from studio.model.template import Scene
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui import theme
from studio.ui.document import Document
from studio.ui.story_map import QUIET_MS, StoryMap
from studio.ui.story_map_items import NODE_WIDTH, Link

LEFT = Qt.MouseButton.LeftButton
SAMPLE_SCENES = [
    "welkom",
    "bedrag",
    "uitleg",
    "keuze",
    "betalen",
    "termijnen",
    "hulp",
    "bedankt",
]
SAMPLE_EDGES = {
    ("welkom", "bedrag", EdgeKind.NEXT, ""),
    ("bedrag", "uitleg", EdgeKind.NEXT, ""),
    ("uitleg", "keuze", EdgeKind.NEXT, ""),
    ("keuze", "betalen", EdgeKind.CHOICE, "keuze-betalen"),
    ("keuze", "termijnen", EdgeKind.CHOICE, "keuze-termijnen"),
    ("keuze", "hulp", EdgeKind.CHOICE, "keuze-hulp"),
    ("betalen", "hulp", EdgeKind.CHOICE, "betalen-hulp"),
    ("betalen", "bedankt", EdgeKind.CHOICE, "pay"),
    ("termijnen", "hulp", EdgeKind.CHOICE, "termijnen-hulp"),
    ("termijnen", "bedankt", EdgeKind.CHOICE, "plan"),
}


@pytest.fixture
def document(qapp):
    return Document(Project.open(SAMPLE_PROJECT))


@pytest.fixture
def story(qtbot, document):
    story = StoryMap(document)
    qtbot.addWidget(story)
    story.resize(1400, 800)
    story.show()
    qtbot.waitExposed(story)
    story.view.set_zoom(0.6)
    return story


def break_the_story(document) -> None:
    """A story with each kind of problem: the termijnen button leads into a loop
    of two new scenes, the help button of the choice is gone, the help button of
    betalen leads nowhere and its pay button shows only for some rows."""
    fps = document.template.fps
    document.edit(AddScene(Scene("lus-a", "Lus A", 3 * fps, next_scene="lus-b")))
    document.edit(AddScene(Scene("lus-b", "Lus B", 3 * fps, next_scene="lus-a")))
    keuze = document.template.scene("keuze")
    to_loop = replace(keuze.layer("keuze-termijnen").action, target="lus-a")
    document.edit(SetLayerProperty("keuze-termijnen", "action", to_loop))
    document.edit(RemoveLayer("keuze-hulp"))
    betalen = document.template.scene("betalen")
    nowhere = replace(betalen.layer("betalen-hulp").action, target=None)
    document.edit(SetLayerProperty("betalen-hulp", "action", nowhere))
    only_in_dutch = {"==": [{"var": "language"}, "nl"]}
    document.edit(SetLayerProperty("betalen-ideal", "condition", only_in_dutch))


def shown_edges(story) -> set:
    return {
        (e.spec.source, e.spec.target, e.spec.kind, e.spec.label)
        for e in story.map.edges
    }


def view_point(story, scene_point: QPointF) -> QPoint:
    return story.view.mapFromScene(scene_point)


def port(story, scene_id: str, layer_id: str | None = None, index: int = 0):
    node = story.map.nodes[scene_id]
    return node.ports_of(Link(scene_id, layer_id, _is_picker(layer_id)))[index]


def _is_picker(layer_id) -> bool:
    return layer_id == "termijnen-keuze"


def drag_port(qtbot, story, source, end: QPointF, steps: int = 8) -> None:
    """Press on a port, move to ``end`` (a point in the map) and let go."""
    viewport = story.view.viewport()
    start = view_point(story, source.scenePos())
    finish = view_point(story, end)
    qtbot.mousePress(viewport, LEFT, pos=start)
    for step in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (finish - start) * (step / steps))
    qtbot.mouseRelease(viewport, LEFT, pos=finish)


def centre_of(story, scene_id: str) -> QPointF:
    node = story.map.nodes[scene_id]
    return node.mapToScene(QPointF(NODE_WIDTH / 2, 20))


def settle(qtbot, story) -> None:
    """Wait for the map to follow the last change."""
    qtbot.wait(QUIET_MS + 60)
    story.refresh()


def choose_in_next_menu(action_name: str) -> list:
    """Trigger the action called ``action_name`` in the next menu that pops up."""
    chosen = []

    def choose():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        action = next(a for a in menu.actions() if a.objectName() == action_name)
        chosen.append(action.isEnabled())
        menu.close()
        action.trigger()

    QTimer.singleShot(0, choose)
    return chosen


def answer_next_question(button) -> list:
    seen = []

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)
    return seen


# -- what the map shows --------------------------------------------------------


def test_the_map_has_a_node_per_scene_and_the_samples_edges(story):
    assert list(story.map.nodes) == SAMPLE_SCENES
    assert shown_edges(story) == SAMPLE_EDGES
    keuze = story.map.nodes["keuze"].info
    assert [row.text for row in keuze.rows] == [
        "Nu betalen",
        "In termijnen",
        "Hulp",
        "next",
    ]
    termijnen = story.map.nodes["termijnen"].info
    plans = [row.tag for row in termijnen.rows if row.link.picker]
    assert plans == ["plan:2", "plan:3", "plan:6"]
    assert {row.text for row in termijnen.rows if row.link.picker} == {"Termijnkeuze"}
    badges = {sid: {k for k, _ in n.info.badges} for sid, n in story.map.nodes.items()}
    assert badges["welkom"] == {"entry"}
    assert badges["keuze"] == {"decision"}
    assert badges["bedankt"] == {"end"}
    assert story.map.nodes["welkom"].info.duration == "6.4 s"


def test_each_edge_kind_is_drawn_its_own_way(story, document):
    condition = {"==": [{"var": "language"}, "nl"]}
    document.edit(SetLayerProperty("keuze-betalen", "condition", condition))
    document.edit(SetSceneProperty("keuze", "condition", condition))
    document.edit(SetSceneProperty("keuze", "next_scene", "bedankt"))
    story.refresh()
    assert story.map.nodes["keuze"].info.rows[0].conditional
    pens = {(e.spec.source, e.spec.target): e.pen() for e in story.map.edges}
    assert pens[("welkom", "bedrag")].style() == Qt.PenStyle.SolidLine
    assert pens[("keuze", "bedankt")].style() == Qt.PenStyle.DashLine
    choice = pens[("keuze", "betalen")]
    assert choice.style() == Qt.PenStyle.SolidLine
    assert choice.color() != pens[("welkom", "bedrag")].color()
    labels = {e.spec.label: e.label.text for e in story.map.edges if e.label}
    assert labels["pay"] == "pay"
    assert {k for k, _ in story.map.nodes["keuze"].info.badges} == {
        "decision",
        "conditional",
    }


def test_the_layout_puts_scenes_in_columns_by_their_distance_from_the_entry(story):
    x = {sid: node.x() for sid, node in story.map.nodes.items()}
    assert x["welkom"] < x["bedrag"] < x["uitleg"] < x["keuze"] < x["betalen"]
    assert x["betalen"] == x["termijnen"] == x["hulp"] < x["bedankt"]
    boxes = [node.sceneBoundingRect() for node in story.map.nodes.values()]
    for i, one in enumerate(boxes):
        for other in boxes[i + 1 :]:
            assert not one.intersects(other)
    before = {sid: node.pos() for sid, node in story.map.nodes.items()}
    story.refresh(force=True)
    assert {sid: node.pos() for sid, node in story.map.nodes.items()} == before


def crossings(story) -> list:
    """Which edges run across a scene that is neither of their ends."""
    stroker = QPainterPathStroker()
    stroker.setWidth(1)
    found = []
    for edge in story.map.edges:
        line = stroker.createStroke(edge.path())
        for scene_id, node in story.map.nodes.items():
            if scene_id in (edge.spec.source, edge.spec.target):
                continue
            if line.intersects(node.mapRectToScene(node.rect())):
                found.append((edge.spec.source, edge.spec.target, scene_id))
    return found


def test_no_edge_runs_across_another_scene(qtbot, story):
    assert crossings(story) == []
    break_the_story(story.document)
    settle(qtbot, story)
    assert crossings(story) == []


def test_the_sample_has_no_problems(story):
    assert story.problems == []
    assert story.summary.text() == (
        "No problems: every scene is reachable, every path ends, and help is one "
        "step away from every choice."
    )
    assert story.problem_list.isHidden()
    assert not any(node.problem for node in story.map.nodes.values())


# -- links made by dragging -----------------------------------------------------


def test_dragging_the_next_port_onto_a_scene_sets_its_next_scene(qtbot, story):
    document = story.document
    drag_port(qtbot, story, port(story, "welkom"), centre_of(story, "uitleg"))

    assert document.template.scene("welkom").next_scene == "uitleg"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Set Next Scene"
    settle(qtbot, story)
    assert ("welkom", "uitleg", EdgeKind.NEXT, "") in shown_edges(story)

    document.undo_stack.undo()
    assert document.template.scene("welkom").next_scene == "bedrag"
    settle(qtbot, story)
    assert shown_edges(story) == SAMPLE_EDGES


def test_dragging_a_button_port_sets_the_scene_it_goes_to(qtbot, story):
    document = story.document
    drag_port(
        qtbot, story, port(story, "keuze", "keuze-betalen"), centre_of(story, "hulp")
    )

    button = document.template.scene("keuze").layer("keuze-betalen")
    assert button.action.kind is ActionKind.GO_TO_SCENE
    assert button.action.target == "hulp"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Link Choice"
    document.undo_stack.undo()
    assert button.action.target == "betalen"


def test_dragging_a_pay_button_port_sets_what_follows_the_payment(qtbot, story):
    document = story.document
    drag_port(
        qtbot, story, port(story, "betalen", "betalen-ideal"), centre_of(story, "hulp")
    )

    action = document.template.scene("betalen").layer("betalen-ideal").action
    assert (action.kind, action.target, action.then) == (ActionKind.PAY, None, "hulp")
    document.undo_stack.undo()
    action = document.template.scene("betalen").layer("betalen-ideal").action
    assert action.then == "bedankt"


def test_dragging_a_plan_option_port_sets_the_pickers_then(qtbot, story):
    document = story.document
    option = port(story, "termijnen", "termijnen-keuze", index=2)
    drag_port(qtbot, story, option, centre_of(story, "hulp"))

    assert document.template.scene("termijnen").layer("termijnen-keuze").then == "hulp"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert (
        document.template.scene("termijnen").layer("termijnen-keuze").then == "bedankt"
    )


def test_a_refused_link_says_why_and_changes_nothing(qtbot, story):
    messages = []
    story.sig_message.connect(messages.append)
    drag_port(qtbot, story, port(story, "bedrag"), centre_of(story, "bedrag"))

    assert story.document.template.scene("bedrag").next_scene == "uitleg"
    assert story.document.undo_stack.count() == 0
    assert messages == ["scene 'Het bedrag': a scene cannot go on to itself"]


def test_dropping_a_port_on_empty_space_offers_to_clear_the_link(qtbot, story):
    document = story.document
    source = port(story, "bedrag")
    empty = source.scenePos() + QPointF(NODE_WIDTH / 2 + 20, -200)
    assert story.map.node_at(empty) is None
    enabled = choose_in_next_menu("clear_link")
    drag_port(qtbot, story, source, empty)
    qtbot.waitUntil(lambda: enabled == [True])

    assert document.template.scene("bedrag").next_scene is None
    assert document.undo_stack.undoText() == "Clear Link"
    document.undo_stack.undo()
    assert document.template.scene("bedrag").next_scene == "uitleg"


def test_a_click_on_a_port_without_a_drag_changes_nothing(qtbot, story):
    viewport = story.view.viewport()
    qtbot.mouseClick(
        viewport, LEFT, pos=view_point(story, port(story, "welkom").scenePos())
    )
    assert story.document.undo_stack.count() == 0


# -- following the document -----------------------------------------------------


def test_choosing_a_node_shows_its_scene_and_a_scene_chosen_elsewhere_is_chosen(
    qtbot, story
):
    document = story.document
    qtbot.mouseClick(
        story.view.viewport(), LEFT, pos=view_point(story, centre_of(story, "hulp"))
    )
    assert document.scene_id == "hulp"
    assert story.map.nodes["hulp"].isSelected()

    document.set_scene("bedrag")
    assert story.map.nodes["bedrag"].isSelected()
    assert not story.map.nodes["hulp"].isSelected()


def test_the_map_follows_edits_after_a_moment_and_ignores_the_playhead(qtbot, story):
    document = story.document
    nodes = dict(story.map.nodes)
    document.set_frame(40)
    document.edit(SetLayerProperty("keuze-hulp", "name", "Ik heb hulp nodig", "Rename"))
    assert story.map.nodes == nodes  # not yet
    qtbot.waitUntil(lambda: story.map.nodes != nodes, timeout=1000)
    assert story.map.nodes["keuze"].info.rows[2].text == "Ik heb hulp nodig"

    nodes = dict(story.map.nodes)
    layer = document.template.scene("keuze").layer("keuze-hulp")
    layer.transform.position = Animated((10.0, 10.0))  # no part of the story
    document.sig_changed.emit()
    qtbot.wait(QUIET_MS + 100)
    assert story.map.nodes == nodes


def test_the_wheel_zooms_and_fit_shows_every_scene(qtbot, story):
    view = story.view
    view.set_zoom(1.0)
    before = view.zoom
    centre = view.viewport().rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(view.viewport().mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom == pytest.approx(before * 1.44)

    story.fit_action.trigger()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for node in story.map.nodes.values():
        assert shown.contains(node.sceneBoundingRect())


def test_a_node_dragged_by_hand_keeps_its_place_until_laid_out_again(qtbot, story):
    viewport = story.view.viewport()
    node = story.map.nodes["bedankt"]
    story.view.centerOn(node)
    before = node.pos()
    start = view_point(story, centre_of(story, "bedankt"))
    end = start + QPoint(0, 120)
    qtbot.mousePress(viewport, LEFT, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * (step / 6))
    qtbot.mouseRelease(viewport, LEFT, pos=end)

    moved = node.pos()
    assert moved.y() > before.y() + 100
    assert moved.x() == before.x()
    assert story.document.undo_stack.count() == 0  # a place is no part of the project
    story.refresh(force=True)
    assert story.map.nodes["bedankt"].pos() == moved
    edge = next(e for e in story.map.edges if e.spec.target == "bedankt")
    assert edge.path().pointAtPercent(1).y() > before.y() + 100

    story.layout_action.trigger()
    assert story.map.nodes["bedankt"].pos() == before


def test_a_right_click_offers_the_scene_or_the_background_menu(qtbot, story):
    viewport = story.view.viewport()
    on_node = view_point(story, centre_of(story, "uitleg"))
    enabled = choose_in_next_menu("make_entry")
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, on_node, viewport.mapToGlobal(on_node)
    )
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: enabled == [True])
    assert story.document.template.scenes[0].id == "uitleg"

    empty = view_point(story, story.map.nodes["welkom"].pos() + QPointF(0, -300))
    enabled = choose_in_next_menu("new_scene")
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, empty, viewport.mapToGlobal(empty)
    )
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: enabled == [True])
    assert story.document.scene_id == "scene-9"


def test_the_map_follows_a_switch_between_light_and_dark(qtbot, story):
    app = QApplication.instance()
    try:
        theme.apply_theme(app, "dark")
        qtbot.waitUntil(
            lambda: story.map.nodes["welkom"].colours.body == QColor("#2B2D31")
        )
        assert story.map.nodes["welkom"].colours.text == QColor("#E6E6E6")
        theme.apply_theme(app, "light")
        qtbot.waitUntil(
            lambda: story.map.nodes["welkom"].colours.body == QColor("#F2F3F5")
        )
        assert story.map.nodes["welkom"].colours.text == QColor("#1A1B1E")
    finally:
        theme.apply_theme(app, "light")


# -- problems ---------------------------------------------------------------------


def test_a_broken_story_lists_each_rule_and_marks_the_culprits(qtbot, story):
    break_the_story(story.document)
    settle(qtbot, story)

    found = {(p.rule, p.scene, p.layer) for p in story.problems}
    assert found == {
        (StoryRule.UNREACHABLE, "termijnen", None),
        (StoryRule.UNREACHABLE, "hulp", None),
        (StoryRule.NO_END, "lus-a", None),
        (StoryRule.NO_END, "lus-b", None),
        (StoryRule.NO_TARGET, "betalen", "betalen-hulp"),
        (StoryRule.WAITS_FOREVER, "betalen", "betalen-ideal"),
        (StoryRule.HELP_OUT_OF_REACH, "keuze", None),
        (StoryRule.HELP_OUT_OF_REACH, "betalen", None),
    }
    assert story.problem_list.count() == len(story.problems)
    assert [story.problem_list.item(i).text() for i in range(len(story.problems))] == [
        p.message for p in story.problems
    ]
    assert story.summary.text() == "8 problem(s) in the story; choose one to go to it."
    marked = {sid for sid, node in story.map.nodes.items() if node.problem}
    assert marked == {"termijnen", "hulp", "lus-a", "lus-b", "betalen", "keuze"}
    assert port(story, "betalen", "betalen-hulp").problem
    assert port(story, "betalen", "betalen-ideal").problem
    assert not port(story, "keuze", "keuze-betalen").problem
    columns = story.map.nodes
    assert columns["termijnen"].x() == columns["hulp"].x() > columns["lus-b"].x()


def test_choosing_a_problem_selects_its_scene_and_layer_and_centres_on_it(qtbot, story):
    break_the_story(story.document)
    settle(qtbot, story)
    document = story.document
    index = next(
        i for i, p in enumerate(story.problems) if p.rule is StoryRule.NO_TARGET
    )
    item = story.problem_list.item(index)
    rect = story.problem_list.visualItemRect(item)
    qtbot.mouseClick(story.problem_list.viewport(), LEFT, pos=rect.center())

    assert document.scene_id == "betalen"
    assert document.selection == ("betalen-hulp",)
    assert story.map.nodes["betalen"].isSelected()
    view = story.view
    middle = view.mapToScene(view.viewport().rect().center())
    node = story.map.nodes["betalen"].sceneBoundingRect()
    assert abs(middle.x() - node.center().x()) < 2
    assert abs(middle.y() - node.center().y()) < 2

    unreached = next(
        i for i, p in enumerate(story.problems) if p.rule is StoryRule.UNREACHABLE
    )
    story.problem_list.itemClicked.emit(story.problem_list.item(unreached))
    assert document.scene_id == "termijnen"
    assert document.selection == ()


# -- scenes added, deleted, made the entry ----------------------------------------


def test_new_scene_adds_a_white_five_second_scene_where_asked(qtbot, story):
    document = story.document
    menu = story.background_menu(QPointF(400, 700))
    next(a for a in menu.actions() if a.objectName() == "new_scene").trigger()

    scene = document.template.scenes[-1]
    assert (scene.id, scene.name) == ("scene-9", "Scene 9")
    assert scene.duration == 5 * document.template.fps
    assert scene.background == "#FFFFFF"
    assert document.scene_id == "scene-9"
    assert document.undo_stack.undoText() == "New Scene"
    assert story.map.nodes["scene-9"].pos() == QPointF(400, 700)
    assert story.map.nodes["scene-9"].isSelected()
    assert story.new_scene() == "scene-10"
    assert document.template.scenes[-1].name == "Scene 10"

    document.undo_stack.undo()
    document.undo_stack.undo()
    assert [s.id for s in document.template.scenes] == SAMPLE_SCENES
    settle(qtbot, story)
    assert list(story.map.nodes) == SAMPLE_SCENES


def test_delete_scene_asks_when_something_leads_to_it(qtbot, story):
    document = story.document
    seen = answer_next_question(QMessageBox.StandardButton.Cancel)
    menu = story.node_menu("hulp")
    next(a for a in menu.actions() if a.objectName() == "delete_scene").trigger()
    assert "Hulp" in seen[0]
    assert "button 'Hulp' in scene 'Kies'" in seen[0]
    assert "hulp" in [s.id for s in document.template.scenes]

    answer_next_question(QMessageBox.StandardButton.Yes)
    assert story.delete_scene("hulp")
    assert "hulp" not in [s.id for s in document.template.scenes]
    assert document.undo_stack.undoText() == "Delete Scene"
    settle(qtbot, story)
    assert "hulp" not in story.map.nodes
    rules = {(p.rule, p.layer) for p in story.problems}
    assert (StoryRule.NO_TARGET, "keuze-hulp") in rules

    document.undo_stack.undo()
    assert [s.id for s in document.template.scenes] == SAMPLE_SCENES
    settle(qtbot, story)
    assert shown_edges(story) == SAMPLE_EDGES


def test_delete_scene_of_a_scene_nobody_uses_asks_nothing(qtbot, story):
    document = story.document
    assert story.new_scene() == "scene-9"
    assert story.delete_scene("scene-9")
    assert [s.id for s in document.template.scenes] == SAMPLE_SCENES
    document.undo_stack.undo()
    assert document.template.scenes[-1].id == "scene-9"


def test_make_entry_scene_moves_the_scene_first(qtbot, story):
    document = story.document
    menu = story.node_menu("welkom")
    make_entry = next(a for a in menu.actions() if a.objectName() == "make_entry")
    assert not make_entry.isEnabled()

    menu = story.node_menu("uitleg")
    next(a for a in menu.actions() if a.objectName() == "make_entry").trigger()
    assert document.template.scenes[0].id == "uitleg"
    assert document.undo_stack.undoText() == "Make Entry Scene"
    settle(qtbot, story)
    assert {k for k, _ in story.map.nodes["uitleg"].info.badges} == {"entry"}
    unreached = {p.scene for p in story.problems if p.rule is StoryRule.UNREACHABLE}
    assert unreached == {"welkom", "bedrag"}

    document.undo_stack.undo()
    assert [s.id for s in document.template.scenes] == SAMPLE_SCENES


def test_the_story_map_is_a_panel_of_the_window(qtbot):
    from studio.ui.main_window import MainWindow

    project = Project.open(SAMPLE_PROJECT)
    project.source = None  # a copy of the sample, which no other window holds
    window = MainWindow(project)
    try:
        dock = window.findChild(QDockWidget, "story_dock")
        assert dock.widget() is window.story
        timeline = window.findChild(QDockWidget, "timeline_dock")
        assert dock in window.tabifiedDockWidgets(timeline)
        panels = next(m for m in window.findChildren(QMenu) if m.title() == "&Panels")
        assert dock.toggleViewAction() in panels.actions()
    finally:
        window.document.undo_stack.setClean()
        window.close()
