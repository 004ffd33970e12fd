"""helder export, helder package verify and helder keys, run as a user runs them."""

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from package_helpers import RawEntry, entries_of, zip_of

from studio.cli import main
from studio.project import Project
from studio.resources import SAMPLE_PROJECT


def _no_rows(*args, **kwargs):
    raise AssertionError("the export read the sample rows")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The sample exported once, with reading its sample rows made to fail."""
    import studio.project as project_module

    output = tmp_path_factory.mktemp("cli") / "sample.zip"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(project_module, "_sample_data_beside", _no_rows)
        patch.setattr(project_module, "_sample_data_in", _no_rows)
        arguments = ["export", str(SAMPLE_PROJECT), "-o", str(output)]
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            assert main([*arguments, "--size", "96x54"]) == 0
    _printed[output] = printed.getvalue()
    return output


_printed: dict[Path, str] = {}


def helder(*args, env=None):
    script = Path(sys.executable).with_name("helder")
    return subprocess.Popen(
        [str(script), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})),
    )


def test_export_writes_a_signed_package(exported, studio_key, capsys):
    size = exported.stat().st_size
    assert _printed[exported] == (
        f"wrote {exported} ({size} bytes, signed with key {studio_key.id})\n"
    )
    assert [p.name for p in exported.parent.iterdir()] == ["sample.zip"]
    code = main(["package", "verify", str(exported)])
    assert code == 0
    assert capsys.readouterr().out == (
        f"{exported}: valid: template betalingsherinnering version "
        f"{_version(exported)}, 63 entries, signed with key {studio_key.id}\n"
    )


def _version(path: Path) -> str:
    from studio.package.verify import read_package

    return read_package(path).manifest["template"]["version"]


def test_verify_as_json(exported, capsys):
    assert main(["package", "verify", str(exported), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is True and report["problems"] == []
    assert report["template"]["id"] == "betalingsherinnering"


def test_verify_names_every_problem_one_a_line(exported, tmp_path, capsys):
    entries = entries_of(exported.read_bytes())
    hostile = tmp_path / "hostile.zip"
    hostile.write_bytes(
        zip_of([*entries, RawEntry(b"../evil.txt", b"x"), RawEntry(b"media/", b"")])
    )
    assert main(["package", "verify", str(hostile)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{hostile}: zip_path: entry '../evil.txt' leaves the package",
        f"{hostile}: zip_directory: entry 'media/' is a directory entry",
    ]
    assert main(["package", "verify", str(hostile), "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [p["where"] for p in problems] == ["../evil.txt", "media/"]


def test_verify_with_another_public_key(exported, tmp_path, capsys):
    from studio.package.signing import create_key

    stranger = create_key(tmp_path)
    assert (
        main(
            ["package", "verify", str(exported), "--public-key", stranger.public_base64]
        )
        == 1
    )
    [line] = capsys.readouterr().out.splitlines()
    assert "untrusted_key: signed with key " in line and stranger.id in line
    key_file = tmp_path / "studio.pub"
    key_file.write_text(stranger.public_base64 + "\n")
    assert (
        main(["package", "verify", str(exported), "--public-key", str(key_file)]) == 1
    )


def test_verify_refuses_unusable_input(exported, tmp_path, capsys):
    assert main(["package", "verify", str(tmp_path / "none.zip")]) == 2
    assert (
        capsys.readouterr().err
        == f"helder: {tmp_path / 'none.zip'}: no such package file\n"
    )
    assert main(["package", "verify", str(exported), "--public-key", "nope"]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("helder: --public-key: is not a public key")
        and err.count("\n") == 1
    )


def test_verify_of_a_file_that_is_no_zip(tmp_path, capsys):
    page = tmp_path / "page.zip"
    page.write_text("<html></html>")
    assert main(["package", "verify", str(page)]) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{page}: not_a_zip: ")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["-o", "x.mp4"], "-o x.mp4: a package is a zip; name the file *.zip"),
        (["-o", "x.zip", "--size", "97x54"], "--size 97x54: an MP4 needs an even"),
        (["-o", "x.zip", "--size", "big"], "--size 'big': write it as WIDTHxHEIGHT"),
    ],
)
def test_export_refuses_bad_arguments(
    tmp_path, capsys, monkeypatch, arguments, message
):
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(SAMPLE_PROJECT), *arguments]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"helder: {message}") and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_export_of_no_project(tmp_path, capsys):
    assert main(["export", str(tmp_path / "none"), "-o", str(tmp_path / "x.zip")]) == 2
    assert "no such project file or folder" in capsys.readouterr().err


def test_export_refuses_a_layer_it_cannot_bake(tmp_path, capsys):
    project = Project.open(SAMPLE_PROJECT, sample_data=False)
    layer = project.template.scene("bedrag").layer("bedrag-brief")
    layer.condition = {">=": [{"var": "amount_due"}, 10000]}
    folder = project.export_folder(tmp_path / "project")
    project.close()
    output = tmp_path / "out.zip"
    assert main(["export", str(folder), "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "scene 'Het bedrag'" in err and f"layer '{layer.name}'" in err
    assert not output.exists()


def test_ctrl_c_leaves_nothing_behind(tmp_path):
    output = tmp_path / "out" / "package.zip"
    output.parent.mkdir()
    process = helder("export", SAMPLE_PROJECT, "-o", output, "--size", "320x180")
    deadline = time.monotonic() + 120
    line = ""
    while "frames" not in line and time.monotonic() < deadline:
        line = process.stderr.readline()
    assert "frames" in line, line
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "helder: stopped" in err
    assert list(output.parent.iterdir()) == []


def test_keys_show_create_and_path(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "keys"
    monkeypatch.setenv("HELDER_KEY_DIR", str(folder))
    assert main(["keys", "path"]) == 0
    assert capsys.readouterr().out == f"{folder}\n"
    assert main(["keys", "show"]) == 0
    shown = capsys.readouterr()
    assert (
        shown.err
        == f"helder: made a new signing key in {folder / 'studio-signing.key'}\n"
    )
    public, key = shown.out.splitlines()
    assert public.startswith("public key: ") and len(public) == len("public key: ") + 44
    assert key.startswith("key id: ") and len(key) == len("key id: ") + 16
    assert main(["keys", "show"]) == 0
    assert capsys.readouterr() == (shown.out, "")
    assert main(["keys", "create"]) == 2
    err = capsys.readouterr().err
    assert "a signing key already exists" in err and "--force" in err
    assert err.count("\n") == 1
    assert main(["keys", "create", "--force"]) == 0
    made = capsys.readouterr().out.splitlines()
    assert made[0].startswith("made signing key ") and made[1] != public
