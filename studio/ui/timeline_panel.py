"""The timeline: the scenes in sequence, and the current scene's layers on tracks,
with their in and out points and their keyframes.

Everything is painted, not built from item widgets: a scene may have hundreds of
layers and only the rows in view are drawn; a playhead move repaints two thin
strips. Names from the project are painted with ``drawText``, never as rich text.

Drags edit the model as they go, so that the canvas follows, and each drag is one
undo step: every step of a drag is expressed from the state before the drag
began, so that the merged step redoes to where the drag ended.
"""

from __future__ import annotations

import bisect
import copy
import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontDatabase,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from studio.model.edits import (
    Batch,
    EditError,
    MoveKeyframe,
    RemoveKeyframe,
    RestoreProperty,
    SetLayerProperty,
    SetTransform,
)
from studio.model.keyframes import Easing, EasingKind, Keyframe
from studio.model.layers import TRANSFORM_PROPERTIES, Layer, LayerKind
from studio.model.template import Scene
from studio.ui.document import Document
from studio.ui.easing_editor import easing_name, property_name
from studio.ui.transport import Transport

logger = logging.getLogger(__name__)

KeyRef = tuple[str, str, int]  # layer id, transform property, frame

RULER_HEIGHT = 30
LAYER_ROW = 26
PROPERTY_ROW = 20
NAME_WIDTH = 200
MARGIN = 12  # pixels before frame 0 and after the scene's end
GRIP = 5  # pixels either side of a bar's edge that take hold of it
KEY_SIZE = 6  # half the width of a keyframe marker
KEY_REACH = KEY_SIZE + 2  # how near a click must come to a marker
PLAYHEAD_REACH = 26  # half the width of the strip a playhead move repaints
MAX_PIXELS_PER_FRAME = 48.0
ZOOM_STEP = 1.25
ADDING = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
MENU_EASINGS = (
    EasingKind.LINEAR,
    EasingKind.EASE_IN,
    EasingKind.EASE_OUT,
    EasingKind.EASE_IN_OUT,
    EasingKind.HOLD,
)

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


def timecode(frame: int, fps: int) -> str:
    """``mm:ss:ff``: minutes, seconds and the frame within the second."""
    seconds, frames = divmod(max(0, frame), fps)
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes:02d}:{seconds:02d}:{frames:02d}"


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


def animated_properties(layer: Layer) -> list[str]:
    return [
        name
        for name in TRANSFORM_PROPERTIES
        if layer.transform.property(name).is_animated
    ]


@dataclass(frozen=True)
class Row:
    """One track: a layer's own row (``prop`` None) or one of its properties."""

    layer: Layer
    prop: str | None
    top: int  # from the top of the first track
    height: int

    def keyframes(self) -> dict[int, list[KeyRef]]:
        """The keyframes this row shows, by frame."""
        names = [self.prop] if self.prop else animated_properties(self.layer)
        found: dict[int, list[KeyRef]] = {}
        for name in names:
            for key in self.layer.transform.property(name).keyframes:
                found.setdefault(key.frame, []).append((self.layer.id, name, key.frame))
        return found


class TrackRows:
    """The tracks of a scene, top layer first, with the rows of expanded layers."""

    def __init__(self, scene: Scene | None, expanded: set[str]):
        self.rows: list[Row] = []
        top = 0
        for layer in reversed(scene.layers if scene else []):
            self.rows.append(Row(layer, None, top, LAYER_ROW))
            top += LAYER_ROW
            if layer.id in expanded:
                for name in animated_properties(layer):
                    self.rows.append(Row(layer, name, top, PROPERTY_ROW))
                    top += PROPERTY_ROW
        self.height = top
        self._tops = [row.top for row in self.rows]
        self._index = {(row.layer.id, row.prop): row for row in self.rows}

    def at(self, y: float) -> Row | None:
        index = bisect.bisect_right(self._tops, y) - 1
        if index < 0 or y < 0:
            return None
        row = self.rows[index]
        return row if y < row.top + row.height else None

    def between(self, top: float, bottom: float) -> list[Row]:
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        last = bisect.bisect_right(self._tops, bottom)
        return self.rows[first:last]

    def find(self, layer_id: str, prop: str | None = None) -> Row | None:
        return self._index.get((layer_id, prop))


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


