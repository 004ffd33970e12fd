"""Reading one spreadsheet cell into the typed value of a field.

Cells come from xlsx or csv readers as None, text, numbers, booleans, dates or
datetimes. ``parse_value`` turns one into the value the rest of the studio works with
(``Money``, ``datetime.date``, an E.164 phone string …) or raises ``ValueProblem``
naming the value and the rule; the caller adds the row and column.

Text is stripped and each run of whitespace (tabs and line breaks included) becomes
one space before any rule is applied. Every other control character is refused, and
so is text starting with ``=``: spreadsheets would run it as a formula. Lengths are
counted in Unicode code points.
"""

from __future__ import annotations

import datetime
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

from studio.values.errors import BIDI_CONTROLS, ValueProblem, quote
from studio.values.fields import Field, FieldKind
from studio.values.money import Money, parse_amount, parse_number

__all__ = ["Parsed", "parse_value"]

Cell = None | str | int | float | bool | Decimal | datetime.date | datetime.datetime

_WHITESPACE = re.compile(
    r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
)
_MONTHS = (
    "January February March April May June July August September October November "
    "December"
).split()
_ISO_DATE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
)
_DAY_FIRST_DATE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})")
# Excel's 1900 date system counts 1900-01-01 as day 1 and, copying an old Lotus bug,
# has a 29 February 1900 as day 60; 9999-12-31 is the last day it can hold.
_EXCEL_LEAP_BUG = 60
_EXCEL_LAST_DAY = 2958465
_TRUE_WORDS = frozenset({"ja", "j", "yes", "y", "true", "waar", "1"})
_FALSE_WORDS = frozenset({"nee", "n", "no", "false", "onwaar", "0"})
_BOOLEAN_RULE = "use ja/nee, yes/no, true/false, waar/onwaar, 1/0, j/n or y/n"
_PHONE_TEXT = re.compile(r"\+?[0-9 ().\-]+")
_PHONE_RULE = (
    "a phone number may only contain digits, spaces, dashes, dots, parentheses "
    "and a leading +"
)
# Calling codes of regions whose national numbers start with a trunk 0.
_TRUNK_ZERO_REGIONS = {
    "NL": "31",
    "BE": "32",
    "DE": "49",
    "FR": "33",
    "GB": "44",
    "AT": "43",
    "TR": "90",
}
_LINK_EXAMPLE = "as in https://www.voorbeeld.nl"


@dataclass(frozen=True)
class Parsed:
    """A cell's typed value and what the user should know about how it was read."""

    value: object
    warnings: tuple[str, ...] = ()


def parse_value(field: Field, raw: Cell, *, region: str = "NL") -> Parsed:
    """The typed value of ``raw`` for ``field``; ValueProblem if it cannot be used.

    ``region`` is where national phone numbers (with a leading 0) are from.
    An empty optional cell gives the field's parsed fallback, or None.
    """
    if not _is_empty(raw):
        return parse_present(field, raw, region=region)
    if field.required:
        raise ValueProblem("a value is required")
    if field.fallback is None:
        return Parsed(None)
    try:
        return parse_present(field, field.fallback, region=region)
    except ValueProblem as problem:
        raise ValueProblem(f"the fallback is not valid: {problem.message}") from None


def parse_present(field: Field, raw: Cell, *, region: str = "NL") -> Parsed:
    """Like ``parse_value`` for a cell known not to be empty; also reads fallbacks."""
    if isinstance(raw, str):
        raw = _clean_text(raw)
    # A StrEnum hashes like its text, so a kind given as plain text finds its
    # parser too.
    return _PARSERS[field.kind](field, raw, region)


def _is_empty(raw: Cell) -> bool:
    if raw is None:
        return True
    if not isinstance(raw, str):
        return False
    # isspace() is quick and true for every character of _WHITESPACE, but also for
    # a few control characters, which must not pass for an empty cell.
    return not raw or (raw.isspace() and not _WHITESPACE.sub("", raw))


def _clean_text(raw: str) -> str:
    # Most cells are already clean: printable, single-spaced, no formula.
    if (
        raw.isprintable()
        and "  " not in raw
        and raw[:1] not in " ="
        and raw[-1:] != " "
    ):
        return raw
    text = _WHITESPACE.sub(" ", raw).strip(" ")
    # Control characters are never printable, so most text skips the slow scan.
    for ch in "" if text.isprintable() else text:
        if unicodedata.category(ch) == "Cc":
            raise ValueProblem(
                f"{quote(text)} contains a control character (U+{ord(ch):04X}); "
                f"control characters are not allowed"
            )
    if text.startswith("="):
        raise ValueProblem(
            f"{quote(text)} looks like a formula; formulas are never evaluated"
        )
    return text


