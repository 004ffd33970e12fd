"""Rule groups: written as JsonLogic the evaluator allows, read back unchanged, and
evaluated as their words say, empty values and boundaries included."""

import datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.project import Project
from studio.render.resolve import condition_holds
from studio.resources import SAMPLE_PROJECT
from studio.values.condition_rules import (
    ENGLISH_PHRASES,
    Mode,
    Operator,
    Rule,
    RuleGroup,
    cents_from_text,
    describe,
    from_jsonlogic,
    operator_label,
    operators_for,
    plain_amount,
    rule_fits,
    summary,
    to_jsonlogic,
)
from studio.values.conditions import check_condition, condition_data, evaluate
from studio.values.errors import ValueProblem
from studio.values.fields import Field, FieldKind
from studio.values.money import Money

AMOUNT = Field("amount_due", FieldKind.MONEY, label="amount due", currency="EUR")
CREDIT = Field("credit", FieldKind.MONEY, currency="EUR", required=False)
YEN = Field("yen", FieldKind.MONEY, currency="JPY", required=False)
LANGUAGE = Field(
    "language", FieldKind.CHOICE, choices=("nl", "en", "tr"), required=False
)
NAME = Field("first_name", FieldKind.PERSON_NAME, label="first name", required=False)
DUE = Field("due_date", FieldKind.DATE, label="due date", required=False)
REMINDERS = Field("reminders", FieldKind.INTEGER, required=False)
PLAN = Field("has_plan", FieldKind.BOOLEAN, label="has a plan", required=False)
EMAIL = Field("email", FieldKind.EMAIL, required=False)
FIELDS = (AMOUNT, CREDIT, YEN, LANGUAGE, NAME, DUE, REMINDERS, PLAN, EMAIL)
NAMES = {field.name for field in FIELDS}


def holds(group, **values):
    """Whether ``group`` holds for a row of typed values (the rest empty)."""
    return evaluate(to_jsonlogic(group), condition_data(FIELDS, values))


def one(field, operator, value=None):
    return RuleGroup(Mode.ALL, [Rule(field, operator, value)])


def euro(text):
    return Money(Decimal(text), "EUR")


# -- written and read back -----------------------------------------------------------

SOME_GROUPS = [
    one("amount_due", Operator.AT_LEAST, 50000),
    one("amount_due", Operator.LESS, 50000),
    one("credit", Operator.GREATER, -500),
    one("language", Operator.ONE_OF, ("nl", "en")),
    one("email", Operator.EMPTY),
    one("first_name", Operator.NOT_EMPTY),
    one("has_plan", Operator.FALSE),
    one("due_date", Operator.EQUAL, "2027-02-01"),
    RuleGroup(
        Mode.ANY,
        [
            Rule("due_date", Operator.LESS, "2027-02-01"),
            Rule("language", Operator.NOT_EQUAL, "nl"),
            Rule("reminders", Operator.AT_MOST, 0),
        ],
    ),
    RuleGroup(
        Mode.ALL,
        [
            Rule("amount_due", Operator.AT_LEAST, 50000),
            Rule("language", Operator.EQUAL, "en"),
            Rule("has_plan", Operator.TRUE),
            Rule("first_name", Operator.EQUAL, "Sanne"),
        ],
    ),
]


@pytest.mark.parametrize("group", SOME_GROUPS)
def test_a_group_reads_back_from_its_jsonlogic_and_passes_the_allowlist(group):
    logic = to_jsonlogic(group)
    assert from_jsonlogic(logic) == group
    assert from_jsonlogic(logic, FIELDS) == group
    assert check_condition(logic, NAMES) == []


def _values(field):
    kind = field.kind
    if kind in (FieldKind.MONEY, FieldKind.INTEGER):
        return st.integers(-(10**9), 10**9)
    if kind is FieldKind.DATE:
        return st.dates().map(datetime.date.isoformat)
    if kind is FieldKind.CHOICE:
        return st.sampled_from(field.choices)
    return st.text(min_size=1, max_size=12)


