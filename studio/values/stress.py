"""Stress rows: synthetic sample rows at the edges of what the fields allow.

A designer previews a template with a few real-looking rows, and those rarely hold
the longest name a field accepts or the largest amount. Stress rows are made from
the field definitions alone, so they follow every change of a limit: the longest
names and texts, the largest and the smallest amounts, every optional field empty,
and a name in Arabic script. Each value is written as a spreadsheet cell could
hold it and then read by the same parser as a real cell, so a stress row is exactly
what ``load_rows`` would give for it and breaks no rule a real row must keep.

Every value is made up; none belongs to a person.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import Enum

from studio.problems import InvalidError, Problem
from studio.values.errors import ValueProblem
from studio.values.fields import Field, FieldKind
from studio.values.formatting import format_value
from studio.values.money import Money, currency_precision
from studio.values.parsing import Cell, parse_value

__all__ = [
    "ARABIC_NAME",
    "LARGEST_AMOUNT",
    "LONGEST",
    "OPTIONAL_EMPTY",
    "SMALLEST_AMOUNT",
    "StressRow",
    "stress_rows",
]

LONGEST = "stress:longest"
LARGEST_AMOUNT = "stress:largest-amount"
SMALLEST_AMOUNT = "stress:smallest-amount"
OPTIONAL_EMPTY = "stress:optional-empty"
ARABIC_NAME = "stress:arabic-name"

# Used where a field sets no limit of its own.
LARGEST_AMOUNT_WITHOUT_MAXIMUM = Decimal("9999999.99")
LARGEST_INTEGER_WITHOUT_MAXIMUM = 999_999
LONG_TEXT_LENGTH = 60
LONG_LINK_LENGTH = 80
FAR_YEAR = 2099

_LONG_FIRST_NAME = "Johanna Wilhelmina Theodora Maria-Christina"
_LONG_SURNAME = "Van den Bergh-Oudshoorn-Wijnaldum"
# Parts that a name at its length limit is built from, cut where the limit falls.
_FIRST_NAME_PARTS = (
    "Johanna Wilhelmina Theodora Maria-Christina Alexandra Henriëtte Frederika "
    "Geertruida Cornelia Margaretha Elisabeth Catharina"
).split()
_SURNAME_PARTS = (
    "Van den Bergh",
    "Oudshoorn",
    "Wijnaldum",
    "Van der Steenhoven",
    "Tjallingii",
    "Zuidervaart",
    "Haverkamp",
    "Ouwerkerk",
)
_ARABIC_FIRST_NAME = "عبد الرحمن"
_ARABIC_SURNAME = "الحسيني"
_ARABIC_PARTS = ("عبد الرحمن", "الحسيني", "محمد", "نور", "الهدى", "العلوي")
_SHORT_FIRST_NAME = "Anna"
_SHORT_SURNAME = "de Boer"
_SHORT_TEXT = "TEST-0001"
# Wide capitals and digits: a code at its length limit takes the most room.
_CODE_PARTS = ("MW", "8888")
_EMAIL_DOMAIN = "example.com"  # reserved for examples (RFC 2606)
_EMAIL_PARTS = ("johanna", "wilhelmina", "vandenbergh", "oudshoorn")
_LINK = "https://www.example.com/betalen"
_LINK_PARTS = ("betalingsregeling", "overzicht", "termijnen")
_PHONE = "+31 6 12345678"  # the form Dutch examples use, not a subscriber's
_TYPICAL_AMOUNT = Decimal("2345.67")
_FIRST_NAME_WORDS = ("first", "given", "voornaam", "roepnaam")
_SURNAME_WORDS = ("last", "family", "surname", "achternaam", "familienaam")


class _Case(Enum):
    LONGEST = "longest"
    LARGEST = "largest"
    SMALLEST = "smallest"
    EMPTY = "empty"
    ARABIC = "arabic"


# (id, what the row shows, how its values are chosen), in the order they are listed.
_ROWS = (
    (LONGEST, "Every text at the longest its field allows", _Case.LONGEST),
    (LARGEST_AMOUNT, "Every amount at the largest its field allows", _Case.LARGEST),
    (
        SMALLEST_AMOUNT,
        "Every amount at the smallest its field allows",
        _Case.SMALLEST,
    ),
    (
        OPTIONAL_EMPTY,
        "Every optional field left empty, so the fallbacks show",
        _Case.EMPTY,
    ),
    (ARABIC_NAME, "A name in Arabic script, written right to left", _Case.ARABIC),
)


@dataclass(frozen=True)
class StressRow:
    """One synthetic sample row.

    ``cells`` holds each field's value as a spreadsheet reader hands it on (text,
    a ``Decimal`` amount, a ``date``, or None for an empty cell); ``values`` holds
    what the field's parser made of it, in the form ``load_rows`` gives real rows.
    ``description`` is plain English for a person choosing a row to preview.
    """

    id: str
    description: str
    cells: dict[str, Cell]
    values: dict[str, object]

    def shown(self, fields: Sequence[Field], language: str) -> dict[str, str]:
        """Each field's value as the viewer reads it in ``language``."""
        return {f.name: format_value(f, self.values[f.name], language) for f in fields}


