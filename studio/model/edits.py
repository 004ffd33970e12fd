"""Edits: every change a user makes to a template, as data that can be undone.

An edit is applied with :func:`apply_edit`, which returns the edit that undoes it.
An edit that cannot be applied raises :class:`EditError` and changes nothing: it
is checked whole before anything is touched. The studio's undo stack holds pairs
of an edit and its inverse; this module knows nothing of Qt.

The edits themselves are data in :mod:`studio.model.edit_types`; the appliers of
layer, field and scene edits are in :mod:`studio.model.layer_edits`,
:mod:`studio.model.field_edits` and :mod:`studio.model.scene_edits`.
"""

from __future__ import annotations

from dataclasses import replace

from studio.model.edit_types import (
    AddAsset,
    AddField,
    AddLayer,
    AddScene,
    AddString,
    Batch,
    Edit,
    EditError,
    MoveKeyframe,
    MoveScene,
    RemoveAsset,
    RemoveField,
    RemoveKeyframe,
    RemoveLayer,
    RemoveScene,
    RemoveString,
    RenameField,
    RestoreField,
    RestoreProperty,
    RestoreSceneProperty,
    RevertRename,
    SetField,
    SetLayerProperty,
    SetSceneProperty,
    SetText,
    SetTransform,
)
from studio.model.field_edits import (
    FIELD_ATTRIBUTES,
    add_field,
    remove_field,
    rename_field,
    restore_field,
    revert_rename,
    set_field,
)
from studio.model.layer_edits import (
    add_layer,
    apply_layer_edit,
    find_layer,
    find_scene_of,
    remove_layer,
)
from studio.model.scene_edits import (
    SCENE_PROPERTIES,
    restore_scene_property,
    set_scene_property,
)
from studio.model.story_edits import (
    add_scene,
    add_string,
    move_scene,
    remove_scene,
    remove_string,
)
from studio.model.template import Template, Translation, placeholders
from studio.model.usages import Usage, field_usages

__all__ = [
    "FIELD_ATTRIBUTES",
    "SCENE_PROPERTIES",
    "AddAsset",
    "AddField",
    "AddLayer",
    "AddScene",
    "AddString",
    "MoveScene",
    "RemoveScene",
    "RemoveString",
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


def apply_edit(template: Template, edit: Edit) -> Edit:
    """Apply ``edit``; return the edit that undoes it. On error nothing changes."""
    other = _OTHER_EDITS.get(type(edit))
    if other is not None:
        return other(template, edit)
    return apply_layer_edit(template, edit)


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


_OTHER_EDITS = {
    SetText: _set_text,
    AddScene: add_scene,
    RemoveScene: remove_scene,
    MoveScene: move_scene,
    AddString: add_string,
    RemoveString: remove_string,
    AddLayer: add_layer,
    RemoveLayer: remove_layer,
    AddAsset: _add_asset,
    RemoveAsset: _remove_asset,
    AddField: add_field,
    RemoveField: remove_field,
    SetField: set_field,
    RestoreField: restore_field,
    RenameField: rename_field,
    RevertRename: revert_rename,
    SetSceneProperty: set_scene_property,
    RestoreSceneProperty: restore_scene_property,
    Batch: _batch,
}