@st.composite
def rules(draw):
    field = draw(st.sampled_from(FIELDS))
    operator = draw(st.sampled_from(operators_for(field.kind)))
    if operator in (Operator.EMPTY, Operator.NOT_EMPTY, Operator.TRUE, Operator.FALSE):
        return Rule(field.name, operator)
    if operator is Operator.ONE_OF:
        chosen = st.lists(st.sampled_from(field.choices), min_size=1, unique=True)
        return Rule(field.name, operator, tuple(draw(chosen)))
    return Rule(field.name, operator, draw(_values(field)))


groups = st.builds(
    RuleGroup, st.sampled_from(Mode), st.lists(rules(), min_size=1, max_size=6)
)


# The first example also loads Babel's locale data: no deadline.
@settings(deadline=None)
@given(groups)
def test_every_group_reads_back_and_passes_the_allowlist(group):
    logic = to_jsonlogic(group)
    assert from_jsonlogic(logic, FIELDS) == group
    assert check_condition(logic, NAMES) == []


def _row_values(field):
    """A value of the kind as ``condition_data`` hands it to a condition, or None."""
    if field.kind is FieldKind.BOOLEAN:
        return st.none() | st.booleans()
    if field.kind is FieldKind.CHOICE:
        return st.none() | st.sampled_from(field.choices)
    if field.kind in (FieldKind.TEXT, FieldKind.PERSON_NAME, FieldKind.EMAIL):
        return st.none() | st.just("") | st.text(max_size=12)
    return st.none() | _values(field)


rows = st.fixed_dictionaries({field.name: _row_values(field) for field in FIELDS})


def _means(rule, value):
    """What the rule says in words, for a value as the condition sees it."""
    operator = rule.operator
    if operator is Operator.EMPTY:
        return value is None or value == ""
    if operator is Operator.NOT_EMPTY:
        return not (value is None or value == "")
    if operator in (Operator.TRUE, Operator.FALSE):
        return value is (operator is Operator.TRUE)
    if value is None:
        return operator is Operator.NOT_EQUAL  # nothing is not 50,00
    return {
        Operator.EQUAL: lambda: value == rule.value,
        Operator.NOT_EQUAL: lambda: value != rule.value,
        Operator.LESS: lambda: value < rule.value,
        Operator.AT_MOST: lambda: value <= rule.value,
        Operator.GREATER: lambda: value > rule.value,
        Operator.AT_LEAST: lambda: value >= rule.value,
        Operator.ONE_OF: lambda: value in rule.value,
    }[operator]()


@settings(deadline=None)
@given(groups, rows)
def test_every_group_evaluates_as_its_words_say(group, data):
    meant = [_means(rule, data[rule.field]) for rule in group.rules]
    expected = all(meant) if group.mode is Mode.ALL else any(meant)
    assert evaluate(to_jsonlogic(group), data) is expected


def test_the_sample_condition_is_read_as_a_rule_and_written_back_unchanged():
    template = Project.open(SAMPLE_PROJECT).template
    layer = template.scene("bedrag").layer("bedrag-groot")
    group = from_jsonlogic(layer.condition, template.fields)
    assert group == one("amount_due", Operator.AT_LEAST, 50000)
    assert to_jsonlogic(group) == layer.condition


def test_a_lone_rule_is_written_as_itself_and_any_of_one_is_all_of_one():
    group = RuleGroup(Mode.ANY, [Rule("amount_due", Operator.AT_LEAST, 50000)])
    assert group.mode is Mode.ALL
    assert to_jsonlogic(group) == {">=": [{"var": "amount_due"}, 50000]}


def test_the_written_forms():
    both = RuleGroup(
        "any",
        [
            Rule("amount_due", "at_least", 50000),
            Rule("language", "one_of", ["nl", "en"]),
        ],
    )
    assert to_jsonlogic(both) == {
        "or": [
            {">=": [{"var": "amount_due"}, 50000]},
            {"in": [{"var": "language"}, ["nl", "en"]]},
        ]
    }
    assert to_jsonlogic(one("email", "not_empty")) == {"!": [{"missing": ["email"]}]}
    assert to_jsonlogic(one("has_plan", "true")) == {"===": [{"var": "has_plan"}, True]}
    # 0 would pass "< 100,00", and an empty amount compares as 0: it is guarded.
    assert to_jsonlogic(one("credit", "less", 10000)) == {
        "and": [
            {"!==": [{"var": "credit"}, None]},
            {"<": [{"var": "credit"}, 10000]},
        ]
    }


