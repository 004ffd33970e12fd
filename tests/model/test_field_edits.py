"""Fields and scenes as edits: renames that reach every use, checked attributes,
removal that says where a field is still used, and undo back to the exact start."""

import copy
import random
from decimal import Decimal

import pytest

from studio.model.edits import (
    AddField,
    Batch,
    EditError,
    RemoveField,
    RenameField,
    SetField,
    SetLayerProperty,
    SetSceneProperty,
    apply_edit,
    field_usages,
)
from studio.model.serialize import template_to_json
from studio.model.usages import Usage, UsageKind, rename_in_condition
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.values.fields import Field, FieldKind


@pytest.fixture
def sample():
    return Project.open(SAMPLE_PROJECT).template


def applied_and_undone(template, edit):
    """Apply ``edit``, undo it, redo it; returns the state after the edit."""
    start = template_to_json(template)
    undo = apply_edit(template, edit)
    after = template_to_json(template)
    redo = apply_edit(template, undo)
    assert template_to_json(template) == start
    apply_edit(template, redo)
    assert template_to_json(template) == after
    apply_edit(template, undo)
    assert template_to_json(template) == start
    return after


EDITS = [
    AddField(Field("invoice", FieldKind.TEXT, required=False)),
    AddField(Field("fee", FieldKind.MONEY, currency="EUR"), index=0),
    RemoveField("phone", allow_in_use=True),
    RemoveField("first_name", allow_in_use=True),
    SetField("first_name", "label", "Voornaam"),
    SetField("first_name", "max_length", 30),
    SetField("first_name", "personal", False),
    SetField("phone", "fallback", "+31201234567"),
    SetField("phone", "required", True),
    SetField("phone", "description", "Where we can call back"),
    SetField("amount_due", "maximum", Decimal("25000.00")),
    SetField("amount_due", "currency", "USD"),
    SetField("first_name", "kind", FieldKind.TEXT),
    RenameField("first_name", "given_name"),
    RenameField("amount_due", "amount_open"),
    RenameField("customer_id", "row_id"),
    RenameField("phone", "phone_number"),
    SetSceneProperty("intro", "name", "Welkom"),
    SetSceneProperty("intro", "duration", 120),
    SetSceneProperty("intro", "background", "#102030"),
    SetSceneProperty("intro", "condition", {"!": [{"var": "phone"}]}),
    SetSceneProperty("choice", "condition", None),
    SetSceneProperty("choice", "next_scene", "intro"),
    SetSceneProperty("intro", "next_scene", None),
    SetSceneProperty("intro", "caption", "hello"),
    SetSceneProperty("intro", "caption", None),
]


@pytest.mark.parametrize("edit", EDITS, ids=repr)
def test_each_edit_is_undone_to_the_exact_start(full_template, edit):
    before = template_to_json(full_template)
    assert applied_and_undone(full_template, edit) != before


def test_a_rename_reaches_every_language_and_keeps_brace_escapes(full_template):
    apply_edit(full_template, RenameField("first_name", "given_name"))
    hello = full_template.strings["hello"]
    assert hello.source == "Hallo {given_name}, {{niet}} vergeten"
    assert hello.translations["en"].text == "Hello {given_name}, {{don't}} forget"
    title = full_template.scenes[0].layers[0]
    assert title.condition == {"!!": [{"var": "given_name"}]}
    assert [f.name for f in full_template.fields][1] == "given_name"


def test_a_rename_keeps_spaces_inside_braces_and_leaves_other_fields(full_template):
    full_template.strings[
        "hello"
    ].source = "{ first_name } {first_names} {{first_name}}"
    apply_edit(full_template, RenameField("first_name", "given_name"))
    assert (
        full_template.strings["hello"].source
        == "{ given_name } {first_names} {{first_name}}"
    )


