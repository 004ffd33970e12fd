"""Frames that hold still are sent once and repeated by ffmpeg, at their places."""

import subprocess

import numpy as np
import pytest

from studio.render.encode import (
    ExportError,
    VideoSpec,
    encode_mp4,
    ffmpeg_exe,
    probe,
)

W, H = 64, 48


def flat(level: int) -> bytes:
    return bytes([level, level, level, 255]) * (W * H)


def decoded_levels(path) -> list[int]:
    raw = subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-i",
            str(path),
            "-f",
            "rawvideo",
            "-pix_fmt",
            "gray",
            "-",
        ],
        capture_output=True,
        check=True,
    ).stdout
    frames = np.frombuffer(raw, np.uint8).reshape(-1, H, W)
    return [int(round(frame.mean())) for frame in frames]


@pytest.mark.parametrize("starts", [[0, 5, 6, 20, 39], [0, 10, 30], [0]])
def test_each_frame_holds_from_its_start_until_the_next(tmp_path, starts):
    levels = [40 + 40 * index for index in range(len(starts))]
    spec = VideoSpec(W, H, 25, 40)
    output = encode_mp4(
        (flat(v) for v in levels), spec, tmp_path / "h.mp4", starts=starts
    )
    shown = decoded_levels(output)
    assert len(shown) == 40
    expected = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else 40
        expected += [levels[index]] * (end - start)
    assert shown == pytest.approx(expected, abs=4)
    assert probe(output).duration == pytest.approx(40 / 25, abs=0.05)


def test_progress_counts_output_frames(tmp_path):
    seen = []
    encode_mp4(
        (flat(v) for v in (10, 200)),
        VideoSpec(W, H, 25, 50),
        tmp_path / "p.mp4",
        starts=[0, 30],
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1] == (50, 50)
    assert all(total == 50 for _, total in seen)


@pytest.mark.parametrize("starts", [[1, 5], [0, 5, 5], [0, 50], []])
def test_starts_that_do_not_rise_from_zero_are_refused(tmp_path, starts):
    with pytest.raises(ExportError, match="frame starts must rise from 0"):
        encode_mp4(iter(()), VideoSpec(W, H, 25, 40), tmp_path / "x.mp4", starts=starts)
    assert list(tmp_path.iterdir()) == []


def test_fewer_frames_than_starts_are_refused(tmp_path):
    with pytest.raises(ExportError, match="got 1 frames; this export expects 3"):
        encode_mp4(
            iter([flat(9)]),
            VideoSpec(W, H, 25, 40),
            tmp_path / "x.mp4",
            starts=[0, 5, 9],
        )
    assert list(tmp_path.iterdir()) == []
