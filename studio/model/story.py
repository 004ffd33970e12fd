"""The story graph: scenes as nodes, the ways between them as edges.

A viewer starts at the first scene (the entry). A scene goes on to its next scene
when it ends, unless one of its choices pauses it; a choice (a button, or an
option of the plan picker) goes to a scene, or does something outside the video
(pay, open the chat, call, open a link) and then goes on with its ``then`` scene or
ends the video. A scene with a condition may be passed over, so it also leads to
its own next scene. A scene with nowhere to go is an end.

``check_story`` lists what a viewer could get stuck on, each problem naming the
scene (and the layer) to mend; ``story_paths`` lists every way through, as the
choices a ``--path`` follows, so that each can be rendered and reviewed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from studio.model.layers import (
    ActionKind,
    ButtonLayer,
    ChoiceLayer,
    Layer,
    PlanPickerLayer,
)
from studio.model.template import Scene, Template

__all__ = [
    "Choice",
    "Edge",
    "EdgeKind",
    "StoryGraph",
    "StoryPath",
    "StoryProblem",
    "StoryRule",
    "check_story",
    "choices_of",
    "graph_to_dict",
    "hold_frame",
    "shown_choices",
    "story_graph",
    "story_paths",
]

MAX_PATHS = 1000

# Short names of what a choice does, as ``--path`` steps accept them.
ACTION_STEPS = {
    ActionKind.PAY: "pay",
    ActionKind.OPEN_CHAT: "chat",
    ActionKind.CALL: "call",
    ActionKind.OPEN_LINK: "link",
}
HELP_ACTIONS = frozenset({ActionKind.OPEN_CHAT, ActionKind.CALL})


class EdgeKind(StrEnum):
    NEXT = "next"  # the scene ended and goes on
    CHOICE = "choice"  # the viewer chose
    SKIP = "skip"  # the scene's condition was false and it was passed over


@dataclass(frozen=True)
class Choice:
    """One thing a viewer can choose in a scene.

    ``step`` is the name a ``--path`` uses for it; ``target`` is the scene it
    leads to inside the video, if any. A plan picker gives one choice a plan.
    """

    layer: str
    step: str
    kind: ActionKind
    target: str | None
    terms: int | None = None
    conditional: bool = False  # shown only when its condition holds
    pauses: bool = False


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: EdgeKind
    layer: str | None = None  # the choice's layer
    step: str | None = None


@dataclass
class StoryGraph:
    entry: str | None
    scenes: list[str]  # in the template's order
    edges: list[Edge] = field(default_factory=list)
    choices: dict[str, list[Choice]] = field(default_factory=dict)

    def out(self, scene_id: str) -> list[Edge]:
        return [edge for edge in self.edges if edge.source == scene_id]

    @property
    def ends(self) -> list[str]:
        """Scenes with nowhere to go: the video ends there."""
        return [s for s in self.scenes if not self.out(s)]

    @property
    def decisions(self) -> list[str]:
        return [s for s in self.scenes if self.choices.get(s)]

    def reachable(self) -> set[str]:
        if self.entry is None:
            return set()
        seen = {self.entry}
        queue = deque([self.entry])
        while queue:
            for edge in self.out(queue.popleft()):
                if edge.target not in seen:
                    seen.add(edge.target)
                    queue.append(edge.target)
        return seen


def shown_choices(scene: Scene, shows: Callable[[Layer], bool]) -> list[ChoiceLayer]:
    """The scene's choices that the row sees, in keyboard order.

    ``shows`` says whether a layer's condition holds for the row shown
    (:meth:`Timeline.shows`); hidden layers are not drawn, so they do not count.
    """
    return [layer for layer in scene.choices() if not layer.hidden and shows(layer)]


def hold_frame(scene: Scene, choices: list[ChoiceLayer]) -> int | None:
    """The frame at which the scene holds for a choice, or None when none pauses.

    A pausing choice holds the scene on the last frame it is on screen, so the
    earliest out point among the pausing ``choices`` decides; one that stays to the
    end holds the scene's last frame.
    """
    ends = [_out_point(layer, scene) for layer in choices if layer.pause]
    if not ends:
        return None
    return max(0, min(min(ends), scene.duration) - 1)


def choices_of(template: Template, scene: Scene) -> list[Choice]:
    """The scene's choices in keyboard order, each with its ``--path`` step.

    A hidden layer is not in the video, so it offers no choice.
    """
    found: list[Choice] = []
    for layer in scene.choices():
        if layer.hidden:
            continue
        conditional = layer.condition is not None
        if isinstance(layer, PlanPickerLayer):
            rules = template.settings.instalments
            for terms in rules.allowed_terms:
                if terms <= rules.max_terms:
                    found.append(
                        Choice(
                            layer.id,
                            f"plan:{terms}",
                            ActionKind.CHOOSE_PLAN,
                            layer.then,
                            terms,
                            conditional,
                            layer.pause,
                        )
                    )
            continue
        action = layer.action
        found.append(
            Choice(
                layer.id,
                _step_name(scene, layer),
                action.kind,
                action.next_scene(),
                action.terms,
                conditional,
                layer.pause,
            )
        )
    return found


def _step_name(scene: Scene, button: ButtonLayer) -> str:
    """``pay``, ``chat``, ``call``, ``link``, ``plan:3`` when that names one button
    of the scene; otherwise the button's id."""
    action = button.action
    if action.kind is ActionKind.CHOOSE_PLAN and action.terms is not None:
        short = f"plan:{action.terms}"
    else:
        short = ACTION_STEPS.get(action.kind)
    if short is None:
        return button.id
    same = [
        b
        for b in scene.buttons()
        if b.action.kind is action.kind and b.action.terms == action.terms
    ]
    return short if len(same) == 1 else button.id


