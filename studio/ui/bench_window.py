"""Benchmarks of the studio window, run by ``python -m studio.bench window``.

Each figure is printed beside a baseline from the same run:

- start to a usable window on the sample (the canvas showing its first frame),
  beside starting a bare Qt main window in a fresh process;
- a playhead step to the canvas showing the new frame, beside the renderer
  painting that frame alone;
- choosing another sample row to the canvas showing it, beside painting alone;
- 10,000 rows of an xlsx into the data panel, through its column mapping, beside
  reading and checking the file alone, with the longest freeze meanwhile;
- a scene of 200 layers: the scrub step, a drag step on the canvas (mouse move to
  the moved layer on screen), a row switch and the longest the event loop went
  unanswered meanwhile, beside the same on the sample's scene of 10 layers.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from studio.resources import SAMPLE_PROJECT

STARTED = "HELDER_BENCH_STARTED"


def _row(label: str, value: str, baseline_label: str, baseline: str, ratio: str) -> str:
    return f"  {label:<34} {value:>10}   {baseline_label:<34} {baseline:>10}   {ratio}"


# -- in a fresh process: the start -----------------------------------------------


def _child_start(kind: str, folder: str) -> None:
    """Start the studio (or a bare window) and print seconds since the launch."""
    import os

    launched = float(os.environ[STARTED])
    os.environ["HELDER_RECOVERY_DIR"] = folder
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([])
        window = QMainWindow()
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        shown = time.time()
    else:
        from studio.project import Project
        from studio.ui.app import make_application
        from studio.ui.main_window import open_window
        from studio.ui.theme import follow_system

        app = make_application()
        follow_system(app)
        window = open_window(Project.open(SAMPLE_PROJECT))
        while window.canvas.image is None:
            app.processEvents()
        app.processEvents()
        shown = time.time()
        window.close()
    sys.stdout.write(json.dumps({"seconds": shown - launched}) + "\n")


def _start_seconds(kind: str, folder: str) -> float:
    import os

    env = dict(
        os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
    )
    env[STARTED] = repr(time.time())
    result = subprocess.run(
        [sys.executable, "-m", "studio.ui.bench_window", "start", kind, folder],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])["seconds"]


# -- in this process: the window at work -----------------------------------------


def many_layers(template, scene_index: int = 0, count: int = 200) -> None:
    """Fill a scene up to ``count`` layers: texts and shapes, some of them moving."""
    from studio.model.keyframes import Animated, Keyframe
    from studio.model.layers import ShapeLayer, TextLayer, Transform

    scene = template.scenes[scene_index]
    text_key = next(
        layer.text for layer in scene.layers if isinstance(layer, TextLayer)
    )
    number = 0
    while len(scene.layers) < count:
        number += 1
        column, row = number % 20, number // 20
        position = Animated((40.0 + column * 92, 60.0 + row * 96))
        if number % 3 == 0:
            position.keyframes = [
                Keyframe(0, (40.0 + column * 92, 20.0 + row * 96)),
                Keyframe(40, (40.0 + column * 92, 60.0 + row * 96)),
            ]
        transform = Transform(position=position, size=Animated((84.0, 80.0)))
        if number % 2:
            layer = TextLayer(
                id=f"bench-text-{number}",
                name=f"Text {number}",
                text=text_key,
                font_size=18.0,
                transform=transform,
            )
        else:
            layer = ShapeLayer(
                id=f"bench-shape-{number}",
                name=f"Shape {number}",
                fill="#DDE7F7",
                corner_radius=8.0,
                transform=transform,
            )
        scene.layers.append(layer)


class _Heartbeat:
    """The longest gap between ticks of a 1 ms timer: how long the window froze."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer(interval=1)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def __enter__(self):
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()
        return self

    def __exit__(self, *_exc):
        self.timer.stop()


def _wait_for(app, condition, timeout: float = 10.0) -> None:
    until = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > until:
            raise TimeoutError("the window did not answer in time")
        app.processEvents()


