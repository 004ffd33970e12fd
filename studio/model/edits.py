"""Edits: every change a user makes to a template, as data that can be undone.

An edit is applied with :func:`apply_edit`, which returns the edit that undoes it.
An edit that cannot be applied raises :class:`EditError` and changes nothing: it
is checked whole before anything is touched. The studio's undo stack holds pairs
of an edit and its inverse; this module knows nothing of Qt.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from studio.model.keyframes import Easing, Keyframe
from studio.model.layers import TRANSFORM_PROPERTIES, Layer
from studio.model.template import (
    AssetRef,
    Scene,
    Template,
    Translation,
    placeholders,
)
from studio.model.usages import (
    Usage,
    field_usages,
    rename_uses,
    restore_uses,
)
from studio.model.validate import MAX_SCENE_SECONDS
from studio.problems import Level
from studio.values.conditions import check_condition
from studio.values.fields import Field, FieldKind, validate_field_definition
from studio.values.money import currency_precision
from studio.values.parsing import parse_present

__all__ = [
    "AddAsset",
    "AddField",
    "AddLayer",
    "Batch",
    "Edit",
    "EditError",
    "MoveKeyframe",
    "RemoveAsset",
    "RemoveField",
    "RemoveKeyframe",
    "RemoveLayer",
    "RenameField",
    "RestoreField",
    "RestoreProperty",
    "RestoreSceneProperty",
    "RevertRename",
    "SetField",
    "SetLayerProperty",
    "SetSceneProperty",
    "SetText",
    "SetTransform",
    "Usage",
    "apply_edit",
    "field_usages",
    "find_layer",
    "find_scene_of",
]


class EditError(ValueError):
    """An edit that does not fit the template; the message says why."""


@dataclass(frozen=True)
class SetLayerProperty:
    """Give a layer's own property (not a transform) a new value."""

    layer: str
    name: str
    value: Any
    label: str = "Change property"


@dataclass(frozen=True)
class SetTransform:
    """Set a transform property: its constant value, or its keyframe at ``frame``.

    With ``frame`` None the constant value changes (and the property must not be
    keyframed); otherwise the keyframe at that frame is set, or added.
    """

    layer: str
    name: str
    value: Any
    frame: int | None = None
    easing: Easing | None = None
    label: str = "Change transform"


@dataclass(frozen=True)
class RemoveKeyframe:
    layer: str
    name: str
    frame: int
    label: str = "Delete keyframe"


@dataclass(frozen=True)
class MoveKeyframe:
    layer: str
    name: str
    frame: int
    to: int
    label: str = "Move keyframe"


@dataclass(frozen=True)
class RestoreProperty:
    """Put a whole transform property back as it was (the inverse of the others)."""

    layer: str
    name: str
    state: Any  # a deep copy of the Animated property
    label: str = "Restore"


@dataclass(frozen=True)
class SetText:
    """Give a translatable text its words in one language (the source or a
    translation); ``text`` None removes that translation."""

    key: str
    language: str
    text: str | None
    label: str = "Edit text"


@dataclass(frozen=True)
class AddLayer:
    """Put ``layer`` into a scene at ``index`` (0 is the bottom layer)."""

    scene: str
    layer: Layer
    index: int | None = None  # None: on top
    label: str = "Add layer"


@dataclass(frozen=True)
class RemoveLayer:
    layer: str
    label: str = "Delete layer"


@dataclass(frozen=True)
class AddAsset:
    """Register an imported media file (its bytes are already stored)."""

    asset: AssetRef
    label: str = "Import media"


@dataclass(frozen=True)
class RemoveAsset:
    asset: str
    label: str = "Remove media"


@dataclass(frozen=True)
class AddField:
    """Put a new field into the template at ``index`` (None: last)."""

    field: Field
    index: int | None = None
    label: str = "Add field"


@dataclass(frozen=True)
class RemoveField:
    """Take a field out. Refused while texts, conditions, buttons or settings use
    it, unless ``allow_in_use``: those uses then name a field that is not there."""

    name: str
    allow_in_use: bool = False
    label: str = "Delete field"