def test_a_rename_follows_the_settings_and_the_button_targets(full_template):
    apply_edit(full_template, RenameField("amount_due", "amount_open"))
    apply_edit(full_template, RenameField("customer_id", "row_id"))
    apply_edit(full_template, RenameField("phone", "phone_number"))
    settings = full_template.settings
    assert (settings.row_id_field, settings.amount_field) == ("row_id", "amount_open")
    assert full_template.scenes[1].condition == {">=": [{"var": "amount_open"}, 1000]}
    assert full_template.strings["caption"].translations["en"].text == (
        "{amount_open} is open."
    )
    call = full_template.scenes[1].layer("call")
    assert call.action.target == "{phone_number}"


NESTED = {
    "and": [
        {
            "if": [
                {">=": [{"var": ["amount_due", 0]}, 5000]},
                {"missing": ["first_name", "amount_due"]},
                {"missing_some": [1, ["amount_due", "phone"]]},
            ]
        },
        {"missing": [["amount_due"]]},
        {"==": [{"var": "phone"}, "amount_due"]},
        {"in": ["amount_due", ["amount_due", {"var": "amount_due"}]]},
    ]
}


def test_a_rename_reaches_fields_deep_in_conditions_but_not_literal_text(
    full_template,
):
    apply_edit(full_template, SetLayerProperty("title", "condition", NESTED))
    start = template_to_json(full_template)
    undo = apply_edit(full_template, RenameField("amount_due", "amount_open"))
    assert full_template.scenes[0].layers[0].condition == {
        "and": [
            {
                "if": [
                    {">=": [{"var": ["amount_open", 0]}, 5000]},
                    {"missing": ["first_name", "amount_open"]},
                    {"missing_some": [1, ["amount_open", "phone"]]},
                ]
            },
            {"missing": [["amount_open"]]},
            {"==": [{"var": "phone"}, "amount_due"]},
            {"in": ["amount_due", ["amount_due", {"var": "amount_open"}]]},
        ]
    }
    apply_edit(full_template, undo)
    assert template_to_json(full_template) == start


def test_renaming_in_a_condition_leaves_the_original_untouched():
    logic = copy.deepcopy(NESTED)
    rename_in_condition(logic, "amount_due", "x")
    assert logic == NESTED


def test_a_rename_onto_a_placeholder_already_written_is_undone_exactly(
    full_template,
):
    full_template.strings["hello"].source = "Hallo {first_name} {given_name}"
    start = template_to_json(full_template)
    undo = apply_edit(full_template, RenameField("first_name", "given_name"))
    assert full_template.strings["hello"].source == "Hallo {given_name} {given_name}"
    apply_edit(full_template, undo)
    assert template_to_json(full_template) == start


@pytest.mark.parametrize(
    "edit, message",
    [
        (RenameField("first_name", "amount_due"), "there is already a field"),
        (RenameField("first_name", "First_name"), "name 'First_name' is not allowed"),
        (RenameField("first_name", "1st_name"), "use lowercase letters, digits"),
        (RenameField("first_name", "first name"), "is not allowed"),
        (RenameField("first_name", ""), "name '' is not allowed"),
        (RenameField("first_name", "first_name"), "already called 'first_name'"),
        (RenameField("nobody", "somebody"), "there is no field 'nobody'"),
    ],
)
def test_a_refused_rename_says_why_and_changes_nothing(full_template, edit, message):
    before = template_to_json(full_template)
    with pytest.raises(EditError, match=message):
        apply_edit(full_template, edit)
    assert template_to_json(full_template) == before


