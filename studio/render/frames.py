"""Painting frames: one renderer for the canvas, the proofs and the export.

Every frame is painted with QPainter into a QImage (offscreen, no screen needed)
in canvas coordinates, scaled to the output size, so that all sizes show the same
layout. Painting is deterministic: the same timeline and frame give the same
pixels. Costly work (laying out text, rasterising images, decoding video) is done
once and kept for the frames that follow.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

import cv2
from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer

from studio.model.layers import (
    ButtonLayer,
    ButtonStyle,
    ImageFit,
    ImageLayer,
    Layer,
    PlanPickerLayer,
    ShapeKind,
    ShapeLayer,
    TextLayer,
    VideoLayer,
)
from studio.model.template import AssetRef, MediaType
from studio.render.text import (
    BUTTON_PADDING,
    FittedText,
    RenderError,
    TextStyle,
    button_label_style,
    ensure_gui,
    fit_text,
    text_layer_style,
)
from studio.render.timeline import Moment, Timeline

logger = logging.getLogger(__name__)

AssetBytes = Callable[[str], bytes]  # asset id -> its bytes


def qcolor(value: str) -> QColor:
    """``#RRGGBB`` or ``#RRGGBBAA`` (CSS order; Qt reads 8 digits as ARGB)."""
    if len(value) == 9:
        color = QColor(value[:7])
        color.setAlpha(int(value[7:], 16))
        return color
    return QColor(value)