def stress_rows(
    fields: Sequence[Field],
    languages: Sequence[str],
    *,
    region: str = "NL",
    row_id_field: str | None = None,
) -> dict[str, StressRow]:
    """The stress rows for ``fields``, by id, in a fixed order.

    ``languages`` are the template's: where a field's longest value depends on how
    it is written (a month name, yes or no), the longest in any of them is taken.
    ``region`` reads phone numbers as for real rows. The ``row_id_field`` gets a
    different value in each row. InvalidError names every field for which no value
    meets the field's own rules (a limit that no text can meet, say).
    """
    maker = _CellMaker(tuple(languages), row_id_field)
    rows: dict[str, StressRow] = {}
    problems: list[Problem] = []
    for number, (row_id, description, case) in enumerate(_ROWS, start=1):
        cells: dict[str, Cell] = {}
        values: dict[str, object] = {}
        for field in fields:
            try:
                cells[field.name] = maker.cell(field, case, number)
                parsed = parse_value(field, cells[field.name], region=region)
            except ValueProblem as problem:
                where = f"stress row {row_id} > field {field.name!r}"
                problems.append(Problem(where, problem.message))
                continue
            values[field.name] = parsed.value
        rows[row_id] = StressRow(row_id, description, cells, values)
    if problems:
        raise InvalidError(problems)
    return rows


class _CellMaker:
    """Chooses the cell of one field for one kind of stress row."""

    def __init__(self, languages: tuple[str, ...], row_id_field: str | None):
        self.languages = languages
        self.row_id_field = row_id_field

    def cell(self, field: Field, case: _Case, number: int) -> Cell:
        if case is _Case.EMPTY and not field.required:
            return None
        longest = case is _Case.LONGEST
        kind = FieldKind(field.kind)
        if kind is FieldKind.TEXT:
            seed = f"STRESS-{number}" if field.name == self.row_id_field else None
            return _text(field, longest, seed or _SHORT_TEXT)
        if kind is FieldKind.PERSON_NAME:
            return _name(field, case)
        if kind is FieldKind.MONEY:
            return self._amount(field, case)
        if kind is FieldKind.DATE:
            return self._longest_of(field, _far_dates())
        if kind is FieldKind.INTEGER:
            return _largest_integer(field)
        if kind is FieldKind.CHOICE:
            # No choices at all is a broken definition; the parser names it.
            choices = field.choices or ("",)
            return self._longest_of(field, choices) if longest else choices[0]
        if kind is FieldKind.BOOLEAN:
            return self._longest_of(field, (True, False)) if longest else True
        if kind is FieldKind.PHONE:
            return _PHONE
        if kind is FieldKind.EMAIL:
            return _email(field, longest)
        return _link(field, longest)

    def _amount(self, field: Field, case: _Case) -> Decimal:
        smallest, largest = _amount_bounds(field)
        if case is _Case.LARGEST:
            return largest
        if case is _Case.SMALLEST:
            return smallest
        if case is _Case.LONGEST:
            # A negative minimum can be written longer than the maximum.
            return self._longest_of(field, (largest, smallest))
        typical = _TYPICAL_AMOUNT.quantize(_unit(field), ROUND_FLOOR)
        return min(max(typical, smallest), largest)

    def _longest_of(self, field: Field, candidates):
        """The candidate that takes the most characters on screen in any language."""

        def shown(candidate) -> int:
            value = candidate
            if FieldKind(field.kind) is FieldKind.MONEY:
                value = Money(candidate, field.currency)
            return max(len(format_value(field, value, lang)) for lang in self.languages)

        # max() keeps the first of equals, so the order of candidates breaks ties.
        return max(candidates, key=shown)


def _fill(parts: Sequence[str], glue: str, length: int, *, start: str = "") -> str:
    """Exactly ``length`` characters of ``start`` and ``parts`` in turn.

    The text never ends in a separator: the parser strips spaces at the ends, and
    a name ending in a hyphen looks like a mistake rather than a long name.
    """
    text = start
    for part in itertools.cycle(parts):
        if len(text) >= length:
            break
        text = f"{text}{glue}{part}" if text else part
    text = text[:length]
    if text and not text[-1].isalnum():
        text = text[:-1] + _last_letter(parts)
    return text


