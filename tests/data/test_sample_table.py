"""Sample rows kept inside the project: the same verdicts as the file, and
nowhere else on disk."""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from studio.data.bench import HEADER, make_benchmark_xlsx
from studio.data.check import check_file
from studio.data.sample_table import (
    DOCUMENT_NAME,
    ReadCancelled,
    SampleRow,
    SampleTable,
    anonymised,
    check_sample,
    read_sample_file,
    read_table,
    suggested_mapping,
    usable_rows,
)
from studio.data.source import Cell, DataFileError, is_blank
from studio.model.serialize import template_to_dict
from studio.project import Project
from studio.recovery_store import write_recovery
from studio.resources import SAMPLE_PROJECT
from studio.store import ProjectFile, save_project

WORKBOOK = SAMPLE_PROJECT / "sample-rows.xlsx"
CSV = SAMPLE_PROJECT / "sample-rows.csv"
ROW_ID = "customer_id"
PERSONAL = ("first_name", "last_name", "amount_due", "email")


def verdict_facts(check) -> list[tuple]:
    return [
        (v.row, v.row_id, v.status, [str(m) for m in v.messages], v.values)
        for v in check.verdicts
    ]


def personal_texts(table: SampleTable, fields) -> set[str]:
    """Every personal value of ``table`` worth searching for in a file's bytes."""
    columns = [table.column_of(table.mapping[f.name]) for f in fields if f.personal]
    texts = set()
    for row in table.rows:
        for index in columns:
            value = row.values[index]
            if isinstance(value, str) and len(value.strip()) >= 4:
                texts.add(value)
    return texts


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


@pytest.fixture
def project():
    opened = Project.open(SAMPLE_PROJECT)
    yield opened
    opened.close()


def test_the_sample_folder_brings_its_rows(project):
    table = project.sample_data

    assert table is not None
    assert (table.source, table.kind, len(table.rows)) == (
        "sample-rows.xlsx",
        "xlsx",
        24,
    )
    assert table.mapping == {name: name for name in HEADER}
    assert table.labels == tuple("ABCDEFGH")


def test_the_rows_survive_a_save_and_reopen(project, tmp_path):
    target = project.save(tmp_path / "herinnering.helder")

    reopened = Project.open(target)
    try:
        assert reopened.sample_data == project.sample_data
    finally:
        reopened.close()


def test_the_kept_rows_get_the_verdicts_of_the_workbook(project, fields, tmp_path):
    target = project.save(tmp_path / "herinnering.helder")
    reopened = Project.open(target)
    try:
        kept = check_sample(fields, reopened.sample_data, ROW_ID, "NL")
    finally:
        reopened.close()

    from_file = check_file(fields, WORKBOOK, row_id_field=ROW_ID)
    assert len(kept.verdicts) == 24
    assert verdict_facts(kept) == verdict_facts(from_file)
    assert kept.counts == from_file.counts
    assert kept.path == "sample-rows.xlsx"
    assert usable_rows(kept) == {
        v.row_id: v.values for v in from_file.verdicts if v.usable
    }


def test_a_formula_cell_stays_refused_after_the_round_trip(project, fields):
    document = json.loads(json.dumps(project.sample_data.to_document()))
    table = SampleTable.from_document(document)

    verdict = {v.row: v for v in check_sample(fields, table, ROW_ID).verdicts}[23]
    assert table.rows[20].cells[4] == Cell("", True)
    assert [m.text for m in verdict.messages] == [
        "the cell is a formula; formulas are never evaluated or trusted"
    ]


def test_csv_rows_keep_their_verdicts_too(fields, tmp_path):
    table = read_sample_file(CSV, fields)
    document = json.loads(json.dumps(table.to_document()))

    kept = check_sample(fields, SampleTable.from_document(document), ROW_ID)

    assert table.kind == "csv"
    assert verdict_facts(kept) == verdict_facts(
        check_file(fields, CSV, row_id_field=ROW_ID)
    )


