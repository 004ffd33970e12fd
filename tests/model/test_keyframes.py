"""Keyframe interpolation, value by value, for every easing."""

from fractions import Fraction

import pytest

from studio.model.keyframes import (
    Animated,
    Easing,
    EasingKind,
    Keyframe,
    cubic_bezier,
)


def reference_bezier(points, x, steps=200):
    """An independent solver: exact rational bisection on the curve's x."""
    x1, y1, x2, y2 = (Fraction(p) for p in points)
    x = Fraction(x)

    def at(a, b, s):
        return 3 * a * s * (1 - s) ** 2 + 3 * b * s * s * (1 - s) + s**3

    low, high = Fraction(0), Fraction(1)
    for _ in range(steps):
        middle = (low + high) / 2
        if at(x1, x2, middle) < x:
            low = middle
        else:
            high = middle
    return float(at(y1, y2, (low + high) / 2))


def fade(easing, start=10, end=20):
    return Animated(0.0, [Keyframe(start, 0.0, easing), Keyframe(end, 100.0)])


def test_linear_moves_evenly_between_keyframes():
    prop = fade(Easing())
    assert [prop.at(frame) for frame in range(10, 21)] == pytest.approx(
        [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    )


def test_values_hold_before_the_first_and_after_the_last_keyframe():
    prop = fade(Easing())
    assert prop.at(0) == 0.0
    assert prop.at(9) == 0.0
    assert prop.at(21) == 100.0
    assert prop.at(10_000) == 100.0


def test_hold_keeps_the_value_until_the_next_keyframe():
    prop = fade(Easing(EasingKind.HOLD))
    assert [prop.at(frame) for frame in (10, 11, 15, 19)] == [0.0] * 4
    assert prop.at(20) == 100.0


@pytest.mark.parametrize(
    "kind, points",
    [
        (EasingKind.EASE_IN, (0.42, 0.0, 1.0, 1.0)),
        (EasingKind.EASE_OUT, (0.0, 0.0, 0.58, 1.0)),
        (EasingKind.EASE_IN_OUT, (0.42, 0.0, 0.58, 1.0)),
    ],
)
def test_named_easings_follow_the_css_curves_frame_by_frame(kind, points):
    prop = fade(Easing(kind))
    for frame in range(10, 21):
        t = (frame - 10) / 10
        assert prop.at(frame) == pytest.approx(
            100 * reference_bezier(points, t), abs=1e-4
        ), frame


def test_ease_in_starts_slow_and_ease_out_starts_fast():
    assert (
        fade(Easing(EasingKind.EASE_IN)).at(15)
        < 50
        < fade(Easing(EasingKind.EASE_OUT)).at(15)
    )
    assert fade(Easing(EasingKind.EASE_IN_OUT)).at(15) == pytest.approx(50, abs=1e-4)


@pytest.mark.parametrize(
    "points",
    [
        (0.25, 0.1, 0.25, 1.0),
        (0.68, -0.55, 0.27, 1.55),
        (0.0, 1.0, 1.0, 0.0),
        (1.0, 0.0, 0.0, 1.0),
    ],
)
def test_custom_bezier_matches_an_independent_solver(points):
    for step in range(0, 101, 5):
        x = step / 100
        assert cubic_bezier(points, x) == pytest.approx(
            reference_bezier(points, x), abs=1e-5
        )


def test_overshooting_bezier_goes_past_the_target():
    prop = fade(Easing(EasingKind.BEZIER, (0.34, 1.56, 0.64, 1.0)))
    assert max(prop.at(f / 4) for f in range(40, 81)) > 100.0


def test_each_segment_uses_the_easing_of_its_first_keyframe():
    prop = Animated(
        0.0,
        [
            Keyframe(0, 0.0, Easing(EasingKind.HOLD)),
            Keyframe(10, 10.0, Easing()),
            Keyframe(20, 30.0),
        ],
    )
    assert prop.at(5) == 0.0
    assert prop.at(15) == pytest.approx(20.0)


def test_pairs_interpolate_per_axis():
    prop = Animated((0.0, 0.0), [Keyframe(0, (0.0, 100.0)), Keyframe(4, (40.0, 0.0))])
    assert prop.at(1) == pytest.approx((10.0, 75.0))


def test_fractional_frames_are_allowed_for_scrubbing():
    assert fade(Easing()).at(12.5) == pytest.approx(25.0)


@pytest.mark.parametrize(
    "points, message",
    [
        (
            (1.2, 0, 0.5, 1),
            "bezier x1 and x2 must lie between 0 and 1, not 1.2 and 0.5",
        ),
        ((0.1, 0, 0.5), "a bezier easing needs four numbers x1, y1, x2, y2"),
        (None, "a bezier easing needs four numbers x1, y1, x2, y2"),
    ],
)
def test_a_bezier_whose_time_runs_backwards_is_refused(points, message):
    with pytest.raises(ValueError) as caught:
        Easing(EasingKind.BEZIER, points)
    assert str(caught.value) == message


def test_set_keyframe_replaces_the_one_at_the_same_frame_and_keeps_order():
    prop = Animated(1.0)
    prop.set_keyframe(Keyframe(20, 0.5))
    prop.set_keyframe(Keyframe(5, 0.0))
    prop.set_keyframe(Keyframe(20, 1.0))
    assert [(k.frame, k.value) for k in prop.keyframes] == [(5, 0.0), (20, 1.0)]


def test_removing_the_last_keyframe_keeps_its_value_as_the_constant():
    prop = Animated(1.0, [Keyframe(5, 0.25)])
    prop.remove_keyframe(5)
    assert not prop.is_animated
    assert prop.at(0) == 0.25
    with pytest.raises(KeyError, match="no keyframe at frame 5"):
        prop.remove_keyframe(5)
