"""New layers and scenes as the studio adds them: sensible defaults with texts of
their own, copies that share nothing with the original, each one edit that
undoes to the exact JSON it started from."""

import pytest

from studio.model.edits import (
    AddLayer,
    AddScene,
    AddString,
    EditError,
    apply_edit,
)
from studio.model.layers import (
    ActionKind,
    ButtonLayer,
    LayerKind,
    PlanPickerLayer,
    ShapeLayer,
    TextLayer,
)
from studio.model.new_layers import ADDABLE_KINDS, first_words, new_layer_edit
from studio.model.new_scenes import delete_scene_edit, new_scene_edit, scene_copy_edit
from studio.model.serialize import template_to_json
from studio.model.validate import errors, validate
from studio.project import Project
from studio.resources import SAMPLE_PROJECT


@pytest.fixture
def sample():
    project = Project.open(SAMPLE_PROJECT)
    yield project.template
    project.close()


def problems_of(template, name):
    return [p.message for p in validate(template) if p.where.endswith(f"'{name}'")]


@pytest.mark.parametrize("kind", ADDABLE_KINDS)
def test_a_new_layer_lies_centred_on_top_and_one_undo_takes_it_away(sample, kind):
    before = template_to_json(sample)

    edit, layer_id = new_layer_edit(sample, "bedrag", kind, "Nieuw", "Add layer")
    undo = apply_edit(sample, edit)

    layer = sample.scene("bedrag").layers[-1]
    assert (layer.id, layer.kind, layer.name) == (layer_id, kind, "Nieuw")
    assert layer.transform.position.value == (960.0, 540.0)
    assert layer.transform.anchor.value == (0.5, 0.5)
    assert all(isinstance(part, AddString | AddLayer) for part in edit.edits)
    assert not errors(sample)
    apply_edit(sample, undo)
    assert template_to_json(sample) == before


def test_a_new_text_has_source_words_only_under_a_key_of_its_own(sample):
    edit, first = new_layer_edit(sample, "keuze", LayerKind.TEXT, "Tekst", "Add")
    apply_edit(sample, edit)
    edit, second = new_layer_edit(sample, "keuze", LayerKind.TEXT, "Tekst", "Add")
    apply_edit(sample, edit)

    layers = sample.scene("keuze").layers
    assert (first, second) == ("keuze-text", "keuze-text-2")
    keys = [layer.text for layer in layers[-2:]]
    assert keys == ["keuze.text", "keuze.text-2"]
    string = sample.strings["keuze.text-2"]
    assert (string.source, string.translations) == ("Nieuwe tekst", {})


def test_the_first_words_follow_the_source_language(sample):
    sample.source_language = "en"
    sample.languages = ["en", "nl"]
    edit, _ = new_layer_edit(sample, "keuze", LayerKind.BUTTON, "Button", "Add")
    apply_edit(sample, edit)

    assert sample.strings["keuze.button"].source == "New button"
    assert first_words(LayerKind.TEXT, "tr") == "New text"


def test_a_new_button_goes_where_its_scene_goes_on_to(sample):
    edit, layer_id = new_layer_edit(sample, "bedrag", LayerKind.BUTTON, "B", "Add")
    apply_edit(sample, edit)

    button = sample.scene("bedrag").layer(layer_id)
    assert isinstance(button, ButtonLayer)
    assert (button.action.kind, button.action.target) == (
        ActionKind.GO_TO_SCENE,
        "uitleg",
    )
    assert problems_of(sample, "B") == []


def test_a_new_button_in_a_decision_goes_nowhere_and_the_checks_say_so(sample):
    edit, layer_id = new_layer_edit(sample, "keuze", LayerKind.BUTTON, "B", "Add")
    apply_edit(sample, edit)

    assert sample.scene("keuze").layer(layer_id).action.target is None
    messages = [p.message for p in errors(sample)]
    assert messages == ["goes to no scene; choose the scene it leads to"]


def test_a_new_plan_picker_takes_the_plan_placeholders_and_goes_on(sample):
    edit, layer_id = new_layer_edit(
        sample, "bedrag", LayerKind.PLAN_PICKER, "Plan", "Add"
    )
    apply_edit(sample, edit)

    picker = sample.scene("bedrag").layer(layer_id)
    assert isinstance(picker, PlanPickerLayer) and picker.then == "uitleg"
    source = sample.strings[picker.label].source
    assert all("{" + name + "}" in source for name in ("terms", "term_amount"))
    assert problems_of(sample, "Plan") == []


