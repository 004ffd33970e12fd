"""Conditions as rules a designer can read: "amount due ≥ € 500,00 and language is nl".

A :class:`RuleGroup` is a flat list of :class:`Rule` joined by *all* (and) or *any*
(or). It is a second view of a JsonLogic condition, never a second format: the
template stores only the JsonLogic that :func:`to_jsonlogic` writes, and
:func:`from_jsonlogic` reads back exactly that form (anything else, such as a
condition written by hand, is not a group and is shown as JSON).

A rule's value is the JSON value the condition compares with, as
:mod:`studio.values.conditions` hands the row to a condition: **money in cents**
(an int), a date as ISO text (``"2027-02-01"``), text as it is, a list of choices
as a tuple, and None for the operators that take no value. Use
:func:`cents_from_text` and :func:`plain_amount` to go between cents and the
``Decimal`` amounts people type.

What an empty value does: a comparison that 0 would pass (``< 100,00``,
``≥ 0``) is guarded so that an empty amount never passes it, because the
evaluator, like JavaScript, compares null as 0. ``=``, ``is`` and the dates are
false for an empty value without a guard; ``≠`` and ``is not`` are true for it
("nothing is not 50,00").
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from babel.numbers import format_decimal

from studio.values.errors import ValueProblem, quote
from studio.values.fields import Field, FieldKind
from studio.values.formatting import (
    format_date,
    format_integer,
    format_money,
    locale_for,
)
from studio.values.money import Money, currency_precision, parse_amount

__all__ = [
    "ENGLISH_PHRASES",
    "Mode",
    "Operator",
    "Rule",
    "RuleGroup",
    "cents_from_text",
    "describe",
    "family",
    "field_label",
    "from_jsonlogic",
    "operator_label",
    "operators_for",
    "plain_amount",
    "rule_fits",
    "summary",
    "takes_value",
    "to_jsonlogic",
]

# Integers beyond this lose precision in the player's JavaScript doubles.
_MAX_SAFE_INTEGER = 2**53 - 1


class Mode(StrEnum):
    ALL = "all"
    ANY = "any"


class Operator(StrEnum):
    EQUAL = "equal"
    NOT_EQUAL = "not_equal"
    LESS = "less"
    AT_MOST = "at_most"
    GREATER = "greater"
    AT_LEAST = "at_least"
    EMPTY = "empty"
    NOT_EMPTY = "not_empty"
    ONE_OF = "one_of"
    TRUE = "true"
    FALSE = "false"


_UNARY = frozenset({Operator.EMPTY, Operator.NOT_EMPTY, Operator.TRUE, Operator.FALSE})
_ORDERED = {
    Operator.LESS: "<",
    Operator.AT_MOST: "<=",
    Operator.GREATER: ">",
    Operator.AT_LEAST: ">=",
}
_BINARY = {Operator.EQUAL: "==", Operator.NOT_EQUAL: "!=", **_ORDERED}
_BINARY_OF = {symbol: operator for operator, symbol in _BINARY.items()}

_NUMBERS = (
    Operator.EQUAL,
    Operator.NOT_EQUAL,
    Operator.LESS,
    Operator.AT_MOST,
    Operator.GREATER,
    Operator.AT_LEAST,
)
_TEXTS = (Operator.EQUAL, Operator.NOT_EQUAL, Operator.EMPTY, Operator.NOT_EMPTY)
_CHOICES = (
    Operator.EQUAL,
    Operator.NOT_EQUAL,
    Operator.ONE_OF,
    Operator.EMPTY,
    Operator.NOT_EMPTY,
)
# ISO dates order correctly as text, and "on" is equality of that text.
_DATES = (Operator.LESS, Operator.GREATER, Operator.EQUAL)
# Phone numbers, addresses and links are stored normalised (E.164, lower case …),
# so a typed value would rarely equal them: only their presence is offered.
_PRESENCE = (Operator.EMPTY, Operator.NOT_EMPTY)

_OPERATORS = {
    FieldKind.MONEY: _NUMBERS,
    FieldKind.INTEGER: _NUMBERS,
    FieldKind.TEXT: _TEXTS,
    FieldKind.PERSON_NAME: _TEXTS,
    FieldKind.CHOICE: _CHOICES,
    FieldKind.DATE: _DATES,
    FieldKind.BOOLEAN: (Operator.TRUE, Operator.FALSE),
    FieldKind.PHONE: _PRESENCE,
    FieldKind.EMAIL: _PRESENCE,
    FieldKind.URL: _PRESENCE,
}
_FAMILIES = {
    FieldKind.MONEY: "number",
    FieldKind.INTEGER: "number",
    FieldKind.DATE: "date",
    FieldKind.BOOLEAN: "boolean",
}

# The sentence parts, by key; a caller passes them translated. ``{field}`` is the
# field's label, ``{value}`` the formatted value, ``{rules}`` the joined rules.
ENGLISH_PHRASES: dict[str, str] = {
    "always": "Always shown",
    "shown_when": "Shown when {rules}",
    "and": "and",
    "or": "or",
    "number.equal": "{field} = {value}",
    "number.not_equal": "{field} ≠ {value}",
    "number.less": "{field} < {value}",
    "number.at_most": "{field} ≤ {value}",
    "number.greater": "{field} > {value}",
    "number.at_least": "{field} ≥ {value}",
    "text.equal": "{field} is {value}",
    "text.not_equal": "{field} is not {value}",
    "text.empty": "{field} is empty",
    "text.not_empty": "{field} is not empty",
    "text.one_of": "{field} is one of {value}",
    "date.less": "{field} is before {value}",
    "date.greater": "{field} is after {value}",
    "date.equal": "{field} is on {value}",
    "boolean.true": "{field} is true",
    "boolean.false": "{field} is false",
}


@dataclass(frozen=True)
class Rule:
    """One comparison of a field with a value (see the module for the values)."""

    field: str
    operator: Operator
    value: int | str | tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.field, str) or not self.field:
            raise ValueError(f"a rule needs a field name, not {self.field!r}")
        try:
            operator = Operator(self.operator)
        except ValueError:
            known = ", ".join(Operator)
            raise ValueError(
                f"{self.operator!r} is not an operator; use one of {known}"
            ) from None
        object.__setattr__(self, "operator", operator)
        if operator is Operator.ONE_OF and isinstance(self.value, list):
            object.__setattr__(self, "value", tuple(self.value))
        problem = _value_problem(operator, self.value)
        if problem:
            raise ValueError(f"rule on {self.field!r}: {problem}")


def _value_problem(operator: Operator, value: object) -> str | None:
    if operator in _UNARY:
        return None if value is None else f"{operator} takes no value, not {value!r}"
    if operator is Operator.ONE_OF:
        if not isinstance(value, tuple) or not value:
            return f"one_of takes a non-empty list of texts, not {value!r}"
        if not all(isinstance(item, str) and item for item in value):
            return f"one_of takes texts, not {value!r}"
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > _MAX_SAFE_INTEGER:
            return f"{value} is too large to compare exactly"
        return None
    if not isinstance(value, str) or not value:
        return f"{operator} takes a whole number or a text, not {value!r}"
    if operator in (Operator.AT_MOST, Operator.AT_LEAST):
        return f"{operator} takes a whole number, not {value!r}"
    if operator in _ORDERED and not _is_iso_date(value):
        return f"{operator} compares numbers or ISO dates, not {value!r}"
    return None


def _is_iso_date(text: str) -> bool:
    try:
        return datetime.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


@dataclass(frozen=True)
class RuleGroup:
    """Rules that must all hold, or of which any must hold.

    With fewer than two rules the mode means nothing and is always ``all``, so
    that a group equals the group read back from its JsonLogic.
    """

    mode: Mode
    rules: tuple[Rule, ...]

    def __post_init__(self) -> None:
        try:
            mode = Mode(self.mode)
        except ValueError:
            raise ValueError(f"mode {self.mode!r} is neither 'all' nor 'any'") from None
        rules = tuple(self.rules)
        if not all(isinstance(rule, Rule) for rule in rules):
            raise ValueError(f"a group holds rules, not {rules!r}")
        object.__setattr__(self, "mode", mode if len(rules) > 1 else Mode.ALL)
        object.__setattr__(self, "rules", rules)


# -- which rules a field takes ----------------------------------------------------


def operators_for(kind: FieldKind | str) -> tuple[Operator, ...]:
    """The operators offered for a field of ``kind``, in the order shown."""
    return _OPERATORS[FieldKind(kind)]


def takes_value(operator: Operator | str) -> bool:
    """Whether ``operator`` compares with a value (``is empty`` does not)."""
    return Operator(operator) not in _UNARY


def family(kind: FieldKind | str) -> str:
    """Which set of phrases a kind reads with: number, date, boolean or text."""
    return _FAMILIES.get(FieldKind(kind), "text")


def rule_fits(rule: Rule, field: Field) -> bool:
    """Whether ``rule`` is one the builder offers for ``field``."""
    if rule.field != field.name or rule.operator not in operators_for(field.kind):
        return False
    value, kind = rule.value, FieldKind(field.kind)
    if rule.operator in _UNARY:
        return True
    if kind in (FieldKind.MONEY, FieldKind.INTEGER):
        return isinstance(value, int)
    if kind is FieldKind.DATE:
        return isinstance(value, str) and _is_iso_date(value)
    if kind is FieldKind.CHOICE:
        values = value if rule.operator is Operator.ONE_OF else (value,)
        return all(item in field.choices for item in values)
    return isinstance(value, str)


# -- JsonLogic ------------------------------------------------------------------


def to_jsonlogic(group: RuleGroup) -> dict:
    """The JsonLogic of ``group``: a lone rule as itself, else an and/or of rules.

    A group without rules is no condition (store None); ValueError.
    """
    if not group.rules:
        raise ValueError("a group without rules is no condition; store None instead")
    logic = [_rule_logic(rule) for rule in group.rules]
    if len(logic) == 1:
        return logic[0]
    return {"and" if group.mode is Mode.ALL else "or": logic}


def _rule_logic(rule: Rule) -> dict:
    field = {"var": rule.field}
    operator = rule.operator
    if operator is Operator.EMPTY:
        return {"missing": [rule.field]}
    if operator is Operator.NOT_EMPTY:
        return {"!": [{"missing": [rule.field]}]}
    if operator in (Operator.TRUE, Operator.FALSE):
        return {"===": [field, operator is Operator.TRUE]}
    if operator is Operator.ONE_OF:
        return {"in": [field, list(rule.value)]}
    comparison = {_BINARY[operator]: [field, rule.value]}
    if isinstance(rule.value, int) and _passes_at_zero(operator, rule.value):
        return {"and": [{"!==": [field, None]}, comparison]}
    return comparison


def _passes_at_zero(operator: Operator, limit: int) -> bool:
    """Whether an empty value, which the evaluator compares as 0, would pass."""
    if operator is Operator.LESS:
        return 0 < limit
    if operator is Operator.AT_MOST:
        return 0 <= limit
    if operator is Operator.GREATER:
        return 0 > limit
    return operator is Operator.AT_LEAST and 0 >= limit


def from_jsonlogic(
    logic: object, fields: Iterable[Field] | None = None
) -> RuleGroup | None:
    """The group whose JsonLogic is ``logic``; None if it is not such a group.

    Only the form :func:`to_jsonlogic` writes is read, so a group read here writes
    back the very same JsonLogic. With ``fields``, every rule must also be one the
    builder offers for its field (a known field, an operator of its kind, a value
    it can show).
    """
    rules = _rules_of(logic)
    if rules is None:
        return None
    mode, found = rules
    if fields is not None:
        by_name = {field.name: field for field in fields}
        for rule in found:
            known = by_name.get(rule.field)
            if known is None or not rule_fits(rule, known):
                return None
    return RuleGroup(mode, found)


def _rules_of(logic: object) -> tuple[Mode, tuple[Rule, ...]] | None:
    lone = _rule_of(logic)
    if lone is not None:
        return Mode.ALL, (lone,)
    if not isinstance(logic, dict) or len(logic) != 1:
        return None
    ((joiner, parts),) = logic.items()
    if joiner not in ("and", "or") or not isinstance(parts, list) or len(parts) < 2:
        return None
    rules = tuple(_rule_of(part) for part in parts)
    if any(rule is None for rule in rules):
        return None
    return (Mode.ALL if joiner == "and" else Mode.ANY), rules


def _rule_of(logic: object) -> Rule | None:
    candidate = _candidate(logic)
    # Read loosely, kept only if it writes back exactly: a value of another JSON
    # type (1 for true, 500.0 for 500) or a missing guard is not this rule.
    if candidate is None or not _same_json(_rule_logic(candidate), logic):
        return None
    return candidate


def _candidate(logic: object) -> Rule | None:
    if not isinstance(logic, dict) or len(logic) != 1:
        return None
    ((operator, args),) = logic.items()
    if not isinstance(args, list):
        return None
    try:
        if operator == "missing" and len(args) == 1:
            return Rule(args[0], Operator.EMPTY)
        if operator == "!" and len(args) == 1:
            inner = _candidate(args[0])
            if inner is not None and inner.operator is Operator.EMPTY:
                return Rule(inner.field, Operator.NOT_EMPTY)
            return None
        if operator == "and" and len(args) == 2:
            return _candidate(args[1])  # a guarded comparison
        name = _field_name(args[0]) if len(args) == 2 else None
        if name is None:
            return None
        value = args[1]
        if operator == "===" and isinstance(value, bool):
            return Rule(name, Operator.TRUE if value else Operator.FALSE)
        if operator == "in" and isinstance(value, list):
            return Rule(name, Operator.ONE_OF, tuple(value))
        if operator in _BINARY_OF:
            return Rule(name, _BINARY_OF[operator], value)
    except (ValueError, TypeError):
        return None
    return None


def _field_name(node: object) -> str | None:
    if isinstance(node, dict) and len(node) == 1 and isinstance(node.get("var"), str):
        return node["var"]
    return None


def _same_json(a: object, b: object) -> bool:
    # json.dumps tells True from 1 and 500 from 500.0, which == does not.
    try:
        return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    except (TypeError, ValueError):
        return False


# -- amounts ---------------------------------------------------------------------


def cents_from_text(field: Field, text: str) -> int:
    """The amount typed for money ``field``, in cents; ValueProblem if it is none.

    Reads what a sample-row cell may hold (``500,00``, ``€ 1.234,56``, ``500.00``)
    and refuses what could be meant in two ways, as cells are refused.
    """
    if not text.strip():
        raise ValueProblem("type an amount, such as 500,00")
    amount = parse_amount(text, field.currency)
    cents = Money.from_exact(amount, field.currency).cents
    if abs(cents) > _MAX_SAFE_INTEGER:
        raise ValueProblem(f"{quote(text)} is too large to compare exactly")
    return cents


def plain_amount(field: Field, cents: int, language: str) -> str:
    """``cents`` of money ``field`` as a person types it in ``language``: 500,00."""
    precision = currency_precision(field.currency)
    amount = Decimal(cents).scaleb(-precision)
    pattern = "0." + "0" * precision if precision else "0"
    return format_decimal(
        amount, format=pattern, locale=locale_for(language), numbering_system="latn"
    )


# -- in words -------------------------------------------------------------------


def field_label(field: Field) -> str:
    return field.label or field.name.replace("_", " ")


def summary(
    group: RuleGroup | None,
    fields: Iterable[Field],
    language: str,
    phrases: Mapping[str, str] = ENGLISH_PHRASES,
) -> str:
    """The sentence for ``group``: "Shown when amount due ≥ € 500,00 and …".

    Values are formatted for the template ``language``; ``phrases`` holds the
    sentence parts by the keys of :data:`ENGLISH_PHRASES`, translated by the caller.
    None, or a group without rules, is "Always shown".
    """
    if group is None or not group.rules:
        return phrases["always"]
    return phrases["shown_when"].format(
        rules=describe(group, fields, language, phrases)
    )


def describe(
    group: RuleGroup,
    fields: Iterable[Field],
    language: str,
    phrases: Mapping[str, str] = ENGLISH_PHRASES,
) -> str:
    """The rules of ``group`` as words, without "Shown when"."""
    by_name = {field.name: field for field in fields}
    joiner = f" {phrases['and' if group.mode is Mode.ALL else 'or']} "
    return joiner.join(
        _rule_words(rule, by_name.get(rule.field), language, phrases)
        for rule in group.rules
    )


def _rule_words(
    rule: Rule, field: Field | None, language: str, phrases: Mapping[str, str]
) -> str:
    if field is None:
        kind_family = _family_of_value(rule)
        label = rule.field
    else:
        kind_family = family(field.kind)
        label = field_label(field)
    template = phrases[f"{kind_family}.{rule.operator}"]
    value = "" if rule.value is None else _value_words(rule, field, language)
    return template.format(field=label, value=value)


def _family_of_value(rule: Rule) -> str:
    """The phrases for a rule on a field the template no longer has."""
    if rule.operator in (Operator.TRUE, Operator.FALSE):
        return "boolean"
    if isinstance(rule.value, int):
        return "number"
    if rule.operator in _ORDERED:
        return "date"
    return "text"


def _value_words(rule: Rule, field: Field | None, language: str) -> str:
    value: Any = rule.value
    kind = FieldKind(field.kind) if field is not None else None
    if isinstance(value, tuple):
        return ", ".join(value)
    if kind is FieldKind.MONEY and isinstance(value, int):
        return format_money(Money.from_cents(value, field.currency), language)
    if isinstance(value, int):
        return format_integer(value, language)
    if (kind is FieldKind.DATE or kind is None) and _is_iso_date(value):
        return format_date(datetime.date.fromisoformat(value), language)
    return value


def operator_label(
    kind: FieldKind | str,
    operator: Operator,
    phrases: Mapping[str, str] = ENGLISH_PHRASES,
) -> str:
    """The operator alone, as a list of operators shows it: "≥", "is before"."""
    template = phrases[f"{family(kind)}.{operator}"]
    return " ".join(template.replace("{field}", "").replace("{value}", "").split())
