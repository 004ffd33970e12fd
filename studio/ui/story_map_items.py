"""What the story map draws for a scene: a node with a row and a port for each
of its choices, and what the nodes, ports and edges are given to draw.

The items only draw what they are given (:class:`NodeInfo`, :class:`EdgeSpec`):
the story map builds that from the story graph; the edges are in
:mod:`studio.ui.story_map_edges`, the scene that holds them all in
:mod:`studio.ui.story_map_scene`. Names from the project are
painted with ``drawText``, which never reads markup. Colours come from the
view's palette (:class:`MapColours`), with a few accents that read on light and
dark alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
)

from studio.model.story import EdgeKind

if TYPE_CHECKING:
    from studio.ui.story_map_edges import EdgeItem

NODE_WIDTH = 210
HEADER_HEIGHT = 50
ROW_HEIGHT = 22
FOOT = 6  # below the last row
PORT_RADIUS = 5.5
BRACKET = 9  # how far right of the node the ports of one plan picker join
COLUMN_GAP = 150
NODE_GAP = 36
LABEL_WIDTH = 100  # an edge label is elided to stay in the gap between columns
LANE_STEP = 9  # between the lanes of edges that go back over the top
SCROLL_ROOM = 1200  # beyond the scenes, in map units

# Accents that read on light and dark palettes alike.
PROBLEM_COLOR = QColor("#E5484D")
ENTRY_COLOR = QColor("#2E9E62")
CONDITION_COLOR = QColor("#C98A12")
CHOICE_COLORS = (
    QColor("#3D7FE0"),
    QColor("#D9772B"),
    QColor("#8E5CD9"),
    QColor("#2E9E62"),
    QColor("#CC4F80"),
    QColor("#1F9A9A"),
)


def choice_color(index: int) -> QColor:
    return CHOICE_COLORS[index % len(CHOICE_COLORS)]


@dataclass(frozen=True)
class Link:
    """What a port sets: the scene's next scene (``layer`` None), the action of
    a button, or the ``then`` of a plan picker (``picker``)."""

    scene: str
    layer: str | None = None
    picker: bool = False


@dataclass(frozen=True)
class PortRow:
    """One row of a node: a choice (or the next scene) and its port."""

    link: Link
    text: str  # the choice's name, from the project
    tag: str  # what it does, in a few words
    linked: bool  # it leads to a scene
    color: int | None  # index into CHOICE_COLORS; None for the next-scene row
    tooltip: str = ""  # already made plain
    conditional: bool = False


@dataclass(frozen=True)
class NodeInfo:
    scene: str
    name: str
    duration: str  # "6.4 s"
    badges: tuple[tuple[str, str], ...]  # (entry|end|decision|conditional, text)
    rows: tuple[PortRow, ...]  # the choices, then the next scene
    tooltip: str = ""  # already made plain


@dataclass(frozen=True)
class EdgeSpec:
    source: str
    target: str
    kind: EdgeKind
    link: Link
    label: str = ""
    color: int | None = None


@dataclass
class MapColours:
    body: QColor
    header: QColor
    text: QColor
    muted: QColor
    border: QColor
    line: QColor
    highlight: QColor
    drop: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> MapColours:
        role = QPalette.ColorRole

        def color(name: QPalette.ColorRole, alpha: int = 255) -> QColor:
            found = QColor(palette.color(name))
            found.setAlpha(alpha)
            return found

        return cls(
            body=color(role.Window),
            header=color(role.Button),
            text=color(role.Text),
            muted=color(role.Text, 150),
            border=color(role.Text, 70),
            line=color(role.Text, 170),
            highlight=color(role.Highlight),
            drop=color(role.Highlight, 50),
        )


BADGE_COLORS = {"entry": ENTRY_COLOR, "decision": CHOICE_COLORS[0]}


def map_font(scene: QGraphicsScene | None, *, small=False, bold=False) -> QFont:
    """The map's font; ``small`` for durations, badges, tags and edge labels."""
    font = QFont(scene.font() if scene is not None else QApplication.font())
    if small:
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
    font.setBold(bold)
    return font


