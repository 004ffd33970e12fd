"""The package benchmark: exporting the sample's package, beside its base videos.

The baseline is the part no package export can skip: the same encodes of every
scene in every language, with the same settings, run in the same process just
before. What the package adds on top (posters, thumbnails, teasers, captions, the
music, the zip, the hashes and the signature) is the difference; the goal is at
most half again the baseline's time.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

GOAL = 1.5


def bench_package(out: Callable[[str], None], quick: bool = False) -> dict:
    from studio.package.bake import bake_base_videos, export_package
    from studio.project import Project
    from studio.render.text import ensure_gui
    from studio.resources import SAMPLE_PROJECT

    ensure_gui()
    size = (640, 360) if quick else (1920, 1080)
    project = Project.open(SAMPLE_PROJECT, sample_data=False)
    template = project.template
    saved = os.environ.get("HELDER_KEY_DIR")
    with tempfile.TemporaryDirectory(prefix="helder-bench-package-") as folder:
        work = Path(folder)
        # A key of the benchmark's own: running it makes none in the user's store.
        os.environ["HELDER_KEY_DIR"] = str(work / "keys")
        try:
            started = time.perf_counter()
            bake_base_videos(
                template, project.asset_bytes, work / "base", size, posters=False
            )
            base = time.perf_counter() - started
            started = time.perf_counter()
            result = export_package(project, work / "sample.zip", size=size)
            whole = time.perf_counter() - started
        finally:
            if saved is None:
                os.environ.pop("HELDER_KEY_DIR", None)
            else:
                os.environ["HELDER_KEY_DIR"] = saved
            project.close()
    videos = len(template.scenes) * len(template.languages)
    out(
        f"package: the sample, {size[0]}x{size[1]}, {videos} base videos "
        f"({len(template.scenes)} scenes x {len(template.languages)} languages), "
        f"{result.size / 1e6:.1f} MB zip"
    )
    out(
        f"  {'export the package (goal: at most ' + str(GOAL) + 'x)':<42} "
        f"{whole:>8.1f} s   {'its base videos alone':<26} {base:>8.1f} s   "
        f"{whole / base:.2f}x the baseline"
    )
    return {"package_s": whole, "base_videos_s": base, "ratio": whole / base}
