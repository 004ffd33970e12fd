"""Where things show on the timeline: the frame at each x, the row at each y, the
bars and keyframe markers of the layers, and the zoom and scrolling that move
them.

Time runs across from the fixed name column, the tracks run down under the ruler.
The zoom is a factor of the scale at which the whole scene fits, and stops where
a frame would be wider than ``MAX_PIXELS_PER_FRAME``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from studio.ui.document import Document
from studio.ui.timeline_paint import MARGIN, NAME_WIDTH, RULER_HEIGHT
from studio.ui.timeline_rows import LAYER_ROW, Row, TrackRows

MAX_PIXELS_PER_FRAME = 48.0
ZOOM_STEP = 1.25


class TimelineView(QAbstractScrollArea):
    """The scrolling, zoomable surface of the timeline: maps frames and rows of the
    current scene to positions and back. It paints nothing and takes no clicks;
    :class:`~studio.ui.timeline_tracks.TrackView` does both on top of it.

    Coordinates taken and given by the methods here are those of
    :meth:`viewport`, where the mouse events arrive.
    """

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.expanded: set[str] = set()
        self.zoom = 1.0  # times the scale at which the whole scene fits
        self.rows = TrackRows(document.scene, self.expanded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

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
