"""Finding the formula cells of a worksheet by streaming its XML.

python-calamine returns the cached result of a formula as if it were typed in, so
the studio cannot tell a computed amount from a typed one through it. The sheet
XML can: a formula cell holds an ``<f>`` element. Most sample files hold none, so
quick byte tests decide which stretches of the sheet the slower matching must read.

The scan also counts the unpacked bytes, which is what bounds a zip bomb: the
declared size in the zip directory can lie, the stream cannot.
"""

from __future__ import annotations

import itertools
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

CHUNK = 1024 * 1024
# Elements may carry any namespace prefix (``<x:f>``); attribute values never hold
# a raw "<", so every "<" starts a tag (or a comment, which at worst causes a
# needless second pass).
_PREFIX = rb"(?:[A-Za-z_][\w.\-]*:)?"
_TAG = re.compile(rb"<(/?)" + _PREFIX + rb"(row|c|f|sheetData)(?=[\s/>])([^>]*)>")
_FORMULA_TAG = re.compile(rb"<" + _PREFIX + rb"f(?=[\s/>])([^>]*)>")
_SHEET_DATA_END = re.compile(rb"</" + _PREFIX + rb"sheetData>")
_CELL_REF = re.compile(rb"""\br=["']([A-Za-z]{1,3})(\d+)["']""")
_ROW_REF = re.compile(rb"""\br=["'](\d+)["']""")
_TYPE = re.compile(rb"""\bt=["'](\w+)["']""")
_RANGE = re.compile(
    rb"""\bref=["']\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?["']"""
)


class PartTooLarge(Exception):
    """The part unpacks to more bytes than allowed."""


@dataclass
class FormulaCells:
    """Positions (0-based row and column) of the cells a spreadsheet computes.

    ``ranges`` holds array formulas and spilled dynamic arrays, whose result cells
    carry no ``<f>`` of their own; they are kept as ranges because a range may
    cover a whole column.
    """

    cells: dict[int, set[int]] = field(default_factory=dict)
    ranges: list[tuple[int, int, int, int]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.cells or self.ranges)

    def columns_in_row(self, row: int) -> set[int]:
        columns = self.cells.get(row, set())
        for top, left, bottom, right in self.ranges:
            if top <= row <= bottom:
                columns = columns | set(range(left, right + 1))
        return columns


def column_index(letters: bytes | str) -> int:
    """0-based index of a column name: A is 0, Z is 25, AA is 26."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + (ord(letter) if isinstance(letter, str) else letter) - 64
    return index - 1


def column_letters(index: int) -> str:
    """The column name of a 0-based index, as a spreadsheet shows it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def find_formula_cells(
    archive: zipfile.ZipFile, part: str, max_bytes: int
) -> FormulaCells:
    """Stream ``part`` (twice if a formula's cell is unclear): where are formulas?"""
    found = _by_cell_reference(_chunks(archive, part, max_bytes))
    if found is None:
        found = FormulaCells()
        _Walker(found).walk(_chunks(archive, part, max_bytes))
    return found


def count_unpacked(archive: zipfile.ZipFile, part: str, max_bytes: int) -> None:
    """Unpack ``part`` without keeping it, refusing it beyond ``max_bytes``."""
    for _chunk in _chunks(archive, part, max_bytes):
        pass


def _chunks(archive: zipfile.ZipFile, part: str, max_bytes: int) -> Iterator[bytes]:
    unpacked = 0
    with archive.open(part) as stream:
        while chunk := stream.read(CHUNK):
            unpacked += len(chunk)
            if unpacked > max_bytes:
                raise PartTooLarge(part)
            yield chunk


def _by_cell_reference(chunks: Iterator[bytes]) -> FormulaCells | None:
    """Find each ``<f>`` and read the position from the cell tag just before it.

    Far faster than following every tag, and right for every writer that names
    cell positions (Excel, LibreOffice, openpyxl all do). Returns None as soon as
    a formula's cell cannot be told for certain, for the full walk to decide.
    """
    found = FormulaCells()
    tail = b""
    # The empty chunk at the end flushes the last cell, held back till then.
    for chunk in itertools.chain(chunks, [b""]):
        window = tail + chunk
        end = _sheet_data_end(window)
        whole = not chunk or end < len(window)
        cut = end if whole else _last_cell_start(window)
        if _may_hold_formula(window):
            for match in _FORMULA_TAG.finditer(window, 0, cut):
                if not _add_formula(found, window, match):
                    return None
        if end < len(window):
            for _rest in chunks:
                pass
            return found
        tail = window[cut:]
    return found


