"""Stress rows: made from the field definitions, read by the rules of real rows."""

import datetime
import unicodedata
from decimal import Decimal

import pytest

from studio.data.check import check_file, load_rows
from studio.problems import InvalidError
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.values.fields import Field, FieldKind
from studio.values.money import Money
from studio.values.parsing import parse_value
from studio.values.stress import (
    ARABIC_NAME,
    LARGEST_AMOUNT,
    LONGEST,
    OPTIONAL_EMPTY,
    SMALLEST_AMOUNT,
    stress_rows,
)

K = FieldKind
IDS = [LONGEST, LARGEST_AMOUNT, SMALLEST_AMOUNT, OPTIONAL_EMPTY, ARABIC_NAME]


@pytest.fixture(scope="module")
def template():
    return Project.open(SAMPLE_PROJECT).template


@pytest.fixture(scope="module")
def rows(template):
    return stress_rows(
        template.fields,
        template.languages,
        region=template.settings.region,
        row_id_field=template.settings.row_id_field,
    )


def every_kind() -> list[Field]:
    """One field of every kind, with limits where a kind takes them."""
    return [
        Field("code", K.TEXT, max_length=12),
        Field("note", K.TEXT, required=False),
        Field("naam", K.PERSON_NAME, label="Naam"),
        Field("amount", K.MONEY, currency="EUR"),
        Field("yen", K.MONEY, currency="JPY", required=False),
        Field("due", K.DATE),
        Field("count", K.INTEGER, minimum=1, maximum=36),
        Field("plan", K.CHOICE, choices=("kort", "heel lang gekozen")),
        Field("agreed", K.BOOLEAN, required=False, fallback="nee"),
        Field("phone", K.PHONE, required=False),
        Field("mail", K.EMAIL, required=False),
        Field("link", K.URL, required=False),
    ]


def test_the_rows_come_in_a_fixed_order_each_with_an_english_description(rows):
    assert list(rows) == IDS
    for row_id, row in rows.items():
        assert row.id == row_id
        assert row.description.isascii() and row.description[0].isupper()
        assert "<" not in row.description


def test_every_value_is_what_the_fields_parser_makes_of_its_cell(template, rows):
    for row in rows.values():
        assert set(row.values) == {f.name for f in template.fields}
        for field in template.fields:
            parsed = parse_value(field, row.cells[field.name])
            assert parsed.value == row.values[field.name], (row.id, field.name)
            assert parsed.warnings == ()


def as_cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def test_a_file_of_the_stress_rows_passes_the_data_check_and_loads_the_same(
    template, rows, tmp_path
):
    names = [f.name for f in template.fields]
    lines = [";".join(names)]
    for row in rows.values():
        lines.append(";".join(as_cell_text(row.cells[name]) for name in names))
    data = tmp_path / "stress.csv"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    check = check_file(template.fields, data, row_id_field="customer_id")
    assert check.counts == {"ok": 5, "warnings": 0, "errors": 0}
    loaded = load_rows(template.fields, data, row_id_field="customer_id")
    assert list(loaded.values()) == [row.values for row in rows.values()]


def test_the_longest_names_and_texts_are_exactly_as_long_as_the_limits(rows):
    values = rows[LONGEST].values
    assert len(values["first_name"]) == 50
    assert len(values["last_name"]) == 80
    assert len(values["customer_id"]) == 20
    assert len(values["invoice_number"]) == 30
    assert values["last_name"].startswith("Van den Bergh-Oudshoorn-Wijnaldum")


def test_names_without_a_limit_are_long_realistic_dutch_names():
    fields = [
        Field("voornaam", K.PERSON_NAME),
        Field("achternaam", K.PERSON_NAME),
        Field("naam", K.PERSON_NAME),
    ]
    values = stress_rows(fields, ["nl"])[LONGEST].values
    assert values["achternaam"] == "Van den Bergh-Oudshoorn-Wijnaldum"
    assert values["voornaam"] == "Johanna Wilhelmina Theodora Maria-Christina"
    assert values["naam"].endswith(" Van den Bergh-Oudshoorn-Wijnaldum")


def test_a_name_limit_below_the_realistic_name_cuts_it_to_the_limit():
    field = Field("achternaam", K.PERSON_NAME, max_length=20)
    value = stress_rows([field], ["nl"])[LONGEST].values["achternaam"]
    assert len(value) == 20 and value[-1].isalpha()


