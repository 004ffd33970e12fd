"""The instalment plans one row is offered, as the viewer reads them."""

import datetime
import re
from decimal import Decimal
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.data.check import load_rows
from studio.project import Project
from studio.render.resolve import resolve_row
from studio.resources import SAMPLE_PROJECT
from studio.values.money import Money

LABEL = "termijnen.optie"  # the sample's plan picker label


@cache
def template():
    return Project.open(SAMPLE_PROJECT).template


@cache
def _rows():
    return load_rows(
        template().fields,
        SAMPLE_PROJECT / "sample-rows.csv",
        row_id_field="customer_id",
    )


def row(amount: str | None = None, **changes) -> dict:
    """Sample row K-1002 (€ 1.234,56, due 20 January 2027), perhaps changed."""
    values = dict(_rows()["K-1002"], **changes)
    if amount is not None:
        values["amount_due"] = Money(Decimal(amount), "EUR")
    return values


def cents_of(shown: str) -> int:
    """The cents of an amount as shown, in nl (€ 1.234,56) or en (€1,234.56)."""
    return int(re.sub(r"[^0-9]", "", shown))


def terms_of(values: dict, language: str = "nl") -> list[int]:
    return [plan.terms for plan in resolve_row(template(), values, language).plans]


def test_the_sample_rules():
    rules = template().settings.instalments
    assert (rules.min_term_amount, rules.max_terms, rules.allowed_terms) == (
        Decimal("10.00"),
        6,
        (2, 3, 6),
    )


@pytest.mark.parametrize(
    "amount, terms",
    [
        ("12.50", []),  # two terms would be € 6,25, below € 10,00
        ("19.99", []),
        ("20.00", [2]),
        ("45.00", [2, 3]),  # six terms would be € 7,50
        ("59.99", [2, 3]),
        ("60.00", [2, 3, 6]),
        ("1234.56", [2, 3, 6]),
        ("100000.00", [2, 3, 6]),
    ],
)
def test_the_plans_offered_follow_the_amount(amount, terms):
    assert terms_of(row(amount)) == terms
    assert terms_of(row(amount), "en") == terms


def test_a_row_without_an_amount_is_offered_no_plan():
    resolved = resolve_row(template(), row(amount_due=None), "nl")
    assert resolved.plans == []
    assert resolved.plan_labels == {LABEL: []}


@given(st.integers(min_value=1, max_value=10_000_000))
def test_the_terms_add_up_to_the_debt_to_the_cent(cents):
    total = Money.from_cents(cents, "EUR")
    values = row(str(total.amount))
    for language in ("nl", "en"):
        for plan in resolve_row(template(), values, language).plans:
            parts = [cents_of(amount) for amount in plan.amounts]
            assert len(parts) == plan.terms
            assert sum(parts) == cents
            assert max(parts) - min(parts) <= 1
            assert parts == sorted(parts, reverse=True)  # the first carry the cents
            assert Decimal(min(parts)).scaleb(-2) >= Decimal("10.00")


def test_uneven_terms_shown_in_each_language():
    nl = resolve_row(template(), row("250.00"), "nl").plans
    en = resolve_row(template(), row("250.00"), "en").plans
    assert nl[1].amounts == ["€\xa083,34", "€\xa083,33", "€\xa083,33"]
    assert en[1].amounts == ["€83.34", "€83.33", "€83.33"]
    assert en[2].amounts == ["€41.67"] * 4 + ["€41.66"] * 2
    assert en[1].summary == "3 × €83.33 (€83.34 + €83.33 + €83.33)"


def test_the_first_due_date_is_the_row_due_date_in_the_language():
    assert {p.first_due for p in resolve_row(template(), row(), "nl").plans} == {
        "20 januari 2027"
    }
    assert {p.first_due for p in resolve_row(template(), row(), "en").plans} == {
        "20 January 2027"
    }
    later = row(due_date=datetime.date(2027, 3, 1))
    assert resolve_row(template(), later, "nl").plans[0].first_due == "1 maart 2027"


def test_without_a_due_date_the_first_due_is_empty():
    plans = resolve_row(template(), row(due_date=None), "nl").plans
    assert plans and all(plan.first_due == "" for plan in plans)


def test_the_picker_label_is_filled_for_each_plan():
    nl = resolve_row(template(), row("250.00"), "nl")
    en = resolve_row(template(), row("250.00"), "en")
    assert nl.plan_labels[LABEL] == [
        "In 2 keer: eerst €\xa0125,00 op 20 januari 2027",
        "In 3 keer: eerst €\xa083,34 op 20 januari 2027",
        "In 6 keer: eerst €\xa041,67 op 20 januari 2027",
    ]
    assert en.plan_labels[LABEL] == [
        "In 2 parts: first €125.00 on 20 January 2027",
        "In 3 parts: first €83.34 on 20 January 2027",
        "In 6 parts: first €41.67 on 20 January 2027",
    ]
    # As one text, for the checks that every text fits: the first plan's.
    assert en.texts[LABEL] == en.plan_labels[LABEL][0]


def test_the_label_of_a_small_amount_lists_only_the_plans_it_allows():
    labels = resolve_row(template(), row("45.00"), "en").plan_labels[LABEL]
    assert labels == [
        "In 2 parts: first €22.50 on 20 January 2027",
        "In 3 parts: first €15.00 on 20 January 2027",
    ]
