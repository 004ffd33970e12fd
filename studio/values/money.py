"""Amounts of money: a ``Decimal`` and a currency, never a float.

Amounts arrive from spreadsheets as text typed by people used to Dutch notation
(``1.234,56``), as English notation (``1,234.56``), or as numbers. ``parse_amount``
reads all of them, but refuses any text that a person could have meant in two ways:
``1.234`` is one thousand two hundred and thirty-four to a Dutch reader and one point
two three four to an English one, and a wrong guess sends a debtor the wrong amount.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import get_currency_precision, get_currency_symbol, is_currency

from studio.values.errors import ValueProblem, quote

__all__ = [
    "Money",
    "ValueProblem",
    "check_currency",
    "currency_precision",
    "parse_amount",
    "parse_number",
]

_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_SPACES = re.compile(r"[ \u00a0\u2007\u2009\u202f]+")
_NUMBER = re.compile(r"[0-9](?:[0-9., ]*[0-9])?")
_MINUS = ("-", "\u2212")
# Anything that is neither part of a number nor a sign: a currency sign or code.
_LEADING_WORD = re.compile(r"([^\d\s.,()+\-\u2212]+)\s*(.*)")
_TRAILING_WORD = re.compile(r"(.*?)\s*([^\d\s.,()+\-\u2212]+)")
# Symbols are looked up in these locales: the ones whose spelling of a currency
# sign people in the Netherlands are likely to type (``$`` and ``US$`` alike).
_SYMBOL_LOCALES = ("en", "en_US", "nl_NL")


# Wide enough for any amount a spreadsheet can hold, so that no step rounds.
_EXACT = Context(prec=60)


@lru_cache(maxsize=64)
def _known_currency(code: str) -> bool:
    # Babel rebuilds its list of currencies on every question; a large file asks
    # once a cell.
    return bool(_CURRENCY_CODE.fullmatch(code)) and is_currency(code)


def check_currency(code: object) -> str:
    """``code`` if it is an ISO 4217 code that Babel knows, else ValueProblem."""
    if not isinstance(code, str) or not _known_currency(code):
        raise ValueProblem(
            f"{quote(code)} is not a currency code; use a 3-letter code such as EUR"
        )
    return code


def currency_precision(currency: str) -> int:
    """Number of decimals (minor-unit digits) of ``currency``: 2 for EUR, 0 for JPY."""
    return _precision(check_currency(currency))


@lru_cache(maxsize=64)
def _precision(currency: str) -> int:
    return get_currency_precision(currency)


@dataclass(frozen=True)
class Money:
    """An exact amount in one currency.

    The amount always carries exactly the currency's number of decimals, so
    ``Money(Decimal("12.5"), "EUR").amount`` is ``Decimal("12.50")``.
    """

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.amount, float):
            raise TypeError("Money takes a Decimal amount, never a float")
        if isinstance(self.amount, bool) or not isinstance(self.amount, Decimal | int):
            kind = type(self.amount).__name__
            raise TypeError(f"Money takes a Decimal amount, not {kind}")
        precision = currency_precision(self.currency)
        amount = _exact(Decimal(self.amount), precision, self.currency, self.amount)
        object.__setattr__(self, "amount", amount)

    @property
    def cents(self) -> int:
        """The amount in minor units (cents for EUR; whole yen for JPY)."""
        return int(self.amount.scaleb(currency_precision(self.currency), _EXACT))

    @classmethod
    def from_exact(cls, amount: Decimal, currency: str) -> Money:
        """Money from an amount that ``parse_amount`` returned for ``currency``.

        Skips checking the amount again, which a large file would otherwise pay
        for in every cell; anything else goes through the constructor.
        """
        money = object.__new__(cls)
        object.__setattr__(money, "amount", amount)
        object.__setattr__(money, "currency", currency)
        return money

    @classmethod
    def from_cents(cls, cents: int, currency: str) -> Money:
        if isinstance(cents, bool) or not isinstance(cents, int):
            raise TypeError(f"cents must be an int, not {type(cents).__name__}")
        return cls(Decimal(cents).scaleb(-currency_precision(currency)), currency)

    def __str__(self) -> str:
        return f"{self.currency} {self.amount}"


# Plain digits with at most two decimals after one separator read the same under
# every rule of the long way; most cells look like this.
_PLAIN_AMOUNT = re.compile(r"([0-9]{1,15})(?:[.,]([0-9]{1,2}))?")
_QUANTUM = {digits: Decimal(1).scaleb(-digits) for digits in range(0, 5)}


def _decimals_rule(currency: str, precision: int) -> str:
    if precision == 0:
        return f"{currency} has no decimals"
    return f"{currency} allows at most {precision} decimals"


def _exact(value: Decimal, precision: int, currency: str, raw: object) -> Decimal:
    """``value`` with exactly ``precision`` decimals, refusing any rounding."""
    if not value.is_finite():
        raise ValueProblem(f"{quote(raw)} is not a number")
    try:
        exact = value.quantize(_QUANTUM[precision], context=_EXACT)
    except InvalidOperation:
        raise ValueProblem(f"{quote(raw)} is too large for an amount") from None
    if exact != value:
        rule = _decimals_rule(currency, precision)
        raise ValueProblem(f"{quote(raw)} has too many decimals: {rule}")
    # Keeps "-0,00" from showing up as a negative zero in a video.
    return exact if exact else abs(exact)


def parse_amount(raw: object, currency: str) -> Decimal:
    """The amount in a spreadsheet cell, exactly, with the currency's decimals.

    ``raw`` may be text, int, Decimal or float; a float is read through its shortest
    ``repr`` (``12.3`` is ``Decimal("12.3")``, not the binary fraction behind it).
    Negative amounts are returned as negative; bounds are the field's business.
    """
    precision = currency_precision(currency)
    if raw.__class__ is str:
        plain = _PLAIN_AMOUNT.fullmatch(raw)
        if plain and len(plain.group(2) or "") <= precision:
            whole, fraction = (
                plain.group(1),
                (plain.group(2) or "").ljust(precision, "0"),
            )
            return Decimal(f"{whole}.{fraction}" if precision else whole)
    if isinstance(raw, bool):
        raise ValueProblem(f"{quote(raw)} is a yes/no value, not an amount")
    if isinstance(raw, str):
        value = _amount_from_text(raw, currency)
    elif isinstance(raw, float):
        value = Decimal(repr(raw))
    elif isinstance(raw, int | Decimal):
        value = Decimal(raw)
    else:
        raise ValueProblem(f"{quote(raw)} is not an amount")
    return _exact(value, precision, currency, raw)


def _amount_from_text(raw: str, currency: str) -> Decimal:
    text = _SPACES.sub(" ", raw).strip()
    if not text:
        raise ValueProblem("the amount is empty")
    shown = quote(raw)
    in_parentheses = text.startswith("(") and text.endswith(")")
    if in_parentheses:
        text = text[1:-1].strip()
    negative, text = _take_sign(text)
    text = _take_currency(text, currency, shown, leading=True)
    if not negative:
        negative, text = _take_sign(text)
    text = _take_currency(text, currency, shown, leading=False)
    if in_parentheses and negative:
        raise ValueProblem(f"{shown} has both parentheses and a minus sign")
    value = _read_number(text, shown)
    return -value if negative or in_parentheses else value


def _take_sign(text: str) -> tuple[bool, str]:
    if text.startswith(_MINUS):
        return True, text[1:].lstrip()
    if text.startswith("+"):
        return False, text[1:].lstrip()
    return False, text


def _take_currency(text: str, currency: str, shown: str, *, leading: bool) -> str:
    match = (_LEADING_WORD if leading else _TRAILING_WORD).fullmatch(text)
    if not match:
        return text
    word, rest = match.groups() if leading else reversed(match.groups())
    if word.upper() == currency or word in _symbols(currency):
        return rest
    if _looks_like_currency(word):
        raise ValueProblem(
            f"{shown} is in another currency ({word}); this field is in {currency}"
        )
    raise ValueProblem(
        f"{shown} is not an amount: {quote(word)} is neither a number nor {currency}"
    )


@lru_cache
def _symbols(currency: str) -> frozenset[str]:
    return frozenset(get_currency_symbol(currency, loc) for loc in _SYMBOL_LOCALES)


def _looks_like_currency(word: str) -> bool:
    if len(word) == 3 and word.isalpha() and is_currency(word.upper()):
        return True
    return any(unicodedata.category(ch) == "Sc" for ch in word)


def parse_number(raw: str) -> Decimal:
    """A number written as text with an optional sign and Dutch or English separators.

    Follows the same rules as amounts (``1.234`` is ambiguous and refused), without
    currency signs and without a limit on decimals.
    """
    text = _SPACES.sub(" ", raw).strip()
    negative, digits = _take_sign(text)
    value = _read_number(digits, quote(raw))
    return -value if negative else value


def _read_number(text: str, shown: str) -> Decimal:
    if not _NUMBER.fullmatch(text):
        raise ValueProblem(f"{shown} is not a number")
    if " " in text:
        separators = {ch for ch in text if ch in ".,"}
        if len(separators) > 1 or sum(text.count(ch) for ch in ".,") > 1:
            raise ValueProblem(
                f"{shown} mixes spaces, dots and commas; write it like 1 234,56"
            )
        return _read_grouped(text, " ", separators.pop() if separators else "", shown)
    if "." in text and "," in text:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        return _read_grouped(text, "," if decimal == "." else ".", decimal, shown)
    separator = "." if "." in text else "," if "," in text else ""
    if not separator:
        return Decimal(text)
    if text.count(separator) > 1:
        return _read_grouped(text, separator, "", shown)
    return _read_single_separator(text, separator, shown)


def _read_single_separator(text: str, separator: str, shown: str) -> Decimal:
    whole, fraction = text.split(separator)
    if len(fraction) == 3 and len(whole) <= 3 and whole != "0":
        both = (
            f"{whole}.{fraction},00" if separator == "." else f"{whole},{fraction}.00"
        )
        raise ValueProblem(
            f"{shown} is ambiguous: it is {whole}{fraction} if '{separator}' "
            f"separates thousands, or {whole} and {fraction} thousandths if "
            f"'{separator}' is the decimal separator; write {whole}{fraction} "
            f"without a separator, or {both} with both separators"
        )
    return Decimal(f"{whole}.{fraction}")


def _read_grouped(text: str, group: str, decimal: str, shown: str) -> Decimal:
    """Digits in thousands groups, with an optional decimal part after ``decimal``."""
    whole, _, fraction = text.partition(decimal) if decimal else (text, "", "")
    if decimal and (decimal in fraction or group in fraction):
        raise ValueProblem(f"{shown} has separators after its decimal separator")
    groups = whole.split(group)
    if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
        raise ValueProblem(
            f"{shown} has wrong digit grouping: thousands separators stand between "
            f"groups of three digits, as in 1.234.567,89"
        )
    return Decimal("".join(groups) + (f".{fraction}" if fraction else ""))
