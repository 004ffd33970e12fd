"""The list panels of the main window: scenes, layers, media, texts and fields.

Each follows the document: it redraws when the template changes (only when what
it shows changed, so a drag on the canvas does not rebuild a table of hundreds
of rows at every step), and what is chosen in it is chosen in the document.
Everything shown that comes from a project goes into plain-text item views.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from studio.model.edits import (
    AddAsset,
    Batch,
    EditError,
    RemoveAsset,
    SetLayerProperty,
)
from studio.model.layers import LayerKind
from studio.model.template import MediaType
from studio.project import PROJECT_SUFFIX, ProjectError
from studio.ui.document import Document
from studio.ui.plain_text import as_plain_tooltip

logger = logging.getLogger(__name__)

MEDIA_FILTER = "*.png *.jpg *.jpeg *.svg *.mp4 *.webm *.mp3 *.wav *.ogg"
PROJECT_FILTER = f"*{PROJECT_SUFFIX}"


def choose_media_files(parent: QWidget) -> list[Path]:
    """Media files the user picks in the platform's file dialog (none: [])."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("AssetList", "Import media"),
        "",
        QCoreApplication.translate("AssetList", "Media ({patterns})").format(
            patterns=MEDIA_FILTER
        ),
    )
    return [Path(name) for name in names]


