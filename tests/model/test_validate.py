"""The template checks itself; each message names the thing, the value, the rule."""

import pytest

from studio.model.keyframes import Keyframe
from studio.model.layers import Action, ActionKind, ShapeKind
from studio.model.template import TransitionKind, Translation
from studio.model.validate import errors, validate
from studio.problems import Level


def messages(template):
    return [str(p) for p in validate(template) if p.level is Level.ERROR]


def test_the_full_template_is_valid(full_template):
    assert messages(full_template) == []


def test_a_missing_translation_is_a_warning_not_an_error(full_template):
    del full_template.strings["pay"].translations["en"]
    warnings = [str(p) for p in validate(full_template) if p.level is Level.WARNING]
    assert warnings == ["string 'pay': no en translation yet"]
    assert errors(full_template) == []


def title(template):
    return template.scenes[0].layers[0]


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            lambda t: setattr(t, "width", 1281),
            "template > canvas width: 1281 px is not allowed: use an even number from "
            "16 to 7680",
        ),
        (
            lambda t: setattr(t, "fps", 29),
            "template > fps: 29 is not allowed: use 24, 25, 30, 50, 60",
        ),
        (
            lambda t: setattr(t, "source_language", "de"),
            "template > source_language: 'de' is not one of the template's languages",
        ),
        (
            lambda t: setattr(title(t), "font", "Comic Sans MS"),
            "scene 'Groet' > layer 'Titel': font 'Comic Sans MS' is not bundled; "
            "bundled are Noto Sans, Noto Sans Arabic",
        ),
        (
            lambda t: setattr(title(t), "weight", 450),
            "scene 'Groet' > layer 'Titel': weight 450 is not 100, 200 ... 900",
        ),
        (
            lambda t: setattr(title(t), "color", "blue"),
            "scene 'Groet' > layer 'Titel': colour 'blue' is not #RRGGBB or #RRGGBBAA",
        ),
        (
            lambda t: setattr(title(t), "text", "nope"),
            "scene 'Groet' > layer 'Titel': text string 'nope' does not exist",
        ),
        (
            lambda t: setattr(title(t), "end", 500),
            "scene 'Groet' > layer 'Titel': in point 0 and out point 500 must satisfy "
            "0 <= in < out <= 100 (the scene's length)",
        ),
        (
            lambda t: title(t).transform.opacity.set_keyframe(Keyframe(5, 1.5)),
            "scene 'Groet' > layer 'Titel' > opacity: 1.5 is outside 0 to 1",
        ),
        (
            lambda t: title(t).transform.opacity.set_keyframe(Keyframe(140, 1.0)),
            "scene 'Groet' > layer 'Titel' > opacity: keyframe at frame 140 lies "
            "outside the scene (0 to 100)",
        ),
        (
            lambda t: setattr(t.scenes[0], "next_scene", "ending"),
            "scene 'Groet': next scene 'ending' does not exist",
        ),
        (
            lambda t: setattr(t.scenes[0], "duration", 0),
            "scene 'Groet': duration 0 frames is outside 1 to 18000 frames",
        ),
        (
            lambda t: setattr(t.scenes[1].transition, "duration", 90),
            "scene 'Kies' > transition: 90 frames is outside 1 to 75 frames (no longer "
            "than this scene or the one before)",
        ),
        (
            lambda t: setattr(t.scenes[0].transition, "kind", TransitionKind.CROSSFADE),
            "scene 'Groet' > transition: the first scene has nothing to crossfade from",
        ),
        (
            lambda t: setattr(
                t.scenes[1].layers[0],
                "action",
                Action(ActionKind.GO_TO_SCENE, "nowhere"),
            ),
            "scene 'Kies' > layer 'Betalen' > action: scene 'nowhere' does not exist",
        ),
        (
            lambda t: setattr(
                t.scenes[1].layers[1], "action", Action(ActionKind.CHOOSE_PLAN, terms=4)
            ),
            "scene 'Kies' > layer 'Termijnen' > action: 4 terms is not offered; "
            "offered: 2, 3, 6",
        ),
        (
            lambda t: setattr(
                t.scenes[1].layers[3],
                "action",
                Action(ActionKind.OPEN_LINK, "javascript:alert(1)"),
            ),
            "scene 'Kies' > layer 'Link' > action: the link 'javascript:alert(1)' "
            "must start with https://",
        ),
        (
            lambda t: setattr(
                t.scenes[1].layers[4], "action", Action(ActionKind.CALL, "{first_name}")
            ),
            "scene 'Kies' > layer 'Bel' > action: {first_name} is not a phone field",
        ),
        (
            lambda t: setattr(t.scenes[0].layers[1], "asset", "voice_nl"),
            "scene 'Groet' > layer 'Logo': asset 'voice_nl' is audio/wav; expected "
            "image/jpeg, image/png, image/svg+xml",
        ),
        (
            lambda t: setattr(t.scenes[0].layers[3], "stroke", None),
            "scene 'Groet' > layer 'Lijn': a line needs a stroke colour",
        ),
        (
            lambda t: setattr(t.scenes[0].layers[5], "language", "fr"),
            "scene 'Groet' > layer 'Stem': language 'fr' is not in the template",
        ),
        (
            lambda t: setattr(t.strings["hello"], "source", "Hallo {voornaam}"),
            "string 'hello': {voornaam} is not a field of this template",
        ),
        (
            lambda t: setattr(t.strings["hello"], "source", "Hallo {first_name"),
            "string 'hello': a single '{' at position 6; "
            "write '{{' for a literal brace",
        ),
        (
            lambda t: t.strings["caption"].translations.update(
                en=Translation("It is open.")
            ),
            "string 'caption' > en: placeholders differ from the source: missing "
            "{amount_due}",
        ),
        (
            lambda t: setattr(t.settings, "row_id_field", "klant"),
            "template > settings > row_id_field: no field 'klant'",
        ),
        (
            lambda t: setattr(t.settings, "amount_field", "first_name"),
            "template > settings > amount_field: 'first_name' is not a money field",
        ),
        (
            lambda t: setattr(t.scenes[1].layers[0], "id", "title"),
            "scene 'Kies' > layer 'Betalen': id 'title' is not unique or not a "
            "plain name",
        ),
        (lambda t: setattr(t.scenes[1], "condition", {"log": "x"}), None),
    ],
)
def test_each_problem_names_the_thing_the_value_and_the_rule(
    full_template, change, expected
):
    change(full_template)
    found = messages(full_template)
    if expected is None:
        assert found and found[0].startswith("scene 'Kies' > condition: ")
    else:
        assert expected in found, found


def test_validation_reports_every_problem_at_once(full_template):
    title(full_template).font = "Arial"
    full_template.fps = 12
    full_template.scenes[0].layers[2].shape = ShapeKind.LINE
    full_template.scenes[0].layers[2].stroke = None
    assert len(messages(full_template)) == 3
