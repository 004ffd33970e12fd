"""``helder data stress`` and ``helder check overflow`` as a user runs them."""

import json
import os
import shutil

import pytest

from studio.cli import main
from studio.resources import SAMPLE_PROJECT

GREETING_LINE = (
    "  stress:longest  {lang}  does not fit even at the smallest size, 48 px: "
    "cut to 1 line ending in …"
)


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def error_lines(err: str) -> list[str]:
    """The command's own lines on stderr; opening a project may log a warning."""
    return [line for line in err.splitlines() if line.startswith("helder: ")]


@pytest.fixture
def roomy(tmp_path):
    """The sample with a greeting box wide enough for the longest first name."""
    folder = tmp_path / "ruim"
    shutil.copytree(SAMPLE_PROJECT, folder)
    dump = folder / "project.json"
    document = json.loads(dump.read_text(encoding="utf-8"))
    for scene in document["scenes"]:
        for layer in scene["layers"]:
            if layer["id"] == "welkom-groet":
                layer["transform"]["size"] = [1500.0, 170.0]
    dump.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return folder


def test_data_stress_lists_each_row_as_it_appears_on_screen(capsys):
    code, out, err = run(capsys, "data", "stress", SAMPLE_PROJECT)
    assert (code, err) == (0, "")
    headings = [line for line in out.splitlines() if not line.startswith(" ")]
    assert headings == [
        "stress:longest: Every text at the longest its field allows",
        "stress:largest-amount: Every amount at the largest its field allows",
        "stress:smallest-amount: Every amount at the smallest its field allows",
        "stress:optional-empty: Every optional field left empty, so the fallbacks show",
        "stress:arabic-name: A name in Arabic script, written right to left",
    ]
    assert "  amount_due      €\xa0100.000,00" in out  # Dutch: the source language
    assert "  due_date        30 september 2099" in out
    assert "  amount_due      €\xa00,01" in out


def test_data_stress_as_json_keeps_amounts_as_decimal_text(capsys):
    code, out, _ = run(capsys, "data", "stress", SAMPLE_PROJECT, "--json")
    assert code == 0
    listing = json.loads(out)
    assert [row["id"] for row in listing][:2] == [
        "stress:longest",
        "stress:largest-amount",
    ]
    largest = listing[1]
    assert largest["values"]["amount_due"] == "100000.00"
    assert largest["values"]["due_date"] == "2099-09-30"
    assert largest["shown"]["amount_due"] == "€\xa0100.000,00"
    empty = listing[3]
    assert empty["values"]["email"] is None and empty["shown"]["email"] == ""
    assert set(listing[0]) == {"id", "description", "values", "shown"}


def test_overflow_lists_the_texts_that_do_not_fit_and_exits_1(capsys):
    code, out, err = run(capsys, "check", "overflow", SAMPLE_PROJECT)
    assert code == 1
    assert out.splitlines() == [
        "Welkom › Begroeting (welkom-groet)",
        GREETING_LINE.format(lang="nl"),
        GREETING_LINE.format(lang="en"),
        "2 texts do not fit, in 1 layer (18 rows × 2 languages)",
    ]
    # Rows with errors are left out, and the user is told so.
    assert err == (
        f"helder: {SAMPLE_PROJECT / 'sample-rows.xlsx'}: 11 of 24 rows have "
        "errors and are not checked (helder data check lists why)\n"
    )


def test_overflow_hides_the_texts_unless_asked(capsys):
    _, hidden, _ = run(capsys, "check", "overflow", SAMPLE_PROJECT)
    assert "Johanna" not in hidden and "Hallo" not in hidden
    _, shown, _ = run(capsys, "check", "overflow", SAMPLE_PROJECT, "--show-text")
    assert '    "Hallo Johanna Wilhelmina Theodora Maria-Christina Alexan,"' in shown