@dataclass(frozen=True)
class SetField:
    """Give one attribute of a field (any but its name) a new value.

    Changing the kind also drops what the new kind has no use for: the currency
    of a field that is no longer money, the choices of one that is no longer a
    choice, bounds that no longer fit, a fallback the new kind cannot read. A
    money field needs its currency first, a choice field its choices.
    """

    name: str
    attribute: str
    value: Any
    label: str = "Change field"


@dataclass(frozen=True)
class RestoreField:
    """Put a field back as it was (the inverse of the field edits): it replaces
    the field of its name, or when there is none is inserted at ``index``."""

    name: str
    state: Field
    index: int | None = None
    label: str = "Restore"


@dataclass(frozen=True)
class RenameField:
    """Rename a field and every use of it: the placeholders of every text in
    every language, the conditions, button targets and settings that name it."""

    old: str
    new: str
    label: str = "Rename field"


@dataclass(frozen=True)
class RevertRename:
    """The inverse of :class:`RenameField`: field ``name`` is called ``to`` again
    and each place the rename changed holds what it held before (``before``
    pairs a :class:`Usage` with its earlier value)."""

    name: str
    to: str
    before: tuple[tuple[Usage, Any], ...]
    label: str = "Rename field"


@dataclass(frozen=True)
class SetSceneProperty:
    """Set one of a scene's own attributes: ``name``, ``duration`` (frames),
    ``background`` (#RRGGBB), ``condition`` (JsonLogic or None), ``next_scene``
    (a scene id or None) or ``caption`` (a text key or None)."""

    scene: str
    name: str
    value: Any
    label: str = "Change scene"


@dataclass(frozen=True)
class RestoreSceneProperty:
    """Put a scene attribute back as it was (the inverse of the one above)."""

    scene: str
    name: str
    value: Any
    label: str = "Restore"


@dataclass(frozen=True)
class Batch:
    """Several edits as one: all are made, or (when one fails) none."""

    edits: tuple
    label: str = "Edit"


Edit = (
    SetLayerProperty
    | SetTransform
    | RemoveKeyframe
    | MoveKeyframe
    | RestoreProperty
    | SetText
    | AddLayer
    | RemoveLayer
    | AddAsset
    | RemoveAsset
    | AddField
    | RemoveField
    | SetField
    | RestoreField
    | RenameField
    | RevertRename
    | SetSceneProperty
    | RestoreSceneProperty
    | Batch
)

_FIXED = {"id", "kind"}


def find_layer(template: Template, layer_id: str) -> tuple[Layer, int]:
    """The layer and the length of its scene."""
    for scene in template.scenes:
        for layer in scene.layers:
            if layer.id == layer_id:
                return layer, scene.duration
    raise EditError(f"there is no layer {layer_id!r}")


def find_scene_of(template: Template, layer_id: str) -> Scene:
    for scene in template.scenes:
        if any(layer.id == layer_id for layer in scene.layers):
            return scene
    raise EditError(f"there is no layer {layer_id!r}")


def apply_edit(template: Template, edit: Edit) -> Edit:
    """Apply ``edit``; return the edit that undoes it. On error nothing changes."""
    other = _OTHER_EDITS.get(type(edit))
    if other is not None:
        return other(template, edit)
    layer, duration = find_layer(template, edit.layer)
    if isinstance(edit, SetLayerProperty):
        return _set_property(layer, edit)
    if edit.name not in TRANSFORM_PROPERTIES:
        raise EditError(f"{edit.name!r} is not a transform property")
    prop = getattr(layer.transform, edit.name)
    before = RestoreProperty(edit.layer, edit.name, copy.deepcopy(prop), edit.label)
    if isinstance(edit, RestoreProperty):
        setattr(layer.transform, edit.name, copy.deepcopy(edit.state))
    elif isinstance(edit, SetTransform):
        _set_transform(prop, edit, duration)
    elif isinstance(edit, RemoveKeyframe):
        _keyframe_at(prop, edit.frame, layer)
        prop.remove_keyframe(edit.frame)
    else:
        _move_keyframe(prop, edit, duration, layer)
    return before


