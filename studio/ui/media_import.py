"""Media into a project: files dropped or chosen become assets and layers.

Each import is one undoable step: the media's bytes are kept by the project, the
asset and a layer for it are added to the template together. An image keeps its
natural size (halved until it fits half the canvas), centred where it was
dropped; a sound becomes a sound layer of the scene.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QObject, QPointF, Signal
from PySide6.QtGui import QImageReader

from studio.model.edits import AddAsset, AddLayer, Batch, EditError
from studio.model.keyframes import Animated
from studio.model.layers import AudioLayer, ImageLayer, Layer, Transform, VideoLayer
from studio.model.template import MediaType
from studio.project import ProjectError, media_type_of
from studio.ui.document import Document

logger = logging.getLogger(__name__)

IMPORT_IN_BACKGROUND = 16 * 1024 * 1024  # bytes; smaller imports read at once


class MediaImporter(QObject):
    """Turns media files into assets and layers of the document's scene.

    Signals
    -------
    sig_message(str)
        A file that could not be imported, and why.
    """

    sig_message = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.background_import = None  # (files, at) -> None, set by the window

    @property
    def template(self):
        return self.document.template

    def _push(self, edits: list, label: str) -> bool:
        if not edits:
            return False
        try:
            self.document.edit(Batch(tuple(edits), label))
        except EditError as error:
            self.sig_message.emit(str(error))
            return False
        return True

    def import_files(self, files: list[Path], at: QPointF | None = None) -> list[str]:
        """Import media files as layers of the scene; one undoable step. Returns
        the new layers' ids. Files larger together than ``IMPORT_IN_BACKGROUND``
        go to :attr:`background_import` when the window gave one (it reads them
        beside the window, with progress, and comes back to :meth:`import_read`).
        ``at`` is where they land on the canvas (its centre when None)."""
        if self.background_import is not None:
            total = sum(_size(file) for file in files)
            if total > IMPORT_IN_BACKGROUND:
                self.background_import(files, at)
                return []
        return self.import_read([(file, None) for file in files], at)

    def import_read(self, items, at: QPointF | None = None) -> list[str]:
        """Import ``(file, bytes or None)`` pairs as layers; see import_files."""
        scene = self.document.scene
        if scene is None:
            return []
        at = at or QPointF(self.template.width / 2, self.template.height / 2)
        project = self.document.project
        edits, new_ids = [], []
        taken = {layer.id for s in self.template.scenes for layer in s.layers}
        assets_taken = set(self.template.assets)
        for number, (file, data) in enumerate(items):
            try:
                asset = project.store_media(file, data=data)
            except ProjectError as error:
                self.sig_message.emit(str(error))
                continue
            while asset.id in assets_taken:
                asset = _renamed(asset, f"{asset.id}-{number + 2}")
            assets_taken.add(asset.id)
            layer = self._layer_for(asset, at + QPointF(24, 24) * number, taken)
            taken.add(layer.id)
            edits += [AddAsset(asset), AddLayer(scene.id, layer)]
            new_ids.append(layer.id)
        if self._push(edits, self.tr("Import media")):
            self.document.select(new_ids)
            return new_ids
        return []

    def place_asset(self, asset_id: str) -> str | None:
        """Put imported media into the current scene, centred, as one step."""
        scene = self.document.scene
        asset = self.template.assets.get(asset_id)
        if scene is None or asset is None:
            return None
        taken = {layer.id for s in self.template.scenes for layer in s.layers}
        centre = QPointF(self.template.width / 2, self.template.height / 2)
        layer = self._layer_for(asset, centre, taken)
        if self._push([AddLayer(scene.id, layer)], self.tr("Place media")):
            self.document.select([layer.id])
            return layer.id
        return None

    def _layer_for(self, asset, at: QPointF, taken: set[str]) -> Layer:
        scene = self.document.scene
        layer_id, number = asset.id, 2
        while layer_id in taken:
            layer_id, number = f"{asset.id}-{number}", number + 1
        name = Path(asset.name).stem
        if asset.media_type in (MediaType.MP3, MediaType.WAV, MediaType.OGG):
            return AudioLayer(id=layer_id, name=name, asset=asset.id)
        width, height = self._natural_size(asset)
        largest = (self.template.width / 2, self.template.height / 2)
        factor = min(1.0, largest[0] / width, largest[1] / height)
        transform = Transform(
            position=Animated((round(at.x(), 1), round(at.y(), 1))),
            size=Animated((round(width * factor, 1), round(height * factor, 1))),
            anchor=Animated((0.5, 0.5)),
        )
        kind = (
            VideoLayer
            if asset.media_type in (MediaType.MP4, MediaType.WEBM)
            else (ImageLayer)
        )
        layer = kind(id=layer_id, name=name, asset=asset.id, transform=transform)
        layer.start = min(self.document.frame, scene.duration - 1)
        return layer

    def _natural_size(self, asset) -> tuple[float, float]:
        data = self.document.project.blobs.read_blob(asset.sha256)
        if asset.media_type in (MediaType.MP4, MediaType.WEBM):
            return (self.template.width / 2, self.template.height / 2)
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        reader = QImageReader(buffer)
        size = reader.size()
        if size.isValid() and size.width() > 0 and size.height() > 0:
            return float(size.width()), float(size.height())
        return (400.0, 400.0)


def media_files(mime) -> list[Path]:
    """The local files of a drag that are media we import."""
    if not mime.hasUrls():
        return []
    files = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        try:
            media_type_of(path)
        except ProjectError:
            continue
        files.append(path)
    return files


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError:
        return 0  # reported when it is read


def _renamed(asset, new_id: str):
    return replace(asset, id=new_id)
