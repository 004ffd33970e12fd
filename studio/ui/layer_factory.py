"""The Layer menu: a new text, button, shape or plan picker in the scene shown.

Each is a sensible default (:mod:`studio.model.new_layers`) centred on the
canvas, on top of the scene, and selected; the layer and its text are one undo
step.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from studio.model.edits import EditError
from studio.model.layers import LayerKind
from studio.model.new_layers import ADDABLE_KINDS, new_layer_edit
from studio.ui.document import Document

logger = logging.getLogger(__name__)


class LayerFactory(QObject):
    """Adds layers to the document's scene; :attr:`actions` are the menu's.

    Signals
    -------
    sig_message
        A layer could not be added (the reason, for the status bar).
    """

    sig_message = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.names = {
            LayerKind.TEXT: self.tr("Text"),
            LayerKind.BUTTON: self.tr("Button"),
            LayerKind.SHAPE: self.tr("Shape"),
            LayerKind.PLAN_PICKER: self.tr("Plan picker"),
        }
        self.labels = {
            LayerKind.TEXT: self.tr("Add text"),
            LayerKind.BUTTON: self.tr("Add button"),
            LayerKind.SHAPE: self.tr("Add shape"),
            LayerKind.PLAN_PICKER: self.tr("Add plan picker"),
        }
        menu_texts = {
            LayerKind.TEXT: self.tr("Add &Text"),
            LayerKind.BUTTON: self.tr("Add &Button"),
            LayerKind.SHAPE: self.tr("Add &Shape"),
            LayerKind.PLAN_PICKER: self.tr("Add &Plan Picker"),
        }
        self.actions: list[QAction] = []
        for kind in ADDABLE_KINDS:
            action = QAction(menu_texts[kind], self)
            action.setObjectName(f"add_{kind.value}")
            action.triggered.connect(lambda _on=False, k=kind: self.add(k))
            self.actions.append(action)
        document.sig_scene_changed.connect(self._update_enabled)
        document.sig_changed.connect(self._update_enabled)
        self._update_enabled()

    def add(self, kind: LayerKind) -> str | None:
        """Add a ``kind`` layer to the scene shown and select it; its id, or
        None when there is no scene or the edit was refused."""
        scene = self.document.scene
        if scene is None:
            return None
        edit, layer_id = new_layer_edit(
            self.document.template, scene.id, kind, self.names[kind], self.labels[kind]
        )
        try:
            self.document.edit(edit)
        except EditError as error:
            logger.info("new layer refused: %s", error)
            self.sig_message.emit(str(error))
            return None
        self.document.select([layer_id])
        return layer_id

    def _update_enabled(self, *_args) -> None:
        for action in self.actions:
            action.setEnabled(self.document.scene is not None)
