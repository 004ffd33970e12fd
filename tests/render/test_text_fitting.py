"""Text set in its box by the fit rules, left-to-right and right-to-left."""

import pytest

from studio.model.layers import Align, FitRule, VerticalAlign
from studio.render.text import ELLIPSIS, TextStyle, ensure_gui, fit_text


@pytest.fixture(autouse=True, scope="module")
def gui():
    ensure_gui()


def style(**changes) -> TextStyle:
    values = dict(family="Noto Sans", size=60.0, weight=400, min_size=20.0)
    values.update(changes)
    return TextStyle(**values)


def shown(fitted) -> str:
    layout = fitted.layout
    return "".join(
        layout.text()[line.textStart() : line.textStart() + line.textLength()]
        for line in (layout.lineAt(i) for i in range(layout.lineCount()))
    )


def test_text_that_fits_keeps_its_size():
    fitted = fit_text("Hallo Sanne,", style(), 800, 100)
    assert (fitted.size, fitted.lines, fitted.cut) == (60, 1, False)


def test_shrink_lowers_the_size_until_a_long_name_fits_on_one_line():
    text = "Hallo Johanna Wilhelmina Maria Theodora,"
    fitted = fit_text(text, style(max_lines=1), 800, 100)
    assert 20 <= fitted.size < 60
    assert fitted.lines == 1 and not fitted.cut
    assert fitted.layout.lineAt(0).naturalTextWidth() <= 800.5


def test_shrink_stops_at_the_smallest_size_and_ends_in_an_ellipsis():
    text = "Hallo " + "Wilhelmina " * 20
    fitted = fit_text(text, style(max_lines=1), 400, 80)
    assert fitted.size == 20 and fitted.cut
    assert shown(fitted).endswith(ELLIPSIS)
    assert fitted.layout.lineCount() == 1


def test_wrap_keeps_the_size_and_cuts_the_lines_that_do_not_fit_the_box():
    text = "een twee drie vier vijf zes zeven acht negen tien elf twaalf"
    fitted = fit_text(text, style(fit=FitRule.WRAP, line_height=1.0), 300, 130)
    assert fitted.size == 60 and fitted.cut
    assert fitted.layout.lineCount() == 2
    assert shown(fitted).endswith(ELLIPSIS)


def test_a_line_break_in_the_text_starts_a_new_line():
    fitted = fit_text("Eerste regel.\nTweede regel.", style(), 1200, 400)
    assert fitted.lines == 2
    assert fitted.layout.lineAt(1).textStart() == len("Eerste regel.\n")


def test_a_word_wider_than_the_box_makes_shrink_go_smaller():
    fitted = fit_text("Betalingsherinnering", style(), 300, 400)
    assert fitted.lines == 1 and fitted.size < 60


def test_arabic_text_starts_at_the_right_of_its_box():
    fitted = fit_text("مرحبا يوسف", style(align=Align.START), 800, 100)
    line = fitted.layout.lineAt(0)  # a line lives only as long as its layout
    # Qt places right-to-left runs a few pixels from the exact edge.
    assert line.naturalTextRect().right() == pytest.approx(800, abs=4.0)
    assert line.naturalTextRect().left() > 300


def test_dutch_text_starts_at_the_left_of_its_box():
    fitted = fit_text("Hallo Sanne", style(align=Align.START), 800, 100)
    line = fitted.layout.lineAt(0)
    assert line.naturalTextRect().left() == pytest.approx(0, abs=1.0)


def test_vertical_alignment_places_the_lines_in_the_box():
    middle = fit_text("Hallo", style(vertical_align=VerticalAlign.MIDDLE), 800, 300)
    bottom = fit_text("Hallo", style(vertical_align=VerticalAlign.BOTTOM), 800, 300)
    assert middle.offset == pytest.approx((300 - 75) / 2)
    assert bottom.offset == pytest.approx(300 - 75)
