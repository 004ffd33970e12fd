"""The easing editor: the curve a keyframe's value follows to the next keyframe.

The curve is drawn from (0, 0), the keyframe, to (1, 1), the next one: time along
x, progress along y, which may overshoot. A Bézier easing shows its two control
points as handles; dragging one edits the curve live, and the whole drag is one
undo step.
"""

from __future__ import annotations

import logging

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.model.edits import EditError, SetTransform, find_layer
from studio.model.keyframes import Easing, EasingKind, Keyframe
from studio.model.layers import Layer
from studio.ui.document import QT_TRANSLATE_NOOP, Document

logger = logging.getLogger(__name__)

KeyRef = tuple[str, str, int]  # layer id, transform property, frame

# A Bézier that is a straight line, with handles a user can take hold of.
STRAIGHT = (0.25, 0.25, 0.75, 0.75)
CURVE_SAMPLES = 64
HANDLE_COLOR = QColor("#F5B731")
CURVE_COLOR = QColor("#3D8BFD")

EASING_NAMES = {
    EasingKind.LINEAR: QT_TRANSLATE_NOOP("Easing", "Linear"),
    EasingKind.EASE_IN: QT_TRANSLATE_NOOP("Easing", "Ease in"),
    EasingKind.EASE_OUT: QT_TRANSLATE_NOOP("Easing", "Ease out"),
    EasingKind.EASE_IN_OUT: QT_TRANSLATE_NOOP("Easing", "Ease in and out"),
    EasingKind.HOLD: QT_TRANSLATE_NOOP("Easing", "Hold"),
    EasingKind.BEZIER: QT_TRANSLATE_NOOP("Easing", "Bézier curve"),
}


PROPERTY_NAMES = {
    "position": QT_TRANSLATE_NOOP("Transform", "Position"),
    "size": QT_TRANSLATE_NOOP("Transform", "Size"),
    "anchor": QT_TRANSLATE_NOOP("Transform", "Anchor"),
    "rotation": QT_TRANSLATE_NOOP("Transform", "Rotation"),
    "scale": QT_TRANSLATE_NOOP("Transform", "Scale"),
    "opacity": QT_TRANSLATE_NOOP("Transform", "Opacity"),
}


def easing_name(kind: EasingKind) -> str:
    """The name of an easing kind in the interface language."""
    return QCoreApplication.translate("Easing", EASING_NAMES[kind])


def property_name(name: str) -> str:
    """The name of a transform property in the interface language."""
    return QCoreApplication.translate("Transform", PROPERTY_NAMES.get(name, name))


def bezier_points(easing: Easing) -> tuple[float, float, float, float]:
    """The control points a Bézier made from ``easing`` starts with."""
    return easing.curve() or STRAIGHT


def curve_samples(easing: Easing) -> tuple[list[float], list[float]]:
    """Points along the curve; a Bézier is sampled along its own parameter, so
    that overshoot shows exactly."""
    if easing.kind is EasingKind.HOLD:
        return [0.0, 1.0, 1.0], [0.0, 0.0, 1.0]
    points = easing.curve()
    if points is None:
        return [0.0, 1.0], [0.0, 1.0]
    x1, y1, x2, y2 = points
    xs, ys = [], []
    for step in range(CURVE_SAMPLES + 1):
        s = step / CURVE_SAMPLES
        a, b, c = 3 * s * (1 - s) ** 2, 3 * s * s * (1 - s), s**3
        xs.append(a * x1 + b * x2 + c)
        ys.append(a * y1 + b * y2 + c)
    return xs, ys


def keyframe_segment(
    document: Document, key: KeyRef | None
) -> tuple[Layer, Keyframe, bool] | None:
    """The layer and keyframe ``key`` names, and whether a keyframe follows it."""
    if key is None:
        return None
    layer_id, name, frame = key
    try:
        layer = find_layer(document.template, layer_id)[0]
        keys = layer.transform.property(name).keyframes
    except (EditError, KeyError):
        return None
    for index, found in enumerate(keys):
        if found.frame == frame:
            return layer, found, index + 1 < len(keys)
    return None