def _last_letter(parts: Sequence[str]) -> str:
    return next(ch for ch in reversed(parts[0]) if ch.isalnum())


def _sized(field: Field, short: str, longest: bool, filler: Callable) -> str:
    """``short``, or the fill at the length the field's limits ask for."""
    low, high = field.min_length or 0, field.max_length
    if longest and high is not None:
        return filler(high)
    if high is not None and len(short) > high:
        return filler(high)
    if len(short) < low:
        return filler(low)
    return short


def _text(field: Field, longest: bool, seed: str) -> str:
    def filler(length: int) -> str:
        return _fill(_CODE_PARTS, "-", length, start=seed)

    short = filler(LONG_TEXT_LENGTH) if longest else seed
    return _sized(field, short, longest, filler)


def _name(field: Field, case: _Case) -> str:
    part = _name_part(field)
    if case is _Case.ARABIC:
        short = {
            "first": _ARABIC_FIRST_NAME,
            "surname": _ARABIC_SURNAME,
        }.get(part, f"{_ARABIC_FIRST_NAME} {_ARABIC_SURNAME}")
        return _sized(field, short, False, lambda n: _fill(_ARABIC_PARTS, " ", n))
    longest = case is _Case.LONGEST
    if part == "first":
        short = _LONG_FIRST_NAME if longest else _SHORT_FIRST_NAME
        return _sized(field, short, longest, lambda n: _fill(_FIRST_NAME_PARTS, " ", n))
    # A surname grows by more barrels; a whole name is first names and a surname.
    start = _LONG_SURNAME
    short = _LONG_SURNAME if longest else _SHORT_SURNAME
    if part == "whole":
        start = short = f"{_LONG_FIRST_NAME} {_LONG_SURNAME}"
        if not longest:
            short = f"{_SHORT_FIRST_NAME} {_SHORT_SURNAME}"
    more = _SURNAME_PARTS[3:]
    return _sized(field, short, longest, lambda n: _fill(more, "-", n, start=start))


def _name_part(field: Field) -> str:
    """Whether a name field holds first names, a surname or a whole name."""
    words = f"{field.name} {field.label}".casefold().replace("_", " ").split()
    if any(word in _FIRST_NAME_WORDS for word in words):
        return "first"
    if any(word in _SURNAME_WORDS for word in words):
        return "surname"
    return "whole"


def _amount_bounds(field: Field) -> tuple[Decimal, Decimal]:
    """The smallest and largest amount the field takes, in whole minor units."""
    unit = _unit(field)
    smallest = unit if field.minimum is None else Decimal(field.minimum)
    largest = (
        LARGEST_AMOUNT_WITHOUT_MAXIMUM.quantize(unit, ROUND_FLOOR)
        if field.maximum is None
        else Decimal(field.maximum)
    )
    # A bound finer than the currency's cents is met by the nearest amount inside.
    smallest = smallest.quantize(unit, ROUND_CEILING)
    largest = largest.quantize(unit, ROUND_FLOOR)
    if field.maximum is None:
        largest = max(largest, smallest)
    if field.minimum is None:
        smallest = min(smallest, largest)
    return smallest, largest


def _unit(field: Field) -> Decimal:
    """One minor unit of the field's currency: 0.01 for EUR, 1 for JPY."""
    return Decimal(1).scaleb(-currency_precision(field.currency or ""))


def _largest_integer(field: Field) -> int:
    if field.maximum is not None:
        return int(field.maximum)
    return max(LARGEST_INTEGER_WITHOUT_MAXIMUM, int(field.minimum or 0))


def _far_dates() -> list[datetime.date]:
    """The last two-digit day of every month of a year far ahead."""
    return [
        datetime.date(FAR_YEAR, month, 28 if month == 2 else 30)
        for month in range(1, 13)
    ]


def _email(field: Field, longest: bool) -> str:
    domain = f"@{_EMAIL_DOMAIN}"

    def filler(length: int) -> str:
        return _fill(_EMAIL_PARTS, ".", max(1, length - len(domain))) + domain

    short = filler(LONG_TEXT_LENGTH) if longest else f"test{domain}"
    return _sized(field, short, longest, filler)


def _link(field: Field, longest: bool) -> str:
    def filler(length: int) -> str:
        return _fill(_LINK_PARTS, "/", length, start=f"{_LINK}/")

    short = filler(LONG_LINK_LENGTH) if longest else _LINK
    return _sized(field, short, longest, filler)
