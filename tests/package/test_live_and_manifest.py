"""Which layers are live, how the manifest describes them, and its schemas."""

import copy
import json

import pytest
from jsonschema import Draft202012Validator
from package_helpers import sample_template, small_package

from studio.model.serialize import template_from_dict, template_to_dict
from studio.package.live import (
    BUTTON_LINE_HEIGHT,
    BUTTON_MAX_LINES,
    BUTTON_PADDING,
    BUTTON_SMALLEST_SIZE,
    bake_problems,
    is_live,
    live_ids,
    package_fonts,
)
from studio.package.manifest import data_schema, template_id, template_version
from studio.package.verify import check_package, schema


def template_copy():
    return template_from_dict(copy.deepcopy(template_to_dict(sample_template())))


@pytest.fixture(scope="module")
def manifest(tmp_path_factory, studio_key):
    package = small_package(tmp_path_factory.mktemp("small"), studio_key.private)
    return check_package(package, [studio_key.public]).package.manifest


def test_live_layers_of_the_sample():
    template = sample_template()
    assert live_ids(template, template.scene("welkom")) == {"welkom-groet"}
    assert live_ids(template, template.scene("bedrag")) == {
        "bedrag-bedrag",
        "bedrag-factuur",
        "bedrag-datum",
        "bedrag-groot",  # no field, but a condition
    }
    assert live_ids(template, template.scene("keuze")) == {
        "keuze-betalen",
        "keuze-termijnen",
        "keuze-hulp",
    }
    assert "termijnen-keuze" in live_ids(template, template.scene("termijnen"))


def test_a_field_in_a_translation_alone_makes_a_text_live():
    template = template_copy()
    layer = template.scene("welkom").layer("welkom-uitleg")
    assert not is_live(template, layer)
    template.strings[layer.text].translations["en"].text = "Dear {first_name}"
    assert is_live(template, layer)


def test_a_conditional_image_cannot_be_baked():
    template = template_copy()
    template.scene("bedrag").layer("bedrag-brief").condition = {
        ">=": [{"var": "amount_due"}, 100]
    }
    [problem] = bake_problems(template)
    assert "scene 'Het bedrag'" in problem
    assert "image layer" in problem
    assert "'" + template.scene("bedrag").layer("bedrag-brief").name + "'" in problem


def test_the_button_label_is_set_as_the_renderer_sets_it():
    from studio.render import text

    assert (
        BUTTON_PADDING,
        BUTTON_LINE_HEIGHT,
        BUTTON_MAX_LINES,
        BUTTON_SMALLEST_SIZE,
    ) == (
        text.BUTTON_PADDING,
        text.BUTTON_LINE_HEIGHT,
        text.BUTTON_MAX_LINES,
        text.BUTTON_SMALLEST_SIZE,
    )


def test_the_live_layers_in_the_manifest(manifest):
    scenes = {scene["id"]: scene for scene in manifest["scenes"]}
    keuze = {layer["id"]: layer for layer in scenes["keuze"]["live"]}
    button = keuze["keuze-hulp"]
    assert button["kind"] == "button"
    assert button["action"] == {
        "kind": "go_to_scene",
        "target": "hulp",
        "terms": None,
        "then": None,
    }
    assert button["pause"] is True and button["padding"] == BUTTON_PADDING
    assert button["z"] == sample_template().scene("keuze").layers.index(
        sample_template().scene("keuze").layer("keuze-hulp")
    )
    picker = next(
        layer for layer in scenes["termijnen"]["live"] if layer["kind"] == "plan_picker"
    )
    layer = sample_template().scene("termijnen").layer("termijnen-keuze")
    assert picker["max_row"] == pytest.approx(2.8 * layer.font_size)
    assert picker["label"] == "termijnen.optie"
    groet = scenes["welkom"]["live"][0]
    assert groet["text"] == "welkom.groet"
    assert groet["style"]["font"] == "Noto Sans"
    assert manifest["strings"]["welkom.groet"]["nl"] == "Hallo {first_name},"


def test_the_manifest_holds_no_sample_row(manifest):
    text = json.dumps(manifest, ensure_ascii=False)
    for value in ("Sanne", "Yılmaz", "K-1001", "F2026-0001", "voorbeeld.nl"):
        assert value not in text


def test_the_actions_allowlist(manifest):
    actions = manifest["actions"]
    assert actions["calls"] == ["+31201234567"]
    assert actions["links"] == ["https://www.geldfit.nl"]
    assert actions["payment_link"].startswith("https://betalen.helder-energie.example/")


