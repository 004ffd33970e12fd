"""Reading sample rows from an Excel workbook (.xlsx).

The zip container is inspected with the standard library first (which sheet, how
big, where the formulas are); only a container that passed is handed to
python-calamine, which reads the values fast and in bounded memory.
"""

from __future__ import annotations

import logging
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from xml.etree import ElementTree

import python_calamine

from studio.data.formulas import (
    FormulaCells,
    PartTooLarge,
    column_letters,
    count_unpacked,
    find_formula_cells,
)
from studio.data.quoting import quote
from studio.data.sniff import damaged, open_workbook_zip
from studio.data.source import (
    EMPTY_CELL,
    MB,
    Cell,
    DataFileError,
    Limits,
    SourceRow,
    Table,
    header_names,
    is_blank,
)

logger = logging.getLogger(__name__)

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_SMALL_PART = 16 * MB


@dataclass(frozen=True)
class SheetEntry:
    name: str
    part: str
    visible: bool


_new_cell = tuple.__new__
_NO_FORMULA = repeat(False)


class XlsxTable(Table):
    kind = "xlsx"

    def __init__(self, path, headers, workbook, sheet, layout):
        super().__init__(path, headers)
        self._workbook = workbook
        self._sheet = sheet
        self._header_row, self._first_column, self._formulas = layout

    def column_label(self, index: int) -> str:
        return column_letters(self._first_column + index)

    def rows(self) -> Iterator[SourceRow]:
        width = len(self.headers)
        rows = enumerate(self._sheet.iter_rows())
        for index, values in rows:
            if index > self._header_row:
                yield self._source_row(index, values, width)

    def _source_row(self, index: int, values: list, width: int) -> SourceRow:
        # Built without a Python-level call a cell: a large sheet has millions.
        pairs = zip(values[:width], _NO_FORMULA, strict=False)
        cells = list(map(_new_cell, repeat(Cell), pairs))
        if len(cells) < width:
            cells.extend([EMPTY_CELL] * (width - len(cells)))
        if self._formulas:
            for column in self._formulas.columns_in_row(index):
                position = column - self._first_column
                if 0 <= position < width:
                    cells[position] = Cell(cells[position].value, True)
        stray = sum(1 for value in values[width:] if not is_blank(value))
        return SourceRow(index + 1, cells, stray)

    def close(self) -> None:
        self._workbook.close()


def open_xlsx(path: Path, sheet: str | None, limits: Limits) -> XlsxTable:
    """Open the first visible worksheet, or the one named ``sheet``."""
    with open_workbook_zip(path) as archive:
        entry = _choose_sheet(path, _sheet_entries(path, archive), sheet)
        formulas = _inspect_parts(path, archive, entry, limits)
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        data = workbook.get_sheet_by_name(entry.name)
    except python_calamine.PasswordError as error:
        raise DataFileError(path, "the workbook is password-protected") from error
    except Exception as error:  # calamine raises several unrelated types
        raise damaged(path) from error
    try:
        return _table(path, workbook, data, entry, formulas, limits)
    except BaseException:
        workbook.close()
        raise


def _table(path, workbook, data, entry, formulas, limits) -> XlsxTable:
    if data.start is None:
        raise DataFileError(path, f"sheet {quote(entry.name)} is empty")
    first_column = data.start[1]
    header_row, values = _header_row(data, formulas, first_column)
    if header_row < 0:
        raise DataFileError(path, f"sheet {quote(entry.name)} has no header row")
    data_rows = data.end[0] - header_row
    if data_rows > limits.max_rows:
        raise _too_many_rows(path, limits)
    marked = formulas.columns_in_row(header_row) if formulas else set()
    # calamine's range ends at the last cached value, so an uncomputed formula
    # cell at the end of the header falls outside it.
    width = max([len(values)] + [column - first_column + 1 for column in marked])
    values = list(values) + [""] * (width - len(values))
    labels = [column_letters(first_column + i) for i in range(len(values))]
    is_formula = [first_column + i in marked for i in range(len(values))]
    headers = header_names(path, values, labels, is_formula)
    logger.info(
        "opened %s (%s): %d columns, at most %d data rows",
        path,
        entry.part,
        len(headers),
        data_rows,
    )
    layout = (header_row, first_column, formulas)
    return XlsxTable(path, headers, workbook, data, layout)


