"""GIF export for email thumbnails: small enough to send, the message up front."""

import numpy as np
import pytest
from PIL import Image
from render_media import FPS, HEIGHT, WIDTH, gradient_frames, leftovers

from studio.render.encode import ExportError, VideoSpec, encode_gif, probe

FRAMES = 60


def message_frame() -> tuple[bytes, np.ndarray]:
    """A first frame unlike the rest (a light card on dark), as BGRA and as RGB."""
    rgb = np.full((HEIGHT, WIDTH, 3), (20, 30, 60), np.uint8)
    rgb[40:140, 60:260] = (250, 240, 200)
    rgb[80:100, 90:230] = (200, 40, 40)
    bgra = np.dstack([rgb[..., ::-1], np.full((HEIGHT, WIDTH), 255, np.uint8)])
    return bgra.tobytes(), rgb


def frames_after_message():
    first, _ = message_frame()
    yield first
    yield from gradient_frames(FRAMES - 1)


def first_gif_frame(path) -> np.ndarray:
    with Image.open(path) as gif:
        assert gif.info.get("loop") == 0
        return np.asarray(gif.convert("RGB"))


def expected_first_frame(size) -> np.ndarray:
    _, rgb = message_frame()
    return np.asarray(Image.fromarray(rgb).resize(size, Image.Resampling.LANCZOS))


def spec():
    return VideoSpec(WIDTH, HEIGHT, FPS, FRAMES)


def test_the_gif_loops_fits_and_opens_on_the_first_frame(tmp_path):
    output = encode_gif(frames_after_message(), spec(), tmp_path / "thumb.gif")

    assert output.stat().st_size <= 1_000_000
    info = probe(output)
    assert (info.video_codec, info.width, info.height) == ("gif", WIDTH, HEIGHT)
    difference = abs(first_gif_frame(output).astype(int) - message_frame()[1])
    assert difference.mean() < 6
    assert leftovers(tmp_path) == []


def test_a_tight_limit_makes_it_smaller_and_keeps_the_first_frame(tmp_path):
    roomy = encode_gif(frames_after_message(), spec(), tmp_path / "roomy.gif")
    limit = roomy.stat().st_size // 2

    output = encode_gif(
        frames_after_message(), spec(), tmp_path / "tight.gif", max_bytes=limit
    )
    assert output.stat().st_size <= limit
    first = first_gif_frame(output)
    assert first.shape[1] <= WIDTH
    expected = expected_first_frame((first.shape[1], first.shape[0]))
    assert abs(first.astype(int) - expected).mean() < 10


def test_the_gif_is_never_wider_than_asked(tmp_path):
    output = encode_gif(
        gradient_frames(FRAMES), spec(), tmp_path / "thumb.gif", width=200, fps=5
    )
    info = probe(output)
    assert (info.width, info.height) == (200, 112)
    assert info.fps == pytest.approx(5)


def test_an_impossible_limit_fails_and_leaves_the_old_gif(tmp_path):
    existing = tmp_path / "thumb.gif"
    existing.write_bytes(b"old thumbnail")
    with pytest.raises(ExportError, match="the limit is 100 bytes"):
        encode_gif(frames_after_message(), spec(), existing, max_bytes=100)
    assert existing.read_bytes() == b"old thumbnail"
    assert leftovers(tmp_path) == []