def _set_property(layer: Layer, edit: SetLayerProperty) -> SetLayerProperty:
    if edit.name in _FIXED or edit.name == "transform":
        raise EditError(f"{edit.name!r} of a layer cannot be changed this way")
    if edit.name not in layer.__dataclass_fields__:
        raise EditError(f"a {layer.kind.value} layer has no property {edit.name!r}")
    old = getattr(layer, edit.name)
    if edit.name in ("start", "end"):
        _check_timing(layer, edit)
    if old is not None and edit.value is not None and type(old) is not type(edit.value):
        if not (isinstance(old, float) and isinstance(edit.value, int)):
            raise EditError(
                f"{edit.name} takes a {type(old).__name__}, not {edit.value!r}"
            )
    setattr(layer, edit.name, edit.value)
    return replace(edit, value=old)


def _set_transform(prop, edit: SetTransform, duration: int) -> None:
    value = _checked_value(prop.value, edit.value, edit.name)
    if edit.frame is None:
        if prop.is_animated:
            raise EditError(
                f"{edit.name} is keyframed; set it at a frame, or delete its keyframes"
            )
        prop.value = value
        return
    if not 0 <= edit.frame <= duration:
        raise EditError(f"frame {edit.frame} lies outside the scene (0 to {duration})")
    existing = next((k for k in prop.keyframes if k.frame == edit.frame), None)
    easing = edit.easing or (existing.easing if existing else Easing())
    prop.set_keyframe(Keyframe(edit.frame, value, easing))


def _checked_value(current: Any, value: Any, name: str) -> Any:
    if isinstance(current, tuple):
        ok = isinstance(value, tuple | list) and len(value) == 2
        if not ok or not all(isinstance(v, int | float) for v in value):
            raise EditError(f"{name} takes two numbers, not {value!r}")
        return (float(value[0]), float(value[1]))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise EditError(f"{name} takes a number, not {value!r}")
    if name == "opacity" and not 0.0 <= value <= 1.0:
        raise EditError(f"opacity {value} is outside 0 to 1")
    return float(value)


def _keyframe_at(prop, frame: int, layer: Layer) -> Keyframe:
    for key in prop.keyframes:
        if key.frame == frame:
            return key
    raise EditError(f"layer {layer.name!r} has no keyframe at frame {frame}")


def _move_keyframe(prop, edit: MoveKeyframe, duration: int, layer: Layer) -> None:
    key = _keyframe_at(prop, edit.frame, layer)
    if not 0 <= edit.to <= duration:
        raise EditError(f"frame {edit.to} lies outside the scene (0 to {duration})")
    if edit.to != edit.frame and any(k.frame == edit.to for k in prop.keyframes):
        raise EditError(f"there is already a keyframe at frame {edit.to}")
    prop.remove_keyframe(edit.frame)
    prop.set_keyframe(replace(key, frame=edit.to))


def _check_timing(layer: Layer, edit: SetLayerProperty) -> None:
    start = edit.value if edit.name == "start" else layer.start
    end = edit.value if edit.name == "end" else layer.end
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise EditError(f"the in point of {layer.name!r} must be a frame from 0 on")
    if end is not None and (isinstance(end, bool) or not isinstance(end, int)):
        raise EditError(f"the out point of {layer.name!r} must be a frame")
    if end is not None and end <= start:
        raise EditError(
            f"layer {layer.name!r} would end (frame {end}) before it starts "
            f"(frame {start})"
        )


def _set_text(template: Template, edit: SetText) -> SetText:
    string = template.strings.get(edit.key)
    if string is None:
        raise EditError(f"there is no text {edit.key!r}")
    if edit.language not in template.languages:
        raise EditError(f"{edit.language!r} is not a language of this template")
    source = edit.language == template.source_language
    if edit.text is not None:
        try:
            placeholders(edit.text)
        except ValueError as error:
            raise EditError(f"text {edit.key!r}: {error}") from None
    if source:
        if edit.text is None:
            raise EditError(
                f"the {edit.language} text of {edit.key!r} cannot be removed"
            )
        old = string.source
        string.source = edit.text
        return replace(edit, text=old)
    found = string.translations.get(edit.language)
    old = found.text if found else None
    if edit.text is None:
        string.translations.pop(edit.language, None)
    elif found is None:
        string.translations[edit.language] = Translation(edit.text)
    else:
        string.translations[edit.language] = replace(found, text=edit.text)
    return replace(edit, text=old)