@pytest.mark.parametrize(
    "edit, message",
    [
        (
            SetField("first_name", "min_length", 60),
            "min_length 60 is more than max_length 50",
        ),
        (SetField("first_name", "max_length", -1), "max_length -1 is not a whole"),
        (SetField("first_name", "max_length", "5"), "max_length '5' is not a whole"),
        (
            SetField("amount_due", "maximum", Decimal("0.00")),
            "minimum 0.01 is more than maximum 0.00",
        ),
        (SetField("amount_due", "minimum", "0.01"), "minimum '0.01' is not a Decimal"),
        (SetField("amount_due", "minimum", 0.5), "minimum 0.5 is not a Decimal"),
        (
            SetField("amount_due", "maximum", Decimal("10.001")),
            r"maximum 10.001 has more decimals than EUR allows \(2\)",
        ),
        (SetField("amount_due", "currency", "EURO"), "not a 3-letter currency code"),
        (SetField("amount_due", "currency", None), "a money field needs a currency"),
        (
            SetField("phone", "fallback", "call me"),
            "fallback 'call me' is not valid",
        ),
        (SetField("phone", "fallback", "  "), "fallback '  ' is empty"),
        (
            SetField("first_name", "fallback", "Klant"),
            "is never used: the field is required",
        ),
        (SetField("amount_due", "kind", "text"), "must stay a money field"),
        (SetField("customer_id", "required", False), "must stay a required text"),
        (SetField("customer_id", "kind", "integer"), "must stay a required text"),
        (SetField("first_name", "kind", "colour"), "kind 'colour' is not one of"),
        (SetField("first_name", "kind", "money"), "a money field needs a currency"),
        (SetField("first_name", "kind", "choice"), "needs at least one choice"),
        (SetField("first_name", "name", "x"), "by renaming it"),
        (SetField("first_name", "colour", "x"), "a field has no attribute 'colour'"),
        (SetField("first_name", "label", 5), "label takes text, not 5"),
        (SetField("first_name", "required", "yes"), "required takes true or false"),
        (SetField("first_name", "choices", "a,b"), "choices takes a list of texts"),
        (SetField("first_name", "choices", ["a", 1]), "choices takes a list of texts"),
        (SetField("nobody", "label", "x"), "there is no field 'nobody'"),
        (AddField(Field("first_name", FieldKind.TEXT)), "already a field"),
        (AddField(Field("Fee", FieldKind.TEXT)), "name 'Fee' is not allowed"),
        (AddField(Field("fee", FieldKind.MONEY)), "needs a currency"),
        (AddField(Field("fee", FieldKind.TEXT), index=9), "no place 9 for a field"),
        (AddField("fee"), "'fee' is not a field"),
        (RemoveField("nobody"), "there is no field 'nobody'"),
    ],
)
def test_a_refused_field_edit_says_why_and_changes_nothing(
    full_template, edit, message
):
    before = template_to_json(full_template)
    with pytest.raises(EditError, match=message):
        apply_edit(full_template, edit)
    assert template_to_json(full_template) == before


def test_choices_and_a_choice_fallback_are_checked(sample):
    before = template_to_json(sample)
    with pytest.raises(EditError, match="choice 'NL' appears twice"):
        apply_edit(sample, SetField("language", "choices", ("nl", "NL")))
    with pytest.raises(EditError, match="fallback 'de' is not valid"):
        apply_edit(sample, SetField("language", "fallback", "de"))
    assert template_to_json(sample) == before
    applied_and_undone(sample, SetField("language", "choices", ["nl", "en", "de"]))


def test_changing_the_kind_drops_what_the_new_kind_cannot_use(full_template):
    fee = Field(
        "fee",
        FieldKind.MONEY,
        required=False,
        currency="EUR",
        minimum=Decimal("1.00"),
        maximum=Decimal("50.50"),
        fallback="2,50",
    )
    apply_edit(full_template, AddField(fee))
    start = template_to_json(full_template)
    undo = apply_edit(full_template, SetField("fee", "kind", FieldKind.INTEGER))
    changed = full_template.field("fee")
    assert (changed.currency, changed.minimum, changed.maximum) == (None, 1, None)
    assert changed.fallback is None  # 2,50 is no whole number
    apply_edit(full_template, undo)
    assert template_to_json(full_template) == start
    assert full_template.field("fee").maximum == Decimal("50.50")


def test_a_field_becomes_money_when_its_currency_comes_first(full_template):
    step = Batch(
        (
            SetField("customer_id", "label", "Klant"),
            SetField("phone", "currency", "EUR"),
            SetField("phone", "kind", FieldKind.MONEY),
        ),
        "Make money",
    )
    applied_and_undone(full_template, step)
    apply_edit(full_template, step)
    assert full_template.field("phone").kind is FieldKind.MONEY


