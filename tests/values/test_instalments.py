from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.problems import InvalidError
from studio.values.errors import ValueProblem
from studio.values.instalments import InstalmentRules, offered_terms, plan
from studio.values.money import Money

RULES = InstalmentRules(min_term_amount=Decimal("25.00"), max_terms=12)


def eur(text: str) -> Money:
    return Money(Decimal(text), "EUR")


def test_plan_adds_up_with_the_first_terms_a_cent_more():
    assert plan(eur("100.00"), 3, RULES) == [eur("33.34"), eur("33.33"), eur("33.33")]
    assert plan(eur("100.01"), 2, RULES) == [eur("50.01"), eur("50.00")]
    assert plan(eur("300.00"), 12, RULES) == [eur("25.00")] * 12


def test_offered_terms():
    assert offered_terms(eur("1000.00"), RULES) == [2, 3, 6, 12]
    assert offered_terms(eur("100.00"), RULES) == [2, 3]
    assert offered_terms(eur("49.99"), RULES) == []
    assert offered_terms(eur("50.00"), RULES) == [2]
    assert offered_terms(eur("-100.00"), RULES) == []
    capped = InstalmentRules(Decimal("1"), max_terms=6, allowed_terms=(2, 6, 12))
    assert offered_terms(eur("1000.00"), capped) == [2, 6]


def test_plan_refuses_counts_not_offered():
    with pytest.raises(ValueProblem) as caught:
        plan(eur("1000.00"), 4, RULES)
    assert caught.value.message == (
        "4 terms are not offered; the allowed counts are 2, 3, 6, 12"
    )
    capped = InstalmentRules(Decimal("1"), max_terms=6)
    with pytest.raises(ValueProblem) as caught:
        plan(eur("1000.00"), 12, capped)
    assert caught.value.message == "12 terms are more than the maximum of 6"
    with pytest.raises(ValueProblem) as caught:
        plan(eur("100.00"), 6, RULES)
    assert caught.value.message == (
        "EUR 100.00 in 6 terms would have terms of EUR 16.66, below the minimum "
        "term amount of EUR 25.00"
    )


def test_rules_validation():
    with pytest.raises(InvalidError) as caught:
        InstalmentRules(0.5, max_terms=1, allowed_terms=(3, 2, 2))
    assert [str(p) for p in caught.value.problems] == [
        "instalment rules > min_term_amount: 0.5 is not a Decimal of more than 0",
        "instalment rules > max_terms: 1 is not a whole number >= 2",
        "instalment rules > allowed_terms: [3, 2, 2] must be ascending, "
        "without repeats",
    ]
    with pytest.raises(InvalidError, match="must list whole numbers >= 2"):
        InstalmentRules(Decimal("1"), 12, allowed_terms=(1, 2))


def test_rules_round_trip():
    assert RULES.to_dict() == {"min_term_amount": "25.00", "max_terms": 12}
    assert InstalmentRules.from_dict(RULES.to_dict()) == RULES
    custom = InstalmentRules(Decimal("10"), 6, allowed_terms=(2, 4))
    assert custom.to_dict()["allowed_terms"] == [2, 4]
    assert InstalmentRules.from_dict(custom.to_dict()) == custom


def test_rules_from_bad_dict():
    with pytest.raises(InvalidError) as caught:
        InstalmentRules.from_dict({"min_term_amount": 25, "terms": [2]})
    assert [str(p) for p in caught.value.problems] == [
        "instalment rules > terms: unknown key",
        'instalment rules > min_term_amount: 25 is not a decimal text like "25.00"',
    ]
    with pytest.raises(InvalidError, match="max_terms: None is not a whole number"):
        InstalmentRules.from_dict({"min_term_amount": "25.00"})


@st.composite
def debts(draw):
    rules = InstalmentRules(
        min_term_amount=Decimal(draw(st.integers(1, 10_000))) / 100,
        max_terms=draw(st.integers(2, 24)),
        allowed_terms=tuple(
            sorted(draw(st.sets(st.integers(2, 36), min_size=1, max_size=6)))
        ),
    )
    total = Money.from_cents(draw(st.integers(1, 10**9)), "EUR")
    return total, rules


@given(debts())
def test_every_offered_plan_is_exact(debt):
    total, rules = debt
    for terms in offered_terms(total, rules):
        amounts = plan(total, terms, rules)
        assert len(amounts) == terms
        assert sum(a.cents for a in amounts) == total.cents
        assert sum((a.amount for a in amounts), Decimal(0)) == total.amount
        assert max(a.cents for a in amounts) - min(a.cents for a in amounts) <= 1
        assert all(a.amount >= rules.min_term_amount for a in amounts)
        assert all(type(a.amount) is Decimal and a.currency == "EUR" for a in amounts)
        assert amounts == sorted(amounts, key=lambda a: -a.cents)


@given(debts(), st.integers(1, 40))
def test_plans_not_offered_are_refused(debt, terms):
    total, rules = debt
    if terms in offered_terms(total, rules):
        return
    with pytest.raises(ValueProblem, match=f"^{terms} terms|^EUR "):
        plan(total, terms, rules)