class SceneStrip(QWidget):
    """The template's scenes in sequence, as wide as they are long; a click
    shows a scene."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scene_strip")
        self.document = document
        self.setFixedHeight(28)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        document.sig_scene_changed.connect(self._redraw)
        document.sig_changed.connect(self._redraw)

    def _redraw(self, *_args) -> None:
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 28)

    def blocks(self) -> list[tuple[Scene, QRectF]]:
        scenes = self.document.template.scenes
        total = sum(scene.duration for scene in scenes) or 1
        width = self.width() - 2 * 4
        x, found = 4.0, []
        for scene in scenes:
            span = width * scene.duration / total
            found.append((scene, QRectF(x, 3, span, self.height() - 6)))
            x += span
        return found

    def block_rect(self, scene_id: str) -> QRect:
        for scene, rect in self.blocks():
            if scene.id == scene_id:
                return rect.toAlignedRect()
        raise KeyError(f"no scene {scene_id!r}")

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fps = self.document.template.fps
        for scene, rect in self.blocks():
            current = scene.id == self.document.scene_id
            fill = palette.highlight() if current else palette.button()
            text = palette.color(
                QPalette.ColorRole.HighlightedText
                if current
                else QPalette.ColorRole.ButtonText
            )
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(1, 0, -1, 0), 3, 3)
            label = self.tr("{name}  {seconds:.1f} s").format(
                name=scene.name, seconds=scene.duration / fps
            )
            inner = rect.adjusted(7, 0, -7, 0)
            if self.fontMetrics().horizontalAdvance(label) > inner.width():
                label = scene.name
            label = self.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.setPen(text)
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        point = event.position()
        for scene, rect in self.blocks():
            if rect.left() <= point.x() < rect.right():
                self.document.set_scene(scene.id)
                return


@dataclass
class _Scrub:
    """The playhead follows the mouse along the ruler."""

    edited: bool = False


@dataclass
class _BarDrag:
    """A bar's in point (``start``), out point (``end``) or both (``body``)."""

    layer_id: str
    part: str
    start: int
    end: int | None
    press_x: float
    serial: int
    state: tuple[int, int | None] = (0, None)
    edited: bool = False


@dataclass
class _KeyDrag:
    """Selected keyframes follow the mouse, in whole frames."""

    keys: tuple[KeyRef, ...]  # where they were when the drag began
    current: KeyRef
    press_x: float
    serial: int
    before: dict[tuple[str, str], object] = field(default_factory=dict)
    delta: int = 0
    edited: bool = False


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


