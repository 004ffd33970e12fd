"""Conditions on a debtor's data: JsonLogic, checked before it is ever evaluated.

A condition is JSON data such as ``{">=": [{"var": "amount_due"}, 50000]}``. The
studio evaluates it here; the web player evaluates the same JSON with json-logic-js.
Both must agree on every template, so:

- only a small set of operators is allowed (``ALLOWED_OPERATORS``): comparisons,
  logic, ``if``, ``in`` and reading fields; nothing that computes, prints or loops;
- a condition is at most ``MAX_DEPTH`` operators deep and ``MAX_NODES`` values big;
- ``var`` names a field by a literal name, so the names can be checked;
- the operators are implemented here with JavaScript's own rules for ``==``, ``<``
  and friends (the Python library bends some of them: it takes ``null == 0`` as true
  where JavaScript says false), and only these implementations are handed to the
  ``json_logic`` library that walks the condition;
- the data a condition sees is JSON-safe (``condition_data``). **Money is compared in
  cents**: ``{">=": [{"var": "amount_due"}, 50000]}`` means 500.00 or more, so that
  Python and the browser compare exact integers, never floats. Dates are ISO text
  (``"2026-12-20"``), which compares correctly as text. A missing value is null, and
  null compares like 0 in ``<`` and ``>``: guard with ``missing`` where that matters.

``tests/conformance/jsonlogic.json`` holds the cases both evaluators must pass.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from json_logic import jsonLogic
from json_logic.builtins import not_, to_bool

from studio.values.fields import Field
from studio.values.money import Money

__all__ = [
    "ALLOWED_OPERATORS",
    "ConditionError",
    "check_condition",
    "compute",
    "condition_data",
    "evaluate",
]

MAX_DEPTH = 10
MAX_NODES = 200
# Integers beyond this lose precision in JavaScript's doubles.
_MAX_SAFE_INTEGER = 2**53 - 1
# Allowed argument counts per operator: (fewest, most), None for no limit.
_ARITY: dict[str, tuple[int, int | None]] = {
    "var": (1, 2),
    "missing": (0, None),
    "missing_some": (2, 2),
    "==": (2, 2),
    "===": (2, 2),
    "!=": (2, 2),
    "!==": (2, 2),
    "<": (2, 3),
    "<=": (2, 3),
    ">": (2, 2),
    ">=": (2, 2),
    "!": (1, 1),
    "!!": (1, 1),
    "and": (1, None),
    "or": (1, None),
    "if": (1, None),
    "in": (2, 2),
}
ALLOWED_OPERATORS = frozenset(_ARITY)
_JS_WHITESPACE = (
    " \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"
    + "".join(chr(code) for code in range(0x2000, 0x200B))
)
_JS_DECIMAL = re.compile(
    r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)"
)
_JS_RADIX = {"0x": 16, "0o": 8, "0b": 2}


class ConditionError(ValueError):
    """A condition that may not be evaluated; the message says why."""


def check_condition(
    logic: object, known_fields: Iterable[str] | None = None
) -> list[str]:
    """Everything that stops ``logic`` from being evaluated; empty if it may be."""
    checker = _Checker(None if known_fields is None else frozenset(known_fields))
    checker.value(logic, depth=0, in_literal_list=False)
    return checker.problems


class _Checker:
    def __init__(self, known: frozenset[str] | None):
        self.known = known
        self.problems: list[str] = []
        self.nodes = 0

    def report(self, message: str) -> None:
        if message not in self.problems:
            self.problems.append(message)

    def value(self, node: object, *, depth: int, in_literal_list: bool) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            return self.report(f"the condition has more than {MAX_NODES} parts")
        if isinstance(node, dict):
            return self.operation(node, depth=depth + 1)
        if isinstance(node, list):
            if in_literal_list:
                return self.report("lists inside lists are not allowed")
            for item in node:
                self.value(item, depth=depth, in_literal_list=True)
            return None
        return self.literal(node)

    def literal(self, node: object) -> None:
        if node is None or isinstance(node, str | bool):
            return
        if isinstance(node, int) and abs(node) > _MAX_SAFE_INTEGER:
            self.report(f"the number {node} is too large to compare exactly")
        elif isinstance(node, float) and not math.isfinite(node):
            self.report(f"{node} is not a number JSON can hold")
        elif not isinstance(node, int | float):
            self.report(f"a {type(node).__name__} is not JSON data")

    def operation(self, node: dict, *, depth: int) -> None:
        if depth > MAX_DEPTH:
            return self.report(f"the condition is nested more than {MAX_DEPTH} deep")
        if len(node) != 1:
            keys = ", ".join(repr(key) for key in node) or "none"
            return self.report(f"an object must hold exactly one operator, not {keys}")
        operator, args = next(iter(node.items()))
        if operator not in ALLOWED_OPERATORS:
            allowed = ", ".join(_ARITY)
            return self.report(
                f"operator {operator!r} is not allowed; allowed operators are {allowed}"
            )
        args = args if isinstance(args, list) else [args]
        self.arity(operator, args)
        self.field_names(operator, args)
        for arg in args:
            self.value(arg, depth=depth, in_literal_list=False)
        return None

    def arity(self, operator: str, args: list) -> None:
        fewest, most = _ARITY[operator]
        if fewest <= len(args) and (most is None or len(args) <= most):
            return
        if most is None:
            wanted = f"at least {fewest}"
        else:
            wanted = str(fewest) if fewest == most else f"{fewest} or {most}"
        noun = "argument" if (most or fewest) == 1 else "arguments"
        self.report(f"{operator!r} takes {wanted} {noun}, not {len(args)}")

    def field_names(self, operator: str, args: list) -> None:
        if operator == "var" and args:
            self.field_name(args[0])
        elif operator == "missing":
            names = args[0] if len(args) == 1 and isinstance(args[0], list) else args
            for name in names:
                self.field_name(name)
        elif operator == "missing_some" and len(args) == 2:
            if not isinstance(args[0], int) or isinstance(args[0], bool):
                self.report("'missing_some' needs a whole number as its first argument")
            if not isinstance(args[1], list):
                self.report("'missing_some' needs a list of field names")
            else:
                for name in args[1]:
                    self.field_name(name)

    def field_name(self, name: object) -> None:
        if not isinstance(name, str):
            self.report(f"a field name must be literal text, not {name!r}")
        elif self.known is not None and name not in self.known:
            known = ", ".join(sorted(self.known)) or "none"
            self.report(f"{name!r} is not a known field; known fields are {known}")


def compute(logic: object, data: Mapping[str, Any] | None = None) -> Any:
    """The JSON value ``logic`` yields on ``data``; ConditionError if not allowed."""
    problems = check_condition(logic)
    if problems:
        raise ConditionError("; ".join(problems))
    return jsonLogic(logic, dict(data or {}), _OPERATIONS)


def evaluate(logic: object, data: Mapping[str, Any] | None = None) -> bool:
    """Whether ``logic`` holds for ``data``, with JsonLogic's truthiness."""
    return to_bool(compute(logic, data))


