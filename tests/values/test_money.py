from decimal import Decimal

import pytest

from studio.values.money import Money, ValueProblem, parse_amount, parse_number


def problem(raw, currency="EUR") -> str:
    with pytest.raises(ValueProblem) as caught:
        parse_amount(raw, currency)
    return caught.value.message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12,50", "12.50"),
        ("1.234,56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1234", "1234.00"),
        ("1.234.567", "1234567.00"),
        ("1,234,567.5", "1234567.50"),
        ("0,12", "0.12"),
        ("0,5", "0.50"),
        ("€ 12,50", "12.50"),
        ("€12,50", "12.50"),
        ("EUR 12,50", "12.50"),
        ("eur 12,50", "12.50"),
        ("12,50 €", "12.50"),
        ("12,50 EUR", "12.50"),
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1\u202f234,56", "1234.56"),
        ("1 234 567", "1234567.00"),
        ("-12,50", "-12.50"),
        ("\u221212,50", "-12.50"),
        ("(12,50)", "-12.50"),
        ("-€ 12,50", "-12.50"),
        ("€ -12,50", "-12.50"),
        ("+12,50", "12.50"),
        ("  12,50  ", "12.50"),
        ("-0,00", "0.00"),
    ],
)
def test_reads_text_amounts(raw, expected):
    assert parse_amount(raw, "EUR") == Decimal(expected)
    assert str(parse_amount(raw, "EUR")) == expected


def test_reads_numbers_from_cells():
    assert parse_amount(12, "EUR") == Decimal("12.00")
    assert parse_amount(Decimal("12.5"), "EUR") == Decimal("12.50")
    assert parse_amount(12.3, "EUR") == Decimal("12.30")
    # Decimal(0.1) would be 0.1000000000000000055511151231257827...
    assert parse_amount(0.1, "EUR") == Decimal("0.10")


@pytest.mark.parametrize("raw", ["1.234", "1,234"])
def test_refuses_ambiguous_thousands(raw):
    separator = raw[1]
    both = "1.234,00" if separator == "." else "1,234.00"
    assert problem(raw) == (
        f"'{raw}' is ambiguous: it is 1234 if '{separator}' separates thousands, "
        f"or 1 and 234 thousandths if '{separator}' is the decimal separator; "
        f"write 1234 without a separator, or {both} with both separators"
    )


def test_twelve_comma_three_four_five_is_refused():
    assert problem("12,345").startswith("'12,345' is ambiguous: it is 12345 if")


@pytest.mark.parametrize("raw", ["1234,567", "0,123", "12,3456", 12.345])
def test_refuses_more_decimals_than_the_currency(raw):
    assert (
        problem(raw) == f"'{raw}' has too many decimals: EUR allows at most 2 decimals"
    )


def test_currency_without_decimals():
    assert parse_amount("1.234.567", "JPY") == Decimal("1234567")
    assert (
        problem("12,50", "JPY") == "'12,50' has too many decimals: JPY has no decimals"
    )


def test_refuses_another_currency():
    assert problem("$ 12") == "'$ 12' is in another currency ($); this field is in EUR"
    assert problem("12 USD") == (
        "'12 USD' is in another currency (USD); this field is in EUR"
    )
    assert parse_amount("$ 12", "USD") == Decimal("12.00")


@pytest.mark.parametrize("raw", ["12.34.56", "1.23,45", "1 23", "12,34,567"])
def test_refuses_wrong_grouping(raw):
    assert problem(raw) == (
        f"'{raw}' has wrong digit grouping: thousands separators stand between "
        f"groups of three digits, as in 1.234.567,89"
    )


@pytest.mark.parametrize("raw", ["", "   ", "\u00a0"])
def test_refuses_empty(raw):
    assert problem(raw) == "the amount is empty"


def test_refuses_non_numbers():
    assert problem("NaN") == "'NaN' is not an amount: 'NaN' is neither a number nor EUR"
    assert problem("12abc") == (
        "'12abc' is not an amount: 'abc' is neither a number nor EUR"
    )
    assert problem("12,50-") == "'12,50-' is not a number"
    assert problem(",50") == "',50' is not a number"
    assert problem(float("nan")) == "'nan' is not a number"
    assert problem(float("inf")) == "'inf' is not a number"
    assert problem(Decimal("Infinity")) == "'Infinity' is not a number"
    assert problem(True) == "'True' is a yes/no value, not an amount"
    assert problem(None) == "'None' is not an amount"
    assert problem("(-12,50)") == "'(-12,50)' has both parentheses and a minus sign"
    assert problem("1 234.567,89") == (
        "'1 234.567,89' mixes spaces, dots and commas; write it like 1 234,56"
    )


def test_refuses_unknown_currency():
    with pytest.raises(ValueProblem, match="'EURO' is not a currency code"):
        parse_amount("12", "EURO")


def test_parse_number_has_no_decimal_limit():
    assert parse_number("-1.234,5678") == Decimal("-1234.5678")
    with pytest.raises(ValueProblem, match="ambiguous"):
        parse_number("1.000")


class TestMoney:
    def test_refuses_float(self):
        with pytest.raises(TypeError, match="never a float"):
            Money(12.5, "EUR")

    def test_refuses_too_many_decimals(self):
        with pytest.raises(ValueProblem) as caught:
            Money(Decimal("1.005"), "EUR")
        assert caught.value.message == (
            "'1.005' has too many decimals: EUR allows at most 2 decimals"
        )

    def test_keeps_the_currency_decimals(self):
        money = Money(Decimal("12.5"), "EUR")
        assert str(money.amount) == "12.50"
        assert money == Money(Decimal("12.50"), "EUR")
        assert str(money) == "EUR 12.50"

    def test_cents_round_trip(self):
        assert Money(Decimal("1234.56"), "EUR").cents == 123456
        assert Money.from_cents(123456, "EUR") == Money(Decimal("1234.56"), "EUR")
        assert Money.from_cents(-5, "EUR").amount == Decimal("-0.05")
        assert Money.from_cents(500, "JPY").amount == Decimal("500")
        assert Money(Decimal("1.234"), "KWD").cents == 1234

    def test_from_cents_refuses_non_integers(self):
        with pytest.raises(TypeError):
            Money.from_cents(1.0, "EUR")
        with pytest.raises(TypeError):
            Money.from_cents(True, "EUR")

    def test_refuses_unknown_currency(self):
        with pytest.raises(ValueProblem) as caught:
            Money(Decimal(1), "eur")
        assert caught.value.message == (
            "'eur' is not a currency code; use a 3-letter code such as EUR"
        )
