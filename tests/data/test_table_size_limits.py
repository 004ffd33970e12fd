"""Huge inputs are refused quickly and without reading them into memory."""

import zipfile

import pytest

from studio.data.tables import DataFileError, Limits, open_table


def refusal(path, limits) -> str:
    with pytest.raises(DataFileError) as caught:
        open_table(path, limits=limits)
    return str(caught.value)


def test_zip_bomb_sheet_is_refused_by_its_unpacked_size(tmp_path, write):
    small = write.xlsx(tmp_path / "small.xlsx", [["a"], ["1"]])
    bomb = tmp_path / "bomb.xlsx"
    with (
        zipfile.ZipFile(small) as source,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * 3_000_000)
            target.writestr(info.filename, data)

    assert bomb.stat().st_size < 100_000
    assert refusal(bomb, Limits(max_part_bytes=2_000_000)) == (
        f"{bomb}: is too large to read: xl/worksheets/sheet1.xml unpacks to more "
        "than 1.9 MB"
    )


def test_csv_with_too_many_rows(tmp_path, write):
    path = write.csv(tmp_path / "many.csv", [["a"]] + [[str(i)] for i in range(11)])
    assert refusal(path, Limits(max_rows=10)) == (
        f"{path}: has more than 10 data rows; split the rows over several files"
    )


def test_csv_rows_are_counted_as_records_not_lines(tmp_path, write):
    rows = [["a"]] + [[f"line\nbreak {i}"] for i in range(10)]
    path = write.csv(tmp_path / "multiline.csv", rows)
    with open_table(path, limits=Limits(max_rows=10)) as table:
        assert len(list(table.rows())) == 10


def test_workbook_with_too_many_rows(tmp_path, write):
    path = write.xlsx(tmp_path / "many.xlsx", [["a"]] + [[i] for i in range(11)])
    assert refusal(path, Limits(max_rows=10)) == (
        f"{path}: has more than 10 data rows; split the rows over several files"
    )
