"""The story map's scene: the nodes and edges of one story graph, placed in
columns by :func:`layered_layout`."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtWidgets import QGraphicsScene

from studio.model.story import StoryGraph
from studio.ui.story_map_edges import EdgeItem
from studio.ui.story_map_items import (
    COLUMN_GAP,
    NODE_GAP,
    NODE_WIDTH,
    SCROLL_ROOM,
    EdgeSpec,
    Link,
    MapColours,
    NodeInfo,
    SceneNode,
)


def layered_layout(graph: StoryGraph) -> list[list[str]]:
    """The scenes in columns: the breadth-first depth from the entry, each column
    in the order the walk meets its scenes; scenes nobody reaches come last, in
    the template's order. The same graph always gives the same columns."""
    depth: dict[str, int] = {}
    columns: list[list[str]] = []
    if graph.entry is not None:
        depth[graph.entry] = 0
        columns.append([graph.entry])
        queue = deque([graph.entry])
        while queue:
            current = queue.popleft()
            for edge in graph.out(current):
                if edge.target not in depth:
                    depth[edge.target] = depth[current] + 1
                    if depth[edge.target] == len(columns):
                        columns.append([])
                    columns[depth[edge.target]].append(edge.target)
                    queue.append(edge.target)
    unreached = [scene for scene in graph.scenes if scene not in depth]
    if unreached:
        columns.append(unreached)
    return columns


class StoryScene(QGraphicsScene):
    """The nodes and edges of one story graph.

    Node positions come from :func:`layered_layout`; a node moved by hand keeps
    its place (in :attr:`placed`) until :meth:`forget_places`, but only while the
    project is open: the places are not stored in the project, so a reopened
    project is laid out afresh.

    Signals
    -------
    sig_link
        A port was dropped on a scene: the port's :class:`Link`, the scene id.
    sig_unlink
        A port was dropped on empty space: the :class:`Link`, and where (screen).
    """

    sig_link = Signal(object, str)
    sig_unlink = Signal(object, QPoint)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.nodes: dict[str, SceneNode] = {}
        self.edges: list[EdgeItem] = []
        self.placed: dict[str, QPointF] = {}

    def build(
        self,
        columns: list[list[str]],
        infos: list[NodeInfo],
        edges: list[EdgeSpec],
        colours: MapColours,
    ) -> None:
        self.clear()
        self.nodes = {info.scene: SceneNode(info, colours) for info in infos}
        self.edges = []
        for column, scene_ids in enumerate(columns):
            nodes = [self.nodes[s] for s in scene_ids if s in self.nodes]
            total = sum(n.height for n in nodes) + NODE_GAP * (len(nodes) - 1)
            y = -total / 2
            for node in nodes:
                node.setPos(column * (NODE_WIDTH + COLUMN_GAP), y)
                y += node.height + NODE_GAP
        for scene_id, node in self.nodes.items():
            if scene_id in self.placed:
                node.setPos(self.placed[scene_id])
            self.addItem(node)
        lanes: dict[str, int] = {}  # edges that go back, by lane
        for spec in edges:
            source, target = self.nodes.get(spec.source), self.nodes.get(spec.target)
            if source is None or target is None:
                continue
            back = target.x() - (source.x() + NODE_WIDTH) < 40
            key = spec.target if abs(target.x() - source.x()) < NODE_WIDTH else ""
            lane = lanes.get(key, 0)
            lanes[key] = lane + back
            edge = EdgeItem(spec, source, target, colours, lane)
            self.edges.append(edge)
            edge.add_to(self)
        # Room all round, so that any scene can be centred in the view.
        room = SCROLL_ROOM
        self.setSceneRect(self.itemsBoundingRect().adjusted(-room, -room, room, room))

    def forget_places(self) -> None:
        self.placed.clear()

    def node_at(self, point: QPointF) -> SceneNode | None:
        for item in self.items(point):
            while item is not None and not isinstance(item, SceneNode):
                item = item.parentItem()
            if item is not None:
                return item
        return None

    def span_between(self, left: float, right: float) -> tuple[float, float]:
        """The top of the highest and the bottom of the lowest node that lie
        between two x: an edge that runs back past them goes over or under."""
        nodes = [
            node
            for node in self.nodes.values()
            if node.x() + NODE_WIDTH >= left and node.x() <= right
        ]
        if not nodes:
            return 0.0, 0.0
        return (
            min(node.y() for node in nodes),
            max(node.y() + node.height for node in nodes),
        )

    def drop_link(self, link: Link, target: SceneNode | None, screen: QPoint) -> None:
        if target is None:
            self.sig_unlink.emit(link, screen)
        else:
            self.sig_link.emit(link, target.scene_id)
