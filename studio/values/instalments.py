"""Instalment plans: splitting a debt into terms that add up to it exactly.

Plans are computed in cents. The first terms carry the cents that do not divide
evenly, so 100.00 in 3 terms is 33.34, 33.33, 33.33: the debtor pays exactly the
debt, and no term differs from another by more than one cent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from studio.problems import InvalidError, Problem
from studio.values.errors import ValueProblem
from studio.values.money import Money

__all__ = ["InstalmentRules", "offered_terms", "plan"]

_WHERE = "instalment rules"
_DEFAULT_TERMS = (2, 3, 6, 12)
_PLAIN_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")


@dataclass(frozen=True)
class InstalmentRules:
    """Which plans a template offers.

    ``min_term_amount`` is in the debt's currency; a plan whose smallest term would be
    below it is not offered. ``allowed_terms`` are the counts of terms to choose from,
    ascending; ``max_terms`` caps them.
    """

    min_term_amount: Decimal
    max_terms: int
    allowed_terms: tuple[int, ...] = _DEFAULT_TERMS

    def __post_init__(self) -> None:
        object.__setattr__(self, "allowed_terms", tuple(self.allowed_terms))
        problems = [Problem(f"{_WHERE} > {key}", text) for key, text in self._check()]
        if problems:
            raise InvalidError(problems)

    def _check(self) -> list[tuple[str, str]]:
        found = []
        amount = self.min_term_amount
        if not isinstance(amount, Decimal) or not amount.is_finite() or amount <= 0:
            found.append(
                ("min_term_amount", f"{amount!r} is not a Decimal of more than 0")
            )
        if _not_int(self.max_terms) or self.max_terms < 2:
            found.append(
                ("max_terms", f"{self.max_terms!r} is not a whole number >= 2")
            )
        terms = self.allowed_terms
        if not terms or any(_not_int(n) or n < 2 for n in terms):
            found.append(
                ("allowed_terms", f"{list(terms)!r} must list whole numbers >= 2")
            )
        elif list(terms) != sorted(set(terms)):
            found.append(
                ("allowed_terms", f"{list(terms)!r} must be ascending, without repeats")
            )
        return found

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "min_term_amount": str(self.min_term_amount),
            "max_terms": self.max_terms,
        }
        if self.allowed_terms != _DEFAULT_TERMS:
            data["allowed_terms"] = list(self.allowed_terms)
        return data

    @classmethod
    def from_dict(cls, data: object) -> InstalmentRules:
        if not isinstance(data, dict):
            raise InvalidError(Problem(_WHERE, "must be a JSON object"))
        problems = [
            Problem(f"{_WHERE} > {key}", "unknown key")
            for key in data
            if key not in ("min_term_amount", "max_terms", "allowed_terms")
        ]
        amount = data.get("min_term_amount")
        if not isinstance(amount, str) or not _PLAIN_DECIMAL.fullmatch(amount):
            problems.append(
                Problem(
                    f"{_WHERE} > min_term_amount",
                    f'{amount!r} is not a decimal text like "25.00"',
                )
            )
        terms = data.get("allowed_terms", list(_DEFAULT_TERMS))
        if not isinstance(terms, list):
            problems.append(Problem(f"{_WHERE} > allowed_terms", "must be a list"))
        if problems:
            raise InvalidError(problems)
        return cls(Decimal(amount), data.get("max_terms"), tuple(terms))


def _not_int(value: object) -> bool:
    return isinstance(value, bool) or not isinstance(value, int)


def _smallest_term(total: Money, terms: int) -> Money:
    return Money.from_cents(total.cents // terms, total.currency)


def offered_terms(total: Money, rules: InstalmentRules) -> list[int]:
    """The counts of terms the debtor may choose for ``total``, ascending."""
    return [
        terms
        for terms in rules.allowed_terms
        if terms <= rules.max_terms
        and _smallest_term(total, terms).amount >= rules.min_term_amount
    ]


def plan(total: Money, terms: int, rules: InstalmentRules) -> list[Money]:
    """``total`` split into ``terms`` amounts that add up to it to the cent."""
    _check_offered(total, terms, rules)
    base, remainder = divmod(total.cents, terms)
    return [
        Money.from_cents(base + 1 if index < remainder else base, total.currency)
        for index in range(terms)
    ]


def _check_offered(total: Money, terms: int, rules: InstalmentRules) -> None:
    if _not_int(terms) or terms not in rules.allowed_terms:
        allowed = ", ".join(str(n) for n in rules.allowed_terms)
        raise ValueProblem(
            f"{terms!r} terms are not offered; the allowed counts are {allowed}"
        )
    if terms > rules.max_terms:
        raise ValueProblem(
            f"{terms} terms are more than the maximum of {rules.max_terms}"
        )
    smallest = _smallest_term(total, terms)
    if smallest.amount < rules.min_term_amount:
        minimum = f"{total.currency} {rules.min_term_amount}"
        raise ValueProblem(
            f"{total} in {terms} terms would have terms of {smallest}, below the "
            f"minimum term amount of {minimum}"
        )
