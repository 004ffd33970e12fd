"""The keyframe conformance samples that the studio and the web player share.

Each case is an animated property in the template's own JSON form (a plain value,
or ``{"value", "keyframes"}``) with frames to sample it at; the expected values
come from studio/model/keyframes.py, read through the template reader so that the
JSON form is the one packages carry. Write tests/conformance/keyframes.json with::

    .venv/bin/python tests/delivery/keyframe_cases.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from studio.model.serialize import layer_from_dict

CONFORMANCE_FILE = (
    Path(__file__).resolve().parent.parent / "conformance" / "keyframes.json"
)

# Curves that exercise the solver: CSS's "ease", a back-out that overshoots in y,
# a curve whose x slope vanishes at the middle (Newton gives way to bisection),
# the extreme corners and a nearly flat start.
BEZIERS = [
    [0.25, 0.1, 0.25, 1.0],
    [0.68, -0.55, 0.265, 1.55],
    [1.0, 0.0, 0.0, 1.0],
    [0.0, 1.0, 1.0, 0.0],
    [1.0, 1.0, 0.0, 0.0],
    [0.0, 0.0, 1.0, 1.0],
    [0.9, 0.0, 0.1, 1.0],
    [0.01, 0.99, 0.99, 0.01],
    [0.5, -1.0, 0.5, 2.0],
]
NAMED = ["linear", "ease-in", "ease-out", "ease-in-out", "hold"]


def _two_keys(a: Any, b: Any, easing: Any, start: int = 10, end: int = 60) -> dict:
    return {
        "value": b,
        "keyframes": [
            {"frame": start, "value": a, "easing": easing},
            {"frame": end, "value": b, "easing": "linear"},
        ],
    }


def _dense_frames(start: int, end: int) -> list[float]:
    """Every frame of a segment, its edges and outside, and some fractions."""
    frames: list[float] = [start - 5, start - 0.5]
    frames += list(range(start, end + 1))
    frames += [start + 0.25, start + 0.5, (start + end) / 2 + 0.125, end - 0.01]
    frames += [end + 0.5, end + 10]
    return frames


def case_inputs() -> list[dict]:
    """The animated properties and frames, without their values."""
    cases: list[dict] = [
        {
            "note": "a constant number",
            "property": "rotation",
            "animated": 12.5,
            "frames": [-3, 0, 7, 1000],
        },
        {
            "note": "a constant pair",
            "property": "position",
            "animated": [160.0, -40.0],
            "frames": [0, 3.5, 99],
        },
        {
            "note": "one keyframe holds its value everywhere",
            "property": "opacity",
            "animated": {
                "value": 1.0,
                "keyframes": [{"frame": 20, "value": 0.4, "easing": "ease-in"}],
            },
            "frames": [0, 19.5, 20, 20.5, 500],
        },
    ]
    for easing in NAMED:
        cases.append(
            {
                "note": f"a number, {easing}",
                "property": "opacity",
                "animated": _two_keys(0.0, 1.0, easing),
                "frames": _dense_frames(10, 60),
            }
        )
        cases.append(
            {
                "note": f"a pair, {easing}",
                "property": "position",
                "animated": _two_keys([160.0, 400.0], [-220.5, 360.0], easing, 0, 24),
                "frames": _dense_frames(0, 24),
            }
        )
    for points in BEZIERS:
        cases.append(
            {
                "note": f"a number, bezier {points}",
                "property": "rotation",
                "animated": _two_keys(-45.0, 90.0, {"bezier": points}, 0, 100),
                "frames": _dense_frames(0, 100),
            }
        )
        cases.append(
            {
                "note": f"a pair, bezier {points}",
                "property": "scale",
                "animated": _two_keys([0.85, 0.5], [1.0, 1.25], {"bezier": points}),
                "frames": _dense_frames(10, 60),
            }
        )
    cases.append(
        {
            "note": "several segments, each with its own easing",
            "property": "size",
            "animated": {
                "value": [100.0, 100.0],
                "keyframes": [
                    {"frame": 0, "value": [0.0, 0.0], "easing": "ease-out"},
                    {"frame": 12, "value": [500.0, 190.0], "easing": "hold"},
                    {"frame": 30, "value": [520.0, 200.0], "easing": "ease-in-out"},
                    {
                        "frame": 31,
                        "value": [300.0, 150.0],
                        "easing": {"bezier": [0.68, -0.55, 0.265, 1.55]},
                    },
                    {"frame": 75, "value": [1050.0, 170.0], "easing": "ease-in"},
                    {"frame": 90, "value": [1040.0, 168.0], "easing": "linear"},
                ],
            },
            "frames": [f / 2 for f in range(-4, 200)],
        }
    )
    cases.append(
        {
            "note": "the sample's greeting: opacity fades in, ease-out",
            "property": "opacity",
            "animated": {
                "value": 1.0,
                "keyframes": [
                    {"frame": 8, "value": 0.0, "easing": "ease-out"},
                    {"frame": 30, "value": 1.0, "easing": "linear"},
                ],
            },
            "frames": list(range(0, 40)),
        }
    )
    return cases


def _animated(case: dict):
    """The case's property read as a template layer reads it."""
    layer = layer_from_dict(
        {
            "kind": "text",
            "id": "sample",
            "name": "sample",
            "text": "sample",
            "transform": {case["property"]: case["animated"]},
        }
    )
    return layer.transform.property(case["property"])


def studio_value(case: dict, frame: float) -> float | list[float]:
    value = _animated(case).at(frame)
    return list(value) if isinstance(value, tuple) else value


def build_document() -> dict:
    cases = []
    for case in case_inputs():
        samples = [
            {"frame": frame, "value": studio_value(case, frame)}
            for frame in case["frames"]
        ]
        cases.append(
            {
                "note": case["note"],
                "property": case["property"],
                "animated": case["animated"],
                "samples": samples,
            }
        )
    return {
        "about": (
            "Animated values sampled by studio/model/keyframes.py; the web player "
            "reproduces each within the tolerance. Written by "
            "tests/delivery/keyframe_cases.py."
        ),
        "tolerance": 1e-6,
        "cases": cases,
    }


def document_text(document: dict) -> str:
    """One case a line, so that a diff shows which case changed."""
    head = {key: document[key] for key in ("about", "tolerance")}
    lines = [json.dumps(case, ensure_ascii=False) for case in document["cases"]]
    body = ",\n".join(lines)
    top = json.dumps(head, ensure_ascii=False)[:-1]
    return f'{top}, "cases": [\n{body}\n]}}\n'


def main() -> int:
    CONFORMANCE_FILE.write_text(document_text(build_document()), encoding="utf-8")
    print(f"wrote {CONFORMANCE_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
