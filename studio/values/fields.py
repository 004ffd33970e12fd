"""Field definitions: the typed variables a template fills from a sample row."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from typing import Any

from babel.numbers import is_currency

from studio.problems import InvalidError, Level, Problem


class FieldKind(StrEnum):
    TEXT = "text"
    PERSON_NAME = "person_name"
    MONEY = "money"
    DATE = "date"
    INTEGER = "integer"
    CHOICE = "choice"
    BOOLEAN = "boolean"
    PHONE = "phone"
    EMAIL = "email"
    URL = "url"


@dataclass
class Field:
    """A typed variable of a template.

    ``fallback`` is written as the user would type it in a cell and parsed with the
    same rules as a cell; it is used when an optional cell is empty. ``minimum`` and
    ``maximum`` bound money (``Decimal``, in the field's currency) and integers.
    ``personal`` marks data about a person: never logged, never packaged.
    """

    name: str
    kind: FieldKind
    label: str = ""
    required: bool = True
    fallback: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    personal: bool = False
    currency: str | None = None
    choices: tuple[str, ...] = field(default_factory=tuple)
    minimum: Decimal | int | None = None
    maximum: Decimal | int | None = None
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        return field_to_dict(self)

    @classmethod
    def from_dict(cls, data: object) -> Field:
        return field_from_dict(data)


_NAME = re.compile(r"[a-z][a-z0-9_]*")
_PLAIN_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_TEXT_KEYS = ("label", "description")
_FLAG_KEYS = ("required", "personal")
_LENGTH_KEYS = ("min_length", "max_length")
_BOUND_KEYS = ("minimum", "maximum")


def validate_field_definition(field: Field) -> list[Problem]:
    """Every problem in ``field``'s definition; an empty list if it can be used."""
    where = f"field {field.name!r}"
    messages = _name_problems(field) + _kind_problems(field)
    messages += _length_problems(field) + _bound_problems(field)
    messages += _fallback_problems(field)
    problems = [Problem(where, message) for message in messages]
    if field.currency is not None and field.kind != FieldKind.MONEY:
        problems.append(
            Problem(where, "currency is only used by money fields", Level.WARNING)
        )
    return problems


def _name_problems(field: Field) -> list[str]:
    if isinstance(field.name, str) and _NAME.fullmatch(field.name):
        return []
    return [
        f"name {field.name!r} is not allowed; use lowercase letters, digits and _, "
        f"starting with a letter"
    ]


def _kind_problems(field: Field) -> list[str]:
    if field.kind not in list(FieldKind):
        kinds = ", ".join(FieldKind)
        return [f"kind {field.kind!r} is not one of {kinds}"]
    if field.kind == FieldKind.MONEY:
        return _currency_problems(field.currency)
    if field.kind == FieldKind.CHOICE:
        return _choice_problems(field.choices)
    return []


def _currency_problems(currency: str | None) -> list[str]:
    if currency is None:
        return ["a money field needs a currency, such as EUR"]
    if isinstance(currency, str) and re.fullmatch(r"[A-Z]{3}", currency):
        if is_currency(currency):
            return []
    return [f"currency {currency!r} is not a 3-letter currency code, such as EUR"]


def _choice_problems(choices: tuple[str, ...]) -> list[str]:
    if not choices:
        return ["a choice field needs at least one choice"]
    problems = []
    seen: dict[str, str] = {}
    for choice in choices:
        if not isinstance(choice, str) or not choice.strip():
            problems.append(f"choice {choice!r} is empty or not text")
            continue
        # Cells match choices regardless of case, so case alone cannot tell apart.
        earlier = seen.setdefault(choice.casefold(), choice)
        if earlier is not choice:
            problems.append(
                f"choice {choice!r} appears twice (as {earlier!r}); "
                f"choices must differ in more than case"
            )
    return problems


def _length_problems(field: Field) -> list[str]:
    problems = []
    for key in _LENGTH_KEYS:
        value = getattr(field, key)
        if value is not None and (_not_int(value) or value < 0):
            problems.append(f"{key} {value!r} is not a whole number of 0 or more")
    if problems or field.min_length is None or field.max_length is None:
        return problems
    if field.min_length > field.max_length:
        return [
            f"min_length {field.min_length} is more than max_length "
            f"{field.max_length}; it must be less or equal"
        ]
    return []


def _bound_problems(field: Field) -> list[str]:
    problems = []
    for key in _BOUND_KEYS:
        value = getattr(field, key)
        if value is None:
            continue
        if field.kind not in (FieldKind.MONEY, FieldKind.INTEGER):
            problems.append(f"{key} is only used by money and integer fields")
        elif not _is_bound(value, field.kind):
            allowed = "a Decimal" if field.kind == FieldKind.MONEY else "an int"
            problems.append(f"{key} {value!r} is not {allowed}")
    if problems or field.minimum is None or field.maximum is None:
        return problems
    if field.minimum > field.maximum:
        return [
            f"minimum {field.minimum} is more than maximum {field.maximum}; "
            f"it must be less or equal"
        ]
    return []


def _is_bound(value: object, kind: FieldKind) -> bool:
    if isinstance(value, Decimal):
        return kind == FieldKind.MONEY and value.is_finite()
    return not _not_int(value)


def _fallback_problems(field: Field) -> list[str]:
    if field.fallback is None:
        return []
    if field.required:
        return [
            f"fallback {field.fallback!r} is never used: the field is required; "
            f"make the field optional or remove the fallback"
        ]
    if not isinstance(field.fallback, str) or not field.fallback.strip():
        return [f"fallback {field.fallback!r} is empty; remove it instead"]
    # Imported here: parsing needs this module's Field, and fallbacks need parsing.
    from studio.values.parsing import parse_present

    try:
        parse_present(field, field.fallback)
    except ValueError as problem:
        return [f"fallback {field.fallback!r} is not valid: {problem}"]
    return []


def _not_int(value: object) -> bool:
    return isinstance(value, bool) or not isinstance(value, int)


def field_to_dict(field: Field) -> dict[str, Any]:
    """``field`` as JSON data: defaults left out, Decimals as strings like "0.01"."""
    data: dict[str, Any] = {"name": field.name, "kind": str(field.kind)}
    for spec in fields(Field):
        if spec.name in data:
            continue
        value = getattr(field, spec.name)
        if value == _default(spec):
            continue
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, tuple):
            value = list(value)
        data[spec.name] = value
    return data


