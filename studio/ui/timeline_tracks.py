"""The timeline's track view: the ruler and the current scene's tracks, with the
mouse and keyboard handling that scrubs, selects and edits, and its drags.

Drags edit the model as they go, so that the canvas follows, and each drag is one
undo step: every step of a drag is expressed from the state before the drag
began, so that the merged step redoes to where the drag ended.
"""

from __future__ import annotations

import copy
import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

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
from studio.ui.document import Document
from studio.ui.easing_editor import easing_name
from studio.ui.timeline_paint import (
    KEY_SIZE,
    MARGIN,
    NAME_WIDTH,
    PLAYHEAD_REACH,
    RULER_HEIGHT,
    _TrackPainter,
)
from studio.ui.timeline_rows import KeyRef, Row, TrackRows, animated_properties
from studio.ui.timeline_view import MAX_PIXELS_PER_FRAME, ZOOM_STEP, TimelineView

__all__ = [
    "ADDING",
    "COMMAND_MODIFIERS",
    "GRIP",
    "KEY_REACH",
    "MAX_PIXELS_PER_FRAME",
    "MENU_EASINGS",
    "ZOOM_STEP",
    "TrackView",
]

logger = logging.getLogger(__name__)

GRIP = 5  # pixels either side of a bar's edge that take hold of it
KEY_REACH = KEY_SIZE + 2  # how near a click must come to a marker
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


class TrackView(TimelineView):
    """The ruler and the tracks of the current scene, with a fixed name column.

    Positions, zoom and scrolling come from :class:`TimelineView`; like its
    methods, those here take and give coordinates of :meth:`viewport`.

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
        super().__init__(document, parent)
        self.setObjectName("timeline_tracks")
        self.viewport().setObjectName("timeline_tracks_area")
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
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        document.sig_changed.connect(self.rebuild)
        document.sig_scene_changed.connect(self._scene_changed)
        document.sig_frame_changed.connect(self._frame_changed)
        document.sig_selection_changed.connect(self.viewport().update)

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