def test_a_shape_and_a_text_on_a_small_canvas_are_scaled_to_it(sample):
    sample.width, sample.height = 960, 540
    edit, layer_id = new_layer_edit(sample, "bedrag", LayerKind.SHAPE, "S", "Add")
    apply_edit(sample, edit)

    shape = sample.scene("bedrag").layer(layer_id)
    assert isinstance(shape, ShapeLayer) and shape.fill
    assert shape.transform.position.value == (480.0, 270.0)
    assert shape.transform.size.value == (240.0, 140.0)


def test_media_are_not_added_as_empty_layers(sample):
    with pytest.raises(ValueError, match="added by importing media"):
        new_layer_edit(sample, "bedrag", LayerKind.IMAGE, "I", "Add")


def test_a_new_scene_is_five_white_seconds_after_the_one_shown(sample):
    before = template_to_json(sample)

    edit = new_scene_edit(sample, "keuze", "Scène 9", "New scene")
    undo = apply_edit(sample, edit)

    ids = [scene.id for scene in sample.scenes]
    assert ids.index("scene-9") == ids.index("keuze") + 1
    scene = sample.scene("scene-9")
    assert (scene.name, scene.duration, scene.background) == ("Scène 9", 125, "#FFFFFF")
    assert scene.layers == [] and scene.next_scene is None
    apply_edit(sample, undo)
    assert template_to_json(sample) == before
    assert new_scene_edit(sample, None, "Laatste", "New").index == len(sample.scenes)


def test_a_copy_of_a_scene_has_new_ids_and_texts_of_its_own(sample):
    before = template_to_json(sample)

    edit, copy_id = scene_copy_edit(sample, "keuze", "Kies (kopie)", "Duplicate")
    undo = apply_edit(sample, edit)

    original, copy = sample.scene("keuze"), sample.scene(copy_id)
    assert copy_id == "keuze-2" and copy.name == "Kies (kopie)"
    assert [scene.id for scene in sample.scenes].index(copy_id) == 4
    assert [layer.id for layer in copy.layers][:2] == [
        "keuze-2-titel",
        "keuze-2-betalen",
    ]
    assert isinstance(copy.layers[0], TextLayer)
    assert copy.layers[0].text == "keuze-2.titel"
    assert copy.caption == "caption.keuze-2"
    copied = sample.strings["keuze-2.betalen"]
    assert copied.translations == sample.strings["keuze.betalen"].translations
    assert (
        copy.layer("keuze-2-betalen").action == original.layer("keuze-betalen").action
    )
    assert not errors(sample)
    apply_edit(sample, undo)
    assert template_to_json(sample) == before


def test_changing_a_copy_never_changes_the_original(sample):
    edit, copy_id = scene_copy_edit(sample, "termijnen", "Kopie", "Duplicate")
    apply_edit(sample, edit)
    original_json = template_to_json(sample)
    copy = sample.scene(copy_id)

    picker = copy.layer("termijnen-2-keuze")
    picker.name = "changed"
    picker.transform.size.value = (1.0, 1.0)
    picker.transform.position.keyframes.clear()
    sample.strings[picker.label].source = "changed"
    sample.strings[copy.layer("termijnen-2-brand").text].source = "changed"
    copy.caption = None

    original = sample.scene("termijnen").layer("termijnen-keuze")
    assert original.name == "Termijnkeuze"
    assert original.transform.size.value == (1100.0, 330.0)
    assert original.transform.position.keyframes[0].value == (160.0, 590.0)
    assert sample.strings["termijnen.optie"].source.startswith("In {terms} keer")
    assert sample.strings["brand"].source != "changed"
    assert sample.scene("termijnen").caption == "caption.termijnen"
    assert template_to_json(sample) != original_json


def test_a_shared_text_is_copied_once_for_the_whole_scene(sample):
    edit, copy_id = scene_copy_edit(sample, "hulp", "Hulp 2", "Duplicate")
    apply_edit(sample, edit)

    added = [part.string.key for part in edit.edits if isinstance(part, AddString)]
    assert len(added) == len(set(added))
    assert sample.scene(copy_id).layer("hulp-2-brand").text == "brand-2"
    assert isinstance(edit.edits[-1], AddScene)


def test_deleting_a_scene_takes_the_texts_only_it_showed(sample):
    before = template_to_json(sample)

    undo = apply_edit(
        sample, delete_scene_edit(sample, "hulp", "Delete scene", allow_in_use=True)
    )

    assert "hulp.titel" not in sample.strings and "caption.hulp" not in sample.strings
    assert "brand" in sample.strings  # other scenes show it too
    apply_edit(sample, undo)
    assert template_to_json(sample) == before


def test_deleting_a_scene_in_use_needs_leave(sample):
    with pytest.raises(EditError, match="scene 'Hulp' is still used by button"):
        apply_edit(sample, delete_scene_edit(sample, "hulp", "Delete scene"))
