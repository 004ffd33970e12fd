"""The overflow check: texts that do not fit, by layer, row and language."""

import time

import pytest
from sample_project import sample, sample_rows

import studio.render.frames as frames
import studio.render.overflow as overflow
from studio.model.keyframes import Animated, Keyframe
from studio.model.layers import (
    TRANSFORM_PROPERTIES,
    Action,
    ActionKind,
    ButtonLayer,
    FitRule,
    TextLayer,
    Transform,
)
from studio.model.template import Scene, Template, TranslatableString, Translation
from studio.render.frames import FrameRenderer
from studio.render.overflow import (
    FitCache,
    OverflowReason,
    find_overflows,
    text_boxes,
)
from studio.render.resolve import ResolveError
from studio.render.text import ensure_gui
from studio.render.timeline import build_timeline
from studio.values.fields import Field, FieldKind
from studio.values.stress import LONGEST, OPTIONAL_EMPTY, stress_rows


@pytest.fixture(autouse=True, scope="module")
def gui():
    ensure_gui()


def string(key: str, nl: str, en: str) -> TranslatableString:
    return TranslatableString(key, nl, {"en": Translation(en)})


def box(width: float, height: float) -> Transform:
    return Transform(size=Animated((width, height)))


def text_layer(layer_id: str, key: str, width: float, height: float, **style):
    return TextLayer(
        id=layer_id,
        name=layer_id.title(),
        text=key,
        transform=box(width, height),
        **style,
    )


FIELDS = [
    Field("customer_id", FieldKind.TEXT, max_length=20),
    Field("first_name", FieldKind.PERSON_NAME, max_length=50),
    Field("nickname", FieldKind.PERSON_NAME, required=False),
]


def template(*layers, strings=()) -> Template:
    strings = {
        s.key: s
        for s in (
            string("groet", "Hallo {first_name},", "Hello {first_name},"),
            string("titel", "Welkom", "Welcome"),
            string("roep", "Hoi {nickname}!", "Hi {nickname}!"),
            string("knop", "Nu betalen", "Pay now"),
            *strings,
        )
    }
    return Template(
        name="proef",
        languages=["nl", "en"],
        fields=list(FIELDS),
        strings=strings,
        scenes=[Scene("groet", "Groet", 50, list(layers))],
    )


def rows() -> dict[str, dict]:
    made = stress_rows(FIELDS, ["nl", "en"], row_id_field="customer_id")
    return {row_id: row.values for row_id, row in made.items()}


def found(overflows) -> set[tuple]:
    return {(o.scene_id, o.layer_id, o.row_id, o.language) for o in overflows}


def test_the_longest_name_in_a_tiny_box_is_reported_in_each_language():
    tiny = text_layer("groet-klein", "groet", 300, 60, max_lines=1, min_font_size=24)
    overflows = find_overflows(template(tiny), rows())
    assert found(overflows) == {
        ("groet", "groet-klein", LONGEST, "nl"),
        ("groet", "groet-klein", LONGEST, "en"),
    }
    first = overflows[0]
    assert first.layer_name == "Groet-Klein"
    assert first.reason is OverflowReason.CUT
    assert first.text.startswith("Hallo Johanna Wilhelmina")
    assert "smallest size, 24 px" in first.detail and "1 line" in first.detail
    assert overflows[1].text.startswith("Hello Johanna")


def test_a_layer_that_fits_every_row_is_not_reported():
    roomy = text_layer("groet-ruim", "groet", 1800, 200, max_lines=2)
    title = text_layer("titel", "titel", 600, 120)
    assert find_overflows(template(roomy, title), rows()) == []


def test_a_placeholder_without_a_value_is_reported_as_missing():
    call = text_layer("roep", "roep", 1800, 200)
    overflows = find_overflows(template(call), rows())
    assert found(overflows) == {
        ("groet", "roep", OPTIONAL_EMPTY, "nl"),
        ("groet", "roep", OPTIONAL_EMPTY, "en"),
    }
    assert {o.reason for o in overflows} == {OverflowReason.MISSING_VALUE}
    assert overflows[0].detail == "missing value nickname"
    assert overflows[0].text == "Hoi !"


def test_a_text_without_fields_that_does_not_fit_is_reported_once_for_all_rows():
    long_title = string("lang", "Betalingsherinneringsoverzicht", "Overview")
    narrow = text_layer("lang", "lang", 240, 60, fit=FitRule.WRAP, font_size=40)
    overflows = find_overflows(template(narrow, strings=[long_title]), rows())
    assert found(overflows) == {("groet", "lang", None, "nl")}
    assert overflows[0].text == "Betalingsherinneringsoverzicht"
    assert overflows[0].detail.startswith("does not fit at 40 px: cut to 1 line")


