"""The timeline of one variant: which scenes play, in which order, from which frame.

A template is a story graph; one viewer sees one path through it. Given a sample
row, a language and the branch choices to follow (``--path``), this lays the
scenes that play end to end on one output timeline: scenes whose condition is
false are passed over, a crossfade overlaps a scene with the one before, and a
scene with choices continues where the chosen one leads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studio.model.layers import (
    ActionKind,
    AudioLayer,
    ButtonLayer,
    ChoiceLayer,
    Layer,
    PlanPickerLayer,
)
from studio.model.story import shown_choices
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
    pressed: ChoiceLayer | None = None  # the choice made when the scene ends
    terms: int | None = None  # the plan chosen, for a plan choice

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
    ending: ChoiceLayer | None = None  # the last action (pay, plan, chat ...), if any
    ending_terms: int | None = None  # the plan of that action, for a plan
    # Layers left out wherever they are: the live layers, when the base media of a
    # package are baked without them.
    omit: frozenset[str] = frozenset()
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
            and layer.id not in self.omit
            and layer.visible_at(moment.frame, scene.duration)
            and self.shows(layer)
        ]

    def audio(self) -> list[tuple[int, AudioLayer]]:
        """Each sound of the path for this language, with its first output frame."""
        sounds = []
        for play in self.plays:
            for layer in play.scene.layers:
                if not isinstance(layer, AudioLayer) or layer.id in self.omit:
                    continue
                if not self.shows(layer):
                    continue
                if layer.language in (None, self.language):
                    sounds.append((play.start + layer.start, layer))
        return sounds


# -- the path -----------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One choice of a path: a button id, or what a button does.

    ``plan:3`` picks three terms (from the plan picker or a plan button),
    ``scene:hulp`` the button that leads to scene ``hulp``, and ``pay``, ``chat``
    (or ``help``), ``call`` and ``link`` the button with that action.
    """

    text: str

    def matches(self, layer: ChoiceLayer, offered: list[int]) -> int | bool:
        """Whether the step picks ``layer``; for a plan picker, the terms it picks.

        ``offered`` are the plans the row's amount allows.
        """
        kind, _, argument = self.text.partition(":")
        if isinstance(layer, PlanPickerLayer):
            if kind == "plan" and argument.isdigit() and int(argument) in offered:
                return int(argument)
            return self.text == layer.id and bool(offered) and offered[0]
        action = layer.action
        if self.text == layer.id:
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
    "help": ActionKind.OPEN_CHAT,
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
    omit: frozenset[str] = frozenset(),
) -> Timeline:
    """Lay out the scenes that ``values`` see in ``language`` along ``path``.

    Layers whose ids are in ``omit`` are neither drawn nor heard; the story still
    follows them (a button left out still holds its scene for a choice).
    """
    steps = parse_path(path) if isinstance(path, str) or path is None else list(path)
    row = resolve_row(template, values, language, keep_placeholders=keep_placeholders)
    timeline = Timeline(template, language, values, row, omit=frozenset(omit))
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


def build_scene_timeline(
    template: Template,
    scene: Scene,
    language: str,
    *,
    omit: frozenset[str] = frozenset(),
) -> Timeline:
    """One scene alone, from its first frame to its last, with no row.

    The base video of a package: ``{field}`` placeholders stay as they are, and
    the layers in ``omit`` (the live ones, which the player draws) are left out.
    """
    row = resolve_row(template, {}, language, keep_placeholders=True)
    timeline = Timeline(template, language, {}, row, omit=frozenset(omit))
    timeline.plays.append(ScenePlay(scene, 0))
    return timeline


def _play(timeline: Timeline, scene: Scene, steps: list[Step]) -> Scene | None:
    """Add ``scene`` to the timeline; return the scene that follows it, if any.

    A scene with choices takes the next step when it names one of them (or leads
    to a scene that has it); a scene that does not pause may also play on to its
    next scene, and one that pauses with no step left stops the video there.
    """
    template = timeline.template
    fade = 0
    if timeline.plays and scene.transition.kind is TransitionKind.CROSSFADE:
        fade = min(scene.transition.duration, timeline.plays[-1].scene.duration)
    start = timeline.frame_count - fade
    choices = shown_choices(scene, timeline.shows)
    pauses = any(layer.pause for layer in choices)
    following = None if pauses else _scene_or_none(template, scene.next_scene)
    pressed, terms = None, None
    if steps and choices:
        chosen = _choose(timeline, scene, choices, steps, required=following is None)
        if chosen is not None:
            pressed, terms = chosen
            action = pressed.action
            if action.kind is not ActionKind.GO_TO_SCENE:
                timeline.ending = pressed
                timeline.ending_terms = terms
            following = _scene_or_none(template, action.next_scene())
    timeline.plays.append(ScenePlay(scene, start, fade, pressed, terms))
    return following


def _choose(
    timeline: Timeline,
    scene: Scene,
    choices: list[ChoiceLayer],
    steps: list[Step],
    *,
    required: bool,
) -> tuple[ChoiceLayer, int | None] | None:
    """The choice the next step names, taking a way through when it is one further."""
    step = steps[0]
    offered = [plan.terms for plan in timeline.row.plans]
    for layer in choices:
        picked = step.matches(layer, offered)
        if picked:
            steps.pop(0)
            terms = picked if isinstance(layer, PlanPickerLayer) else None
            if terms is None and layer.action.kind is ActionKind.CHOOSE_PLAN:
                terms = layer.action.terms
            return layer, terms
    for layer in choices:
        if (
            isinstance(layer, ButtonLayer)
            and layer.action.kind is ActionKind.GO_TO_SCENE
        ):
            target = _scene_or_none(timeline.template, layer.action.target)
            further = target.choices() if target is not None else []
            if any(step.matches(b, offered) for b in further if timeline.shows(b)):
                return layer, None
    if not required:
        return None
    names = ", ".join(b.id for b in choices) or "none"
    hint = ""
    if step.text.startswith("plan:"):
        shown = ", ".join(f"plan:{n}" for n in offered) or "none"
        hint = f"; the plans offered for this row's amount: {shown}"
    raise PathError(
        f"--path step {step.text!r} matches no choice of scene {scene.name!r} "
        f"(its choices: {names}){hint}"
    )


def _scene_or_none(template: Template, scene_id: str | None) -> Scene | None:
    return template.scene(scene_id) if scene_id else None
