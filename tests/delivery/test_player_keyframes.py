"""The keyframe conformance file: the studio's sampling and the player's agree."""

from __future__ import annotations

import json

import pytest
from keyframe_cases import (
    CONFORMANCE_FILE,
    build_document,
    case_inputs,
    document_text,
    studio_value,
)

from studio.model.keyframes import NAMED_CURVES, Easing, EasingKind


@pytest.fixture(scope="module")
def conformance() -> dict:
    return json.loads(CONFORMANCE_FILE.read_text(encoding="utf-8"))


def _close(found, expected, tolerance: float) -> bool:
    if isinstance(expected, list):
        return isinstance(found, list) and all(
            abs(a - b) <= tolerance for a, b in zip(found, expected, strict=True)
        )
    return isinstance(found, int | float) and abs(found - expected) <= tolerance


def test_the_file_is_what_the_generator_writes():
    stored = CONFORMANCE_FILE.read_text(encoding="utf-8")
    assert stored == document_text(build_document()), (
        "tests/conformance/keyframes.json is out of date: "
        "run .venv/bin/python tests/delivery/keyframe_cases.py"
    )


def test_every_sample_is_the_studios_value(conformance):
    tolerance = conformance["tolerance"]
    wrong = [
        (case["note"], sample["frame"])
        for case in conformance["cases"]
        for sample in case["samples"]
        if not _close(studio_value(case, sample["frame"]), sample["value"], tolerance)
    ]
    assert wrong == []


def test_the_samples_cover_every_easing_numbers_and_pairs(conformance):
    easings = set()
    for case in conformance["cases"]:
        animated = case["animated"]
        if not isinstance(animated, dict):
            continue
        pair = isinstance(animated["value"], list)
        for key in animated["keyframes"][:-1]:
            kind = "bezier" if isinstance(key["easing"], dict) else key["easing"]
            easings.add((kind, pair))
    every = {kind.value for kind in EasingKind}
    assert easings == {(kind, pair) for kind in every for pair in (False, True)}
    assert len(case_inputs()) == len(conformance["cases"])
    assert sum(len(case["samples"]) for case in conformance["cases"]) > 1500


def test_the_bezier_solver_is_exercised_where_newton_gives_way():
    # The curve whose x slope vanishes at the middle: Newton stops there and
    # bisection finds the point; the samples must hold that path too.
    curve = (1.0, 0.0, 0.0, 1.0)
    assert Easing(EasingKind.BEZIER, curve).apply(0.5) == pytest.approx(0.5, abs=1e-6)
    assert any(
        case["animated"]["keyframes"][0]["easing"] == {"bezier": list(curve)}
        for case in case_inputs()
        if isinstance(case["animated"], dict)
    )
    assert set(NAMED_CURVES) < set(EasingKind)


def test_the_player_reproduces_every_sample(page, site, conformance):
    page.goto(site.url("/blank"))
    result = page.evaluate(
        """async (document) => {
            const { sampleAnimated } = await import('/player/player.js');
            const wrong = [];
            let count = 0;
            for (const item of document.cases) {
                for (const sample of item.samples) {
                    count += 1;
                    const found = sampleAnimated(item.animated, sample.frame);
                    const expected = sample.value;
                    const pairs = Array.isArray(expected)
                        ? expected.map((value, index) => [found[index], value])
                        : [[found, expected]];
                    const off = Math.max(...pairs.map(([a, b]) => Math.abs(a - b)));
                    if (!(off <= document.tolerance) || Array.isArray(found) !==
                            Array.isArray(expected)) {
                        wrong.push([item.note, sample.frame, found, expected]);
                    }
                }
            }
            return { count, wrong: wrong.slice(0, 20) };
        }""",
        conformance,
    )
    assert result["wrong"] == []
    assert result["count"] == sum(len(case["samples"]) for case in conformance["cases"])