def test_an_edit_passes_a_problem_the_field_already_had_and_undo_keeps_it(
    full_template,
):
    full_template.fields[0].min_length = 30  # more than its max_length of 20
    applied_and_undone(full_template, SetField("customer_id", "label", "Nummer"))
    assert full_template.fields[0].min_length == 30


def test_a_field_in_use_is_only_removed_when_that_is_allowed(full_template):
    before = template_to_json(full_template)
    with pytest.raises(EditError) as refused:
        apply_edit(full_template, RemoveField("first_name"))
    assert str(refused.value) == (
        "field 'first_name' is still used by text 'hello' (nl); text 'hello' (en); "
        "the condition of layer 'Titel' in scene 'Groet'"
    )
    assert template_to_json(full_template) == before
    undo = apply_edit(full_template, RemoveField("first_name", allow_in_use=True))
    assert "first_name" not in [f.name for f in full_template.fields]
    assert full_template.strings["hello"].source.startswith("Hallo {first_name}")
    apply_edit(full_template, undo)
    assert template_to_json(full_template) == before


def test_a_field_nobody_uses_is_removed_without_asking(full_template):
    apply_edit(full_template, AddField(Field("spare", FieldKind.TEXT)))
    applied_and_undone(full_template, RemoveField("spare"))


def test_the_usages_of_the_sample_fields(sample):
    text = UsageKind.TEXT
    assert field_usages(sample, "amount_due") == [
        Usage(text, "bedrag.bedrag", "nl"),
        Usage(text, "bedrag.bedrag", "en"),
        Usage(text, "betalen.tekst", "nl"),
        Usage(text, "betalen.tekst", "en"),
        Usage(text, "caption.bedrag", "nl"),
        Usage(text, "caption.bedrag", "en"),
        Usage(text, "caption.betalen", "nl"),
        Usage(text, "caption.betalen", "en"),
        Usage(
            UsageKind.LAYER_CONDITION,
            "bedrag-groot",
            scene="Het bedrag",
            layer="Groot bedrag",
        ),
        Usage(UsageKind.SETTING, "amount_field"),
    ]
    assert [u.target for u in field_usages(sample, "first_name")] == [
        "caption.welkom",
        "caption.welkom",
        "welkom.groet",
        "welkom.groet",
    ]
    assert field_usages(sample, "customer_id") == [
        Usage(UsageKind.SETTING, "row_id_field")
    ]
    assert field_usages(sample, "email") == []
    assert field_usages(sample, "last_name") == []


def test_usages_describe_themselves_for_a_message(full_template):
    described = [u.describe() for u in field_usages(full_template, "amount_due")]
    assert described == [
        "text 'caption' (nl)",
        "text 'caption' (en)",
        "the condition of scene 'Kies'",
        "the setting amount_field",
    ]
    [target] = field_usages(full_template, "phone")
    assert target.describe() == "the target of button 'Bel' in scene 'Kies'"


def test_a_rename_on_the_sample_is_one_exact_undo(sample):
    start = template_to_json(sample)
    undo = apply_edit(sample, RenameField("amount_due", "openstaand"))
    assert field_usages(sample, "amount_due") == []
    assert len(field_usages(sample, "openstaand")) == 10
    assert sample.scene("bedrag").layer("bedrag-groot").condition == {
        ">=": [{"var": "openstaand"}, 50000]
    }
    apply_edit(sample, undo)
    assert template_to_json(sample) == start


