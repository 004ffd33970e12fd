"""Benchmarks: each figure printed beside a baseline measured in the same run.

    python -m studio.bench            # everything
    python -m studio.bench window     # one section: data, project, render, window,
                                      # server, package
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


_EXPORT_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from studio.data.check import load_rows
from studio.project import Project
from studio.render.export import export_video
from studio.render.timeline import build_timeline
from studio.resources import SAMPLE_PROJECT
seconds, width, height = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
output = sys.argv[4]
project = Project.open(SAMPLE_PROJECT)
template = project.template
rows = load_rows(template.fields, SAMPLE_PROJECT / "sample-rows.csv",
                 row_id_field="customer_id")
timeline = build_timeline(template, rows["K-1002"], "nl")
if seconds:
    last = template.scene(timeline.plays[-1].scene.id)
    last.duration += round(seconds * template.fps) - timeline.frame_count
    timeline = build_timeline(template, rows["K-1002"], "nl")
started = time.perf_counter()
export_video(timeline, project.asset_bytes, Path(output), size=(width, height))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sys.stdout.write(json.dumps({"seconds": time.perf_counter() - started,
                             "frames": timeline.frame_count, "peak": peak}))
"""


def _export_child(seconds: float, size: tuple[int, int], output: Path) -> dict:
    import subprocess

    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            _EXPORT_CHILD,
            str(seconds),
            str(size[0]),
            str(size[1]),
            str(output),
        ],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    unit = 1 if sys.platform == "darwin" else 1024
    report["peak_mb"] = report.pop("peak") * unit / (1024 * 1024)
    return report


def _busiest_frame(timeline) -> int:
    def drawn(frame: int) -> int:
        return sum(len(timeline.drawn_layers(m)) for m in timeline.at(frame))

    return max(range(timeline.frame_count), key=drawn)