def _too_many_rows(path: Path, limits: Limits) -> DataFileError:
    return DataFileError(
        path,
        f"has more than {limits.max_rows:,} data rows; split the rows over "
        "several files",
    )


def _header_row(data, formulas: FormulaCells, first_column: int):
    """The index and values of the first row holding anything at all."""
    for index, values in enumerate(data.iter_rows()):
        if any(not is_blank(value) for value in values):
            return index, values
        if formulas and formulas.columns_in_row(index):
            return index, values
    return -1, []


def _inspect_parts(path, archive, entry: SheetEntry, limits: Limits):
    for info in archive.infolist():
        if info.file_size > limits.max_part_bytes:
            raise _part_too_large(path, info.filename, limits)
    try:
        formulas = find_formula_cells(archive, entry.part, limits.max_part_bytes)
        for info in archive.infolist():
            if info.filename != entry.part and _read_by_calamine(info.filename):
                count_unpacked(archive, info.filename, limits.max_part_bytes)
    except PartTooLarge as error:
        raise _part_too_large(path, str(error), limits) from error
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise damaged(path) from error
    return formulas


def _read_by_calamine(name: str) -> bool:
    return name.endswith((".xml", ".rels")) and "/worksheets/" not in name


def _part_too_large(path: Path, part: str, limits: Limits) -> DataFileError:
    return DataFileError(
        path,
        f"is too large to read: {part} unpacks to more than "
        f"{limits.max_part_bytes / MB:.1f} MB",
    )


def _sheet_entries(path: Path, archive: zipfile.ZipFile) -> list[SheetEntry]:
    """The workbook's sheets in workbook order, each with the part that holds it."""
    book = _workbook_part(path, archive)
    targets = _relationships(path, archive, _rels_of(book))
    sheets = _xml(path, archive, book).find(f"{_MAIN}sheets")
    entries = []
    for element in sheets if sheets is not None else []:
        target = targets.get(element.get(f"{_REL}id", ""))
        if element.tag == f"{_MAIN}sheet" and target:
            entries.append(
                SheetEntry(
                    name=element.get("name", ""),
                    part=_resolve(book, target),
                    visible=element.get("state", "visible") == "visible",
                )
            )
    return entries


def _choose_sheet(path: Path, entries: list[SheetEntry], name: str | None):
    """The named sheet, or else the first one a user sees on opening the file."""
    if name is not None:
        for entry in entries:
            if entry.name == name:
                return entry
        names = ", ".join(quote(entry.name) for entry in entries)
        raise DataFileError(
            path, f"has no sheet named {quote(name)}; its sheets are: {names}"
        )
    for entry in entries:
        if entry.visible:
            return entry
    raise DataFileError(path, "has no visible worksheet")


def _workbook_part(path: Path, archive: zipfile.ZipFile) -> str:
    root = _relationships(path, archive, "_rels/.rels", by="Type")
    for kind, target in root.items():
        if kind.endswith("/officeDocument"):
            return _resolve("", target)
    return "xl/workbook.xml"


def _relationships(path, archive, part: str, by: str = "Id") -> dict[str, str]:
    if part not in archive.namelist():
        return {}
    return {
        element.get(by, ""): element.get("Target", "")
        for element in _xml(path, archive, part).iter(f"{_PKG_REL}Relationship")
        if element.get("TargetMode") != "External"
    }


def _rels_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _xml(path: Path, archive: zipfile.ZipFile, part: str) -> ElementTree.Element:
    try:
        info = archive.getinfo(part)
        if info.file_size > _SMALL_PART:
            raise _part_too_large(path, part, Limits(max_part_bytes=_SMALL_PART))
        return ElementTree.fromstring(archive.read(info))
    except KeyError as error:
        raise damaged(path) from error
    except (zipfile.BadZipFile, OSError, EOFError, ElementTree.ParseError) as error:
        raise damaged(path) from error
