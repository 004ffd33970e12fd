"""The bundled sample rows stay a good teaching file, in CSV and in xlsx alike."""

import importlib.util
import sys
from pathlib import Path

import pytest

from studio.data.check import check_file

FOLDER = Path(__file__).resolve().parents[2] / "projects" / "betalingsherinnering"
# The one row where the workbook differs on purpose: a real formula.
FORMULA_ROW = 23
EXPECTED = {
    2: "ok", 3: "ok", 4: "ok", 5: "ok", 6: "ok", 7: "ok",
    8: "errors: amount_due '1.234' is ambiguous",
    9: "errors: amount_due '1.234,567' has too many decimals",
    10: "errors: first_name a value is required",
    11: "errors: first_name '<b>Lotte</b>' contains '<'",
    12: "errors: last_name 'Smit\\u0007' contains a control character",
    13: "errors: first_name '=HYPERLINK(\"https://betaal-snel.example…' is a formula",
    14: "errors: due_date '31-02-2027' is not a date",
    15: "errors: language 'de' is not one of the choices",
    16: "ok", 17: "ok",
    18: "errors: customer_id 'K-1002' is already the customer_id of row 3",
    19: "errors: amount_due '0,00' is less than the minimum",
    20: "ok",
    22: "warnings: due_date the time 14:30 is ignored",
    23: "ok", 24: "ok", 25: "ok", 26: "ok",
}  # fmt: skip


def summary(verdict) -> str:
    parts = [f"{m.field} {m.text}" for m in verdict.messages]
    return verdict.status + "".join(f": {part}" for part in parts)


def check(fields, path):
    return check_file(fields, path, row_id_field="customer_id")


def test_every_sample_row_has_its_teaching_verdict(fields):
    result = check(fields, FOLDER / "sample-rows.csv")
    found = {v.row: summary(v) for v in result.verdicts}

    assert len(result.verdicts) == 24
    assert found.keys() == EXPECTED.keys()
    for row, expected in EXPECTED.items():
        assert found[row].startswith(expected), row


def test_the_workbook_gives_the_same_verdicts_except_the_formula(fields):
    from_csv = check(fields, FOLDER / "sample-rows.csv").verdicts
    from_xlsx = check(fields, FOLDER / "sample-rows.xlsx").verdicts

    assert [v.row for v in from_csv] == [v.row for v in from_xlsx]
    for csv_verdict, xlsx_verdict in zip(from_csv, from_xlsx, strict=True):
        if csv_verdict.row != FORMULA_ROW:
            assert summary(xlsx_verdict) == summary(csv_verdict)
            assert xlsx_verdict.values == csv_verdict.values
    formula = next(v for v in from_xlsx if v.row == FORMULA_ROW)
    assert summary(formula) == (
        "errors: amount_due the cell is a formula; formulas are never evaluated "
        "or trusted"
    )


@pytest.fixture
def generator(monkeypatch):
    spec = importlib.util.spec_from_file_location(
        "make_sample_rows", FOLDER / "make_sample_rows.py"
    )
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up while they are being made.
    monkeypatch.setitem(sys.modules, "make_sample_rows", module)
    spec.loader.exec_module(module)
    return module


def test_the_bundled_files_are_what_the_script_writes(fields, generator, tmp_path):
    generator.write_csv(tmp_path / "rows.csv")
    generator.write_xlsx(tmp_path / "rows.xlsx")

    bundled = (FOLDER / "sample-rows.csv").read_bytes()
    assert (tmp_path / "rows.csv").read_bytes() == bundled
    assert bundled.startswith(b"\xef\xbb\xbfcustomer_id;first_name;")
    assert [summary(v) for v in check(fields, tmp_path / "rows.xlsx").verdicts] == [
        summary(v) for v in check(fields, FOLDER / "sample-rows.xlsx").verdicts
    ]
