import datetime
from decimal import Decimal

import pytest

from studio.values.fields import Field, FieldKind
from studio.values.formatting import (
    UnknownLanguageError,
    format_date,
    format_integer,
    format_money,
    format_value,
    language_direction,
    locale_for,
    supported_languages,
)
from studio.values.money import Money

NBSP = "\u00a0"
NNBSP = "\u202f"
RLM = "\u200f"
AMOUNT = Money(Decimal("1234.56"), "EUR")
DUE = datetime.date(2026, 12, 20)


def test_supported_languages():
    assert supported_languages() == ("nl", "en", "de", "tr", "pl", "ar", "fr", "es")
    assert locale_for("nl") == "nl_NL"
    assert locale_for("ar") == "ar"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", f"€{NBSP}1.234,56"),
        ("en", "€1,234.56"),
        ("de", f"1.234,56{NBSP}€"),
        ("tr", "€1.234,56"),
        ("pl", f"1{NBSP}234,56{NBSP}€"),
        ("ar", f"{RLM}1,234.56{NBSP}€"),
        ("fr", f"1{NNBSP}234,56{NBSP}€"),
        ("es", f"1.234,56{NBSP}€"),
    ],
)
def test_format_money(lang, expected):
    assert format_money(AMOUNT, lang) == expected


def test_format_money_negative_and_whole():
    assert format_money(Money(Decimal("-12.5"), "EUR"), "nl") == f"€{NBSP}-12,50"
    assert format_money(Money(Decimal("12"), "EUR"), "en") == "€12.00"


def test_arabic_uses_latin_digits():
    text = format_money(Money(Decimal("9876.54"), "EUR"), "ar")
    assert text == f"{RLM}9,876.54{NBSP}€"
    assert not any("\u0660" <= ch <= "\u0669" for ch in text)
    assert format_integer(1234567, "ar") == "1,234,567"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "20 december 2026"),
        ("en", "20 December 2026"),
        ("de", "20. Dezember 2026"),
        ("tr", "20 Aralık 2026"),
        ("pl", "20 grudnia 2026"),
        ("ar", "20 ديسمبر 2026"),
        ("fr", "20 décembre 2026"),
        ("es", "20 de diciembre de 2026"),
    ],
)
def test_format_date_long(lang, expected):
    assert format_date(DUE, lang) == expected


def test_format_date_styles():
    assert format_date(DUE, "nl", "short") == "20-12-2026"
    assert (
        format_date(datetime.datetime(2026, 12, 20, 9, 30), "en") == "20 December 2026"
    )
    with pytest.raises(ValueError, match="'weird' is not one of short"):
        format_date(DUE, "nl", "weird")


def test_format_integer():
    assert format_integer(1234567, "nl") == "1.234.567"
    assert format_integer(1234567, "en") == "1,234,567"
    assert format_integer(1234567, "pl") == f"1{NBSP}234{NBSP}567"
    with pytest.raises(TypeError):
        format_integer(1.5, "nl")
    with pytest.raises(TypeError):
        format_integer(True, "nl")


def test_unknown_language():
    with pytest.raises(UnknownLanguageError) as caught:
        format_money(AMOUNT, "xx")
    assert caught.value.message == (
        "'xx' is not a supported language; use one of nl, en, de, tr, pl, ar, fr, es"
    )
    with pytest.raises(UnknownLanguageError):
        language_direction("nl_NL")


def test_language_direction():
    assert language_direction("ar") == "rtl"
    assert [language_direction(lang) for lang in supported_languages()].count(
        "rtl"
    ) == 1


@pytest.mark.parametrize(
    ("lang", "yes", "no"),
    [
        ("nl", "ja", "nee"),
        ("en", "yes", "no"),
        ("de", "ja", "nein"),
        ("tr", "evet", "hayır"),
        ("pl", "tak", "nie"),
        ("ar", "نعم", "لا"),
        ("fr", "oui", "non"),
        ("es", "sí", "no"),
    ],
)
def test_format_value_boolean(lang, yes, no):
    field = Field("agreed", FieldKind.BOOLEAN)
    assert format_value(field, True, lang) == yes
    assert format_value(field, False, lang) == no


def test_format_value_dispatches_on_kind():
    assert format_value(Field("due", FieldKind.DATE), DUE, "de") == "20. Dezember 2026"
    money = Field("amount_due", FieldKind.MONEY, currency="EUR")
    assert format_value(money, AMOUNT, "en") == "€1,234.56"
    assert format_value(Field("n", FieldKind.INTEGER), 1000, "nl") == "1.000"
    plan = Field("plan", FieldKind.CHOICE, choices=("Maandelijks",))
    assert format_value(plan, "Maandelijks", "en") == "Maandelijks"
    for kind in (FieldKind.TEXT, FieldKind.PERSON_NAME, FieldKind.EMAIL, FieldKind.URL):
        assert format_value(Field("x", kind), "Élodie <x>", "nl") == "Élodie <x>"


def test_format_value_missing_is_empty():
    assert format_value(Field("due", FieldKind.DATE, required=False), None, "nl") == ""


def test_format_value_refuses_the_wrong_type():
    with pytest.raises(TypeError, match="field 'amount_due' .money. cannot show a"):
        format_value(Field("amount_due", FieldKind.MONEY), Decimal("1"), "nl")
    with pytest.raises(TypeError):
        format_value(Field("n", FieldKind.INTEGER), True, "nl")


@pytest.mark.parametrize(
    ("e164", "expected"),
    [
        ("+31612345678", "+31 6 12345678"),
        ("+31201234567", "+31 20 1234567"),
        ("+31543123456", "+31 543 123456"),
        ("+31800123456", "+31 800 123456"),
        ("+4930123456", "+49 30123456"),
        ("+212612345678", "+212 612345678"),
        ("+3531234567", "+3531234567"),
    ],
)
def test_format_value_phone(e164, expected):
    assert format_value(Field("phone", FieldKind.PHONE), e164, "nl") == expected


def test_phone_keeps_its_order_in_arabic():
    shown = format_value(Field("phone", FieldKind.PHONE), "+31612345678", "ar")
    assert shown == "\u2066+31 6 12345678\u2069"
