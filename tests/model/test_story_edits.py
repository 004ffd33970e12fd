"""Scenes added, taken out and reordered, and texts added and taken out: each
edit applied, undone to the exact JSON it started from, and refused with a
message that says why, changing nothing."""

import pytest

from studio.model.edits import (
    AddScene,
    AddString,
    Batch,
    EditError,
    MoveScene,
    RemoveScene,
    RemoveString,
    apply_edit,
)
from studio.model.layers import ShapeLayer, TextLayer
from studio.model.serialize import template_to_json
from studio.model.story_edits import scene_uses, unused_id
from studio.model.template import Scene, TranslatableString, Translation


def scene_ids(template):
    return [scene.id for scene in template.scenes]


def test_a_new_scene_goes_where_it_is_asked_and_undo_takes_it_out(full_template):
    before = template_to_json(full_template)
    scene = Scene("middle", "Midden", 50, layers=[ShapeLayer(id="m-bar", name="Bar")])

    undo = apply_edit(full_template, AddScene(scene, 1, "Add scene"))

    assert scene_ids(full_template) == ["intro", "middle", "choice"]
    assert isinstance(undo, RemoveScene) and undo.allow_in_use
    assert undo.label == "Add scene"
    apply_edit(full_template, undo)
    assert template_to_json(full_template) == before


def test_a_new_scene_without_a_place_goes_last_as_a_copy(full_template):
    scene = Scene("last", "Laatste", 25)
    apply_edit(full_template, AddScene(scene))

    assert scene_ids(full_template) == ["intro", "choice", "last"]
    scene.name = "changed afterwards"
    assert full_template.scene("last").name == "Laatste"


@pytest.mark.parametrize(
    "scene, index, message",
    [
        (Scene("two words", "x", 10), None, "'two words' is not a plain name"),
        (Scene("intro", "x", 10), None, "there is already a scene 'intro'"),
        (
            Scene("new", "x", 10, layers=[TextLayer(id="title", name="T", text="x")]),
            None,
            "layer id 'title' is already used in another scene",
        ),
        (Scene("new", "x", 10), 3, "position 3 is outside 0 to 2"),
        (Scene("new", "x", 10), -1, "position -1 is outside 0 to 2"),
    ],
)
def test_a_scene_that_does_not_fit_is_refused(full_template, scene, index, message):
    before = template_to_json(full_template)
    with pytest.raises(EditError, match=message):
        apply_edit(full_template, AddScene(scene, index))
    assert template_to_json(full_template) == before


def test_deleting_a_scene_and_undoing_puts_it_back_where_it_was(full_template):
    apply_edit(full_template, AddScene(Scene("spare", "Reserve", 20), 1))
    before = template_to_json(full_template)

    undo = apply_edit(full_template, RemoveScene("spare", label="Delete scene"))

    assert scene_ids(full_template) == ["intro", "choice"]
    assert undo == AddScene(undo.scene, 1, "Delete scene")
    apply_edit(full_template, undo)
    assert template_to_json(full_template) == before


def test_what_leads_to_a_scene_is_said_in_the_designers_words(full_template):
    assert scene_uses(full_template, "choice") == ["scene 'Groet', which goes on to it"]
    assert scene_uses(full_template, "intro") == ["button 'Terug' in scene 'Kies'"]

    full_template.settings.thumbnail_scene = "intro"
    assert scene_uses(full_template, "intro")[-1] == "the email thumbnail"


@pytest.mark.parametrize(
    "edit, message",
    [
        (RemoveScene("nowhere"), "there is no scene 'nowhere'"),
        (
            RemoveScene("choice"),
            "scene 'Kies' is still used by scene 'Groet', which goes on to it",
        ),
        (
            RemoveScene("intro"),
            "scene 'Groet' is still used by button 'Terug' in scene 'Kies'",
        ),
    ],
)
def test_deleting_a_scene_something_leads_to_is_refused(full_template, edit, message):
    before = template_to_json(full_template)
    with pytest.raises(EditError, match=message):
        apply_edit(full_template, edit)
    assert template_to_json(full_template) == before


def test_a_scene_in_use_is_deleted_when_allowed_and_undo_restores_every_use(
    full_template,
):
    before = template_to_json(full_template)

    undo = apply_edit(full_template, RemoveScene("intro", allow_in_use=True))

    assert scene_ids(full_template) == ["choice"]
    back = full_template.scene("choice").layer("back")
    assert back.action.target == "intro"  # leads nowhere now, for the checks to say
    apply_edit(full_template, undo)
    assert template_to_json(full_template) == before


