"""Text in frames: Qt's shaping (HarfBuzz, bidi, fallback) with the bundled fonts.

Text is laid out once per layer and size in canvas pixels, with hinting off, so
that the layout is the same whatever size the frame is finally drawn at: the
canvas preview, a 960×540 proof and the 1080p export wrap the same words onto the
same lines. Right-to-left text is recognised from its first strong character;
``start`` and ``end`` alignment follow it.
"""

from __future__ import annotations

import logging
import os
import unicodedata
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QTextLayout,
    QTextOption,
)

from studio.model.layers import Align, ButtonLayer, FitRule, TextLayer, VerticalAlign
from studio.render.errors import RenderError
from studio.resources import bundled_fonts

logger = logging.getLogger(__name__)

ELLIPSIS = "…"
SHRINK_STEP = 0.92  # each try at a smaller size is this much of the last
BUTTON_PADDING = 24.0  # canvas pixels between a button's edge and its label
BUTTON_LINE_HEIGHT = 1.2
BUTTON_MAX_LINES = 3
BUTTON_SMALLEST_SIZE = 20.0


def ensure_gui() -> QGuiApplication:
    """A Qt application for fonts and painting; offscreen when there is no screen."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    load_bundled_fonts()
    return app


@cache
def load_bundled_fonts() -> dict[str, list[str]]:
    """Register every bundled font with Qt, once; a missing file is an error."""
    return register_fonts(bundled_fonts())


def register_fonts(fonts) -> dict[str, list[str]]:
    """Register font files with Qt; the families each file adds, by given family."""
    families: dict[str, list[str]] = {}
    for font in fonts:
        if not font.path.is_file():
            raise RenderError(f"font file {font.path} is missing")
        font_id = QFontDatabase.addApplicationFont(str(font.path))
        if font_id < 0:
            raise RenderError(f"font file {font.path} cannot be read as a font")
        families[font.family] = QFontDatabase.applicationFontFamilies(font_id)
    logger.debug("bundled fonts registered: %s", sorted(families))
    return families


def make_font(family: str, pixel_size: int, weight: int) -> QFont:
    """The bundled family, falling back on the other bundled families per glyph."""
    others = [name for name in load_bundled_fonts() if name != family]
    font = QFont()
    font.setFamilies([family, *others])
    font.setPixelSize(max(1, pixel_size))
    font.setWeight(QFont.Weight(weight))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


@dataclass(frozen=True)
class TextStyle:
    family: str
    size: float
    weight: int
    align: Align = Align.START
    vertical_align: VerticalAlign = VerticalAlign.TOP
    line_height: float = 1.25
    fit: FitRule = FitRule.SHRINK
    max_lines: int | None = None
    min_size: float = 16.0


@dataclass
class FittedText:
    """A laid-out text, ready to draw at the top left of its box."""

    layout: QTextLayout
    size: int  # the pixel size it was set at
    lines: int
    cut: bool  # whether lines were dropped and the last ends in an ellipsis
    offset: float  # from the box's top, for the vertical alignment

    def draw(self, painter, x: float = 0.0, y: float = 0.0) -> None:
        self.layout.draw(painter, QPointF(x, y + self.offset))


_ALIGN = {
    Align.START: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Align.END: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
}


def fit_text(text: str, style: TextStyle, width: float, height: float) -> FittedText:
    """Set ``text`` in a box by the style's fit rule; it never spills out sideways."""
    # Qt's layout breaks lines at the Unicode line separator, not at "\n".
    text = text.replace("\r\n", "\n").replace("\n", "\u2028")
    size = max(1, round(style.size))
    smallest = max(1, round(min(style.min_size, style.size)))
    while True:
        layout, lines, fits = _set(text, style, size, width, height)
        if fits or style.fit is not FitRule.SHRINK or size <= smallest:
            break
        size = max(smallest, int(size * SHRINK_STEP))
    if fits:
        return _placed(layout, size, lines, False, style, height)
    keep = _lines_that_fit(style, size, height, lines)
    layout = _cut(text, style, size, width, keep)
    return _placed(layout, size, keep, True, style, height)