class SceneNode(QGraphicsItem):
    """A scene: its name, length and badges over one row for each choice, each
    with a port on the right to drag a link from; the next scene's row last."""

    def __init__(self, info: NodeInfo, colours: MapColours):
        super().__init__()
        self.info = info
        self.colours = colours
        self.problem = False
        self.drop_target = False
        self.edges: list[EdgeItem] = []
        self.ports: list[PortItem] = []
        flag = QGraphicsItem.GraphicsItemFlag
        self.setFlags(
            flag.ItemIsSelectable | flag.ItemIsMovable | flag.ItemSendsGeometryChanges
        )
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.ArrowCursor)  # not the view's open hand
        self.setToolTip(info.tooltip)
        self._pressed_at: QPointF | None = None
        for index, row in enumerate(info.rows):
            port = PortItem(row, self, colours)
            port.setPos(NODE_WIDTH, self.row_top(index) + ROW_HEIGHT / 2)
            self.ports.append(port)

    @property
    def scene_id(self) -> str:
        return self.info.scene

    @property
    def height(self) -> float:
        return HEADER_HEIGHT + len(self.info.rows) * ROW_HEIGHT + FOOT

    def rect(self) -> QRectF:
        return QRectF(0, 0, NODE_WIDTH, self.height)

    def row_top(self, index: int) -> float:
        return HEADER_HEIGHT + index * ROW_HEIGHT

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self.rect().adjusted(-5, -5, 5 + BRACKET, 5)

    def input_point(self) -> QPointF:
        return self.mapToScene(QPointF(0, HEADER_HEIGHT / 2))

    def ports_of(self, link: Link) -> list[PortItem]:
        return [port for port in self.ports if port.link == link]

    def anchor(self, link: Link) -> QPointF:
        """Where the edge of ``link`` leaves: its port, or the middle of the
        bracket that joins the ports of one plan picker."""
        ports = self.ports_of(link)
        if not ports:
            return self.mapToScene(QPointF(NODE_WIDTH, HEADER_HEIGHT / 2))
        if len(ports) == 1:
            return ports[0].scenePos()
        middle = sum(port.pos().y() for port in ports) / len(ports)
        return self.mapToScene(QPointF(NODE_WIDTH + BRACKET, middle))

    def mark(self, scene_at_fault: bool, layers: set[str]) -> None:
        self.problem = scene_at_fault
        for port in self.ports:
            port.set_problem(port.link.layer is not None and port.link.layer in layers)
        self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def itemChange(self, change, value):  # noqa: N802 - Qt's name
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.update_path()
        return super().itemChange(change, value)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._pressed_at = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if self._pressed_at is not None and self.pos() != self._pressed_at:
            scene.placed[self.scene_id] = self.pos()
        self._pressed_at = None

    # -- painting -------------------------------------------------------------

    def paint(self, painter: QPainter, option, widget=None) -> None:
        c = self.colours
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()
        if self.isSelected():
            painter.setPen(QPen(c.highlight, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 10, 10)
        outline = QPainterPath()
        outline.addRoundedRect(rect, 8, 8)
        painter.fillPath(outline, c.drop if self.drop_target else c.body)
        painter.save()
        painter.setClipPath(outline)
        painter.fillRect(QRectF(0, 0, NODE_WIDTH, HEADER_HEIGHT), c.header)
        painter.restore()
        if self.problem:
            painter.setPen(QPen(PROBLEM_COLOR, 2.5))
        else:
            painter.setPen(QPen(c.border, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline)
        self._paint_header(painter)
        for index, row in enumerate(self.info.rows):
            self._paint_row(painter, index, row)
        self._paint_brackets(painter)
        self._paint_input(painter)

    def _paint_header(self, painter: QPainter) -> None:
        c = self.colours
        bold = map_font(self.scene(), bold=True)
        painter.setFont(bold)
        painter.setPen(PROBLEM_COLOR if self.problem else c.text)
        name = QFontMetricsF(bold).elidedText(
            self.info.name, Qt.TextElideMode.ElideRight, NODE_WIDTH - 24
        )
        painter.drawText(
            QRectF(12, 5, NODE_WIDTH - 24, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        small = map_font(self.scene(), small=True)
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        painter.setPen(c.muted)
        x = 12.0
        line = QRectF(x, 28, NODE_WIDTH - 24, 16)
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, self.info.duration)
        x += metrics.horizontalAdvance(self.info.duration) + 8
        for kind, text in self.info.badges:
            width = metrics.horizontalAdvance(text) + 10
            if x + width > NODE_WIDTH - 8:
                break  # the tooltip names every badge
            self._paint_badge(painter, QRectF(x, 28, width, 16), kind, text)
            x += width + 4

    def _paint_badge(self, painter: QPainter, box: QRectF, kind: str, text: str):
        c = self.colours
        if kind == "conditional":
            color = CONDITION_COLOR
        elif kind == "end":
            color = c.muted
        else:
            color = BADGE_COLORS[kind]
        fill = QColor(color)
        fill.setAlpha(40)
        painter.setPen(QPen(color, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(c.text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_row(self, painter: QPainter, index: int, row: PortRow) -> None:
        c = self.colours
        top = self.row_top(index)
        painter.setPen(QPen(c.border, 0.6))
        painter.drawLine(QLineF(8, top, NODE_WIDTH - 8, top))
        font = map_font(self.scene())
        font.setItalic(row.conditional)
        small = map_font(self.scene(), small=True)
        tag_width = min(QFontMetricsF(small).horizontalAdvance(row.tag), 90.0)
        painter.setFont(small)
        painter.setPen(c.muted)
        painter.drawText(
            QRectF(NODE_WIDTH - 14 - tag_width, top, tag_width, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(small).elidedText(
                row.tag, Qt.TextElideMode.ElideRight, tag_width
            ),
        )
        room = NODE_WIDTH - 36 - tag_width
        painter.setFont(font)
        painter.setPen(c.text if row.color is not None else c.muted)
        painter.drawText(
            QRectF(14, top, room, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(font).elidedText(row.text, Qt.TextElideMode.ElideRight, room),
        )

    def _paint_brackets(self, painter: QPainter) -> None:
        """Join the ports of a plan picker's options, whose one edge leaves from
        the middle of the join."""
        seen: set[Link] = set()
        for port in self.ports:
            if port.link in seen:
                continue
            seen.add(port.link)
            group = self.ports_of(port.link)
            if len(group) < 2:
                continue
            painter.setPen(QPen(choice_color(port.row.color or 0), 1.6))
            ys = [p.pos().y() for p in group]
            for y in ys:
                painter.drawLine(QLineF(NODE_WIDTH, y, NODE_WIDTH + BRACKET, y))
            painter.drawLine(
                QLineF(NODE_WIDTH + BRACKET, min(ys), NODE_WIDTH + BRACKET, max(ys))
            )

    def _paint_input(self, painter: QPainter) -> None:
        c = self.colours
        y = HEADER_HEIGHT / 2
        painter.setPen(QPen(c.border, 1))
        painter.setBrush(c.line)
        painter.drawPolygon(
            QPolygonF([QPointF(0, y - 5), QPointF(5, y), QPointF(0, y + 5)])
        )


class PortItem(QGraphicsItem):
    """The handle of a choice: drag from it onto a scene to lead there; let go
    on empty space to be offered to clear the link."""

    def __init__(self, row: PortRow, node: SceneNode, colours: MapColours):
        super().__init__(node)
        self.row = row
        self.link = row.link
        self.node = node
        self.colours = colours
        self.problem = False
        self.hovered = False
        self._line: QGraphicsPathItem | None = None
        self._over: SceneNode | None = None
        self._pressed_at: QPoint | None = None
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(row.tooltip)
        self.setZValue(1)

    @property
    def color(self) -> QColor:
        return (
            self.colours.line
            if self.row.color is None
            else choice_color(self.row.color)
        )

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        reach = PORT_RADIUS + 4
        return QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def set_problem(self, on: bool) -> None:
        if on != self.problem:
            self.problem = on
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = PORT_RADIUS + (1.5 if self.hovered else 0)
        if self.problem:
            painter.setPen(QPen(PROBLEM_COLOR, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), radius + 2.5, radius + 2.5)
        painter.setPen(QPen(self.color, 2))
        painter.setBrush(self.color if self.row.linked else self.colours.body)
        painter.drawEllipse(QPointF(0, 0), radius, radius)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.hovered = False
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._pressed_at = event.screenPos()
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        scene = self.scene()
        if self._line is None:
            if not self._dragged(event.screenPos()):
                return
            self._line = QGraphicsPathItem()
            pen = QPen(self.colours.highlight, 2, Qt.PenStyle.DashLine)
            self._line.setPen(pen)
            self._line.setZValue(5)
            scene.addItem(self._line)
        end = event.scenePos()
        self._line.setPath(_drag_path(self.scenePos(), end))
        over = scene.node_at(end)
        if over is not self._over:
            if self._over is not None:
                self._over.set_drop_target(False)
            if over is not None:
                over.set_drop_target(True)
            self._over = over

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        scene = self.scene()
        dragged = self._line is not None
        if self._line is not None:
            scene.removeItem(self._line)
            self._line = None
        if self._over is not None:
            self._over.set_drop_target(False)
            self._over = None
        self._pressed_at = None
        if dragged:
            target = scene.node_at(event.scenePos())
            scene.drop_link(self.link, target, event.screenPos())

    def _dragged(self, at: QPoint) -> bool:
        if self._pressed_at is None:
            return False
        moved = at - self._pressed_at
        return moved.manhattanLength() >= QApplication.startDragDistance()


def _drag_path(start: QPointF, end: QPointF) -> QPainterPath:
    """The line that follows the mouse while a link is dragged."""
    reach = max(30.0, abs(end.x() - start.x()) / 2)
    path = QPainterPath(start)
    path.cubicTo(start + QPointF(reach, 0), end - QPointF(reach, 0), end)
    return path
