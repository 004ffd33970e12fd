"""A frame that cannot be drawn as designed is an error that names the cause."""

import copy

import pytest
from sample_project import sample, sample_rows

from studio.render.frames import FrameRenderer
from studio.render.text import RenderError, register_fonts
from studio.render.timeline import build_timeline
from studio.resources import BundledFont


def renderer_with(asset_bytes):
    project = sample()
    template = copy.deepcopy(project.template)
    timeline = build_timeline(template, sample_rows()["K-1001"], "nl")
    return FrameRenderer(timeline, asset_bytes, (320, 180))


def test_a_missing_asset_names_the_asset_and_its_file():
    def missing(asset_id):
        raise KeyError(asset_id)

    with pytest.raises(RenderError) as caught:
        renderer_with(missing).render(10)
    assert str(caught.value) == "asset 'logo' (logo.svg) is missing from the project"


def test_an_unreadable_svg_is_an_error_not_a_blank():
    with pytest.raises(RenderError) as caught:
        renderer_with(lambda asset_id: b"<svg this is not").render(10)
    assert str(caught.value) == "asset 'logo' (logo.svg) is not a readable SVG"


def test_a_missing_font_file_is_named(tmp_path):
    gone = tmp_path / "Gone-Regular.ttf"
    with pytest.raises(RenderError) as caught:
        register_fonts((BundledFont("Gone", 400, gone, tmp_path / "OFL.txt"),))
    assert str(caught.value) == f"font file {gone} is missing"


def test_a_file_that_is_not_a_font_is_named(tmp_path):
    fake = tmp_path / "Fake-Regular.ttf"
    fake.write_bytes(b"not a font at all")
    with pytest.raises(RenderError) as caught:
        register_fonts((BundledFont("Fake", 400, fake, tmp_path / "OFL.txt"),))
    assert str(caught.value) == f"font file {fake} cannot be read as a font"
