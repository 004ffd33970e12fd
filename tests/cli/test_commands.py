"""The helder command as a user runs it: output, exit codes, one-line mistakes."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli import main
from studio.resources import SAMPLE_PROJECT

ROWS_XLSX = SAMPLE_PROJECT / "sample-rows.xlsx"
ROWS_CSV = SAMPLE_PROJECT / "sample-rows.csv"


def helder(*args, cwd=None):
    """Run the installed console script, as a user would."""
    script = Path(sys.executable).with_name("helder")
    return subprocess.run(
        [str(script), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )


def test_info_lists_scenes_fields_and_languages():
    result = helder("info", SAMPLE_PROJECT)
    assert result.returncode == 0, result.stderr
    assert "languages: nl (source), en" in result.stdout
    assert "  Welkom " in result.stdout and "6.40 s" in result.stdout
    assert "  amount_due      money        required, personal" in result.stdout


def test_info_as_json(capsys):
    assert main(["info", str(SAMPLE_PROJECT), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert [s["name"] for s in info["scenes"]][:2] == ["Welkom", "Het bedrag"]
    assert info["scenes"][3]["layers"] == {"audio": 2, "button": 3, "text": 2}
    assert {
        "name": "amount_due",
        "kind": "money",
        "required": True,
        "personal": True,
    } in info["fields"]


def test_data_check_gives_every_row_a_verdict_and_exits_1_on_errors(capsys):
    assert main(["data", "check", str(SAMPLE_PROJECT), str(ROWS_CSV)]) == 1
    output = capsys.readouterr().out
    assert "row 2 (K-1001): ok" in output
    assert "is ambiguous" in output
    assert output.strip().splitlines()[-1].endswith("with errors")


def test_data_check_json_has_a_message_per_problem(capsys):
    assert main(["data", "check", str(SAMPLE_PROJECT), str(ROWS_XLSX), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["kind"] == "xlsx"
    assert sum(report["counts"].values()) == len(report["rows"])
    bad = [row for row in report["rows"] if row["status"] == "errors"]
    assert bad and all(row["messages"] for row in bad)


def test_data_check_exits_0_when_every_row_is_usable(tmp_path, capsys):
    good = tmp_path / "goed.csv"
    lines = ROWS_CSV.read_text(encoding="utf-8-sig").splitlines()
    good.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    assert main(["data", "check", str(SAMPLE_PROJECT), str(good)]) == 0
    assert "3 ok, 0 with warnings, 0 with errors" in capsys.readouterr().out


def shown_values(capsys, row: str, language: str) -> dict:
    args = ["values", str(SAMPLE_PROJECT), str(ROWS_CSV), "--row", row]
    assert main([*args, "--lang", language, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_values_shows_one_row_as_it_appears_on_screen(capsys):
    shown = shown_values(capsys, "K-1002", "nl")
    assert shown["values"]["amount_due"] == "€\xa01.234,56"
    assert shown["values"]["due_date"] == "20 januari 2027"
    assert shown["texts"]["welkom.groet"] == "Hallo Mehmet,"
    assert shown["plans"][0]["terms"] == 2
    assert shown["plans"][0]["amounts"] == ["€\xa0617,28", "€\xa0617,28"]


def test_values_in_english_formats_the_english_way(capsys):
    shown = shown_values(capsys, "K-1002", "en")
    assert shown["values"]["amount_due"] == "€1,234.56"
    assert shown["texts"]["bedrag.datum"] == "Please pay before 20 January 2027."


def test_values_refuses_a_row_with_errors_with_its_messages():
    result = helder(
        "values", SAMPLE_PROJECT, ROWS_CSV, "--row", "K-1007", "--lang", "nl"
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("helder: ")
    assert "row 8 (K-1007) cannot be used: row 8, column 5 (amount_due):" in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args, expected",
    [
        (
            ["info", "nergens.helder"],
            "helder: nergens.helder: no such project file or folder",
        ),
        (
            [
                "values",
                str(SAMPLE_PROJECT),
                str(ROWS_CSV),
                "--row",
                "K-9999",
                "--lang",
                "nl",
            ],
            f"helder: {ROWS_CSV}: no row with customer_id 'K-9999'",
        ),
        (
            [
                "values",
                str(SAMPLE_PROJECT),
                str(ROWS_CSV),
                "--row",
                "K-1001",
                "--lang",
                "fr",
            ],
            "helder: --lang fr: this template has nl, en",
        ),
        (
            [
                "data",
                "check",
                str(SAMPLE_PROJECT),
                str(ROWS_CSV),
                "--map",
                "amount_due",
            ],
            "helder: --map 'amount_due': write it as FIELD=HEADER",
        ),
    ],
)
def test_mistakes_get_one_line_and_exit_2(args, expected, capsys):
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == expected
    assert captured.out == ""


def test_a_file_that_is_not_a_spreadsheet_exits_2(tmp_path, capsys):
    junk = tmp_path / "rows.xlsx"
    junk.write_bytes(os.urandom(2048))
    assert main(["data", "check", str(SAMPLE_PROJECT), str(junk)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"helder: {junk}: ") and "\n" not in err


def test_dump_prints_the_canonical_json_of_the_sample(capsys):
    assert main(["project", "dump", str(SAMPLE_PROJECT)]) == 0
    assert capsys.readouterr().out == (SAMPLE_PROJECT / "project.json").read_text()


def test_save_then_dump_then_export_round_trip(tmp_path, capsys):
    target = tmp_path / "herinnering.helder"
    assert main(["project", "save", str(SAMPLE_PROJECT), str(target)]) == 0
    assert main(["project", "dump", str(target)]) == 0
    main(["project", "export", str(target), str(tmp_path / "folder")])
    out = capsys.readouterr().out
    assert (tmp_path / "folder" / "project.json").read_text() == (
        SAMPLE_PROJECT / "project.json"
    ).read_text()
    assert f"saved {target}" in out


def test_save_never_overwrites_an_existing_file(tmp_path, capsys):
    target = tmp_path / "bestaat.helder"
    target.write_bytes(b"someone else's file")
    assert main(["project", "save", str(SAMPLE_PROJECT), str(target)]) == 2
    assert target.read_bytes() == b"someone else's file"
    assert "already exists" in capsys.readouterr().err


def test_a_damaged_project_file_is_refused_and_left_alone(tmp_path, capsys):
    target = tmp_path / "kapot.helder"
    main(["project", "save", str(SAMPLE_PROJECT), str(target)])
    data = bytearray(target.read_bytes())
    data[:16] = b"not a database!!"
    target.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["info", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"helder: {target}") and err.count("\n") == 1
    assert target.read_bytes() == bytes(data)


def test_commands_never_change_the_project(tmp_path):
    folder = tmp_path / "sample"
    shutil.copytree(SAMPLE_PROJECT, folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    for args in (
        ["info", folder],
        ["data", "check", folder, folder / "sample-rows.csv"],
        [
            "values",
            folder,
            folder / "sample-rows.csv",
            "--row",
            "K-1001",
            "--lang",
            "en",
        ],
        ["project", "dump", folder],
    ):
        main([str(a) for a in args])
    after = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert after == before
