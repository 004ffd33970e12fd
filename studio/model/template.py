"""The template: the whole design of one personalised video.

A template is plain data. It knows nothing of Qt, files or sample rows; the store
saves it, the renderer draws it, the editing commands change it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from studio.model.layers import ButtonLayer, Layer, PlanPickerLayer
from studio.values.fields import Field
from studio.values.instalments import InstalmentRules

ALLOWED_FPS = (24, 25, 30, 50, 60)

# ``{name}`` inserts a field; ``{{`` and ``}}`` stand for literal braces.
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


class TranslationState(StrEnum):
    """Where a translation stands; the names follow XLIFF 2.0's segment states."""

    INITIAL = "initial"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"
    FINAL = "final"


@dataclass
class Translation:
    text: str
    state: TranslationState = TranslationState.TRANSLATED


@dataclass
class TranslatableString:
    """A text of the template in its source language and its translations."""

    key: str
    source: str
    translations: dict[str, Translation] = field(default_factory=dict)
    note: str = ""  # context for translators

    def text_for(self, language: str, source_language: str) -> str | None:
        if language == source_language:
            return self.source
        found = self.translations.get(language)
        return found.text if found else None


def placeholders(text: str) -> list[str]:
    """The field names a text inserts, in order; raises ValueError on stray braces."""
    names = []
    for match in _PLACEHOLDER.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        if token in ("{", "}"):
            raise ValueError(
                f"a single '{token}' at position {match.start()}; "
                f"write '{token}{token}' for a literal brace"
            )
        names.append(match.group(1).strip())
    return names


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    """Replace each ``{name}`` with ``values[name]``; braces pairs become single."""

    def replace(match: re.Match) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = (match.group(1) or "").strip()
        return values[name]

    return _PLACEHOLDER.sub(replace, text)


class TransitionKind(StrEnum):
    CUT = "cut"
    CROSSFADE = "crossfade"


@dataclass
class Transition:
    """How a scene comes in over the scene before it."""

    kind: TransitionKind = TransitionKind.CUT
    duration: int = 0  # frames; 0 for a cut


@dataclass
class Scene:
    """A stretch of the timeline with its layers.

    When the scene ends, playback goes on to ``next_scene`` (a scene id). A scene
    with choices (buttons, a plan picker) is a decision: pressing one goes where it
    leads; a choice that pauses holds the scene until the viewer chooses. A scene
    with nowhere to go ends the video, still showing its choices.
    """

    id: str
    name: str
    duration: int  # frames
    layers: list[Layer] = field(default_factory=list)
    background: str = "#FFFFFF"
    condition: dict | None = None  # JsonLogic
    caption: str | None = None  # key into the template's strings
    transition: Transition = field(default_factory=Transition)
    next_scene: str | None = None

    def layer(self, layer_id: str) -> Layer:
        for layer in self.layers:
            if layer.id == layer_id:
                return layer
        raise KeyError(f"scene {self.name!r} has no layer {layer_id!r}")

    def buttons(self) -> list[ButtonLayer]:
        return [layer for layer in self.layers if isinstance(layer, ButtonLayer)]

    def choices(self) -> list[ButtonLayer | PlanPickerLayer]:
        """The buttons and plan pickers, in keyboard order: numbered ones first."""
        found = [
            layer
            for layer in self.layers
            if isinstance(layer, ButtonLayer | PlanPickerLayer)
        ]
        numbered = sorted(
            (layer for layer in found if layer.tab_index is not None),
            key=lambda layer: layer.tab_index,
        )
        return numbered + [layer for layer in found if layer.tab_index is None]


class MediaType(StrEnum):
    PNG = "image/png"
    JPEG = "image/jpeg"
    SVG = "image/svg+xml"
    MP4 = "video/mp4"
    WEBM = "video/webm"
    MP3 = "audio/mpeg"
    WAV = "audio/wav"
    OGG = "audio/ogg"


@dataclass
class AssetRef:
    """An imported media file; its bytes live in the project file under ``sha256``."""

    id: str
    name: str  # the file name it was imported from
    media_type: MediaType
    sha256: str
    size: int


@dataclass
class Music:
    """A music bed under the whole video, looped to its length, faded at the end."""

    asset: str
    volume: float = 0.25


@dataclass
class Settings:
    row_id_field: str = "customer_id"
    amount_field: str | None = "amount_due"  # the money that instalment plans split
    region: str = "NL"  # for reading national phone numbers
    instalments: InstalmentRules = field(
        default_factory=lambda: InstalmentRules(
            min_term_amount=Decimal("10.00"), max_terms=12
        )
    )
    safe_margin: float = 0.05  # of the canvas, each side: the title-safe area
    # The moment the email thumbnail and the first frame of the teaser show; by
    # default the last frame of the first scene, when its animations are done.
    thumbnail_scene: str | None = None
    thumbnail_frame: int | None = None
    # The payment link pattern: an https address on ``link_hosts`` whose query takes
    # ``{field}`` values, e.g. https://pay.example.nl/ideal?amount={amount_due}.
    payment_link: str | None = None
    # The help chat; without a link the delivery server opens its own.
    chat_link: str | None = None
    # The only hosts a pay, chat or information link may go to.
    link_hosts: list[str] = field(default_factory=list)
    # The first term of a plan falls due on this date field of the row.
    due_date_field: str | None = None


@dataclass
class Template:
    name: str
    width: int = 1920
    height: int = 1080
    fps: int = 25
    source_language: str = "nl"
    languages: list[str] = field(default_factory=lambda: ["nl"])
    scenes: list[Scene] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    strings: dict[str, TranslatableString] = field(default_factory=dict)
    assets: dict[str, AssetRef] = field(default_factory=dict)
    settings: Settings = field(default_factory=Settings)
    music: Music | None = None

    def scene(self, scene_id: str) -> Scene:
        for scene in self.scenes:
            if scene.id == scene_id:
                return scene
        raise KeyError(f"no scene {scene_id!r}")

    def field(self, name: str) -> Field:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(f"no field {name!r}")

    @property
    def duration(self) -> int:
        """Frames of the scenes in sequence, transitions overlapping."""
        total = 0
        for index, scene in enumerate(self.scenes):
            overlap = scene.transition.duration if index else 0
            total += scene.duration - overlap
        return total

    def referenced_blobs(self) -> set[str]:
        return {asset.sha256 for asset in self.assets.values()}