def condition_data(
    fields: Iterable[Field], values: Mapping[str, object]
) -> dict[str, Any]:
    """The data conditions see for one sample row: each field's value, JSON-safe.

    Money becomes integer cents, dates ISO text; a missing value is None.
    """
    return {field.name: _json_value(field, values.get(field.name)) for field in fields}


def _json_value(field: Field, value: object) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Money):
        return value.cents
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(
        f"field {field.name!r} holds a {type(value).__name__}, "
        f"which conditions cannot compare"
    )


# JavaScript's conversions, for JSON values (None stands for null).


def _js_string(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ",".join("" if item is None else _js_string(item) for item in value)
    if isinstance(value, dict):
        return "[object Object]"
    return str(value)


def _js_number(value: Any) -> float:
    if value is None:
        return 0
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, list | dict):
        return _js_number(_js_string(value))
    text = value.strip(_JS_WHITESPACE)
    if not text:
        return 0
    if _JS_DECIMAL.fullmatch(text):
        return float(text.replace("Infinity", "inf"))
    radix = _JS_RADIX.get(text[:2].lower())
    if radix:
        try:
            return int(text[2:], radix)
        except ValueError:
            pass
    return math.nan


def _js_primitive(value: Any) -> Any:
    return _js_string(value) if isinstance(value, list | dict) else value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "string" if isinstance(value, str) else "object"