def _preview_ms(project, timeline, frame: int, size, runs: int):
    """A frame painted into the canvas's reused image: warm, and from scratch."""
    from PySide6.QtGui import QImage

    from studio.render.frames import FrameRenderer
    from studio.render.timeline import build_timeline

    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    renderer = FrameRenderer(timeline, project.asset_bytes, size)
    renderer.render_into(image, frame)
    warm = _median_ms(lambda: renderer.render_into(image, frame), runs)

    def from_scratch() -> None:
        fresh = build_timeline(timeline.template, timeline.values, timeline.language)
        FrameRenderer(fresh, project.asset_bytes, size).render_into(image, frame)

    first = _median_ms(from_scratch, max(3, runs // 3))
    floor = _median_ms(lambda: image.fill(0xFFFFFFFF), runs)
    return warm, first, floor


def bench_render(runs: int, out: Callable[[str], None], quick: bool = False) -> dict:
    """Preview frames, the 1080p export against ffmpeg alone and against moviepy,
    and the export's peak memory for a one-minute and a ten-minute video."""
    from studio.data.check import load_rows
    from studio.project import Project
    from studio.render.timeline import build_timeline

    project = Project.open(SAMPLE_PROJECT)
    template = project.template
    rows = load_rows(
        template.fields, SAMPLE_PROJECT / "sample-rows.csv", row_id_field="customer_id"
    )
    timeline = build_timeline(template, rows["K-1002"], "nl")
    busiest = _busiest_frame(timeline)
    figures: dict = {"busiest_frame": busiest}
    out(f"render: the sample's busiest moment (frame {busiest}), median of {runs}")
    for size, goal in (((960, 540), 8), ((1920, 1080), 16)):
        label = f"{size[0]}x{size[1]}"
        warm, first, floor = _preview_ms(project, timeline, busiest, size, runs)
        figures[label] = {"warm_ms": warm, "first_ms": first, "fill_ms": floor}
        out(
            _row(
                f"preview frame {label} (goal {goal} ms)",
                f"{warm:.1f} ms",
                "filling a blank frame",
                f"{floor:.1f} ms",
                f"{warm / floor:.1f}x",
            )
        )
        out(_row("  first frame, resolved and fitted", f"{first:.1f} ms", "", "", ""))

    with tempfile.TemporaryDirectory() as folder:
        figures.update(_export_figures(Path(folder), template, quick, out))
    return figures


def _export_figures(folder: Path, template, quick: bool, out) -> dict:
    from studio.render.encode import VideoSpec, floor_encode, moviepy_baseline, probe

    size = (640, 360) if quick else (1920, 1080)
    ours = _export_child(0, size, folder / "ours.mp4")
    spec = VideoSpec(size[0], size[1], template.fps, ours["frames"])
    floor = floor_encode(spec, folder / "floor.mp4")
    again = reencode_floor(folder / "ours.mp4", spec, folder / "again.mp4")
    plain = moviepy_baseline(spec, folder / "moviepy.mp4")
    info = probe(folder / "ours.mp4")
    sound = f" + {info.audio_codec}" if info.audio_codec else ""
    out(
        f"export: the sample, {size[0]}x{size[1]} at {template.fps} fps, "
        f"{ours['frames']} frames, {info.video_codec}/{info.pix_fmt}{sound}"
    )
    seconds = ours["seconds"]
    out(
        _row(
            "export (goal: at most 1.25x floor)",
            f"{seconds:.1f} s",
            "ffmpeg alone, drawn scene",
            f"{floor:.1f} s",
            f"{seconds / floor:.2f}x the floor",
        )
    )
    out(
        _row(
            "",
            "",
            "ffmpeg alone, re-encoding ours",
            f"{again:.1f} s",
            f"{seconds / again:.2f}x the floor",
        )
    )
    out(
        _row(
            "export (goal: 5x faster)",
            f"{seconds:.1f} s",
            "moviepy clips + write_videofile",
            f"{plain:.1f} s",
            f"{plain / seconds:.1f}x faster",
        )
    )
    out(
        _row(
            "export peak memory (goal 600 MB)", f"{ours['peak_mb']:.0f} MB", "", "", ""
        )
    )
    small = (480, 270)
    one = _export_child(40 if quick else 60, small, folder / "one.mp4")
    ten = _export_child(60 if quick else 600, small, folder / "ten.mp4")
    out(
        _row(
            f"peak, {one['frames'] / template.fps:.0f} s video at 480x270",
            f"{one['peak_mb']:.0f} MB",
            f"peak, {ten['frames'] / template.fps:.0f} s video",
            f"{ten['peak_mb']:.0f} MB",
            f"{ten['peak_mb'] / one['peak_mb']:.2f}x the memory",
        )
    )
    return {
        "export": {
            "ours": ours,
            "floor_s": floor,
            "reencode_s": again,
            "moviepy_s": plain,
        },
        "memory": {"short": one, "long": ten},
    }


def reencode_floor(source: Path, spec, output: Path) -> float:
    """Seconds for ffmpeg alone to decode our export and encode it again.

    The same frames and the same settings, with no Python in the way; decoding
    H.264 costs a little, so the true floor lies slightly below this.
    """
    import subprocess

    from studio.render.encode import ffmpeg_exe, h264_arguments

    started = time.perf_counter()
    subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-y",
            "-i",
            str(source),
            "-an",
            "-vf",
            "format=bgra",
            *h264_arguments(spec),
            str(output),
        ],
        check=True,
    )
    return time.perf_counter() - started


SECTIONS = ("data", "project", "render", "window", "server", "package")


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
        "--quick", action="store_true", help="small exports, to try the benchmark"
    )
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
    if "render" in chosen:
        bench_render(args.runs, out, quick=args.quick)
    if "server" in chosen:
        from studio.delivery.loadtest import bench_server

        bench_server(out, args.cache, quick=args.quick)
    if "package" in chosen:
        from studio.package.bench_package import bench_package

        bench_package(out, quick=args.quick)
    if "window" in chosen:
        from studio.ui.bench_window import bench_window

        with tempfile.TemporaryDirectory(prefix="helder-bench-") as folder:
            bench_window(args.runs, out, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
