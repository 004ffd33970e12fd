"""Reading headers, rows and cells from a workbook."""

import datetime as dt

import openpyxl

from studio.data.tables import Cell, open_table


def test_rows_keep_the_numbers_and_letters_the_spreadsheet_shows(tmp_path, write):
    path = write.xlsx(
        tmp_path / "rows.xlsx",
        [["Naam", "Bedrag"], ["Jan", 12.5], [], ["Piet", "1.234,56"]],
        start="C3",
    )
    with open_table(path) as table:
        rows = list(table.rows())
        labels = [table.column_label(i) for i in range(2)]

    assert table.kind == "xlsx"
    assert table.headers == ["Naam", "Bedrag"]
    assert labels == ["C", "D"]
    assert [row.number for row in rows] == [4, 5, 6]
    assert rows[0].cells == [Cell("Jan", False), Cell(12.5, False)]
    assert rows[1].cells == [Cell("", False), Cell("", False)]
    assert rows[2].cells == [Cell("Piet", False), Cell("1.234,56", False)]


def test_dates_come_out_as_dates_and_numbers_as_they_are(tmp_path, write):
    path = write.xlsx(
        tmp_path / "types.xlsx",
        [
            ["d", "t", "n", "b"],
            [dt.date(2027, 1, 15), dt.datetime(2027, 1, 15, 9), 3, True],
        ],
    )
    with open_table(path) as table:
        (row,) = table.rows()

    assert [cell.value for cell in row.cells] == [
        dt.date(2027, 1, 15),
        dt.datetime(2027, 1, 15, 9),
        3.0,
        True,
    ]


def test_text_beginning_with_equals_is_not_a_formula_in_a_workbook(tmp_path, write):
    path = write.xlsx(tmp_path / "text.xlsx", [["a"], ['=HYPERLINK("x")']])
    with open_table(path) as table:
        (row,) = table.rows()

    assert row.cells == [Cell('=HYPERLINK("x")', False)]


def test_the_first_visible_sheet_is_read_unless_one_is_named(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Verborgen"
    workbook.active.append(["hidden"])
    workbook.active.sheet_state = "hidden"
    workbook.create_sheet("Rijen").append(["visible"])
    workbook.create_sheet("Extra").append(["extra"])
    workbook.save(tmp_path / "sheets.xlsx")

    assert open_table(tmp_path / "sheets.xlsx").headers == ["visible"]
    assert open_table(tmp_path / "sheets.xlsx", sheet="Extra").headers == ["extra"]


def test_header_names_are_trimmed_and_trailing_empty_headers_dropped(tmp_path, write):
    path = write.xlsx(
        tmp_path / "h.xlsx",
        [["  Amount   due ", 2024, None, None], ["1", "2", "", "x"]],
    )
    with open_table(path) as table:
        (row,) = table.rows()

    assert table.headers == ["Amount due", "2024"]
    assert row.stray_cells == 1
