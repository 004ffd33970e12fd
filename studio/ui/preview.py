"""The frame preview: a scene as the renderer paints it, for one sample row.

The same renderer as the export paints it, so the preview shows the pixels the
viewer will see. A frame is painted on the interface thread; at 960×540 that takes
a few milliseconds, which scrubbing one scene can afford.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from studio.data.check import load_rows
from studio.data.source import DataFileError
from studio.model.template import Scene
from studio.project import Project
from studio.render.frames import FrameRenderer
from studio.render.resolve import resolve_row
from studio.render.timeline import ScenePlay, Timeline

logger = logging.getLogger(__name__)

PREVIEW_SIZE = (960, 540)
SAMPLE_DATA_NAMES = ("sample-rows.xlsx", "sample-rows.csv")


def sample_rows_beside(project: Project) -> dict[str, dict]:
    """The usable rows of a sample data file in the project's folder, if any."""
    folder = project.source
    if folder is None or not folder.is_dir():
        return {}
    for name in SAMPLE_DATA_NAMES:
        path = folder / name
        if path.is_file():
            try:
                return load_rows(
                    project.template.fields,
                    path,
                    row_id_field=project.template.settings.row_id_field,
                    region=project.template.settings.region,
                )
            except DataFileError as error:
                logger.warning("sample rows not loaded: %s", error)
    return {}


class FrameView(QWidget):
    """Shows one frame, scaled to fit, letterboxed on the window colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(*PREVIEW_SIZE) / 2

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.image is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRectF(self.rect())
        ratio = min(
            area.width() / self.image.width(), area.height() / self.image.height()
        )
        width, height = self.image.width() * ratio, self.image.height() * ratio
        target = QRectF(
            area.x() + (area.width() - width) / 2,
            area.y() + (area.height() - height) / 2,
            width,
            height,
        )
        painter.drawImage(target, self.image)
        painter.end()


class FramePreview(QWidget):
    """A scene of the template for a chosen sample row and language."""

    def __init__(self, project: Project, rows: dict[str, dict], parent=None):
        super().__init__(parent)
        self.setObjectName("frame_preview")
        self.project = project
        self.rows = rows
        self.scene: Scene | None = None
        self.renderer: FrameRenderer | None = None
        self.view = FrameView()
        self.row_choice = QComboBox(objectName="row_choice")
        self.row_choice.addItem(self.tr("No sample row"), None)
        for row_id in rows:
            self.row_choice.addItem(row_id, row_id)
        if rows:
            self.row_choice.setCurrentIndex(1)
        self.language_choice = QComboBox(objectName="language_choice")
        self.language_choice.addItems(project.template.languages)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="frame_slider")
        self.time_label = QLabel(objectName="time_label")
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()
        self.row_choice.currentIndexChanged.connect(self._rebuild)
        self.language_choice.currentIndexChanged.connect(self._rebuild)
        self.slider.valueChanged.connect(self._paint)

    def _lay_out(self) -> None:
        controls = QHBoxLayout()
        row_label = QLabel(self.tr("Sample row"))
        language_label = QLabel(self.tr("Language"))
        for widget in (
            row_label,
            self.row_choice,
            language_label,
            self.language_choice,
        ):
            controls.addWidget(widget)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(controls)

    def show_scene(self, scene: Scene) -> None:
        self.scene = scene
        self.slider.blockSignals(True)
        self.slider.setRange(0, scene.duration - 1)
        self.slider.setValue(scene.duration - 1)  # the scene as it settles
        self.slider.blockSignals(False)
        self._rebuild()

    def _rebuild(self) -> None:
        if self.scene is None:
            return
        template = self.project.template
        row_id = self.row_choice.currentData()
        values = self.rows.get(row_id, {}) if row_id else {}
        language = self.language_choice.currentText() or template.source_language
        resolved = resolve_row(template, values, language, keep_placeholders=not values)
        timeline = Timeline(template, language, values, resolved)
        timeline.plays.append(ScenePlay(self.scene, 0))
        if self.renderer is not None:
            self.renderer.media.close()
        self.renderer = FrameRenderer(timeline, self.project.asset_bytes, PREVIEW_SIZE)
        self._paint()

    def _paint(self) -> None:
        if self.renderer is None:
            return
        frame = self.slider.value()
        self.view.show_image(self.renderer.render(frame))
        fps = self.project.template.fps
        self.time_label.setText(f"{frame / fps:5.2f} s")

    def close_media(self) -> None:
        if self.renderer is not None:
            self.renderer.media.close()