def test_a_group_without_rules_is_no_condition():
    with pytest.raises(ValueError, match="store None"):
        to_jsonlogic(RuleGroup(Mode.ALL, []))


NOT_GROUPS = [
    None,
    [],
    "amount_due",
    {"if": [{"var": "has_plan"}, True, False]},
    {
        "and": [
            {"or": [{"missing": ["email"]}, {"missing": ["first_name"]}]},
            {"missing": ["language"]},
        ]
    },
    {"and": [{">=": [{"var": "amount_due"}, 50000]}]},
    {">=": [50000, {"var": "amount_due"}]},
    {">=": [{"var": "amount_due"}, 50000.0]},
    {">=": [{"var": ["amount_due"]}, 50000]},
    {"<": [{"var": "amount_due"}, 50000]},  # unguarded: an empty amount passes
    {"<=": [{"var": "due_date"}, "2027-02-01"]},
    {"<": [{"var": "due_date"}, "1 februari"]},
    {"===": [{"var": "has_plan"}, 1]},
    {"==": [{"var": "has_plan"}, True]},
    {"in": [{"var": "language"}, []]},
    {"in": [{"var": "language"}, "nl en"]},
    {"missing": ["email", "first_name"]},
    {"!": [{"var": "email"}]},
    {"cat": ["a", "b"]},
    {">=": [{"var": "amount_due"}, 50000], "==": [1, 1]},
]


@pytest.mark.parametrize("logic", NOT_GROUPS)
def test_logic_that_is_not_a_flat_group_is_none(logic):
    assert from_jsonlogic(logic) is None


@pytest.mark.parametrize(
    "logic",
    [
        {">=": [{"var": "balance"}, 50000]},  # no such field
        {"missing": ["amount_due"]},  # money offers no "is empty"
        {"==": [{"var": "language"}, "de"]},  # not one of its choices
        {"in": [{"var": "language"}, ["nl", "fr"]]},
        {"==": [{"var": "amount_due"}, "500"]},
        {"==": [{"var": "email"}, "a@b.nl"]},  # only presence, for an address
        {"==": [{"var": "first_name"}, 5]},
    ],
)
def test_with_the_fields_a_rule_must_be_one_the_builder_offers(logic):
    assert from_jsonlogic(logic) is not None
    assert from_jsonlogic(logic, FIELDS) is None


def test_which_rules_fit_which_field():
    assert rule_fits(Rule("due_date", "greater", "2027-02-01"), DUE)
    assert not rule_fits(Rule("due_date", "greater", "2027-02-01"), AMOUNT)
    assert not rule_fits(Rule("due_date", "not_equal", "2027-02-01"), DUE)
    assert not rule_fits(Rule("due_date", "equal", "morgen"), DUE)


# -- evaluated as meant --------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "shown"), [("499.99", False), ("500.00", True), ("500.01", True)]
)
def test_at_least_500_is_compared_in_cents(amount, shown):
    group = one("amount_due", Operator.AT_LEAST, cents_from_text(AMOUNT, "500,00"))
    assert holds(group, amount_due=euro(amount)) is shown


@pytest.mark.parametrize(
    ("operator", "limit", "shown"),
    [
        (Operator.LESS, 10000, False),
        (Operator.AT_MOST, 0, False),
        (Operator.AT_LEAST, 0, False),
        (Operator.GREATER, -1, False),
        (Operator.EQUAL, 0, False),
        (Operator.NOT_EQUAL, 0, True),
        (Operator.AT_LEAST, 100, False),
    ],
)
def test_an_empty_amount_passes_no_comparison_but_differs(operator, limit, shown):
    assert holds(one("credit", operator, limit)) is shown
    assert holds(one("credit", operator, limit), credit=None) is shown


def test_a_guarded_comparison_still_holds_for_a_real_zero():
    assert holds(one("credit", Operator.LESS, 10000), credit=euro("0"))
    assert holds(one("reminders", Operator.AT_MOST, 0), reminders=0)
    assert not holds(one("reminders", Operator.AT_MOST, 0), reminders=1)


def test_a_currency_without_cents_compares_whole_units():
    assert cents_from_text(YEN, "1500") == 1500
    assert holds(one("yen", Operator.AT_LEAST, 1500), yen=Money(Decimal(1500), "JPY"))


