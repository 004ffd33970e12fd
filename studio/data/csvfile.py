"""Reading sample rows from a CSV file.

Only UTF-8 is accepted, with or without the byte-order mark that Excel's
"CSV UTF-8" writes: guessing between Windows-1252, Latin-1 and others silently
garbles names such as "Özdemir" or "Wójcik", and a garbled name in a payment
reminder is worse than a refused file.

The delimiter is taken from the header line: Dutch Excel writes ``;`` (the comma
is the decimal separator there), English Excel writes ``,``. A first line
``sep=;`` as Excel writes and reads it names the delimiter outright.

Text beginning with ``=`` is marked as a formula: Excel evaluates such a cell
when it opens the file, which makes it the classic way to smuggle a formula
(``=HYPERLINK(...)``) into a spreadsheet that someone opens later.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterator
from pathlib import Path

from studio.data.source import (
    EMPTY_CELL,
    Cell,
    DataFileError,
    Limits,
    SourceRow,
    Table,
    header_names,
    is_blank,
)

logger = logging.getLogger(__name__)

DELIMITERS = (";", ",", "\t")
SAVE_AS_UTF8 = "save it as 'CSV UTF-8'"


class CsvTable(Table):
    kind = "csv"

    def __init__(self, path: Path, headers: list[str], dialect: _Dialect):
        super().__init__(path, headers)
        self._dialect = dialect

    def column_label(self, index: int) -> str:
        return str(index + 1)

    def rows(self) -> Iterator[SourceRow]:
        width = len(self.headers)
        for number, fields in _records(self.path, self._dialect):
            if number > self._dialect.header_number:
                yield _source_row(number, fields, width)


class _Dialect:
    def __init__(self, delimiter: str, skip_first_line: bool, header_number: int):
        self.delimiter = delimiter
        self.skip_first_line = skip_first_line
        self.header_number = header_number


def _source_row(number: int, fields: list[str], width: int) -> SourceRow:
    cells = [Cell(text, text.startswith("=")) for text in fields[:width]]
    if len(cells) < width:
        cells.extend([EMPTY_CELL] * (width - len(cells)))
    stray = sum(1 for text in fields[width:] if not is_blank(text))
    return SourceRow(number, cells, stray)


def open_csv(path: Path, limits: Limits) -> CsvTable:
    """Read the header of a UTF-8 CSV file and check that it is not too long."""
    delimiter, skip_first_line = _detect_delimiter(path)
    dialect = _Dialect(delimiter, skip_first_line, header_number=0)
    number, fields = _header_record(path, dialect)
    labels = [str(i + 1) for i in range(len(fields))]
    formulas = [text.startswith("=") for text in fields]
    headers = header_names(path, fields, labels, formulas)
    dialect.header_number = number
    _refuse_too_many_rows(path, dialect, limits)
    logger.info("opened %s: delimiter %r, %d columns", path, delimiter, len(headers))
    return CsvTable(path, headers, dialect)


def _header_record(path: Path, dialect: _Dialect) -> tuple[int, list[str]]:
    for number, fields in _records(path, dialect):
        if any(not is_blank(text) for text in fields):
            return number, fields
    raise DataFileError(path, "has no header row; every line is empty")


def _detect_delimiter(path: Path) -> tuple[str, bool]:
    """The delimiter, and whether the first line is Excel's ``sep=`` hint."""
    for line in _lines(path):
        stripped = line.strip()
        if stripped.lower().startswith("sep=") and len(stripped) == 5:
            return stripped[4], True
        if stripped:
            counts = _count_outside_quotes(stripped)
            best = max(DELIMITERS, key=lambda mark: counts[mark])
            return (best if counts[best] else ","), False
    return ",", False


def _count_outside_quotes(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return counts


def _records(path: Path, dialect: _Dialect) -> Iterator[tuple[int, list[str]]]:
    """Yield every record with its row number as Excel would show it.

    A quoted value may span lines, so the row number counts records, not lines;
    blank lines are rows too, as they are in Excel.
    """
    lines = _lines(path)
    if dialect.skip_first_line:
        next(lines, None)
    reader = csv.reader(lines, delimiter=dialect.delimiter)
    number = 0
    try:
        for number, fields in enumerate(reader, start=1):
            yield number, fields
    except csv.Error as error:
        raise DataFileError(
            path, f"cannot be read as CSV after row {number}: {error}"
        ) from error


def _lines(path: Path) -> Iterator[str]:
    """The lines of the file, refusing anything that is not UTF-8 text."""
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            for number, line in enumerate(text, start=1):
                if "\x00" in line:
                    raise DataFileError(
                        path,
                        f"line {number} holds a NUL byte, so this is not a text "
                        "file; use .xlsx or 'CSV UTF-8'",
                    )
                yield line
        except UnicodeDecodeError as error:
            bad_line = _first_undecodable_line(path)
            raise DataFileError(
                path, f"line {bad_line} is not valid UTF-8; {SAVE_AS_UTF8}"
            ) from error


def _first_undecodable_line(path: Path) -> int:
    """Find the line of a decoding error again, line by line; only after an error."""
    with path.open("rb") as raw:
        for number, line in enumerate(raw, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 0


def _refuse_too_many_rows(path: Path, dialect: _Dialect, limits: Limits) -> None:
    """Refuse a file with more data rows than allowed before reading any of them.

    Counting line breaks is fast and gives an upper bound; only a file over the
    bound is parsed to count its records exactly, since quoted values may hold
    line breaks of their own.
    """
    allowed = dialect.header_number + limits.max_rows
    if _line_breaks(path) <= allowed:
        return
    for number, _fields in _records(path, dialect):
        if number > allowed:
            raise DataFileError(
                path,
                f"has more than {limits.max_rows:,} data rows; split the rows "
                "over several files",
            )


def _line_breaks(path: Path) -> int:
    count = 1
    with path.open("rb") as raw:
        while chunk := raw.read(1024 * 1024):
            count += chunk.count(b"\n") + chunk.count(b"\r")
    return count