def _scrub_ms(app, window, frames) -> list[float]:
    canvas, document = window.canvas, window.document
    times = []
    for frame in frames:
        started = time.perf_counter()
        document.set_frame(frame)
        _wait_for(app, lambda f=frame: canvas.image_frame == f)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _row_switch_ms(app, window) -> list[float]:
    """Choosing another sample row to the canvas showing it."""
    document, service = window.document, window.service
    times = []
    for row_id in list(document.rows):
        before = service.requested
        started = time.perf_counter()
        document.set_row(row_id)
        _wait_for(
            app,
            lambda b=before: (
                service.requested > b and service.shown_serial == service.requested
            ),
        )
        times.append((time.perf_counter() - started) * 1000)
    return times


def _paint_alone_ms(window, frames) -> list[float]:
    from studio.render.frames import FrameRenderer

    service = window.service
    document = window.document
    timeline = service._make_timeline(document.scene)
    renderer = FrameRenderer(
        timeline,
        lambda asset_id: document.project.asset_bytes(asset_id),
        window.canvas.render_size(),
    )
    times = []
    for frame in frames:
        started = time.perf_counter()
        renderer.render(frame)
        times.append((time.perf_counter() - started) * 1000)
    renderer.media.close()
    return times


def _drag_ms(app, window, layer_id: str, steps: int, beat) -> list[float]:
    """Drag steps, timed from the mouse move to the moved layer on screen; ``beat``
    watches the event loop from the first move to the last (not the press, which
    selects the layer and builds its inspector)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from studio.ui import canvas_geometry as geometry

    canvas, document = window.canvas, window.document
    canvas.snapping = True
    layer = document.scene.layer(layer_id)
    box = geometry.layer_bounds(layer, document.frame)
    start = canvas.to_widget(box.center()).toPoint()
    QTest.mousePress(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    service = window.service
    times = []
    beat.__enter__()
    for step in range(1, steps + 1):
        point = start + QPoint(step * 3, step)
        serial_before = service.requested
        started = time.perf_counter()
        QTest.mouseMove(canvas, point)
        _wait_for(
            app,
            lambda s=serial_before: (
                service.requested > s and service.shown_serial == service.requested
            ),
        )
        times.append((time.perf_counter() - started) * 1000)
    beat.__exit__()
    QTest.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    document.undo_stack.undo()
    return times


def _import_rows(app, window, path) -> tuple[float, float]:
    """Seconds from choosing an xlsx to its rows in the panel (the mapping dialog
    accepted as it opens), and the longest the window went unanswered."""
    panel = window.data
    with _Heartbeat() as beat:
        started = time.perf_counter()
        panel.import_file(path)
        _wait_for(app, lambda: panel.mapping_dialog is not None, timeout=60)
        panel.mapping_dialog.ok_button.click()
        _wait_for(app, lambda: not panel.busy, timeout=60)
        seconds = time.perf_counter() - started
    return seconds, beat.longest * 1000


def _check_alone(path, fields) -> float:
    from studio.data.check import check_file

    started = time.perf_counter()
    check_file(fields, path, row_id_field="customer_id")
    return time.perf_counter() - started


def _open_window(app, project):
    from studio.ui.main_window import MainWindow

    window = MainWindow(project)
    window.resize(1440, 900)
    window.show()
    _wait_for(app, lambda: window.canvas.image is not None)
    return window


def _close(window) -> None:
    window.document.undo_stack.setClean()
    window.close()


def _median(values) -> float:
    return statistics.median(values)


def bench_window(runs: int, out, folder: str) -> dict:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HELDER_RECOVERY_DIR"] = folder
    from studio.project import Project
    from studio.ui.app import make_application

    starts = [_start_seconds("studio", folder) for _ in range(max(1, min(runs, 5)))]
    bare = [_start_seconds("bare", folder) for _ in range(max(1, min(runs, 5)))]
    studio_start, bare_start = _median(starts), _median(bare)
    out(
        "window: the studio on the sample "
        "(goals: start under 2 s, scrub under 30 ms, row switch under 50 ms, "
        "10,000 rows under 2 s)"
    )
    out(
        _row(
            "start to a usable window",
            f"{studio_start:.2f} s",
            "a bare Qt window in a new process",
            f"{bare_start:.2f} s",
            f"{studio_start / bare_start:.1f}x the time",
        )
    )
    app = make_application()
    figures = {"start_s": studio_start, "bare_start_s": bare_start}
    for label, layers in (("sample scene", None), ("200 layers", 200)):
        project = Project.open(SAMPLE_PROJECT)
        if layers:
            many_layers(project.template, 1, layers)
        window = _open_window(app, project)
        document = window.document
        document.set_scene(project.template.scenes[1].id)
        _wait_for(app, lambda w=window: w.canvas.image_frame is not None)
        count = len(document.scene.layers)
        frames = list(range(0, min(document.scene.duration, runs * 4), 2))
        _scrub_ms(app, window, frames[:3])  # warm the caches
        with _Heartbeat() as beat:
            scrub = _scrub_ms(app, window, frames)
        alone = _paint_alone_ms(window, frames)
        layer_id = next(
            m.id for m in window.canvas.shown_layers() if m.kind.value == "text"
        )
        drag_beat = _Heartbeat()
        drag = _drag_ms(app, window, layer_id, max(5, runs), drag_beat)
        out(f"  -- {label} ({count} layers)")
        out(
            _row(
                "scrub step to the new frame shown",
                f"{_median(scrub):.1f} ms",
                "painting the frame alone",
                f"{_median(alone):.1f} ms",
                f"{_median(scrub) / max(_median(alone), 1e-6):.1f}x the time",
            )
        )
        out(
            _row(
                "drag step to the layer shown moved",
                f"{_median(drag):.1f} ms",
                "painting the frame alone",
                f"{_median(alone):.1f} ms",
                f"{_median(drag) / max(_median(alone), 1e-6):.1f}x the time",
            )
        )
        out(
            _row(
                "longest freeze while scrubbing",
                f"{beat.longest * 1000:.1f} ms",
                "while dragging",
                f"{drag_beat.longest * 1000:.1f} ms",
                "",
            )
        )
        switch = _row_switch_ms(app, window)
        out(
            _row(
                "row switch to the row shown",
                f"{_median(switch):.1f} ms",
                "painting the frame alone",
                f"{_median(alone):.1f} ms",
                f"{_median(switch) / max(_median(alone), 1e-6):.1f}x the time",
            )
        )
        figures[label] = {
            "layers": count,
            "row_switch_ms": _median(switch),
            "scrub_ms": _median(scrub),
            "paint_ms": _median(alone),
            "drag_ms": _median(drag),
            "freeze_scrub_ms": beat.longest * 1000,
            "freeze_drag_ms": drag_beat.longest * 1000,
        }
        if layers is None:
            from studio.data.bench import make_benchmark_xlsx

            path = Path(folder) / "rows-10000.xlsx"
            make_benchmark_xlsx(path, rows=10_000)
            seconds, freeze = _import_rows(app, window, path)
            alone = _check_alone(path, project.template.fields)
            out(
                _row(
                    "10,000 rows into the data panel",
                    f"{seconds:.2f} s",
                    "reading and checking them alone",
                    f"{alone:.2f} s",
                    f"{seconds / alone:.1f}x the time",
                )
            )
            out(_row("longest freeze meanwhile", f"{freeze:.0f} ms", "", "", ""))
            figures["import_10000_s"] = seconds
            figures["import_freeze_ms"] = freeze
        _close(window)
    return figures


if __name__ == "__main__":
    if sys.argv[1:2] == ["start"]:
        _child_start(sys.argv[2], sys.argv[3])
