"""The Scene menu's commands on the scene shown: a new one after it, a copy,
deleting it, and moving it up or down the order of scenes.

Each is one undo step. Deleting a scene that something still leads to first
asks, listing what does (as the model words it); those then lead nowhere, for
the story checks to show. The document shows a neighbour of a deleted scene.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.model.edits import EditError, MoveScene
from studio.model.new_scenes import (
    delete_scene_edit,
    new_scene_edit,
    scene_copy_edit,
    unused_scene_name,
)
from studio.model.story_edits import scene_uses
from studio.model.template import Scene
from studio.ui.document import Document

logger = logging.getLogger(__name__)


class SceneCommands(QObject):
    """The commands, and their actions for a menu (:meth:`actions`).

    Signals
    -------
    sig_message
        A command was refused (the reason, for the status bar).
    """

    sig_message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.window = parent
        self.new_action = self._action("new_scene", self.tr("&New Scene"), self.add)
        self.duplicate_action = self._action(
            "duplicate_scene", self.tr("&Duplicate Scene"), self.duplicate
        )
        self.delete_action = self._action(
            "delete_scene", self.tr("De&lete Scene"), self.delete
        )
        self.up_action = self._action(
            "move_scene_up", self.tr("Move Scene &Up"), lambda: self.move(-1)
        )
        self.down_action = self._action(
            "move_scene_down", self.tr("Move Scene Do&wn"), lambda: self.move(1)
        )
        document.sig_scene_changed.connect(self._update_enabled)
        document.sig_changed.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _on=False: slot())
        return action

    def actions(self) -> list[QAction]:
        """The actions in menu order, with separators between their groups."""
        separator = QAction(self)
        separator.setSeparator(True)
        return [
            self.new_action,
            self.duplicate_action,
            self.delete_action,
            separator,
            self.up_action,
            self.down_action,
        ]

    # -- the commands ------------------------------------------------------------

    def add(self) -> str | None:
        """A new empty scene after the one shown, which is then shown."""
        template = self.document.template
        name = unused_scene_name(template, self.tr("Scene {number}"))
        edit = new_scene_edit(
            template, self.document.scene_id, name, self.tr("New scene")
        )
        if self._edit(edit):
            self.document.set_scene(edit.scene.id)
            return edit.scene.id
        return None

    def duplicate(self) -> str | None:
        """A copy of the scene shown, right after it, which is then shown."""
        scene = self.document.scene
        if scene is None:
            return None
        name = self.tr("{name} (copy)").format(name=scene.name)
        edit, copy_id = scene_copy_edit(
            self.document.template, scene.id, name, self.tr("Duplicate scene")
        )
        if self._edit(edit):
            self.document.set_scene(copy_id)
            return copy_id
        return None

    def delete(self) -> bool:
        """Delete the scene shown; asks first when something leads to it."""
        scene = self.document.scene
        if scene is None:
            return False
        uses = scene_uses(self.document.template, scene.id)
        if uses and not self.ask_to_delete(scene, uses):
            return False
        edit = delete_scene_edit(
            self.document.template,
            scene.id,
            self.tr("Delete scene"),
            allow_in_use=bool(uses),
        )
        return self._edit(edit)

    def move(self, step: int) -> bool:
        """Move the scene shown ``step`` places along the order of scenes."""
        scene_id = self.document.scene_id
        ids = [scene.id for scene in self.document.template.scenes]
        if scene_id not in ids:
            return False
        index = ids.index(scene_id) + step
        if not 0 <= index < len(ids):
            return False
        return self._edit(MoveScene(scene_id, index, self.tr("Move scene")))

    def ask_to_delete(self, scene: Scene, uses: list[str]) -> bool:
        """Whether the designer deletes a scene that ``uses`` still lead to."""
        return ask_to_delete_scene(self.window, scene, uses)

    # -- helpers -------------------------------------------------------------------

    def _edit(self, edit) -> bool:
        try:
            self.document.edit(edit)
        except EditError as error:
            logger.info("scene command refused: %s", error)
            self.sig_message.emit(str(error))
            return False
        return True

    def _update_enabled(self, *_args) -> None:
        ids = [scene.id for scene in self.document.template.scenes]
        shown = self.document.scene_id in ids
        index = ids.index(self.document.scene_id) if shown else -1
        self.duplicate_action.setEnabled(shown)
        self.delete_action.setEnabled(shown and len(ids) > 1)
        self.up_action.setEnabled(shown and index > 0)
        self.down_action.setEnabled(shown and index < len(ids) - 1)


def ask_to_delete_scene(parent: QWidget | None, scene: Scene, uses: list[str]) -> bool:
    """Ask whether to delete a scene that ``uses`` still lead to (the Scene menu
    and the story map ask alike)."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("delete_scene_question")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("SceneCommands", "Delete scene"))
    listed = "\n".join(f"• {use}" for use in uses)
    # Names come from the project: one plain text, never markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate(
            "SceneCommands",
            "Delete the scene “{name}”? These still lead to it:\n{uses}\n\n"
            "After deleting they lead nowhere until you choose another scene.",
        ).format(name=scene.name, uses=listed)
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Yes | buttons.Cancel)
    box.button(buttons.Yes).setText(translate("SceneCommands", "Delete"))
    box.setDefaultButton(buttons.Cancel)
    return box.exec() == buttons.Yes
