"""Keyframed properties and their easings.

Time inside the model is an integral frame number counted from the start of the scene.
A property is either constant or a list of keyframes; between two keyframes the value
follows the easing of the earlier one. The named easings are the CSS cubic-Bézier
curves, so that the web player can reproduce every curve exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

Number = float
Pair = tuple[float, float]
V = TypeVar("V", float, tuple[float, float])


class EasingKind(StrEnum):
    LINEAR = "linear"
    EASE_IN = "ease-in"
    EASE_OUT = "ease-out"
    EASE_IN_OUT = "ease-in-out"
    HOLD = "hold"
    BEZIER = "bezier"


# The control points CSS gives its named timing functions.
NAMED_CURVES: dict[EasingKind, tuple[float, float, float, float]] = {
    EasingKind.EASE_IN: (0.42, 0.0, 1.0, 1.0),
    EasingKind.EASE_OUT: (0.0, 0.0, 0.58, 1.0),
    EasingKind.EASE_IN_OUT: (0.42, 0.0, 0.58, 1.0),
}


@dataclass(frozen=True)
class Easing:
    """How a value travels from one keyframe to the next.

    ``points`` holds the two inner control points ``(x1, y1, x2, y2)`` of a cubic
    Bézier from (0, 0) to (1, 1); only the ``bezier`` kind carries its own. ``x1`` and
    ``x2`` must lie in [0, 1] so that time never runs backwards; ``y`` may overshoot.
    """

    kind: EasingKind = EasingKind.LINEAR
    points: tuple[float, float, float, float] | None = None

    def __post_init__(self) -> None:
        if self.kind is EasingKind.BEZIER:
            if self.points is None or len(self.points) != 4:
                raise ValueError("a bezier easing needs four numbers x1, y1, x2, y2")
            x1, _, x2, _ = self.points
            if not (0.0 <= x1 <= 1.0 and 0.0 <= x2 <= 1.0):
                raise ValueError(
                    f"bezier x1 and x2 must lie between 0 and 1, not {x1} and {x2}"
                )
        elif self.points is not None:
            raise ValueError(f"only a bezier easing takes points, not {self.kind}")

    def curve(self) -> tuple[float, float, float, float] | None:
        if self.kind is EasingKind.BEZIER:
            return self.points
        return NAMED_CURVES.get(self.kind)

    def apply(self, t: float) -> float:
        """Map linear progress ``t`` in [0, 1] to eased progress."""
        if t <= 0.0:
            return 0.0
        if t >= 1.0:
            return 1.0
        if self.kind is EasingKind.HOLD:
            return 0.0
        curve = self.curve()
        if curve is None:
            return t
        return cubic_bezier(curve, t)


LINEAR = Easing()


def cubic_bezier(points: tuple[float, float, float, float], x: float) -> float:
    """The y of a CSS cubic-Bézier timing curve at time ``x``.

    Newton's method converges in a few steps on well-behaved curves; bisection takes
    over where the slope is too flat for Newton to be trusted.
    """
    x1, y1, x2, y2 = points

    def at(a: float, b: float, s: float) -> float:
        return 3 * a * s * (1 - s) ** 2 + 3 * b * s * s * (1 - s) + s**3

    def slope(a: float, b: float, s: float) -> float:
        return 3 * a * (1 - s) ** 2 + 6 * (b - a) * s * (1 - s) + 3 * (1 - b) * s * s

    s = x
    for _ in range(8):
        error = at(x1, x2, s) - x
        if abs(error) < 1e-7:
            return at(y1, y2, s)
        d = slope(x1, x2, s)
        if abs(d) < 1e-6:
            break
        s -= error / d
    low, high = 0.0, 1.0
    s = x
    for _ in range(60):
        value = at(x1, x2, s)
        if abs(value - x) < 1e-7:
            break
        if value < x:
            low = s
        else:
            high = s
        s = (low + high) / 2
    return at(y1, y2, s)


@dataclass(frozen=True)
class Keyframe(Generic[V]):
    frame: int
    value: V
    easing: Easing = LINEAR


@dataclass
class Animated(Generic[V]):
    """A property value that is constant or keyframed.

    ``keyframes`` are kept sorted by frame, at most one a frame. When there are
    keyframes, ``value`` is ignored for playback but kept as the value the property
    falls back to if every keyframe is removed.
    """

    value: V
    keyframes: list[Keyframe[V]] = field(default_factory=list)

    @property
    def is_animated(self) -> bool:
        return bool(self.keyframes)

    def at(self, frame: float) -> V:
        """The value at ``frame`` (fractions allowed for smooth scrubbing)."""
        keys = self.keyframes
        if not keys:
            return self.value
        if frame <= keys[0].frame:
            return keys[0].value
        if frame >= keys[-1].frame:
            return keys[-1].value
        index = _segment(keys, frame)
        start, end = keys[index], keys[index + 1]
        t = (frame - start.frame) / (end.frame - start.frame)
        return interpolate(start.value, end.value, start.easing.apply(t))

    def set_keyframe(self, key: Keyframe[V]) -> None:
        """Add ``key``, replacing any keyframe at the same frame."""
        kept = [k for k in self.keyframes if k.frame != key.frame]
        kept.append(key)
        kept.sort(key=lambda k: k.frame)
        self.keyframes = kept

    def remove_keyframe(self, frame: int) -> Keyframe[V]:
        for index, key in enumerate(self.keyframes):
            if key.frame == frame:
                del self.keyframes[index]
                if not self.keyframes:
                    self.value = key.value
                return key
        raise KeyError(f"no keyframe at frame {frame}")


def _segment(keys: list[Keyframe], frame: float) -> int:
    """Index of the keyframe that starts the segment containing ``frame``."""
    low, high = 0, len(keys) - 1
    while high - low > 1:
        middle = (low + high) // 2
        if keys[middle].frame <= frame:
            low = middle
        else:
            high = middle
    return low


def interpolate(a: V, b: V, t: float) -> V:
    if isinstance(a, tuple):
        return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
    return a + (b - a) * t