def test_the_only_scene_cannot_be_deleted(full_template):
    apply_edit(full_template, RemoveScene("intro", allow_in_use=True))
    before = template_to_json(full_template)
    with pytest.raises(EditError, match="the only scene cannot be deleted"):
        apply_edit(full_template, RemoveScene("choice", allow_in_use=True))
    assert template_to_json(full_template) == before


def test_moving_a_scene_and_undoing_walks_the_order_back(full_template):
    apply_edit(full_template, AddScene(Scene("third", "Derde", 20)))
    states = [template_to_json(full_template)]
    undos = []
    for edit in (MoveScene("third", 0), MoveScene("intro", 2), MoveScene("choice", 1)):
        undos.append(apply_edit(full_template, edit))
        states.append(template_to_json(full_template))

    assert scene_ids(full_template) == ["third", "choice", "intro"]
    for undo, state in zip(reversed(undos), reversed(states[:-1]), strict=True):
        apply_edit(full_template, undo)
        assert template_to_json(full_template) == state


@pytest.mark.parametrize(
    "edit, message",
    [
        (MoveScene("nowhere", 0), "there is no scene 'nowhere'"),
        (MoveScene("intro", 2), "position 2 is outside 0 to 1"),
        (MoveScene("intro", -1), "position -1 is outside 0 to 1"),
    ],
)
def test_a_move_outside_the_order_is_refused(full_template, edit, message):
    before = template_to_json(full_template)
    with pytest.raises(EditError, match=message):
        apply_edit(full_template, edit)
    assert template_to_json(full_template) == before


def test_a_new_text_is_added_as_a_copy_and_undo_takes_it_out(full_template):
    before = template_to_json(full_template)
    string = TranslatableString("intro.more", "Meer", {"en": Translation("More")})

    undo = apply_edit(full_template, AddString(string, "Add text"))

    assert full_template.strings["intro.more"].text_for("en", "nl") == "More"
    assert undo == RemoveString("intro.more", "Add text")
    string.source = "changed afterwards"
    assert full_template.strings["intro.more"].source == "Meer"
    apply_edit(full_template, undo)
    assert template_to_json(full_template) == before


@pytest.mark.parametrize(
    "key, message",
    [
        ("two words", "'two words' is not a plain key for a text"),
        ("", "'' is not a plain key for a text"),
        ("hello", "there is already a text 'hello'"),
    ],
)
def test_a_text_under_a_key_that_does_not_fit_is_refused(full_template, key, message):
    before = template_to_json(full_template)
    with pytest.raises(EditError, match=message):
        apply_edit(full_template, AddString(TranslatableString(key, "x")))
    assert template_to_json(full_template) == before


def test_deleting_an_unused_text_and_undoing_restores_its_translations(full_template):
    full_template.strings["spare"] = TranslatableString(
        "spare", "Reserve", {"en": Translation("Spare")}, note="for later"
    )
    before = template_to_json(full_template)

    undo = apply_edit(full_template, RemoveString("spare"))

    assert "spare" not in full_template.strings
    apply_edit(full_template, undo)
    assert template_to_json(full_template) == before


@pytest.mark.parametrize(
    "key, message",
    [
        ("nothing", "there is no text 'nothing'"),
        ("caption", "text 'caption' is the caption of 'Groet'"),
        ("hello", "text 'hello' is used by layer 'Titel'"),
        ("plan", "text 'plan' is used by layer 'Termijnen'"),
    ],
)
def test_deleting_a_text_in_use_is_refused(full_template, key, message):
    before = template_to_json(full_template)
    with pytest.raises(EditError, match=message):
        apply_edit(full_template, RemoveString(key))
    assert template_to_json(full_template) == before


def test_a_batch_that_fails_half_way_leaves_no_scene_and_no_text(full_template):
    before = template_to_json(full_template)
    edit = Batch(
        (
            AddString(TranslatableString("spare", "Reserve")),
            AddScene(Scene("spare", "Reserve", 20)),
            AddScene(Scene("spare", "Again", 20)),
        )
    )
    with pytest.raises(EditError, match="there is already a scene 'spare'"):
        apply_edit(full_template, edit)
    assert template_to_json(full_template) == before


def test_an_unused_id_numbers_the_stem_from_two():
    assert unused_id(set(), "keuze") == "keuze"
    assert unused_id({"keuze"}, "keuze") == "keuze-2"
    assert unused_id({"keuze", "keuze-2", "keuze-3"}, "keuze") == "keuze-4"