def test_choices():
    is_en = one("language", Operator.EQUAL, "en")
    is_not_nl = one("language", Operator.NOT_EQUAL, "nl")
    nl_or_en = one("language", Operator.ONE_OF, ("nl", "en"))
    empty = one("language", Operator.EMPTY)
    assert [holds(g, language="en") for g in (is_en, is_not_nl, nl_or_en, empty)] == [
        True,
        True,
        True,
        False,
    ]
    assert [holds(g, language="tr") for g in (is_en, is_not_nl, nl_or_en)] == [
        False,
        True,
        False,
    ]
    assert [holds(g) for g in (is_en, is_not_nl, nl_or_en, empty)] == [
        False,
        True,
        False,
        True,
    ]


@pytest.mark.parametrize("value", [None, ""])
def test_an_empty_text_is_empty(value):
    assert holds(one("first_name", Operator.EMPTY), first_name=value)
    assert not holds(one("first_name", Operator.NOT_EMPTY), first_name=value)
    assert not holds(one("first_name", Operator.EQUAL, "Sanne"), first_name=value)


def test_dates_before_after_and_on():
    day = "2027-02-01"
    before = one("due_date", Operator.LESS, day)
    after = one("due_date", Operator.GREATER, day)
    on = one("due_date", Operator.EQUAL, day)
    for date, expected in [
        (datetime.date(2027, 1, 31), [True, False, False]),
        (datetime.date(2027, 2, 1), [False, False, True]),
        (datetime.date(2027, 2, 2), [False, True, False]),
        (datetime.date(2026, 12, 31), [True, False, False]),
        (None, [False, False, False]),
    ]:
        assert [holds(g, due_date=date) for g in (before, after, on)] == expected


def test_a_boolean_is_true_or_false_and_an_empty_one_neither():
    true, false = one("has_plan", Operator.TRUE), one("has_plan", Operator.FALSE)
    assert [holds(true, has_plan=True), holds(false, has_plan=True)] == [True, False]
    assert [holds(true, has_plan=False), holds(false, has_plan=False)] == [False, True]
    assert [holds(true), holds(false)] == [False, False]


def test_the_sample_rows_the_builder_example_picks():
    from studio.ui.sample_rows import sample_rows_beside

    project = Project.open(SAMPLE_PROJECT)
    template, rows = project.template, sample_rows_beside(project)
    rich_english = RuleGroup(
        Mode.ALL,
        [
            Rule("amount_due", Operator.AT_LEAST, 50000),
            Rule("language", Operator.EQUAL, "en"),
        ],
    )
    no_email = one("email", Operator.EMPTY)
    logic = to_jsonlogic(rich_english)
    assert [i for i, v in rows.items() if condition_holds(template, logic, v)] == [
        "K-1020"
    ]
    logic = to_jsonlogic(no_email)
    assert [i for i, v in rows.items() if condition_holds(template, logic, v)] == [
        "K-1005",
        "K-1016",
    ]


# -- values refused ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (lambda: Rule("", Operator.EMPTY), "needs a field name"),
        (lambda: Rule("x", "about"), "'about' is not an operator"),
        (lambda: Rule("x", Operator.EMPTY, "a"), "empty takes no value"),
        (lambda: Rule("x", Operator.ONE_OF, ()), "non-empty list"),
        (lambda: Rule("x", Operator.EQUAL, ""), "whole number or a text"),
        (lambda: Rule("x", Operator.EQUAL, True), "whole number or a text"),
        (lambda: Rule("x", Operator.EQUAL, 1.5), "whole number or a text"),
        (lambda: Rule("x", Operator.AT_LEAST, "2027-02-01"), "takes a whole number"),
        (lambda: Rule("x", Operator.LESS, "soon"), "numbers or ISO dates"),
        (lambda: Rule("x", Operator.LESS, 2**53), "too large to compare exactly"),
        (lambda: RuleGroup("none", []), "neither 'all' nor 'any'"),
    ],
)
def test_a_rule_that_makes_no_sense_is_refused_and_says_why(rule, message):
    with pytest.raises(ValueError, match=message):
        rule()