def text_direction(text: str) -> Qt.LayoutDirection:
    """Right-to-left when the first strong character is (Unicode's P2 and P3 rules)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def _option(style: TextStyle, text: str) -> QTextOption:
    # Qt leaves an automatic direction to the widget; a layout of its own must be
    # told, or Arabic would start at the left.
    direction = text_direction(text)
    alignment = _ALIGN[style.align]
    if direction is Qt.LayoutDirection.RightToLeft and style.align is not Align.CENTER:
        alignment = _ALIGN[Align.END if style.align is Align.START else Align.START]
    option = QTextOption(alignment)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(direction)
    option.setUseDesignMetrics(True)
    return option


def _set(text: str, style: TextStyle, size: int, width: float, height: float):
    """Lay ``text`` out at ``size``; say how many lines and whether it fits."""
    font = make_font(style.family, size, style.weight)
    layout = QTextLayout(text, font)
    layout.setTextOption(_option(style, text))
    step = size * style.line_height
    lines, widest = 0, 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, lines * step + (step - line.height()) / 2))
        widest = max(widest, line.naturalTextWidth())
        lines += 1
    layout.endLayout()
    # Half a pixel of slack: line metrics are fractional. "Maximum lines" lets the
    # text run past the box's height; the other rules keep it inside.
    fits = widest <= width + 0.5
    fits = fits and (style.max_lines is None or lines <= style.max_lines)
    if style.fit is not FitRule.MAX_LINES:
        fits = fits and lines * step <= height + 0.5
    return layout, lines, fits and not _breaks_inside_words(layout, text)


def _breaks_inside_words(layout: QTextLayout, text: str) -> bool:
    """Whether a line break fell inside a word (a word wider than the box)."""
    for index in range(1, layout.lineCount()):
        start = layout.lineAt(index).textStart()
        if 0 < start < len(text) and not text[start - 1].isspace():
            if not text[start].isspace() and text[start - 1] not in "-/":
                return True
    return False


def _lines_that_fit(style: TextStyle, size: int, height: float, lines: int) -> int:
    room = max(1, int((height + 0.5) // (size * style.line_height)))
    if style.fit is FitRule.MAX_LINES:
        room = lines
    if style.max_lines is not None:
        room = min(room, style.max_lines)
    return max(1, min(room, lines))


def _cut(
    text: str, style: TextStyle, size: int, width: float, keep: int
) -> QTextLayout:
    """The first ``keep`` lines, the last ending in an ellipsis that fits."""
    full, _, _ = _set(text, style, size, width, float("inf"))
    end = full.lineAt(keep - 1)
    head = text[: end.textStart()]
    last = text[end.textStart() :].replace("\u2028", " ")
    metrics = QFontMetricsF(make_font(style.family, size, style.weight))
    # A pixel of room: the metrics here round a little differently from the layout.
    elided = metrics.elidedText(last, Qt.TextElideMode.ElideRight, width - 1)
    if not elided.endswith(ELLIPSIS):
        elided = elided.rstrip() + ELLIPSIS
    layout, _, _ = _set(head + elided, style, size, width, float("inf"))
    return layout


def _placed(layout, size, lines, cut, style: TextStyle, height: float) -> FittedText:
    used = lines * size * style.line_height
    free = max(0.0, height - used)
    offset = {
        VerticalAlign.TOP: 0.0,
        VerticalAlign.MIDDLE: free / 2,
        VerticalAlign.BOTTOM: free,
    }[style.vertical_align]
    return FittedText(layout, size, lines, cut, offset)


def text_layer_style(layer: TextLayer) -> TextStyle:
    """The style a text layer is set in."""
    return TextStyle(
        layer.font,
        layer.font_size,
        layer.weight,
        layer.align,
        layer.vertical_align,
        layer.line_height,
        layer.fit,
        layer.max_lines,
        layer.min_font_size,
    )


def button_label_style(layer: ButtonLayer) -> TextStyle:
    """The style a button's label is set in: centred, shrunk to fit its box."""
    return TextStyle(
        layer.font,
        layer.font_size,
        layer.weight,
        Align.CENTER,
        VerticalAlign.MIDDLE,
        BUTTON_LINE_HEIGHT,
        FitRule.SHRINK,
        BUTTON_MAX_LINES,
        min(BUTTON_SMALLEST_SIZE, layer.font_size),
    )