class CurvePlot(pg.PlotWidget):
    """The unit square with the easing curve and, for a Bézier, its handles."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background=None)
        self.setObjectName("easing_plot")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMinimumSize(180, 160)
        self.getPlotItem().showGrid(x=True, y=True, alpha=0.15)
        self.diagonal = self.plot([0, 1], [0, 1])
        self.curve = self.plot([], [])
        self.arms = (self.plot([], []), self.plot([], []))
        self.handles = (
            pg.TargetItem((0.0, 0.0), size=13, symbol="o"),
            pg.TargetItem((1.0, 1.0), size=13, symbol="o"),
        )
        for handle in self.handles:
            self.addItem(handle)
        self.apply_palette()

    def apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        for side in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(side)
            axis.setPen(text)
            axis.setTextPen(text)
        faint = QColor(text)
        faint.setAlpha(90)
        self.diagonal.setPen(pg.mkPen(faint, width=1, style=Qt.PenStyle.DashLine))
        self.curve.setPen(pg.mkPen(CURVE_COLOR, width=2.5))
        for arm in self.arms:
            arm.setPen(pg.mkPen(text, width=1))
        for handle in self.handles:
            handle.setPen(pg.mkPen(text, width=1.5))
            handle.setBrush(HANDLE_COLOR)
            handle.setHoverBrush(palette.color(QPalette.ColorRole.Highlight))

    def show_easing(self, easing: Easing, *, move_handles: bool = True) -> None:
        # Every edit anywhere refreshes the editor; a curve already shown is
        # not drawn again, which the plot would do at some cost.
        shown = (easing, move_handles)
        if shown == getattr(self, "_shown", None):
            return
        self._shown = shown
        xs, ys = curve_samples(easing)
        self.curve.setData(xs, ys)
        bezier = easing.kind is EasingKind.BEZIER
        x1, y1, x2, y2 = bezier_points(easing)
        for handle in self.handles:
            handle.setVisible(bezier)
        if bezier and move_handles:
            self.handles[0].setPos(x1, y1)
            self.handles[1].setPos(x2, y2)
        self.arms[0].setData([0, x1] if bezier else [], [0, y1] if bezier else [])
        self.arms[1].setData([1, x2] if bezier else [], [1, y2] if bezier else [])
        low = min([0.0, *ys, y1 if bezier else 0.0, y2 if bezier else 0.0])
        high = max([1.0, *ys, y1 if bezier else 1.0, y2 if bezier else 1.0])
        self.setRange(xRange=(-0.05, 1.05), yRange=(low - 0.05, high + 0.05))

    def handle_point(self, index: int) -> QPointF:
        """Where handle ``index`` is, in the coordinates of the plot's viewport."""
        point = self.handles[index].pos()
        scene = self.getViewBox().mapViewToScene(QPointF(point.x(), point.y()))
        return QPointF(self.mapFromScene(scene))


