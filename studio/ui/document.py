"""The open document: a project and its undo stack, the one door edits go through.

Every user-visible change is an :mod:`studio.model.edits` edit pushed here as a
command on the document's ``QUndoStack``. A drag sends many edits with the same
merge key; they become one step. A compound change is one named macro. An edit
that fails raises before anything is pushed and leaves the template unchanged.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from studio.model.edits import Edit, apply_edit
from studio.project import Project

logger = logging.getLogger(__name__)

_MERGING = 1  # QUndoCommand.id() of edits that carry a merge key


class EditCommand(QUndoCommand):
    """One edit and its inverse; the first ``redo`` is the edit already applied."""

    def __init__(self, document: Document, edit: Edit, inverse: Edit, merge_key):
        super().__init__(edit.label)
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
    """A project being edited.

    Signals
    -------
    sig_changed
        After every edit, undo and redo: views redraw from the template.
    """

    sig_changed = Signal()

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)

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