def test_overflow_as_json_is_a_list_of_objects(capsys):
    code, out, _ = run(capsys, "check", "overflow", SAMPLE_PROJECT, "--json")
    assert code == 1
    listing = json.loads(out)
    assert listing == [
        {
            "scene": "welkom",
            "scene_name": "Welkom",
            "layer": "welkom-groet",
            "layer_name": "Begroeting",
            "row": "stress:longest",
            "language": language,
            "reason": "cut",
            "detail": "does not fit even at the smallest size, 48 px: "
            "cut to 1 line ending in …",
        }
        for language in ("nl", "en")
    ]
    _, out, _ = run(
        capsys, "check", "overflow", SAMPLE_PROJECT, "--json", "--show-text"
    )
    assert json.loads(out)[1]["text"].startswith("Hello Johanna ")


def test_overflow_exits_0_when_every_text_fits(roomy, capsys):
    code, out, _ = run(capsys, "check", "overflow", roomy)
    assert code == 0
    assert out == "every text fits (18 rows × 2 languages)\n"
    code, out, _ = run(capsys, "check", "overflow", roomy, "--json")
    assert (code, json.loads(out)) == (0, [])


def test_overflow_checks_the_rows_of_a_data_file_by_their_ids(roomy, capsys):
    data = roomy / "extra.csv"
    # Names in capitals take more room than the stress row's; 50 is the limit.
    capitals = "JOHANNA WILHELMINA THEODORA MARIA-CHRISTINA ALEXA"
    data.write_text(
        "customer_id;first_name;last_name;amount_due;due_date;invoice_number\n"
        f"X-1;{capitals};JANSEN;10,00;01-02-2027;F-1\n"
        f"X-2;{capitals}NDRA;JANSEN;10,00;01-02-2027;F-2\n"
        f"K-1001;{capitals};JANSEN;10,00;01-02-2027;F-3\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "check", "overflow", roomy, data)
    assert code == 1
    rows = {line.split()[0] for line in out.splitlines() if line.startswith("  ")}
    # K-1001 is a sample row already, so the file's row is named by the file.
    assert rows == {"X-1", "extra.csv:K-1001"}
    assert "JOHANNA" not in out
    assert f"helder: {data}: 1 of 3 rows have errors" in err
    assert "20 rows × 2 languages" in out  # 13 sample, 2 of the file, 5 stress


@pytest.mark.parametrize("damage", ["missing", "junk"])
def test_a_data_file_that_cannot_be_read_exits_2_with_one_line(
    damage, tmp_path, capsys
):
    data = tmp_path / "rijen.xlsx"
    if damage == "junk":
        data.write_bytes(os.urandom(2048))
    code, out, err = run(capsys, "check", "overflow", SAMPLE_PROJECT, data)
    assert (code, out) == (2, "")
    assert error_lines(err) == [error_lines(err)[0]]
    assert error_lines(err)[0].startswith(f"helder: {data}: ")


def test_a_damaged_sample_file_beside_the_project_exits_2_naming_it(roomy, capsys):
    (roomy / "sample-rows.xlsx").write_bytes(os.urandom(2048))
    code, out, err = run(capsys, "check", "overflow", roomy)
    assert (code, out) == (2, "")
    assert len(error_lines(err)) == 1
    assert error_lines(err)[0].startswith(f"helder: {roomy / 'sample-rows.xlsx'}: ")


@pytest.mark.parametrize(
    "args",
    [
        ["check", "overflow", "nergens.helder"],
        ["data", "stress", "nergens.helder"],
    ],
)
def test_a_missing_project_exits_2(args, capsys):
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err == "helder: nergens.helder: no such project file or folder\n"


def test_check_without_a_command_shows_its_usage_and_exits_2(capsys):
    code, _, err = run(capsys, "check")
    assert code == 2 and err.startswith("usage: helder check")


def test_the_commands_never_change_the_project(roomy, capsys):
    before = {p: p.read_bytes() for p in roomy.rglob("*") if p.is_file()}
    run(capsys, "data", "stress", roomy, "--json")
    run(capsys, "check", "overflow", roomy, roomy / "sample-rows.csv")
    after = {p: p.read_bytes() for p in roomy.rglob("*") if p.is_file()}
    assert after == before
