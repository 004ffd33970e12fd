"""Exports of one variant: a personalised MP4, a PNG of any moment, the email
thumbnail, the looping teaser GIF and the captions.

Frames go from the renderer straight into the encoder, one at a time into the same
image, so that memory stays flat however long the video is. Every file is written
beside its final name and renamed onto it only when complete.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtGui import QImage

from studio.render.captions import Cue, split_cue, webvtt
from studio.render.encode import (
    AudioClip,
    VideoSpec,
    encode_aac,
    encode_gif,
    encode_mp4,
    mix_audio,
    mux,
)
from studio.render.files import staged
from studio.render.frames import AssetBytes, FrameRenderer, read_asset
from studio.render.text import RenderError
from studio.render.timeline import Timeline

logger = logging.getLogger(__name__)

THUMBNAIL_SIZE = (1200, 676)  # twice the 600 px an email column shows, kept even
GIF_SECONDS = 4.0
MUSIC_FADE = 1.5  # seconds


def _even(size: tuple[int, int]) -> tuple[int, int]:
    return (size[0] // 2 * 2, size[1] // 2 * 2)


def output_size(timeline: Timeline, size: tuple[int, int] | None) -> tuple[int, int]:
    template = timeline.template
    return _even(size or (template.width, template.height))


def frames_of(
    renderer: FrameRenderer, frames: range | list[int]
) -> Iterator[memoryview]:
    """Each frame's pixels (BGRA), painted into one reused image.

    The memory a frame is handed in is painted over by the next one: the encoder
    must take it before asking for more, as a pipe write does. A video passes
    only the frames that :func:`changes` found; the encoder repeats the rest.
    """
    image = QImage(
        renderer.width, renderer.height, QImage.Format.Format_ARGB32_Premultiplied
    )
    for frame in frames:
        renderer.render_into(image, frame)
        yield image.constBits()


def changes(renderer: FrameRenderer, frames: range) -> list[int]:
    """The frames that differ from the one before: all an encoder must be sent."""
    starts, last = [], None
    for frame in frames:
        state = renderer.state(frame)
        if state != last:
            starts.append(frame)
            last = state
    return starts


def audio_clips(timeline: Timeline, asset_bytes: AssetBytes) -> list[AudioClip]:
    """The voice-overs of the path in its language, and the music bed."""
    template = timeline.template
    clips = []
    for frame, layer in timeline.audio():
        asset, data = read_asset(template.assets, asset_bytes, layer.asset)
        clips.append(
            AudioClip(data, Path(asset.name).suffix, frame / timeline.fps, layer.volume)
        )
    music = template.music
    if music is not None:
        asset, data = read_asset(template.assets, asset_bytes, music.asset)
        clips.append(
            AudioClip(
                data,
                Path(asset.name).suffix,
                start=0.0,
                volume=music.volume,
                loop=True,
                fade_out=MUSIC_FADE,
            )
        )
    return clips


def export_video(
    timeline: Timeline,
    asset_bytes: AssetBytes,
    output: Path,
    *,
    size: tuple[int, int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """The whole personalised video of ``timeline`` as an H.264 MP4 with sound.

    The soundtrack is mixed and encoded on a second thread while the frames are
    painted and encoded, then both are joined without encoding again.
    """
    width, height = output_size(timeline, size)
    renderer = FrameRenderer(timeline, asset_bytes, (width, height))
    spec = VideoSpec(width, height, timeline.fps, timeline.frame_count)
    clips = audio_clips(timeline, asset_bytes)
    stop = cancel or threading.Event()
    with tempfile.TemporaryDirectory(prefix="helder-export-") as folder:
        sound = _Soundtrack(clips, spec.duration, Path(folder), stop)
        try:
            starts = changes(renderer, range(timeline.frame_count))
            video = encode_mp4(
                frames_of(renderer, starts),
                spec,
                Path(folder) / "video.mp4",
                progress=progress,
                cancel=stop,
                starts=starts,
            )
            audio = sound.result()
        except BaseException:
            stop.set()
            sound.join()
            raise
        finally:
            renderer.media.close()
        return mux(video, audio, Path(output))


class _Soundtrack(threading.Thread):
    """Mixes and encodes the audio of an export beside its frames."""

    def __init__(self, clips, duration: float, folder: Path, stop: threading.Event):
        super().__init__(name="soundtrack", daemon=True)
        self.clips, self.duration, self.folder, self.stop = (
            clips,
            duration,
            folder,
            stop,
        )
        self.audio: Path | None = None
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            if self.clips:
                wav = mix_audio(self.clips, self.duration, self.folder / "mix.wav")
                self.audio = encode_aac(
                    wav, self.duration, self.folder / "sound.m4a", cancel=self.stop
                )
        except BaseException as error:  # handed to the thread that waits for it
            self.error = error

    def result(self) -> Path | None:
        self.join()
        if self.error is not None:
            raise self.error
        return self.audio


def export_frame(
    timeline: Timeline,
    asset_bytes: AssetBytes,
    frame: int,
    output: Path,
    *,
    size: tuple[int, int] | None = None,
) -> Path:
    """One moment as a PNG."""
    renderer = FrameRenderer(timeline, asset_bytes, output_size(timeline, size))
    image = renderer.render(frame).convertToFormat(QImage.Format.Format_RGB888)
    renderer.media.close()
    return save_png(image, Path(output))


def save_png(image: QImage, output: Path) -> Path:
    with staged(output, ".part.png") as part:
        if not image.save(str(part), "PNG"):
            raise RenderError(f"{output}: the PNG could not be written")
    return output


def export_thumbnail(
    timeline: Timeline,
    asset_bytes: AssetBytes,
    output: Path,
    *,
    size: tuple[int, int] | None = None,
) -> Path:
    """The email thumbnail: the moment the template names, as a PNG."""
    return export_frame(
        timeline,
        asset_bytes,
        timeline.thumbnail_frame(),
        output,
        size=size or THUMBNAIL_SIZE,
    )


def export_gif(
    timeline: Timeline,
    asset_bytes: AssetBytes,
    output: Path,
    *,
    width: int = 480,
    fps: float = 10.0,
    seconds: float = GIF_SECONDS,
    max_bytes: int = 1_000_000,
) -> Path:
    """A short looping teaser that opens on the thumbnail's moment."""
    template = timeline.template
    height = round(width * template.height / template.width)
    width, height = _even((width, height))
    renderer = FrameRenderer(timeline, asset_bytes, (width, height))
    first = timeline.thumbnail_frame()
    step = timeline.fps / fps
    count = max(1, round(seconds * fps))
    last = max(first, timeline.frame_count - 1)
    frames = [min(last, first + round(i * step)) for i in range(count)]
    spec = VideoSpec(width, height, fps, len(frames))
    try:
        return encode_gif(
            frames_of(renderer, frames),
            spec,
            Path(output),
            max_bytes=max_bytes,
            width=width,
            fps=fps,
        )
    finally:
        renderer.media.close()


def caption_cues(timeline: Timeline) -> list[Cue]:
    """Cues from each scene's caption, while the scene is alone on screen; a long
    caption is shared out over several cues of at most two lines."""
    cues = []
    plays = timeline.plays
    for index, play in enumerate(plays):
        key = play.scene.caption
        if key is None:
            continue
        end = plays[index + 1].start if index + 1 < len(plays) else play.end
        cue = Cue(
            play.start / timeline.fps, end / timeline.fps, timeline.row.texts[key]
        )
        cues.extend(split_cue(cue))
    return cues


def captions_text(timeline: Timeline) -> str:
    return webvtt(caption_cues(timeline))