def story_graph(template: Template) -> StoryGraph:
    ids = {scene.id for scene in template.scenes}
    graph = StoryGraph(
        template.scenes[0].id if template.scenes else None,
        [scene.id for scene in template.scenes],
    )
    for scene in template.scenes:
        choices = choices_of(template, scene)
        graph.choices[scene.id] = choices
        pauses = any(choice.pauses for choice in choices)
        seen: set[tuple] = set()
        for choice in choices:
            if choice.target in ids:
                key = (choice.target, choice.layer)
                if key not in seen:
                    seen.add(key)
                    graph.edges.append(
                        Edge(
                            scene.id,
                            choice.target,
                            EdgeKind.CHOICE,
                            choice.layer,
                            _edge_step(template, scene, choice),
                        )
                    )
        if scene.next_scene in ids:
            if not pauses:
                graph.edges.append(Edge(scene.id, scene.next_scene, EdgeKind.NEXT))
            elif scene.condition is not None:
                graph.edges.append(Edge(scene.id, scene.next_scene, EdgeKind.SKIP))
    return graph


def _edge_step(template: Template, scene: Scene, choice: Choice) -> str:
    if choice.step.startswith("plan:"):
        layer = scene.layer(choice.layer)
        if isinstance(layer, PlanPickerLayer):
            return "plan"
    return choice.step


# -- checks -------------------------------------------------------------------


class StoryRule(StrEnum):
    UNREACHABLE = "unreachable"
    NO_END = "no_end"
    NO_TARGET = "no_target"
    WAITS_FOREVER = "waits_forever"
    HELP_OUT_OF_REACH = "help_out_of_reach"


@dataclass(frozen=True)
class StoryProblem:
    rule: StoryRule
    scene: str  # the scene id to go to
    message: str
    layer: str | None = None  # the layer to select, when one is at fault


