"""Where layers are on the canvas, and the arithmetic of moving, sizing, turning,
snapping, aligning and distributing them.

A layer's box runs from (0, 0) to its size; :func:`layer_matrix` maps it to canvas
pixels the way the renderer paints it. The functions here compute new transform
values; the canvas turns them into edits.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPolygonF, QTransform

from studio.model.layers import AudioLayer, Layer
from studio.model.template import Template

# Handles by where they sit on the box, as fractions of its width and height.
RESIZE_HANDLES: dict[str, tuple[float, float]] = {
    "top_left": (0.0, 0.0),
    "top": (0.5, 0.0),
    "top_right": (1.0, 0.0),
    "right": (1.0, 0.5),
    "bottom_right": (1.0, 1.0),
    "bottom": (0.5, 1.0),
    "bottom_left": (0.0, 1.0),
    "left": (0.0, 0.5),
}
MIN_SIZE = 1.0


@dataclass(frozen=True)
class Placement:
    """A layer's transform values at one frame."""

    position: tuple[float, float]
    size: tuple[float, float]
    anchor: tuple[float, float]
    rotation: float
    scale: tuple[float, float]

    @classmethod
    def of(cls, layer: Layer, frame: int) -> Placement:
        transform = layer.transform
        return cls(
            transform.position.at(frame),
            transform.size.at(frame),
            transform.anchor.at(frame),
            transform.rotation.at(frame),
            transform.scale.at(frame),
        )

    def matrix(self) -> QTransform:
        """Box coordinates to canvas coordinates, as the renderer paints it."""
        width, height = self.size
        matrix = QTransform()
        matrix.translate(*self.position)
        matrix.rotate(self.rotation)
        matrix.scale(self.scale[0] or 1e-6, self.scale[1] or 1e-6)
        matrix.translate(-self.anchor[0] * width, -self.anchor[1] * height)
        return matrix


def layer_matrix(layer: Layer, frame: int) -> QTransform:
    """Box coordinates to canvas coordinates, as the renderer paints the layer."""
    return Placement.of(layer, frame).matrix()


def layer_polygon(layer: Layer, frame: int) -> QPolygonF:
    width, height = layer.transform.size.at(frame)
    return layer_matrix(layer, frame).map(QPolygonF(QRectF(0, 0, width, height)))


def layer_bounds(layer: Layer, frame: int) -> QRectF:
    """The upright rectangle around the layer as drawn."""
    return layer_polygon(layer, frame).boundingRect()


def united_bounds(layers: list[Layer], frame: int) -> QRectF:
    bounds = QRectF()
    for layer in layers:
        bounds = (
            bounds.united(layer_bounds(layer, frame))
            if bounds.isValid()
            else (layer_bounds(layer, frame))
        )
    return bounds


def contains(layer: Layer, frame: int, point: QPointF) -> bool:
    matrix, invertible = layer_matrix(layer, frame).inverted()
    if not invertible:
        return False
    local = matrix.map(point)
    width, height = layer.transform.size.at(frame)
    return 0.0 <= local.x() <= width and 0.0 <= local.y() <= height


def placeable(layer: Layer) -> bool:
    """Whether the layer has a place on the canvas (sound has none)."""
    return not isinstance(layer, AudioLayer)


# -- resizing and turning --------------------------------------------------------