@pytest.mark.parametrize(
    "value",
    [
        "tekst",
        "",
        "=HYPERLINK(1)",
        7,
        12.5,
        0.1 + 0.2,
        99999.99,
        1e16,
        True,
        False,
        dt.date(2027, 1, 15),
        dt.datetime(2027, 2, 15, 14, 30, 5, 120),
        dt.time(14, 30),
        dt.timedelta(days=1, seconds=5, microseconds=7),
    ],
)
@pytest.mark.parametrize("formula", [False, True])
def test_every_kind_of_cell_comes_back_exactly(value, formula):
    table = SampleTable(
        "a.xlsx", "xlsx", ("x",), ("A",), (SampleRow.of(2, [Cell(value, formula)]),)
    )

    document = json.loads(json.dumps(table.to_document()))
    [row] = SampleTable.from_document(document).rows

    assert row.cells[0] == Cell(value, formula)
    assert type(row.cells[0].value) is type(value)


def test_columns_no_field_uses_are_not_kept(fields, tmp_path, write):
    good = ["K-1", "Sanne", "de Vries", "", "12,50", "15-01-2027", "F-1", ""]
    path = write.csv(
        tmp_path / "a.csv", [[*HEADER, "BSN"], [*good, "123456782"], ["", "", "x"]]
    )

    table = read_sample_file(path, fields)

    assert table.ignored == ("BSN",)
    assert "BSN" not in table.headers
    assert "123456782" not in json.dumps(table.to_document())
    assert [row.number for row in table.rows] == [2, 3]


def test_an_optional_field_left_out_of_a_mapping_has_no_column(fields):
    raw = read_table(WORKBOOK)
    mapping = suggested_mapping(fields, raw.headers)
    del mapping["email"]

    table = raw.with_mapping(fields, mapping)
    check = check_sample(fields, table, ROW_ID)

    assert "email" not in table.headers
    assert check.columns.unmapped == ("email",)
    assert all(v.values["email"] is None for v in check.verdicts if v.usable)


def test_a_mapping_without_a_required_column_names_the_source(fields):
    raw = read_table(WORKBOOK)
    mapping = {"customer_id": "customer_id", "amount_due": "first_name"}

    with pytest.raises(DataFileError) as caught:
        raw.with_mapping(fields, mapping)

    assert str(caught.value).startswith("sample-rows.xlsx: column")


def test_suggested_mapping_matches_labels_and_never_refuses(fields):
    headers = ["Klantnummer", "voornaam", "ACHTERNAAM", "Taal", "Taal "]

    assert suggested_mapping(fields, headers) == {
        "customer_id": "Klantnummer",
        "first_name": "voornaam",
        "last_name": "ACHTERNAAM",
    }


def test_a_mapped_field_the_template_lost_is_passed_over(project, fields):
    table = project.sample_data
    mapping = {**table.mapping, "old_field": "email"}
    stale = SampleTable(
        table.source, table.kind, table.headers, table.labels, table.rows, mapping
    )

    assert verdict_facts(check_sample(fields, stale, ROW_ID)) == verdict_facts(
        check_sample(fields, table, ROW_ID)
    )


def test_nothing_of_the_rows_is_written_anywhere_but_the_project_file(
    project, fields, tmp_path, monkeypatch, caplog
):
    secrets = personal_texts(project.sample_data, fields)
    assert {"Wiśniewski", "sanne.devries@voorbeeld.nl", "1.234,56"} <= secrets
    work = tmp_path / "work"
    work.mkdir()
    caplog.set_level(logging.DEBUG)

    target = project.save(work / "herinnering.helder")
    project.save()
    project.save_copy(work / "kopie.helder")
    project.export_folder(tmp_path / "export")
    write_recovery("k3y", project, tmp_path / "recovery")
    dump = project.dump()

    assert sorted(files_under(work)) == ["herinnering.helder", "kopie.helder"]
    assert "Wiśniewski".encode() in (work / "herinnering.helder").read_bytes()
    written = {
        **files_under(tmp_path / "export"),
        "recovery sidecar": (tmp_path / "recovery" / "k3y.json").read_bytes(),
        "dump": dump.encode(),
        "log": caplog.text.encode(),
    }
    for name, data in written.items():
        for secret in secrets:
            assert secret.encode() not in data, (name, secret)
    with ProjectFile.open(target) as saved:
        assert saved.document_names() == [DOCUMENT_NAME]