class FrameRenderer:
    """Draws the frames of one timeline at one output size."""

    def __init__(
        self,
        timeline: Timeline,
        asset_bytes: AssetBytes,
        size: tuple[int, int] | None = None,
    ):
        ensure_gui()
        template = timeline.template
        self.timeline = timeline
        self.width, self.height = size or (template.width, template.height)
        self.scale = (self.width / template.width, self.height / template.height)
        self.media = MediaCache(template.assets, asset_bytes, self.scale)
        self._texts: dict[tuple, FittedText] = {}
        self._buffer: QImage | None = None

    def render(self, frame: int) -> QImage:
        image = QImage(
            self.width, self.height, QImage.Format.Format_ARGB32_Premultiplied
        )
        self.render_into(image, frame)
        return image

    def render_into(self, image: QImage, frame: int) -> None:
        """Paint ``frame`` over the whole of ``image`` (of this renderer's size).

        Reusing one image for frame after frame spares allocating and touching
        fresh memory each time, which at 1080p costs more than the painting.
        """
        moments = self.timeline.at(frame) or self._last_moment()
        if not moments:
            image.fill(Qt.GlobalColor.white)
            return
        first, *incoming = moments
        self._paint_scene_into(image, first)
        for moment in incoming:
            # A crossfade: the incoming scene is painted whole, then laid over the
            # outgoing one, so that its own layers do not show through each other.
            buffer = self._fade_buffer(image)
            self._paint_scene_into(buffer, moment)
            painter = QPainter(image)
            painter.setOpacity(moment.opacity)
            painter.drawImage(0, 0, buffer)
            painter.end()

    def _fade_buffer(self, image: QImage) -> QImage:
        if self._buffer is None or self._buffer.size() != image.size():
            self._buffer = QImage(
                image.size(), QImage.Format.Format_ARGB32_Premultiplied
            )
        return self._buffer

    def _last_moment(self) -> list[Moment]:
        # Past the end, the last frame holds, as the player holds it for a choice.
        if not self.timeline.plays:
            return []
        play = self.timeline.plays[-1]
        return [Moment(play, play.scene.duration - 1)]

    def _paint_scene_into(self, image: QImage, moment: Moment) -> None:
        scene = moment.play.scene
        # Backgrounds are opaque (#RRGGBB), so a plain fill covers the last frame.
        image.fill(qcolor(scene.background))
        painter = QPainter(image)
        try:
            painter.setRenderHints(
                QPainter.RenderHint.Antialiasing
                | QPainter.RenderHint.TextAntialiasing
                | QPainter.RenderHint.SmoothPixmapTransform
            )
            painter.scale(*self.scale)
            for layer in self.timeline.drawn_layers(moment):
                self._paint_layer(painter, layer, moment)
        finally:
            painter.end()

    def state(self, frame: int) -> tuple:
        """Everything that decides the pixels of ``frame``: equal states, equal frames.

        Most of a video holds still between animations; the export paints such a
        frame once and sends it again.
        """
        parts: list = []
        for moment in self.timeline.at(frame) or self._last_moment():
            parts.append((moment.play.scene.id, moment.opacity))
            for layer in self.timeline.drawn_layers(moment):
                parts.append(_layer_state(layer, moment.frame))
        return tuple(parts)

    def _paint_layer(self, painter: QPainter, layer: Layer, moment: Moment) -> None:
        paint = _PAINTERS[type(layer)]
        frame = moment.frame
        transform = layer.transform
        x, y = transform.position.at(frame)
        width, height = transform.size.at(frame)
        anchor_x, anchor_y = transform.anchor.at(frame)
        scale_x, scale_y = transform.scale.at(frame)
        opacity = transform.opacity.at(frame)
        if opacity <= 0.0 or width <= 0 and height <= 0:
            return
        painter.save()
        painter.setOpacity(opacity)
        painter.translate(x, y)
        painter.rotate(transform.rotation.at(frame))
        painter.scale(scale_x, scale_y)
        painter.translate(-anchor_x * width, -anchor_y * height)
        paint(self, painter, layer, width, height, moment)
        painter.restore()

    # -- the kinds of layer -----------------------------------------------

    def _text(self, layer: Layer, text: str, style: TextStyle, w: float, h: float):
        key = (layer.id, text, round(w, 1), round(h, 1), style)
        fitted = self._texts.get(key)
        if fitted is None:
            fitted = self._texts[key] = fit_text(text, style, w, h)
        return fitted

    def _paint_text(self, painter, layer: TextLayer, w, h, moment) -> None:
        text = self.timeline.row.texts[layer.text]
        style = text_layer_style(layer)
        painter.setPen(qcolor(layer.color))
        self._text(layer, text, style, w, h).draw(painter)

    def _paint_button(self, painter, layer: ButtonLayer, w, h, moment) -> None:
        label = self.timeline.row.texts[layer.label]
        self._paint_choice(painter, layer, label, layer.style, 0.0, w, h)

    def _paint_choice(self, painter, layer, label, style, y, w, h) -> None:
        """One button-like box at ``y`` in the layer: its shape, then its label."""
        radius = min(layer.corner_radius, w / 2, h / 2)
        box = QRectF(0, y, w, h)
        color = qcolor(layer.text_color)
        if style is ButtonStyle.PRIMARY:
            path = QPainterPath()
            path.addRoundedRect(box, radius, radius)
            painter.fillPath(path, qcolor(layer.fill))
        elif style is ButtonStyle.SECONDARY:
            width = max(2.0, layer.font_size / 12)
            inset = box.adjusted(width / 2, width / 2, -width / 2, -width / 2)
            painter.setPen(QPen(qcolor(layer.fill), width))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRoundedRect(inset, radius, radius)
            color = qcolor(layer.fill)
        text_style = button_label_style(layer)
        inner_w, inner_h = w - 2 * BUTTON_PADDING, h - 2 * BUTTON_PADDING
        fitted = self._text(
            layer, label, text_style, max(1.0, inner_w), max(1.0, inner_h)
        )
        painter.setPen(color)
        fitted.draw(painter, BUTTON_PADDING, y + BUTTON_PADDING)
        if style is ButtonStyle.QUIET:
            _underline(painter, fitted, color, BUTTON_PADDING, y + BUTTON_PADDING)

    def _paint_plan_picker(self, painter, layer: PlanPickerLayer, w, h, moment):
        labels = self.timeline.row.plan_labels.get(layer.label, [])
        for (_, y, bw, bh), label in zip(
            layer.option_boxes(len(labels), w, h), labels, strict=True
        ):
            self._paint_choice(painter, layer, label, ButtonStyle.PRIMARY, y, bw, bh)

    def _paint_shape(self, painter, layer: ShapeLayer, w, h, moment) -> None:
        pen = Qt.PenStyle.NoPen
        if layer.stroke and layer.stroke_width > 0:
            pen = QPen(qcolor(layer.stroke), layer.stroke_width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(qcolor(layer.fill) if layer.fill else Qt.BrushStyle.NoBrush)
        box = QRectF(0, 0, w, h)
        if layer.shape is ShapeKind.RECTANGLE:
            painter.drawRect(box)
        elif layer.shape is ShapeKind.ROUNDED_RECTANGLE:
            radius = min(layer.corner_radius, w / 2, h / 2)
            painter.drawRoundedRect(box, radius, radius)
        elif layer.shape is ShapeKind.ELLIPSE:
            painter.drawEllipse(box)
        else:  # a line runs across its box, from the top left to the bottom right
            painter.drawLine(QPointF(0, 0), QPointF(w, h))

    def _paint_image(self, painter, layer: ImageLayer, w, h, moment) -> None:
        image = self.media.image(layer.asset, w, h)
        _draw_fitted(painter, image, w, h, layer.fit)

    def _paint_video(self, painter, layer: VideoLayer, w, h, moment) -> None:
        clip_frame = layer.source_start + moment.frame - layer.start
        fps = self.timeline.fps
        image = self.media.video_frame(layer.asset, clip_frame, fps)
        _draw_fitted(painter, image, w, h, layer.fit)


def _layer_state(layer: Layer, frame: int) -> tuple:
    transform = layer.transform
    if isinstance(layer, VideoLayer):
        # A video changes every frame of its own.
        return (layer.id, frame)
    return (
        layer.id,
        transform.position.at(frame),
        transform.size.at(frame),
        transform.anchor.at(frame),
        transform.rotation.at(frame),
        transform.scale.at(frame),
        transform.opacity.at(frame),
    )


_PAINTERS = {
    TextLayer: FrameRenderer._paint_text,
    ButtonLayer: FrameRenderer._paint_button,
    PlanPickerLayer: FrameRenderer._paint_plan_picker,
    ShapeLayer: FrameRenderer._paint_shape,
    ImageLayer: FrameRenderer._paint_image,
    VideoLayer: FrameRenderer._paint_video,
}


def _underline(painter, fitted: FittedText, color: QColor, x: float, y: float):
    """A line under each line of a quiet button's label, as links have."""
    layout = fitted.layout
    pen = QPen(color, max(1.5, fitted.size / 16))
    painter.setPen(pen)
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        if fitted.cut and index >= fitted.lines:
            break
        base = y + fitted.offset + line.y() + line.ascent() + pen.widthF() * 1.5
        left = x + line.x() + line.naturalTextRect().left()
        right = left + line.naturalTextWidth()
        painter.drawLine(QPointF(left, base), QPointF(right, base))


def _draw_fitted(painter: QPainter, image: QImage, w: float, h: float, fit: ImageFit):
    iw, ih = image.width(), image.height()
    if iw == 0 or ih == 0:
        return
    if fit is ImageFit.STRETCH:
        painter.drawImage(QRectF(0, 0, w, h), image)
        return
    ratio = (min if fit is ImageFit.CONTAIN else max)(w / iw, h / ih)
    dw, dh = iw * ratio, ih * ratio
    target = QRectF((w - dw) / 2, (h - dh) / 2, dw, dh)
    if fit is ImageFit.COVER:
        painter.save()
        painter.setClipRect(QRectF(0, 0, w, h))
        painter.drawImage(target, image)
        painter.restore()
    else:
        painter.drawImage(target, image)


def read_asset(
    assets: dict[str, AssetRef], asset_bytes: AssetBytes, asset_id: str
) -> tuple[AssetRef, bytes]:
    """An asset and its bytes; RenderError naming it when it cannot be had."""
    asset = assets.get(asset_id)
    if asset is None:
        raise RenderError(f"asset {asset_id!r} is not in the template")
    try:
        return asset, asset_bytes(asset_id)
    except (KeyError, OSError) as error:
        raise RenderError(
            f"asset {asset_id!r} ({asset.name}) is missing from the project"
        ) from error


class MediaCache:
    """Decoded images and video frames, kept at the size they are drawn."""

    def __init__(self, assets: dict[str, AssetRef], asset_bytes: AssetBytes, scale):
        self.assets = assets
        self.asset_bytes = asset_bytes
        self.scale = scale
        self._images: dict[tuple, QImage] = {}
        self._videos: dict[str, _VideoReader] = {}

    def _bytes(self, asset_id: str) -> tuple[AssetRef, bytes]:
        return read_asset(self.assets, self.asset_bytes, asset_id)

    def image(self, asset_id: str, w: float, h: float) -> QImage:
        """The image rasterised for a box of ``w`` x ``h`` canvas pixels."""
        sx, sy = self.scale
        pixels = (max(1, round(w * sx)), max(1, round(h * sy)))
        key = (asset_id, pixels)
        image = self._images.get(key)
        if image is None:
            image = self._images[key] = self._decode(asset_id, pixels)
        return image

    def _decode(self, asset_id: str, pixels: tuple[int, int]) -> QImage:
        asset, data = self._bytes(asset_id)
        if asset.media_type is MediaType.SVG:
            return _rasterise_svg(asset, data, pixels)
        image = QImage.fromData(data)
        if image.isNull():
            raise RenderError(
                f"asset {asset_id!r} ({asset.name}) cannot be read as "
                f"{asset.media_type.value}"
            )
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        # Scaled once, smoothly, to about the drawn size: drawing a large photo
        # scaled down in every frame costs more and looks worse.
        fit = QSize(*pixels)
        return image.scaled(
            fit,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )

    def video_frame(self, asset_id: str, frame: int, fps: int) -> QImage:
        reader = self._videos.get(asset_id)
        if reader is None:
            asset, data = self._bytes(asset_id)
            reader = self._videos[asset_id] = _VideoReader(asset, data)
        return reader.frame_at(frame, fps)

    def close(self) -> None:
        for reader in self._videos.values():
            reader.close()
        self._videos.clear()


def _rasterise_svg(asset: AssetRef, data: bytes, pixels: tuple[int, int]) -> QImage:
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise RenderError(f"asset {asset.id!r} ({asset.name}) is not a readable SVG")
    view = renderer.viewBoxF()
    ratio = view.width() / view.height() if view.height() else 1.0
    width, height = pixels
    if width / height > ratio:
        width = max(1, round(height * ratio))
    else:
        height = max(1, round(width / ratio))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


class _VideoReader:
    """Frame-accurate access to a video asset through opencv.

    Frames are read in order where they are asked in order (the export), and
    seeked where they are not (scrubbing); a frame past the clip's end shows the
    clip's last frame.
    """

    def __init__(self, asset: AssetRef, data: bytes):
        suffix = Path(asset.name).suffix or ".mp4"
        self._file = tempfile.NamedTemporaryFile(suffix=suffix, delete=False)
        self._file.write(data)
        self._file.close()
        self.capture = cv2.VideoCapture(self._file.name)
        if not self.capture.isOpened():
            self.close()
            raise RenderError(
                f"asset {asset.id!r} ({asset.name}) is not a readable video"
            )
        self.asset = asset
        self.count = int(self.capture.get(cv2.CAP_PROP_FRAME_COUNT))
        self.clip_fps = self.capture.get(cv2.CAP_PROP_FPS) or 25.0
        self.position = 0  # the index of the frame the next read returns
        self.last: QImage | None = None
        self.last_index = -1

    def frame_at(self, frame: int, fps: int) -> QImage:
        index = min(max(0, round(frame * self.clip_fps / fps)), max(0, self.count - 1))
        if index == self.last_index and self.last is not None:
            return self.last
        if index != self.position:
            self.capture.set(cv2.CAP_PROP_POS_FRAMES, index)
            self.position = index
        ok, pixels = self.capture.read()
        if not ok:
            raise RenderError(
                f"asset {self.asset.id!r} ({self.asset.name}): frame {index} cannot "
                "be decoded"
            )
        self.position += 1
        height, width = pixels.shape[:2]
        image = QImage(
            pixels.data, width, height, 3 * width, QImage.Format.Format_BGR888
        )
        self.last, self.last_index = image.copy(), index
        return self.last

    def close(self) -> None:
        capture = getattr(self, "capture", None)
        if capture is not None:
            capture.release()
        Path(self._file.name).unlink(missing_ok=True)
