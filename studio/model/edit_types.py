"""The edits a user makes to a template, as data, and the error that refuses one.

Each edit is a frozen dataclass naming what it changes, with a ``label`` for the
undo history; :func:`studio.model.edits.apply_edit` makes it. This module holds
only the data, so that the appliers of each kind of edit can share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from studio.model.keyframes import Easing
from studio.model.layers import Layer
from studio.model.template import AssetRef, Scene, TranslatableString
from studio.model.usages import Usage
from studio.values.fields import Field


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
class AddScene:
    """Put ``scene`` into the story at ``index`` (None: last). Its id and the ids
    of its layers must be new."""

    scene: Scene
    index: int | None = None
    label: str = "Add scene"


@dataclass(frozen=True)
class RemoveScene:
    """Take a scene out. Refused while a scene goes on to it, a button leads to
    it or the settings name it, unless ``allow_in_use``: those then lead nowhere,
    for the story map to show."""

    scene: str
    allow_in_use: bool = False
    label: str = "Delete scene"


@dataclass(frozen=True)
class MoveScene:
    """Move a scene to ``index`` in the order of scenes; the first is the entry."""

    scene: str
    index: int
    label: str = "Move scene"


@dataclass(frozen=True)
class AddString:
    """Add a translatable text under a new key."""

    string: TranslatableString
    label: str = "Add text"


@dataclass(frozen=True)
class RemoveString:
    """Take a text out; refused while a layer, caption or picker uses it."""

    key: str
    label: str = "Delete text"


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
    | AddScene
    | RemoveScene
    | MoveScene
    | AddString
    | RemoveString
    | Batch
)