def _add_layer(template: Template, edit: AddLayer) -> RemoveLayer:
    try:
        scene = template.scene(edit.scene)
    except KeyError:
        raise EditError(f"there is no scene {edit.scene!r}") from None
    taken = {layer.id for s in template.scenes for layer in s.layers}
    if edit.layer.id in taken:
        raise EditError(f"there is already a layer {edit.layer.id!r}")
    index = len(scene.layers) if edit.index is None else edit.index
    if not 0 <= index <= len(scene.layers):
        raise EditError(f"scene {scene.name!r} has no place {index} for a layer")
    scene.layers.insert(index, copy.deepcopy(edit.layer))
    return RemoveLayer(edit.layer.id, edit.label)


def _remove_layer(template: Template, edit: RemoveLayer) -> AddLayer:
    scene = find_scene_of(template, edit.layer)
    index = next(i for i, layer in enumerate(scene.layers) if layer.id == edit.layer)
    layer = scene.layers.pop(index)
    return AddLayer(scene.id, layer, index, edit.label)


def _add_asset(template: Template, edit: AddAsset) -> RemoveAsset:
    if edit.asset.id in template.assets:
        raise EditError(f"there is already media called {edit.asset.id!r}")
    template.assets[edit.asset.id] = edit.asset
    return RemoveAsset(edit.asset.id, edit.label)


def _remove_asset(template: Template, edit: RemoveAsset) -> AddAsset:
    asset = template.assets.get(edit.asset)
    if asset is None:
        raise EditError(f"there is no media {edit.asset!r}")
    users = [
        layer.name
        for scene in template.scenes
        for layer in scene.layers
        if getattr(layer, "asset", None) == edit.asset
    ]
    if users or (template.music is not None and template.music.asset == edit.asset):
        where = users[0] if users else "the music bed"
        raise EditError(f"media {edit.asset!r} is still used by {where}")
    del template.assets[edit.asset]
    return AddAsset(asset, edit.label)


def _batch(template: Template, edit: Batch) -> Batch:
    inverses: list = []
    try:
        for part in edit.edits:
            inverses.append(apply_edit(template, part))
    except EditError:
        for inverse in reversed(inverses):
            apply_edit(template, inverse)
        raise
    return Batch(tuple(reversed(inverses)), edit.label)


# -- fields ----------------------------------------------------------------------

FIELD_ATTRIBUTES = (
    "kind",
    "label",
    "required",
    "fallback",
    "min_length",
    "max_length",
    "personal",
    "currency",
    "choices",
    "minimum",
    "maximum",
    "description",
)
_TEXT_ATTRIBUTES = ("label", "description")
_FLAG_ATTRIBUTES = ("required", "personal")
_OPTIONAL_TEXT_ATTRIBUTES = ("fallback", "currency")


def _field_index(template: Template, name: str) -> int:
    for index, field in enumerate(template.fields):
        if field.name == name:
            return index
    raise EditError(f"there is no field {name!r}")


def _add_field(template: Template, edit: AddField) -> RemoveField:
    if not isinstance(edit.field, Field):
        raise EditError(f"{edit.field!r} is not a field")
    name = edit.field.name
    if any(field.name == name for field in template.fields):
        raise EditError(f"there is already a field {name!r}")
    _refuse(name, _field_problems(template, edit.field))
    index = len(template.fields) if edit.index is None else edit.index
    if not 0 <= index <= len(template.fields):
        raise EditError(f"there is no place {index} for a field")
    template.fields.insert(index, copy.deepcopy(edit.field))
    return RemoveField(name, True, edit.label)


def _remove_field(template: Template, edit: RemoveField) -> RestoreField:
    index = _field_index(template, edit.name)
    usages = field_usages(template, edit.name)
    if usages and not edit.allow_in_use:
        places = "; ".join(usage.describe() for usage in usages[:3])
        more = f" and {len(usages) - 3} more" if len(usages) > 3 else ""
        raise EditError(f"field {edit.name!r} is still used by {places}{more}")
    field = template.fields.pop(index)
    return RestoreField(edit.name, field, index, edit.label)


