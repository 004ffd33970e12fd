"""How the timeline's tracks look: the geometry of the ruler and the name column,
the colours, and the painting of the ruler, names, bars, keyframes and playhead.

Everything is painted, not built from item widgets: a scene may have hundreds of
layers and only the rows in view are drawn; a playhead move repaints two thin
strips. Names from the project are painted with ``drawText``, never as rich text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from studio.model.keyframes import EasingKind
from studio.model.layers import LayerKind
from studio.model.template import Scene
from studio.ui.easing_editor import property_name
from studio.ui.timeline_rows import Row, animated_properties

if TYPE_CHECKING:
    from studio.ui.timeline_tracks import TrackView

RULER_HEIGHT = 30
NAME_WIDTH = 200
MARGIN = 12  # pixels before frame 0 and after the scene's end
KEY_SIZE = 6  # half the width of a keyframe marker
PLAYHEAD_REACH = 26  # half the width of the strip a playhead move repaints

# Accents that read on light and dark palettes alike.
PLAYHEAD_COLOR = QColor("#E5484D")
KEY_COLOR = QColor("#F5B731")
KIND_COLORS = {
    LayerKind.TEXT: QColor("#3D7FE0"),
    LayerKind.IMAGE: QColor("#2E9E62"),
    LayerKind.SHAPE: QColor("#8E5CD9"),
    LayerKind.BUTTON: QColor("#D9772B"),
    LayerKind.VIDEO: QColor("#CC4F80"),
    LayerKind.AUDIO: QColor("#1F9A9A"),
}


def tick_steps(fps: int, ppf: float) -> tuple[int, int]:
    """Frames between labelled ticks, and between small ticks, on the ruler, at
    ``ppf`` pixels a frame.

    Steps shorter than a second divide the second, so that every whole second
    gets a tick of its own.
    """
    within = [d for d in (1, 2, 3, 4, 5, 6, 8, 10, 12, 15) if d < fps and fps % d == 0]
    steps = within + [fps * k for k in (1, 2, 5, 10, 15, 30, 60, 120, 300, 600)]
    major = next((s for s in steps if s * ppf >= 64), steps[-1])
    minor = next((s for s in steps if major % s == 0 and s * ppf >= 7), major)
    return major, minor


def _key_marker(center: QPointF, kind: EasingKind | None) -> QPainterPath:
    """A diamond for linear, a square for hold, a circle for an eased keyframe."""
    path = QPainterPath()
    size = KEY_SIZE
    if kind is EasingKind.HOLD:
        path.addRect(
            QRectF(
                center.x() - size * 0.75,
                center.y() - size * 0.75,
                size * 1.5,
                size * 1.5,
            )
        )
    elif kind in (None, EasingKind.LINEAR):
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(center.x(), center.y() - size),
                    QPointF(center.x() + size, center.y()),
                    QPointF(center.x(), center.y() + size),
                    QPointF(center.x() - size, center.y()),
                ]
            )
        )
        path.closeSubpath()
    else:
        path.addEllipse(center, size * 0.85, size * 0.85)
    return path


class _TrackPainter:
    """Paints the part of the track view that needs it: ruler, names, tracks and
    playhead, each only where it meets the area to repaint.

    The scale, the scroll offsets and the colours are read once a paint: a
    playhead strip crosses every visible row and must stay cheap.
    """

    def __init__(self, view: TrackView, painter: QPainter, area: QRect):
        self.view, self.p, self.area = view, painter, area
        self.width = view.viewport().width()
        self.height = view.viewport().height()
        self.origin = view.x_of_frame(0)
        self.ppf = view.pixels_per_frame
        self.selection = set(view.document.selection)
        role, palette = QPalette.ColorRole, view.palette()

        def color(name: QPalette.ColorRole, alpha: int = 255) -> QColor:
            found = QColor(palette.color(name))
            found.setAlpha(alpha)
            return found

        self.base, self.alternate = color(role.Base), color(role.AlternateBase)
        self.window, self.window_text = color(role.Window), color(role.WindowText)
        self.button, self.button_text = color(role.Button), color(role.ButtonText)
        self.faint_text = color(role.ButtonText, 130)
        self.highlight = color(role.Highlight)
        self.highlight_text = color(role.HighlightedText)
        self.tint = color(role.Highlight, 40)
        self.shade = color(role.Window, 200)
        self.line = QPen(color(role.Mid, 90), 1)
        self.ruler_line = QPen(color(role.Mid), 1)
        self.span_line = QPen(color(role.Text, 110), 1.5)
        self.key_outline = QPen(color(role.Shadow), 1)
        # A selected marker may sit on a bar of the highlight's own blue: it gets
        # a light ring inside a dark edge, which shows on any background.
        self.key_ring = QPen(self.highlight_text, 2)
        self.key_edge = QPen(color(role.Shadow), 4)

    def x(self, frame: float) -> float:
        return self.origin + frame * self.ppf

    def paint(self) -> None:
        self.p.fillRect(self.area, self.base)
        scene = self.view.document.scene
        if scene is not None:
            rows = self.view.visible_rows(self.area)
            if self.area.right() >= NAME_WIDTH:
                self._clip(QRect(NAME_WIDTH, RULER_HEIGHT, self.width, self.height))
                self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
                for row in rows:
                    self.track(row, scene)
                self._outside_scene(scene)
            if self.area.left() < NAME_WIDTH:
                self._clip(QRect(0, RULER_HEIGHT, NAME_WIDTH, self.height))
                self.p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                for row in rows:
                    self.name(row)
        if self.area.top() < RULER_HEIGHT:
            self._clip(QRect(0, 0, self.width, RULER_HEIGHT))
            self.ruler(scene)
        self._clip(QRect(NAME_WIDTH, 0, self.width, self.height))
        self.playhead(scene)

    def _clip(self, rect: QRect) -> None:
        self.p.setClipRect(rect.intersected(self.area))

    def _outside_scene(self, scene: Scene) -> None:
        end = self.x(scene.duration)
        if end < self.width:
            area = QRectF(end, RULER_HEIGHT, self.width - end, self.height)
            self.p.fillRect(area, self.shade)

    # -- tracks ---------------------------------------------------------------

    def track(self, row: Row, scene: Scene) -> None:
        y = self.view.row_y(row)
        rect = QRectF(NAME_WIDTH, y, self.width - NAME_WIDTH, row.height)
        selected = row.layer.id in self.selection
        self.p.fillRect(rect, self.base if row.prop is None else self.alternate)
        if selected:
            self.p.fillRect(rect, self.tint)
        self.p.setPen(self.line)
        self.p.drawLine(rect.bottomLeft(), rect.bottomRight())
        middle = y + row.height / 2
        if row.prop is None:
            self.bar(row, y, scene.duration, selected)
        else:
            self.span(row, middle)
        self.keys(row, middle)

    def bar(self, row: Row, y: int, duration: int, selected: bool) -> None:
        layer = row.layer
        left = self.x(layer.start)
        right = self.x(duration if layer.end is None else layer.end)
        if right < self.area.left() or left > self.area.right():
            return
        rect = QRectF(left, y + 3, right - left, row.height - 6)
        color = QColor(KIND_COLORS.get(layer.kind, KEY_COLOR))
        color.setAlpha(90 if layer.hidden else 215)
        outline = self.highlight if selected else color.darker(140)
        self.p.setPen(QPen(outline, 2 if selected else 1))
        self.p.setBrush(color)
        self.p.drawRoundedRect(rect, 4, 4)
        self.p.setPen(QPen(QColor(255, 255, 255, 150), 1))
        for x in (rect.left() + 3, rect.right() - 3):
            self.p.drawLine(QPointF(x, rect.top() + 5), QPointF(x, rect.bottom() - 5))
        inner = rect.adjusted(9, 0, -9, 0).intersected(
            QRectF(NAME_WIDTH + 4, rect.top(), self.width, rect.height())
        )
        if inner.width() > 24 and inner.intersects(QRectF(self.area)):
            self.p.setPen(QColor(255, 255, 255))
            name = self.view.fontMetrics().elidedText(
                layer.name, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            self.p.drawText(inner, Qt.AlignmentFlag.AlignVCenter, name)

    def span(self, row: Row, middle: float) -> None:
        """A line from the first keyframe of a property to its last."""
        keys = row.layer.transform.property(row.prop).keyframes
        self.p.setPen(self.span_line)
        first, last = self.x(keys[0].frame), self.x(keys[-1].frame)
        self.p.drawLine(QPointF(first, middle), QPointF(last, middle))

    def keys(self, row: Row, middle: float) -> None:
        chosen = self.view.keys
        left, right = self.area.left() - KEY_SIZE, self.area.right() + KEY_SIZE
        for frame, refs in row.keyframes().items():
            x = self.x(frame)
            if not left <= x <= right:
                continue
            kind = self.view.easing_of(refs[0]) if row.prop else None
            selected = any(ref in chosen for ref in refs)
            marker = _key_marker(QPointF(x, middle), kind)
            if selected:
                self.p.strokePath(marker, self.key_edge)
            self.p.setPen(self.key_ring if selected else self.key_outline)
            self.p.setBrush(self.highlight if selected else KEY_COLOR)
            self.p.drawPath(marker)

    # -- names ----------------------------------------------------------------

    def name(self, row: Row) -> None:
        rect = QRect(0, self.view.row_y(row), NAME_WIDTH, row.height)
        selected = row.prop is None and row.layer.id in self.selection
        self.p.fillRect(rect, self.highlight if selected else self.window)
        text = QColor(self.highlight_text if selected else self.window_text)
        self.p.setPen(self.line)
        self.p.drawLine(rect.bottomLeft(), rect.bottomRight())
        self.p.drawLine(rect.topRight(), rect.bottomRight())
        if row.prop is None:
            self._layer_name(row, rect, text)
        else:
            text.setAlpha(190)
            self.p.setPen(text)
            self.p.drawText(
                rect.adjusted(44, 0, -6, 0),
                Qt.AlignmentFlag.AlignVCenter,
                property_name(row.prop),
            )

    def _layer_name(self, row: Row, rect: QRect, text: QColor) -> None:
        view = self.view
        if animated_properties(row.layer):
            self._disclosure(
                view.disclosure_rect(row), text, row.layer.id in view.expanded
            )
        swatch = QRect(22, rect.top() + (rect.height() - 10) // 2, 10, 10)
        self.p.fillRect(swatch, KIND_COLORS.get(row.layer.kind, KEY_COLOR))
        edge = QColor(text)
        edge.setAlpha(120)
        self.p.setPen(edge)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRect(swatch.adjusted(0, 0, -1, -1))
        if row.layer.hidden:
            text.setAlpha(120)
        self.p.setPen(text)
        area = rect.adjusted(40, 0, -6, 0)
        name = view.fontMetrics().elidedText(
            row.layer.name, Qt.TextElideMode.ElideRight, area.width()
        )
        self.p.drawText(area, Qt.AlignmentFlag.AlignVCenter, name)

    def _disclosure(self, rect: QRect, color: QColor, open_: bool) -> None:
        c = QPointF(rect.center()) + QPointF(0.5, 0.5)
        if open_:
            points = [c + QPointF(-4, -2), c + QPointF(4, -2), c + QPointF(0, 3)]
        else:
            points = [c + QPointF(-2, -4), c + QPointF(3, 0), c + QPointF(-2, 4)]
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(color)
        self.p.drawPolygon(QPolygonF(points))
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    # -- ruler and playhead ---------------------------------------------------

    def ruler(self, scene: Scene | None) -> None:
        band = QRect(0, 0, self.width, RULER_HEIGHT)
        self.p.fillRect(band, self.button)
        self.p.setPen(self.ruler_line)
        self.p.drawLine(band.bottomLeft(), band.bottomRight())
        self.p.drawLine(NAME_WIDTH - 1, 0, NAME_WIDTH - 1, RULER_HEIGHT)
        self.p.setPen(self.button_text)
        self.p.drawText(
            QRect(10, 0, NAME_WIDTH - 20, RULER_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("TrackView", "Layers"),
        )
        if scene is not None:
            self._clip(QRect(NAME_WIDTH, 0, self.width, RULER_HEIGHT))
            self._ticks(scene)

    def _ticks(self, scene: Scene) -> None:
        view = self.view
        fps = view.document.template.fps
        major, minor = tick_steps(fps, self.ppf)
        first = max(0, int(view.frame_at(self.area.left() - 80) // minor * minor))
        last = min(scene.duration, int(view.frame_at(self.area.right())) + 1)
        font = view.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.p.save()
        self.p.setFont(font)
        bottom = RULER_HEIGHT - 1
        for frame in range(first, last + 1, minor):
            x = round(self.x(frame))
            labelled = frame % major == 0
            self.p.setPen(self.button_text if labelled else self.faint_text)
            self.p.drawLine(x, bottom - (10 if labelled else 4), x, bottom)
            if labelled:
                seconds, frames = divmod(frame, fps)
                if frames:
                    label = QCoreApplication.translate("TrackView", "{frames}f")
                    label = label.format(frames=frames)
                else:
                    label = QCoreApplication.translate("TrackView", "{seconds}s")
                    label = label.format(seconds=seconds)
                self.p.setPen(self.faint_text if frames else self.button_text)
                self.p.drawText(
                    QRect(x + 3, 2, 80, RULER_HEIGHT - 12),
                    Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
        self.p.restore()
        end = round(self.x(scene.duration))
        self.p.setPen(QPen(PLAYHEAD_COLOR.darker(130), 1, Qt.PenStyle.DashLine))
        self.p.drawLine(end, 0, end, bottom)

    def playhead(self, scene: Scene | None) -> None:
        frame = self.view.document.frame
        x = round(self.x(frame))
        self.view.painted_playhead = x
        if scene is None or x < NAME_WIDTH - PLAYHEAD_REACH:
            return
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.p.setPen(QPen(PLAYHEAD_COLOR, 1))
        self.p.drawLine(x, RULER_HEIGHT - 10, x, self.height)
        label = str(frame)
        width = min(
            self.view.fontMetrics().horizontalAdvance(label) + 10,
            2 * PLAYHEAD_REACH - 4,
        )
        handle = QRectF(x - width / 2, 3, width, RULER_HEIGHT - 13)
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(PLAYHEAD_COLOR)
        self.p.drawRoundedRect(handle, 3, 3)
        self.p.setPen(QColor(255, 255, 255))
        self.p.drawText(handle, Qt.AlignmentFlag.AlignCenter, label)
