"""The verdict on every sample row: usable, usable with warnings, or not usable.

A bad row never stops the good ones: every row gets its own verdict, and only a
file that cannot be read at all raises :class:`DataFileError`.

Formulas are refused, never evaluated: a workbook caches whatever the formula
last computed on someone's machine, so the cached amount may be stale, and a
formula in a sample row is how spreadsheet injection travels (``=HYPERLINK(...)``
that runs when a colleague opens an export). Text that begins with ``=`` is
refused with the same message wherever it comes from: in a CSV file Excel would
evaluate it, and in a workbook it becomes a formula as soon as the rows are saved
as CSV.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import NoneType
from typing import Any

from studio.data.columns import ColumnMap, map_columns
from studio.data.quoting import cell_text, one_line, quote
from studio.data.source import Cell, DataFileError, Limits, SourceRow, Table, is_blank
from studio.data.tables import open_table
from studio.problems import Level
from studio.values.errors import ValueProblem
from studio.values.fields import Field
from studio.values.parsing import Parsed, parse_value

__all__ = [
    "ColumnMap",
    "DataCheck",
    "RowMessage",
    "RowVerdict",
    "check_file",
    "check_rows",
    "check_table",
    "is_empty_row",
    "load_rows",
    "map_columns",
    "usable_rows",
]

logger = logging.getLogger(__name__)

MEMO_SIZE = 4096
BATCH_ROWS = 2048  # rows checked together, column by column
FORMULA_RULE = "is a formula; formulas are never evaluated or trusted"


@dataclass(frozen=True, slots=True)
class RowMessage:
    """One problem with one cell (or, without a column, with the whole row)."""

    level: Level
    row: int
    column_label: str | None
    header: str | None
    field: str | None
    value_text: str | None
    text: str

    def __str__(self) -> str:
        where = f"row {self.row}"
        if self.column_label is not None:
            where += f", column {self.column_label}"
        if self.field is not None:
            where += f" ({self.field})"
        return one_line(f"{where}: {self.text}")


@dataclass(slots=True)
class RowVerdict:
    """What became of one sample row.

    ``values`` holds the parsed value of every field that could be read; a field
    whose cell was refused is absent. ``row_id`` is the text of the row-id field.
    """

    row: int
    row_id: str | None
    values: dict[str, Any]
    messages: list[RowMessage] = field(default_factory=list)

    @property
    def status(self) -> str:
        levels = {message.level for message in self.messages}
        if Level.ERROR in levels:
            return "errors"
        return "warnings" if levels else "ok"

    @property
    def usable(self) -> bool:
        return self.status != "errors"


@dataclass
class DataCheck:
    """The verdicts on a whole file, and what became of its columns."""

    path: str
    kind: str
    columns: ColumnMap
    verdicts: list[RowVerdict]
    seconds: float = 0.0

    @property
    def ignored_columns(self) -> list[str]:
        return self.columns.ignored_headers

    @property
    def counts(self) -> dict[str, int]:
        counts = {"ok": 0, "warnings": 0, "errors": 0}
        for verdict in self.verdicts:
            counts[verdict.status] += 1
        return counts

    @property
    def exit_code(self) -> int:
        """0 when every row is usable, 1 when any row has an error."""
        return 1 if any(not verdict.usable for verdict in self.verdicts) else 0

    def messages(self) -> Iterator[RowMessage]:
        for verdict in self.verdicts:
            yield from verdict.messages


def check_rows(
    fields: Sequence[Field],
    table: Table,
    *,
    row_id_field: str,
    mapping: Mapping[str, str] | None = None,
    region: str = "NL",
) -> Iterator[RowVerdict]:
    """Judge every non-empty row of ``table``, in file order.

    The columns are matched before the first row is read, so a missing column
    raises :class:`DataFileError` here and not halfway through the rows.
    """
    checker = _RowChecker(fields, table, mapping, row_id_field, region)
    return checker.verdicts(table.rows())


def check_file(
    fields: Sequence[Field],
    path: str | os.PathLike[str],
    *,
    row_id_field: str,
    mapping: Mapping[str, str] | None = None,
    region: str = "NL",
    sheet: str | None = None,
    limits: Limits | None = None,
) -> DataCheck:
    """Open ``path``, match its columns and judge every row."""
    started = time.perf_counter()
    with _cyclic_gc_paused(), open_table(path, sheet, limits=limits) as table:
        result = check_table(
            fields, table, row_id_field=row_id_field, mapping=mapping, region=region
        )
    result.path = str(path)
    result.seconds = time.perf_counter() - started
    counts = result.counts
    logger.info(
        "checked %s: %d rows (%d ok, %d with warnings, %d with errors) in %.2f s",
        path,
        len(result.verdicts),
        counts["ok"],
        counts["warnings"],
        counts["errors"],
        result.seconds,
    )
    return result


def check_table(
    fields: Sequence[Field],
    table: Table,
    *,
    row_id_field: str,
    mapping: Mapping[str, str] | None = None,
    region: str = "NL",
) -> DataCheck:
    """Judge every row of an opened ``table``: a file, or rows kept in memory.

    ``DataCheck.path`` is the table's ``path``. Logs nothing: rows may come from
    anywhere, and the caller knows what to call them.
    """
    started = time.perf_counter()
    with _cyclic_gc_paused():
        checker = _RowChecker(fields, table, mapping, row_id_field, region)
        verdicts = list(checker.verdicts(table.rows()))
    result = DataCheck(str(table.path), table.kind, checker.columns, verdicts)
    result.seconds = time.perf_counter() - started
    return result


def usable_rows(check: DataCheck) -> dict[str, dict[str, Any]]:
    """The parsed values of every usable row of ``check``, by row id, in order."""
    return {v.row_id: v.values for v in check.verdicts if v.usable and v.row_id}


def load_rows(
    fields: Sequence[Field],
    path: str | os.PathLike[str],
    *,
    row_id_field: str,
    mapping: Mapping[str, str] | None = None,
    region: str = "NL",
    sheet: str | None = None,
) -> dict[str, dict[str, Any]]:
    """The parsed values of every usable row, by row id, in file order."""
    result = check_file(
        fields,
        path,
        row_id_field=row_id_field,
        mapping=mapping,
        region=region,
        sheet=sheet,
    )
    return usable_rows(result)


class _RowChecker:
    """Turns source rows into verdicts; remembers the row ids seen so far."""

    def __init__(self, fields, table: Table, mapping, row_id_field: str, region: str):
        try:
            columns = map_columns(fields, table.headers, mapping)
        except DataFileError as error:
            raise DataFileError(table.path, error.what) from error
        by_name = {field.name: field for field in fields}
        if not by_name[row_id_field].required:
            raise ValueError(f"the row-id field {row_id_field!r} must be required")
        if row_id_field not in columns.columns:
            raise DataFileError(
                table.path, f"the row-id field {quote(row_id_field)} has no column"
            )
        self.columns = columns
        self.row_id_field = by_name[row_id_field]
        self.region = region
        self.real_formulas = table.kind == "xlsx"
        self.stray_level = Level.WARNING if table.kind == "xlsx" else Level.ERROR
        self.plan = [
            (by_name[name], index, table.column_label(index), table.headers[index])
            for name, index in columns.columns.items()
        ]
        self.defaults = _fallbacks([by_name[name] for name in columns.unmapped], region)
        self.first_seen: dict[str, int] = {}
        self.memos: dict[str, dict[tuple[type, Any], Parsed | ValueProblem]] = {}

    def verdicts(self, rows: Iterator[SourceRow]) -> Iterator[RowVerdict]:
        batch: list[SourceRow] = []
        for source in rows:
            if not is_empty_row(source):
                batch.append(source)
            if len(batch) == BATCH_ROWS:
                yield from self._judge(batch)
                batch = []
        if batch:
            yield from self._judge(batch)

    def _judge(self, sources: list[SourceRow]) -> list[RowVerdict]:
        """Verdicts for a batch of rows, checked a column at a time.

        Going down one column with its field and memo at hand costs far less per
        cell than going along each row; the messages of a row still come out in
        column order, because the columns are visited in that order.
        """
        defaults = self.defaults
        verdicts = [RowVerdict(s.number, None, dict(defaults)) for s in sources]
        for field_, index, label, header in self.plan:
            self._check_column(verdicts, sources, field_, index, (label, header))
        for verdict, source in zip(verdicts, sources, strict=True):
            if source.stray_cells:
                verdict.messages.append(self._stray_message(source))
            self._check_row_id(verdict)
        return verdicts

    def _check_column(self, verdicts, sources, field_: Field, index: int, where):
        # The innermost loop of a check: every cell of a column passes here, so
        # it works on locals and asks the parser only for values not seen yet.
        name = field_.name
        memo = self.memos.setdefault(name, {})
        for verdict, source in zip(verdicts, sources, strict=True):
            value, formula = source.cells[index]
            kind = value.__class__
            if kind is str:
                # ``in`` scans in C; only text holding "=" pays for the full test.
                if formula or ("=" in value and _looks_like_formula(value)):
                    self._refuse_formula(verdict, source.cells[index], field_, where)
                    continue
                if not value:
                    value, kind = None, NoneType
            elif formula:
                self._refuse_formula(verdict, source.cells[index], field_, where)
                continue
            elif kind is not float and kind is not int:
                value = _raw(value)
                kind = value.__class__
            outcome = memo.get((kind, value))
            if outcome is None:
                outcome = self._parse(field_, value, memo)
            if outcome.__class__ is Parsed:
                verdict.values[name] = outcome.value
                for warning in outcome.warnings:
                    shown = cell_text(value)
                    self._add(verdict, Level.WARNING, field_, where, shown, warning)
            else:
                shown = cell_text(source.cells[index].value)
                self._add(verdict, Level.ERROR, field_, where, shown, outcome.message)

    def _refuse_formula(self, verdict: RowVerdict, cell: Cell, field_: Field, where):
        cached = cell.formula and self.real_formulas
        shown = None if cached else cell_text(cell.value)
        subject = "the cell" if cached else quote(cell.value)
        text = f"{subject} {FORMULA_RULE}"
        self._add(verdict, Level.ERROR, field_, where, shown, text)

    def _parse(self, field_: Field, raw: Any, memo: dict) -> Parsed | ValueProblem:
        """Parse a value not in the field's memo, and remember the outcome.

        Languages, dates and many names repeat from row to row, and parsing is
        most of the time a check takes; the memo stops growing when full, so
        columns of unique values cost one failed lookup a cell.
        """
        try:
            outcome: Parsed | ValueProblem = parse_value(
                field_, raw, region=self.region
            )
        except ValueProblem as problem:
            outcome = problem
        if len(memo) < MEMO_SIZE:
            memo[(raw.__class__, raw)] = outcome
        return outcome

    def _add(self, verdict, level, field_, where, shown, text) -> None:
        label, header = where
        verdict.messages.append(
            RowMessage(level, verdict.row, label, header, field_.name, shown, text)
        )

    def _check_row_id(self, verdict: RowVerdict) -> None:
        name = self.row_id_field.name
        if name not in verdict.values or verdict.values[name] is None:
            return
        row_id = verdict.row_id = cell_text(verdict.values[name])
        first = self.first_seen.get(row_id)
        if first is None:
            self.first_seen[row_id] = verdict.row
            return
        index = self.columns.columns[name]
        where = (self._label(index), self.columns.headers[index])
        text = f"{quote(row_id)} is already the {name} of row {first}"
        self._add(verdict, Level.ERROR, self.row_id_field, where, row_id, text)

    def _label(self, index: int) -> str:
        for _field, column, label, _header in self.plan:
            if column == index:
                return label
        return str(index + 1)

    def _stray_message(self, source: SourceRow) -> RowMessage:
        count = source.stray_cells
        values = "a value" if count == 1 else f"{count} values"
        if self.stray_level is Level.ERROR:
            text = (
                f"has {values} more than the header has columns; a value with an "
                "unquoted delimiter shifts the columns, so put quotes around it"
            )
        else:
            text = f"has {values} right of the last named column; they are ignored"
        return RowMessage(self.stray_level, source.number, None, None, None, None, text)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Hold off Python's cycle collector while a file is checked.

    A large file creates millions of small objects that all stay alive until the
    end, and the collector would walk them again and again (a third of the time
    of a 100,000-row check); none of them form cycles, so reference counting
    alone frees them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _fallbacks(fields: list[Field], region: str) -> dict[str, Any]:
    """The values of optional fields without a column, parsed once for all rows."""
    values = {}
    for field_ in fields:
        try:
            values[field_.name] = parse_value(field_, None, region=region).value
        except ValueProblem as problem:
            raise ValueError(
                f"field {field_.name!r} has no column and no usable fallback: "
                f"{problem.message}"
            ) from problem
    return values


def is_empty_row(source: SourceRow) -> bool:
    """True for a row that gets no verdict: nothing in it, and nothing beside it."""
    return not source.stray_cells and all(_empty(cell) for cell in source.cells)


def _empty(cell: Cell) -> bool:
    return not cell.formula and is_blank(cell.value)


def _looks_like_formula(value: Any) -> bool:
    return value.__class__ is str and value.lstrip().startswith("=")


def _raw(value: Any) -> Any:
    """The cell value in a type the value checks accept."""
    if value == "":
        return None
    if isinstance(value, dt.time | dt.timedelta):
        return cell_text(value)
    return value
