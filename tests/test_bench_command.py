"""The benchmark command runs end to end and prints each figure with its baseline."""

import os
import subprocess
import sys


def test_the_benchmark_prints_figures_beside_baselines(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "studio.bench",
            "data",
            "project",
            "--rows",
            "300",
            "--runs",
            "2",
            "--cache",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "  writing rows-300.xlsx (300 rows, 8 columns) ..."
    lines = lines[1:]
    assert lines[0] == "data: 300 rows x 8 columns (goal: under 5 s and 300 MB)"
    assert "openpyxl read-only iteration" in lines[1] and lines[1].endswith("the time")
    assert any(line.strip().startswith("save in place") for line in lines)
    assert (tmp_path / "rows-300.xlsx").exists()


def test_the_render_benchmark_runs_in_its_quick_form():
    result = subprocess.run(
        [sys.executable, "-m", "studio.bench", "render", "--quick", "--runs", "2"],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    text = result.stdout
    assert "preview frame 960x540 (goal 8 ms)" in text
    assert "ffmpeg alone" in text and "moviepy clips + write_videofile" in text
    assert "x the memory" in text


def test_an_unknown_section_is_refused(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "studio.bench", "paint"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert (
        "unknown section 'paint'; choose from data, project, render, window"
        in result.stderr
    )


def test_the_window_benchmark_measures_start_scrub_and_a_crowded_scene(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "studio.bench", "window", "--runs", "2"],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    text = result.stdout
    assert "start to a usable window" in text and "a bare Qt window" in text
    assert text.count("scrub step to the new frame shown") == 2
    assert "-- 200 layers (200 layers)" in text
    assert "drag step to the layer shown moved" in text
