"""Benchmarks: each figure printed beside a baseline measured in the same run.

    python -m studio.bench            # everything
    python -m studio.bench data       # one section: data, project
    python -m studio.bench --rows 20000 data

These machines are shared and noisy, so every figure comes with a baseline that
does comparable work on the same machine at the same moment; read the ratio first.
A benchmark is not a test: it asserts nothing and never fails a build.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from studio.resources import ROOT, SAMPLE_PROJECT

CACHE = ROOT / "bench-out"


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _row(label: str, value: str, baseline_label: str, baseline: str, ratio: str) -> str:
    return f"  {label:<34} {value:>10}   {baseline_label:<34} {baseline:>10}   {ratio}"


def bench_data(rows: int, out: Callable[[str], None], cache: Path = CACHE) -> dict:
    """Import and check a large xlsx, beside plain openpyxl read-only iteration."""
    from studio.data.bench import bench_import, make_benchmark_xlsx
    from studio.project import Project

    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"rows-{rows}.xlsx"
    if not path.exists():
        out(f"  writing {path.name} ({rows} rows, 8 columns) ...")
        make_benchmark_xlsx(path, rows=rows)
    fields = Project.open(SAMPLE_PROJECT).template.fields
    result = bench_import(path, fields)
    ours, plain = result["check_file"], result["openpyxl_read_only"]
    out(f"data: {rows} rows x 8 columns (goal: under 5 s and 300 MB)")
    out(
        _row(
            "import + check (calamine)",
            f"{ours['seconds']:.2f} s",
            "openpyxl read-only iteration",
            f"{plain['seconds']:.2f} s",
            f"{ours['seconds'] / plain['seconds']:.2f}x the time",
        )
    )
    out(
        _row(
            "peak memory",
            f"{ours['peak_rss_mb']:.0f} MB",
            "openpyxl peak memory",
            f"{plain['peak_rss_mb']:.0f} MB",
            f"{ours['peak_rss_mb'] / plain['peak_rss_mb']:.2f}x the memory",
        )
    )
    return result


def bench_project(runs: int, out: Callable[[str], None]) -> dict:
    """Open and save of the sample project, beside the floor of any loader/saver.

    The floors: parsing the same canonical JSON text (what any open must at least
    do) and writing the file's bytes once with fsync (what any durable save must
    at least do).
    """
    from studio.project import Project

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "sample.helder"
        project = Project.open(SAMPLE_PROJECT)
        project.save(target)
        text = project.dump()
        data = target.read_bytes()

        def open_close() -> None:
            Project.open(target).close()

        def write_floor() -> None:
            with open(Path(folder) / "floor.bin", "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())

        figures = {
            "open_ms": _median_ms(open_close, runs),
            "json_parse_ms": _median_ms(lambda: json.loads(text), runs),
            "save_ms": _median_ms(project.save, runs),
            "write_fsync_ms": _median_ms(write_floor, runs),
        }
        project.close()
    out(
        f"project: the sample ({len(data) / 1024:.0f} KB file), median of {runs} "
        "(goal: each under 200 ms)"
    )
    out(
        _row(
            "open",
            f"{figures['open_ms']:.1f} ms",
            "json.loads of its dump",
            f"{figures['json_parse_ms']:.1f} ms",
            f"{figures['open_ms'] / figures['json_parse_ms']:.1f}x",
        )
    )
    out(
        _row(
            "save in place",
            f"{figures['save_ms']:.1f} ms",
            "write + fsync of its bytes",
            f"{figures['write_fsync_ms']:.1f} ms",
            f"{figures['save_ms'] / figures['write_fsync_ms']:.1f}x",
        )
    )
    return figures


SECTIONS = ("data", "project")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m studio.bench")
    parser.add_argument(
        "sections",
        nargs="*",
        metavar="SECTION",
        help=f"one or more of: {', '.join(SECTIONS)} (default: all)",
    )
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the xlsx")
    parser.add_argument("--runs", type=int, default=15, help="repetitions per timing")
    parser.add_argument(
        "--cache", type=Path, default=CACHE, help="where generated inputs are kept"
    )
    args = parser.parse_args(argv)

    def out(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    unknown = [name for name in args.sections if name not in SECTIONS]
    if unknown:
        parser.error(
            f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}"
        )
    chosen = args.sections or list(SECTIONS)
    if "data" in chosen:
        bench_data(args.rows, out, args.cache)
    if "project" in chosen:
        bench_project(args.runs, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