def test_the_largest_and_smallest_amounts_are_the_fields_bounds(rows):
    assert rows[LARGEST_AMOUNT].values["amount_due"] == Money(
        Decimal("100000.00"), "EUR"
    )
    assert rows[SMALLEST_AMOUNT].values["amount_due"] == Money(Decimal("0.01"), "EUR")
    for row in rows.values():
        amount = row.values["amount_due"].amount
        assert type(amount) is Decimal


def test_amounts_without_bounds_get_sensible_defaults_in_minor_units():
    fields = [
        Field("eur", K.MONEY, currency="EUR"),
        Field("yen", K.MONEY, currency="JPY"),
        Field("odd", K.MONEY, currency="EUR", minimum=Decimal("0.005")),
    ]
    rows = stress_rows(fields, ["nl"])
    largest, smallest = rows[LARGEST_AMOUNT].values, rows[SMALLEST_AMOUNT].values
    assert largest["eur"].amount == Decimal("9999999.99")
    assert largest["yen"].amount == Decimal("9999999")
    assert smallest["eur"].amount == Decimal("0.01")
    assert smallest["yen"].amount == Decimal("1")
    assert smallest["odd"].amount == Decimal("0.01")


def test_a_negative_minimum_written_longer_than_the_maximum_is_the_longest():
    field = Field(
        "saldo", K.MONEY, currency="EUR", minimum=Decimal("-25000"), maximum=10
    )
    rows = stress_rows([field], ["nl"])
    assert rows[LONGEST].values["saldo"].amount == Decimal("-25000.00")
    assert rows[SMALLEST_AMOUNT].values["saldo"].amount == Decimal("-25000.00")


def test_the_arabic_row_has_names_in_arabic_script(rows):
    for name in ("first_name", "last_name"):
        letters = [ch for ch in rows[ARABIC_NAME].values[name] if ch.isalpha()]
        assert letters
        assert all(unicodedata.bidirectional(ch) == "AL" for ch in letters)
        assert all("ARABIC" in unicodedata.name(ch) for ch in letters)
    assert rows[LONGEST].values["first_name"].isascii()


def test_optional_fields_left_empty_take_their_fallbacks(rows):
    row = rows[OPTIONAL_EMPTY]
    assert row.cells["language"] is None and row.cells["email"] is None
    assert row.values["language"] == "nl"  # the field's fallback
    assert row.values["email"] is None  # no fallback
    assert row.values["first_name"] and row.values["amount_due"]
    assert rows[LONGEST].values["email"].endswith("@example.com")


def test_every_kind_gets_a_valid_value():
    fields = every_kind()
    rows = stress_rows(fields, ["nl", "en"])
    longest = rows[LONGEST].values
    assert longest["due"] == datetime.date(2099, 9, 30)  # "september": longest
    assert longest["count"] == 36
    assert longest["plan"] == "heel lang gekozen"
    assert longest["agreed"] is True  # "yes" and "nee" tie; the first is kept
    assert longest["phone"] == "+31612345678"
    assert longest["link"].startswith("https://www.example.com/")
    assert len(longest["code"]) == 12
    assert len(longest["note"]) == 60
    assert rows[LARGEST_AMOUNT].values["plan"] == "kort"
    empty = rows[OPTIONAL_EMPTY].values
    assert empty["agreed"] is False and empty["note"] is None
    assert empty["phone"] is None and empty["yen"] is None
    for row in rows.values():
        for field in fields:
            parsed = parse_value(field, row.cells[field.name])
            assert parsed.value == row.values[field.name]


def test_the_longest_yes_or_no_is_the_one_written_longer():
    field = Field("agreed", K.BOOLEAN)
    assert stress_rows([field], ["nl"])[LONGEST].values["agreed"] is False  # nee


def test_the_row_id_differs_from_row_to_row(rows):
    ids = [row.values["customer_id"] for row in rows.values()]
    assert len(set(ids)) == len(ids)


def test_limits_no_value_can_meet_are_refused_naming_the_field():
    field = Field("code", K.TEXT, max_length=0)
    with pytest.raises(InvalidError) as caught:
        stress_rows([field], ["nl"])
    assert str(caught.value).startswith(
        "stress row stress:longest > field 'code': a value is required"
    )


def test_no_stress_value_comes_from_the_sample_rows(rows):
    sample = (SAMPLE_PROJECT / "sample-rows.csv").read_text(encoding="utf-8-sig")
    real = {cell for line in sample.splitlines()[1:] for cell in line.split(";")}
    real -= {"", "nl", "en", "tr", "pl", "ar"}  # choices, shared by design
    for row in rows.values():
        for value in row.cells.values():
            assert value is None or str(value) not in real, value