def resized(
    placement: Placement,
    handle: str,
    pointer: QPointF,
    keep_ratio: bool = False,
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The new (position, size) when ``handle`` is dragged to canvas ``pointer``.

    The opposite handle stays where it is on the canvas, whatever the layer's
    rotation, scale and anchor.
    """
    hx, hy = RESIZE_HANDLES[handle]
    width, height = placement.size
    ax, ay = placement.anchor
    matrix = placement.matrix()
    local = matrix.inverted()[0].map(pointer)
    ox, oy = 1.0 - hx, 1.0 - hy
    fixed = matrix.map(QPointF(ox * width, oy * height))
    new_w, new_h = width, height
    if hx != 0.5:
        new_w = local.x() if hx == 1.0 else width - local.x()
    if hy != 0.5:
        new_h = local.y() if hy == 1.0 else height - local.y()
    if keep_ratio and hx != 0.5 and hy != 0.5 and width > 0 and height > 0:
        factor = max(new_w / width, new_h / height)
        new_w, new_h = width * factor, height * factor
    new_w, new_h = max(MIN_SIZE, new_w), max(MIN_SIZE, new_h)
    # With the new size the fixed point would move; the position moves back by
    # as much, so that it stays where it was.
    turn = QTransform()
    turn.rotate(placement.rotation)
    turn.scale(placement.scale[0] or 1e-6, placement.scale[1] or 1e-6)
    offset = turn.map(QPointF((ox - ax) * new_w, (oy - ay) * new_h))
    position = (fixed.x() - offset.x(), fixed.y() - offset.y())
    return position, (new_w, new_h)


def turned(
    start_rotation: float,
    pivot: QPointF,
    pressed: QPointF,
    pointer: QPointF,
    step: float | None = None,
) -> float:
    """The rotation after turning from ``pressed`` to ``pointer`` around ``pivot``."""
    before = math.atan2(pressed.y() - pivot.y(), pressed.x() - pivot.x())
    after = math.atan2(pointer.y() - pivot.y(), pointer.x() - pivot.x())
    rotation = start_rotation + math.degrees(after - before)
    if step:
        rotation = round(rotation / step) * step
    return round(rotation, 3)


# -- snapping ------------------------------------------------------------------


@dataclass(frozen=True)
class Guide:
    vertical: bool  # a vertical line at x = position, else horizontal at y
    position: float


@dataclass(frozen=True)
class Snap:
    dx: float
    dy: float
    lines: tuple[Guide, ...]  # what it snapped to, to be drawn


def snap_targets(
    template: Template,
    others: list[Layer],
    frame: int,
    guides: list[Guide],
) -> tuple[list[float], list[float]]:
    """The x and y lines a moving box snaps to: the canvas edges and centre, the
    title-safe area, the guides, and the edges and centres of the other layers."""
    width, height = template.width, template.height
    margin = template.settings.safe_margin
    xs = [0.0, width / 2, float(width), width * margin, width * (1 - margin)]
    ys = [0.0, height / 2, float(height), height * margin, height * (1 - margin)]
    for guide in guides:
        (xs if guide.vertical else ys).append(guide.position)
    for layer in others:
        box = layer_bounds(layer, frame)
        xs += [box.left(), box.center().x(), box.right()]
        ys += [box.top(), box.center().y(), box.bottom()]
    return xs, ys


def snap_box(
    box: QRectF, targets: tuple[list[float], list[float]], tolerance: float
) -> Snap:
    """The smallest shift that puts an edge or the centre of ``box`` on a target
    line no farther than ``tolerance`` away, on each axis."""
    xs, ys = targets
    dx, x_line = _nearest((box.left(), box.center().x(), box.right()), xs, tolerance)
    dy, y_line = _nearest((box.top(), box.center().y(), box.bottom()), ys, tolerance)
    lines = []
    if x_line is not None:
        lines.append(Guide(True, x_line))
    if y_line is not None:
        lines.append(Guide(False, y_line))
    return Snap(dx, dy, tuple(lines))


def _nearest(edges, targets, tolerance) -> tuple[float, float | None]:
    best, line = tolerance + 1.0, None
    for edge in edges:
        for target in targets:
            distance = target - edge
            if abs(distance) <= tolerance and abs(distance) < abs(best):
                best, line = distance, target
    return (best, line) if line is not None else (0.0, None)


# -- aligning and distributing --------------------------------------------------

ALIGNMENTS = ("left", "center", "right", "top", "middle", "bottom")


def aligned(layers: list[Layer], frame: int, how: str, reference: QRectF):
    """For each layer, the (dx, dy) that aligns its box to ``reference``."""
    moves = []
    for layer in layers:
        box = layer_bounds(layer, frame)
        dx = dy = 0.0
        if how == "left":
            dx = reference.left() - box.left()
        elif how == "center":
            dx = reference.center().x() - box.center().x()
        elif how == "right":
            dx = reference.right() - box.right()
        elif how == "top":
            dy = reference.top() - box.top()
        elif how == "middle":
            dy = reference.center().y() - box.center().y()
        elif how == "bottom":
            dy = reference.bottom() - box.bottom()
        else:
            raise ValueError(f"no alignment {how!r}; use one of {ALIGNMENTS}")
        moves.append((layer, dx, dy))
    return moves


def distributed(layers: list[Layer], frame: int, horizontal: bool):
    """Equal gaps between the boxes, the outermost two staying where they are."""
    boxes = sorted(
        ((layer_bounds(layer, frame), layer) for layer in layers),
        key=lambda pair: pair[0].left() if horizontal else pair[0].top(),
    )
    if len(boxes) < 3:
        return []
    if horizontal:
        span = boxes[-1][0].right() - boxes[0][0].left()
        used = sum(box.width() for box, _ in boxes)
        start = boxes[0][0].left()
    else:
        span = boxes[-1][0].bottom() - boxes[0][0].top()
        used = sum(box.height() for box, _ in boxes)
        start = boxes[0][0].top()
    gap = (span - used) / (len(boxes) - 1)
    moves, at = [], start
    for box, layer in boxes:
        if horizontal:
            moves.append((layer, at - box.left(), 0.0))
            at += box.width() + gap
        else:
            moves.append((layer, 0.0, at - box.top()))
            at += box.height() + gap
    return moves