def check_story(template: Template) -> list[StoryProblem]:
    """Everything a viewer could get stuck on, scene by scene in template order."""
    graph = story_graph(template)
    names = {scene.id: scene.name for scene in template.scenes}
    reachable = graph.reachable()
    problems: list[StoryProblem] = []
    for scene in template.scenes:
        if scene.id not in reachable:
            problems.append(
                StoryProblem(
                    StoryRule.UNREACHABLE,
                    scene.id,
                    f"Nobody reaches scene {scene.name!r}: no scene or button leads "
                    "to it.",
                )
            )
    problems += _targets(template, graph)
    leaves = _leaving(template, graph)
    for scene in template.scenes:
        if scene.id in reachable and not _can_end(graph, scene.id, leaves):
            problems.append(
                StoryProblem(
                    StoryRule.NO_END,
                    scene.id,
                    f"From scene {scene.name!r} the video never ends: every way "
                    "leads back round without an end.",
                )
            )
    for scene in template.scenes:
        if scene.id in reachable:
            problems += _waits(template, scene, names)
    help_scenes = {s.id for s in template.scenes if _offers_help(s)}
    for scene_id in graph.decisions:
        if scene_id in reachable and not _help_near(graph, scene_id, help_scenes):
            problems.append(
                StoryProblem(
                    StoryRule.HELP_OUT_OF_REACH,
                    scene_id,
                    f"Scene {names[scene_id]!r} asks for a choice, but help is not "
                    "one step away: add a button to the chat, a call, or a help "
                    "scene.",
                )
            )
    return problems


def _targets(template: Template, graph: StoryGraph) -> list[StoryProblem]:
    ids = set(graph.scenes)
    found = []
    for scene in template.scenes:
        for layer in scene.choices():
            what = _missing_target(template, layer, ids)
            if what:
                found.append(
                    StoryProblem(
                        StoryRule.NO_TARGET,
                        scene.id,
                        f"Button {layer.name!r} in scene {scene.name!r} {what}.",
                        layer.id,
                    )
                )
    return found


def _missing_target(template: Template, layer, ids: set[str]) -> str | None:
    if isinstance(layer, PlanPickerLayer):
        if layer.then is not None and layer.then not in ids:
            return f"goes on with scene {layer.then!r}, which does not exist"
        return None
    action = layer.action
    if action.kind is ActionKind.GO_TO_SCENE:
        if not action.target:
            return "leads nowhere: choose the scene it goes to"
        if action.target not in ids:
            return f"goes to scene {action.target!r}, which does not exist"
    elif action.then is not None and action.then not in ids:
        return f"goes on with scene {action.then!r}, which does not exist"
    if action.kind in (ActionKind.CALL, ActionKind.OPEN_LINK) and not action.target:
        return "has no number or address to open"
    if action.kind is ActionKind.PAY and not template.settings.payment_link:
        return "pays, but the template has no payment link"
    if action.kind is ActionKind.CHOOSE_PLAN and action.terms is None:
        return "chooses a plan without a number of terms"
    return None


def _leaving(template: Template, graph: StoryGraph) -> set[str]:
    """Scenes with a choice that leaves the video (pays, opens the chat ...)."""
    return {
        scene_id
        for scene_id, choices in graph.choices.items()
        if any(
            choice.kind is not ActionKind.GO_TO_SCENE and choice.target is None
            for choice in choices
        )
    }


def _can_end(graph: StoryGraph, start: str, leaves: set[str]) -> bool:
    ends = set(graph.ends) | leaves
    seen = {start}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        if current in ends:
            return True
        for edge in graph.out(current):
            if edge.target not in seen:
                seen.add(edge.target)
                queue.append(edge.target)
    return False


def _waits(template: Template, scene: Scene, names) -> list[StoryProblem]:
    """A scene that holds for a choice but may offer none that leads anywhere."""
    drawn = shown_choices(scene, lambda _layer: True)
    hold = hold_frame(scene, drawn)
    if hold is None:
        return []
    pausing = [layer for layer in drawn if layer.pause]
    ids = {s.id for s in template.scenes}
    sure = [
        layer
        for layer in scene.choices()
        if layer.condition is None
        and not layer.hidden
        and layer.start <= hold < _out_point(layer, scene)
        and not isinstance(layer, PlanPickerLayer)  # a small debt may offer no plan
        and _missing_target(template, layer, ids) is None
    ]
    if sure:
        return []
    seconds = (hold + 1) / template.fps
    return [
        StoryProblem(
            StoryRule.WAITS_FOREVER,
            scene.id,
            f"Scene {scene.name!r} waits for a choice at {seconds:.1f} s, but no "
            "button is sure to be there then: one may be hidden by its condition, "
            "gone by then, lead nowhere, or be a plan picker that offers no plan "
            "for a small amount.",
            pausing[0].id,
        )
    ]


