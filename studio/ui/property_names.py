"""The names the inspector shows for layer properties and for the model's enum
values, in the interface language.

The tables hold the English words, marked for lupdate under the ``Inspector``
context; :func:`translated` looks a marked text up when it is shown, so that a
change of language needs no new tables.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    return text


def translated(text: str) -> str:
    """``text`` from one of the inspector's tables, in the interface language."""
    return QCoreApplication.translate("Inspector", text)


_LABELS = {
    "name": QT_TRANSLATE_NOOP("Inspector", "Name"),
    "start": QT_TRANSLATE_NOOP("Inspector", "In point"),
    "end": QT_TRANSLATE_NOOP("Inspector", "Out point"),
    "hidden": QT_TRANSLATE_NOOP("Inspector", "Hidden"),
    "locked": QT_TRANSLATE_NOOP("Inspector", "Locked"),
    "condition": QT_TRANSLATE_NOOP("Inspector", "Shown when"),
    "position": QT_TRANSLATE_NOOP("Inspector", "Position"),
    "size": QT_TRANSLATE_NOOP("Inspector", "Size"),
    "anchor": QT_TRANSLATE_NOOP("Inspector", "Anchor point"),
    "rotation": QT_TRANSLATE_NOOP("Inspector", "Rotation"),
    "scale": QT_TRANSLATE_NOOP("Inspector", "Scale"),
    "opacity": QT_TRANSLATE_NOOP("Inspector", "Opacity"),
    "text": QT_TRANSLATE_NOOP("Inspector", "Text"),
    "label": QT_TRANSLATE_NOOP("Inspector", "Label"),
    "font": QT_TRANSLATE_NOOP("Inspector", "Font"),
    "font_size": QT_TRANSLATE_NOOP("Inspector", "Font size"),
    "weight": QT_TRANSLATE_NOOP("Inspector", "Weight"),
    "color": QT_TRANSLATE_NOOP("Inspector", "Colour"),
    "align": QT_TRANSLATE_NOOP("Inspector", "Alignment"),
    "vertical_align": QT_TRANSLATE_NOOP("Inspector", "Vertical alignment"),
    "line_height": QT_TRANSLATE_NOOP("Inspector", "Line height"),
    "fit": QT_TRANSLATE_NOOP("Inspector", "Fit"),
    "max_lines": QT_TRANSLATE_NOOP("Inspector", "Maximum lines"),
    "min_font_size": QT_TRANSLATE_NOOP("Inspector", "Smallest size"),
    "asset": QT_TRANSLATE_NOOP("Inspector", "Media"),
    "shape": QT_TRANSLATE_NOOP("Inspector", "Shape"),
    "fill": QT_TRANSLATE_NOOP("Inspector", "Fill"),
    "stroke": QT_TRANSLATE_NOOP("Inspector", "Stroke"),
    "stroke_width": QT_TRANSLATE_NOOP("Inspector", "Stroke width"),
    "corner_radius": QT_TRANSLATE_NOOP("Inspector", "Corner radius"),
    "action": QT_TRANSLATE_NOOP("Inspector", "Action"),
    "text_color": QT_TRANSLATE_NOOP("Inspector", "Text colour"),
    "source_start": QT_TRANSLATE_NOOP("Inspector", "Clip start"),
    "muted": QT_TRANSLATE_NOOP("Inspector", "Muted"),
    "volume": QT_TRANSLATE_NOOP("Inspector", "Volume"),
    "language": QT_TRANSLATE_NOOP("Inspector", "Language"),
    "style": QT_TRANSLATE_NOOP("Inspector", "Style"),
    "pause": QT_TRANSLATE_NOOP("Inspector", "Wait for a choice"),
    "tab_index": QT_TRANSLATE_NOOP("Inspector", "Keyboard order"),
    "then": QT_TRANSLATE_NOOP("Inspector", "Then go to"),
    "gap": QT_TRANSLATE_NOOP("Inspector", "Gap between options"),
}

# The values of the model's enums, by value (no two enums share one).
_CHOICES = {
    "start": QT_TRANSLATE_NOOP("Inspector", "Start"),
    "center": QT_TRANSLATE_NOOP("Inspector", "Centre"),
    "end": QT_TRANSLATE_NOOP("Inspector", "End"),
    "top": QT_TRANSLATE_NOOP("Inspector", "Top"),
    "middle": QT_TRANSLATE_NOOP("Inspector", "Middle"),
    "bottom": QT_TRANSLATE_NOOP("Inspector", "Bottom"),
    "shrink": QT_TRANSLATE_NOOP("Inspector", "Shrink to fit"),
    "wrap": QT_TRANSLATE_NOOP("Inspector", "Wrap"),
    "max_lines": QT_TRANSLATE_NOOP("Inspector", "Wrap, end with …"),
    "contain": QT_TRANSLATE_NOOP("Inspector", "Contain"),
    "cover": QT_TRANSLATE_NOOP("Inspector", "Cover"),
    "stretch": QT_TRANSLATE_NOOP("Inspector", "Stretch"),
    "rectangle": QT_TRANSLATE_NOOP("Inspector", "Rectangle"),
    "rounded_rectangle": QT_TRANSLATE_NOOP("Inspector", "Rounded rectangle"),
    "ellipse": QT_TRANSLATE_NOOP("Inspector", "Ellipse"),
    "line": QT_TRANSLATE_NOOP("Inspector", "Line"),
    "primary": QT_TRANSLATE_NOOP("Inspector", "Primary (filled)"),
    "secondary": QT_TRANSLATE_NOOP("Inspector", "Secondary (outlined)"),
    "quiet": QT_TRANSLATE_NOOP("Inspector", "Quiet (underlined text)"),
}


def display_name(name: str) -> str:
    label = _LABELS.get(name)
    return translated(label) if label else name.replace("_", " ").capitalize()


def choice_name(value: Any) -> str:
    text = _CHOICES.get(str(value))
    return translated(text) if text else str(value).replace("_", " ").capitalize()
