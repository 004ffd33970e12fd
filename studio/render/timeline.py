"""The timeline of one variant: which scenes play, in which order, from which frame.

A template is a story graph; one viewer sees one path through it. Given a sample
row, a language and the branch choices to follow (``--path``), this lays the
scenes that play end to end on one output timeline: scenes whose condition is
false are passed over, a crossfade overlaps a scene with the one before, and a
scene that waits for a choice continues where the chosen button leads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studio.model.layers import ActionKind, AudioLayer, ButtonLayer, Layer
from studio.model.template import Scene, Template, TransitionKind
from studio.render.resolve import ResolvedRow, condition_holds, resolve_row

MAX_SCENES = 200  # a path longer than this goes round in circles


class PathError(ValueError):
    """The branch choices cannot be followed through this template."""


@dataclass(frozen=True)
class ScenePlay:
    """One scene as it plays on the output timeline."""

    scene: Scene
    start: int  # first frame on the output timeline
    fade_in: int = 0  # frames of crossfade over the scene before
    pressed: ButtonLayer | None = None  # the button chosen when the scene ends

    @property
    def end(self) -> int:
        return self.start + self.scene.duration


@dataclass(frozen=True)
class Moment:
    """What is on screen at one output frame: a scene, its own frame, its weight."""

    play: ScenePlay
    frame: int  # frame inside the scene
    opacity: float = 1.0


@dataclass
class Timeline:
    template: Template
    language: str
    values: dict[str, object]  # typed values of the row
    row: ResolvedRow
    plays: list[ScenePlay] = field(default_factory=list)
    ending: ButtonLayer | None = None  # the last choice (pay, plan, chat ...), if any
    _shown: dict[str, bool] = field(default_factory=dict, repr=False)

    @property
    def fps(self) -> int:
        return self.template.fps

    @property
    def frame_count(self) -> int:
        return self.plays[-1].end if self.plays else 0

    @property
    def seconds(self) -> float:
        return self.frame_count / self.fps

    def thumbnail_frame(self) -> int:
        """The output frame that carries the message: the email thumbnail."""
        settings = self.template.settings
        for play in self.plays:
            if play.scene.id == settings.thumbnail_scene:
                wanted = settings.thumbnail_frame or 0
                return play.start + min(wanted, play.scene.duration - 1)
        return self.plays[0].end - 1 if self.plays else 0

    def at(self, frame: int) -> list[Moment]:
        """The scenes to draw at ``frame``, bottom first (two during a crossfade)."""
        moments = []
        for play in self.plays:
            if play.start <= frame < play.end:
                opacity = 1.0
                if play.fade_in and frame < play.start + play.fade_in:
                    opacity = (frame - play.start + 1) / (play.fade_in + 1)
                moments.append(Moment(play, frame - play.start, opacity))
        return moments

    def shows(self, layer: Layer) -> bool:
        """Whether the layer's condition holds for this row (asked every frame)."""
        if layer.condition is None:
            return True
        held = self._shown.get(layer.id)
        if held is None:
            held = condition_holds(self.template, layer.condition, self.values)
            self._shown[layer.id] = held
        return held

    def drawn_layers(self, moment: Moment) -> list[Layer]:
        """The layers with something to draw at ``moment``, bottom first."""
        scene = moment.play.scene
        return [
            layer
            for layer in scene.layers
            if not isinstance(layer, AudioLayer)
            and layer.visible_at(moment.frame, scene.duration)
            and self.shows(layer)
        ]

    def audio(self) -> list[tuple[int, AudioLayer]]:
        """Each sound of the path for this language, with its first output frame."""
        sounds = []
        for play in self.plays:
            for layer in play.scene.layers:
                if not isinstance(layer, AudioLayer) or not self.shows(layer):
                    continue
                if layer.language in (None, self.language):
                    sounds.append((play.start + layer.start, layer))
        return sounds


