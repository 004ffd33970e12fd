"""The rows of the timeline's tracks: which rows a scene shows, top layer first,
and the rows of the animated properties of the layers that are expanded.

Heights and tops are in pixels from the top of the first track; nothing here
paints or knows about scrolling.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from studio.model.layers import TRANSFORM_PROPERTIES, Layer
from studio.model.template import Scene

KeyRef = tuple[str, str, int]  # layer id, transform property, frame

LAYER_ROW = 26
PROPERTY_ROW = 20


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
