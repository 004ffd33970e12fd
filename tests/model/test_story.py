"""The story graph of the sample, broken on purpose one way at a time."""

import copy
from functools import cache

import pytest

from studio.model.layers import Action, ActionKind, ButtonLayer
from studio.model.story import (
    EdgeKind,
    check_story,
    story_graph,
    story_paths,
)
from studio.model.template import Scene
from studio.project import Project
from studio.resources import SAMPLE_PROJECT

TRUNK = ("welkom", "bedrag", "uitleg", "keuze")
IS_SMALL = {"<": [{"var": "amount_due"}, 50]}


@cache
def _sample_template():
    return Project.open(SAMPLE_PROJECT).template


@pytest.fixture
def template():
    """A fresh copy of the sample's template for each test to break."""
    return copy.deepcopy(_sample_template())


def found(template) -> list[tuple[str, str, str | None]]:
    return [(p.rule.value, p.scene, p.layer) for p in check_story(template)]


def remove_layer(template, scene_id: str, layer_id: str) -> None:
    scene = template.scene(scene_id)
    scene.layers = [layer for layer in scene.layers if layer.id != layer_id]


def go_to(layer_id: str, target: str | None, *, pause: bool = True) -> ButtonLayer:
    return ButtonLayer(
        id=layer_id,
        name=layer_id.title(),
        label="keuze.hulp",
        action=Action(ActionKind.GO_TO_SCENE, target),
        pause=pause,
    )


def test_the_sample_has_no_problems(template):
    assert check_story(template) == []


def test_the_sample_graph_starts_at_welkom_and_ends_at_help_and_thanks(template):
    graph = story_graph(template)
    assert graph.entry == "welkom"
    assert graph.ends == ["hulp", "bedankt"]
    assert graph.decisions == ["keuze", "betalen", "termijnen", "hulp"]
    assert graph.reachable() == set(graph.scenes)
    assert [(e.target, e.kind) for e in graph.out("uitleg")] == [
        ("keuze", EdgeKind.NEXT)
    ]


def test_story_paths_of_the_sample(template):
    paths = story_paths(template)
    assert [(p.path, p.scenes[len(TRUNK) :], p.ending) for p in paths] == [
        ("keuze-betalen,pay", ("betalen", "bedankt"), "end"),
        ("keuze-betalen,betalen-hulp", ("betalen", "hulp"), "end"),
        ("keuze-termijnen,plan:2", ("termijnen", "bedankt"), "end"),
        ("keuze-termijnen,plan:3", ("termijnen", "bedankt"), "end"),
        ("keuze-termijnen,plan:6", ("termijnen", "bedankt"), "end"),
        ("keuze-termijnen,termijnen-hulp", ("termijnen", "hulp"), "end"),
        ("keuze-hulp", ("hulp",), "end"),
    ]
    assert all(p.scenes[: len(TRUNK)] == TRUNK for p in paths)
    assert not any(p.conditional for p in paths)


def test_a_scene_nobody_reaches(template):
    # The payment and the plan end the video instead of going on to the thanks.
    template.scene("betalen").layer("betalen-ideal").action.then = None
    template.scene("termijnen").layer("termijnen-keuze").then = None
    problems = check_story(template)
    assert found(template) == [("unreachable", "bedankt", None)]
    assert problems[0].message == (
        "Nobody reaches scene 'Bedankt': no scene or button leads to it."
    )
    assert all("bedankt" not in p.scenes for p in story_paths(template))


def _add_loop(template) -> None:
    """A fourth choice in 'keuze' that goes to two scenes playing each other on."""
    first = Scene("lus-1", "Lus een", 50, next_scene="lus-2")
    second = Scene("lus-2", "Lus twee", 50, next_scene="lus-1")
    template.scenes += [first, second]
    template.scene("keuze").layers.append(go_to("keuze-lus", "lus-1"))


def test_a_loop_without_an_end(template):
    _add_loop(template)
    problems = check_story(template)
    assert found(template) == [
        ("no_end", "lus-1", None),
        ("no_end", "lus-2", None),
    ]
    assert problems[0].message == (
        "From scene 'Lus een' the video never ends: every way leads back round "
        "without an end."
    )


def test_a_loop_gives_a_path_that_loops(template):
    _add_loop(template)
    looping = [p for p in story_paths(template) if p.ending == "loops"]
    assert [(p.path, p.scenes) for p in looping] == [
        ("keuze-lus", (*TRUNK, "lus-1", "lus-2")),
    ]