@pytest.mark.parametrize(
    ("text", "cents"),
    [("500,00", 50000), ("500.00", 50000), ("€ 1.234,56", 123456), ("12,5", 1250)],
)
def test_amounts_are_typed_as_in_a_cell(text, cents):
    assert cents_from_text(AMOUNT, text) == cents


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "type an amount"),
        ("abc", "'abc' is not an amount"),
        ("1.234", "'1.234' is ambiguous"),
        ("500,001", "is ambiguous"),
    ],
)
def test_an_amount_that_does_not_read_is_refused_and_says_why(text, message):
    with pytest.raises(ValueProblem, match=message):
        cents_from_text(AMOUNT, text)


def test_an_amount_in_cents_is_shown_as_a_person_types_it():
    assert plain_amount(AMOUNT, 123456, "nl") == "1234,56"
    assert plain_amount(AMOUNT, 123456, "en") == "1234.56"
    assert plain_amount(AMOUNT, -5, "nl") == "-0,05"
    assert plain_amount(YEN, 1500, "nl") == "1500"
    assert cents_from_text(AMOUNT, plain_amount(AMOUNT, 123456, "nl")) == 123456


# -- in words ------------------------------------------------------------------------


def test_the_summary_of_the_builder_example():
    group = RuleGroup(
        Mode.ALL,
        [
            Rule("amount_due", Operator.AT_LEAST, 50000),
            Rule("language", Operator.EQUAL, "nl"),
        ],
    )
    assert summary(group, FIELDS, "nl") == (
        "Shown when amount due ≥ €\u00a0500,00 and language is nl"
    )
    assert summary(group, FIELDS, "en") == (
        "Shown when amount due ≥ €500.00 and language is nl"
    )


def test_the_summary_of_every_kind():
    group = RuleGroup(
        Mode.ANY,
        [
            Rule("due_date", Operator.LESS, "2027-02-01"),
            Rule("language", Operator.ONE_OF, ("nl", "en")),
            Rule("email", Operator.EMPTY),
            Rule("reminders", Operator.GREATER, 1200),
            Rule("has_plan", Operator.FALSE),
            Rule("first_name", Operator.NOT_EQUAL, "Sanne"),
        ],
    )
    assert describe(group, FIELDS, "en") == (
        "due date is before 1 February 2027 or language is one of nl, en"
        " or email is empty or reminders > 1,200 or has a plan is false"
        " or first name is not Sanne"
    )


def test_the_summary_with_translated_phrases_and_without_a_condition():
    dutch = dict(
        ENGLISH_PHRASES,
        shown_when="Getoond als {rules}",
        always="Altijd getoond",
        **{"and": "en", "number.at_least": "{field} is minstens {value}"},
    )
    group = RuleGroup(
        Mode.ALL,
        [
            Rule("amount_due", Operator.AT_LEAST, 50000),
            Rule("due_date", Operator.EQUAL, "2027-02-01"),
        ],
    )
    assert summary(group, FIELDS, "nl", dutch) == (
        "Getoond als amount due is minstens €\u00a0500,00"
        " en due date is on 1 februari 2027"
    )
    assert summary(None, FIELDS, "nl", dutch) == "Altijd getoond"
    assert summary(None, FIELDS, "nl") == "Always shown"


def test_a_rule_on_a_field_the_template_no_longer_has_still_reads():
    group = one("balance", Operator.AT_LEAST, 50000)
    assert summary(group, FIELDS, "nl") == "Shown when balance ≥ 50.000"


def test_operators_by_kind_and_their_labels():
    labels = {
        kind: [operator_label(kind, op) for op in operators_for(kind)]
        for kind in FieldKind
    }
    assert labels[FieldKind.MONEY] == ["=", "≠", "<", "≤", ">", "≥"]
    assert labels[FieldKind.INTEGER] == labels[FieldKind.MONEY]
    assert labels[FieldKind.TEXT] == ["is", "is not", "is empty", "is not empty"]
    assert labels[FieldKind.PERSON_NAME] == labels[FieldKind.TEXT]
    assert labels[FieldKind.CHOICE] == [
        "is",
        "is not",
        "is one of",
        "is empty",
        "is not empty",
    ]
    assert labels[FieldKind.DATE] == ["is before", "is after", "is on"]
    assert labels[FieldKind.BOOLEAN] == ["is true", "is false"]
    for kind in (FieldKind.PHONE, FieldKind.EMAIL, FieldKind.URL):
        assert labels[kind] == ["is empty", "is not empty"]