def _may_hold_formula(window: bytes) -> bool:
    # Substring tests run in C at memory speed; the regex only runs on the rare
    # stretch of a sheet that might hold a formula tag.
    return b"<f" in window or b":f" in window


def _sheet_data_end(window: bytes) -> int:
    if b"sheetData>" not in window:
        return len(window)
    match = _SHEET_DATA_END.search(window)
    return match.start() if match else len(window)


def _last_cell_start(window: bytes) -> int:
    """Where the last cell tag (or, lacking one, the last tag) of ``window`` starts."""
    cell = max(window.rfind(b"<c "), window.rfind(b":c "))
    if cell >= 0:
        return window.rfind(b"<", 0, cell + 1)
    last = window.rfind(b"<")
    return last if last >= 0 else len(window)


def _add_formula(found: FormulaCells, window: bytes, match: re.Match) -> bool:
    start = max(
        window.rfind(b"<c ", 0, match.start()), window.rfind(b":c ", 0, match.start())
    )
    if start < 0:
        return False
    tag_end = window.find(b">", start)
    reference = _CELL_REF.search(window, start, tag_end)
    # Anything that might close a cell between its tag and the <f> means the
    # formula could belong to a later cell without a position.
    if not reference or window.find(b"c>", tag_end, match.start()) >= 0:
        return False
    row, column = int(reference.group(2)) - 1, column_index(reference.group(1))
    found.cells.setdefault(row, set()).add(column)
    _add_range(found, match.group(1))
    return True


def _add_range(found: FormulaCells, attributes: bytes) -> None:
    kind = _TYPE.search(attributes)
    spread = _RANGE.search(attributes)
    # A shared formula's range only says which cells share the text; each of
    # those cells has its own <f>. Array results have none.
    if spread and spread.group(3) and not (kind and kind.group(1) == b"shared"):
        left, top, right, bottom = spread.groups()
        found.ranges.append(
            (int(top) - 1, column_index(left), int(bottom) - 1, column_index(right))
        )


class _Walker:
    """Follows rows and cells through the XML, tag by tag.

    Cells and rows normally name their position (``r="B7"``); where a writer left
    that out, the position is the one after the previous cell or row.
    """

    def __init__(self, found: FormulaCells):
        self.found = found
        self.row = -1
        self.column = -1
        self.in_cell = False
        self.in_sheet_data = False

    def walk(self, chunks: Iterator[bytes]) -> None:
        tail = b""
        for chunk in chunks:
            window = tail + chunk
            cut = window.rfind(b"<")
            if cut >= 0 and window.find(b">", cut) < 0:
                window, tail = window[:cut], window[cut:]
            else:
                tail = b""
            for match in _TAG.finditer(window):
                self._tag(match.group(1), match.group(2), match.group(3))

    def _tag(self, closing: bytes, name: bytes, attributes: bytes) -> None:
        if name == b"sheetData":
            self.in_sheet_data = not closing and not attributes.endswith(b"/")
        elif not self.in_sheet_data:
            return
        elif name == b"row" and not closing:
            reference = _ROW_REF.search(attributes)
            self.row = int(reference.group(1)) - 1 if reference else self.row + 1
            self.column = -1
        elif name == b"c":
            self._cell(closing, attributes)
        elif name == b"f" and not closing and self.in_cell:
            self._formula(attributes)

    def _cell(self, closing: bytes, attributes: bytes) -> None:
        if closing:
            self.in_cell = False
            return
        reference = _CELL_REF.search(attributes)
        if reference:
            self.column = column_index(reference.group(1))
            self.row = int(reference.group(2)) - 1
        else:
            self.column += 1
        self.in_cell = not attributes.endswith(b"/")

    def _formula(self, attributes: bytes) -> None:
        self.found.cells.setdefault(self.row, set()).add(self.column)
        _add_range(self.found, attributes)
