"""Sample rows kept inside a project: the cells as read, and how to judge them again.

A designer imports a spreadsheet once; the rows then travel inside the project
file (its ``sample_data`` document) and nowhere else: sample rows are personal
data, so they are never logged, packaged or written beside the project. What is
kept is what the checks need to give the same verdicts again: each cell as the
reader produced it (text as read, numbers in the exact ``repr`` the reader's
floats have, dates as dates, and whether the cell was a formula, so that it
stays refused), the column labels the messages name, and the column mapping.

Only the columns the template uses are kept: a spreadsheet exported from an
accounts system often carries more about a person than the video needs. So a
row with values only in unused columns is empty here and gets no verdict,
where checking the file itself would report its missing values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
import os
import random
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import repeat
from pathlib import Path
from typing import Any

from studio.data.check import DataCheck, check_table, is_empty_row, usable_rows
from studio.data.columns import map_columns
from studio.data.source import Cell, DataFileError, Limits, SourceRow, Table, is_blank
from studio.data.tables import open_table
from studio.values.fields import Field, FieldKind
from studio.values.money import currency_precision

__all__ = [
    "DOCUMENT_NAME",
    "SAMPLE_DATA_NAMES",
    "ReadCancelled",
    "SampleRow",
    "SampleTable",
    "anonymised",
    "check_sample",
    "read_sample_file",
    "read_table",
    "suggested_mapping",
    "usable_rows",
]

logger = logging.getLogger(__name__)

DOCUMENT_NAME = "sample_data"  # the project file's document that holds the rows
SAMPLE_DATA_NAMES = ("sample-rows.xlsx", "sample-rows.csv")  # beside a folder
FORMAT = 1
PROGRESS_EVERY = 1000  # rows between progress reports and looks at ``cancelled``

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


class ReadCancelled(Exception):
    """Reading or checking stopped because ``cancelled()`` said so."""


@dataclass(frozen=True, slots=True)
class SampleRow:
    """A data row: its number in the file, one value per kept column, the
    positions of the formula cells among them, and how many values stood right
    of the last named column (which no field can use).

    Values and formula marks are kept apart, rather than as a ``Cell`` each:
    a row is then one object for the cycle collector instead of ten, which
    keeps its pauses short with a hundred thousand rows in memory.
    """

    number: int
    values: tuple[Any, ...]
    formulas: frozenset[int] = frozenset()
    stray_cells: int = 0

    @classmethod
    def of(cls, number: int, cells: Sequence[Cell], stray_cells: int = 0):
        values = tuple([cell[0] for cell in cells])
        if any([cell[1] for cell in cells]):
            marked = frozenset(i for i, cell in enumerate(cells) if cell[1])
            return cls(number, values, marked, stray_cells)
        return cls(number, values, _NO_FORMULAS, stray_cells)

    @property
    def cells(self) -> list[Cell]:
        """The row as the readers give it, a ``Cell`` a column."""
        pairs = zip(self.values, _NO_FORMULA, strict=False)
        cells = list(map(_new_cell, repeat(Cell), pairs))
        for index in self.formulas:
            cells[index] = Cell(cells[index].value, True)
        return cells

    def cell(self, index: int) -> Cell:
        return Cell(self.values[index], index in self.formulas)


_NO_FORMULAS: frozenset[int] = frozenset()
_NO_FORMULA = repeat(False)
_new_cell = tuple.__new__


@dataclass(frozen=True)
class SampleTable:
    """Sample rows as read from one file.

    ``source`` is the file's name (without its folder), ``kind`` ``xlsx`` or
    ``csv``; ``headers`` and ``labels`` (``A``, ``B`` … or ``1``, ``2`` …) name
    the kept columns. ``mapping`` gives each mapped field its header; a field it
    does not name has no column and takes its fallback. A table just read
    (:func:`read_table`) keeps every column and maps nothing yet; see
    :meth:`with_mapping`. ``ignored`` names the file's columns no field used.
    """

    source: str
    kind: str
    headers: tuple[str, ...]
    labels: tuple[str, ...]
    rows: tuple[SampleRow, ...]
    mapping: Mapping[str, str] = field(default_factory=dict)
    ignored: tuple[str, ...] = ()
    anonymised: bool = False

    def column_of(self, header: str) -> int:
        return self.headers.index(header)

    def with_mapping(
        self, fields: Sequence[Field], mapping: Mapping[str, str] | None = None
    ) -> SampleTable:
        """This table reduced to the columns ``fields`` use.

        Without a ``mapping`` the headers are matched to the fields by name, as
        when checking a file. A ``mapping`` (field to header) is the answer for
        the optional fields, as the mapping dialog gives it: one it leaves out
        has no column, even where a header would match it (a required field it
        leaves out is still matched by name). Raises
        :class:`DataFileError`, naming the source, when a required field has no
        column or the mapping names a field or header that is not there.
        """
        if mapping is not None:
            fields = [f for f in fields if f.required or f.name in mapping]
        try:
            columns = map_columns(fields, self.headers, mapping)
        except DataFileError as error:
            raise DataFileError(self.source, error.what) from error
        kept = sorted(set(columns.columns.values()))
        if kept == list(range(len(self.headers))):
            rows = list(self.rows)  # every column used: the rows stay as they are
        else:
            rows = []
            for row in self.rows:
                cells = [row.cell(index) for index in kept]
                if not is_empty_row(SourceRow(row.number, cells, row.stray_cells)):
                    rows.append(SampleRow.of(row.number, cells, row.stray_cells))
        ignored = [h for i, h in enumerate(self.headers) if i not in kept]
        return dataclasses.replace(
            self,
            headers=tuple(self.headers[index] for index in kept),
            labels=tuple(self.labels[index] for index in kept),
            rows=tuple(rows),
            mapping={
                name: self.headers[index] for name, index in columns.columns.items()
            },
            ignored=(*self.ignored, *ignored),
        )

    # -- the project file's document ---------------------------------------------

    def to_document(self) -> dict[str, Any]:
        """The table as JSON types, for the project file's ``sample_data``."""
        return {
            "format": FORMAT,
            "source": self.source,
            "kind": self.kind,
            "columns": [
                [h, label] for h, label in zip(self.headers, self.labels, strict=True)
            ],
            "mapping": dict(self.mapping),
            "ignored": list(self.ignored),
            "anonymised": self.anonymised,
            "rows": [
                [row.number, row.stray_cells, [_encode(cell) for cell in row.cells]]
                for row in self.rows
            ],
        }

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> SampleTable:
        """The table a ``to_document`` gave; ``ValueError`` saying what is wrong.

        The message names a place (row and column numbers), never a value.
        """
        if document.get("format") != FORMAT:
            raise ValueError(
                f"sample data format {document.get('format')!r} is unknown"
            )
        try:
            columns = [(str(h), str(label)) for h, label in document["columns"]]
            headers = tuple(h for h, _ in columns)
            mapping = {str(k): str(v) for k, v in dict(document["mapping"]).items()}
            rows = tuple(
                _decode_row(n, entry, len(headers))
                for n, entry in enumerate(document["rows"], start=1)
            )
            table = cls(
                source=str(document["source"]),
                kind=_kind(document["kind"]),
                headers=headers,
                labels=tuple(label for _, label in columns),
                rows=rows,
                mapping=mapping,
                ignored=tuple(str(h) for h in document.get("ignored", ())),
                anonymised=bool(document.get("anonymised", False)),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"sample data is incomplete ({error!r})") from None
        if not set(mapping.values()) <= set(headers):
            raise ValueError("sample data maps a field to a column it does not hold")
        return table


