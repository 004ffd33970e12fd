"""The one place where the studio turns typed values into the text a viewer reads.

The web player shows the strings made here and formats nothing itself, so a video
reads the same in the studio preview, in an exported MP4 and in the browser.

Template languages are short codes (``nl``, ``en`` …), each tied to one CLDR locale.
Arabic uses the plain ``ar`` locale (Modern Standard Arabic) with Latin digits:
the Arabic-reading customers of a Dutch company come from many countries, plain
``ar`` uses the month names most of them know, and the digits match the ones on
their Dutch bank statements and letters. Numbers are formatted with the ``latn``
numbering system everywhere, so a locale whose default is Arabic-Indic digits
(``ar_EG``, ``ar_SA``) could not slip them in.

Babel separates amount and currency sign with a no-break space (U+00A0) and, for
French, groups thousands with a narrow no-break space (U+202F); these are kept so
that a line break never splits an amount.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TypeVar

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_decimal

from studio.values.errors import ValueProblem, quote
from studio.values.fields import Field, FieldKind
from studio.values.money import Money

_T = TypeVar("_T")

_LOCALES = {
    "nl": "nl_NL",
    "en": "en_GB",
    "de": "de_DE",
    "tr": "tr_TR",
    "pl": "pl_PL",
    "ar": "ar",
    "fr": "fr_FR",
    "es": "es_ES",
}
_YES_NO = {
    "nl": ("ja", "nee"),
    "en": ("yes", "no"),
    "de": ("ja", "nein"),
    "tr": ("evet", "hayır"),
    "pl": ("tak", "nie"),
    "ar": ("نعم", "لا"),
    "fr": ("oui", "non"),
    "es": ("sí", "no"),
}
_DATE_STYLES = ("short", "medium", "long", "full")
_NUMBERING = "latn"
# Left-to-right isolate and its closing pop: keep a phone number's digit groups in
# order inside right-to-left text, where they would otherwise be laid out backwards.
_LRI, _PDI = "\u2066", "\u2069"
# Dutch area codes of two digits; every other Dutch landline area code has three.
_NL_TWO_DIGIT_AREAS = frozenset(
    "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 "
    "70 71 72 73 74 75 76 77 78 79".split()
)
# Calling codes of the countries debtors of a Dutch company most often live in or
# phone from; other numbers are shown in E.164 form without spaces.
_CALLING_CODES = ("1", "31", "32", "33", "34", "44", "48", "49", "90", "212", "597")


class UnknownLanguageError(ValueProblem):
    """A template language code the studio has no locale for."""


def supported_languages() -> tuple[str, ...]:
    """The template language codes, in the order the studio offers them."""
    return tuple(_LOCALES)


def locale_for(lang: str) -> str:
    """The Babel locale identifier for a template language, e.g. ``nl_NL``."""
    try:
        return _LOCALES[lang]
    except (KeyError, TypeError):
        known = ", ".join(_LOCALES)
        raise UnknownLanguageError(
            f"{quote(lang)} is not a supported language; use one of {known}"
        ) from None


def language_direction(lang: str) -> str:
    """``"rtl"`` for right-to-left languages (Arabic), else ``"ltr"``."""
    order = Locale.parse(locale_for(lang)).character_order
    return "rtl" if order == "right-to-left" else "ltr"


def format_money(money: Money, lang: str) -> str:
    return format_currency(
        money.amount,
        money.currency,
        locale=locale_for(lang),
        numbering_system=_NUMBERING,
    )


def format_date(value: datetime.date, lang: str, style: str = "long") -> str:
    """``value`` as CLDR writes it; ``style`` is short, medium, long or full."""
    if style not in _DATE_STYLES:
        raise ValueError(
            f"date style {style!r} is not one of {', '.join(_DATE_STYLES)}"
        )
    if isinstance(value, datetime.datetime):
        value = value.date()
    return babel_format_date(value, format=style, locale=locale_for(lang))


def format_integer(value: int, lang: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"format_integer takes an int, not {type(value).__name__}")
    return format_decimal(
        Decimal(value), locale=locale_for(lang), numbering_system=_NUMBERING
    )


def format_boolean(value: bool, lang: str) -> str:
    locale_for(lang)
    yes, no = _YES_NO[lang]
    return yes if value else no


def format_phone(e164: str, lang: str) -> str:
    """An E.164 number in a readable international form: ``+31 6 12345678``."""
    readable = _group_phone(e164)
    if language_direction(lang) == "rtl":
        return f"{_LRI}{readable}{_PDI}"
    return readable


def _group_phone(e164: str) -> str:
    digits = e164.removeprefix("+")
    if digits.startswith("31"):
        return _group_dutch(digits[2:])
    for code in sorted(_CALLING_CODES, key=len, reverse=True):
        if digits.startswith(code):
            return f"+{code} {digits[len(code) :]}"
    return e164


def _group_dutch(national: str) -> str:
    if national.startswith("6") or national.startswith(("800", "900", "906", "909")):
        cut = 1 if national.startswith("6") else 3
    elif national[:2] in _NL_TWO_DIGIT_AREAS:
        cut = 2
    else:
        cut = 3
    return f"+31 {national[:cut]} {national[cut:]}"


def format_value(field: Field, value: object, lang: str) -> str:
    """``value`` (as ``parse_value`` returns it) as text for ``field`` in ``lang``.

    A missing optional value (None) is the empty string.
    """
    locale_for(lang)
    if value is None:
        return ""
    kind = FieldKind(field.kind)
    if kind is FieldKind.MONEY:
        return format_money(_expect(value, Money, field), lang)
    if kind is FieldKind.DATE:
        return format_date(_expect(value, datetime.date, field), lang)
    if kind is FieldKind.INTEGER:
        return format_integer(_expect(value, int, field), lang)
    if kind is FieldKind.BOOLEAN:
        return format_boolean(_expect(value, bool, field), lang)
    if kind is FieldKind.PHONE:
        return format_phone(_expect(value, str, field), lang)
    return _expect(value, str, field)


def _expect(value: object, kind: type[_T], field: Field) -> _T:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(
            f"field {field.name!r} ({field.kind}) cannot show a "
            f"{type(value).__name__}; expected {kind.__name__}"
        )
    return value
