"""helder render and helder captions, run as a user runs them."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studio.cli import main
from studio.resources import SAMPLE_PROJECT

ROWS = SAMPLE_PROJECT / "sample-rows.xlsx"
BASE = ["render", str(SAMPLE_PROJECT), "--data", str(ROWS)]


def helder_process(*args):
    script = Path(sys.executable).with_name("helder")
    return subprocess.Popen(
        [str(script), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


def test_a_png_of_any_moment(tmp_path, capsys):
    output = tmp_path / "frame.png"
    code = main(
        [
            *BASE,
            "--row",
            "K-1001",
            "--lang",
            "en",
            "--at",
            "10.5",
            "--size",
            "480x270",
            "-o",
            str(output),
        ]
    )
    assert code == 0
    assert output.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert capsys.readouterr().out == f"wrote {output}\n"


def test_a_small_video_with_progress_on_stderr(tmp_path):
    output = tmp_path / "video.mp4"
    process = helder_process(
        *BASE,
        "--row",
        "K-1003",
        "--lang",
        "nl",
        "--size",
        "320x180",
        "--path",
        "keuze-hulp",
        "-o",
        output,
    )
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert "rendering video.mp4: " in err and "(100%)" in err
    assert out == f"wrote {output}\n"
    assert output.stat().st_size > 10_000


def test_thumbnail_and_teaser(tmp_path):
    thumb, gif = tmp_path / "t.png", tmp_path / "t.gif"
    assert (
        main(
            [*BASE, "--row", "K-1004", "--lang", "nl", "--thumbnail", "-o", str(thumb)]
        )
        == 0
    )
    assert (
        main([*BASE, "--row", "K-1004", "--lang", "nl", "--gif", "-o", str(gif)]) == 0
    )
    assert gif.read_bytes()[:6] == b"GIF89a" and gif.stat().st_size < 1_000_000


def test_captions_with_and_without_a_row(tmp_path):
    plain, personal = tmp_path / "nl.vtt", tmp_path / "k.vtt"
    assert (
        main(["captions", str(SAMPLE_PROJECT), "--lang", "nl", "-o", str(plain)]) == 0
    )
    assert "{first_name}" in plain.read_text()
    assert (
        main(
            [
                "captions",
                str(SAMPLE_PROJECT),
                "--lang",
                "en",
                "--data",
                str(ROWS),
                "--row",
                "K-1002",
                "-o",
                str(personal),
            ]
        )
        == 0
    )
    assert "Hello Mehmet." in personal.read_text()


@pytest.mark.parametrize(
    "args, expected",
    [
        (
            ["--row", "K-1007", "--lang", "nl", "-o", "x.mp4"],
            "row 8 (K-1007) cannot be used: row 8, column E (amount_due): '1.234' is "
            "ambiguous",
        ),
        (
            ["--row", "K-1001", "--lang", "nl", "--at", "300", "-o", "x.png"],
            "--at 300: this variant runs from 0 to ",
        ),
        (
            ["--row", "K-1001", "--lang", "nl", "--size", "big", "-o", "x.mp4"],
            "--size 'big': write it as WIDTHxHEIGHT, e.g. 960x540",
        ),
        (
            ["--row", "K-1001", "--lang", "nl", "--at", "2", "-o", "x.jpg"],
            "-o x.jpg: --at renders a PNG; name the file *.png",
        ),
        (
            ["--row", "K-1001", "--lang", "nl", "--path", "plan:5", "-o", "x.mp4"],
            "--path step 'plan:5' matches no choice of scene 'Kies'",
        ),
    ],
)
def test_mistakes_are_one_line_and_write_nothing(
    tmp_path, monkeypatch, capsys, args, expected
):
    monkeypatch.chdir(tmp_path)
    assert main([*BASE, *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("helder: ") and err.count("\n") == 1
    assert expected in err
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_stops_cleanly_and_leaves_no_file(tmp_path):
    output, scratch = tmp_path / "out" / "video.mp4", tmp_path / "scratch"
    output.parent.mkdir()
    scratch.mkdir()
    script = Path(sys.executable).with_name("helder")
    process = subprocess.Popen(
        [str(script), *BASE, "--row", "K-1002", "--lang", "nl", "-o", str(output)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(scratch)),
    )
    time.sleep(5.0)  # well into the frames of a 1080p export
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err.rstrip().endswith("helder: stopped")
    assert "Traceback" not in err
    assert list(output.parent.iterdir()) == []
    assert list(scratch.iterdir()) == []
