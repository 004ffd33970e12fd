"""Every row gets its own verdict; a bad row never stops the good ones."""

import openpyxl

from studio.data.bench import HEADER
from studio.data.check import check_file
from studio.problems import Level


def good(customer="K-1", **changes):
    row = dict(zip(HEADER, [customer, "Sanne", "de Vries", "nl", "12,50",
                            "15-01-2027", "F-1", ""], strict=True))  # fmt: skip
    row.update(changes)
    return [row[name] for name in HEADER]


def check(fields, path):
    return check_file(fields, path, row_id_field="customer_id")


def test_message_names_row_column_field_and_value(fields, tmp_path, write):
    path = write.csv(
        tmp_path / "r.csv", [HEADER, good(), good("K-2", amount_due="1.234")]
    )
    result = check(fields, path)
    (message,) = result.verdicts[1].messages

    assert [v.status for v in result.verdicts] == ["ok", "errors"]
    assert (message.level, message.row, message.column_label) == (Level.ERROR, 3, "5")
    assert (message.header, message.field, message.value_text) == (
        "amount_due", "amount_due", "1.234",
    )  # fmt: skip
    assert str(message).startswith(
        "row 3, column 5 (amount_due): '1.234' is ambiguous: "
    )


def test_empty_rows_are_skipped_and_bad_rows_do_not_stop_good_ones(
    fields, tmp_path, write
):
    rows = [HEADER, good("K-1", first_name=""), [], [""] * 8, good("K-2")]
    result = check(fields, write.csv(tmp_path / "e.csv", rows))

    assert [(v.row, v.status) for v in result.verdicts] == [(2, "errors"), (5, "ok")]
    assert str(result.verdicts[0].messages[0]) == (
        "row 2, column 2 (first_name): a value is required"
    )


def test_duplicate_row_id_names_the_first_row(fields, tmp_path, write):
    rows = [HEADER, good("K-1"), good("K-2"), good("K-1")]
    result = check(fields, write.csv(tmp_path / "d.csv", rows))

    assert [str(m) for m in result.verdicts[2].messages] == [
        "row 4, column 1 (customer_id): 'K-1' is already the customer_id of row 2"
    ]


def test_formula_cells_are_refused_without_their_cached_value(fields, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER)
    workbook.active.append(good(amount_due="=SUM(10,2.5)"))
    workbook.active.append(good("K-2", first_name='=HYPERLINK("x")'))
    workbook.active["B3"].data_type = "s"
    workbook.save(tmp_path / "f.xlsx")
    result = check(fields, tmp_path / "f.xlsx")

    assert [str(m) for v in result.verdicts for m in v.messages] == [
        "row 2, column E (amount_due): the cell is a formula; formulas are never "
        "evaluated or trusted",
        "row 3, column B (first_name): '=HYPERLINK(\"x\")' is a formula; formulas "
        "are never evaluated or trusted",
    ]
    assert "amount_due" not in result.verdicts[0].values


def test_messages_stay_on_one_line(fields, tmp_path, write):
    long_name = "Wilhelmina\u2028" + "x" * 100
    rows = [HEADER, good(last_name="Smit\n\x07"), good("K-2", first_name=long_name)]
    result = check(fields, write.csv(tmp_path / "c.csv", rows))
    texts = [str(m) for v in result.verdicts for m in v.messages]

    assert texts == [
        "row 2, column 3 (last_name): 'Smit \\u0007' contains a control character "
        "(U+0007); control characters are not allowed",
        "row 3, column 2 (first_name): 'Wilhelmina xxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is "
        "111 characters; at most 50 are allowed",
    ]
    assert all(len(text.splitlines()) == 1 for text in texts)


def test_values_beyond_the_header(fields, tmp_path, write):
    csv_path = write.csv(tmp_path / "s.csv", [HEADER, good() + ["00"]])
    xlsx_path = write.xlsx(tmp_path / "s.xlsx", [HEADER, good() + ["notitie"]])

    assert [str(m) for m in check(fields, csv_path).verdicts[0].messages] == [
        "row 2: has a value more than the header has columns; a value with an "
        "unquoted delimiter shifts the columns, so put quotes around it"
    ]
    assert [str(m) for m in check(fields, xlsx_path).verdicts[0].messages] == [
        "row 2: has a value right of the last named column; they are ignored"
    ]
