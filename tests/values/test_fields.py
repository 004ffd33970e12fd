from decimal import Decimal

import pytest

from studio.problems import InvalidError, Level, Problem
from studio.values.fields import Field, FieldKind, validate_field_definition

K = FieldKind


def messages(field: Field) -> list[str]:
    return [str(problem) for problem in validate_field_definition(field)]


def test_a_good_definition_has_no_problems():
    field = Field("amount_due", K.MONEY, currency="EUR", minimum=Decimal("0.01"))
    assert validate_field_definition(field) == []


@pytest.mark.parametrize("name", ["Amount", "1st", "amount-due", "", "bedrag é"])
def test_names(name):
    assert messages(Field(name, K.TEXT)) == [
        f"field {name!r}: name {name!r} is not allowed; use lowercase letters, "
        f"digits and _, starting with a letter"
    ]


def test_money_needs_a_currency_babel_knows():
    assert messages(Field("a", K.MONEY)) == [
        "field 'a': a money field needs a currency, such as EUR"
    ]
    assert messages(Field("a", K.MONEY, currency="EURO")) == [
        "field 'a': currency 'EURO' is not a 3-letter currency code, such as EUR"
    ]
    assert messages(Field("a", K.MONEY, currency="XYZ")) == [
        "field 'a': currency 'XYZ' is not a 3-letter currency code, such as EUR"
    ]


def test_currency_on_other_kinds_is_a_warning():
    assert validate_field_definition(Field("a", K.TEXT, currency="EUR")) == [
        Problem("field 'a'", "currency is only used by money fields", Level.WARNING)
    ]


def test_choices():
    assert messages(Field("c", K.CHOICE)) == [
        "field 'c': a choice field needs at least one choice"
    ]
    assert messages(Field("c", K.CHOICE, choices=("Ja", "ja", " "))) == [
        "field 'c': choice 'ja' appears twice (as 'Ja'); "
        "choices must differ in more than case",
        "field 'c': choice ' ' is empty or not text",
    ]


def test_lengths():
    assert messages(Field("t", K.TEXT, min_length=5, max_length=2)) == [
        "field 't': min_length 5 is more than max_length 2; it must be less or equal"
    ]
    assert messages(Field("t", K.TEXT, max_length=-1)) == [
        "field 't': max_length -1 is not a whole number of 0 or more"
    ]


def test_bounds():
    field = Field("n", K.INTEGER, minimum=10, maximum=1)
    assert messages(field) == [
        "field 'n': minimum 10 is more than maximum 1; it must be less or equal"
    ]
    assert messages(Field("n", K.INTEGER, minimum=Decimal("1.5"))) == [
        "field 'n': minimum Decimal('1.5') is not an int"
    ]
    assert messages(Field("t", K.TEXT, maximum=3)) == [
        "field 't': maximum is only used by money and integer fields"
    ]


def test_fallbacks():
    assert messages(Field("n", K.INTEGER, fallback="0")) == [
        "field 'n': fallback '0' is never used: the field is required; "
        "make the field optional or remove the fallback"
    ]
    assert messages(Field("n", K.INTEGER, required=False, fallback="geen")) == [
        "field 'n': fallback 'geen' is not valid: 'geen' is not a number"
    ]
    assert messages(Field("d", K.DATE, required=False, fallback="31-02-2026")) == [
        "field 'd': fallback '31-02-2026' is not valid: '31-02-2026' is not a date: "
        "February 2026 has no day 31"
    ]
    assert messages(Field("n", K.INTEGER, required=False, fallback="  ")) == [
        "field 'n': fallback '  ' is empty; remove it instead"
    ]
    good = Field("a", K.MONEY, required=False, currency="EUR", fallback="0,00")
    assert messages(good) == []


def test_to_dict_leaves_out_defaults():
    assert Field("name", K.PERSON_NAME).to_dict() == {
        "name": "name",
        "kind": "person_name",
    }


def test_to_dict_is_json_only():
    field = Field(
        "amount_due",
        K.MONEY,
        label="Bedrag",
        required=False,
        fallback="0,00",
        personal=True,
        currency="EUR",
        minimum=Decimal("0.01"),
        maximum=Decimal("100000"),
    )
    assert field.to_dict() == {
        "name": "amount_due",
        "kind": "money",
        "label": "Bedrag",
        "required": False,
        "fallback": "0,00",
        "personal": True,
        "currency": "EUR",
        "minimum": "0.01",
        "maximum": "100000",
    }
    assert Field.from_dict(field.to_dict()) == field


def test_round_trip_of_choices_and_integers():
    field = Field("plan", K.CHOICE, choices=("a", "b"), description="x")
    assert field.to_dict()["choices"] == ["a", "b"]
    assert Field.from_dict(field.to_dict()) == field
    count = Field("n", K.INTEGER, minimum=1, maximum=12, min_length=None)
    assert Field.from_dict(count.to_dict()) == count
    assert type(Field.from_dict(count.to_dict()).minimum) is int


def errors(data) -> list[str]:
    with pytest.raises(InvalidError) as caught:
        Field.from_dict(data)
    return [str(problem) for problem in caught.value.problems]


def test_from_dict_names_every_bad_key():
    assert errors({"name": "x", "kind": "text", "colour": "red", "required": 1}) == [
        "field 'x' > colour: unknown key; known keys are name, kind, label, required, "
        "fallback, min_length, max_length, personal, currency, choices, minimum, "
        "maximum, description",
        "field 'x' > required: 1 is not true or false",
    ]


def test_from_dict_types():
    assert errors({"name": "x", "kind": "colour"}) == [
        "field 'x' > kind: 'colour' is not one of text, person_name, money, date, "
        "integer, choice, boolean, phone, email, url"
    ]
    assert errors({"name": "x", "kind": "money", "minimum": 0.01}) == [
        "field 'x' > minimum: 0.01 is not a whole number or a decimal text like "
        '"0.01"'
    ]
    assert errors({"name": "x", "kind": "text", "max_length": True}) == [
        "field 'x' > max_length: True is not a whole number"
    ]
    assert errors({"name": "x", "kind": "choice", "choices": "a,b"}) == [
        "field 'x' > choices: 'a,b' is not a list of texts"
    ]
    assert errors({"kind": "text"}) == ["field > name: is missing"]
    assert errors([]) == ["a field must be a JSON object, not list"]