def test_fonts_come_with_their_fallbacks_in_order():
    families = [(f.family, f.weight) for f in package_fonts(sample_template())]
    assert families == [
        ("Noto Sans", 400),
        ("Noto Sans", 700),
        ("Noto Sans Arabic", 400),
        ("Noto Sans Arabic", 700),
    ]


def test_the_template_id_and_version():
    template = template_copy()
    assert template_id(template) == "betalingsherinnering"
    version = template_version(template)
    template.name = "Één herinnering, 2e versie!"
    assert template_id(template) == "een-herinnering-2e-versie"
    assert template_version(template) != version


def test_the_data_schema_takes_a_dossier_and_refuses_others():
    validator = Draft202012Validator(data_schema(sample_template().fields))
    dossier = {
        "customer_id": "K-1",
        "first_name": "A",
        "last_name": "B",
        "amount_due": "1234.56",
        "due_date": "2027-01-20",
        "invoice_number": "F-1",
    }
    assert list(validator.iter_errors(dossier)) == []
    for change in (
        {"amount_due": "1.234,56"},
        {"amount_due": 12.5},
        {"amount_due": "-5.00"},
        {"due_date": "20-01-2027"},
        {"language": "fr"},
        {"surprise": "x"},
        {"first_name": "x" * 51},
    ):
        assert list(validator.iter_errors({**dossier, **change})), change
    missing = dict(dossier)
    del missing["amount_due"]
    assert list(validator.iter_errors(missing))


def test_the_schemas_are_valid_json_schemas():
    for name in ("manifest.schema.json", "payload.schema.json"):
        Draft202012Validator.check_schema(schema(name))


def test_the_payload_schema_shares_the_manifest_definitions():
    manifest, payload = schema("manifest.schema.json"), schema("payload.schema.json")
    for name in ("transform", "text_style", "action", "easing", "animated_pair"):
        assert payload["$defs"][name] == manifest["$defs"][name], name


def test_a_payload_made_from_the_manifest_fits_its_schema(manifest):
    validator = Draft202012Validator(schema("payload.schema.json"))
    base = "/p/pkg/"

    def view_layer(layer):
        shown = {**layer, "shown": True}
        if layer["kind"] == "text":
            shown["text"] = "Hallo Jan,"
        else:
            shown["label"] = "Nu betalen"
        if layer["kind"] == "plan_picker":
            shown["options"] = [{"terms": 3, "label": "In 3 keer", "step": "plan:3"}]
        return shown

    payload = {
        "package": "pkg",
        "language": "nl",
        "direction": "ltr",
        "canvas": manifest["canvas"],
        "scenes": [
            {
                "id": scene["id"],
                "duration": scene["duration"],
                "next_scene": scene["next_scene"],
                "transition": scene["transition"],
                "video": base + scene["media"]["nl"]["video"],
                "poster": base + scene["media"]["nl"]["poster"],
                "captions": "/v/t/captions/x.vtt",
                "shown": True,
                "live": [view_layer(layer) for layer in scene["live"]],
            }
            for scene in manifest["scenes"]
        ],
        "entry": manifest["story"]["entry"],
        "music": {"src": base + "media/music.m4a", "volume": 0.18},
        "fonts": [
            {"family": f["family"], "src": base + f["file"], "weight": f["weight"]}
            for f in manifest["fonts"]
        ],
        "always": {"pay": "Nu betalen", "plan": "In termijnen", "help": "Hulp"},
        "events": "/v/t/events",
        "act": "/v/t/act",
    }
    assert [e.message for e in validator.iter_errors(payload)] == []
    payload["scenes"][0]["live"][0]["onclick"] = "alert(1)"
    assert list(validator.iter_errors(payload))


def test_a_scene_alone_leaves_its_live_layers_out_and_keeps_its_voice():
    from studio.render.timeline import build_scene_timeline

    template = sample_template()
    scene = template.scene("welkom")
    alone = build_scene_timeline(template, scene, "en", omit=live_ids(template, scene))
    assert alone.frame_count == scene.duration
    drawn = {
        layer.id
        for frame in (0, 80, 159)
        for m in alone.at(frame)
        for layer in alone.drawn_layers(m)
    }
    assert "welkom-groet" not in drawn and "welkom-uitleg" in drawn
    assert [layer.id for _, layer in alone.audio()] == ["welkom-stem-en"]
    assert alone.row.texts["welkom.groet"] == "Hello {first_name},"
