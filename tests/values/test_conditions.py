import datetime
import json
from decimal import Decimal
from pathlib import Path

import pytest
from json_logic.builtins import to_bool

from studio.values.conditions import (
    ALLOWED_OPERATORS,
    ConditionError,
    check_condition,
    compute,
    condition_data,
    evaluate,
)
from studio.values.fields import Field, FieldKind
from studio.values.money import Money

CONFORMANCE = json.loads(
    (Path(__file__).parents[1] / "conformance" / "jsonlogic.json").read_text("utf-8")
)
EVALUATED = [case for case in CONFORMANCE if not case.get("refused")]
REFUSED = [case for case in CONFORMANCE if case.get("refused")]


def test_the_conformance_file_covers_every_operator():
    assert len(EVALUATED) >= 40
    used = {op for case in EVALUATED for op in _operators(case["logic"])}
    assert used == ALLOWED_OPERATORS


def _operators(logic):
    if isinstance(logic, dict):
        for op, args in logic.items():
            yield op
            yield from _operators(args)
    elif isinstance(logic, list):
        for item in logic:
            yield from _operators(item)


@pytest.mark.parametrize("case", EVALUATED, ids=[c["note"] for c in EVALUATED])
def test_conformance(case):
    result = compute(case["logic"], case["data"])
    assert result == case["result"]
    assert type(result) is type(case["result"])
    assert evaluate(case["logic"], case["data"]) is to_bool(case["result"])


@pytest.mark.parametrize("case", REFUSED, ids=[c["note"] for c in REFUSED])
def test_conformance_refused(case):
    assert check_condition(case["logic"])
    with pytest.raises(ConditionError):
        evaluate(case["logic"], {})


def test_messages():
    assert check_condition({"log": "x"}) == [
        "operator 'log' is not allowed; allowed operators are var, missing, "
        "missing_some, ==, ===, !=, !==, <, <=, >, >=, !, !!, and, or, if, in"
    ]
    assert check_condition({"==": [1]}) == ["'==' takes 2 arguments, not 1"]
    assert check_condition({"<": [1]}) == ["'<' takes 2 or 3 arguments, not 1"]
    assert check_condition({"!": []}) == ["'!' takes 1 argument, not 0"]
    assert check_condition({"and": []}) == ["'and' takes at least 1 argument, not 0"]
    assert check_condition({"var": {"var": "x"}}) == [
        "a field name must be literal text, not {'var': 'x'}"
    ]


def test_depth_and_size_limits():
    logic = {"var": "x"}
    for _ in range(10):
        logic = {"!": logic}
    assert check_condition(logic) == ["the condition is nested more than 10 deep"]
    assert check_condition({"or": [True] * 199}) == []
    assert check_condition({"or": [True] * 200}) == [
        "the condition has more than 200 parts"
    ]


def test_known_fields():
    logic = {"and": [{"var": "amount_due"}, {"missing": ["phone", "emial"]}]}
    assert check_condition(logic, {"amount_due", "phone", "email"}) == [
        "'emial' is not a known field; known fields are amount_due, email, phone"
    ]
    assert check_condition(logic) == []
    assert check_condition({"missing_some": [1, ["x"]]}, set()) == [
        "'x' is not a known field; known fields are none"
    ]


def test_evaluate_checks_first():
    with pytest.raises(ConditionError) as caught:
        evaluate({"log": "personal data"}, {})
    assert str(caught.value).startswith("operator 'log' is not allowed")


def test_evaluate_is_a_bool():
    data = {"amount_due": 50000}
    assert evaluate({">=": [{"var": "amount_due"}, 50000]}, data) is True
    assert evaluate({"var": "amount_due"}, data) is True
    assert evaluate({"var": "nothing"}, data) is False


FIELDS = [
    Field("amount_due", FieldKind.MONEY, currency="EUR"),
    Field("due_date", FieldKind.DATE),
    Field("terms", FieldKind.INTEGER),
    Field("agreed", FieldKind.BOOLEAN),
    Field("name", FieldKind.PERSON_NAME),
    Field("phone", FieldKind.PHONE, required=False),
]


def test_condition_data_is_json_safe():
    values = {
        "amount_due": Money(Decimal("500.00"), "EUR"),
        "due_date": datetime.date(2026, 12, 20),
        "terms": 3,
        "agreed": False,
        "name": "Fatima",
        "unrelated": object(),
    }
    data = condition_data(FIELDS, values)
    assert data == {
        "amount_due": 50000,
        "due_date": "2026-12-20",
        "terms": 3,
        "agreed": False,
        "name": "Fatima",
        "phone": None,
    }
    assert json.loads(json.dumps(data)) == data
    assert evaluate({">=": [{"var": "amount_due"}, 50000]}, data)
    assert evaluate({"missing": ["phone"]}, data)


def test_condition_data_refuses_floats_and_bare_decimals():
    for bad in (500.0, Decimal("500")):
        with pytest.raises(TypeError, match="field 'amount_due' holds a"):
            condition_data(FIELDS[:1], {"amount_due": bad})