class TrackView(QAbstractScrollArea):
    """The ruler and the tracks of the current scene, with a fixed name column.

    Coordinates taken and given by the methods here are those of
    :meth:`viewport`, where the mouse events arrive.

    Signals
    -------
    sig_keyframe_selected
        The keyframe in focus changed: a (layer id, property, frame) tuple, or
        None when no keyframe is selected.
    sig_message
        An edit was refused; the text says why.
    """

    sig_keyframe_selected = Signal(object)
    sig_message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline_tracks")
        self.viewport().setObjectName("timeline_tracks_area")
        self.document = document
        self.expanded: set[str] = set()
        self.zoom = 1.0  # times the scale at which the whole scene fits
        self.keys: set[KeyRef] = set()
        self.current: KeyRef | None = None
        self.painted_playhead: int | None = None
        self._announced: KeyRef | None = None
        self._drag: _Scrub | _BarDrag | _KeyDrag | None = None
        self._drags = 0
        # Plain keys the timeline answers while it has the focus.
        self.key_commands: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_Plus: self.zoom_in,
            Qt.Key.Key_Equal: self.zoom_in,
            Qt.Key.Key_Minus: self.zoom_out,
            Qt.Key.Key_0: self.zoom_to_fit,
        }
        self.rows = TrackRows(document.scene, self.expanded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        document.sig_changed.connect(self.rebuild)
        document.sig_scene_changed.connect(self._scene_changed)
        document.sig_frame_changed.connect(self._frame_changed)
        document.sig_selection_changed.connect(self.viewport().update)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(900, RULER_HEIGHT + 8 * LAYER_ROW)

    # -- geometry -------------------------------------------------------------

    @property
    def duration(self) -> int:
        scene = self.document.scene
        return scene.duration if scene else 1

    def _fit(self) -> float:
        room = self.viewport().width() - NAME_WIDTH - 2 * MARGIN
        return max(room, 40) / max(self.duration, 1)

    @property
    def pixels_per_frame(self) -> float:
        fit = self._fit()
        return max(fit, min(fit * self.zoom, MAX_PIXELS_PER_FRAME))

    def x_of_frame(self, frame: float) -> float:
        return (
            NAME_WIDTH
            + MARGIN
            + frame * self.pixels_per_frame
            - self.horizontalScrollBar().value()
        )

    def frame_at(self, x: float) -> float:
        """The frame, with fraction, at ``x``."""
        offset = x - NAME_WIDTH - MARGIN + self.horizontalScrollBar().value()
        return offset / self.pixels_per_frame

    def frame_at_x(self, x: float) -> int:
        """The whole frame nearest ``x``, within the scene (its end included)."""
        return max(0, min(round(self.frame_at(x)), self.duration))

    def row_y(self, row: Row) -> int:
        return RULER_HEIGHT + row.top - self.verticalScrollBar().value()

    def row_at(self, y: float) -> Row | None:
        if y < RULER_HEIGHT:
            return None
        return self.rows.at(y - RULER_HEIGHT + self.verticalScrollBar().value())

    def visible_rows(self, area: QRect) -> list[Row]:
        scrolled = self.verticalScrollBar().value() - RULER_HEIGHT
        return self.rows.between(area.top() + scrolled, area.bottom() + scrolled)

    def _row(self, layer_id: str, prop: str | None = None) -> Row:
        row = self.rows.find(layer_id, prop)
        if row is None:
            raise KeyError(f"no track for {layer_id!r} {prop or ''}".strip())
        return row

    def track_rect(self, layer_id: str, prop: str | None = None) -> QRect:
        """The track area of a layer's row, or of one of its property rows."""
        row = self._row(layer_id, prop)
        width = self.viewport().width() - NAME_WIDTH
        return QRect(NAME_WIDTH, self.row_y(row), width, row.height)

    def name_rect(self, layer_id: str, prop: str | None = None) -> QRect:
        row = self._row(layer_id, prop)
        return QRect(0, self.row_y(row), NAME_WIDTH, row.height)

    def disclosure_rect(self, row: Row) -> QRect:
        return QRect(4, self.row_y(row) + (row.height - 14) // 2, 14, 14)

    def bar_rect(self, layer_id: str) -> QRectF:
        """The bar from the layer's in point to its out point."""
        row = self._row(layer_id)
        layer = row.layer
        end = self.duration if layer.end is None else layer.end
        left, right = self.x_of_frame(layer.start), self.x_of_frame(end)
        return QRectF(left, self.row_y(row) + 3, right - left, row.height - 6)

    def keyframe_point(self, layer_id: str, name: str | None, frame: int) -> QPoint:
        """The centre of a keyframe marker: on the property's row when the layer
        is expanded and ``name`` is given, else on the layer's own row."""
        row = self.rows.find(layer_id, name) if name else None
        row = row or self._row(layer_id)
        return QPoint(round(self.x_of_frame(frame)), self.row_y(row) + row.height // 2)

    def ruler_point(self, frame: int) -> QPoint:
        return QPoint(round(self.x_of_frame(frame)), RULER_HEIGHT // 2)

    # -- zoom and scrolling ---------------------------------------------------

    def set_zoom(self, zoom: float, anchor_x: float | None = None) -> None:
        """Zoom in time, keeping the frame at ``anchor_x`` (by default the
        playhead, when in view) where it is."""
        fit = self._fit()
        zoom = max(1.0, min(zoom, MAX_PIXELS_PER_FRAME / fit))
        if anchor_x is None:
            anchor_x = self.x_of_frame(self.document.frame)
            if not NAME_WIDTH <= anchor_x <= self.viewport().width():
                anchor_x = (NAME_WIDTH + self.viewport().width()) / 2
        anchor_x = max(float(NAME_WIDTH), anchor_x)
        frame = self.frame_at(anchor_x)
        self.zoom = zoom
        self._update_scroll_bars()
        value = NAME_WIDTH + MARGIN + frame * self.pixels_per_frame - anchor_x
        self.horizontalScrollBar().setValue(round(value))
        self.viewport().update()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def zoom_to_fit(self) -> None:
        self.set_zoom(1.0)

    def _update_scroll_bars(self) -> None:
        track = max(0, self.viewport().width() - NAME_WIDTH)
        content = round(self.duration * self.pixels_per_frame + 2 * MARGIN)
        across = self.horizontalScrollBar()
        across.setRange(0, max(0, content - track))
        across.setPageStep(max(1, track))
        across.setSingleStep(24)
        room = max(0, self.viewport().height() - RULER_HEIGHT)
        down = self.verticalScrollBar()
        down.setRange(0, max(0, self.rows.height - room))
        down.setPageStep(max(1, room))
        down.setSingleStep(LAYER_ROW)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._update_scroll_bars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        self.viewport().update()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP**steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    # -- following the document -----------------------------------------------

    def rebuild(self) -> None:
        self.rows = TrackRows(self.document.scene, self.expanded)
        alive = {ref for ref in self.keys if self.keyframe(ref) is not None}
        if alive != self.keys:
            self.set_keys(alive, self.current)
        self._update_scroll_bars()
        self.viewport().update()

    def _scene_changed(self, _scene_id: str) -> None:
        self._drag = None
        self.set_keys(set())
        self.horizontalScrollBar().setValue(0)
        self.verticalScrollBar().setValue(0)
        self.rebuild()

    def _frame_changed(self, frame: int) -> None:
        x = self.x_of_frame(frame)
        right = self.viewport().width()
        if self._drag is None and not NAME_WIDTH <= x <= right - MARGIN:
            # Turn the page so that the playhead stays in view while playing.
            track = right - NAME_WIDTH
            value = MARGIN + frame * self.pixels_per_frame - track * 0.1
            self.horizontalScrollBar().setValue(round(value))
        height = self.viewport().height()
        for strip in (self.painted_playhead, round(self.x_of_frame(frame))):
            if strip is not None:
                self.viewport().update(
                    QRect(strip - PLAYHEAD_REACH, 0, 2 * PLAYHEAD_REACH + 1, height)
                )

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self.viewport())
        _TrackPainter(self, painter, event.rect()).paint()
        painter.end()

    # -- keyframe selection ---------------------------------------------------

    def keyframe(self, ref: KeyRef) -> Keyframe | None:
        layer_id, name, frame = ref
        row = self.rows.find(layer_id)
        if row is None:
            return None
        for key in row.layer.transform.property(name).keyframes:
            if key.frame == frame:
                return key
        return None

    def easing_of(self, ref: KeyRef) -> EasingKind | None:
        key = self.keyframe(ref)
        return key.easing.kind if key else None

    def set_keys(self, keys, current: KeyRef | None = None) -> None:
        """Select keyframes; ``current`` is the one the easing editor shows."""
        self.keys = set(keys)
        if current not in self.keys:
            current = min(self.keys) if self.keys else None
        self.current = current
        self.viewport().update()
        self._announce()

    def _announce(self) -> None:
        if self.current != self._announced:
            self._announced = self.current
            self.sig_keyframe_selected.emit(self.current)

    def _keys_at(self, row: Row, point: QPointF) -> list[KeyRef]:
        middle = self.row_y(row) + row.height / 2
        if abs(point.y() - middle) > KEY_REACH:
            return []
        found = row.keyframes()
        nearest = min(
            found, key=lambda f: abs(self.x_of_frame(f) - point.x()), default=None
        )
        if nearest is None or abs(self.x_of_frame(nearest) - point.x()) > KEY_REACH:
            return []
        return found[nearest]

    def _refuse(self, message: str, point: QPointF | None = None) -> None:
        logger.debug("timeline edit refused: %s", message)
        where = self.viewport().mapToGlobal(
            (point or QPointF(NAME_WIDTH, RULER_HEIGHT)).toPoint()
        )
        # A tooltip reads markup; the message may quote a layer's name.
        QToolTip.showText(where, f"<p>{html.escape(message)}</p>", self.viewport())
        self.sig_message.emit(message)

    def _locked(self, layer_ids) -> bool:
        for layer_id in layer_ids:
            row = self.rows.find(layer_id)
            if row is not None and row.layer.locked:
                self._refuse(
                    self.tr("Layer {name} is locked").format(name=row.layer.name)
                )
                return True
        return False

    # -- mouse ----------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton or self.document.scene is None:
            super().mousePressEvent(event)
            return
        point, adding = event.position(), bool(event.modifiers() & ADDING)
        if point.y() < RULER_HEIGHT:
            if point.x() >= NAME_WIDTH:
                self._drag = _Scrub()
                self.document.set_frame(self.frame_at_x(point.x()))
            return
        row = self.row_at(point.y())
        if row is None:
            self.set_keys(set())
            self.document.select(())
        elif point.x() < NAME_WIDTH:
            self._press_name(row, point, adding)
        else:
            self._press_track(row, point, adding)

    def _press_name(self, row: Row, point: QPointF, adding: bool) -> None:
        if row.prop is None and self.disclosure_rect(row).contains(point.toPoint()):
            if animated_properties(row.layer):
                self.toggle_expanded(row.layer.id)
                return
        self._select_layer(row.layer.id, adding)
        if not adding:
            self.set_keys(set())

    def _press_track(self, row: Row, point: QPointF, adding: bool) -> None:
        refs = self._keys_at(row, point)
        if refs:
            self._press_keys(row, refs, point, adding)
            return
        self._select_layer(row.layer.id, adding)
        if not adding:
            self.set_keys(set())
        part = self._bar_part(row, point) if row.prop is None else None
        if part is None or adding or self._locked([row.layer.id]):
            return
        layer = row.layer
        self._drags += 1
        self._drag = _BarDrag(
            layer.id,
            part,
            layer.start,
            layer.end,
            point.x(),
            self._drags,
            (layer.start, layer.end),
        )

    def _press_keys(
        self, row: Row, refs: list[KeyRef], point: QPointF, adding: bool
    ) -> None:
        if adding:
            if all(ref in self.keys for ref in refs):
                self.set_keys(self.keys - set(refs), self.current)
                return
            self.set_keys(self.keys | set(refs), refs[0])
        elif not all(ref in self.keys for ref in refs):
            self.set_keys(set(refs), refs[0])
            self._select_layer(row.layer.id, False)
        else:
            self.set_keys(self.keys, refs[0])
        if self._locked({ref[0] for ref in self.keys}):
            return
        self._drags += 1
        drag = _KeyDrag(tuple(sorted(self.keys)), refs[0], point.x(), self._drags)
        for layer_id, name, _frame in drag.keys:
            layer = self._row(layer_id).layer
            drag.before[layer_id, name] = copy.deepcopy(layer.transform.property(name))
        self._drag = drag

    def _select_layer(self, layer_id: str, adding: bool) -> None:
        chosen = list(self.document.selection)
        if not adding:
            chosen = [layer_id]
        elif layer_id in chosen:
            chosen.remove(layer_id)
        else:
            chosen.append(layer_id)
        self.document.select(chosen)

    def _bar_part(self, row: Row, point: QPointF) -> str | None:
        rect = self.bar_rect(row.layer.id)
        if not rect.top() <= point.y() <= rect.bottom():
            return None
        to_start = abs(point.x() - rect.left())
        to_end = abs(point.x() - rect.right())
        if min(to_start, to_end) <= GRIP:
            return "start" if to_start < to_end else "end"
        return "body" if rect.left() < point.x() < rect.right() else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        point = event.position()
        drag = self._drag
        if isinstance(drag, _Scrub):
            self.document.set_frame(self.frame_at_x(point.x()))
        elif isinstance(drag, _BarDrag):
            self._drag_bar(drag, point)
        elif isinstance(drag, _KeyDrag):
            self._drag_keys(drag, point)
        else:
            self._hover(point)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        drag, self._drag = self._drag, None
        if drag is not None and drag.edited:
            self.document.end_drag()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        point = event.position()
        row = self.row_at(point.y())
        if row is not None and row.prop is not None and point.x() >= NAME_WIDTH:
            self.add_keyframe(row.layer.id, row.prop, self.frame_at_x(point.x()))
            return
        if row is not None and row.prop is None and point.x() < NAME_WIDTH:
            if animated_properties(row.layer):
                self.toggle_expanded(row.layer.id)
            return
        self.mousePressEvent(event)

    def _hover(self, point: QPointF) -> None:
        row = self.row_at(point.y())
        shape = Qt.CursorShape.ArrowCursor
        if row is not None and row.prop is None and point.x() >= NAME_WIDTH:
            if not self._keys_at(row, point):
                part = self._bar_part(row, point)
                if part in ("start", "end"):
                    shape = Qt.CursorShape.SizeHorCursor
        self.viewport().setCursor(shape)

    def _drag_bar(self, drag: _BarDrag, point: QPointF) -> None:
        delta = round((point.x() - drag.press_x) / self.pixels_per_frame)
        duration = self.duration
        end = duration if drag.end is None else drag.end
        layer_id = drag.layer_id
        if drag.part == "start":
            start = max(0, min(drag.start + delta, end - 1))
            state = (start, drag.end)
            edit = SetLayerProperty(
                layer_id, "start", start, label=self.tr("Change in point")
            )
        elif drag.part == "end":
            stop = max(drag.start + 1, min(end + delta, duration))
            # A bar that reaches the scene's end runs to the end, however long.
            state = (drag.start, None if stop >= duration else stop)
            edit = SetLayerProperty(
                layer_id, "end", state[1], label=self.tr("Change out point")
            )
        else:
            delta = max(-drag.start, min(delta, duration - end))
            stop = end + delta
            state = (drag.start + delta, None if stop >= duration else stop)
            # The out point goes first, so that no order of the two is refused.
            parts = [
                SetLayerProperty(layer_id, "end", None),
                SetLayerProperty(layer_id, "start", state[0]),
            ]
            if state[1] is not None:
                parts.append(SetLayerProperty(layer_id, "end", state[1]))
            edit = Batch(tuple(parts), label=self.tr("Move layer"))
        if state == drag.state:
            return
        try:
            self.document.edit(edit, merge_key=("bar", drag.serial))
        except EditError as error:
            self._refuse(str(error), point)
            return
        drag.state, drag.edited = state, True

    def _drag_keys(self, drag: _KeyDrag, point: QPointF) -> None:
        delta = round((point.x() - drag.press_x) / self.pixels_per_frame)
        frames = [frame for _layer, _name, frame in drag.keys]
        delta = max(-min(frames), min(delta, self.duration - max(frames)))
        if delta == drag.delta:
            return
        # Each step starts from the properties as they were before the drag.
        edits: list = []
        for (layer_id, name), before in drag.before.items():
            edits.append(RestoreProperty(layer_id, name, before))
            moving = sorted(
                (f for lid, n, f in drag.keys if (lid, n) == (layer_id, name)),
                reverse=delta > 0,
            )
            edits += [MoveKeyframe(layer_id, name, f, f + delta) for f in moving]
        previous = (self.keys, self.current)
        self.keys = {(lid, n, f + delta) for lid, n, f in drag.keys}
        lid, n, f = drag.current
        self.current = (lid, n, f + delta)
        label = (
            self.tr("Move keyframes")
            if len(drag.keys) > 1
            else self.tr("Move keyframe")
        )
        try:
            self.document.edit(
                Batch(tuple(edits), label), merge_key=("keys", drag.serial)
            )
        except EditError as error:
            self.keys, self.current = previous
            self._refuse(str(error), point)
            return
        drag.delta, drag.edited = delta, True
        self._announce()

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        point = QPointF(event.pos())
        row = self.row_at(point.y())
        refs = self._keys_at(row, point) if row and point.x() >= NAME_WIDTH else []
        if not refs:
            return
        if not all(ref in self.keys for ref in refs):
            self.set_keys(set(refs), refs[0])
        menu = self.keyframe_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.exec(event.globalPos())

    # -- keys -----------------------------------------------------------------

    def _key_command(self, event) -> Callable[[], None] | None:
        if event.modifiers() & COMMAND_MODIFIERS:
            return None
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.keys:
            return self.delete_selected_keyframes
        if key == Qt.Key.Key_Escape and self.keys:
            return lambda: self.set_keys(set())
        return self.key_commands.get(Qt.Key(key))

    def event(self, event) -> bool:
        # While the timeline has the focus, its keys are its own: a window
        # shortcut on the same key would otherwise take them, or make both
        # ambiguous so that neither works.
        if event.type() == QEvent.Type.ShortcutOverride and self._key_command(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        command = self._key_command(event)
        if command is None:
            super().keyPressEvent(event)
            return
        command()

    # -- editing --------------------------------------------------------------

    def toggle_expanded(self, layer_id: str) -> None:
        """Show or hide the rows of a layer's animated properties."""
        self.expanded ^= {layer_id}
        self.rebuild()

    def _edit(self, edit) -> bool:
        try:
            self.document.edit(edit)
        except EditError as error:
            self._refuse(str(error))
            return False
        return True

    def add_keyframe(self, layer_id: str, name: str, frame: int) -> None:
        """Add a keyframe holding the value the property has at ``frame``."""
        ref = (layer_id, name, frame)
        if self.keyframe(ref) is None and not self._locked([layer_id]):
            prop = self._row(layer_id).layer.transform.property(name)
            edit = SetTransform(
                layer_id,
                name,
                prop.at(frame),
                frame=frame,
                label=self.tr("Add keyframe"),
            )
            if not self._edit(edit):
                return
        self.set_keys({ref}, ref)

    def delete_selected_keyframes(self) -> None:
        if not self.keys or self._locked({ref[0] for ref in self.keys}):
            return
        refs = sorted(self.keys)
        label = (
            self.tr("Delete keyframes") if len(refs) > 1 else self.tr("Delete keyframe")
        )
        parts = tuple(RemoveKeyframe(*ref) for ref in refs)
        if self._edit(Batch(parts, label)):
            self.set_keys(set())

    def set_easing(self, kind: EasingKind) -> None:
        """Give every selected keyframe the named easing ``kind``."""
        if not self.keys or self._locked({ref[0] for ref in self.keys}):
            return
        parts = []
        for ref in sorted(self.keys):
            key = self.keyframe(ref)
            if key is not None:
                layer_id, name, frame = ref
                parts.append(
                    SetTransform(
                        layer_id, name, key.value, frame=frame, easing=Easing(kind)
                    )
                )
        self._edit(Batch(tuple(parts), self.tr("Change easing")))

    def keyframe_menu(self) -> QMenu:
        """The menu for the selected keyframes: their easing, and deleting them."""
        menu = QMenu(self)
        menu.setObjectName("keyframe_menu")
        kinds = {self.easing_of(ref) for ref in self.keys}
        for kind in MENU_EASINGS:
            action = menu.addAction(easing_name(kind))
            action.setObjectName(f"easing_{kind.value}")
            action.setCheckable(True)
            action.setChecked(kinds == {kind})
            action.triggered.connect(lambda _=False, k=kind: self.set_easing(k))
        menu.addSeparator()
        remove = menu.addAction(
            self.tr("Delete keyframes")
            if len(self.keys) > 1
            else self.tr("Delete keyframe")
        )
        remove.setObjectName("delete_keyframes")
        remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove.triggered.connect(self.delete_selected_keyframes)
        return menu


class TimelinePanel(QWidget):
    """The timeline dock: transport controls, the scene strip and the tracks.

    Give it the transport the rest of the window uses, or it makes its own.

    Signals
    -------
    sig_keyframe_selected
        The keyframe in focus changed: (layer id, property, frame), or None.
    sig_message
        Something to show in the status bar: a refused edit, no sound output.
    """

    sig_keyframe_selected = Signal(object)
    sig_message = Signal(str)

    def __init__(
        self,
        document: Document,
        transport: Transport | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("timeline_panel")
        self.document = document
        self.transport = transport or Transport(document, self)
        self.scene_strip = SceneStrip(document, self)
        self.tracks = TrackView(document, self)
        self.time_label = QLabel(objectName="timeline_time")
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.time_label.setFont(fixed)
        self._make_actions()
        self._lay_out()
        self.tracks.sig_keyframe_selected.connect(self.sig_keyframe_selected)
        self.tracks.sig_message.connect(self.sig_message)
        self.transport.sig_message.connect(self.sig_message)
        self.transport.sig_playing_changed.connect(self._playing_changed)
        for signal in (document.sig_frame_changed, document.sig_scene_changed):
            signal.connect(self._show_time)
        document.sig_changed.connect(self._show_time)
        self._show_time()

    def _action(self, name: str, text: str, slot, icon=None, keys=()) -> QAction:
        """An action for a button; its keys work while the tracks have the focus
        (window shortcuts on the same keys stay the window's elsewhere)."""
        action = QAction(text, self)
        action.setObjectName(name)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if keys:
            native = QKeySequence.SequenceFormat.NativeText
            action.setToolTip(f"{text} ({QKeySequence(keys[0]).toString(native)})")
        action.triggered.connect(slot)
        for key in keys:
            self.tracks.key_commands[key] = action.trigger
        return action

    def _make_actions(self) -> None:
        pixmap, key = QStyle.StandardPixmap, Qt.Key
        self.start_action = self._action(
            "go_to_start",
            self.tr("Go to start"),
            self.go_to_start,
            pixmap.SP_MediaSkipBackward,
            [key.Key_Home],
        )
        self.back_action = self._action(
            "step_back",
            self.tr("One frame back"),
            lambda: self.step(-1),
            pixmap.SP_MediaSeekBackward,
            [key.Key_Left, key.Key_Comma],
        )
        self.play_action = self._action(
            "play",
            self.tr("Play"),
            self.transport.toggle,
            pixmap.SP_MediaPlay,
            [key.Key_Space],
        )
        self.forward_action = self._action(
            "step_forward",
            self.tr("One frame forward"),
            lambda: self.step(1),
            pixmap.SP_MediaSeekForward,
            [key.Key_Right, key.Key_Period],
        )
        self.tracks.key_commands[key.Key_End] = self.go_to_end
        self.zoom_out_action = self._action(
            "zoom_out", self.tr("Zoom out"), self.tracks.zoom_out, keys=[key.Key_Minus]
        )
        self.zoom_fit_action = self._action(
            "zoom_fit", self.tr("Fit"), self.tracks.zoom_to_fit, keys=[key.Key_0]
        )
        self.zoom_fit_action.setToolTip(self.tr("Show the whole scene (0)"))
        self.zoom_in_action = self._action(
            "zoom_in", self.tr("Zoom in"), self.tracks.zoom_in, keys=[key.Key_Plus]
        )
        self.zoom_out_action.setText("\u2212")  # a minus sign, as wide as the plus
        self.zoom_in_action.setText("+")

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setObjectName(f"{action.objectName()}_button")
        button.setAutoRaise(True)
        return button

    def _lay_out(self) -> None:
        controls = QHBoxLayout()
        controls.setContentsMargins(4, 2, 4, 2)
        for action in (
            self.start_action,
            self.back_action,
            self.play_action,
            self.forward_action,
        ):
            controls.addWidget(self._button(action))
        controls.addSpacing(8)
        controls.addWidget(self.time_label)
        controls.addStretch(1)
        zoom = QLabel(self.tr("Zoom"))
        controls.addWidget(zoom)
        for action in (self.zoom_out_action, self.zoom_fit_action, self.zoom_in_action):
            controls.addWidget(self._button(action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addWidget(self.scene_strip)
        layout.addWidget(self.tracks, 1)

    # -- transport --------------------------------------------------------------

    def go_to_start(self) -> None:
        self.document.set_frame(0)

    def go_to_end(self) -> None:
        scene = self.document.scene
        if scene is not None:
            self.document.set_frame(scene.duration - 1)

    def step(self, frames: int) -> None:
        self.transport.pause()
        self.document.set_frame(self.document.frame + frames)

    def _playing_changed(self, playing: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MediaPause
            if playing
            else (QStyle.StandardPixmap.SP_MediaPlay)
        )
        self.play_action.setIcon(self.style().standardIcon(icon))
        text = self.tr("Pause") if playing else self.tr("Play")
        self.play_action.setText(text)
        space = QKeySequence(Qt.Key.Key_Space)
        native = space.toString(QKeySequence.SequenceFormat.NativeText)
        self.play_action.setToolTip(f"{text} ({native})")

    def _show_time(self, *_args) -> None:
        scene = self.document.scene
        if scene is None:
            self.time_label.setText("")
            return
        fps = self.document.template.fps
        frame = self.document.frame
        self.time_label.setText(
            self.tr("{time} / {length}   frame {frame}").format(
                time=timecode(frame, fps),
                length=timecode(scene.duration, fps),
                frame=frame,
            )
        )

    # -- what tests, benchmarks and other panels use ------------------------------

    def x_of_frame(self, frame: float) -> float:
        """Where ``frame`` lies, in the coordinates of ``tracks.viewport()``."""
        return self.tracks.x_of_frame(frame)

    def frame_at_x(self, x: float) -> int:
        return self.tracks.frame_at_x(x)

    def track_rect(self, layer_id: str, prop: str | None = None) -> QRect:
        return self.tracks.track_rect(layer_id, prop)

    def bar_rect(self, layer_id: str) -> QRectF:
        return self.tracks.bar_rect(layer_id)

    def keyframe_point(self, layer_id: str, name: str | None, frame: int) -> QPoint:
        return self.tracks.keyframe_point(layer_id, name, frame)

    def selected_keyframes(self) -> set[KeyRef]:
        return set(self.tracks.keys)