def _strict_equals(a: Any, b: Any) -> bool:
    if _kind(a) != _kind(b):
        return False
    return a is b if _kind(a) == "object" else a == b


def _loose_equals(a: Any, b: Any) -> bool:
    kind_a, kind_b = _kind(a), _kind(b)
    if kind_a == kind_b:
        return _strict_equals(a, b)
    if "null" in (kind_a, kind_b):
        return False
    if kind_a == "boolean" or kind_b == "boolean":
        return _loose_equals(_js_number(a), _js_number(b))
    if "object" in (kind_a, kind_b):
        return _loose_equals(_js_primitive(a), _js_primitive(b))
    return _js_number(a) == _js_number(b)


def _compare(a: Any, b: Any) -> int | None:
    """-1, 0 or 1 as JavaScript's ``<`` sees it; None when a NaN makes it false."""
    a, b = _js_primitive(a), _js_primitive(b)
    if isinstance(a, str) and isinstance(b, str):
        # JavaScript orders strings by UTF-16 code units, not by code points.
        a, b = a.encode("utf-16-be"), b.encode("utf-16-be")
    else:
        a, b = _js_number(a), _js_number(b)
        if math.isnan(a) or math.isnan(b):
            return None
    return (a > b) - (a < b)


def _chain(*allowed: int):
    def operation(data: Any, a: Any = None, b: Any = None, *rest: Any) -> bool:
        pairs = [(a, b), (b, rest[0])] if rest else [(a, b)]
        return all(_compare(left, right) in allowed for left, right in pairs)

    return operation


def _var(data: Any, key: Any = None, default: Any = None) -> Any:
    if key is None or key == "":
        return data
    for prop in _js_string(key).split("."):
        if data is None:
            return default
        data = _child(data, prop)
        if data is _ABSENT:
            return default
    return data


_ABSENT = object()


def _child(data: Any, prop: str) -> Any:
    if isinstance(data, dict):
        return data.get(prop, _ABSENT)
    if isinstance(data, list | str):
        if prop == "length":
            return len(data)
        if prop.isdigit() and str(int(prop)) == prop and int(prop) < len(data):
            return data[int(prop)]
    return _ABSENT


def _missing(data: Any, *args: Any) -> list:
    keys = args[0] if args and isinstance(args[0], list) else args
    return [key for key in keys if _is_blank(_var(data, key))]


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value)


def _missing_some(data: Any, need: Any = 0, keys: Any = None, *_: Any) -> list:
    keys = keys if isinstance(keys, list) else []
    missing = _missing(data, keys)
    return [] if len(keys) - len(missing) >= _js_number(need) else missing


def _in(data: Any, needle: Any = None, haystack: Any = None, *_: Any) -> bool:
    if isinstance(haystack, list):
        return any(_strict_equals(needle, item) for item in haystack)
    if isinstance(haystack, str) and haystack:
        return _js_string(needle) in haystack
    return False


_OPERATIONS = {
    "var": _var,
    "missing": _missing,
    "missing_some": _missing_some,
    "==": lambda data, a=None, b=None, *_: _loose_equals(a, b),
    "!=": lambda data, a=None, b=None, *_: not _loose_equals(a, b),
    "===": lambda data, a=None, b=None, *_: _strict_equals(a, b),
    "!==": lambda data, a=None, b=None, *_: not _strict_equals(a, b),
    "<": _chain(-1),
    "<=": _chain(-1, 0),
    ">": _chain(1),
    ">=": _chain(0, 1),
    "!": lambda data, a=None, *_: not_(a),
    "!!": lambda data, a=None, *_: to_bool(a),
    "in": _in,
}
