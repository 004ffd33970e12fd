"""Canonical JSON: lossless round trips, stable bytes, strict reading."""

import copy
import json

import pytest

from studio.model.serialize import (
    canonical_json,
    template_from_dict,
    template_from_json,
    template_to_dict,
    template_to_json,
)
from studio.problems import InvalidError


def test_a_template_survives_the_round_trip_unchanged(full_template):
    again = template_from_json(template_to_json(full_template))
    assert again == full_template


def test_the_json_is_canonical_and_stable(full_template):
    text = template_to_json(full_template)
    assert text == template_to_json(template_from_json(text))
    assert text == canonical_json(json.loads(text))
    assert text.endswith("\n")
    keys = list(json.loads(text))
    assert keys == sorted(keys)


def test_non_ascii_text_is_written_as_itself(full_template):
    full_template.strings["hello"].source = "مرحبا {first_name}"
    assert "مرحبا" in template_to_json(full_template)


def test_keyframes_and_easings_are_written_readably(full_template):
    position = template_to_dict(full_template)["scenes"][0]["layers"][0]["transform"][
        "position"
    ]
    assert position["keyframes"][0] == {
        "frame": 0,
        "value": [0.0, 0.0],
        "easing": "ease-out",
    }
    assert position["keyframes"][1]["easing"] == {"bezier": [0.2, -0.4, 0.6, 1.4]}


def test_a_constant_property_is_written_as_its_value(full_template):
    transform = template_to_dict(full_template)["scenes"][0]["layers"][1]["transform"]
    assert transform["opacity"] == 1.0
    assert transform["size"] == [100.0, 100.0]


def edited(template, change):
    data = copy.deepcopy(template_to_dict(template))
    change(data)
    return data


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda d: d["scenes"][0]["layers"][0].update(font_size="big"),
            "scene 'Groet' > layer 'Titel' > font_size: expected a number, "
            "found the text 'big'",
        ),
        (
            lambda d: d["scenes"][0]["layers"][0].update(colour="#FFFFFF"),
            "scene 'Groet' > layer 'Titel' > colour: is not a known property here",
        ),
        (
            lambda d: d["scenes"][0]["layers"][0].update(kind="sticker"),
            "scene 'Groet' > layers[0] > kind: 'sticker' is not one of: text, image, "
            "shape, button, video, audio, plan_picker",
        ),
        (
            lambda d: d["scenes"][1].pop("duration"),
            "scene 'Kies' > duration: is missing",
        ),
        (
            lambda d: d["scenes"][0]["layers"][0]["transform"]["position"]["keyframes"][
                0
            ].update(easing="bounce"),
            "scene 'Groet' > layer 'Titel' > transform > position > keyframes[0] > "
            "easing: 'bounce' is not an easing; use one of: linear, ease-in, "
            "ease-out, ease-in-out, hold, or a bezier",
        ),
        (
            lambda d: d["scenes"][0]["layers"][0]["transform"].update(size=[1, 2, 3]),
            "scene 'Groet' > layer 'Titel' > transform > size: expected two numbers "
            "[x, y]",
        ),
        (
            lambda d: d["scenes"][0]["layers"][0]["transform"]["rotation"][
                "keyframes"
            ].append({"frame": 0, "value": 1}),
            "scene 'Groet' > layer 'Titel' > transform > rotation: two keyframes at "
            "frame 0",
        ),
        (
            lambda d: d.update(version=7),
            "template > version: 7 is newer than this studio reads (up to 1)",
        ),
        (
            lambda d: d["strings"]["pay"]["translations"]["en"].update(state="done"),
            "string 'pay' > en > state: 'done' is not one of: initial, translated, "
            "reviewed, final",
        ),
        (
            lambda d: d["canvas"].update(width=True),
            "template > canvas > width: expected an integer, found true/false",
        ),
    ],
)
def test_reading_names_the_place_and_what_is_wrong(full_template, change, message):
    with pytest.raises(InvalidError) as caught:
        template_from_dict(edited(full_template, change))
    assert str(caught.value) == message


def test_text_that_is_not_json_names_line_and_column():
    with pytest.raises(InvalidError) as caught:
        template_from_json('{\n  "format": ,\n}')
    assert str(caught.value).startswith("line 2, column 13: not JSON:")