def _as_text(raw: Cell) -> str:
    """Text cells as they are, and numbers as the digits a spreadsheet shows."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        raise ValueProblem(f"{quote(raw)} is a yes/no value, not text")
    if isinstance(raw, int | Decimal):
        return str(raw)
    if isinstance(raw, float) and math.isfinite(raw):
        return str(int(raw)) if raw.is_integer() else repr(raw)
    if isinstance(raw, datetime.date):
        raise ValueProblem(f"{quote(raw)} is a date, not text")
    raise ValueProblem(f"{quote(raw)} is not text")


def _characters(count: int) -> str:
    return "1 character" if count == 1 else f"{count} characters"


def _check_length(field: Field, text: str) -> None:
    count = len(text)
    if field.min_length is not None and count < field.min_length:
        raise ValueProblem(
            f"{quote(text)} is {_characters(count)}; "
            f"at least {field.min_length} are needed"
        )
    if field.max_length is not None and count > field.max_length:
        raise ValueProblem(
            f"{quote(text)} is {_characters(count)}; "
            f"at most {field.max_length} are allowed"
        )


def _parse_text(field: Field, raw: Cell, region: str) -> Parsed:
    text = _as_text(raw)
    _check_length(field, text)
    return Parsed(text)


def _parse_person_name(field: Field, raw: Cell, region: str) -> Parsed:
    """A name as text, refusing what could break or disguise it on screen.

    Zero-width joiners and non-joiners stay: Arabic and Persian names need them.
    """
    text = _as_text(raw)
    for ch in text:
        if ch in "<>":
            raise ValueProblem(
                f"{quote(text)} contains '{ch}'; a name cannot contain < or >"
            )
        if ch in BIDI_CONTROLS:
            raise ValueProblem(
                f"{quote(text)} contains an invisible direction control "
                f"(U+{ord(ch):04X}); these can disguise a name and are not allowed"
            )
    if not any(ch.isalpha() for ch in text):
        raise ValueProblem(
            f"{quote(text)} has no letters; a name needs at least one letter"
        )
    _check_length(field, text)
    return Parsed(text)


def _parse_money(field: Field, raw: Cell, region: str) -> Parsed:
    if not field.currency:
        raise ValueProblem(f"field {field.name!r} has no currency")
    amount = parse_amount(raw, field.currency)
    _check_bounds(field, amount, raw, f"{field.currency} ")
    return Parsed(Money.from_exact(amount, field.currency))


def _check_bounds(field: Field, value: Decimal | int, raw: Cell, unit: str) -> None:
    if field.minimum is not None and value < field.minimum:
        raise ValueProblem(
            f"{quote(raw)} is less than the minimum of {unit}{field.minimum}"
        )
    if field.maximum is not None and value > field.maximum:
        raise ValueProblem(
            f"{quote(raw)} is more than the maximum of {unit}{field.maximum}"
        )


def _parse_integer(field: Field, raw: Cell, region: str) -> Parsed:
    if isinstance(raw, bool):
        raise ValueProblem(f"{quote(raw)} is a yes/no value, not a whole number")
    if isinstance(raw, int):
        number = Decimal(raw)
    elif isinstance(raw, float | Decimal) and math.isfinite(raw):
        number = Decimal(repr(raw)) if isinstance(raw, float) else raw
    elif isinstance(raw, str):
        number = parse_number(raw)
    else:
        raise ValueProblem(f"{quote(raw)} is not a whole number")
    if number != number.to_integral_value():
        raise ValueProblem(f"{quote(raw)} is not a whole number")
    _check_bounds(field, number, raw, "")
    return Parsed(int(number))


def _parse_boolean(field: Field, raw: Cell, region: str) -> Parsed:
    if isinstance(raw, bool):
        return Parsed(raw)
    if isinstance(raw, int | float | Decimal) and raw in (0, 1):
        return Parsed(raw == 1)
    if isinstance(raw, str):
        word = raw.casefold()
        if word in _TRUE_WORDS or word in _FALSE_WORDS:
            return Parsed(word in _TRUE_WORDS)
    raise ValueProblem(f"{quote(raw)} is not yes or no; {_BOOLEAN_RULE}")


def _parse_choice(field: Field, raw: Cell, region: str) -> Parsed:
    text = _as_text(raw)
    for choice in field.choices:
        if choice.casefold() == text.casefold():
            return Parsed(choice)
    allowed = ", ".join(quote(choice) for choice in field.choices) or "(none)"
    raise ValueProblem(f"{quote(text)} is not one of the choices: {allowed}")


def _parse_date(field: Field, raw: Cell, region: str) -> Parsed:
    if isinstance(raw, datetime.datetime):
        return Parsed(raw.date(), _time_ignored(raw.time()))
    if isinstance(raw, datetime.date):
        return Parsed(raw)
    if isinstance(raw, bool):
        raise ValueProblem(f"{quote(raw)} is a yes/no value, not a date")
    if isinstance(raw, int | float | Decimal):
        return _date_from_serial(raw)
    if isinstance(raw, str):
        return _date_from_text(raw)
    raise ValueProblem(f"{quote(raw)} is not a date")


def _time_ignored(time: datetime.time) -> tuple[str, ...]:
    if time == datetime.time():
        return ()
    return (f"the time {time:%H:%M} is ignored; only the date is used",)


def _date_from_serial(raw: int | float | Decimal) -> Parsed:
    """A date stored as a count of days, as Excel does when a column lost its format."""
    if not math.isfinite(raw):
        raise ValueProblem(f"{quote(raw)} is not a date")
    days = math.floor(raw)
    if not 1 <= days <= _EXCEL_LAST_DAY:
        raise ValueProblem(f"{quote(raw)} is not a date: it is outside Excel's dates")
    if days == _EXCEL_LEAP_BUG:
        raise ValueProblem(
            f"{quote(raw)} is 29 February 1900 in Excel, a day that never existed"
        )
    start = datetime.date(1899, 12, 31 if days < _EXCEL_LEAP_BUG else 30)
    value = start + datetime.timedelta(days=days)
    shown = days if days == raw else raw
    warnings = [f"the number {shown} was read as an Excel date: {value.isoformat()}"]
    if days != raw:
        warnings.append("the time of day in the number is ignored")
    return Parsed(value, tuple(warnings))


def _date_from_text(text: str) -> Parsed:
    iso = _ISO_DATE.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.group(1, 2, 3))
        hour, minute, second = (int(part or 0) for part in iso.group(4, 5, 6))
        value = _make_date(text, year, month, day, day_first=False)
        if hour > 23 or minute > 59 or second > 59:
            raise ValueProblem(f"{quote(text)} has a time that does not exist")
        return Parsed(value, _time_ignored(datetime.time(hour, minute, second)))
    dmy = _DAY_FIRST_DATE.fullmatch(text)
    if not dmy:
        raise ValueProblem(
            f"{quote(text)} is not a date; write it as day-month-year, "
            f"as in 20-12-2026, or as 2026-12-20"
        )
    day, _, month, year = dmy.groups()
    if len(year) == 2:
        raise ValueProblem(
            f"{quote(text)} has a two-digit year; write the year in full, "
            f"as in 20-12-2026"
        )
    return Parsed(_make_date(text, int(year), int(month), int(day), day_first=True))


def _make_date(
    text: str, year: int, month: int, day: int, *, day_first: bool
) -> datetime.date:
    if not 1 <= month <= 12:
        rule = "dates are read day-first (day-month-year) and " if day_first else ""
        raise ValueProblem(
            f"{quote(text)} is not a date: {rule}there is no month {month}"
        )
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueProblem(
            f"{quote(text)} is not a date: {_MONTHS[month - 1]} {year} has no day {day}"
        ) from None


def _parse_phone(field: Field, raw: Cell, region: str) -> Parsed:
    if isinstance(raw, bool) or not isinstance(raw, str | int | float | Decimal):
        raise ValueProblem(f"{quote(raw)} is not a phone number")
    if isinstance(raw, str):
        international, warnings = _phone_from_text(raw, region)
    else:
        international, warnings = _phone_from_number(raw, region)
    if international.startswith("310"):
        international = "31" + international[3:]
        warnings.append("the 0 after +31 was left out: it is not dialled from abroad")
    _check_phone_digits(raw, international)
    return Parsed(f"+{international}", tuple(warnings))


def _phone_from_text(text: str, region: str) -> tuple[str, list[str]]:
    """The digits after the ``+``, country code first."""
    # "+31 (0)6 …" marks the trunk 0 that callers from abroad leave out.
    cleaned = text.replace("(0)", "")
    if not _PHONE_TEXT.fullmatch(cleaned):
        bad = next(ch for ch in cleaned if not _PHONE_TEXT.fullmatch("1" + ch))
        raise ValueProblem(f"{quote(text)} contains {quote(bad)}; {_PHONE_RULE}")
    digits = re.sub(r"\D", "", cleaned)
    if cleaned.startswith("+"):
        return digits, []
    if digits.startswith("00"):
        return digits[2:], []
    calling_code = _TRUNK_ZERO_REGIONS.get(region.upper())
    if digits.startswith("0") and calling_code:
        return calling_code + digits[1:], []
    raise ValueProblem(
        f"{quote(text)} has no country code; write it as +31 6 12345678 "
        f"or, for a Dutch number, as 06 12345678"
    )


def _phone_from_number(raw: int | float | Decimal, region: str) -> tuple[str, list]:
    """A phone number typed into a number cell, which drops the leading 0."""
    if not math.isfinite(raw) or raw != int(raw) or raw < 0:
        raise ValueProblem(f"{quote(raw)} is not a phone number")
    digits = str(int(raw))
    if region.upper() == "NL" and len(digits) == 9:
        warning = f"read as 0{digits}: the spreadsheet dropped the leading 0"
        return "31" + digits, [warning]
    raise ValueProblem(
        f"{quote(raw)} has no country code; store phone numbers as text, "
        f"as in +31 6 12345678"
    )


def _check_phone_digits(raw: Cell, international: str) -> None:
    count = len(international)
    if international.startswith("0"):
        raise ValueProblem(f"{quote(raw)} has a country code starting with 0")
    if not 8 <= count <= 15:
        raise ValueProblem(
            f"{quote(raw)} has {count} digits with its country code; "
            f"a phone number has 8 to 15"
        )
    if international.startswith("31") and count != 11:
        raise ValueProblem(
            f"{quote(raw)} is not a Dutch phone number: those have 10 digits "
            f"starting with 0, as in 06 12345678"
        )


def _parse_email(field: Field, raw: Cell, region: str) -> Parsed:
    text = _as_text(raw)
    if " " in text:
        raise ValueProblem(f"{quote(text)} contains a space; email addresses have none")
    if len(text) > 254:
        raise ValueProblem(
            f"{quote(text)} is {len(text)} characters; an email address has at most 254"
        )
    if text.count("@") != 1:
        raise ValueProblem(f"{quote(text)} must contain exactly one @")
    local, domain = text.split("@")
    labels = domain.split(".")
    if not local:
        raise ValueProblem(f"{quote(text)} has nothing before the @")
    if len(labels) < 2 or not all(labels) or len(labels[-1]) < 2:
        raise ValueProblem(
            f"{quote(text)} needs a dotted domain after the @, as in naam@voorbeeld.nl"
        )
    return Parsed(f"{local}@{domain.lower()}")


def _parse_url(field: Field, raw: Cell, region: str) -> Parsed:
    text = _as_text(raw)
    if " " in text:
        raise ValueProblem(f"{quote(text)} contains a space; links have none")
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        raise ValueProblem(f"{quote(text)} is not a valid link") from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http"):
        raise ValueProblem(
            f"{quote(text)} is not allowed: links must start with https://, "
            f"{_LINK_EXAMPLE}"
        )
    if not host or not text[len(scheme) :].startswith("://"):
        raise ValueProblem(
            f"{quote(text)} has no host; write the link in full, {_LINK_EXAMPLE}"
        )
    if "@" in parts.netloc:
        raise ValueProblem(
            f"{quote(text)} has a user name before the host, which can disguise "
            f"where a link leads; links may not contain one"
        )
    if scheme == "http":
        return Parsed(text, (f"{quote(text)} is not encrypted; prefer https://",))
    return Parsed(text)


_PARSERS: dict[FieldKind, Callable[[Field, Cell, str], Parsed]] = {
    FieldKind.TEXT: _parse_text,
    FieldKind.PERSON_NAME: _parse_person_name,
    FieldKind.MONEY: _parse_money,
    FieldKind.DATE: _parse_date,
    FieldKind.INTEGER: _parse_integer,
    FieldKind.CHOICE: _parse_choice,
    FieldKind.BOOLEAN: _parse_boolean,
    FieldKind.PHONE: _parse_phone,
    FieldKind.EMAIL: _parse_email,
    FieldKind.URL: _parse_url,
}