def _set_field(template: Template, edit: SetField) -> RestoreField:
    index = _field_index(template, edit.name)
    field = template.fields[index]
    if edit.attribute == "name":
        raise EditError("a field gets another name by renaming it")
    if edit.attribute not in FIELD_ATTRIBUTES:
        raise EditError(
            f"a field has no attribute {edit.attribute!r}; "
            f"it has {', '.join(FIELD_ATTRIBUTES)}"
        )
    value = _attribute_value(edit.attribute, edit.value)
    changed = replace(field, **{edit.attribute: value})
    if edit.attribute == "kind":
        changed = _fitted_to_kind(changed, template.settings.region)
    earlier = set(_field_problems(template, field))
    _refuse(
        edit.name,
        [p for p in _field_problems(template, changed) if p not in earlier],
    )
    template.fields[index] = changed
    return RestoreField(edit.name, field, index, edit.label)


def _attribute_value(attribute: str, value: Any) -> Any:
    """``value`` as the attribute holds it; EditError for a value of a wrong type
    (the rules of the values themselves are checked on the whole field)."""
    if attribute == "kind":
        if value not in list(FieldKind):
            raise EditError(f"kind {value!r} is not one of {', '.join(FieldKind)}")
        return FieldKind(value)
    if attribute in _TEXT_ATTRIBUTES and not isinstance(value, str):
        raise EditError(f"{attribute} takes text, not {value!r}")
    if attribute in _FLAG_ATTRIBUTES and not isinstance(value, bool):
        raise EditError(f"{attribute} takes true or false, not {value!r}")
    if attribute in _OPTIONAL_TEXT_ATTRIBUTES:
        if value is not None and not isinstance(value, str):
            raise EditError(f"{attribute} takes text or nothing, not {value!r}")
    if attribute == "choices":
        if not isinstance(value, list | tuple):
            raise EditError(f"choices takes a list of texts, not {value!r}")
        if not all(isinstance(choice, str) for choice in value):
            raise EditError(f"choices takes a list of texts, not {list(value)!r}")
        return tuple(value)
    return value


def _fitted_to_kind(field: Field, region: str) -> Field:
    """``field`` without what its (new) kind has no use for."""
    kind = field.kind
    changes: dict[str, Any] = {}
    if kind is not FieldKind.MONEY and field.currency is not None:
        changes["currency"] = None
    if kind is not FieldKind.CHOICE and field.choices:
        changes["choices"] = ()
    for key in ("minimum", "maximum"):
        bound = getattr(field, key)
        fitted = _bound_for(kind, bound)
        if fitted is not bound:
            changes[key] = fitted
    fitted = replace(field, **changes)
    if fitted.fallback is not None:
        try:
            parse_present(fitted, fitted.fallback, region=region)
        except ValueError:
            fitted = replace(fitted, fallback=None)
    return fitted


def _bound_for(kind: FieldKind, bound: Any) -> Any:
    """``bound`` as a bound of ``kind``: exact, or None when it cannot be."""
    if isinstance(bound, bool) or not isinstance(bound, int | Decimal):
        return None
    if kind is FieldKind.MONEY:
        return bound if isinstance(bound, Decimal) else Decimal(bound)
    if kind is FieldKind.INTEGER:
        if isinstance(bound, int):
            return bound
        whole = bound.is_finite() and bound == bound.to_integral_value()
        return int(bound) if whole else None
    return None


def _field_problems(template: Template, field: Field) -> list[str]:
    """What stops ``field`` from being used in ``template``: its definition, the
    decimals of money bounds, and the roles the settings give it."""
    problems = [
        problem.message
        for problem in validate_field_definition(field)
        if problem.level is Level.ERROR
    ]
    problems += _bound_decimals(field)
    settings = template.settings
    if field.name == settings.row_id_field:
        if field.kind is not FieldKind.TEXT or not field.required:
            problems.append(
                "it is the row id of the sample rows and must stay a required "
                "text field"
            )
    if field.name == settings.amount_field and field.kind is not FieldKind.MONEY:
        problems.append(
            "it is the amount that instalment plans split and must stay a money field"
        )
    return problems