@pytest.mark.parametrize(
    "edit, message",
    [
        (SetSceneProperty("intro", "duration", 0), "outside 1 to 18000 frames"),
        (SetSceneProperty("intro", "duration", True), "not a whole number of frames"),
        (SetSceneProperty("intro", "duration", 12.5), "not a whole number of frames"),
        (
            SetSceneProperty("intro", "duration", 50),
            "cannot be 50 frames long: layer 'Logo' ends at frame 90",
        ),
        (
            SetSceneProperty("intro", "duration", 20),
            "layer 'Titel' has a position keyframe at frame 24",
        ),
        (
            SetSceneProperty("choice", "duration", 8),
            "its crossfade takes 10 frames",
        ),
        (SetSceneProperty("intro", "background", "#FFF"), "not a colour written"),
        (SetSceneProperty("intro", "background", "#FFFFFF80"), "#RRGGBB"),
        (SetSceneProperty("intro", "background", None), "not a colour written"),
        (SetSceneProperty("intro", "name", " "), "name ' ' is empty"),
        (SetSceneProperty("intro", "name", "Kies"), "already a scene called 'Kies'"),
        (SetSceneProperty("intro", "next_scene", "intro"), "cannot go on to itself"),
        (SetSceneProperty("intro", "next_scene", "gone"), "no scene 'gone' to go on"),
        (SetSceneProperty("intro", "caption", "nothing"), "no text 'nothing'"),
        (SetSceneProperty("intro", "condition", "yes"), "not a JsonLogic object"),
        (
            SetSceneProperty("intro", "condition", {"eval": ["x"]}),
            "operator 'eval' is not allowed",
        ),
        (
            SetSceneProperty("intro", "condition", {"var": "shoe_size"}),
            "'shoe_size' is not a known field",
        ),
        (SetSceneProperty("intro", "layers", []), "a scene has no property 'layers'"),
        (SetSceneProperty("outro", "name", "x"), "there is no scene 'outro'"),
    ],
)
def test_a_refused_scene_edit_says_why_and_changes_nothing(
    full_template, edit, message
):
    before = template_to_json(full_template)
    with pytest.raises(EditError, match=message):
        apply_edit(full_template, edit)
    assert template_to_json(full_template) == before


def test_the_thumbnail_keeps_a_scene_from_getting_shorter(full_template):
    full_template.settings.thumbnail_scene = "intro"
    full_template.settings.thumbnail_frame = 95
    with pytest.raises(EditError, match="the thumbnail is taken at frame 95"):
        apply_edit(full_template, SetSceneProperty("intro", "duration", 92))


def test_undo_puts_back_a_scene_value_a_new_edit_would_refuse(full_template):
    full_template.scenes[0].background = "#FFFFFF80"  # read from an older file
    applied_and_undone(
        full_template, SetSceneProperty("intro", "background", "#000000")
    )
    assert full_template.scenes[0].background == "#FFFFFF80"


def random_field_edit(template, chance: random.Random):
    names = [field.name for field in template.fields]
    name = chance.choice(names)
    kind = chance.randrange(7)
    if kind == 0:
        return AddField(
            Field(f"extra_{chance.randrange(50)}", FieldKind.TEXT, required=False),
            index=chance.randrange(len(names) + 1),
        )
    if kind == 1:
        return RemoveField(name, allow_in_use=chance.random() < 0.5)
    if kind == 2:
        return RenameField(
            name, chance.choice([f"veld_{chance.randrange(20)}", *names])
        )
    if kind == 3:
        return SetField(name, "label", f"Label {chance.randrange(99)}")
    if kind == 4:
        return SetField(name, "max_length", chance.choice([None, 0, 5, 60, -2]))
    if kind == 5:
        return SetField(name, "required", chance.random() < 0.5)
    return SetField(name, "kind", chance.choice(list(FieldKind)))


def test_a_long_random_walk_of_field_edits_undone_ends_in_the_exact_start(sample):
    chance = random.Random(2718)
    states = [template_to_json(sample)]
    undos = []
    refused = 0
    for _ in range(300):
        edit = random_field_edit(sample, chance)
        try:
            undos.append(apply_edit(sample, edit))
        except EditError:
            refused += 1
            assert template_to_json(sample) == states[-1]
            continue
        states.append(template_to_json(sample))
    assert len(undos) > 100 and refused > 20
    for undo, state in zip(reversed(undos), reversed(states[:-1]), strict=True):
        apply_edit(sample, undo)
        assert template_to_json(sample) == state
