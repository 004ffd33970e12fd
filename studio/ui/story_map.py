"""The story map: the template's story graph as a map of scenes, with the story's
problems listed below it.

Each scene is a node; its choices and its next scene are ports, and dragging a
port onto a scene makes the link (one undoable step each). The map follows the
document a moment after each change, and only rebuilds when the graph, the
scenes' names and lengths or the problems changed: a playhead move or a drag on
the canvas rebuilds nothing.

Known limit: the nodes are laid out anew for every project that is opened. A
node moved by hand keeps its place while the project stays open, but the places
are not stored in the project.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from studio.model.edits import (
    EditError,
    MoveScene,
    SetLayerProperty,
    SetSceneProperty,
    find_layer,
)
from studio.model.layers import ActionKind, PlanPickerLayer
from studio.model.new_scenes import (
    delete_scene_edit,
    new_scene_edit,
    unused_scene_name,
)
from studio.model.story import StoryProblem, check_story, story_graph
from studio.model.story_edits import scene_uses
from studio.model.template import Scene, Template
from studio.ui.document import Document
from studio.ui.scene_commands import ask_to_delete_scene
from studio.ui.story_map_content import MapContent, rule_icon
from studio.ui.story_map_items import Link, MapColours, SceneNode
from studio.ui.story_map_scene import StoryScene, layered_layout

logger = logging.getLogger(__name__)

QUIET_MS = 150  # after the last change, before the map follows it
MIN_ZOOM, MAX_ZOOM = 0.15, 3.0
FIRST_ZOOM = 0.7  # the least the map opens at, so that its names can be read


class StoryView(QGraphicsView):
    """The map's surface: the wheel zooms about the mouse, a drag on empty space
    scrolls.

    Signals
    -------
    sig_menu
        A context menu was asked for: the scene id under the mouse ("" for the
        background), the point in the map, the point on the screen.
    """

    sig_menu = Signal(str, QPointF, QPoint)

    def __init__(self, scene: StoryScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setObjectName("story_view")
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(zoom, MAX_ZOOM))
        self.scale(zoom / self.zoom, zoom / self.zoom)

    def fit(self, least: float = MIN_ZOOM) -> None:
        """Show every scene, at no more than actual size and no less than
        ``least``."""
        box = self.scene().itemsBoundingRect().adjusted(-24, -24, 24, 24)
        if box.isEmpty():
            return
        self.fitInView(box, Qt.AspectRatioMode.KeepAspectRatio)
        fitted = self.zoom
        if not least <= fitted <= 1.0:
            self.resetTransform()
            self.set_zoom(max(least, min(fitted, 1.0)))
            self.centerOn(box.center())

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom * 1.2**steps)
        event.accept()

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        at = self.mapToScene(event.pos())
        node = self.scene().node_at(at)
        self.sig_menu.emit(node.scene_id if node else "", at, event.globalPos())


class StoryMap(QWidget):
    """The story map dock: the graph of scenes above the list of its problems.

    Choosing a scene on the map shows it in the document (and so on the canvas,
    timeline and inspector); a scene chosen elsewhere is chosen on the map.

    Signals
    -------
    sig_message
        A short message for the status bar (an edit that was refused).
    """

    sig_message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("story_map")
        self.document = document
        self.problems: list[StoryProblem] = []
        self._shown: tuple | None = None
        self._following = False
        self._fitted = False
        self.content = MapContent(self)
        self.map = StoryScene(self)
        self.view = StoryView(self.map)
        self.summary = QLabel(objectName="story_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.problem_list = QListWidget(objectName="story_problems")
        self.problem_list.setWordWrap(True)
        self._build_layout()
        self._soon = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._soon.timeout.connect(self.refresh)
        document.sig_changed.connect(self._soon.start)
        document.sig_scene_changed.connect(self._follow)
        self.map.selectionChanged.connect(self._chosen)
        self.map.sig_link.connect(self.link)
        self.map.sig_unlink.connect(self._offer_unlink)
        self.view.sig_menu.connect(self._menu)
        self.problem_list.itemClicked.connect(self._problem_chosen)
        self.problem_list.itemActivated.connect(self._problem_chosen)
        self.refresh(force=True)

    def _build_layout(self) -> None:
        self.fit_action = self._action(self.tr("Fit to View"), "fit", self.view.fit)
        self.layout_action = self._action(
            self.tr("Lay Out Again"), "lay_out", self.lay_out_again
        )
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.fit_action, self.layout_action])
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.summary, 1)
        heading.addWidget(bar)
        below = QWidget()
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(heading)
        column.addWidget(self.problem_list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="story_splitter")
        splitter.addWidget(self.view)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)

    def _action(self, text: str, name: str, slot) -> QAction:
        action = QAction(text, self, objectName=name)
        action.triggered.connect(lambda _on=False: slot())
        return action

    # -- following the document ----------------------------------------------

    def refresh(self, force: bool = False) -> None:
        """Draw the map and list the problems again, if anything they show changed."""
        template = self.document.template
        graph = story_graph(template)
        columns = layered_layout(graph)
        infos = self.content.nodes(template, graph)
        edges = self.content.edges(template, graph)
        problems = check_story(template)
        shown = (columns, infos, edges, problems)
        if shown == self._shown and not force:
            return
        self._shown = shown
        self.problems = problems
        self.map.build(columns, infos, edges, MapColours.from_palette(self.palette()))
        self._mark(problems)
        self._list(problems)
        self._follow(self.document.scene_id)
        logger.debug(
            "story map drawn: %d scenes, %d edges, %d problems",
            len(infos),
            len(edges),
            len(problems),
        )

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self._first_view)

    def _first_view(self) -> None:
        self.view.fit(least=FIRST_ZOOM)
        self._follow(self.document.scene_id)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.refresh(force=True)

    def lay_out_again(self) -> None:
        self.map.forget_places()
        self.refresh(force=True)
        self.view.fit()

    def _follow(self, scene_id: str | None) -> None:
        self._following = True
        try:
            self.map.clearSelection()
            node = self.map.nodes.get(scene_id)
            if node is not None:
                node.setSelected(True)
                self.view.ensureVisible(node, 24, 24)
        finally:
            self._following = False

    def _chosen(self) -> None:
        if self._following:
            return
        chosen = [i for i in self.map.selectedItems() if isinstance(i, SceneNode)]
        if len(chosen) == 1:
            self.document.set_scene(chosen[0].scene_id)

    # -- what the map shows ---------------------------------------------------

    def _mark(self, problems: list[StoryProblem]) -> None:
        layers: dict[str, set[str]] = {}
        for problem in problems:
            found = layers.setdefault(problem.scene, set())
            if problem.layer is not None:
                found.add(problem.layer)
        for scene_id, node in self.map.nodes.items():
            node.mark(scene_id in layers, layers.get(scene_id, set()))

    def _list(self, problems: list[StoryProblem]) -> None:
        self.problem_list.clear()
        for index, problem in enumerate(problems):
            item = QListWidgetItem(rule_icon(problem.rule), problem.message)
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.problem_list.addItem(item)
        self.problem_list.setVisible(bool(problems))
        if problems:
            self.summary.setText(
                self.tr(
                    "%n problem(s) in the story; choose one to go to it.",
                    "",
                    len(problems),
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "No problems: every scene is reachable, every path ends, and "
                    "help is one step away from every choice."
                )
            )

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        self.show_problem(self.problems[item.data(Qt.ItemDataRole.UserRole)])

    def show_problem(self, problem: StoryProblem) -> None:
        """Show the scene (and the layer) a problem names, the map centred on it."""
        self.document.set_scene(problem.scene)
        if problem.layer is not None:
            self.document.select([problem.layer])
        node = self.map.nodes.get(problem.scene)
        if node is not None:
            self.view.centerOn(node)

    # -- edits ------------------------------------------------------------------

    def link(self, link: Link, target: str | None) -> bool:
        """Let the port ``link`` lead to scene ``target`` (None: nowhere), as one
        undoable step; False, with a message, when the edit is refused."""
        template = self.document.template
        try:
            edit = self._link_edit(template, link, target)
            if edit is not None:
                self.document.edit(edit)
        except EditError as error:
            self.sig_message.emit(str(error))
            return False
        return True

    def _link_edit(self, template: Template, link: Link, target: str | None):
        """The edit that points ``link`` at ``target``; None when it already does."""
        if target is None:
            label = self.tr("Clear Link")
        elif link.layer is None:
            label = self.tr("Set Next Scene")
        else:
            label = self.tr("Link Choice")
        if link.layer is None:
            if template.scene(link.scene).next_scene == target:
                return None
            return SetSceneProperty(link.scene, "next_scene", target, label)
        layer, _duration = find_layer(template, link.layer)
        if isinstance(layer, PlanPickerLayer):
            if layer.then == target:
                return None
            return SetLayerProperty(layer.id, "then", target, label)
        action = layer.action
        if action.kind is ActionKind.GO_TO_SCENE:
            changed = replace(action, target=target)
        else:
            changed = replace(action, then=target)
        if changed == action:
            return None
        return SetLayerProperty(layer.id, "action", changed, label)

    def link_menu(self, link: Link) -> QMenu:
        """What a port dropped on empty space offers."""
        menu = QMenu(self)
        clear = menu.addAction(self.tr("Clear Link"))
        clear.setObjectName("clear_link")
        clear.setEnabled(self._linked(link))
        clear.triggered.connect(lambda: self.link(link, None))
        return menu

    def _linked(self, link: Link) -> bool:
        template = self.document.template
        if link.layer is None:
            return template.scene(link.scene).next_scene is not None
        layer, _duration = find_layer(template, link.layer)
        return layer.action.next_scene() is not None

    def _offer_unlink(self, link: Link, screen: QPoint) -> None:
        # Shown once the drop has ended, outside the port's own mouse handling.
        QTimer.singleShot(0, lambda: self.link_menu(link).exec(screen))

    def node_menu(self, scene_id: str) -> QMenu:
        menu = QMenu(self)
        first = self.document.template.scenes[0].id == scene_id
        entry = menu.addAction(self.tr("Make Entry Scene"))
        entry.setObjectName("make_entry")
        entry.setEnabled(not first)
        entry.triggered.connect(lambda: self.make_entry(scene_id))
        delete = menu.addAction(self.tr("Delete Scene"))
        delete.setObjectName("delete_scene")
        delete.triggered.connect(lambda: self.delete_scene(scene_id))
        return menu

    def background_menu(self, at: QPointF) -> QMenu:
        menu = QMenu(self)
        new = menu.addAction(self.tr("New Scene"))
        new.setObjectName("new_scene")
        new.triggered.connect(lambda: self.new_scene(at))
        menu.addSeparator()
        menu.addActions([self.fit_action, self.layout_action])
        return menu

    def _menu(self, scene_id: str, at: QPointF, screen: QPoint) -> None:
        menu = self.node_menu(scene_id) if scene_id else self.background_menu(at)
        menu.exec(screen)

    def make_entry(self, scene_id: str) -> bool:
        return self._edit(MoveScene(scene_id, 0, self.tr("Make Entry Scene")))

    def new_scene(self, at: QPointF | None = None) -> str | None:
        """Add a five-second white scene (its node at ``at``) and show it."""
        template = self.document.template
        name = unused_scene_name(template, self.tr("Scene {number}"))
        edit = new_scene_edit(template, None, name, self.tr("New Scene"))
        scene_id = edit.scene.id
        if not self._edit(edit):
            return None
        if at is not None:
            self.map.placed[scene_id] = at
        self.refresh()
        self.document.set_scene(scene_id)
        return scene_id

    def delete_scene(self, scene_id: str) -> bool:
        """Delete a scene; when something leads to it, only after asking."""
        template = self.document.template
        uses = scene_uses(template, scene_id)
        if uses and not self.confirm_delete(template.scene(scene_id), uses):
            return False
        edit = delete_scene_edit(
            template, scene_id, self.tr("Delete Scene"), allow_in_use=bool(uses)
        )
        if not self._edit(edit):
            return False
        self.map.placed.pop(scene_id, None)
        return True

    def confirm_delete(self, scene: Scene, uses: list[str]) -> bool:
        return ask_to_delete_scene(self, scene, uses)

    def _edit(self, edit) -> bool:
        try:
            self.document.edit(edit)
        except EditError as error:
            self.sig_message.emit(str(error))
            return False
        return True