class EasingEditor(QWidget):
    """Edits the easing of one keyframe: the segment from it to the next one.

    Connect :meth:`show_keyframe` to the timeline's ``sig_keyframe_selected``.
    """

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("easing_editor")
        self.document = document
        self.key: KeyRef | None = None
        self._dragging = False
        self._placing = False  # handles are being put where the model says
        self._drags = 0
        self.title = QLabel(objectName="easing_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_choice = QComboBox(objectName="easing_kind")
        for kind in EasingKind:
            self.kind_choice.addItem(easing_name(kind), kind)
        self.plot = CurvePlot(self)
        self.message = QLabel(objectName="easing_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self._lay_out()
        self.kind_choice.activated.connect(self._kind_chosen)
        for index, handle in enumerate(self.plot.handles):
            handle.sigPositionChanged.connect(
                lambda item, index=index: self._handle_moved(index, item)
            )
            handle.sigPositionChangeFinished.connect(self.finish_drag)
        document.sig_changed.connect(self.refresh)
        document.sig_scene_changed.connect(self._scene_changed)
        self.refresh()

    def _lay_out(self) -> None:
        choice = QHBoxLayout()
        label = QLabel(self.tr("Easing"))
        label.setBuddy(self.kind_choice)
        choice.addWidget(label)
        choice.addWidget(self.kind_choice, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(choice)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.message)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == event.Type.PaletteChange:
            self.plot.apply_palette()
        super().changeEvent(event)

    # -- what is shown --------------------------------------------------------

    def _scene_changed(self, _scene_id: str) -> None:
        self.show_keyframe(None)

    def show_keyframe(self, key: KeyRef | None) -> None:
        """Edit the easing after keyframe ``key`` (layer id, property, frame)."""
        self.key = tuple(key) if key is not None else None
        self.refresh()

    def easing(self) -> Easing | None:
        found = keyframe_segment(self.document, self.key)
        return found[1].easing if found else None

    def refresh(self) -> None:
        found = keyframe_segment(self.document, self.key)
        if found is None or not found[2]:
            self._disable(found is not None)
            return
        layer, keyframe, _ = found
        self.setEnabled(True)
        self.title.setText(
            self.tr("{layer}: {property} at frame {frame}").format(
                layer=layer.name,
                property=property_name(self.key[1]),
                frame=keyframe.frame,
            )
        )
        kind = keyframe.easing.kind
        self.kind_choice.setCurrentIndex(self.kind_choice.findData(kind))
        hint = self.tr("Drag the handles to shape the curve.")
        self.message.setText(hint if kind is EasingKind.BEZIER else "")
        self._placing = True
        try:
            self.plot.show_easing(keyframe.easing, move_handles=not self._dragging)
        finally:
            self._placing = False

    def _disable(self, last: bool) -> None:
        self.setEnabled(False)
        self.title.setText("")
        self.plot.show_easing(Easing())
        if last:
            self.message.setText(
                self.tr(
                    "This is the last keyframe of its property: there is no "
                    "movement after it to ease."
                )
            )
        else:
            self.message.setText(self.tr("Select a keyframe to edit its easing."))

    # -- editing --------------------------------------------------------------

    def _set_easing(self, easing: Easing, merge_key=None) -> bool:
        found = keyframe_segment(self.document, self.key)
        if found is None:
            return False
        layer_id, name, frame = self.key
        edit = SetTransform(
            layer_id,
            name,
            found[1].value,
            frame=frame,
            easing=easing,
            label=self.tr("Change easing"),
        )
        try:
            self.document.edit(edit, merge_key=merge_key)
        except EditError as error:
            self.message.setText(str(error))
            return False
        return True

    def set_kind(self, kind: EasingKind) -> None:
        """Give the keyframe a named easing, or turn its curve into a Bézier."""
        current = self.easing()
        if current is None or current.kind is kind:
            return
        if kind is EasingKind.BEZIER:
            self._set_easing(Easing(kind, bezier_points(current)))
        else:
            self._set_easing(Easing(kind))

    def _kind_chosen(self, index: int) -> None:
        # Qt hands a str-based enum back as a plain str.
        self.set_kind(EasingKind(self.kind_choice.itemData(index)))

    def move_handle(self, index: int, x: float, y: float) -> None:
        """Put control point ``index`` (0 or 1) of the Bézier at (x, y); x is kept
        in [0, 1]. Successive moves are one undo step until :meth:`finish_drag`."""
        current = self.easing()
        if current is None:
            return
        points = list(bezier_points(current))
        points[2 * index : 2 * index + 2] = [
            round(min(1.0, max(0.0, x)), 3),
            round(y, 3),
        ]
        if not self._dragging:
            self._dragging = True
            self._drags += 1
        merge_key = ("easing", self.key, self._drags)
        self._set_easing(Easing(EasingKind.BEZIER, tuple(points)), merge_key)

    def finish_drag(self, *_item) -> None:
        if self._dragging:
            self._dragging = False
            self.document.end_drag()
            self.refresh()

    def _handle_moved(self, index: int, item: pg.TargetItem) -> None:
        if self._placing:
            return
        point = item.pos()
        x = min(1.0, max(0.0, point.x()))
        if x != point.x():
            self._placing = True
            try:
                item.setPos(x, point.y())
            finally:
                self._placing = False
        self.move_handle(index, x, point.y())
