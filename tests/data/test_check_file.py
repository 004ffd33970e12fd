"""The verdict on a whole file: counts, exit code and the usable rows."""

import pytest

from studio.data.bench import HEADER
from studio.data.check import check_file, load_rows
from studio.data.tables import DataFileError

GOOD = ["K-1", "Sanne", "de Vries", "", "12,50", "15-01-2027", "F-1", ""]
WARN = ["K-2", "Emre", "Demir", "tr", "5", "2027-01-15 14:30", "F-2", ""]
BAD = ["K-3", "Emre", "Demir", "xx", "5", "15-01-2027", "F-3", ""]


def test_counts_exit_code_and_ignored_columns(fields, tmp_path, write):
    path = write.csv(tmp_path / "a.csv", [HEADER + ["Notitie"], GOOD, WARN, BAD])
    result = check_file(fields, path, row_id_field="customer_id")

    assert result.counts == {"ok": 1, "warnings": 1, "errors": 1}
    assert result.exit_code == 1
    assert result.ignored_columns == ["Notitie"]
    assert result.verdicts[0].values["language"] == "nl"


def test_all_usable_rows_exit_zero_and_load_by_id(fields, tmp_path, write):
    path = write.csv(tmp_path / "b.csv", [HEADER, GOOD, WARN])

    assert check_file(fields, path, row_id_field="customer_id").exit_code == 0
    assert list(load_rows(fields, path, row_id_field="customer_id")) == ["K-1", "K-2"]


def test_missing_column_names_the_file(fields, tmp_path, write):
    path = write.csv(tmp_path / "c.csv", [HEADER[:4], GOOD[:4]])
    with pytest.raises(DataFileError) as caught:
        check_file(fields, path, row_id_field="customer_id")
    assert str(caught.value).startswith(
        f"{path}: columns for fields 'amount_due', 'due_date', 'invoice_number' "
        "are missing; headers are: 'customer_id', "
    )
