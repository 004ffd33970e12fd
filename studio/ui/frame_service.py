"""Frames for the canvas, painted on a thread of their own.

The interface thread never paints a frame: it takes a snapshot of what the frame
depends on (the scene's layers, the resolved texts of the row, the media bytes),
hands it to the painting thread and goes on. Only the newest request is kept, so
a fast scrub paints the frames it can and skips the ones already passed. The
picture comes back as a signal and the canvas shows it.

A snapshot copies what an edit can change in place (the layers and their keyframe
lists) and shares what edits replace whole (frozen keyframes, assets, fields), so
taking one costs microseconds a layer rather than a deep copy of the template.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from studio.model.layers import TRANSFORM_PROPERTIES, ImageLayer, Layer, VideoLayer
from studio.model.template import Scene, Template
from studio.render.frames import FrameRenderer
from studio.render.resolve import resolve_row
from studio.render.timeline import ScenePlay, Timeline
from studio.ui.document import Document

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FrameRequest:
    serial: int
    revision: int  # the document's revision the snapshot was taken at
    frame: int
    size: tuple[int, int]
    timeline: Timeline
    media: dict[str, bytes]  # sha256 -> bytes of the images and clips it draws


def _shallow(thing):
    # copy.copy goes through __reduce_ex__; for plain dataclasses filling a new
    # instance's __dict__ does the same ten times faster, which a scene of
    # hundreds of layers copied at every step of a drag notices.
    twin = object.__new__(type(thing))
    twin.__dict__.update(thing.__dict__)
    return twin


def _clone_layer(layer: Layer) -> Layer:
    twin = _shallow(layer)
    transform = _shallow(layer.transform)
    for name in TRANSFORM_PROPERTIES:
        prop = _shallow(getattr(transform, name))
        prop.keyframes = list(prop.keyframes)
        setattr(transform, name, prop)
    twin.transform = transform
    return twin


def snapshot_scene(scene: Scene) -> Scene:
    """A copy of ``scene`` that later edits to the original leave alone."""
    return replace(scene, layers=[_clone_layer(layer) for layer in scene.layers])


def _template_for(template: Template, scene: Scene) -> Template:
    shallow = {f.name: getattr(template, f.name) for f in fields(template)}
    shallow.update(
        scenes=[scene],
        fields=list(template.fields),
        assets=dict(template.assets),
        languages=list(template.languages),
        strings={},  # resolved on the interface thread; the painter never reads them
    )
    return Template(**shallow)


class FrameService(QObject):
    """Paints frames of the document's current scene off the interface thread.

    Signals
    -------
    sig_frame_ready(int, QImage)
        The frame (within the scene) and its picture, for the newest request
        that finished. Earlier requests overtaken by later ones never report.
    sig_failed(str)
        A frame could not be painted (a damaged media file, say): the message.
    """

    sig_frame_ready = Signal(int, QImage)
    sig_failed = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self._serial = 0
        self._timeline_key: tuple | None = None
        self._timeline: Timeline | None = None
        self._media: dict[str, bytes] = {}
        self._worker = _Painter(self)
        self._worker.start()
        self.last_paint_ms = 0.0
        self.shown_serial = 0  # the request whose frame was last delivered

    def request(self, size: tuple[int, int], frame: int | None = None) -> int:
        """Ask for ``frame`` (the playhead when None) at ``size``; returns a serial."""
        document = self.document
        scene = document.scene
        if scene is None:
            return self._serial
        self._serial += 1
        key = (document.revision, scene.id, document.language, document.row_id)
        if key != self._timeline_key:
            self._timeline = self._make_timeline(scene)
            self._timeline_key = key
        self._worker.post(
            FrameRequest(
                self._serial,
                document.revision,
                document.frame if frame is None else frame,
                size,
                self._timeline,
                self._media,
            )
        )
        return self._serial

    @property
    def requested(self) -> int:
        """The serial of the newest request."""
        return self._serial

    def _make_timeline(self, scene: Scene) -> Timeline:
        document = self.document
        template = document.template
        values = document.values
        resolved = resolve_row(
            template, values, document.language, keep_placeholders=not values
        )
        copied = snapshot_scene(scene)
        timeline = Timeline(
            _template_for(template, copied), document.language, values, resolved
        )
        timeline.plays.append(ScenePlay(copied, 0))
        media = dict(self._media)
        for layer in copied.layers:
            if isinstance(layer, ImageLayer | VideoLayer):
                asset = template.assets.get(layer.asset)
                if asset is not None and asset.sha256 not in media:
                    media[asset.sha256] = document.project.blobs.read_blob(asset.sha256)
        self._media = media
        return timeline

    def _deliver(self, serial: int, frame: int, image: QImage, ms: float) -> None:
        self.last_paint_ms = ms
        if serial == self._serial:
            self.shown_serial = serial
            self.sig_frame_ready.emit(frame, image)

    def close(self) -> None:
        self._worker.stop()


class _Painter(QThread):
    """Paints the newest request; a renderer is kept while its timeline is."""

    sig_done = Signal(int, int, QImage, float)
    sig_error = Signal(str)

    def __init__(self, service: FrameService):
        super().__init__()
        self._condition = threading.Condition()
        self._pending: FrameRequest | None = None
        self._stopping = False
        self._renderer: FrameRenderer | None = None
        self._renderer_key: tuple | None = None
        self._media: dict[str, bytes] = {}
        self.sig_done.connect(service._deliver)
        self.sig_error.connect(service.sig_failed)

    def post(self, request: FrameRequest) -> None:
        with self._condition:
            self._pending = request
            self._condition.notify()

    def stop(self) -> None:
        with self._condition:
            self._stopping = True
            self._condition.notify()
        self.wait()
        if self._renderer is not None:
            self._renderer.media.close()
            self._renderer = None

    def run(self) -> None:
        while True:
            with self._condition:
                while self._pending is None and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                request, self._pending = self._pending, None
            self._paint(request)

    def _paint(self, request: FrameRequest) -> None:
        started = time.perf_counter()
        try:
            renderer = self._renderer_for(request)
            image = renderer.render(request.frame)
        except Exception as error:  # noqa: BLE001 - reported, the thread goes on
            logger.warning("frame %d not painted: %s", request.frame, error)
            self.sig_error.emit(str(error))
            return
        ms = (time.perf_counter() - started) * 1000
        self.sig_done.emit(request.serial, request.frame, image, ms)

    def _renderer_for(self, request: FrameRequest) -> FrameRenderer:
        # One renderer lives on across edits while the size and the media stay:
        # its fitted texts and decoded images are keyed by what decides them.
        template = request.timeline.template
        self._media = request.media
        key = (
            request.size,
            tuple(sorted((a.id, a.sha256) for a in template.assets.values())),
        )
        if key != self._renderer_key or self._renderer is None:
            if self._renderer is not None:
                self._renderer.media.close()
            self._renderer = FrameRenderer(
                request.timeline, self._asset_bytes, request.size
            )
            self._renderer_key = key
        else:
            self._renderer.timeline = request.timeline
            self._renderer.media.assets = template.assets
        return self._renderer

    def _asset_bytes(self, asset_id: str) -> bytes:
        return self._media[self._renderer.timeline.template.assets[asset_id].sha256]
