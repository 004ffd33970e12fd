"""Files that cannot be read are refused by content, with one line of advice."""

import os
import zipfile

import pytest

from studio.data.tables import DataFileError, Limits, open_table


def refusal(path, **kwargs) -> str:
    with pytest.raises(DataFileError) as caught:
        open_table(path, **kwargs)
    return str(caught.value)


def test_missing_file_and_folder(tmp_path):
    assert refusal(tmp_path / "nope.csv") == f"{tmp_path / 'nope.csv'}: file not found"
    assert refusal(tmp_path) == f"{tmp_path}: is a folder, not a file"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert refusal(path) == f"{path}: the file is empty"


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"a;b\n" * 1000)
    assert refusal(path, limits=Limits(max_file_bytes=1024 * 1024 // 1000)) == (
        f"{path}: the file is 0.0 MB; the limit is 0.0 MB, split the rows over "
        "several files"
    )


def test_legacy_xls_named_xlsx(tmp_path):
    path = tmp_path / "oud.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    assert refusal(path) == (
        f"{path}: is an Excel 97-2003 workbook (.xls); open it in Excel and save it "
        "as .xlsx"
    )


def test_password_protected_workbook(tmp_path):
    path = tmp_path / "geheim.xlsx"
    names = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
    names += "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 3000 + names)
    assert refusal(path) == (
        f"{path}: the workbook is password-protected; remove the password in Excel "
        "and save it again"
    )


def test_opendocument_spreadsheet(tmp_path):
    path = tmp_path / "rows.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert (
        refusal(path)
        == f"{path}: is an OpenDocument spreadsheet (.ods); save it as .xlsx"
    )


def test_zip_that_is_no_workbook(tmp_path):
    path = tmp_path / "rows.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert refusal(path) == (
        f"{path}: is a zip archive but not an Excel workbook; use .xlsx or 'CSV UTF-8'"
    )


def test_binary_workbook(tmp_path):
    path = tmp_path / "rows.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.bin", b"\x00\x01")
    assert (
        refusal(path) == f"{path}: is a binary Excel workbook (.xlsb); save it as .xlsx"
    )


def test_truncated_workbook(tmp_path, write):
    whole = write.xlsx(tmp_path / "whole.xlsx", [["a"], ["1"]]).read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert refusal(path) == (
        f"{path}: the workbook is damaged (an incomplete or corrupt zip archive); "
        "save it again from Excel"
    )


def test_random_binary(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_bytes(bytes(range(256)) * 8 + os.urandom(512))
    assert refusal(path) == (
        f"{path}: is not a spreadsheet or a text file; use .xlsx or 'CSV UTF-8'"
    )


def test_nul_byte_after_the_first_kilobytes(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_bytes(b"a;b\n" + b"1;2\n" * 20_000 + b"3;\x00\n")
    with open_table(path) as table, pytest.raises(DataFileError) as caught:
        list(table.rows())
    assert str(caught.value) == (
        f"{path}: line 20002 holds a NUL byte, so this is not a text file; use .xlsx "
        "or 'CSV UTF-8'"
    )


def test_windows_1252_text_names_the_line(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_bytes("naam;bedrag\nJan;1\nÖzdemir;2\n".encode("cp1252"))
    assert refusal(path) == (
        f"{path}: line 3 is not valid UTF-8; save it as 'CSV UTF-8'"
    )


def test_utf16_text(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("naam\tbedrag\n", encoding="utf-16")
    assert refusal(path) == f"{path}: is UTF-16 text; save it as 'CSV UTF-8'"


def test_no_header_row(tmp_path, write):
    blank = tmp_path / "blank.csv"
    blank.write_text("\n;;\n\n", encoding="utf-8")
    empty_sheet = write.xlsx(tmp_path / "empty.xlsx", [])

    assert refusal(blank) == f"{blank}: has no header row; every line is empty"
    assert refusal(empty_sheet) == f"{empty_sheet}: sheet 'Sheet' is empty"


def test_duplicate_and_empty_header_names(tmp_path, write):
    dupes = write.csv(tmp_path / "d.csv", [["email", "naam", "Email"], ["a", "b", "c"]])
    unnamed = write.xlsx(tmp_path / "u.xlsx", [["a", None, "c", "", "e"]])

    assert refusal(dupes) == (
        f"{dupes}: column names must be unique: 'email' is in columns 1 and 3"
    )
    assert refusal(unnamed) == (
        f"{unnamed}: columns B, D have no name in the header row; name or delete "
        "the column"
    )


def test_formula_in_the_header(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["naam", '=UPPER("bedrag")'])
    workbook.save(tmp_path / "f.xlsx")
    assert refusal(tmp_path / "f.xlsx") == (
        f"{tmp_path / 'f.xlsx'}: the header in column B is a formula; type the "
        "column names as text"
    )


def test_unknown_sheet_name(tmp_path, write):
    path = write.xlsx(tmp_path / "s.xlsx", [["a"]])
    assert refusal(path, sheet="Blad9") == (
        f"{path}: has no sheet named 'Blad9'; its sheets are: 'Sheet'"
    )
