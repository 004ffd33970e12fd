"""Texts that do not fit: every text layer and button label, row by row.

A fit rule keeps a text inside its box by shrinking it, wrapping it and, when
nothing else helps, dropping lines and ending the last in "…". That is right for a
frame, but a designer wants to know before a debtor sees a name cut short. This
check resolves every row in every language as the renderer does, sets each text
with the renderer's own fitting code, style and box, and lists what does not fit.

The box is the layer's size at rest: after its last size keyframe, where an
entrance animation ends. A layer that a condition hides for a row, or that is
hidden in the editor, is never drawn for it and so is not checked.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from studio.model.layers import (
    ButtonLayer,
    FitRule,
    Layer,
    TextLayer,
)
from studio.model.template import Scene, Template, placeholders
from studio.render.resolve import (
    ResolvedRow,
    ResolveError,
    condition_holds,
    resolve_row,
)
from studio.render.text import (
    BUTTON_PADDING,
    TextStyle,
    button_label_style,
    ensure_gui,
    fit_text,
    text_layer_style,
)

__all__ = [
    "Fit",
    "FitCache",
    "Overflow",
    "OverflowReason",
    "TextBox",
    "button_label_style",
    "find_overflows",
    "text_boxes",
    "text_layer_style",
]

logger = logging.getLogger(__name__)


class OverflowReason(StrEnum):
    CUT = "cut"  # lines dropped; the last ends in an ellipsis
    BELOW_SMALLEST_SIZE = "below_smallest_size"  # set under the layer's minimum
    MISSING_VALUE = "missing_value"  # a {field} with no value in the row


@dataclass(frozen=True)
class Overflow:
    """One text that does not show as designed, for one row in one language.

    ``row_id`` is None for a text that holds no field: it reads the same for every
    row, so it is reported once. ``text`` is the text as resolved, which can hold
    personal data from the row; ``detail`` holds none, only sizes and field names.
    """

    scene_id: str
    layer_id: str
    layer_name: str
    row_id: str | None
    language: str
    text: str
    reason: OverflowReason
    detail: str


@dataclass(frozen=True)
class TextBox:
    """A text of a scene, in the style and box that the renderer sets it in."""

    scene: Scene
    layer: TextLayer | ButtonLayer
    string_key: str
    style: TextStyle
    width: float
    height: float


@dataclass(frozen=True)
class Fit:
    """What became of one text in one box: the size it was set at, its lines."""

    size: int
    lines: int
    cut: bool


class FitCache:
    """Fitted texts by text, style and box; the same text is laid out once.

    Most texts of a template hold no field, and the ones that do repeat across
    rows and languages, so a cache kept between checks makes the next one cheap.
    A style or box that changes is a different key, so an entry is never stale.
    """

    def __init__(self) -> None:
        self._fits: dict[tuple, Fit] = {}

    def __len__(self) -> int:
        return len(self._fits)

    def fit(self, text: str, style: TextStyle, width: float, height: float) -> Fit:
        key = (text, style, width, height)
        found = self._fits.get(key)
        if found is None:
            fitted = fit_text(text, style, width, height)
            found = self._fits[key] = Fit(fitted.size, fitted.lines, fitted.cut)
        return found


def rest_size(layer: Layer) -> tuple[float, float]:
    """The layer's size once its size animation is over."""
    size = layer.transform.size
    return size.keyframes[-1].value if size.keyframes else size.value


def text_boxes(template: Template) -> list[TextBox]:
    """Every text layer and button label of every scene, in scene and layer order."""
    boxes = []
    for scene in template.scenes:
        for layer in scene.layers:
            width, height = rest_size(layer)
            if isinstance(layer, TextLayer):
                style = text_layer_style(layer)
                boxes.append(TextBox(scene, layer, layer.text, style, width, height))
            elif isinstance(layer, ButtonLayer):
                # The label's box is the button's, less the padding on each side.
                inner_w = max(1.0, width - 2 * BUTTON_PADDING)
                inner_h = max(1.0, height - 2 * BUTTON_PADDING)
                style = button_label_style(layer)
                boxes.append(
                    TextBox(scene, layer, layer.label, style, inner_w, inner_h)
                )
    return boxes


