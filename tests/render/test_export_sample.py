"""Exports of the sample as a user makes them: probed, looked into, cleaned up."""

import threading

import numpy as np
import pytest
from PIL import Image
from sample_project import sample, sample_rows

from studio.render.encode import ExportCancelled, probe
from studio.render.export import (
    caption_cues,
    captions_text,
    export_frame,
    export_gif,
    export_thumbnail,
    export_video,
)
from studio.render.frames import FrameRenderer
from studio.render.timeline import build_timeline


def rgb(path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"), dtype=np.int16)


def timeline(row="K-1002", language="nl", path=None):
    return build_timeline(sample().template, sample_rows()[row], language, path)


def test_the_video_has_the_length_size_rate_codecs_and_sound(tmp_path):
    variant = timeline(path="plan:3")
    output = export_video(
        variant, sample().asset_bytes, tmp_path / "k.mp4", size=(640, 360)
    )
    info = probe(output)
    assert info.duration == pytest.approx(variant.seconds, abs=0.08)
    assert (info.width, info.height, info.fps) == (640, 360, 25.0)
    assert (info.video_codec, info.pix_fmt) == ("h264", "yuv420p")
    assert (info.audio_codec, info.audio_rate) == ("aac", 48000)


def test_a_frame_of_the_video_is_the_frame_the_renderer_paints(tmp_path):
    import subprocess

    from studio.render.encode import ffmpeg_exe

    variant = timeline()
    video = export_video(
        variant, sample().asset_bytes, tmp_path / "k.mp4", size=(640, 360)
    )
    still = tmp_path / "still.png"
    subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-i",
            str(video),
            "-vf",
            "select=eq(n\\,268)",
            "-frames:v",
            "1",
            str(still),
        ],
        check=True,
    )
    png = export_frame(
        variant, sample().asset_bytes, 268, tmp_path / "f.png", size=(640, 360)
    )
    decoded, painted = rgb(still), rgb(png)
    assert np.abs(decoded - painted).mean() < 3.0


def test_cancelling_leaves_no_file_under_the_output_name(tmp_path):
    cancel = threading.Event()

    def progress(done, total):
        if done > 100:
            cancel.set()

    with pytest.raises(ExportCancelled):
        export_video(
            timeline(),
            sample().asset_bytes,
            tmp_path / "k.mp4",
            size=(320, 180),
            progress=progress,
            cancel=cancel,
        )
    assert list(tmp_path.iterdir()) == []


def test_frames_that_hold_still_are_painted_once(monkeypatch, tmp_path):
    painted = []
    original = FrameRenderer.render_into

    def counting(self, image, frame):
        painted.append(frame)
        return original(self, image, frame)

    monkeypatch.setattr(FrameRenderer, "render_into", counting)
    variant = timeline()
    export_video(variant, sample().asset_bytes, tmp_path / "k.mp4", size=(320, 180))
    assert 0 < len(painted) < variant.frame_count / 2
    assert painted[0] == 0


def test_the_thumbnail_shows_the_named_moment(tmp_path):
    variant = timeline()
    thumbnail = export_thumbnail(variant, sample().asset_bytes, tmp_path / "t.png")
    frame = export_frame(
        variant, sample().asset_bytes, 70, tmp_path / "f.png", size=(1200, 676)
    )
    assert rgb(thumbnail).shape == (676, 1200, 3)
    assert np.array_equal(rgb(thumbnail), rgb(frame))


def test_the_teaser_loops_is_small_and_opens_on_the_thumbnail(tmp_path):
    variant = timeline()
    gif = export_gif(variant, sample().asset_bytes, tmp_path / "t.gif")
    assert gif.stat().st_size < 1_000_000
    with Image.open(gif) as opened:
        assert opened.info.get("loop") == 0
        assert opened.n_frames >= 20
        size = opened.size
        first = np.asarray(opened.convert("RGB"), dtype=np.int16)
    expected = export_frame(
        variant,
        sample().asset_bytes,
        variant.thumbnail_frame(),
        tmp_path / "f.png",
        size=size,
    )
    reference = rgb(expected)
    assert np.abs(first - reference).mean() < 6.0


def test_captions_follow_the_scenes_in_the_row_and_language():
    cues = caption_cues(timeline(language="en"))
    assert cues[0].start == 0.0
    assert cues[0].text.startswith("Hello Mehmet.")
    assert cues[1].start == pytest.approx(148 / 25)
    assert all(a.end <= b.start for a, b in zip(cues, cues[1:], strict=False))


def test_captions_without_a_row_keep_the_placeholders():
    blank = build_timeline(sample().template, {}, "nl", keep_placeholders=True)
    text = captions_text(blank)
    assert text.startswith("WEBVTT\n")
    assert "Hallo {first_name}." in text


def test_a_variant_that_ends_on_a_held_frame_is_exported_whole(tmp_path):
    # The last frames of the sample's default path hold still: the encoder is sent
    # the last changed frame once more at the very end, from the renderer's image,
    # which at 1080p is big enough to be handed back to the system once freed.
    import subprocess

    from studio.render.encode import ffmpeg_exe

    variant = timeline()
    output = export_video(
        variant, sample().asset_bytes, tmp_path / "k.mp4", size=(1920, 1080)
    )
    assert probe(output).duration == pytest.approx(variant.seconds, abs=0.08)
    last = tmp_path / "last.png"
    subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-sseof",
            "-0.2",
            "-i",
            str(output),
            "-update",
            "1",
            str(last),
        ],
        check=True,
    )
    painted = export_frame(
        variant,
        sample().asset_bytes,
        variant.frame_count - 1,
        tmp_path / "f.png",
        size=(1920, 1080),
    )
    assert np.abs(rgb(last) - rgb(painted)).mean() < 3.0