def _out_point(layer, scene: Scene) -> int:
    return scene.duration if layer.end is None else layer.end


def _offers_help(scene: Scene) -> bool:
    return any(
        layer.action.kind in HELP_ACTIONS and layer.condition is None
        for layer in scene.buttons()
    )


def _help_near(graph: StoryGraph, scene_id: str, help_scenes: set[str]) -> bool:
    for choice in graph.choices[scene_id]:
        if choice.conditional:
            continue
        if choice.kind in HELP_ACTIONS or choice.target in help_scenes:
            return True
    return False


# -- paths --------------------------------------------------------------------


@dataclass(frozen=True)
class StoryPath:
    """One way through: the ``--path`` steps, the scenes seen, how it ends.

    ``ending`` is ``end`` (the last scene ends the video, perhaps still offering
    choices that leave it, such as the chat) or ``loops`` (it comes back to a
    scene it passed). Choices that only leave the video show nothing new, so they
    make no path of their own; a stuck scene is for ``check_story`` to report.
    """

    steps: tuple[str, ...]
    scenes: tuple[str, ...]
    ending: str
    conditional: bool = False  # it passes a scene or choice that some rows skip

    @property
    def path(self) -> str:
        return ",".join(self.steps)


def story_paths(template: Template, limit: int = MAX_PATHS) -> list[StoryPath]:
    """Every way through the graph, depth first in choice order."""
    graph = story_graph(template)
    by_id = {scene.id: scene for scene in template.scenes}
    found: list[StoryPath] = []
    if graph.entry is None:
        return found

    def walk(scene_id, steps, scenes, conditional):
        if len(found) >= limit:
            return
        if scene_id in scenes:
            found.append(StoryPath(steps, scenes, "loops", conditional))
            return
        scene = by_id[scene_id]
        scenes = (*scenes, scene_id)
        conditional = conditional or scene.condition is not None
        choices = graph.choices[scene_id]
        pauses = any(choice.pauses for choice in choices)
        onward = [choice for choice in choices if choice.target in by_id]
        for choice in onward:
            chosen = (*steps, choice.step)
            walk(choice.target, chosen, scenes, conditional or choice.conditional)
        if scene.next_scene in by_id and not pauses:
            walk(scene.next_scene, steps, scenes, conditional)
        elif not onward:
            found.append(StoryPath(steps, scenes, "end", conditional))

    walk(graph.entry, (), (), False)
    return found


def graph_to_dict(template: Template) -> dict:
    """The graph as plain data, for ``helder info --json`` and the package."""
    graph = story_graph(template)
    return {
        "entry": graph.entry,
        "ends": graph.ends,
        "scenes": [
            {
                "id": scene.id,
                "name": scene.name,
                "next_scene": scene.next_scene,
                "conditional": scene.condition is not None,
                "choices": [_choice_dict(scene, c) for c in graph.choices[scene.id]],
            }
            for scene in template.scenes
        ],
        "edges": [
            {
                "from": edge.source,
                "to": edge.target,
                "kind": edge.kind.value,
                **({"layer": edge.layer, "step": edge.step} if edge.layer else {}),
            }
            for edge in graph.edges
        ],
    }


def _choice_dict(scene: Scene, choice: Choice) -> dict:
    layer = scene.layer(choice.layer)
    out = {
        "layer": choice.layer,
        "step": choice.step,
        "action": choice.kind.value,
        "target": choice.target,
        "pauses": choice.pauses,
        "conditional": choice.conditional,
    }
    if choice.terms is not None:
        out["terms"] = choice.terms
    if isinstance(layer, ButtonLayer) and layer.action.kind in (
        ActionKind.CALL,
        ActionKind.OPEN_LINK,
    ):
        out["address"] = layer.action.target
    return out
