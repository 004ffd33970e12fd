"""Video layers decode frame-accurately, in order and when seeking back."""

import subprocess

import imageio_ffmpeg
import pytest

from studio.model.keyframes import Animated
from studio.model.layers import ImageFit, Transform, VideoLayer
from studio.model.template import AssetRef, MediaType, Scene, Template
from studio.render.frames import FrameRenderer
from studio.render.text import RenderError
from studio.render.timeline import build_timeline
from studio.store import blob_id
from studio.values.fields import Field, FieldKind


def numbered_clip(frames: int = 30) -> bytes:
    """A clip whose frame i is a flat grey of level 8 * i."""
    raw = b"".join(bytes([8 * i]) * (64 * 64 * 3) for i in range(frames))
    result = subprocess.run(
        [
            imageio_ffmpeg.get_ffmpeg_exe(),
            "-v",
            "error",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "-s",
            "64x64",
            "-r",
            "25",
            "-i",
            "-",
            "-c:v",
            "libx264",
            "-qp",
            "0",
            "-pix_fmt",
            "yuv420p",
            "-f",
            "mp4",
            "-movflags",
            "frag_keyframe+empty_moov",
            "-",
        ],
        input=raw,
        capture_output=True,
        check=True,
    )
    return result.stdout


def clip_template(data: bytes, source_start: int = 0) -> Template:
    layer = VideoLayer(
        id="clip",
        name="Film",
        asset="clip",
        source_start=source_start,
        fit=ImageFit.STRETCH,
        transform=Transform(size=Animated((64.0, 64.0))),
    )
    return Template(
        name="Film",
        width=64,
        height=64,
        fps=25,
        scenes=[Scene("s", "Film", 40, layers=[layer])],
        fields=[Field("customer_id", FieldKind.TEXT)],
        assets={
            "clip": AssetRef(
                "clip", "clip.mp4", MediaType.MP4, blob_id(data), len(data)
            )
        },
    )


def grey_at(renderer, frame: int) -> float:
    image = renderer.render(frame)
    pixel = image.pixelColor(32, 32)
    return pixel.red()


@pytest.fixture(scope="module")
def clip():
    return numbered_clip()


def test_frames_come_out_in_order_and_when_seeking_back(clip):
    template = clip_template(clip)
    renderer = FrameRenderer(build_timeline(template, {}, "nl"), lambda _id: clip)
    for frame in (0, 1, 2, 10, 3, 29, 15, 15, 0):
        assert grey_at(renderer, frame) == pytest.approx(8 * frame, abs=3), frame


def test_the_clip_start_offsets_which_frame_plays(clip):
    template = clip_template(clip, source_start=5)
    renderer = FrameRenderer(build_timeline(template, {}, "nl"), lambda _id: clip)
    assert grey_at(renderer, 0) == pytest.approx(40, abs=3)
    assert grey_at(renderer, 10) == pytest.approx(120, abs=3)


def test_past_the_clip_end_its_last_frame_holds(clip):
    template = clip_template(clip)
    renderer = FrameRenderer(build_timeline(template, {}, "nl"), lambda _id: clip)
    assert grey_at(renderer, 38) == pytest.approx(8 * 29, abs=3)


def test_bytes_that_are_not_a_video_are_an_error():
    junk = b"this is not a video" * 100
    template = clip_template(junk)
    renderer = FrameRenderer(build_timeline(template, {}, "nl"), lambda _id: junk)
    with pytest.raises(
        RenderError, match=r"asset 'clip' \(clip.mp4\) is not a readable"
    ):
        renderer.render(0)
