"""Layers: the things a scene shows or plays, each with a keyframable transform.

Geometry is in canvas pixels. ``position`` places the layer's anchor on the canvas;
``anchor`` is the point of the layer's own box, as fractions of its size, that
rotation and scale turn around. Frames count from the start of the scene.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from studio.model.keyframes import Animated, Pair


class LayerKind(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    SHAPE = "shape"
    BUTTON = "button"
    VIDEO = "video"
    AUDIO = "audio"


class ShapeKind(StrEnum):
    RECTANGLE = "rectangle"
    ROUNDED_RECTANGLE = "rounded_rectangle"
    ELLIPSE = "ellipse"
    LINE = "line"


class Align(StrEnum):
    """Horizontal alignment; ``start`` and ``end`` follow the text's direction."""

    START = "start"
    CENTER = "center"
    END = "end"


class VerticalAlign(StrEnum):
    TOP = "top"
    MIDDLE = "middle"
    BOTTOM = "bottom"


class FitRule(StrEnum):
    """What happens when a text does not fit its box.

    ``shrink``: wrap, then lower the size step by step down to ``min_size``.
    ``wrap``: wrap at the given size; lines past the box are cut at ``max_lines``.
    ``max_lines``: wrap, and end the last allowed line with an ellipsis.
    """

    SHRINK = "shrink"
    WRAP = "wrap"
    MAX_LINES = "max_lines"


class ImageFit(StrEnum):
    CONTAIN = "contain"
    COVER = "cover"
    STRETCH = "stretch"


class ActionKind(StrEnum):
    GO_TO_SCENE = "go_to_scene"
    PAY = "pay"
    CHOOSE_PLAN = "choose_plan"
    OPEN_CHAT = "open_chat"
    CALL = "call"
    OPEN_LINK = "open_link"


# Transform properties that take keyframes, in the order an inspector lists them.
TRANSFORM_PROPERTIES = ("position", "size", "anchor", "rotation", "scale", "opacity")


@dataclass
class Transform:
    position: Animated[Pair] = field(default_factory=lambda: Animated((0.0, 0.0)))
    size: Animated[Pair] = field(default_factory=lambda: Animated((100.0, 100.0)))
    anchor: Animated[Pair] = field(default_factory=lambda: Animated((0.0, 0.0)))
    rotation: Animated[float] = field(default_factory=lambda: Animated(0.0))
    scale: Animated[Pair] = field(default_factory=lambda: Animated((1.0, 1.0)))
    opacity: Animated[float] = field(default_factory=lambda: Animated(1.0))

    def property(self, name: str) -> Animated:
        if name not in TRANSFORM_PROPERTIES:
            raise KeyError(f"no transform property {name!r}")
        return getattr(self, name)


@dataclass
class Action:
    """What a button does when pressed.

    ``target`` is the scene id for ``go_to_scene``, and for ``call`` and
    ``open_link`` either a literal (phone number, https address) or ``{field}``
    naming a phone or URL field of the row. ``terms`` preselects a plan length.
    """

    kind: ActionKind
    target: str | None = None
    terms: int | None = None


@dataclass(kw_only=True)
class Layer:
    id: str
    name: str
    start: int = 0
    end: int | None = None  # exclusive; None runs to the end of the scene
    transform: Transform = field(default_factory=Transform)
    condition: dict | None = None  # JsonLogic
    hidden: bool = False
    locked: bool = False

    kind: LayerKind = field(init=False)

    def visible_at(self, frame: int, scene_duration: int) -> bool:
        end = scene_duration if self.end is None else self.end
        return not self.hidden and self.start <= frame < end


@dataclass(kw_only=True)
class TextLayer(Layer):
    text: str  # key into the template's strings
    font: str = "Noto Sans"
    font_size: float = 48.0
    weight: int = 400
    color: str = "#1A1A1A"
    align: Align = Align.START
    vertical_align: VerticalAlign = VerticalAlign.TOP
    line_height: float = 1.25  # times the font size
    fit: FitRule = FitRule.SHRINK
    max_lines: int | None = None
    min_font_size: float = 16.0

    def __post_init__(self) -> None:
        self.kind = LayerKind.TEXT


@dataclass(kw_only=True)
class ImageLayer(Layer):
    asset: str
    fit: ImageFit = ImageFit.CONTAIN

    def __post_init__(self) -> None:
        self.kind = LayerKind.IMAGE


@dataclass(kw_only=True)
class ShapeLayer(Layer):
    shape: ShapeKind = ShapeKind.RECTANGLE
    fill: str | None = "#FFFFFF"
    stroke: str | None = None
    stroke_width: float = 0.0
    corner_radius: float = 0.0

    def __post_init__(self) -> None:
        self.kind = LayerKind.SHAPE


@dataclass(kw_only=True)
class ButtonLayer(Layer):
    """A choice the viewer can press; drawn live by the player as a real button."""

    label: str  # key into the template's strings
    action: Action
    font: str = "Noto Sans"
    font_size: float = 36.0
    weight: int = 700
    fill: str = "#0B5FFF"
    text_color: str = "#FFFFFF"
    corner_radius: float = 16.0

    def __post_init__(self) -> None:
        self.kind = LayerKind.BUTTON


@dataclass(kw_only=True)
class VideoLayer(Layer):
    asset: str
    source_start: int = 0  # first frame of the clip that plays at ``start``
    muted: bool = True
    volume: float = 1.0
    fit: ImageFit = ImageFit.COVER

    def __post_init__(self) -> None:
        self.kind = LayerKind.VIDEO


@dataclass(kw_only=True)
class AudioLayer(Layer):
    """Sound: a voice-over for one language, or (``language`` None) for all."""

    asset: str
    volume: float = 1.0
    language: str | None = None

    def __post_init__(self) -> None:
        self.kind = LayerKind.AUDIO


LAYER_CLASSES: dict[LayerKind, type[Layer]] = {
    LayerKind.TEXT: TextLayer,
    LayerKind.IMAGE: ImageLayer,
    LayerKind.SHAPE: ShapeLayer,
    LayerKind.BUTTON: ButtonLayer,
    LayerKind.VIDEO: VideoLayer,
    LayerKind.AUDIO: AudioLayer,
}
