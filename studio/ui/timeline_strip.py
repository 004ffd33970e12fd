"""The scene strip above the timeline's tracks: the template's scenes in
sequence, each as wide as it is long."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from studio.model.template import Scene
from studio.ui.document import Document


class SceneStrip(QWidget):
    """The template's scenes in sequence, as wide as they are long; a click
    shows a scene."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scene_strip")
        self.document = document
        self.setFixedHeight(28)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        document.sig_scene_changed.connect(self._redraw)
        document.sig_changed.connect(self._redraw)

    def _redraw(self, *_args) -> None:
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 28)

    def blocks(self) -> list[tuple[Scene, QRectF]]:
        scenes = self.document.template.scenes
        total = sum(scene.duration for scene in scenes) or 1
        width = self.width() - 2 * 4
        x, found = 4.0, []
        for scene in scenes:
            span = width * scene.duration / total
            found.append((scene, QRectF(x, 3, span, self.height() - 6)))
            x += span
        return found

    def block_rect(self, scene_id: str) -> QRect:
        for scene, rect in self.blocks():
            if scene.id == scene_id:
                return rect.toAlignedRect()
        raise KeyError(f"no scene {scene_id!r}")

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fps = self.document.template.fps
        for scene, rect in self.blocks():
            current = scene.id == self.document.scene_id
            fill = palette.highlight() if current else palette.button()
            text = palette.color(
                QPalette.ColorRole.HighlightedText
                if current
                else QPalette.ColorRole.ButtonText
            )
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(1, 0, -1, 0), 3, 3)
            label = self.tr("{name}  {seconds:.1f} s").format(
                name=scene.name, seconds=scene.duration / fps
            )
            inner = rect.adjusted(7, 0, -7, 0)
            if self.fontMetrics().horizontalAdvance(label) > inner.width():
                label = scene.name
            label = self.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.setPen(text)
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        point = event.position()
        for scene, rect in self.blocks():
            if rect.left() <= point.x() < rect.right():
                self.document.set_scene(scene.id)
                return
