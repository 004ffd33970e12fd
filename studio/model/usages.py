"""Where a field is used, and the same places with the field under another name.

A field is used by the ``{name}`` placeholders of texts (the source and every
translation), by the ``var``, ``missing`` and ``missing_some`` operations of layer
and scene conditions, by the ``{name}`` target of a call or link button, and by
the template settings that name the row id and the amount. Renaming a field must
reach all of these, and removing one must say which of them it leaves behind.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from studio.model.layers import ActionKind, ButtonLayer, Layer
from studio.model.template import _PLACEHOLDER, Scene, Template

# The same tokens as ``placeholders`` reads, so that a rename sees exactly the
# placeholders that filling a text would. Unlike ``placeholders`` these helpers
# pass over stray braces: a text that is wrong elsewhere still gets renamed.
_TOKENS = _PLACEHOLDER

# Settings that hold a field name, in the order they are listed.
FIELD_SETTINGS = ("row_id_field", "amount_field")
# Buttons whose target may be ``{field}``: a phone number or an address of the row.
_FIELD_TARGETS = (ActionKind.CALL, ActionKind.OPEN_LINK)


class UsageKind(StrEnum):
    TEXT = "text"
    LAYER_CONDITION = "layer condition"
    SCENE_CONDITION = "scene condition"
    BUTTON_TARGET = "button target"
    SETTING = "setting"


@dataclass(frozen=True)
class Usage:
    """One place that uses a field.

    ``target`` is what the place belongs to: the text key, the layer id, the scene
    id or the settings attribute. ``language`` is the language of a text;
    ``scene`` and ``layer`` are the names the designer gave them, for showing.
    """

    kind: UsageKind
    target: str
    language: str | None = None
    scene: str | None = None
    layer: str | None = None

    def describe(self) -> str:
        """The place in a sentence, such as ``text 'welkom.groet' (en)``."""
        if self.kind is UsageKind.TEXT:
            return f"text {self.target!r} ({self.language})"
        if self.kind is UsageKind.SCENE_CONDITION:
            return f"the condition of scene {self.scene!r}"
        if self.kind is UsageKind.LAYER_CONDITION:
            return f"the condition of layer {self.layer!r} in scene {self.scene!r}"
        if self.kind is UsageKind.BUTTON_TARGET:
            return f"the target of button {self.layer!r} in scene {self.scene!r}"
        return f"the setting {self.target}"


def field_usages(template: Template, name: str) -> list[Usage]:
    """Every place in ``template`` that uses the field ``name``, in template order:
    texts (each language), scene and layer conditions, button targets, settings."""
    return [usage for usage, value in _places(template) if _uses(usage, value, name)]


def rename_uses(
    template: Template, old: str, new: str
) -> tuple[tuple[Usage, Any], ...]:
    """Make every place that uses ``old`` use ``new``; returns each changed place
    with what it held before, for :func:`restore_uses`."""
    before = []
    for usage, value in list(_places(template)):
        if _uses(usage, value, old):
            before.append((usage, copy.deepcopy(value)))
            _put(template, usage, _renamed(usage, value, old, new))
    return tuple(before)


def restore_uses(template: Template, before: tuple[tuple[Usage, Any], ...]) -> None:
    """Put back what :func:`rename_uses` changed."""
    for usage, value in before:
        _put(template, usage, copy.deepcopy(value))


def placeholder_tokens(text: str) -> Iterator[tuple[int, str, str | None]]:
    """Each placeholder of ``text`` as (position, token, field name), and each
    stray brace with None for a name; ``{{`` and ``}}`` are literal braces."""
    for match in _TOKENS.finditer(text):
        token = match.group(0)
        if token not in ("{{", "}}"):
            yield match.start(), token, _token_name(match)


def text_uses(text: str, name: str) -> bool:
    return any(_token_name(match) == name for match in _TOKENS.finditer(text))


def rename_in_text(text: str, old: str, new: str) -> str:
    """``text`` with each ``{old}`` written ``{new}``; escapes and stray braces stay,
    and so do spaces inside the braces."""

    def replace_token(match: re.Match) -> str:
        if _token_name(match) != old:
            return match.group(0)
        return "{" + match.group(1).replace(old, new, 1) + "}"

    return _TOKENS.sub(replace_token, text)


def condition_fields(logic: Any) -> set[str]:
    """The field names a JsonLogic condition reads, at any depth."""
    found: set[str] = set()

    def note(name: str) -> str:
        found.add(name)
        return name

    _walk_condition(logic, note)
    return found


def rename_in_condition(logic: Any, old: str, new: str) -> Any:
    """A copy of ``logic`` that reads ``new`` wherever it read ``old``. Literal
    text that happens to equal ``old`` is data, not a field, and stays."""
    return _walk_condition(logic, lambda name: new if name == old else name)


def _walk_condition(node: Any, rename: Callable[[str], str]) -> Any:
    """A copy of ``node`` with each field name passed through ``rename``."""
    if isinstance(node, list):
        return [_walk_condition(item, rename) for item in node]
    if not isinstance(node, dict):
        return node
    if len(node) != 1:
        return {key: _walk_condition(value, rename) for key, value in node.items()}
    operator, args = next(iter(node.items()))
    if operator == "var":
        return {operator: _rename_var(args, rename)}
    if operator == "missing":
        return {operator: _rename_missing(args, rename)}
    if operator == "missing_some" and isinstance(args, list) and len(args) == 2:
        first, names = args
        if isinstance(names, list):
            names = [_name(item, rename) for item in names]
        return {operator: [_walk_condition(first, rename), names]}
    return {operator: _walk_condition(args, rename)}


def _rename_var(args: Any, rename: Callable[[str], str]) -> Any:
    if not isinstance(args, list):
        return _name(args, rename)
    if not args:
        return []
    # The second argument is the default: a value, which may hold operations.
    rest = [_walk_condition(arg, rename) for arg in args[1:]]
    return [_name(args[0], rename), *rest]


def _rename_missing(args: Any, rename: Callable[[str], str]) -> Any:
    if not isinstance(args, list):
        return _name(args, rename)
    if len(args) == 1 and isinstance(args[0], list):
        return [[_name(item, rename) for item in args[0]]]
    return [_name(item, rename) for item in args]


def _name(value: Any, rename: Callable[[str], str]) -> Any:
    # An empty name reads the whole data, never a field.
    return rename(value) if isinstance(value, str) and value else value


def _token_name(match: re.Match) -> str | None:
    inner = match.group(1)
    return inner.strip() if inner is not None else None


def _places(template: Template) -> Iterator[tuple[Usage, Any]]:
    """Every place that can use a field, with what it holds there."""
    for key, string in template.strings.items():
        yield Usage(UsageKind.TEXT, key, template.source_language), string.source
        for language, translation in string.translations.items():
            yield Usage(UsageKind.TEXT, key, language), translation.text
    for scene in template.scenes:
        if scene.condition is not None:
            usage = Usage(UsageKind.SCENE_CONDITION, scene.id, scene=scene.name)
            yield usage, scene.condition
        for layer in scene.layers:
            yield from _layer_places(scene, layer)
    for setting in FIELD_SETTINGS:
        yield Usage(UsageKind.SETTING, setting), getattr(template.settings, setting)


def _layer_places(scene: Scene, layer: Layer) -> Iterator[tuple[Usage, Any]]:
    names = {"scene": scene.name, "layer": layer.name}
    if layer.condition is not None:
        yield Usage(UsageKind.LAYER_CONDITION, layer.id, **names), layer.condition
    if isinstance(layer, ButtonLayer) and layer.action.kind in _FIELD_TARGETS:
        yield Usage(UsageKind.BUTTON_TARGET, layer.id, **names), layer.action.target


def _uses(usage: Usage, value: Any, name: str) -> bool:
    if usage.kind in (UsageKind.TEXT, UsageKind.BUTTON_TARGET):
        return isinstance(value, str) and text_uses(value, name)
    if usage.kind is UsageKind.SETTING:
        return value == name
    return name in condition_fields(value)


def _renamed(usage: Usage, value: Any, old: str, new: str) -> Any:
    if usage.kind in (UsageKind.TEXT, UsageKind.BUTTON_TARGET):
        return rename_in_text(value, old, new)
    if usage.kind is UsageKind.SETTING:
        return new
    return rename_in_condition(value, old, new)


def _put(template: Template, usage: Usage, value: Any) -> None:
    """Make the place ``usage`` hold ``value``."""
    if usage.kind is UsageKind.TEXT:
        string = template.strings[usage.target]
        if usage.language == template.source_language:
            string.source = value
        else:
            found = string.translations[usage.language]
            string.translations[usage.language] = replace(found, text=value)
    elif usage.kind is UsageKind.SETTING:
        setattr(template.settings, usage.target, value)
    elif usage.kind is UsageKind.SCENE_CONDITION:
        template.scene(usage.target).condition = value
    else:
        layer = _layer(template, usage.target)
        if usage.kind is UsageKind.LAYER_CONDITION:
            layer.condition = value
        else:
            # A new Action rather than a changed one: edits kept for undo may
            # hold the old one.
            layer.action = replace(layer.action, target=value)


def _layer(template: Template, layer_id: str) -> Layer:
    for scene in template.scenes:
        for layer in scene.layers:
            if layer.id == layer_id:
                return layer
    raise KeyError(f"there is no layer {layer_id!r}")
