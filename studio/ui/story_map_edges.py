"""The story map's edges: the way from a choice's port to the scene it leads to,
a curve forward and a rounded route back, with the choice's step as a label."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
)

from studio.model.story import EdgeKind
from studio.ui.story_map_items import (
    LABEL_WIDTH,
    LANE_STEP,
    NODE_GAP,
    NODE_WIDTH,
    PORT_RADIUS,
    EdgeSpec,
    MapColours,
    SceneNode,
    choice_color,
    map_font,
)


def _rounded(points: list[QPointF], radius: float = 8.0) -> QPainterPath:
    """A path through ``points`` with its corners rounded."""
    path = QPainterPath(points[0])
    for before, corner, after in zip(points, points[1:], points[2:], strict=False):
        into = QLineF(corner, before)
        out = QLineF(corner, after)
        r = min(radius, into.length() / 2, out.length() / 2)
        path.lineTo(into.pointAt(r / into.length()) if into.length() else corner)
        path.quadTo(corner, out.pointAt(r / out.length()) if out.length() else corner)
    path.lineTo(points[-1])
    return path


def edge_path(
    start: QPointF, end: QPointF, lane: float | None = None, out: float = 24.0
) -> QPainterPath:
    """From a port to a scene's input: a curve when the scene lies to the right;
    otherwise out to the right by ``out``, along the row ``lane`` and in from
    the left."""
    if lane is None or end.x() - start.x() >= 40:
        reach = max(40.0, abs(end.x() - start.x()) / 2)
        path = QPainterPath(start)
        path.cubicTo(
            QPointF(start.x() + reach, start.y()),
            QPointF(end.x() - reach, end.y()),
            end,
        )
        return path
    out_x = start.x() + out
    in_x = end.x() - 24
    return _rounded(
        [
            start,
            QPointF(out_x, start.y()),
            QPointF(out_x, lane),
            QPointF(in_x, lane),
            QPointF(in_x, end.y()),
            end,
        ]
    )


class EdgeItem(QGraphicsPathItem):
    """A way from one scene to another: the next scene solid, a choice in its
    colour with its step as a label, a skipped scene dashed."""

    ARROW = 9.0

    def __init__(
        self,
        spec: EdgeSpec,
        source: SceneNode,
        target: SceneNode,
        colours: MapColours,
        lane: int = 0,
    ):
        super().__init__()
        self.spec = spec
        self.source = source
        self.target = target
        self.lane = lane
        self.setZValue(0)
        if spec.kind is EdgeKind.CHOICE:
            self.color = choice_color(spec.color or 0)
            pen = QPen(self.color, 2)
        else:
            self.color = colours.line
            pen = QPen(self.color, 1.6)
            if spec.kind is EdgeKind.SKIP:
                pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.label = EdgeLabel(spec.label, self.color, colours) if spec.label else None
        source.edges.append(self)
        target.edges.append(self)

    def add_to(self, scene: QGraphicsScene) -> None:
        scene.addItem(self)
        if self.label is not None:
            scene.addItem(self.label)
        self.update_path()

    def update_path(self) -> None:
        start = self.source.anchor(self.spec.link)
        end = self.target.input_point() - QPointF(self.ARROW - 1, 0)
        lane, out = self._lane(start)
        self.setPath(edge_path(start, end, lane, out))
        if self.label is not None:
            self.label.setPos(start + QPointF(PORT_RADIUS + 5, 0))

    def _lane(self, start: QPointF) -> tuple[float | None, float]:
        """The row a backward edge runs along (None for a curve forward), and
        how far right of the port it turns: beside the target within its own
        column, else over or under every scene it passes, whichever is shorter."""
        source, target = self.source, self.target
        out = 24.0 + (self.label.width + 8 if self.label is not None else 0)
        if target.x() - (source.x() + NODE_WIDTH) >= 40:
            return None, out
        target_box = self.target.mapRectToScene(target.rect())
        if abs(target.x() - source.x()) < NODE_WIDTH:
            # Edges into one scene from its own column keep apart by their lane.
            shift = 4 + (self.lane % 3) * 6
            out += (self.lane % 3) * 6
            if target.y() >= source.y():
                return target_box.top() - NODE_GAP / 2 + shift, out
            return target_box.bottom() + NODE_GAP / 2 - shift, out
        top, bottom = self.scene().span_between(target.x(), source.x() + NODE_WIDTH)
        end = self.target.input_point()
        over = abs(start.y() - top) + abs(end.y() - top)
        under = abs(start.y() - bottom) + abs(end.y() - bottom)
        if under < over:
            return bottom + NODE_GAP / 2 + self.lane * LANE_STEP, out
        return top - NODE_GAP / 2 - self.lane * LANE_STEP, out

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return super().boundingRect().adjusted(-2, -self.ARROW, self.ARROW + 2, 9)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        tip = self.target.input_point()
        size = self.ARROW
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        painter.drawPolygon(
            QPolygonF(
                [
                    tip,
                    QPointF(tip.x() - size, tip.y() - size / 2),
                    QPointF(tip.x() - size, tip.y() + size / 2),
                ]
            )
        )


class EdgeLabel(QGraphicsItem):
    """The step a choice's edge stands for, on a plate just after its port."""

    def __init__(self, text: str, color: QColor, colours: MapColours):
        super().__init__()
        self.color = color
        self.colours = colours
        self.setZValue(1)
        font = map_font(None, small=True)
        self.font = font
        metrics = QFontMetricsF(font)
        self.text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
        self.width = metrics.horizontalAdvance(self.text) + 10
        self.height = metrics.height() + 4

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(0, -self.height / 2, self.width, self.height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.boundingRect()
        painter.setPen(QPen(self.color, 1))
        painter.setBrush(self.colours.body)
        painter.drawRoundedRect(box, 6, 6)
        painter.setFont(self.font)
        painter.setPen(self.colours.text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)