def test_removed_sample_data_is_gone_from_the_file(project, tmp_path):
    target = project.save(tmp_path / "herinnering.helder")
    project.sample_data = None

    project.save()

    reopened = Project.open(target)
    try:
        assert reopened.sample_data is None
    finally:
        reopened.close()
    assert "Wiśniewski".encode() not in target.read_bytes()


def test_a_recovery_copy_holds_the_rows(project, tmp_path):
    copy = project.save_copy(tmp_path / "kopie.helder")

    reopened = Project.open(copy)
    try:
        assert reopened.sample_data == project.sample_data
    finally:
        reopened.close()


def test_a_folder_without_a_sample_file_has_no_sample_data(tmp_path):
    folder = tmp_path / "sample"
    shutil.copytree(SAMPLE_PROJECT, folder)
    (folder / "sample-rows.xlsx").unlink()
    (folder / "sample-rows.csv").unlink()

    assert Project.open(folder).sample_data is None


def test_damaged_sample_data_leaves_the_template_usable(project, tmp_path, caplog):
    target = project.save(tmp_path / "herinnering.helder")
    document = project.sample_data.to_document()
    document["rows"][3][2][1] = ["zz", "Wiśniewski"]
    save_project(
        target,
        template_to_dict(project.template),
        project.blobs,
        referenced=project.template.referenced_blobs(),
        documents={DOCUMENT_NAME: document},
    )

    with caplog.at_level(logging.WARNING):
        reopened = Project.open(target)
    try:
        assert reopened.sample_data is None
        assert reopened.template.name == project.template.name
    finally:
        reopened.close()
    assert "sample data row 4, cell 2 is not a cell this studio knows" in caplog.text
    assert "Wiśniewski" not in caplog.text


def test_anonymised_rows_keep_ids_dates_and_limits(project, fields):
    table = project.sample_data
    personal = [table.column_of(name) for name in PERSONAL]

    fake = anonymised(table, fields, ROW_ID)

    assert fake.anonymised and anonymised(table, fields, ROW_ID) == fake
    for old, new in zip(table.rows, fake.rows, strict=True):
        for index in personal:
            real, made_up = old.cells[index], new.cells[index]
            if real.formula or is_blank(real.value):
                assert made_up == real
            else:
                assert str(made_up.value).casefold() != str(real.value).casefold()
    check = check_sample(fields, fake, ROW_ID)
    by_row = {v.row: v for v in check.verdicts}
    for old, new in zip(table.rows, fake.rows, strict=True):
        assert new.number == old.number
        for header in ("customer_id", "due_date", "language", "invoice_number"):
            index = table.column_of(header)
            assert new.cells[index] == old.cells[index]
        values = by_row[new.number].values
        if "amount_due" in values:
            assert Decimal("0.01") <= values["amount_due"].amount <= Decimal("100000")
    assert by_row[23].status == "errors"  # the formula is still a formula
    assert by_row[22].status == "warnings"  # the date kept its time of day


def test_reading_reports_progress_and_can_be_cancelled(tmp_path):
    path = make_benchmark_xlsx(tmp_path / "rows.xlsx", rows=2500)
    seen = []

    table = read_table(path, progress=seen.append)
    with pytest.raises(ReadCancelled):
        read_table(path, cancelled=lambda: True)

    assert seen == [1000, 2000]
    assert len(table.rows) == 2500
