"""The main window: composes the panels around one document; owns no editing logic.

Every change goes through the document's undo stack; the window keeps the title's
unsaved marker, the autosave and the lock that keeps the project open here only,
and asks before closing with unsaved changes.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolBar,
    QWidget,
)

from studio.model.template import Scene, Template
from studio.project import PROJECT_SUFFIX, Project, ProjectError
from studio.resources import SAMPLE_PROJECT
from studio.ui import action_editor, condition_builder, theme
from studio.ui.canvas import Canvas
from studio.ui.data_panel import DataPanel
from studio.ui.document import Document
from studio.ui.easing_editor import EasingEditor
from studio.ui.export_dialog import ExportDialog
from studio.ui.fields_panel import FieldsPanel
from studio.ui.frame_service import FrameService
from studio.ui.inspector import Inspector
from studio.ui.jobs import ExportJob, ImportJob
from studio.ui.layer_factory import LayerFactory
from studio.ui.overflow_panel import OverflowPanel
from studio.ui.panels import (
    AssetList,
    LayerTable,
    SceneList,
    TextTable,
    choose_media_files,
)
from studio.ui.publish_dialog import PublishDialog
from studio.ui.recovery import Autosaver, ProjectInUse, acquire_project_lock
from studio.ui.sample_rows import checked_sample
from studio.ui.scene_commands import SceneCommands
from studio.ui.story_map import StoryMap
from studio.ui.timeline_panel import TimelinePanel
from studio.ui.transport import Transport
from studio.values.fields import Field, FieldKind
from studio.values.stress import (
    ARABIC_NAME,
    LARGEST_AMOUNT,
    LONGEST,
    OPTIONAL_EMPTY,
    SMALLEST_AMOUNT,
)

logger = logging.getLogger(__name__)

LAYOUT_VERSION = 3  # of the saved dock layout; a layout of other docks is not restored
RECENT_KEY = "recent_files"
RECENT_MAX = 8
_WINDOWS: set[MainWindow] = set()  # open windows, kept from the garbage collector


def remember_recent(path: Path) -> None:
    settings = QSettings()
    recent = [p for p in (settings.value(RECENT_KEY) or []) if p != str(path)]
    settings.setValue(RECENT_KEY, [str(path), *recent][:RECENT_MAX])


def recent_files() -> list[Path]:
    return [Path(p) for p in (QSettings().value(RECENT_KEY) or []) if Path(p).exists()]


def empty_template(name: str, scene_name: str, labels: dict[str, str]) -> Template:
    """A new template: one scene of five seconds, and the four fields every
    payment reminder needs (the row's id and the amount are named in its
    settings), labelled in the interface language."""
    template = Template(name=name, languages=["nl", "en"])
    template.scenes.append(Scene("scene-1", scene_name, duration=5 * template.fps))
    template.fields = [
        Field("customer_id", FieldKind.TEXT, labels["customer_id"], max_length=20),
        Field(
            "first_name",
            FieldKind.PERSON_NAME,
            labels["first_name"],
            max_length=50,
            personal=True,
        ),
        Field(
            "amount_due",
            FieldKind.MONEY,
            labels["amount_due"],
            currency="EUR",
            minimum=Decimal("0.01"),
            personal=True,
        ),
        Field("due_date", FieldKind.DATE, labels["due_date"]),
    ]
    return template


def open_window(project: Project, *, recovery=None) -> MainWindow | None:
    """A window on ``project`` (opened from ``recovery``, a crash's copy, if
    given), or None, after saying why, when it is open in another window."""
    try:
        lock = acquire_project_lock(recovery if recovery is not None else project)
    except ProjectInUse as error:
        QMessageBox.warning(
            None, QApplication.translate("MainWindow", "Already open"), str(error)
        )
        project.close()
        return None
    window = MainWindow(project, lock=lock, recovered=recovery is not None)
    window.show()
    return window


class MainWindow(QMainWindow):
    def __init__(
        self,
        project: Project,
        *,
        lock=None,
        recovered: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _WINDOWS.add(self)
        self.project = project
        sample_check, rows = checked_sample(project)
        self.document = Document(project, rows, self)
        self.lock = lock if lock is not None else acquire_project_lock(project)
        self.autosaver = Autosaver(self.document, self.lock, recovered=recovered)
        self.service = FrameService(self.document, self)
        self.transport = Transport(self.document, self)
        self._waiting_text = ""  # what the status bar says while a decision holds
        self.canvas = Canvas(self.document, self.service, transport=self.transport)
        self.scenes = SceneList(self.document)
        self.layers = LayerTable(self.document)
        condition_builder.install()  # the inspector edits conditions with rules
        action_editor.install()  # and buttons' actions as choices
        self.inspector = Inspector(self.document)
        self.timeline = TimelinePanel(self.document, self.transport)
        self.easing = EasingEditor(self.document)
        self.assets = AssetList(self.document)
        self.texts = TextTable(self.document)
        self.fields = FieldsPanel(self.document)
        self.data = DataPanel(self.document, check=sample_check)
        self.overflow = OverflowPanel(self.document)
        self.story = StoryMap(self.document)
        self.job: ImportJob | None = None  # a large import being read
        self.export_dialog: ExportDialog | None = None
        self.publish_dialog: PublishDialog | None = None
        self.setCentralWidget(self.canvas)
        self._build_docks()
        self._build_toolbar()
        self._build_menus()
        self._build_status()
        self._connect()
        self.resize(1440, 900)
        self._restore_layout()
        self._update_title()
        if recovered:
            self.statusBar().showMessage(
                self.tr("Recovered unsaved work: save it to keep it"), 10000
            )

    # -- composition -------------------------------------------------------

    def _build_docks(self) -> None:
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        scenes = self._dock(self.tr("Scenes"), "scenes_dock", self.scenes, left)
        layers = self._dock(self.tr("Layers"), "layers_dock", self.layers, left)
        self._dock(self.tr("Media"), "assets_dock", self.assets, left, layers)
        inspector = self._dock(
            self.tr("Inspector"), "inspector_dock", self.inspector, right
        )
        self._dock(self.tr("Fields"), "fields_dock", self.fields, right, inspector)

        timeline = self._dock(
            self.tr("Timeline"), "timeline_dock", self.timeline, bottom
        )
        easing = self._dock(self.tr("Easing"), "easing_dock", self.easing, bottom)
        self.splitDockWidget(timeline, easing, Qt.Orientation.Horizontal)
        self._dock(self.tr("Texts"), "texts_dock", self.texts, bottom, timeline)
        self._dock(self.tr("Sample Data"), "data_dock", self.data, bottom, timeline)
        self._dock(
            self.tr("Texts That Do Not Fit"),
            "overflow_dock",
            self.overflow,
            bottom,
            timeline,
        )
        self._dock(self.tr("Story Map"), "story_dock", self.story, bottom, timeline)
        for first in (layers, inspector, timeline):
            first.raise_()
        self._first_sizes = [
            ([scenes, layers], [240, 420], Qt.Orientation.Vertical),
            ([scenes, inspector], [300, 380], Qt.Orientation.Horizontal),
            ([timeline, easing], [1100, 320], Qt.Orientation.Horizontal),
            ([timeline], [300], Qt.Orientation.Vertical),
        ]

    def _dock(
        self, title: str, name: str, widget: QWidget, area, beside=None
    ) -> QDockWidget:
        """A dock panel in ``area``, or tabbed with the dock ``beside``."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        if beside is None:
            self.addDockWidget(area, dock)
        else:
            self.tabifyDockWidget(beside, dock)
        return dock

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Preview"), self)
        bar.setObjectName("preview_toolbar")
        self.row_choice = QComboBox(objectName="row_choice")
        self.row_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_rows()
        self.language_choice = QComboBox(objectName="language_choice")
        self.language_choice.addItems(self.document.template.languages)
        self.language_choice.setCurrentText(self.document.language)
        self.zoom_label = QLabel(objectName="zoom_label")
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(QLabel(self.tr("Sample row")))
        bar.addWidget(self.row_choice)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Language")))
        bar.addWidget(self.language_choice)
        bar.addSeparator()
        bar.addWidget(self.zoom_label)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.row_choice.currentIndexChanged.connect(
            lambda _i: self.document.set_row(self.row_choice.currentData())
        )
        self.language_choice.currentTextChanged.connect(self.document.set_language)
        self.document.sig_variant_changed.connect(self._follow_variant)
        self.document.sig_rows_changed.connect(self._fill_rows)

    def _fill_rows(self) -> None:
        """The sample rows by id, then the stress rows by what they test."""
        stress_names = {
            LONGEST: self.tr("Stress: the longest values"),
            LARGEST_AMOUNT: self.tr("Stress: the largest amount"),
            SMALLEST_AMOUNT: self.tr("Stress: the smallest amount"),
            OPTIONAL_EMPTY: self.tr("Stress: every optional field empty"),
            ARABIC_NAME: self.tr("Stress: a name in Arabic script"),
        }
        choice = self.row_choice
        choice.blockSignals(True)
        choice.clear()
        choice.addItem(self.tr("No sample row"), None)
        for row_id in self.document.rows:
            choice.addItem(stress_names.get(row_id, row_id), row_id)
        choice.setCurrentIndex(max(0, choice.findData(self.document.row_id)))
        choice.blockSignals(False)

    def _mark_overflows(self, *_args) -> None:
        document = self.document
        here, elsewhere = set(), set()
        for found in self.overflow.overflows:
            if found.scene_id != document.scene_id:
                continue
            shown = found.language == document.language and found.row_id in (
                None,
                document.row_id,
            )
            (here if shown else elsewhere).add(found.layer_id)
        self.canvas.set_overflows(here, elsewhere - here)

    def _follow_variant(self) -> None:
        for choice, value in (
            (self.row_choice, max(0, self.row_choice.findData(self.document.row_id))),
            (
                self.language_choice,
                self.language_choice.findText(self.document.language),
            ),
        ):
            choice.blockSignals(True)
            choice.setCurrentIndex(value)
            choice.blockSignals(False)

    def _build_status(self) -> None:
        self.progress = QProgressBar(objectName="export_progress")
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancel_job")
        self.cancel_button.clicked.connect(self.cancel_job)
        for widget in (self.progress, self.cancel_button):
            widget.hide()
            self.statusBar().addPermanentWidget(widget)

    def _connect(self) -> None:
        document = self.document
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.sig_changed.connect(self._update_title)
        for source in (
            self.canvas,
            self.assets,
            self.inspector,
            self.autosaver,
            self.timeline,
            self.fields,
            self.data,
            self.story,
        ):
            source.sig_message.connect(self.show_message)
        self.assets.sig_place.connect(self.canvas.place_asset)
        self.canvas.importer.background_import = self.import_in_background
        self.canvas.sig_zoom_changed.connect(
            lambda zoom: self.zoom_label.setText(f"{zoom * 100:.0f} %")
        )
        self.timeline.sig_keyframe_selected.connect(self.easing.show_keyframe)
        self.transport.sig_waiting.connect(self._show_waiting)
        self.overflow.sig_overflows_changed.connect(self._mark_overflows)
        document.sig_variant_changed.connect(self._mark_overflows)
        document.sig_scene_changed.connect(self._mark_overflows)
        self._mark_overflows()

    def _action(self, menu, text: str, slot, keys=None, checkable=False) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            sequences = keys if isinstance(keys, list) else [keys]
            action.setShortcuts([QKeySequence(k) for k in sequences])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        standard = QKeySequence.StandardKey
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        new_menu = file_menu.addMenu(self.tr("&New"))
        self._action(
            new_menu, self.tr("From the &Sample"), self.new_from_sample, standard.New
        )
        self._action(new_menu, self.tr("&Empty Project"), self.new_empty)
        self._action(file_menu, self.tr("&Open…"), self.open_project, standard.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Save"), self.save, standard.Save)
        self._action(file_menu, self.tr("Save &As…"), self.save_as, standard.SaveAs)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import Media…"), self.import_media, "Ctrl+I")
        self.export_action = self._action(
            file_menu, self.tr("&Export Video…"), self.export_video, "Ctrl+E"
        )
        self._action(
            file_menu,
            self.tr("Export &Package…"),
            lambda: self.export_package(publish=False),
            "Ctrl+Shift+E",
        )
        self._action(
            file_menu,
            self.tr("P&ublish…"),
            lambda: self.export_package(publish=True),
            "Ctrl+Shift+U",
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Close"), self.close, standard.Close)
        self._action(
            file_menu, self.tr("&Quit"), QApplication.closeAllWindows, standard.Quit
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.keyBindings(standard.Undo))
        redo = self.document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.keyBindings(standard.Redo))
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Delete"), self.canvas.delete_selection)
        self._action(
            edit_menu,
            self.tr("Select &All"),
            self.canvas.select_all,
            standard.SelectAll,
        )

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(
            view_menu, self.tr("Zoom &In"), self.canvas.zoom_in, standard.ZoomIn
        )
        self._action(
            view_menu, self.tr("Zoom &Out"), self.canvas.zoom_out, standard.ZoomOut
        )
        self._action(
            view_menu, self.tr("&Fit to Window"), self.canvas.zoom_fit, "Ctrl+0"
        )
        self._action(
            view_menu, self.tr("&Actual Size"), self.canvas.zoom_actual, "Ctrl+1"
        )
        view_menu.addSeparator()
        snapping = self._action(
            view_menu,
            self.tr("&Snap"),
            lambda on: setattr(self.canvas, "snapping", on),
            checkable=True,
        )
        snapping.setChecked(True)
        self._action(
            view_menu,
            self.tr("Add &Vertical Guide"),
            lambda: self.canvas.add_guide(True),
        )
        self._action(
            view_menu,
            self.tr("Add &Horizontal Guide"),
            lambda: self.canvas.add_guide(False),
        )
        self._action(view_menu, self.tr("&Clear Guides"), self.canvas.clear_guides)
        view_menu.addSeparator()
        appearance = view_menu.addMenu(self.tr("A&ppearance"))
        group = QActionGroup(self)
        names = {
            "system": self.tr("Follow the &System"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
        }
        for name, text in names.items():
            action = self._action(
                appearance, text, lambda _on, n=name: self.set_theme(n), checkable=True
            )
            action.setChecked(theme.chosen_theme() == name)
            group.addAction(action)
        panels = view_menu.addMenu(self.tr("&Panels"))
        for dock in self.findChildren(QDockWidget):
            panels.addAction(dock.toggleViewAction())

        layer_menu = bar.addMenu(self.tr("&Layer"))
        self.layer_factory = LayerFactory(self.document, self)
        self.layer_factory.sig_message.connect(self.show_message)
        layer_menu.addActions(self.layer_factory.actions)

        scene_menu = bar.addMenu(self.tr("S&cene"))
        self.scene_commands = SceneCommands(self.document, self)
        self.scene_commands.sig_message.connect(self.show_message)
        scene_menu.addActions(self.scene_commands.actions())
        scene_menu.addSeparator()
        self._action(scene_menu, self.tr("&Shown When…"), self.edit_scene_condition)
        self.scenes.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.scenes.addActions(scene_menu.actions())

        arrange = bar.addMenu(self.tr("&Arrange"))
        for how, text in (
            ("left", self.tr("Align &Left")),
            ("center", self.tr("Align &Centre")),
            ("right", self.tr("Align &Right")),
            ("top", self.tr("Align &Top")),
            ("middle", self.tr("Align &Middle")),
            ("bottom", self.tr("Align &Bottom")),
        ):
            self._action(arrange, text, lambda _on, h=how: self.canvas.align(h))
        arrange.addSeparator()
        self._action(
            arrange,
            self.tr("Distribute &Horizontally"),
            lambda: self.canvas.distribute(True),
        )
        self._action(
            arrange,
            self.tr("Distribute &Vertically"),
            lambda: self.canvas.distribute(False),
        )

        play_menu = bar.addMenu(self.tr("&Playback"))
        transport = self.timeline.transport
        self._action(play_menu, self.tr("&Play or Pause"), transport.toggle, "Space")
        loop = self._action(
            play_menu,
            self.tr("&Loop Scene"),
            lambda on: setattr(transport, "loop", on),
            "Ctrl+L",
            checkable=True,
        )
        loop.setChecked(transport.loop)
        onward = self._action(
            play_menu,
            self.tr("Play &On into the Next Scene"),
            lambda on: setattr(transport, "onward", on),
            checkable=True,
        )
        onward.setChecked(transport.onward)
        back = self._action(
            play_menu,
            self.tr("&Back to the Last Choice"),
            self.canvas.preview.back_to_last_choice,
            "Ctrl+Backspace",
        )
        back.setEnabled(False)
        self.canvas.preview.sig_history_changed.connect(back.setEnabled)
        play_menu.addSeparator()
        self._action(
            play_menu,
            self.tr("Next &Frame"),
            lambda: self.document.set_frame(self.document.frame + 1),
            "Ctrl+Right",
        )
        self._action(
            play_menu,
            self.tr("Previous F&rame"),
            lambda: self.document.set_frame(self.document.frame - 1),
            "Ctrl+Left",
        )
        self._action(
            play_menu,
            self.tr("Scene &Start"),
            lambda: self.document.set_frame(0),
            "Home",
        )

    def edit_scene_condition(self) -> None:
        """The rules that decide for which rows the current scene plays."""
        if self.document.scene_id is not None:
            condition_builder.edit_scene_condition(
                self.document, self.document.scene_id, self
            )

    # -- title, messages, theme --------------------------------------------

    def _update_title(self, *_args) -> None:
        where = self.project.path or self.project.source
        name = Path(where).name if where else self.tr("Untitled")
        if self.project.path is None and where is not None:
            name = self.tr("{name} (not saved yet)").format(name=name)
        self.setWindowTitle(
            self.tr("{project}[*] – {template} – Helder Studio").format(
                project=name, template=self.project.template.name
            )
        )
        self.setWindowModified(self.document.modified)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _show_waiting(self, text: str) -> None:
        """Holding at a decision is said until the preview goes on."""
        bar = self.statusBar()
        if text:
            self._waiting_text = text
            bar.showMessage(text)
        elif self._waiting_text and bar.currentMessage() == self._waiting_text:
            bar.clearMessage()

    def set_theme(self, name: str) -> None:
        theme.remember_theme(name)
        theme.apply_theme(QApplication.instance(), name)

    # -- files -------------------------------------------------------------

    def new_from_sample(self) -> None:
        try:
            project = Project.open(SAMPLE_PROJECT)
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Cannot open"), str(error))
            return
        project.source = None  # a new project: Save asks where
        open_window(project)

    def new_empty(self) -> None:
        labels = {
            "customer_id": self.tr("Customer number"),
            "first_name": self.tr("First name"),
            "amount_due": self.tr("Amount due"),
            "due_date": self.tr("Due date"),
        }
        template = empty_template(self.tr("New template"), self.tr("Scene 1"), labels)
        open_window(Project(template))

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            "",
            self.tr("Helder projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> MainWindow | None:
        for window in _WINDOWS:
            if window.project.path is not None and window.project.path == path:
                window.raise_()
                window.activateWindow()
                return window
        try:
            project = Project.open(path)
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Cannot open"), str(error))
            return None
        remember_recent(path)
        return open_window(project)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            self.recent_menu.addAction(path.name, lambda p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

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
            lock = self.autosaver.lock.claim(path)  # itself when path is our file
        except ProjectInUse as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return False
        try:
            self.project.save(path)
        except ProjectError as error:
            if lock is not self.autosaver.lock:
                lock.release()
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return False
        self.document.undo_stack.setClean()
        self.autosaver.saved(lock)
        self.lock = self.autosaver.lock
        remember_recent(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def import_media(self) -> None:
        files = choose_media_files(self)
        if files:
            self.canvas.import_files(files)

    # -- long work: export and import ---------------------------------------

    def export_video(self, output: Path | None = None) -> ExportJob | None:
        """Open the export dialog for the variant shown; with ``output``, start
        exporting there at once."""
        if self.export_dialog is None:
            self.export_dialog = ExportDialog(self.document, self)
            self.export_dialog.sig_finished.connect(self.show_message)
        self.export_dialog.show()
        self.export_dialog.raise_()
        if output is not None:
            return self.export_dialog.start(Path(output))
        return None

    def export_package(self, *, publish: bool, output: Path | None = None):
        """Open the package dialog, publishing ticked or not; with ``output``,
        start at once."""
        if self.publish_dialog is None:
            self.publish_dialog = PublishDialog(self.document, self)
            self.publish_dialog.sig_finished.connect(self.show_message)
        if self.publish_dialog.job is None:
            self.publish_dialog.set_publishing(publish)
        self.publish_dialog.show()
        self.publish_dialog.raise_()
        if output is not None:
            return self.publish_dialog.start(Path(output))
        return None

    def import_in_background(self, files: list[Path], at=None) -> ImportJob | None:
        """Read large media beside the window, then import it as one step."""
        if self.job is not None:
            self.show_message(self.tr("Wait for the running task, or cancel it"))
            return None
        job = ImportJob(files)

        def read(items) -> None:
            self._job_ended(self.tr("Imported %n file(s)", "", len(items)))
            self.canvas.import_read(items, at)

        job.sig_done.connect(read)
        job.sig_cancelled.connect(lambda: self._job_ended(self.tr("Import cancelled")))
        self._start_job(job, self.tr("Importing %p%"))
        return job

    def _start_job(self, job, text: str) -> None:
        self.job = job
        job.sig_progress.connect(self._job_progress)
        self.progress.setFormat(text)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        job.start()

    def _job_progress(self, done: int, total: int) -> None:
        # Byte counts overflow a progress bar's int: it shows per cent.
        self.progress.setValue(round(100 * done / total) if total else 0)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _job_ended(self, message: str) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
        self.progress.hide()
        self.cancel_button.hide()
        self.show_message(message)

    # -- layout and closing ------------------------------------------------

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        state = settings.value("main_window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None and self.restoreState(state, LAYOUT_VERSION):
            self._first_sizes = []

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Dock sizes take only once the window has its own size.
        for docks, sizes, orientation in self._first_sizes:
            self.resizeDocks(docks, sizes, orientation)
        self._first_sizes = []

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.document.modified and not self._may_close():
            event.ignore()
            return
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        if self.export_dialog is not None:
            self.export_dialog.stop()
        if self.publish_dialog is not None:
            self.publish_dialog.stop()
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState(LAYOUT_VERSION))
        self.timeline.transport.pause()
        self.autosaver.close()
        self.service.close()
        self.project.close()
        _WINDOWS.discard(self)
        super().closeEvent(event)

    def _may_close(self) -> bool:
        """Ask what to do with unsaved changes; True when the window may close."""
        box = QMessageBox(self)
        box.setObjectName("unsaved_question")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(
            self.tr("Save the changes to “{template}” before closing?").format(
                template=self.project.template.name
            )
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("Your changes are lost if you don't save them."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard
