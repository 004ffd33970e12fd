"""The canvas: the current frame as the renderer paints it, and direct manipulation.

Layers are selected, moved, resized and turned with the mouse; moves snap to the
canvas edges and centre, the title-safe area, guides and the other layers (Alt
holds snapping off). A drag is one undoable step. Double-clicking a text opens it
for typing in place. Media files dropped on the canvas are imported as layers.

While the transport plays or holds at a decision the canvas previews: a click on
a choice, Tab, Enter and the digits choose as the viewer would
(:class:`PreviewChoices`), and nothing is edited.

The picture comes from :class:`FrameService`, painted off the interface thread;
the outlines and handles are drawn here over it, from the model, at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QPointF,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from studio.model.edits import (
    Batch,
    EditError,
    RemoveLayer,
    SetText,
    SetTransform,
)
from studio.model.layers import (
    ButtonLayer,
    Layer,
    TextLayer,
)
from studio.render.resolve import condition_holds
from studio.ui import canvas_geometry as geometry
from studio.ui.canvas_geometry import RESIZE_HANDLES, Guide
from studio.ui.document import Document
from studio.ui.frame_service import FrameService
from studio.ui.media_import import MediaImporter, media_files
from studio.ui.preview_choices import ChoiceSpot, PreviewChoices
from studio.ui.transport import Transport

logger = logging.getLogger(__name__)

HANDLE = 4.0  # half the side of a handle, in screen pixels
ROTATE_REACH = 28.0  # how far above the box the rotation handle sits
SNAP_PIXELS = 6.0
MARGIN = 24.0  # around the canvas when it is fitted to the view
ZOOM_STEPS = (0.1, 0.125, 0.25, 1 / 3, 0.5, 2 / 3, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 8.0)
ACCENT = QColor("#2F80ED")
SNAP_COLOUR = QColor("#E0338A")
OVERFLOW_HERE = QColor("#D93025")  # does not fit for the row and language shown
OVERFLOW_ELSEWHERE = QColor("#E8710A")  # does not fit for another row or language
GUIDE_COLOUR = QColor("#00A3A3")
FOCUS_RING = QColor("#FFD400")  # with a dark edge: seen on light and dark alike
FOCUS_EDGE = QColor("#1A1A1A")
FOCUS_GAP = 6.0  # screen pixels between a choice and its focus ring


@dataclass
class _Drag:
    kind: str  # move, resize, rotate, band, pan, guide
    pressed: QPointF  # widget coordinates
    pressed_canvas: QPointF
    serial: int
    handle: str | None = None
    starts: dict = field(default_factory=dict)  # layer id -> transform values
    bounds: QRectF | None = None  # of the moving layers, at the press
    targets: tuple | None = None
    guide: int | None = None
    moved: bool = False
    pan_offset: QPointF | None = None
    pivot: QPointF | None = None
    grip: QPointF = field(default_factory=QPointF)  # handle minus press, canvas


class Canvas(QWidget):
    """The frame with the editor's handles over it.

    Signals
    -------
    sig_frame_shown(int)
        A frame painted by the renderer is on screen (the frame within the scene).
    sig_zoom_changed(float)
    sig_message(str)
        Something the user should read in the status bar (a refused edit).
    sig_import_requested(list)
        Files dropped that are to be imported (paths), with where they fell.

    With a ``transport``, the canvas previews while it plays or holds at a
    decision; :attr:`preview` holds the choices then.
    """

    sig_frame_shown = Signal(int)
    sig_zoom_changed = Signal(float)
    sig_message = Signal(str)

    def __init__(
        self,
        document: Document,
        service: FrameService,
        parent: QWidget | None = None,
        *,
        transport: Transport | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("canvas")
        self.document = document
        self.service = service
        self.image: QImage | None = None
        self.image_frame: int | None = None
        self.zoom = 1.0
        self.offset = QPointF(MARGIN, MARGIN)
        self.fitted = True
        self.guides: list[Guide] = []
        self.overflow_here: set[str] = set()
        self.overflow_elsewhere: set[str] = set()
        self.snapping = True  # Alt held while dragging also leaves it off
        self.snap_lines: tuple[Guide, ...] = ()
        self.band: QRectF | None = None
        self.hover: str | None = None
        self._drag: _Drag | None = None
        self._serial = 0
        self._space = False
        self._text_editor: _InPlaceText | None = None
        self.importer = MediaImporter(document, self)
        self.importer.sig_message.connect(self.sig_message)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self._render_soon = QTimer(self, singleShot=True, interval=0)
        self._render_soon.timeout.connect(self._request)
        service.sig_frame_ready.connect(self._frame_ready)
        service.sig_failed.connect(self.sig_message)
        document.sig_changed.connect(self._model_changed)
        document.sig_frame_changed.connect(self._model_changed)
        document.sig_scene_changed.connect(self._model_changed)
        document.sig_variant_changed.connect(self._model_changed)
        document.sig_selection_changed.connect(self.update)
        self.preview: PreviewChoices | None = None
        if transport is not None:
            self.preview = PreviewChoices(document, transport, self)
            self.preview.sig_changed.connect(self.update)
            self.preview.sig_message.connect(self.sig_message)
            transport.sig_preview_changed.connect(self._preview_changed)
        self._load_guides()

    # -- view --------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(960, 540)

    @property
    def template(self):
        return self.document.template

    @property
    def previewing(self) -> bool:
        """Clicks and keys choose as the viewer's, instead of editing."""
        return self.preview is not None and self.preview.active

    def _preview_changed(self, _previewing: bool) -> None:
        self.hover = None
        self.unsetCursor()
        self.update()

    def view_transform(self) -> QTransform:
        return QTransform(self.zoom, 0, 0, self.zoom, self.offset.x(), self.offset.y())

    def to_canvas(self, point: QPointF) -> QPointF:
        return (QPointF(point) - self.offset) / self.zoom

    def to_widget(self, point: QPointF) -> QPointF:
        return QPointF(point) * self.zoom + self.offset

    def canvas_rect(self) -> QRectF:
        """Where the canvas lies in the widget."""
        return QRectF(
            self.offset, QSize(self.template.width, self.template.height) * self.zoom
        )

    def zoom_fit(self) -> None:
        self.fitted = True
        self._fit()
        self._view_changed()

    def _fit(self) -> None:
        width, height = self.template.width, self.template.height
        room_w = max(1.0, self.width() - 2 * MARGIN)
        room_h = max(1.0, self.height() - 2 * MARGIN)
        self.zoom = min(room_w / width, room_h / height)
        self.offset = QPointF(
            (self.width() - width * self.zoom) / 2,
            (self.height() - height * self.zoom) / 2,
        )

    def zoom_to(self, zoom: float, around: QPointF | None = None) -> None:
        zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        around = QPointF(self.rect().center()) if around is None else around
        fixed = self.to_canvas(around)
        self.zoom = zoom
        self.offset = around - fixed * zoom
        self.fitted = False
        self._view_changed()

    def zoom_in(self) -> None:
        bigger = [z for z in ZOOM_STEPS if z > self.zoom * 1.001]
        self.zoom_to(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom * 0.999]
        self.zoom_to(smaller[-1] if smaller else ZOOM_STEPS[0])

    def zoom_actual(self) -> None:
        self.zoom_to(1.0)

    def _view_changed(self) -> None:
        self.sig_zoom_changed.emit(self.zoom)
        self._render_soon.start()
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.fitted:
            self._fit()
            self._view_changed()
        super().resizeEvent(event)

    # -- the picture -------------------------------------------------------

    def render_size(self) -> tuple[int, int]:
        """Paint at the size shown (in device pixels), never above the canvas's."""
        ratio = self.devicePixelRatioF()
        factor = min(1.0, self.zoom * ratio)
        width = max(16, round(self.template.width * factor))
        height = max(16, round(self.template.height * factor))
        return width, height

    def _model_changed(self, *_args) -> None:
        self._render_soon.start()
        self.update()

    def _request(self) -> None:
        self.service.request(self.render_size())

    def _frame_ready(self, frame: int, image: QImage) -> None:
        self.image = image
        self.image_frame = frame
        self.update()
        self.sig_frame_shown.emit(frame)

    # -- painting ----------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().dark())
        area = self.canvas_rect()
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(area, self.image)
        else:
            painter.fillRect(area, QColor("#FFFFFF"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_safe_area(painter)
        self._paint_guides(painter)
        self._paint_overflows(painter)
        if self.previewing:
            self._paint_choices(painter)
        else:
            self._paint_selection(painter)
        if self.band is not None:
            painter.setPen(QPen(ACCENT, 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(47, 128, 237, 40))
            painter.drawRect(self.band)
        painter.end()

    def _paint_safe_area(self, painter: QPainter) -> None:
        margin = self.template.settings.safe_margin
        if margin <= 0:
            return
        width, height = self.template.width, self.template.height
        safe = QRectF(
            width * margin,
            height * margin,
            width * (1 - 2 * margin),
            height * (1 - 2 * margin),
        )
        painter.setPen(QPen(QColor(128, 128, 128, 150), 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.view_transform().mapRect(safe))

    def _paint_guides(self, painter: QPainter) -> None:
        area = self.canvas_rect()
        for lines, colour, style in (
            (self.guides, GUIDE_COLOUR, Qt.PenStyle.SolidLine),
            (self.snap_lines, SNAP_COLOUR, Qt.PenStyle.DashLine),
        ):
            painter.setPen(QPen(colour, 1, style))
            for guide in lines:
                if guide.vertical:
                    x = self.to_widget(QPointF(guide.position, 0)).x()
                    painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
                else:
                    y = self.to_widget(QPointF(0, guide.position)).y()
                    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))

    def set_overflows(self, here: set[str], elsewhere: set[str]) -> None:
        """Mark the layers whose text does not fit: for the case shown, and for
        some other row or language."""
        self.overflow_here, self.overflow_elsewhere = set(here), set(elsewhere)
        self.update()

    def _paint_overflows(self, painter: QPainter) -> None:
        frame = self.document.frame
        view = self.view_transform()
        for layer in self.shown_layers():
            if layer.id in self.overflow_here:
                colour, style = OVERFLOW_HERE, Qt.PenStyle.SolidLine
            elif layer.id in self.overflow_elsewhere:
                colour, style = OVERFLOW_ELSEWHERE, Qt.PenStyle.DashLine
            else:
                continue
            painter.setPen(QPen(colour, 2, style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outline = view.map(geometry.layer_polygon(layer, frame))
            painter.drawPolygon(outline)
            corner = outline.boundingRect().topRight()
            # a warning sign in the top right corner
            badge = QPolygonF(
                [
                    corner + QPointF(-10, 1),
                    corner + QPointF(-1, 16),
                    corner + QPointF(-19, 16),
                ]
            )
            painter.setBrush(colour)
            painter.setPen(QPen(colour, 1))
            painter.drawPolygon(badge)
            painter.setPen(QPen(QColor("#FFFFFF"), 2))
            painter.drawLine(corner + QPointF(-10, 6), corner + QPointF(-10, 11))
            painter.drawPoint(corner + QPointF(-10, 14))

    def _paint_selection(self, painter: QPainter) -> None:
        frame = self.document.frame
        view = self.view_transform()
        selected = self._selected_placeable()
        hovered = self._layer(self.hover) if self.hover else None
        if hovered is not None and hovered not in selected:
            painter.setPen(QPen(ACCENT, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(view.map(geometry.layer_polygon(hovered, frame)))
        for layer in selected:
            painter.setPen(QPen(ACCENT, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(view.map(geometry.layer_polygon(layer, frame)))
        if len(selected) == 1 and not selected[0].locked:
            layer = selected[0]
            handles = self._handle_points(layer)
            top = handles["top"]
            rotate = handles["rotate"]
            painter.drawLine(top, rotate)
            painter.setBrush(self.palette().base())
            for name, point in handles.items():
                if name == "rotate":
                    painter.drawEllipse(point, HANDLE + 1, HANDLE + 1)
                else:
                    painter.drawRect(
                        QRectF(
                            point.x() - HANDLE,
                            point.y() - HANDLE,
                            2 * HANDLE,
                            2 * HANDLE,
                        )
                    )
        elif len(selected) > 1:
            bounds = view.mapRect(geometry.united_bounds(selected, frame))
            painter.setPen(QPen(ACCENT, 1, Qt.PenStyle.DashLine))
            painter.drawRect(bounds)

    def _paint_choices(self, painter: QPainter) -> None:
        """The chosen choice lit up, and the keyboard's focus ring."""
        preview = self.preview
        chosen = preview.highlighted
        if chosen is not None:
            painter.setPen(QPen(ACCENT, 3))
            painter.setBrush(QColor(255, 255, 255, 110))
            painter.drawPath(self._choice_outline(chosen, 0.0))
        focused = preview.focused()
        if focused is not None:
            ring = self._choice_outline(focused, FOCUS_GAP)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(FOCUS_EDGE, 6))
            painter.drawPath(ring)
            painter.setPen(QPen(FOCUS_RING, 3))
            painter.drawPath(ring)

    def _choice_outline(self, spot: ChoiceSpot, gap: float) -> QPainterPath:
        """The spot's rounded box, ``gap`` screen pixels out, in widget pixels."""
        matrix = spot.matrix * self.view_transform()
        pixels = abs(matrix.determinant()) ** 0.5 or 1.0  # per unit of the box
        grow = gap / pixels
        box = spot.box.adjusted(-grow, -grow, grow, grow)
        radius = min(spot.layer.corner_radius, spot.box.height() / 2) + grow
        path = QPainterPath()
        path.addRoundedRect(box, radius, radius)
        return matrix.map(path)

    def _handle_points(self, layer: Layer) -> dict[str, QPointF]:
        frame = self.document.frame
        width, height = layer.transform.size.at(frame)
        matrix = geometry.layer_matrix(layer, frame) * self.view_transform()
        points = {
            name: matrix.map(QPointF(fx * width, fy * height))
            for name, (fx, fy) in RESIZE_HANDLES.items()
        }
        top, bottom = points["top"], points["bottom"]
        direction = top - bottom
        length = (direction.x() ** 2 + direction.y() ** 2) ** 0.5 or 1.0
        points["rotate"] = top + direction * (ROTATE_REACH / length)
        return points

    # -- finding things ----------------------------------------------------

    def _layer(self, layer_id: str | None) -> Layer | None:
        scene = self.document.scene
        if scene is None or layer_id is None:
            return None
        for layer in scene.layers:
            if layer.id == layer_id:
                return layer
        return None

    def _selected_placeable(self) -> list[Layer]:
        scene = self.document.scene
        ids = set(self.document.selection)
        if scene is None:
            return []
        return [
            layer
            for layer in scene.layers
            if layer.id in ids and geometry.placeable(layer)
        ]

    def shown_layers(self) -> list[Layer]:
        """The layers drawn at the playhead, top first."""
        scene = self.document.scene
        if scene is None:
            return []
        frame = self.document.frame
        values = self.document.values
        return [
            layer
            for layer in reversed(scene.layers)
            if geometry.placeable(layer)
            and layer.visible_at(frame, scene.duration)
            and (not values or condition_holds(self.template, layer.condition, values))
        ]

    def layer_at(self, point: QPointF) -> Layer | None:
        """The top unlocked layer under a widget point."""
        canvas_point = self.to_canvas(point)
        frame = self.document.frame
        for layer in self.shown_layers():
            if not layer.locked and geometry.contains(layer, frame, canvas_point):
                return layer
        return None

    def handle_at(self, point: QPointF) -> str | None:
        selected = self._selected_placeable()
        if len(selected) != 1 or selected[0].locked:
            return None
        for name, spot in self._handle_points(selected[0]).items():
            if (
                abs(spot.x() - point.x()) <= HANDLE + 2
                and abs(spot.y() - point.y()) <= HANDLE + 2
            ):
                return name
        return None

    def guide_at(self, point: QPointF) -> int | None:
        for index, guide in enumerate(self.guides):
            spot = self.to_widget(QPointF(guide.position, guide.position))
            distance = point.x() - spot.x() if guide.vertical else point.y() - spot.y()
            if abs(distance) <= 3:
                return index
        return None

    # -- the mouse ---------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._finish_text_edit()
        point = event.position()
        self._serial += 1
        drag = _Drag("band", point, self.to_canvas(point), self._serial)
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space
        ):
            drag.kind, drag.pan_offset = "pan", QPointF(self.offset)
            self._drag = drag
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if button != Qt.MouseButton.LeftButton:
            return
        if self.previewing:
            self.preview.press(self.to_canvas(point))
            return
        extend = bool(
            event.modifiers()
            & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
        )
        handle = None if extend else self.handle_at(point)
        if handle is not None:
            layer = self._selected_placeable()[0]
            drag.kind = "rotate" if handle == "rotate" else "resize"
            drag.handle = handle
            exact = self.to_canvas(self._handle_points(layer)[handle])
            drag.grip = exact - drag.pressed_canvas
            drag.starts = {layer.id: self._transform_values(layer)}
            drag.pivot = self.to_widget(
                QPointF(*layer.transform.position.at(self.document.frame))
            )
            self._drag = drag
            return
        guide = self.guide_at(point)
        if guide is not None and not extend:
            drag.kind, drag.guide = "guide", guide
            self._drag = drag
            return
        layer = self.layer_at(point)
        selection = list(self.document.selection)
        if layer is None:
            if not extend:
                self.document.select([])
            self._drag = drag  # a rubber band
            return
        if extend:
            if layer.id in selection:
                selection.remove(layer.id)
            else:
                selection.append(layer.id)
            self.document.select(selection)
            return
        if layer.id not in selection:
            self.document.select([layer.id])
        drag.kind = "move"
        moving = [m for m in self._selected_placeable() if not m.locked]
        drag.starts = {m.id: self._transform_values(m) for m in moving}
        frame = self.document.frame
        drag.bounds = geometry.united_bounds(moving, frame)
        others = [m for m in self.shown_layers() if m.id not in drag.starts]
        drag.targets = geometry.snap_targets(self.template, others, frame, self.guides)
        self._drag = drag

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        point = event.position()
        drag = self._drag
        if drag is None and self.previewing:
            over = self.preview.spot_at(self.to_canvas(point)) is not None
            if over:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.unsetCursor()
            return
        if drag is None:
            self._update_hover(point)
            return
        if not drag.moved and (point - drag.pressed).manhattanLength() < 2:
            return
        drag.moved = True
        modifiers = event.modifiers()
        if drag.kind == "pan":
            self.offset = drag.pan_offset + (point - drag.pressed)
            self.fitted = False
            self._view_changed()
        elif drag.kind == "band":
            self.band = QRectF(drag.pressed, point).normalized()
            self.update()
        elif drag.kind == "guide":
            self._move_guide(drag, point)
        elif drag.kind == "move":
            self._drag_move(drag, point, modifiers)
        elif drag.kind == "resize":
            self._drag_resize(drag, point, modifiers)
        elif drag.kind == "rotate":
            self._drag_rotate(drag, point, modifiers)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        drag, self._drag = self._drag, None
        if drag is None:
            return
        if drag.kind == "pan":
            self.unsetCursor()
        elif drag.kind == "band" and self.band is not None:
            self._select_in_band(event.modifiers())
        elif drag.kind == "guide":
            self._save_guides()
        elif drag.moved:
            self.document.end_drag()
        self.band = None
        self.snap_lines = ()
        self.update()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.previewing:
            return
        layer = self.layer_at(event.position())
        if isinstance(layer, TextLayer | ButtonLayer):
            self.edit_text(layer)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.0015 ** delta.y()
            self.zoom_to(self.zoom * factor, event.position())
            return
        step = QPointF(delta.x(), delta.y()) / 2
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            step = QPointF(step.y(), step.x())
        self.offset += step
        self.fitted = False
        self._view_changed()

    def _update_hover(self, point: QPointF) -> None:
        handle = self.handle_at(point)
        if handle is not None:
            shapes = {
                "top_left": Qt.CursorShape.SizeFDiagCursor,
                "bottom_right": Qt.CursorShape.SizeFDiagCursor,
                "top_right": Qt.CursorShape.SizeBDiagCursor,
                "bottom_left": Qt.CursorShape.SizeBDiagCursor,
                "top": Qt.CursorShape.SizeVerCursor,
                "bottom": Qt.CursorShape.SizeVerCursor,
                "left": Qt.CursorShape.SizeHorCursor,
                "right": Qt.CursorShape.SizeHorCursor,
                "rotate": Qt.CursorShape.CrossCursor,
            }
            self.setCursor(QCursor(shapes[handle]))
        elif self.guide_at(point) is not None:
            self.setCursor(Qt.CursorShape.SplitHCursor)
        elif self._space:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()
        layer = self.layer_at(point)
        hover = layer.id if layer else None
        if hover != self.hover:
            self.hover = hover
            self.update()

    def _select_in_band(self, modifiers) -> None:
        band = self.view_transform().inverted()[0].mapRect(self.band)
        frame = self.document.frame
        inside = [
            layer.id
            for layer in self.shown_layers()
            if not layer.locked and band.intersects(geometry.layer_bounds(layer, frame))
        ]
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            inside = list(self.document.selection) + inside
        self.document.select(inside)

    # -- edits -------------------------------------------------------------

    def _transform_values(self, layer: Layer) -> geometry.Placement:
        return geometry.Placement.of(layer, self.document.frame)

    def _set(self, layer: Layer, name: str, value) -> SetTransform:
        """Set a transform property: its keyframe at the playhead when it is
        keyframed, else its constant value."""
        prop = layer.transform.property(name)
        frame = self.document.frame if prop.is_animated else None
        return SetTransform(layer.id, name, value, frame=frame)

    def _push(self, edits: list, label: str, merge_key=None) -> bool:
        if not edits:
            return False
        try:
            self.document.edit(Batch(tuple(edits), label), merge_key=merge_key)
        except EditError as error:
            self.sig_message.emit(str(error))
            return False
        return True

    def _drag_move(self, drag: _Drag, point: QPointF, modifiers) -> None:
        delta = (point - drag.pressed) / self.zoom
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            # along the axis moved the most
            if abs(delta.x()) >= abs(delta.y()):
                delta.setY(0.0)
            else:
                delta.setX(0.0)
        self.snap_lines = ()
        snap = self.snapping and not modifiers & Qt.KeyboardModifier.AltModifier
        if snap and drag.bounds is not None:
            snap = geometry.snap_box(
                drag.bounds.translated(delta), drag.targets, SNAP_PIXELS / self.zoom
            )
            delta += QPointF(snap.dx, snap.dy)
            self.snap_lines = snap.lines
        edits = []
        for layer_id, start in drag.starts.items():
            layer = self._layer(layer_id)
            x, y = start.position
            edits.append(
                self._set(
                    layer,
                    "position",
                    (round(x + delta.x(), 2), round(y + delta.y(), 2)),
                )
            )
        label = self.tr("Move layer") if len(edits) == 1 else self.tr("Move layers")
        self._push(edits, label, merge_key=("move", drag.serial))

    def _drag_resize(self, drag: _Drag, point: QPointF, modifiers) -> None:
        (layer_id,) = drag.starts
        layer = self._layer(layer_id)
        position, size = geometry.resized(
            drag.starts[layer_id],
            drag.handle,
            self.to_canvas(point) + drag.grip,
            keep_ratio=bool(modifiers & Qt.KeyboardModifier.ShiftModifier),
        )
        edits = [
            self._set(layer, "size", (round(size[0], 2), round(size[1], 2))),
            self._set(
                layer, "position", (round(position[0], 2), round(position[1], 2))
            ),
        ]
        self._push(edits, self.tr("Resize layer"), merge_key=("resize", drag.serial))

    def _drag_rotate(self, drag: _Drag, point: QPointF, modifiers) -> None:
        (layer_id,) = drag.starts
        layer = self._layer(layer_id)
        step = 15.0 if modifiers & Qt.KeyboardModifier.ShiftModifier else None
        rotation = geometry.turned(
            drag.starts[layer_id].rotation, drag.pivot, drag.pressed, point, step
        )
        self._push(
            [self._set(layer, "rotation", rotation)],
            self.tr("Rotate layer"),
            merge_key=("rotate", drag.serial),
        )

    def move_selection(self, dx: float, dy: float, label: str | None = None) -> bool:
        layers = [m for m in self._selected_placeable() if not m.locked]
        frame = self.document.frame
        edits = []
        for layer in layers:
            x, y = layer.transform.position.at(frame)
            edits.append(self._set(layer, "position", (x + dx, y + dy)))
        return self._push(edits, label or self.tr("Nudge"))

    def align(self, how: str) -> bool:
        """Align the selection's boxes to each other, or one box to the canvas."""
        layers = [m for m in self._selected_placeable() if not m.locked]
        if not layers:
            return False
        frame = self.document.frame
        if len(layers) == 1:
            reference = QRectF(0, 0, self.template.width, self.template.height)
        else:
            reference = geometry.united_bounds(layers, frame)
        moves = geometry.aligned(layers, frame, how, reference)
        return self._apply_moves(moves, self.tr("Align"))

    def distribute(self, horizontal: bool) -> bool:
        layers = [m for m in self._selected_placeable() if not m.locked]
        moves = geometry.distributed(layers, self.document.frame, horizontal)
        return self._apply_moves(moves, self.tr("Distribute"))

    def _apply_moves(self, moves, label: str) -> bool:
        frame = self.document.frame
        edits = []
        for layer, dx, dy in moves:
            if abs(dx) < 1e-9 and abs(dy) < 1e-9:
                continue
            x, y = layer.transform.position.at(frame)
            edits.append(
                self._set(layer, "position", (round(x + dx, 3), round(y + dy, 3)))
            )
        return self._push(edits, label)

    def delete_selection(self) -> bool:
        edits = [RemoveLayer(layer.id) for layer in self.document.selected_layers()]
        label = self.tr("Delete layer") if len(edits) == 1 else self.tr("Delete layers")
        return self._push(edits, label)

    def select_all(self) -> None:
        self.document.select(
            [layer.id for layer in reversed(self.shown_layers()) if not layer.locked]
        )

    # -- the keyboard ------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.previewing:
            # Nothing is edited in the preview: the keys choose, or pass on.
            if not self.preview.handle_key(event.key(), event.modifiers()):
                super().keyPressEvent(event)
            return
        key = event.key()
        step = 10.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1.0
        arrows = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if key in arrows and self.document.selection:
            self.move_selection(*arrows[key])
        elif (
            event.matches(QKeySequence.StandardKey.Delete)
            or key == Qt.Key.Key_Backspace
        ):
            self.delete_selection()
        elif key == Qt.Key.Key_Escape:
            self.document.select([])
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        # Tab and Shift+Tab move the focus ring through the choices in the
        # preview, instead of the keyboard focus out of the canvas.
        if self.previewing:
            self.preview.move_focus(forward)
            return True
        return super().focusNextPrevChild(forward)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.unsetCursor()
        super().keyReleaseEvent(event)

    # -- guides ------------------------------------------------------------

    def add_guide(self, vertical: bool, position: float | None = None) -> None:
        if position is None:
            position = (self.template.width if vertical else self.template.height) / 2
        self.guides.append(Guide(vertical, float(position)))
        self._save_guides()
        self.update()

    def clear_guides(self) -> None:
        self.guides.clear()
        self._save_guides()
        self.update()

    def _move_guide(self, drag: _Drag, point: QPointF) -> None:
        guide = self.guides[drag.guide]
        canvas_point = self.to_canvas(point)
        position = canvas_point.x() if guide.vertical else canvas_point.y()
        limit = self.template.width if guide.vertical else self.template.height
        if not -20 <= position <= limit + 20:
            # dragged off the canvas: the guide goes
            del self.guides[drag.guide]
            drag.kind = "band"
            self._drag = None
            self._save_guides()
        else:
            self.guides[drag.guide] = Guide(guide.vertical, round(position, 1))
        self.update()

    def _guides_key(self) -> str:
        where = self.document.project.path or self.document.project.source
        return f"guides/{Path(where).resolve() if where else 'untitled'}"

    def _load_guides(self) -> None:
        stored = QSettings().value(self._guides_key()) or []
        try:
            self.guides = [Guide(bool(v), float(p)) for v, p in stored]
        except (TypeError, ValueError):
            self.guides = []

    def _save_guides(self) -> None:
        QSettings().setValue(
            self._guides_key(), [[g.vertical, g.position] for g in self.guides]
        )

    # -- text in place -----------------------------------------------------

    def edit_text(self, layer: TextLayer | ButtonLayer) -> None:
        key = layer.text if isinstance(layer, TextLayer) else layer.label
        string = self.template.strings.get(key)
        if string is None:
            return
        words = string.text_for(self.document.language, self.template.source_language)
        box = self.view_transform().mapRect(
            geometry.layer_bounds(layer, self.document.frame)
        )
        self._text_editor = _InPlaceText(self, key, words or "")
        self._text_editor.setGeometry(box.toAlignedRect().adjusted(-4, -4, 4, 4))
        font = self._text_editor.font()
        font.setPointSizeF(max(8.0, layer.font_size * self.zoom * 0.75))
        self._text_editor.setFont(font)
        self._text_editor.show()
        self._text_editor.setFocus()
        self._text_editor.selectAll()

    def _finish_text_edit(self, keep: bool = True) -> None:
        editor, self._text_editor = self._text_editor, None
        if editor is None:
            return
        text = editor.toPlainText()
        editor.hide()
        editor.deleteLater()
        if keep and text != editor.original:
            try:
                self.document.edit(
                    SetText(
                        editor.key, self.document.language, text, self.tr("Edit text")
                    )
                )
            except EditError as error:
                self.sig_message.emit(str(error))
        self.setFocus()

    # -- dropping media ----------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if media_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if media_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        files = media_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.import_files(files, self.to_canvas(event.position()))

    def import_files(self, files: list[Path], at: QPointF | None = None) -> list[str]:
        """Import media files as layers of the scene: see MediaImporter."""
        return self.importer.import_files(files, at)

    def import_read(self, items, at: QPointF | None = None) -> list[str]:
        return self.importer.import_read(items, at)

    def place_asset(self, asset_id: str) -> str | None:
        return self.importer.place_asset(asset_id)


class _InPlaceText(QPlainTextEdit):
    """Typing a text where it stands: Ctrl+Enter or leaving keeps it, Esc drops it."""

    def __init__(self, canvas: Canvas, key: str, words: str):
        super().__init__(canvas)
        self.setObjectName("in_place_text")
        self.canvas = canvas
        self.key = key
        self.original = words
        self.setPlainText(words)
        self.setFrameShape(QPlainTextEdit.Shape.Box)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.canvas._finish_text_edit(keep=False)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.canvas._finish_text_edit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if self.canvas._text_editor is self:
            self.canvas._finish_text_edit()
