"""Which column of a sample-row file feeds which field of the template.

Headers are matched to field names (or labels) loosely, because people type them
loosely: ``Amount due``, ``amount_due`` and ``AMOUNT-DUE`` all mean ``amount_due``.
An explicit ``{field_name: header}`` mapping overrides the matching for the fields
it names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from studio.data.quoting import quote
from studio.data.source import DataFileError
from studio.values.fields import Field

_LOOSE = re.compile(r"[\s_\-]+")


@dataclass(frozen=True)
class ColumnMap:
    """The result of matching headers to fields.

    ``columns`` maps a field name to the 0-based index of its header; ``ignored``
    lists the indices of headers no field uses; ``unmapped`` names the optional
    fields without a column, which take their fallback in every row.
    """

    headers: tuple[str, ...]
    columns: dict[str, int]
    ignored: tuple[int, ...]
    unmapped: tuple[str, ...]

    def header_of(self, field_name: str) -> str | None:
        index = self.columns.get(field_name)
        return None if index is None else self.headers[index]

    @property
    def ignored_headers(self) -> list[str]:
        return [self.headers[index] for index in self.ignored]


def loose(name: str) -> str:
    """A header or field name with case, spaces, underscores and dashes ignored."""
    return _LOOSE.sub("", name).casefold()


def map_columns(
    fields: Sequence[Field],
    headers: Sequence[str],
    mapping: Mapping[str, str] | None = None,
) -> ColumnMap:
    """Match ``headers`` to ``fields``; raise :class:`DataFileError` if one is missing.

    The error has no file name; :func:`studio.data.check.check_file` adds it.
    """
    headers = tuple(headers)
    columns = _explicit_columns(fields, headers, mapping or {})
    taken = set(columns.values())
    for field in fields:
        if field.name not in columns:
            index = _matching_header(field, headers, taken)
            if index is not None:
                columns[field.name] = index
                taken.add(index)
    _refuse_missing(fields, headers, columns)
    return ColumnMap(
        headers=headers,
        columns={f.name: columns[f.name] for f in fields if f.name in columns},
        ignored=tuple(i for i in range(len(headers)) if i not in taken),
        unmapped=tuple(f.name for f in fields if f.name not in columns),
    )


def _explicit_columns(
    fields: Sequence[Field], headers: tuple[str, ...], mapping: Mapping[str, str]
) -> dict[str, int]:
    names = [field.name for field in fields]
    columns: dict[str, int] = {}
    for field_name, header in mapping.items():
        if field_name not in names:
            raise DataFileError(
                None,
                f"the column mapping names field {quote(field_name)}, which the "
                f"template does not have; its fields are: {_listed(names)}",
            )
        if header not in headers:
            raise DataFileError(
                None,
                f"the column mapping maps field {quote(field_name)} to header "
                f"{quote(header)}, which the file does not have; headers are: "
                f"{_listed(headers)}",
            )
        columns[field_name] = headers.index(header)
    return columns


def _matching_header(
    field: Field, headers: tuple[str, ...], taken: set[int]
) -> int | None:
    wanted = {loose(field.name)} | ({loose(field.label)} if field.label else set())
    matches = [
        i
        for i, header in enumerate(headers)
        if i not in taken and loose(header) in wanted
    ]
    if len(matches) > 1:
        shown = " and ".join(quote(headers[i]) for i in matches)
        raise DataFileError(
            None,
            f"headers {shown} both match field {quote(field.name)}; rename one of "
            "them or map the field to a header explicitly",
        )
    return matches[0] if matches else None


def _refuse_missing(
    fields: Sequence[Field], headers: tuple[str, ...], columns: dict[str, int]
) -> None:
    missing = [f.name for f in fields if f.required and f.name not in columns]
    if not missing:
        return
    if len(missing) == 1:
        what = f"column for field {quote(missing[0])} is missing"
    else:
        what = f"columns for fields {_listed(missing)} are missing"
    raise DataFileError(None, f"{what}; headers are: {_listed(headers)}")


def _listed(names: Sequence[str]) -> str:
    return ", ".join(quote(name) for name in names) if names else "(none)"
