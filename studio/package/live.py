"""Live layers: what the player draws over the base video, and how it is described.

A layer is live when it depends on a debtor or takes input: a text layer whose text
holds a ``{field}`` in any language or that has a condition, a button, a plan
picker. Everything else is baked into the base video of its scene. A layer that
has a condition but is neither text nor a choice (an image, a shape, a video, a
sound) can be neither: the base video is the same for every debtor, and the player
draws only text and choices. Such a template is refused for export.
"""

from __future__ import annotations

from typing import Any

from studio.model.layers import (
    ButtonLayer,
    Layer,
    PlanPickerLayer,
    TextLayer,
)
from studio.model.serialize import layer_to_dict
from studio.model.story import choices_of
from studio.model.template import Scene, Template, placeholders
from studio.resources import BundledFont, bundled_fonts

# How the renderer sets a button's label (studio.render.text, which needs Qt);
# the player sets it the same way. A test keeps the two in step.
BUTTON_PADDING = 24.0
BUTTON_LINE_HEIGHT = 1.2
BUTTON_MAX_LINES = 3
BUTTON_SMALLEST_SIZE = 20.0
# A plan picker's option is never taller than this many times its font size.
OPTION_MAX_ROW = 2.8


class BakeError(ValueError):
    """A template that cannot be split into base media and live layers."""


def has_fields(template: Template, key: str) -> bool:
    """Whether the string ``key`` holds a ``{field}`` in any language."""
    string = template.strings.get(key)
    if string is None:
        return False
    texts = [string.source, *(t.text for t in string.translations.values())]
    try:
        return any(placeholders(text) for text in texts)
    except ValueError:
        return True  # stray braces: leave it to the player rather than bake it


def is_live(template: Template, layer: Layer) -> bool:
    if isinstance(layer, ButtonLayer | PlanPickerLayer):
        return True
    if isinstance(layer, TextLayer):
        return layer.condition is not None or has_fields(template, layer.text)
    return False


def live_ids(template: Template, scene: Scene) -> frozenset[str]:
    """The layers of ``scene`` that the base video leaves out."""
    return frozenset(layer.id for layer in scene.layers if is_live(template, layer))


def bake_problems(template: Template) -> list[str]:
    """Layers that can be neither baked nor drawn live, one line each."""
    problems = []
    for scene in template.scenes:
        for layer in scene.layers:
            if layer.condition is not None and not is_live(template, layer):
                problems.append(
                    f"scene {scene.name!r}: {layer.kind.value} layer {layer.name!r} "
                    "has a condition, so it cannot be baked into the scene's video "
                    "(only texts and choices can depend on a debtor)"
                )
    return problems


def live_layers(template: Template, scene: Scene) -> list[dict[str, Any]]:
    """The live layers of ``scene`` as the manifest describes them, bottom first.

    Hidden layers draw nothing and are left out. A button carries the ``step`` the
    story graph names it by, which the player sends back when it is pressed.
    """
    steps = {choice.layer: choice.step for choice in choices_of(template, scene)}
    return [
        live_layer(z, layer, steps.get(layer.id))
        for z, layer in enumerate(scene.layers)
        if is_live(template, layer) and not layer.hidden
    ]


def live_layer(z: int, layer: Layer, step: str | None = None) -> dict[str, Any]:
    transform = layer_to_dict(layer)["transform"]
    out: dict[str, Any] = {
        "id": layer.id,
        "kind": layer.kind.value,
        "start": layer.start,
        "end": layer.end,
        "condition": layer.condition,
        "z": z,
        "transform": transform,
    }
    if isinstance(layer, TextLayer):
        out["text"] = layer.text
        out["style"] = text_style(layer)
    elif isinstance(layer, ButtonLayer):
        out.update(_button(layer))
        out["step"] = step or layer.id
    elif isinstance(layer, PlanPickerLayer):
        out.update(_plan_picker(layer))
    return out


def text_style(layer: TextLayer) -> dict[str, Any]:
    return {
        "font": layer.font,
        "size": layer.font_size,
        "weight": layer.weight,
        "color": layer.color,
        "align": layer.align.value,
        "vertical_align": layer.vertical_align.value,
        "line_height": layer.line_height,
        "fit": layer.fit.value,
        "max_lines": layer.max_lines,
        "min_size": layer.min_font_size,
    }


def label_style(layer: ButtonLayer | PlanPickerLayer) -> dict[str, Any]:
    """A choice's label: centred, shrunk to fit its box, as the renderer sets it."""
    return {
        "font": layer.font,
        "size": layer.font_size,
        "weight": layer.weight,
        "color": layer.text_color,
        "align": "center",
        "vertical_align": "middle",
        "line_height": BUTTON_LINE_HEIGHT,
        "fit": "shrink",
        "max_lines": BUTTON_MAX_LINES,
        "min_size": min(BUTTON_SMALLEST_SIZE, layer.font_size),
    }


def _button(layer: ButtonLayer) -> dict[str, Any]:
    action = layer.action
    return {
        "label": layer.label,
        "style": label_style(layer),
        "action": {
            "kind": action.kind.value,
            "target": action.target,
            "terms": action.terms,
            "then": action.then,
        },
        "button_style": layer.style.value,
        "pause": layer.pause,
        "tab_index": layer.tab_index,
        "fill": layer.fill,
        "text_color": layer.text_color,
        "corner_radius": layer.corner_radius,
        "padding": BUTTON_PADDING,
    }


def _plan_picker(layer: PlanPickerLayer) -> dict[str, Any]:
    return {
        "label": layer.label,
        "style": label_style(layer),
        "then": layer.then,
        "pause": layer.pause,
        "tab_index": layer.tab_index,
        "fill": layer.fill,
        "text_color": layer.text_color,
        "corner_radius": layer.corner_radius,
        "gap": layer.gap,
        "padding": BUTTON_PADDING,
        "max_row": OPTION_MAX_ROW * layer.font_size,
    }


# -- fonts --------------------------------------------------------------------


def live_faces(template: Template) -> list[tuple[str, int]]:
    """(family, weight) of every live layer's text, sorted."""
    faces = set()
    for scene in template.scenes:
        for layer in scene.layers:
            if is_live(template, layer) and not layer.hidden:
                faces.add((layer.font, layer.weight))
    return sorted(faces)


def package_fonts(template: Template) -> list[BundledFont]:
    """The font files the player needs, in the order it should try them.

    First the faces the live layers name, then the other bundled families at the
    same weights: the renderer falls back on those for characters the first lacks
    (a name in Arabic script in a Dutch video), and so must the player.
    """
    bundled = bundled_fonts()
    families = sorted({font.family for font in bundled})
    faces = live_faces(template)
    chosen: list[BundledFont] = []
    for family, weight in faces:
        if family not in families:
            raise BakeError(
                f"font {family!r} is not one of the studio's fonts "
                f"({', '.join(families)})"
            )
        _add(chosen, _nearest(bundled, family, weight))
    weights = sorted({weight for _, weight in faces})
    named = {family for family, _ in faces}
    for family in families:
        if family not in named:
            for weight in weights:
                _add(chosen, _nearest(bundled, family, weight))
    return chosen


def _nearest(bundled, family: str, weight: int) -> BundledFont:
    faces = [font for font in bundled if font.family == family]
    return min(faces, key=lambda font: (abs(font.weight - weight), -font.weight))


def _add(chosen: list[BundledFont], font: BundledFont) -> None:
    if font not in chosen:
        chosen.append(font)