def find_overflows(
    template: Template,
    rows: Mapping[str, Mapping[str, object]],
    languages: Iterable[str] | None = None,
    *,
    fits: FitCache | None = None,
) -> list[Overflow]:
    """Every text that does not fit, for each row of ``rows`` in each language.

    ``rows`` are typed values by row id, as ``load_rows`` and ``stress_rows`` give
    them; ``languages`` default to the template's. The list runs by scene and
    layer, then row, then language. Pass the same ``fits`` to checks that follow
    one another to reuse what was laid out. ResolveError for a language that the
    template does not have.
    """
    started = time.perf_counter()
    languages = list(template.languages if languages is None else languages)
    for language in languages:
        if language not in template.languages:
            raise ResolveError(
                f"language {language!r} is not in this template; "
                f"it has {', '.join(template.languages)}"
            )
    ensure_gui()
    fits = fits if fits is not None else FitCache()
    check = _Check(template, rows, languages, fits)
    overflows = [found for box in text_boxes(template) for found in check.box(box)]
    logger.info(
        "overflow check: %d rows × %d languages, %d texts that do not fit, %.2f s",
        len(rows),
        len(languages),
        len(overflows),
        time.perf_counter() - started,
    )
    return overflows


class _Check:
    """One run of the check: resolved rows and conditions, worked out once each."""

    def __init__(self, template: Template, rows, languages: list[str], fits: FitCache):
        self.template = template
        self.rows = rows
        self.languages = languages
        self.fits = fits
        self.resolved: dict[tuple[str, str], ResolvedRow] = {}
        self.conditions: dict[tuple[int, str], bool] = {}

    def box(self, box: TextBox) -> list[Overflow]:
        shown = [row_id for row_id in self.rows if self._drawn(box, row_id)]
        if not shown:
            return []
        found = []
        for language in self.languages:
            names = placeholders(self._source_text(box.string_key, language))
            if not names:
                # The same text for every row: one row stands for them all.
                found += self._check(box, shown[0], language, names, report_as=None)
                continue
            for row_id in shown:
                found += self._check(box, row_id, language, names, report_as=row_id)
        return found

    def _check(self, box, row_id, language, names, *, report_as) -> list[Overflow]:
        text = self._row(row_id, language).texts[box.string_key]
        values = self.rows[row_id]
        details = [
            (OverflowReason.MISSING_VALUE, f"missing value {name}")
            for name in dict.fromkeys(names)
            if values.get(name) is None
        ]
        fit = self.fits.fit(text, box.style, box.width, box.height)
        if fit.cut:
            details.append((OverflowReason.CUT, _cut_detail(box.style, fit)))
        smallest = max(1, round(box.style.min_size))
        if fit.size < smallest:
            detail = (
                f"set at {fit.size} px, under the layer's smallest size of "
                f"{smallest} px"
            )
            details.append((OverflowReason.BELOW_SMALLEST_SIZE, detail))
        layer = box.layer
        return [
            Overflow(
                box.scene.id, layer.id, layer.name, report_as, language, text, *why
            )
            for why in details
        ]

    def _drawn(self, box: TextBox, row_id: str) -> bool:
        if box.layer.hidden:
            return False
        return self._holds(box.scene.condition, row_id) and self._holds(
            box.layer.condition, row_id
        )

    def _holds(self, logic: dict | None, row_id: str) -> bool:
        if logic is None:
            return True
        key = (id(logic), row_id)
        held = self.conditions.get(key)
        if held is None:
            held = self.conditions[key] = condition_holds(
                self.template, logic, dict(self.rows[row_id])
            )
        return held

    def _row(self, row_id: str, language: str) -> ResolvedRow:
        key = (row_id, language)
        resolved = self.resolved.get(key)
        if resolved is None:
            values = dict(self.rows[row_id])
            resolved = self.resolved[key] = resolve_row(self.template, values, language)
        return resolved

    def _source_text(self, key: str, language: str) -> str:
        # As resolve_row picks it: the translation, or the source where none is yet.
        string = self.template.strings[key]
        text = string.text_for(language, self.template.source_language)
        return string.source if text is None else text


def _cut_detail(style: TextStyle, fit: Fit) -> str:
    lines = "1 line" if fit.lines == 1 else f"{fit.lines} lines"
    if style.fit is FitRule.SHRINK:
        return (
            f"does not fit even at the smallest size, {fit.size} px: "
            f"cut to {lines} ending in …"
        )
    return f"does not fit at {fit.size} px: cut to {lines} ending in …"