# -- the path -----------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One choice of a path: a button id, or what a button does.

    ``plan:3`` picks the plan button with three terms, ``scene:hulp`` the button
    that leads to scene ``hulp``, and ``pay``, ``chat``, ``call`` and ``link`` the
    button with that action.
    """

    text: str

    def matches(self, button: ButtonLayer) -> bool:
        action = button.action
        kind, _, argument = self.text.partition(":")
        if self.text == button.id:
            return True
        if kind == "plan":
            wanted = int(argument) if argument.isdigit() else None
            return action.kind is ActionKind.CHOOSE_PLAN and action.terms == wanted
        if kind == "scene":
            return action.kind is ActionKind.GO_TO_SCENE and action.target == argument
        return not argument and _SHORT_ACTIONS.get(kind) is action.kind


_SHORT_ACTIONS = {
    "pay": ActionKind.PAY,
    "chat": ActionKind.OPEN_CHAT,
    "call": ActionKind.CALL,
    "link": ActionKind.OPEN_LINK,
}


def parse_path(text: str | None) -> list[Step]:
    """``"keuze-termijnen,plan:3"`` as steps; commas or spaces separate them."""
    if not text:
        return []
    steps = [Step(part) for part in re.split(r"[,\s]+", text.strip()) if part]
    for step in steps:
        if not re.fullmatch(r"[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?", step.text):
            raise PathError(
                f"--path step {step.text!r} is not a button id or kind:value"
            )
    return steps


def build_timeline(
    template: Template,
    values: dict[str, object],
    language: str,
    path: list[Step] | str | None = None,
    *,
    keep_placeholders: bool = False,
) -> Timeline:
    """Lay out the scenes that ``values`` see in ``language`` along ``path``."""
    steps = parse_path(path) if isinstance(path, str) or path is None else list(path)
    row = resolve_row(template, values, language, keep_placeholders=keep_placeholders)
    timeline = Timeline(template, language, values, row)
    scene = template.scenes[0] if template.scenes else None
    while scene is not None:
        if len(timeline.plays) >= MAX_SCENES:
            raise PathError(f"the path passes more than {MAX_SCENES} scenes: it loops")
        if not condition_holds(template, scene.condition, values):
            scene = _scene_or_none(template, scene.next_scene)
            continue
        scene = _play(timeline, scene, steps)
    if steps:
        raise PathError(
            f"--path step {steps[0].text!r} is never reached: the video ends before"
        )
    return timeline


def _play(timeline: Timeline, scene: Scene, steps: list[Step]) -> Scene | None:
    """Add ``scene`` to the timeline; return the scene that follows it, if any."""
    template = timeline.template
    fade = 0
    if timeline.plays and scene.transition.kind is TransitionKind.CROSSFADE:
        fade = min(scene.transition.duration, timeline.plays[-1].scene.duration)
    start = timeline.frame_count - fade
    pressed = None
    following = _scene_or_none(template, scene.next_scene)
    if following is None and steps:
        pressed = _choose(timeline, scene, steps)
        if pressed.action.kind is ActionKind.GO_TO_SCENE:
            following = template.scene(pressed.action.target)
        else:
            timeline.ending = pressed
    timeline.plays.append(ScenePlay(scene, start, fade, pressed))
    return following


def _choose(timeline: Timeline, scene: Scene, steps: list[Step]) -> ButtonLayer:
    """The button the next step names, taking a way through when it is one further."""
    buttons = [b for b in scene.buttons() if timeline.shows(b)]
    step = steps[0]
    for button in buttons:
        if step.matches(button):
            steps.pop(0)
            return button
    for button in buttons:
        if button.action.kind is ActionKind.GO_TO_SCENE:
            target = timeline.template.scene(button.action.target)
            if any(step.matches(b) for b in target.buttons() if timeline.shows(b)):
                return button
    names = ", ".join(b.id for b in buttons) or "none"
    raise PathError(
        f"--path step {step.text!r} matches no button of scene {scene.name!r} "
        f"(its buttons: {names})"
    )


def _scene_or_none(template: Template, scene_id: str | None) -> Scene | None:
    return template.scene(scene_id) if scene_id else None
