"""The sample's key frames against reference images, with a small tolerance.

To accept a deliberate change of look, run with HELDER_UPDATE_REFERENCES=1, then
open the new PNGs in ``tests/render/reference`` and look at them before committing.
"""

import os
from pathlib import Path

import numpy as np
import pytest
from sample_project import sample, sample_rows

from studio.render.frames import FrameRenderer
from studio.render.timeline import build_timeline

REFERENCE = Path(__file__).parent / "reference"
SIZE = (480, 270)

# (name, row, language, path, output frame)
CASES = [
    ("greeting-nl", "K-1002", "nl", None, 70),
    ("amount-nl", "K-1002", "nl", None, 268),
    ("choice-nl", "K-1002", "nl", None, 700),
    ("plans-nl", "K-1002", "nl", "plan:3", 890),
    ("pay-nl", "K-1002", "nl", "pay", 906),
    ("thanks-nl", "K-1002", "nl", "plan:3", 1041),
    ("plans-smallest", "K-1005", "nl", "keuze-termijnen", 890),
    ("greeting-en", "K-1002", "en", None, 70),
    ("amount-en", "K-1002", "en", None, 268),
    ("choice-en", "K-1002", "en", None, 700),
    ("greeting-long-name", "K-1006", "nl", None, 70),
    ("amount-largest", "K-1006", "nl", None, 268),
    ("greeting-arabic-name", "K-1004", "nl", None, 70),
    ("amount-smallest", "K-1005", "nl", None, 268),
    ("crossfade", "K-1002", "nl", None, 154),
]


def pixels(image) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
    return (
        data.reshape(height, image.bytesPerLine())[:, : width * 3]
        .reshape(height, width, 3)
        .astype(np.int16)
    )


def render(row: str, language: str, path, frame: int):
    project = sample()
    timeline = build_timeline(project.template, sample_rows()[row], language, path)
    return FrameRenderer(timeline, project.asset_bytes, SIZE).render(frame)


def assert_close(actual: np.ndarray, expected: np.ndarray, name: str) -> None:
    assert actual.shape == expected.shape, name
    difference = np.abs(actual - expected)
    mean = float(difference.mean())
    far = float((difference.max(axis=2) > 40).mean())
    assert mean < 0.6 and far < 0.002, (
        f"{name}: mean difference {mean:.3f}, {far:.2%} of pixels far off"
    )


@pytest.mark.parametrize("name, row, language, path, frame", CASES)
def test_key_frames_match_their_references(name, row, language, path, frame):
    from PySide6.QtGui import QImage

    image = render(row, language, path, frame)
    reference = REFERENCE / f"{name}.png"
    if os.environ.get("HELDER_UPDATE_REFERENCES"):
        REFERENCE.mkdir(exist_ok=True)
        image.save(str(reference))
    expected = QImage(str(reference))
    assert not expected.isNull(), f"no reference image {reference}"
    assert_close(pixels(image), pixels(expected), name)


def test_rendering_the_same_frame_twice_gives_identical_pixels():
    first = pixels(render("K-1004", "nl", None, 268))
    again = pixels(render("K-1004", "nl", None, 268))
    assert np.array_equal(first, again)


def test_the_comparison_notices_a_changed_amount():
    one = pixels(render("K-1002", "nl", None, 268))
    other = pixels(render("K-1001", "nl", None, 268))
    with pytest.raises(AssertionError):
        assert_close(one, other, "different rows")
