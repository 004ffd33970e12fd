"""What every sample-row reader hands on: a header and rows of cells.

A reader never judges the values; it only reports what the file holds, where, and
whether a spreadsheet would compute the cell instead of showing it (``formula``).
Judging is the job of :mod:`studio.data.check`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from studio.data.quoting import quote

MB = 1024 * 1024


class DataFileError(ValueError):
    """A sample-row file that cannot be read at all.

    The message is one line that names the file and says what is wrong and, where
    possible, what to do about it. ``path`` is None where the file is not known yet
    (matching headers to fields); the caller that knows it raises a new error. The
    command line exits with status 2 on these.
    """

    def __init__(self, path: str | os.PathLike[str] | None, what: str):
        self.path = "" if path is None else str(path)
        self.what = what
        super().__init__(f"{self.path}: {what}" if self.path else what)


@dataclass(frozen=True)
class Limits:
    """Bounds that keep a hostile or mistaken file from exhausting the machine.

    ``max_part_bytes`` bounds every part of a workbook once unpacked (the sheet XML,
    the shared strings): a zip bomb is refused before anything is unpacked into
    memory. Tests lower the limits to stay fast.
    """

    max_file_bytes: int = 200 * MB
    max_part_bytes: int = 300 * MB
    max_rows: int = 250_000


class Cell(NamedTuple):
    """One cell as the file holds it.

    ``value`` is ``""`` for an empty cell, otherwise a ``str``, or for workbooks also
    ``int``, ``float``, ``bool``, ``date``, ``datetime``, ``time`` or ``timedelta``.
    ``formula`` is true when a spreadsheet would compute the cell: a formula in a
    workbook, or text beginning with ``=`` in a CSV file (Excel evaluates those on
    opening). The value of a formula cell is whatever was cached and never trusted.
    """

    value: Any
    formula: bool = False


EMPTY_CELL = Cell("", False)


@dataclass(slots=True)
class SourceRow:
    """A data row below the header.

    ``number`` is the 1-based row number as a spreadsheet shows it. ``cells`` has
    exactly one cell per header column. ``stray_cells`` counts non-empty cells to the
    right of the last named column, which no field can use.
    """

    number: int
    cells: list[Cell]
    stray_cells: int = 0


class Table:
    """An opened sample-row file: its column names and a stream of its rows.

    Use it as a context manager, or call :meth:`close`, to release the file.
    """

    kind: str = ""

    def __init__(self, path: Path, headers: list[str]):
        self.path = path
        self.headers = headers

    def rows(self) -> Iterator[SourceRow]:
        """Yield the data rows below the header, empty rows included."""
        raise NotImplementedError

    def column_label(self, index: int) -> str:
        """The name a user sees for column ``index`` (0-based among the headers)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release whatever the reader holds; the rows cannot be read after this."""

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def is_blank(value: Any) -> bool:
    """True for an empty cell, including one holding only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def header_names(
    path: Path, values: list[Any], labels: list[str], formulas: list[bool]
) -> list[str]:
    """Turn the header row into column names, refusing names no one could map.

    Empty cells after the last name are dropped: a stray value far to the right
    makes a sheet wider than its header, and that is not the user's mistake.
    """
    names = [_header_text(value) for value in values]
    while names and not names[-1] and not formulas[len(names) - 1]:
        names.pop()
    _refuse_formula_headers(path, labels[: len(names)], formulas[: len(names)])
    unnamed = [labels[i] for i, name in enumerate(names) if not name]
    if unnamed:
        if len(unnamed) == 1:
            what = f"column {unnamed[0]} has no name in the header row"
        else:
            what = f"columns {', '.join(unnamed)} have no name in the header row"
        raise DataFileError(path, f"{what}; name or delete the column")
    _refuse_duplicates(path, names, labels[: len(names)])
    return names


def _header_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if is_blank(value) else " ".join(str(value).split())


def _refuse_formula_headers(path: Path, labels: list[str], formulas: list[bool]):
    pairs = zip(labels, formulas, strict=True)
    computed = [label for label, formula in pairs if formula]
    if computed:
        raise DataFileError(
            path,
            f"the header in column {', '.join(computed)} is a formula; "
            "type the column names as text",
        )


def _refuse_duplicates(path: Path, names: list[str], labels: list[str]) -> None:
    seen: dict[str, list[str]] = {}
    for name, label in zip(names, labels, strict=True):
        seen.setdefault(name.casefold(), []).append(label)
    clashes = [
        (names[labels.index(cols[0])], cols) for cols in seen.values() if len(cols) > 1
    ]
    if clashes:
        parts = [
            f"{quote(name)} is in columns {' and '.join(cols)}"
            for name, cols in clashes
        ]
        raise DataFileError(path, "column names must be unique: " + "; ".join(parts))
