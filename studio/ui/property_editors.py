"""The inspector's property editors, found through the kind of each property.

This module registers the inspector's own editor for each kind and is the one to
import: it gathers what the inspector and other panels use of the kinds
(:mod:`studio.ui.property_kinds`), the names shown
(:mod:`studio.ui.property_names`) and the editor widgets, which live by family
in the ``property_widgets_*`` modules.
"""

from __future__ import annotations

from studio.ui.property_kinds import (
    EDITORS,
    MIXED,
    MIXED_TEXT,
    NAME_KINDS,
    SKIPPED,
    Component,
    EditorFactory,
    Partial,
    PropertyEditor,
    PropertySpec,
    Target,
    editor_factory,
    editor_row,
    layer_specs,
    property_spec,
    register_editor,
    transform_specs,
    unregister_editor,
)
from studio.ui.property_names import QT_TRANSLATE_NOOP, choice_name, display_name
from studio.ui.property_widgets_choices import (
    CheckEditor,
    ChoiceBox,
    ChoiceEditor,
    asset_choices,
    enum_choices,
    font_choices,
    language_choices,
    scene_choices,
    weight_choices,
)
from studio.ui.property_widgets_colours import ColourEditor, colour_swatch
from studio.ui.property_widgets_numbers import (
    FrameEditor,
    Limits,
    NumberBox,
    NumberEditor,
    PairEditor,
    limits_for,
)
from studio.ui.property_widgets_text import (
    SUMMARIES,
    LineEditor,
    SummaryEditor,
    TextKeyEditor,
)

__all__ = [
    "EDITORS",
    "MIXED",
    "MIXED_TEXT",
    "NAME_KINDS",
    "QT_TRANSLATE_NOOP",
    "SKIPPED",
    "SUMMARIES",
    "CheckEditor",
    "ChoiceBox",
    "ChoiceEditor",
    "ColourEditor",
    "Component",
    "EditorFactory",
    "FrameEditor",
    "Limits",
    "LineEditor",
    "NumberBox",
    "NumberEditor",
    "PairEditor",
    "Partial",
    "PropertyEditor",
    "PropertySpec",
    "SummaryEditor",
    "Target",
    "TextKeyEditor",
    "choice_name",
    "colour_swatch",
    "display_name",
    "editor_factory",
    "editor_row",
    "layer_specs",
    "limits_for",
    "property_spec",
    "register_editor",
    "scene_choices",
    "transform_specs",
    "unregister_editor",
]

register_editor("float", lambda spec, doc: NumberEditor(spec))
register_editor("percent", lambda spec, doc: NumberEditor(spec))
register_editor("degrees", lambda spec, doc: NumberEditor(spec))
register_editor("int", lambda spec, doc: NumberEditor(spec, integer=True))
register_editor("optional int", lambda spec, doc: NumberEditor(spec, integer=True))
register_editor("frame", FrameEditor)
register_editor("optional frame", FrameEditor)
register_editor("pair", lambda spec, doc: PairEditor(spec))
register_editor("bool", lambda spec, doc: CheckEditor(spec))
register_editor("line", lambda spec, doc: LineEditor(spec))
register_editor("colour", lambda spec, doc: ColourEditor(spec))
register_editor("optional colour", lambda spec, doc: ColourEditor(spec, optional=True))
register_editor("text key", TextKeyEditor)
register_editor(
    "enum", lambda spec, doc: ChoiceEditor(spec, lambda: enum_choices(spec))
)
register_editor(
    "asset", lambda spec, doc: ChoiceEditor(spec, lambda: asset_choices(spec, doc))
)
register_editor("font", lambda spec, doc: ChoiceEditor(spec, lambda: font_choices(doc)))
register_editor("weight", lambda spec, doc: ChoiceEditor(spec, weight_choices))
register_editor(
    "language", lambda spec, doc: ChoiceEditor(spec, lambda: language_choices(doc))
)
register_editor(
    "scene", lambda spec, doc: ChoiceEditor(spec, lambda: scene_choices(doc))
)
