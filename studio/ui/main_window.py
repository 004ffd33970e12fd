"""The main window: composes the panels; owns no editing logic.

Everything shown that comes from a project (names, texts) goes into plain-text item
views, so that a value that looks like markup is shown as typed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from studio.model.template import Scene, Template
from studio.project import PROJECT_SUFFIX, Project, ProjectError
from studio.ui.preview import FramePreview, sample_rows_beside

logger = logging.getLogger(__name__)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _fit_columns(table: QTableWidget) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()


class SceneList(QListWidget):
    """The scenes of the template in timeline order."""

    def __init__(self, template: Template, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scene_list")
        for scene in template.scenes:
            seconds = scene.duration / template.fps
            item = QListWidgetItem(
                self.tr("{name}  ({seconds:.1f} s)").format(
                    name=scene.name, seconds=seconds
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, scene.id)
            self.addItem(item)


class LayerTable(QTableWidget):
    """The layers of one scene, top layer first, with their in and out points."""

    def __init__(self, template: Template, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setObjectName("layer_table")
        self.template = template
        self.setHorizontalHeaderLabels(
            [self.tr("Layer"), self.tr("Kind"), self.tr("In"), self.tr("Out")]
        )
        _fit_columns(self)

    def show_scene(self, scene: Scene) -> None:
        fps = self.template.fps
        self.setRowCount(0)
        for layer in reversed(scene.layers):
            end = scene.duration if layer.end is None else layer.end
            row = self.rowCount()
            self.insertRow(row)
            cells = (
                layer.name,
                layer.kind.value,
                f"{layer.start / fps:.2f} s",
                f"{end / fps:.2f} s",
            )
            for column, text in enumerate(cells):
                self.setItem(row, column, _item(text))


class FieldTable(QTableWidget):
    """The template's fields: what a sample row has to provide."""

    def __init__(self, template: Template, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setObjectName("field_table")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Kind"),
                self.tr("Required"),
                self.tr("Personal"),
            ]
        )
        _fit_columns(self)
        yes, no = self.tr("yes"), self.tr("no")
        for field in template.fields:
            row = self.rowCount()
            self.insertRow(row)
            cells = (
                field.name,
                field.kind.value,
                yes if field.required else no,
                yes if field.personal else no,
            )
            for column, text in enumerate(cells):
                self.setItem(row, column, _item(text))


class TextTable(QTableWidget):
    """Every text of the template in each of its languages."""

    def __init__(self, template: Template, parent: QWidget | None = None):
        languages = template.languages
        super().__init__(0, 1 + len(languages), parent)
        self.setObjectName("text_table")
        self.setHorizontalHeaderLabels([self.tr("Text"), *languages])
        self.verticalHeader().hide()
        self.setWordWrap(True)
        for key, string in template.strings.items():
            row = self.rowCount()
            self.insertRow(row)
            self.setItem(row, 0, _item(key))
            for column, lang in enumerate(languages, start=1):
                text = string.text_for(lang, template.source_language)
                self.setItem(row, column, _item(text or ""))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )


class MainWindow(QMainWindow):
    def __init__(self, project: Project, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.project = project
        self.scenes = SceneList(project.template)
        self.layers = LayerTable(project.template)
        self.fields = FieldTable(project.template)
        self.texts = TextTable(project.template)
        self.preview = FramePreview(project, sample_rows_beside(project))
        self.setCentralWidget(self.preview)
        self._add_dock(
            self.tr("Scenes"),
            "scenes_dock",
            self.scenes,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self._add_dock(
            self.tr("Layers"),
            "layers_dock",
            self.layers,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self._add_dock(
            self.tr("Texts"),
            "texts_dock",
            self.texts,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._add_dock(
            self.tr("Fields"),
            "fields_dock",
            self.fields,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        docks = self.findChildren(QDockWidget)
        sides = [d for d in docks if d.objectName() != "texts_dock"]
        self.resizeDocks(sides, [340] * len(sides), Qt.Orientation.Horizontal)
        bottom = [d for d in docks if d.objectName() == "texts_dock"]
        self.resizeDocks(bottom, [220], Qt.Orientation.Vertical)
        self.scenes.currentRowChanged.connect(self._scene_chosen)
        self._build_menus()
        self.resize(1280, 800)
        self._restore_layout()
        self._update_title()
        if project.template.scenes:
            self.scenes.setCurrentRow(0)

    def _add_dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            file_menu,
            self.tr("&Open…"),
            QKeySequence.StandardKey.Open,
            self.open_project,
        )
        self._action(
            file_menu, self.tr("&Save"), QKeySequence.StandardKey.Save, self.save
        )
        self._action(
            file_menu,
            self.tr("Save &As…"),
            QKeySequence.StandardKey.SaveAs,
            self.save_as,
        )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close
        )
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for dock in self.findChildren(QDockWidget):
            view_menu.addAction(dock.toggleViewAction())

    def _action(self, menu, text: str, keys, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _scene_chosen(self, row: int) -> None:
        if 0 <= row < len(self.project.template.scenes):
            scene = self.project.template.scenes[row]
            self.layers.show_scene(scene)
            self.preview.show_scene(scene)

    def _update_title(self) -> None:
        where = self.project.path or self.project.source
        name = Path(where).name if where else self.tr("Untitled")
        self.setWindowTitle(
            self.tr("{project} – {template} – Helder Studio").format(
                project=name, template=self.project.template.name
            )
        )

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            "",
            self.tr("Helder projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
        )
        if not path:
            return
        try:
            project = Project.open(path)
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Cannot open"), str(error))
            return
        window = MainWindow(project)
        window.show()

    def save(self) -> bool:
        if self.project.path is None:
            return self.save_as()
        return self._save_to(self.project.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save project"),
            "",
            self.tr("Helder projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
        )
        if not path:
            return False
        if not path.endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.project.save(path)
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return False
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        state = settings.value("main_window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        self.preview.close_media()
        self.project.close()
        super().closeEvent(event)