def _bound_decimals(field: Field) -> list[str]:
    if field.kind is not FieldKind.MONEY or not field.currency:
        return []
    try:
        precision = currency_precision(field.currency)
    except ValueError:
        return []  # the definition's own check names the currency
    problems = []
    for key in ("minimum", "maximum"):
        bound = getattr(field, key)
        if isinstance(bound, Decimal) and bound.is_finite():
            if -bound.as_tuple().exponent > precision:
                problems.append(
                    f"{key} {bound} has more decimals than {field.currency} "
                    f"allows ({precision})"
                )
    return problems


def _refuse(name: str, problems: list[str]) -> None:
    if problems:
        raise EditError(f"field {name!r}: {'; '.join(problems)}")


def _restore_field(template: Template, edit: RestoreField) -> Edit:
    if edit.state.name != edit.name:
        raise EditError(f"field {edit.state.name!r} cannot stand for {edit.name!r}")
    state = copy.deepcopy(edit.state)
    for index, field in enumerate(template.fields):
        if field.name == edit.name:
            template.fields[index] = state
            return RestoreField(edit.name, field, index, edit.label)
    index = len(template.fields) if edit.index is None else edit.index
    if not 0 <= index <= len(template.fields):
        raise EditError(f"there is no place {index} for a field")
    template.fields.insert(index, state)
    return RemoveField(edit.name, True, edit.label)


def _rename_field(template: Template, edit: RenameField) -> RevertRename:
    index = _field_index(template, edit.old)
    field = template.fields[index]
    if edit.new == edit.old:
        raise EditError(f"the field is already called {edit.new!r}")
    if any(other.name == edit.new for other in template.fields):
        raise EditError(f"there is already a field {edit.new!r}")
    renamed = replace(field, name=edit.new)
    problems = validate_field_definition(renamed)
    earlier = {problem.message for problem in validate_field_definition(field)}
    new = [p.message for p in problems if p.message not in earlier]
    if new:
        raise EditError(f"field {edit.old!r} cannot be renamed: {'; '.join(new)}")
    template.fields[index] = renamed
    before = rename_uses(template, edit.old, edit.new)
    return RevertRename(edit.new, edit.old, before, edit.label)


def _revert_rename(template: Template, edit: RevertRename) -> RenameField:
    index = _field_index(template, edit.name)
    template.fields[index] = replace(template.fields[index], name=edit.to)
    restore_uses(template, edit.before)
    return RenameField(edit.to, edit.name, edit.label)


# -- scenes ----------------------------------------------------------------------

SCENE_PROPERTIES = (
    "name",
    "duration",
    "background",
    "condition",
    "next_scene",
    "caption",
)
_BACKGROUND = re.compile(r"#[0-9A-Fa-f]{6}")


def _scene_of(template: Template, scene_id: str) -> Scene:
    try:
        return template.scene(scene_id)
    except KeyError:
        raise EditError(f"there is no scene {scene_id!r}") from None


def _check_scene_property_name(name: str) -> None:
    if name not in SCENE_PROPERTIES:
        raise EditError(
            f"a scene has no property {name!r} to set this way; "
            f"it has {', '.join(SCENE_PROPERTIES)}"
        )


def _set_scene_property(
    template: Template, edit: SetSceneProperty
) -> RestoreSceneProperty:
    scene = _scene_of(template, edit.scene)
    _check_scene_property_name(edit.name)
    problem = _SCENE_CHECKS[edit.name](template, scene, edit.value)
    if problem:
        raise EditError(f"scene {scene.name!r}: {problem}")
    old = getattr(scene, edit.name)
    setattr(scene, edit.name, copy.deepcopy(edit.value))
    return RestoreSceneProperty(edit.scene, edit.name, old, edit.label)


def _restore_scene_property(
    template: Template, edit: RestoreSceneProperty
) -> RestoreSceneProperty:
    scene = _scene_of(template, edit.scene)
    _check_scene_property_name(edit.name)
    old = getattr(scene, edit.name)
    setattr(scene, edit.name, copy.deepcopy(edit.value))
    return RestoreSceneProperty(edit.scene, edit.name, old, edit.label)