def _item(text: str, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _check(checked: bool, tip: str) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(
        (item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
    )
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    item.setToolTip(tip)
    return item


def seconds(frames: int, fps: int) -> str:
    return f"{frames / fps:.2f} s"


class SceneList(QListWidget):
    """The scenes in timeline order; choosing one shows it everywhere."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scene_list")
        self.document = document
        self._shown: tuple | None = None
        self.rebuild()
        self.currentRowChanged.connect(self._chosen)
        document.sig_changed.connect(self.rebuild)
        document.sig_scene_changed.connect(self._follow)

    def rebuild(self) -> None:
        template = self.document.template
        shown = tuple((s.id, s.name, s.duration) for s in template.scenes)
        if shown == self._shown:
            return
        self._shown = shown
        self.blockSignals(True)
        self.clear()
        for scene in template.scenes:
            item = QListWidgetItem(
                self.tr("{name}  ({seconds:.1f} s)").format(
                    name=scene.name, seconds=scene.duration / template.fps
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, scene.id)
            self.addItem(item)
        self.blockSignals(False)
        self._follow(self.document.scene_id)

    def _follow(self, scene_id: str | None) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == scene_id:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return

    def _chosen(self, row: int) -> None:
        if 0 <= row < self.count():
            self.document.set_scene(self.item(row).data(Qt.ItemDataRole.UserRole))


class LayerTable(QTableWidget):
    """The layers of the current scene, top first: shown, locked, name, kind, in, out.

    Selecting rows selects the layers; a name is renamed in place; the two boxes
    hide and lock. Each is one undoable edit.
    """

    COLUMNS = 6

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(0, self.COLUMNS, parent)
        self.setObjectName("layer_table")
        self.document = document
        self._shown: tuple | None = None
        self._filling = False
        # The two boxes get narrow columns with a sign for a title; their names
        # are the tooltips, in any language.
        headers = [
            ("👁", self.tr("Shown")),
            ("🔒", self.tr("Locked")),
            (self.tr("Layer"), ""),
            (self.tr("Kind"), ""),
            (self.tr("In"), self.tr("In point")),
            (self.tr("Out"), self.tr("Out point")),
        ]
        for column, (title, tip) in enumerate(headers):
            item = QTableWidgetItem(title)
            item.setToolTip(tip)
            self.setHorizontalHeaderItem(column, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.kind_names = {
            LayerKind.TEXT: self.tr("text"),
            LayerKind.IMAGE: self.tr("image"),
            LayerKind.SHAPE: self.tr("shape"),
            LayerKind.BUTTON: self.tr("button"),
            LayerKind.VIDEO: self.tr("video"),
            LayerKind.AUDIO: self.tr("sound"),
            LayerKind.PLAN_PICKER: self.tr("plan picker"),
        }
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.rebuild()
        self.itemSelectionChanged.connect(self._selected)
        self.itemChanged.connect(self._edited)
        document.sig_changed.connect(self.rebuild)
        document.sig_scene_changed.connect(self.rebuild)
        document.sig_selection_changed.connect(self._follow_selection)

    def layer_ids(self) -> list[str]:
        return [
            self.item(row, 2).data(Qt.ItemDataRole.UserRole)
            for row in range(self.rowCount())
        ]

    def rebuild(self, *_args) -> None:
        scene = self.document.scene
        layers = list(reversed(scene.layers)) if scene else []
        shown = tuple(
            (m.id, m.name, m.kind, m.hidden, m.locked, m.start, m.end) for m in layers
        )
        if shown == self._shown:
            return
        self._shown = shown
        fps = self.document.template.fps
        self._filling = True
        self.setRowCount(len(layers))
        for row, layer in enumerate(layers):
            end = scene.duration if layer.end is None else layer.end
            self.setItem(row, 0, _check(not layer.hidden, self.tr("Shown")))
            self.setItem(row, 1, _check(layer.locked, self.tr("Locked")))
            name = _item(layer.name, editable=True)
            name.setData(Qt.ItemDataRole.UserRole, layer.id)
            self.setItem(row, 2, name)
            self.setItem(row, 3, _item(self.kind_names[layer.kind]))
            self.setItem(row, 4, _item(seconds(layer.start, fps)))
            self.setItem(row, 5, _item(seconds(end, fps)))
        self._filling = False
        self._follow_selection()

    def _follow_selection(self) -> None:
        chosen = set(self.document.selection)
        self._filling = True
        self.clearSelection()
        for row, layer_id in enumerate(self.layer_ids()):
            if layer_id in chosen:
                for column in range(self.COLUMNS):
                    self.item(row, column).setSelected(True)
        self._filling = False

    def _selected(self) -> None:
        if self._filling:
            return
        rows = sorted({index.row() for index in self.selectedIndexes()})
        ids = self.layer_ids()
        self.document.select([ids[row] for row in rows])

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        layer_id = self.layer_ids()[item.row()]
        column = item.column()
        if column == 0:
            edit = SetLayerProperty(
                layer_id,
                "hidden",
                item.checkState() != Qt.CheckState.Checked,
                self.tr("Show or hide layer"),
            )
        elif column == 1:
            edit = SetLayerProperty(
                layer_id,
                "locked",
                item.checkState() == Qt.CheckState.Checked,
                self.tr("Lock or unlock layer"),
            )
        elif column == 2:
            name = item.text().strip()
            if not name:
                self._shown = None
                self.rebuild()
                return
            edit = SetLayerProperty(layer_id, "name", name, self.tr("Rename layer"))
        else:
            return
        try:
            self.document.edit(edit)
        except EditError as error:
            logger.info("layer edit refused: %s", error)
            self._shown = None
            self.rebuild()


_KIND_OF_MEDIA = {
    MediaType.PNG: "image",
    MediaType.JPEG: "image",
    MediaType.SVG: "image",
    MediaType.MP4: "video",
    MediaType.WEBM: "video",
    MediaType.MP3: "audio",
    MediaType.WAV: "audio",
    MediaType.OGG: "audio",
}


class AssetList(QListWidget):
    """The project's media. Files dropped here are imported; the context menu
    puts one in the current scene or removes one nobody uses.

    Signals
    -------
    sig_place(str)
        Place this asset as a layer in the current scene.
    sig_message(str)
    """

    sig_place = Signal(str)
    sig_message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("asset_list")
        self.document = document
        self._shown: tuple | None = None
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setIconSize(QSize(16, 16))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemDoubleClicked.connect(
            lambda item: self.sig_place.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.rebuild()
        document.sig_changed.connect(self.rebuild)

    def rebuild(self) -> None:
        assets = self.document.template.assets
        shown = tuple(sorted((a.id, a.name, a.size) for a in assets.values()))
        if shown == self._shown:
            return
        self._shown = shown
        self.clear()
        for asset in sorted(assets.values(), key=lambda a: a.id.lower()):
            kind = {
                "image": self.tr("image"),
                "video": self.tr("video"),
                "audio": self.tr("sound"),
            }[_KIND_OF_MEDIA[asset.media_type]]
            item = QListWidgetItem(
                self.tr("{name}  ({kind}, {size} kB)").format(
                    name=asset.name, kind=kind, size=max(1, round(asset.size / 1000))
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, asset.id)
            item.setToolTip(as_plain_tooltip(asset.id))
            self.addItem(item)

    def import_files(self, files: list[Path]) -> list[str]:
        """Import media without placing it; one undoable step."""
        project = self.document.project
        edits, ids = [], []
        taken = set(self.document.template.assets)
        for file in files:
            try:
                asset = project.store_media(file)
            except ProjectError as error:
                self.sig_message.emit(str(error))
                continue
            if asset.id in taken:
                continue
            taken.add(asset.id)
            edits.append(AddAsset(asset))
            ids.append(asset.id)
        if edits:
            try:
                self.document.edit(Batch(tuple(edits), self.tr("Import media")))
            except EditError as error:
                self.sig_message.emit(str(error))
                return []
        return ids

    def remove(self, asset_id: str) -> bool:
        try:
            self.document.edit(RemoveAsset(asset_id, self.tr("Remove media")))
        except EditError as error:
            self.sig_message.emit(str(error))
            return False
        return True

    def _menu(self, point) -> None:
        item = self.itemAt(point)
        menu = QMenu(self)
        if item is not None:
            asset_id = item.data(Qt.ItemDataRole.UserRole)
            menu.addAction(
                self.tr("Place in Scene"), lambda: self.sig_place.emit(asset_id)
            )
            menu.addAction(self.tr("Remove"), lambda: self.remove(asset_id))
            menu.addSeparator()
        menu.addAction(self.tr("Import Media…"), self.choose_files)
        menu.exec(self.viewport().mapToGlobal(point))

    def choose_files(self) -> None:
        files = choose_media_files(self)
        if files:
            self.import_files(files)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        files = [
            Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()
        ]
        if files:
            event.acceptProposedAction()
            self.import_files(files)


class TextTable(QTableWidget):
    """Every text of the template in each of its languages."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        languages = document.template.languages
        super().__init__(0, 1 + len(languages), parent)
        self.setObjectName("text_table")
        self.document = document
        self._shown: tuple | None = None
        self.setHorizontalHeaderLabels([self.tr("Text"), *languages])
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.rebuild()
        document.sig_changed.connect(self.rebuild)

    def rebuild(self) -> None:
        template = self.document.template
        languages = template.languages
        rows = [
            (
                key,
                *(
                    s.text_for(lang, template.source_language) or ""
                    for lang in languages
                ),
            )
            for key, s in template.strings.items()
        ]
        shown = tuple(rows)
        if shown == self._shown:
            return
        self._shown = shown
        self.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.setItem(row, column, _item(text))
