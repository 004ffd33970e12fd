"""The open document: a project and its undo stack, the one door edits go through.

Every user-visible change is an :mod:`studio.model.edits` edit pushed here as a
command on the document's ``QUndoStack``. A drag sends many edits with the same
merge key; they become one step. A compound change is one named macro. An edit
that fails raises before anything is pushed and leaves the template unchanged.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from studio.model.edits import Edit, EditError, apply_edit, find_layer
from studio.model.layers import Layer
from studio.model.template import Scene
from studio.problems import InvalidError
from studio.project import Project
from studio.values.stress import StressRow, stress_rows

logger = logging.getLogger(__name__)

_MERGING = 1  # QUndoCommand.id() of edits that carry a merge key


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    return text


# The default names of the model's edits, marked for translation; the undo
# history shows them in the interface language.
EDIT_LABELS = (
    QT_TRANSLATE_NOOP("Edits", "Change property"),
    QT_TRANSLATE_NOOP("Edits", "Change transform"),
    QT_TRANSLATE_NOOP("Edits", "Delete keyframe"),
    QT_TRANSLATE_NOOP("Edits", "Move keyframe"),
    QT_TRANSLATE_NOOP("Edits", "Restore"),
    QT_TRANSLATE_NOOP("Edits", "Edit text"),
    QT_TRANSLATE_NOOP("Edits", "Add layer"),
    QT_TRANSLATE_NOOP("Edits", "Delete layer"),
    QT_TRANSLATE_NOOP("Edits", "Import media"),
    QT_TRANSLATE_NOOP("Edits", "Remove media"),
    QT_TRANSLATE_NOOP("Edits", "Edit"),
    QT_TRANSLATE_NOOP("Edits", "Add field"),
    QT_TRANSLATE_NOOP("Edits", "Delete field"),
    QT_TRANSLATE_NOOP("Edits", "Change field"),
    QT_TRANSLATE_NOOP("Edits", "Rename field"),
    QT_TRANSLATE_NOOP("Edits", "Change scene"),
)


def edit_label(label: str) -> str:
    """``label`` in the interface language (a label already translated passes)."""
    return QCoreApplication.translate("Edits", label)


class EditCommand(QUndoCommand):
    """One edit and its inverse; the first ``redo`` is the edit already applied."""

    def __init__(self, document: Document, edit: Edit, inverse: Edit, merge_key):
        super().__init__(edit_label(edit.label))
        self.document = document
        self.edit = edit
        self.inverse = inverse
        self.merge_key = merge_key
        self._applied = True

    def id(self) -> int:
        return _MERGING if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self.edit = other.edit  # the first inverse still undoes the whole drag
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # pushed after being applied once already
            return
        self.inverse = apply_edit(self.document.project.template, self.edit)
        self.document.sig_changed.emit()

    def undo(self) -> None:
        apply_edit(self.document.project.template, self.inverse)
        self.document.sig_changed.emit()


class Document(QObject):
    """A project being edited, and where the editor stands in it.

    Besides the template (changed only through :meth:`edit`), a document holds
    what the panels share: the scene shown, the frame of the playhead within it,
    the selected layers, the language and the sample row the canvas shows.

    Signals
    -------
    sig_changed
        After every edit, undo and redo: views redraw from the template.
    sig_scene_changed
        Another scene is shown (its id).
    sig_frame_changed
        The playhead moved (the frame within the scene).
    sig_selection_changed
        Other layers are selected.
    sig_variant_changed
        Another language or sample row is shown.
    sig_rows_changed
        Other sample rows are on offer (imported, generated, removed).
    """

    sig_changed = Signal()
    sig_scene_changed = Signal(str)
    sig_frame_changed = Signal(int)
    sig_selection_changed = Signal()
    sig_variant_changed = Signal()
    sig_rows_changed = Signal()

    def __init__(
        self,
        project: Project,
        rows: dict[str, dict] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        template = project.template
        self.sample_rows: dict[str, dict] = dict(rows or {})
        self.stress: dict[str, StressRow] = {}
        self._stress_key: tuple | None = None
        self.rows: dict[str, dict] = {}
        self.row_id: str | None = None
        self._update_stress()  # offers the rows; the first is shown
        self.scene_id: str | None = template.scenes[0].id if template.scenes else None
        self._scene_place = 0  # where the scene shown stands in the order of scenes
        # Opened at the first scene's last frame, where its animations have
        # settled and every layer shows, as the email thumbnail shows it.
        self.frame = template.scenes[0].duration - 1 if template.scenes else 0
        self.selection: tuple[str, ...] = ()
        self.language = template.source_language
        self.revision = 0  # counts changes to the template, undo and redo included
        self.sig_changed.connect(self._changed)

    # -- where the editor stands ----------------------------------------------

    @property
    def template(self):
        return self.project.template

    @property
    def scene(self) -> Scene | None:
        if self.scene_id is None:
            return None
        try:
            return self.template.scene(self.scene_id)
        except KeyError:
            return None

    @property
    def values(self) -> dict:
        """The sample row shown, or no values (placeholders then show as typed)."""
        return self.rows.get(self.row_id, {}) if self.row_id else {}

    def set_scene(self, scene_id: str) -> None:
        if scene_id == self.scene_id:
            return
        self.template.scene(scene_id)  # KeyError for a scene that is not there
        self.scene_id = scene_id
        self._remember_place()
        self.selection = ()
        self.frame = min(self.frame, self.scene.duration - 1)
        self.sig_scene_changed.emit(scene_id)
        self.sig_selection_changed.emit()
        self.sig_frame_changed.emit(self.frame)

    def set_frame(self, frame: int) -> None:
        scene = self.scene
        last = scene.duration - 1 if scene else 0
        frame = max(0, min(int(frame), last))
        if frame != self.frame:
            self.frame = frame
            self.sig_frame_changed.emit(frame)

    def select(self, layer_ids) -> None:
        chosen = tuple(dict.fromkeys(layer_ids))
        if chosen != self.selection:
            self.selection = chosen
            self.sig_selection_changed.emit()

    def selected_layers(self) -> list[Layer]:
        found = []
        for layer_id in self.selection:
            try:
                found.append(find_layer(self.template, layer_id)[0])
            except EditError:
                continue  # deleted since; the selection forgets it on the next change
        return found

    def set_language(self, language: str) -> None:
        if language != self.language and language in self.template.languages:
            self.language = language
            self.sig_variant_changed.emit()

    def set_rows(self, rows: dict[str, dict]) -> None:
        """Offer these sample rows (id to typed values), and the stress rows
        after them; the shown row stays if it is still there, else the first
        is shown."""
        self.sample_rows = dict(rows)
        self._offer_rows()

    def _offer_rows(self) -> None:
        self.rows = {
            **self.sample_rows,
            **{row_id: row.values for row_id, row in self.stress.items()},
        }
        self.sig_rows_changed.emit()
        if self.row_id not in self.rows:
            self.row_id = next(iter(self.rows), None)
            self.sig_variant_changed.emit()

    def _update_stress(self) -> None:
        """Stress rows follow the fields: made again when a field changes."""
        template = self.template
        key = (
            repr(template.fields),
            tuple(template.languages),
            template.settings.region,
            template.settings.row_id_field,
        )
        if key == self._stress_key:
            return
        self._stress_key = key
        try:
            self.stress = stress_rows(
                template.fields,
                template.languages,
                region=template.settings.region,
                row_id_field=template.settings.row_id_field,
            )
        except InvalidError as error:
            # Limits that no value can meet: the fields panel says which.
            logger.info("no stress rows: %s", error)
            self.stress = {}
        self._offer_rows()

    def set_row(self, row_id: str | None) -> None:
        if row_id != self.row_id and (row_id is None or row_id in self.rows):
            self.row_id = row_id
            self.sig_variant_changed.emit()

    def _changed(self) -> None:
        self.revision += 1
        self._update_stress()
        kept = tuple(i for i in self.selection if _exists(self.template, i))
        if kept != self.selection:
            self.selection = kept
            self.sig_selection_changed.emit()
        scenes = self.template.scenes
        if self.scene is None and scenes:
            # The scene shown was deleted: show the one now in its place.
            self.set_scene(scenes[min(self._scene_place, len(scenes) - 1)].id)
        self._remember_place()

    def _remember_place(self) -> None:
        ids = [scene.id for scene in self.template.scenes]
        if self.scene_id in ids:
            self._scene_place = ids.index(self.scene_id)

    def edit(self, edit: Edit, *, merge_key: object = None) -> None:
        """Apply ``edit`` as one undoable step (merged with the last when the keys
        match, as the steps of one drag do). Raises EditError; nothing changes."""
        inverse = apply_edit(self.project.template, edit)
        self.undo_stack.push(EditCommand(self, edit, inverse, merge_key))
        self.sig_changed.emit()

    def end_drag(self) -> None:
        """Close the running drag: the next edit with the same key is a new step."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, EditCommand):
            command.merge_key = None

    @contextmanager
    def macro(self, label: str):
        """Several edits as one named step; a failure undoes the ones already made."""
        self.undo_stack.beginMacro(label)
        try:
            yield self
        except BaseException:
            self.undo_stack.endMacro()
            self.undo_stack.undo()
            raise
        self.undo_stack.endMacro()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()


def _exists(template, layer_id: str) -> bool:
    try:
        find_layer(template, layer_id)
    except EditError:
        return False
    return True
