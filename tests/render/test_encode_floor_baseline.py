"""The benchmark's floor and baseline: both produce the video they time."""

import pytest

from studio.render.encode import (
    ExportError,
    VideoSpec,
    floor_encode,
    moviepy_baseline,
    probe,
)

SPEC = VideoSpec(320, 180, 30, 30)


@pytest.mark.parametrize("encode", [floor_encode, moviepy_baseline])
def test_floor_and_baseline_time_an_encode_of_the_spec(tmp_path, encode):
    seconds = encode(SPEC, tmp_path / "out.mp4")

    assert seconds > 0
    info = probe(tmp_path / "out.mp4")
    assert (info.width, info.height, info.video_codec) == (320, 180, "h264")
    assert info.pix_fmt == "yuv420p"
    assert info.duration == pytest.approx(1.0, abs=1 / 30)
    assert [p.name for p in tmp_path.iterdir()] == ["out.mp4"]


def test_probe_names_a_file_ffmpeg_cannot_read(tmp_path):
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"not a video")
    with pytest.raises(ExportError, match="ffmpeg cannot read .*junk.mp4"):
        probe(junk)
