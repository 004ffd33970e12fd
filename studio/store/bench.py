"""Timing the project file: how long opening and saving a project-sized file take.

``bench_store`` returns medians in milliseconds, for the lead's benchmark report;
it prints nothing and leaves nothing behind in ``tmpdir`` but its own files.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from studio.store.blobs import MemoryBlobs
from studio.store.canonical import compact_json, dump_json
from studio.store.project_file import ProjectFile
from studio.store.saving import save_project


def bench_store(
    tmpdir: str | os.PathLike[str],
    document: dict[str, Any] | None = None,
    blobs: MemoryBlobs | None = None,
    *,
    runs: int = 7,
) -> dict[str, float | int]:
    """Time open and save of ``document`` with ``blobs`` (defaults: made up ones).

    The default document is about 200 KB of JSON and the default blobs about 5 MB,
    the size of a typical reminder template with its images and voice-overs.
    """
    folder = Path(tmpdir)
    document = _sample_document() if document is None else document
    blobs = _sample_blobs() if blobs is None else blobs
    path = folder / "bench.helder"
    ids = blobs.blob_ids()
    save_project(path, document, blobs, referenced=ids)
    swap = MemoryBlobs([random.Random(1).randbytes(512 * 1024)])
    results = {
        "save_new_ms": _median(runs, lambda n: _save_new(folder, n, document, blobs)),
        "save_in_place_ms": _median(
            runs,
            lambda n: save_project(path, {**document, "run": n}, blobs, referenced=ids),
        ),
        "save_in_place_one_new_blob_ms": _median(
            runs, lambda n: _save_swapping_blob(path, n, document, blobs, swap)
        ),
        "open_ms": _median(runs, lambda n: ProjectFile.open(path).close()),
        "read_all_blobs_ms": _median(runs, lambda n: _read_all_blobs(path)),
        "dump_json_ms": _median(runs, lambda n: dump_json(document)),
    }
    sizes = {
        "document_bytes": len(compact_json(document).encode()),
        "blob_bytes": sum(len(blobs.read_blob(sha256)) for sha256 in ids),
        "file_bytes": path.stat().st_size,
        "runs": runs,
    }
    path.unlink()
    return {**results, **sizes}


def _median(runs: int, work: Callable[[int], object]) -> float:
    durations = []
    for run in range(runs):
        started = time.perf_counter()
        work(run)
        durations.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(durations), 2)


def _save_new(folder: Path, run: int, document: dict, blobs: MemoryBlobs) -> None:
    path = folder / f"bench-new-{run}.helder"
    save_project(path, document, blobs, referenced=blobs.blob_ids())
    path.unlink()


def _save_swapping_blob(
    path: Path, run: int, document: dict, blobs: MemoryBlobs, swap: MemoryBlobs
) -> None:
    # Alternates between adding and dropping one asset, as editing a template does.
    extra = swap.blob_ids() if run % 2 == 0 else set()
    source = MemoryBlobs(
        [*map(blobs.read_blob, blobs.blob_ids()), *map(swap.read_blob, extra)]
    )
    save_project(path, document, source, referenced=blobs.blob_ids() | extra)


def _read_all_blobs(path: Path) -> None:
    with ProjectFile.open(path) as project:
        for sha256 in project.blob_ids():
            project.read_blob(sha256)


def _sample_document() -> dict[str, Any]:
    rng = random.Random(0)
    scenes = [_sample_scene(rng, number) for number in range(32)]
    return {"canvas": {"width": 1920, "height": 1080, "fps": 25}, "scenes": scenes}


def _sample_scene(rng: random.Random, number: int) -> dict[str, Any]:
    layers = [
        {
            "id": f"scene-{number}-layer-{index}",
            "kind": rng.choice(["text", "image", "shape", "button"]),
            "text": {"nl": "Uw betaling staat nog open", "ar": "دفعتك لا تزال معلقة"},
            "keyframes": [
                {
                    "time": round(rng.random() * 10, 3),
                    "x": rng.randint(0, 1920),
                    "y": rng.randint(0, 1080),
                    "easing": "ease-in-out",
                }
                for _ in range(12)
            ],
        }
        for index in range(8)
    ]
    return {"id": f"scene-{number}", "duration": 6.0, "layers": layers}


def _sample_blobs() -> MemoryBlobs:
    rng = random.Random(0)
    return MemoryBlobs(rng.randbytes(512 * 1024) for _ in range(10))
