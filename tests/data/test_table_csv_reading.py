"""Reading headers, rows and cells from a CSV file."""

import pytest

from studio.data.tables import Cell, open_table


@pytest.mark.parametrize("bom", [True, False])
def test_dutch_semicolon_file_with_or_without_bom(tmp_path, write, bom):
    path = write.csv(
        tmp_path / "nl.csv", [["Naam", "Bedrag"], ["Jan", "12,50"]], bom=bom
    )
    with open_table(path) as table:
        (row,) = table.rows()

    assert table.kind == "csv"
    assert table.headers == ["Naam", "Bedrag"]
    assert table.column_label(1) == "2"
    assert (row.number, row.cells) == (2, [Cell("Jan"), Cell("12,50")])


def test_english_comma_file_with_quoted_delimiters_and_line_breaks(tmp_path, write):
    rows = [
        ["name", "amount"],
        ["Smith, John", "1,234.56"],
        ["two\nlines", "5"],
        ["x", "6"],
    ]
    path = write.csv(tmp_path / "en.csv", rows, delimiter=",")
    with open_table(path) as table:
        found = [(row.number, [c.value for c in row.cells]) for row in table.rows()]

    assert found == [
        (2, ["Smith, John", "1,234.56"]),
        (3, ["two\nlines", "5"]),
        (4, ["x", "6"]),
    ]


def test_excel_sep_line_names_the_delimiter_and_is_no_row(tmp_path):
    path = tmp_path / "sep.csv"
    path.write_text('sep=,\r\n\r\nnaam;x,bedrag\r\nJan;P,"12,50"\r\n', encoding="utf-8")
    with open_table(path) as table:
        (row,) = table.rows()

    assert table.headers == ["naam;x", "bedrag"]
    assert (row.number, [c.value for c in row.cells]) == (3, ["Jan;P", "12,50"])


def test_text_beginning_with_equals_is_marked_as_a_formula(tmp_path, write):
    path = write.csv(tmp_path / "f.csv", [["a", "b"], ["=1+1", " =2"]])
    with open_table(path) as table:
        (row,) = table.rows()

    assert row.cells == [Cell("=1+1", True), Cell(" =2", False)]


def test_short_rows_are_padded_and_long_rows_count_their_extra_values(tmp_path, write):
    path = write.csv(
        tmp_path / "ragged.csv", [["a", "b", "c"], ["1"], ["1", "2", "3", "4", ""]]
    )
    with open_table(path) as table:
        short, long = table.rows()

    assert [c.value for c in short.cells] == ["1", "", ""]
    assert (long.stray_cells, len(long.cells)) == (1, 3)