def _check_scene_name(template: Template, scene: Scene, value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"name {value!r} is empty or not text"
    if any(other.name == value for other in template.scenes if other is not scene):
        return f"there is already a scene called {value!r}"
    return None


def _check_duration(template: Template, scene: Scene, value: Any) -> str | None:
    limit = MAX_SCENE_SECONDS * template.fps
    if isinstance(value, bool) or not isinstance(value, int):
        return f"duration {value!r} is not a whole number of frames"
    if not 1 <= value <= limit:
        return f"duration {value} frames is outside 1 to {limit} frames"
    earlier = set(_duration_conflicts(template, scene, scene.duration))
    for conflict in _duration_conflicts(template, scene, value):
        if conflict not in earlier:
            return f"it cannot be {value} frames long: {conflict}"
    return None


def _duration_conflicts(template: Template, scene: Scene, duration: int) -> list[str]:
    """What would lie past the end of ``scene`` if it lasted ``duration`` frames."""
    conflicts = []
    for layer in scene.layers:
        if layer.start >= duration:
            conflicts.append(f"layer {layer.name!r} starts at frame {layer.start}")
        if layer.end is not None and layer.end > duration:
            conflicts.append(f"layer {layer.name!r} ends at frame {layer.end}")
        for name in TRANSFORM_PROPERTIES:
            frames = [key.frame for key in getattr(layer.transform, name).keyframes]
            if frames and max(frames) > duration:
                conflicts.append(
                    f"layer {layer.name!r} has a {name} keyframe at frame {max(frames)}"
                )
    position = next(i for i, other in enumerate(template.scenes) if other is scene)
    if scene.transition.duration > duration:
        conflicts.append(f"its crossfade takes {scene.transition.duration} frames")
    if position + 1 < len(template.scenes):
        after = template.scenes[position + 1]
        if after.transition.duration > duration:
            conflicts.append(
                f"scene {after.name!r} crossfades over it for "
                f"{after.transition.duration} frames"
            )
    settings = template.settings
    frame = settings.thumbnail_frame or 0
    if settings.thumbnail_scene == scene.id and frame >= duration:
        conflicts.append(f"the thumbnail is taken at frame {frame}")
    return conflicts


def _check_background(template: Template, scene: Scene, value: Any) -> str | None:
    if isinstance(value, str) and _BACKGROUND.fullmatch(value):
        return None
    return f"background {value!r} is not a colour written #RRGGBB"


def _check_scene_condition(template: Template, scene: Scene, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        return f"condition {value!r} is not a JsonLogic object"
    known = {field.name for field in template.fields}
    earlier = set(check_condition(scene.condition, known)) if scene.condition else ()
    problems = [p for p in check_condition(value, known) if p not in earlier]
    return f"the condition: {'; '.join(problems)}" if problems else None


def _check_next_scene(template: Template, scene: Scene, value: Any) -> str | None:
    if value is None:
        return None
    if value == scene.id:
        return "a scene cannot go on to itself"
    if not any(other.id == value for other in template.scenes):
        return f"there is no scene {value!r} to go on to"
    return None


def _check_caption(template: Template, scene: Scene, value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value in template.strings):
        return None
    return f"there is no text {value!r} for the caption"


_SCENE_CHECKS = {
    "name": _check_scene_name,
    "duration": _check_duration,
    "background": _check_background,
    "condition": _check_scene_condition,
    "next_scene": _check_next_scene,
    "caption": _check_caption,
}


_OTHER_EDITS = {
    SetText: _set_text,
    AddLayer: _add_layer,
    RemoveLayer: _remove_layer,
    AddAsset: _add_asset,
    RemoveAsset: _remove_asset,
    AddField: _add_field,
    RemoveField: _remove_field,
    SetField: _set_field,
    RestoreField: _restore_field,
    RenameField: _rename_field,
    RevertRename: _revert_rename,
    SetSceneProperty: _set_scene_property,
    RestoreSceneProperty: _restore_scene_property,
    Batch: _batch,
}