def _default(spec: dataclasses.Field) -> object:
    if spec.default_factory is not dataclasses.MISSING:
        return spec.default_factory()
    return spec.default


def field_from_dict(data: object) -> Field:
    """The Field that ``field_to_dict`` wrote; InvalidError naming every bad key."""
    if not isinstance(data, dict):
        raise InvalidError(f"a field must be a JSON object, not {type(data).__name__}")
    name = data.get("name")
    where = f"field {name!r}" if isinstance(name, str) else "field"
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        try:
            values[key] = _read_key(key, value)
        except ValueError as error:
            problems.append(Problem(f"{where} > {key}", str(error)))
    for key in ("name", "kind"):
        if key not in data:
            problems.append(Problem(f"{where} > {key}", "is missing"))
    if problems:
        raise InvalidError(problems)
    return Field(**values)


def _read_key(key: str, value: object) -> object:
    if key in ("name", *_TEXT_KEYS):
        return _expect_type(value, str, "text")
    if key == "kind":
        if value not in list(FieldKind):
            raise ValueError(f"{value!r} is not one of {', '.join(FieldKind)}")
        return FieldKind(value)
    if key in _FLAG_KEYS:
        return _expect_type(value, bool, "true or false")
    if key in ("fallback", "currency"):
        return _expect_type(value, str, "text or null", optional=True)
    if key in _LENGTH_KEYS:
        return _expect_int(value, optional=True)
    if key in _BOUND_KEYS:
        return _read_bound(value)
    if key == "choices":
        if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
            raise ValueError(f"{value!r} is not a list of texts")
        return tuple(value)
    raise ValueError(f"unknown key; known keys are {', '.join(_KEYS)}")


def _expect_type(value, kind: type, what: str, *, optional: bool = False):
    if (value is None and optional) or isinstance(value, kind):
        return value
    raise ValueError(f"{value!r} is not {what}")


def _expect_int(value: object, *, optional: bool = False) -> int | None:
    if (value is None and optional) or not _not_int(value):
        return value
    raise ValueError(f"{value!r} is not a whole number")


def _read_bound(value: object) -> Decimal | int | None:
    if value is None or not _not_int(value):
        return value
    if isinstance(value, str) and _PLAIN_DECIMAL.fullmatch(value):
        return Decimal(value)
    raise ValueError(f'{value!r} is not a whole number or a decimal text like "0.01"')


_KEYS = tuple(spec.name for spec in fields(Field))
