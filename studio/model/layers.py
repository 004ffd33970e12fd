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
    PLAN_PICKER = "plan_picker"


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


class ButtonStyle(StrEnum):
    """How a button looks; the three choices of a decision usually share one.

    ``primary``: filled. ``secondary``: outlined in the fill colour on white.
    ``quiet``: the label alone, underlined, for a way out such as "back".
    """

    PRIMARY = "primary"
    SECONDARY = "secondary"
    QUIET = "quiet"


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
    naming a phone field of the row. ``open_link`` takes a link pattern: an https
    address on the template's list of hosts, whose query may take ``{field}``
    values. ``terms`` is the plan length that ``choose_plan`` picks.

    ``then`` is the scene the video goes on with after an action that does not
    itself go to a scene (a thank-you after a plan is chosen, say); without it the
    video ends there.
    """

    kind: ActionKind
    target: str | None = None
    terms: int | None = None
    then: str | None = None

    def next_scene(self) -> str | None:
        """The scene this action leads to inside the video, if any."""
        if self.kind is ActionKind.GO_TO_SCENE:
            return self.target
        return self.then


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
    """A choice the viewer can press; drawn live by the player as a real button.

    With ``pause`` the scene holds at the button's out point (or the scene's end)
    until the viewer chooses; without it the scene plays on to its next scene when
    nobody chooses. ``tab_index`` places the button in the keyboard order (1 first);
    buttons without one follow, in layer order.
    """

    label: str  # key into the template's strings
    action: Action
    style: ButtonStyle = ButtonStyle.PRIMARY
    pause: bool = False
    tab_index: int | None = None
    font: str = "Noto Sans"
    font_size: float = 36.0
    weight: int = 700
    fill: str = "#0B5FFF"
    text_color: str = "#FFFFFF"
    corner_radius: float = 16.0

    def __post_init__(self) -> None:
        self.kind = LayerKind.BUTTON


# The names a plan picker's label may use besides the template's fields.
PLAN_PLACEHOLDERS = ("terms", "term_amount", "first_due")


@dataclass(kw_only=True)
class PlanPickerLayer(Layer):
    """The instalment plan choice: one option a plan the row's amount allows.

    The options come from the template's instalment rules and the row's amount,
    so a small debt may offer fewer (or none). Each is drawn as a button in the
    layer's box, stacked; its label is the string ``label`` with ``{terms}``,
    ``{term_amount}`` (the first, largest term) and ``{first_due}`` filled. After
    a choice the video goes on with ``then``, or ends.
    """

    label: str  # key into the template's strings
    then: str | None = None
    pause: bool = True
    tab_index: int | None = None
    font: str = "Noto Sans"
    font_size: float = 32.0
    weight: int = 700
    fill: str = "#0B5FFF"
    text_color: str = "#FFFFFF"
    corner_radius: float = 16.0
    gap: float = 16.0  # canvas pixels between the options

    def __post_init__(self) -> None:
        self.kind = LayerKind.PLAN_PICKER

    @property
    def action(self) -> Action:
        """What choosing any option does (the option's terms come with the choice)."""
        return Action(ActionKind.CHOOSE_PLAN, then=self.then)

    def option_boxes(
        self, count: int, width: float, height: float
    ) -> list[tuple[float, float, float, float]]:
        """Where each of ``count`` options sits in the layer's own box: x, y, w, h.

        The options share the height, stacked from the top; an option is never
        taller than 2.8 times the font size, so that two options do not become
        two slabs.
        """
        if count <= 0:
            return []
        gap = self.gap if count > 1 else 0.0
        row = (height - gap * (count - 1)) / count
        row = max(1.0, min(row, self.font_size * 2.8))
        return [(0.0, index * (row + gap), width, row) for index in range(count)]


ChoiceLayer = ButtonLayer | PlanPickerLayer


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
    LayerKind.PLAN_PICKER: PlanPickerLayer,
}