def test_a_layer_shown_for_no_row_is_not_checked():
    tiny = text_layer("groet-klein", "groet", 300, 60, max_lines=1)
    tiny.condition = {"==": [{"var": "first_name"}, "Niemand"]}
    hidden = text_layer("verborgen", "groet", 300, 60, max_lines=1)
    hidden.hidden = True
    assert find_overflows(template(tiny, hidden), rows()) == []


def test_a_text_set_under_its_layers_smallest_size_is_reported():
    small = text_layer("klein", "titel", 600, 120, font_size=12, min_font_size=16)
    overflows = find_overflows(template(small), rows(), ["nl"])
    assert [(o.reason, o.row_id) for o in overflows] == [
        (OverflowReason.BELOW_SMALLEST_SIZE, None)
    ]
    assert overflows[0].detail == (
        "set at 12 px, under the layer's smallest size of 16 px"
    )


def test_a_button_label_is_checked_inside_the_buttons_padding():
    button = ButtonLayer(
        id="betalen",
        name="Betalen",
        label="knop",
        action=Action(ActionKind.PAY),
        transform=box(120, 80),
    )
    overflows = find_overflows(template(button), rows())
    assert found(overflows) == {
        ("groet", "betalen", None, "nl"),
        ("groet", "betalen", None, "en"),
    }
    roomy = text_boxes(template(button))[0]
    assert (roomy.width, roomy.height) == (120 - 48, 80 - 48)


def test_the_box_is_the_layers_size_after_its_last_size_keyframe():
    growing = text_layer("groet-groeit", "groet", 10, 10, max_lines=2)
    growing.transform.size.keyframes = [
        Keyframe(0, (10.0, 10.0)),
        Keyframe(12, (1800.0, 200.0)),
    ]
    assert find_overflows(template(growing), rows()) == []


def test_a_language_the_template_lacks_is_refused():
    with pytest.raises(ResolveError, match="'fr' is not in this template"):
        find_overflows(template(), rows(), ["fr"])


def test_a_cache_kept_between_checks_lays_out_each_text_once(monkeypatch):
    calls = []
    real = overflow.fit_text

    def counted(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(overflow, "fit_text", counted)
    tiny = text_layer("groet-klein", "groet", 300, 60, max_lines=1)
    design = template(tiny, text_layer("titel", "titel", 600, 120))
    fits = FitCache()
    first = find_overflows(design, rows(), fits=fits)
    laid_out = len(calls)
    assert laid_out == len(fits) == len(set(calls))
    assert find_overflows(design, rows(), fits=fits) == first
    assert len(calls) == laid_out


def sample_and_stress_rows() -> dict[str, dict]:
    template = sample().template
    made = stress_rows(template.fields, template.languages, row_id_field="customer_id")
    return {**sample_rows(), **{k: r.values for k, r in made.items()}}


def test_the_sample_with_its_stress_rows_cuts_only_the_longest_greeting():
    started = time.perf_counter()
    overflows = find_overflows(sample().template, sample_and_stress_rows())
    seconds = time.perf_counter() - started
    assert found(overflows) == {
        ("welkom", "welkom-groet", LONGEST, "nl"),
        ("welkom", "welkom-groet", LONGEST, "en"),
    }
    # Generous for shared machines; it takes about a tenth of a second.
    assert seconds < 5


def settled_frame(layer, scene) -> int:
    """A frame of the scene where every animation of the layer is over."""
    transform = layer.transform
    last = [
        transform.property(name).keyframes[-1].frame
        for name in TRANSFORM_PROPERTIES
        if transform.property(name).keyframes
    ]
    end = scene.duration if layer.end is None else layer.end
    return min(max([layer.start, *last]), end - 1)


@pytest.mark.parametrize("path", [None, "pay", "plan:3", "keuze-hulp"])
def test_texts_are_set_in_the_style_and_box_the_renderer_paints(monkeypatch, path):
    """Guards against the renderer's text styles drifting from the check's."""
    painted = set()
    real = frames.fit_text

    def recorded(text, style, width, height):
        painted.add((text, style, width, height))
        return real(text, style, width, height)

    monkeypatch.setattr(frames, "fit_text", recorded)
    project = sample()
    template = project.template
    timeline = build_timeline(template, sample_rows()["K-1002"], "nl", path)
    renderer = FrameRenderer(timeline, project.asset_bytes, (480, 270))
    played = {play.scene.id: play for play in timeline.plays}
    expected = set()
    for text_box in text_boxes(template):
        play = played.get(text_box.scene.id)
        if play is None or not timeline.shows(text_box.layer):
            continue
        renderer.render(play.start + settled_frame(text_box.layer, play.scene))
        text = timeline.row.texts[text_box.string_key]
        expected.add((text, text_box.style, text_box.width, text_box.height))
    assert expected and expected <= painted