def test_a_loop_with_a_way_out_is_no_problem(template):
    # Thanks leads back to the start, whose decision still offers help (an end).
    template.scene("bedankt").next_scene = "welkom"
    assert check_story(template) == []
    paths = story_paths(template)
    assert {p.path for p in paths if p.ending == "loops"} == {
        "keuze-betalen,pay",
        "keuze-termijnen,plan:2",
        "keuze-termijnen,plan:3",
        "keuze-termijnen,plan:6",
    }


def test_a_go_to_button_without_a_scene(template):
    template.scene("betalen").layer("betalen-hulp").action.target = None
    problems = check_story(template)
    # The only way to help from 'Betalen' now leads nowhere, so help is out of reach.
    assert found(template) == [
        ("no_target", "betalen", "betalen-hulp"),
        ("help_out_of_reach", "betalen", None),
    ]
    assert problems[0].message == (
        "Button 'Toch hulp' in scene 'Betalen' leads nowhere: choose the scene it "
        "goes to."
    )


def test_a_go_to_button_to_a_scene_that_is_not_there(template):
    template.scene("keuze").layer("keuze-hulp").action.target = "hulpp"
    problems = check_story(template)
    # Help stays reachable after paying or choosing a plan; but not from 'keuze'.
    assert found(template) == [
        ("no_target", "keuze", "keuze-hulp"),
        ("help_out_of_reach", "keuze", None),
    ]
    assert problems[0].message == (
        "Button 'Hulp' in scene 'Kies' goes to scene 'hulpp', which does not exist."
    )


def test_a_pause_whose_only_buttons_are_conditional_waits_forever(template):
    keuze = template.scene("keuze")
    for button in keuze.buttons():
        button.condition = IS_SMALL
    problems = check_story(template)
    assert found(template) == [
        ("waits_forever", "keuze", "keuze-betalen"),
        ("help_out_of_reach", "keuze", None),
    ]
    assert problems[0].message.startswith(
        "Scene 'Kies' waits for a choice at 8.4 s, but no button is sure to be "
        "there then"
    )
    assert all(p.conditional for p in story_paths(template))


def test_a_pause_with_only_a_plan_picker_waits_forever(template):
    # A small debt may offer no plan at all: without 'Toch hulp' nothing is left.
    remove_layer(template, "termijnen", "termijnen-hulp")
    assert found(template) == [
        ("waits_forever", "termijnen", "termijnen-keuze"),
        ("help_out_of_reach", "termijnen", None),
    ]


def test_a_pause_whose_only_sure_button_is_gone_by_then_waits_forever(template):
    betalen = template.scene("betalen")
    betalen.layer("betalen-ideal").condition = IS_SMALL
    betalen.layer("betalen-hulp").end = 40  # the scene holds at its last frame
    assert found(template) == [("waits_forever", "betalen", "betalen-ideal")]
    betalen.layer("betalen-hulp").end = None
    assert check_story(template) == []


def test_a_decision_without_help(template):
    for scene_id in ("keuze", "betalen", "termijnen"):
        remove_layer(template, scene_id, f"{scene_id}-hulp")
    problems = check_story(template)
    assert found(template) == [
        ("unreachable", "hulp", None),
        ("waits_forever", "termijnen", "termijnen-keuze"),
        ("help_out_of_reach", "keuze", None),
        ("help_out_of_reach", "betalen", None),
        ("help_out_of_reach", "termijnen", None),
    ]
    assert problems[2].message == (
        "Scene 'Kies' asks for a choice, but help is not one step away: add a "
        "button to the chat, a call, or a help scene."
    )


def test_help_in_the_scene_itself_counts(template):
    remove_layer(template, "keuze", "keuze-hulp")
    assert found(template) == [("help_out_of_reach", "keuze", None)]
    chat = ButtonLayer(
        id="keuze-chat",
        name="Chat",
        label="hulp.chat",
        action=Action(ActionKind.OPEN_CHAT),
    )
    template.scene("keuze").layers.append(chat)
    assert check_story(template) == []


def test_conditional_help_does_not_count(template):
    template.scene("keuze").layer("keuze-hulp").condition = IS_SMALL
    assert found(template) == [("help_out_of_reach", "keuze", None)]