# -- reading a file -----------------------------------------------------------------


def read_table(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SampleTable:
    """Every column and non-empty row of a sample-row file, nothing mapped yet.

    ``progress`` hears the number of rows read so far, every
    ``PROGRESS_EVERY`` rows; when ``cancelled()`` turns true, reading stops
    with :class:`ReadCancelled`. Raises :class:`DataFileError` for a file that
    cannot be used, with the one-line reason the readers give.
    """
    path = Path(path)
    rows = []
    with open_table(path, sheet, limits=limits) as table:
        labels = tuple(table.column_label(i) for i in range(len(table.headers)))
        for count, source in enumerate(table.rows(), start=1):
            if count % PROGRESS_EVERY == 0:
                _report(count, progress, cancelled)
            if not is_empty_row(source):
                rows.append(
                    SampleRow.of(source.number, source.cells, source.stray_cells)
                )
        kind, headers = table.kind, tuple(table.headers)
    logger.info("read %s: %d rows with values", path, len(rows))
    return SampleTable(path.name, kind, headers, labels, tuple(rows))


def read_sample_file(
    path: str | os.PathLike[str],
    fields: Sequence[Field],
    mapping: Mapping[str, str] | None = None,
) -> SampleTable:
    """Read ``path`` and keep the columns ``fields`` use; ``DataFileError``."""
    table = read_table(path)
    try:
        return table.with_mapping(fields, mapping)
    except DataFileError as error:
        raise DataFileError(path, error.what) from error


def suggested_mapping(
    fields: Sequence[Field], headers: Sequence[str]
) -> dict[str, str]:
    """The header each field would be matched to by name, where there is one.

    Unlike a check, this never refuses: a required field without a match is
    simply absent, and a field two headers match is left for the user to map.
    """
    lenient = [dataclasses.replace(f, required=False) for f in fields]
    try:
        columns = map_columns(lenient, headers).columns
        return {name: headers[index] for name, index in columns.items()}
    except DataFileError:
        pass
    found: dict[str, str] = {}
    for one in lenient:
        try:
            columns = map_columns([one], headers).columns
        except DataFileError:
            continue
        header = headers[columns[one.name]] if one.name in columns else None
        if header is not None and header not in found.values():
            found[one.name] = header
    return found


# -- judging the rows ---------------------------------------------------------------


class _MemoryTable(Table):
    """A sample table as the checks read a file."""

    def __init__(self, table: SampleTable, progress, cancelled):
        super().__init__(Path(table.source), list(table.headers))
        self.kind = table.kind
        self._table = table
        self._progress = progress
        self._cancelled = cancelled

    def column_label(self, index: int) -> str:
        return self._table.labels[index]

    def rows(self) -> Iterator[SourceRow]:
        for count, row in enumerate(self._table.rows, start=1):
            if count % PROGRESS_EVERY == 0:
                _report(count, self._progress, self._cancelled)
            yield SourceRow(row.number, row.cells, row.stray_cells)


def check_sample(
    fields: Sequence[Field],
    table: SampleTable,
    row_id_field: str,
    region: str = "NL",
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DataCheck:
    """The verdict on every row of ``table``, by the rules of :mod:`studio.data.check`.

    The table's mapping decides the columns; a mapped field the template no
    longer has is passed over. Raises :class:`DataFileError` (naming the source)
    when a required field has no column, :class:`ReadCancelled` when stopped.
    """
    names = {f.name for f in fields}
    mapping = {name: h for name, h in table.mapping.items() if name in names}
    memory = _MemoryTable(table, progress, cancelled)
    result = check_table(
        fields, memory, row_id_field=row_id_field, mapping=mapping, region=region
    )
    counts = result.counts
    logger.info(
        "checked the sample data from %s: %d rows (%d ok, %d with warnings, "
        "%d with errors) in %.2f s",
        table.source,
        len(result.verdicts),
        counts["ok"],
        counts["warnings"],
        counts["errors"],
        result.seconds,
    )
    return result


def _report(count: int, progress: Progress | None, cancelled: Cancelled | None):
    if cancelled is not None and cancelled():
        raise ReadCancelled()
    if progress is not None:
        progress(count)


# -- anonymising --------------------------------------------------------------------

_FIRST_NAMES = (
    "Sanne Daan Emma Lucas Julia Sem Tess Finn Fleur Bram Lotte Jesse Noor Thijs "
    "Anouk Ruben Sophie Milan Eva Lars Iris Niels Femke Joris Maud Stijn"
).split()
_LAST_NAMES = (
    "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|"
    "Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|"
    "Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|Kok"
).split("|")
_LAST = re.compile(r"last|sur|family|achter", re.IGNORECASE)
_FIRST = re.compile(r"first|given|voor|roep", re.IGNORECASE)
# A typical open amount: larger ones are rare in reminders and look staged.
_TYPICAL_MAXIMUM = Decimal("2500")


def anonymised(
    table: SampleTable, fields: Sequence[Field], row_id_field: str
) -> SampleTable:
    """``table`` with every personal value replaced by a made-up one.

    Names become Dutch names, e-mail addresses and phone numbers fit them,
    amounts and numbers stay within the field's limits. Row ids, dates,
    choices, yes/no values and non-personal fields are kept, and so are empty
    and formula cells (a formula is refused whatever it holds). The same table
    always gives the same result: every row draws from its own row number.
    """
    by_header = {}
    for f in fields:
        header = table.mapping.get(f.name)
        if f.personal and f.name != row_id_field and header is not None:
            if f.kind not in (FieldKind.DATE, FieldKind.CHOICE, FieldKind.BOOLEAN):
                by_header[table.column_of(header)] = f
    rows = []
    for row in table.rows:
        person = _Persona(row.number)
        values = list(row.values)
        for index, f in by_header.items():
            if index not in row.formulas and not is_blank(values[index]):
                values[index] = _other_value(person, f, values[index])
        rows.append(dataclasses.replace(row, values=tuple(values)))
    return dataclasses.replace(table, rows=tuple(rows), anonymised=True)


def _other_value(person: _Persona, f: Field, real: Any) -> str:
    """A made-up value that differs from the real one, which a common name
    such as "de Jong" could otherwise happen to be."""
    made_up = person.value_for(f)
    if made_up.casefold() == str(real).casefold():
        made_up = _Persona(person.number, again=True).value_for(f)
    return made_up


class _Persona:
    """The made-up person of one row, so that name and e-mail address agree."""

    def __init__(self, number: int, again: bool = False):
        # Seeded with text, which Python hashes the same way in every run.
        seed = f"helder-sample-row-{number}{'-again' if again else ''}"
        self.chance = random.Random(seed)
        self.number = number
        self.first = self.chance.choice(_FIRST_NAMES)
        self.last = self.chance.choice(_LAST_NAMES)

    def value_for(self, f: Field) -> str:
        if f.kind is FieldKind.PERSON_NAME:
            return _fit(self._name(f), f)
        if f.kind is FieldKind.MONEY:
            return self._amount(f)
        if f.kind is FieldKind.INTEGER:
            low = int(f.minimum) if f.minimum is not None else 0
            high = int(f.maximum) if f.maximum is not None else max(low, 100)
            return str(self.chance.randint(low, high))
        if f.kind is FieldKind.EMAIL:
            return f"{_ascii(self.first)}.{_ascii(self.last)}@voorbeeld.nl"
        if f.kind is FieldKind.PHONE:
            return f"06 {self.chance.randrange(10**8):08d}"
        if f.kind is FieldKind.URL:
            return f"https://www.voorbeeld.nl/klant/{self.number}"
        return _fit(f"Voorbeeld {self.number}", f)

    def _name(self, f: Field) -> str:
        words = f"{f.name} {f.label}"
        if _LAST.search(words):
            return self.last
        if _FIRST.search(words):
            return self.first
        return f"{self.first} {self.last}"

    def _amount(self, f: Field) -> str:
        precision = currency_precision(f.currency or "EUR")
        step = Decimal(1).scaleb(-precision)
        low = Decimal(f.minimum) if f.minimum is not None else step
        high = Decimal(f.maximum) if f.maximum is not None else _TYPICAL_MAXIMUM
        high = max(low, min(high, _TYPICAL_MAXIMUM))
        units = self.chance.randint(math.ceil(low / step), math.floor(high / step))
        amount = Decimal(units) * step
        # Written as a Dutch cell would be: a decimal comma, no thousands mark.
        return f"{amount:.{precision}f}".replace(".", ",")


def _fit(text: str, f: Field) -> str:
    if f.max_length is not None:
        text = text[: f.max_length]
    if f.min_length is not None and len(text) < f.min_length:
        text = text.ljust(f.min_length, "x")
    return text


def _ascii(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower()) or "klant"


# -- cells as JSON ------------------------------------------------------------------
# A text cell is stored as its text; any other cell as [kind, text] with a third
# item 1 for a formula. Numbers keep their repr, which gives back the same float.


def _encode(cell: Cell) -> Any:
    value, formula = cell
    if value.__class__ is str and not formula:
        return value
    tag, text = _tagged(value)
    return [tag, text, 1] if formula else [tag, text]


def _tagged(value: Any) -> tuple[str, str]:
    if isinstance(value, bool):
        return "b", "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return "i", str(value)
    if isinstance(value, float):
        return "n", repr(value)
    if isinstance(value, dt.datetime):
        return "dt", value.isoformat()
    if isinstance(value, dt.date):
        return "d", value.isoformat()
    if isinstance(value, dt.time):
        return "t", value.isoformat()
    if isinstance(value, dt.timedelta):
        return "td", f"{value.days},{value.seconds},{value.microseconds}"
    if isinstance(value, str):
        return "s", value
    raise TypeError(f"a cell of type {type(value).__name__} cannot be kept")


_DECODERS: dict[str, Callable[[str], Any]] = {
    "s": str,
    "i": int,
    "n": float,
    "b": {"TRUE": True, "FALSE": False}.__getitem__,
    "dt": dt.datetime.fromisoformat,
    "d": dt.date.fromisoformat,
    "t": dt.time.fromisoformat,
    "td": lambda text: dt.timedelta(*(int(part) for part in text.split(","))),
}


def _decode_row(n: int, entry: Any, width: int) -> SampleRow:
    number, stray, cells = entry
    if not isinstance(number, int) or not isinstance(stray, int) or len(cells) != width:
        raise ValueError(f"sample data row {n} is not a row of {width} cells")
    return SampleRow.of(
        number,
        [_decode(n, column, item) for column, item in enumerate(cells, 1)],
        stray,
    )


def _decode(n: int, column: int, item: Any) -> Cell:
    if isinstance(item, str):
        return Cell(item, False)
    try:
        tag, text, *formula = item
        if not isinstance(text, str) or formula not in ([], [1]):
            raise ValueError
        value = _DECODERS[tag](text)
    except (KeyError, TypeError, ValueError):
        raise ValueError(
            f"sample data row {n}, cell {column} is not a cell this studio knows"
        ) from None
    return Cell(value, bool(formula))


def _kind(kind: Any) -> str:
    if kind not in ("xlsx", "csv"):
        raise ValueError(f"sample data kind {kind!r} is unknown")
    return kind
