"""Edits of the template's fields: adding, changing, renaming and removing one.

A field's attributes are checked on the whole field, as they would be when the
template is validated, and a rename carries every use of the field along.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from decimal import Decimal
from typing import Any

from studio.model.edit_types import (
    AddField,
    Edit,
    EditError,
    RemoveField,
    RenameField,
    RestoreField,
    RevertRename,
    SetField,
)
from studio.model.template import Template
from studio.model.usages import field_usages, rename_uses, restore_uses
from studio.problems import Level
from studio.values.fields import Field, FieldKind, validate_field_definition
from studio.values.money import currency_precision
from studio.values.parsing import parse_present

FIELD_ATTRIBUTES = (
    "kind",
    "label",
    "required",
    "fallback",
    "min_length",
    "max_length",
    "personal",
    "currency",
    "choices",
    "minimum",
    "maximum",
    "description",
)
_TEXT_ATTRIBUTES = ("label", "description")
_FLAG_ATTRIBUTES = ("required", "personal")
_OPTIONAL_TEXT_ATTRIBUTES = ("fallback", "currency")


def _field_index(template: Template, name: str) -> int:
    for index, field in enumerate(template.fields):
        if field.name == name:
            return index
    raise EditError(f"there is no field {name!r}")


def add_field(template: Template, edit: AddField) -> RemoveField:
    if not isinstance(edit.field, Field):
        raise EditError(f"{edit.field!r} is not a field")
    name = edit.field.name
    if any(field.name == name for field in template.fields):
        raise EditError(f"there is already a field {name!r}")
    _refuse(name, _field_problems(template, edit.field))
    index = len(template.fields) if edit.index is None else edit.index
    if not 0 <= index <= len(template.fields):
        raise EditError(f"there is no place {index} for a field")
    template.fields.insert(index, copy.deepcopy(edit.field))
    return RemoveField(name, True, edit.label)


def remove_field(template: Template, edit: RemoveField) -> RestoreField:
    index = _field_index(template, edit.name)
    usages = field_usages(template, edit.name)
    if usages and not edit.allow_in_use:
        places = "; ".join(usage.describe() for usage in usages[:3])
        more = f" and {len(usages) - 3} more" if len(usages) > 3 else ""
        raise EditError(f"field {edit.name!r} is still used by {places}{more}")
    field = template.fields.pop(index)
    return RestoreField(edit.name, field, index, edit.label)


def set_field(template: Template, edit: SetField) -> RestoreField:
    index = _field_index(template, edit.name)
    field = template.fields[index]
    if edit.attribute == "name":
        raise EditError("a field gets another name by renaming it")
    if edit.attribute not in FIELD_ATTRIBUTES:
        raise EditError(
            f"a field has no attribute {edit.attribute!r}; "
            f"it has {', '.join(FIELD_ATTRIBUTES)}"
        )
    value = _attribute_value(edit.attribute, edit.value)
    changed = replace(field, **{edit.attribute: value})
    if edit.attribute == "kind":
        changed = _fitted_to_kind(changed, template.settings.region)
    earlier = set(_field_problems(template, field))
    _refuse(
        edit.name,
        [p for p in _field_problems(template, changed) if p not in earlier],
    )
    template.fields[index] = changed
    return RestoreField(edit.name, field, index, edit.label)


def _attribute_value(attribute: str, value: Any) -> Any:
    """``value`` as the attribute holds it; EditError for a value of a wrong type
    (the rules of the values themselves are checked on the whole field)."""
    if attribute == "kind":
        if value not in list(FieldKind):
            raise EditError(f"kind {value!r} is not one of {', '.join(FieldKind)}")
        return FieldKind(value)
    if attribute in _TEXT_ATTRIBUTES and not isinstance(value, str):
        raise EditError(f"{attribute} takes text, not {value!r}")
    if attribute in _FLAG_ATTRIBUTES and not isinstance(value, bool):
        raise EditError(f"{attribute} takes true or false, not {value!r}")
    if attribute in _OPTIONAL_TEXT_ATTRIBUTES:
        if value is not None and not isinstance(value, str):
            raise EditError(f"{attribute} takes text or nothing, not {value!r}")
    if attribute == "choices":
        if not isinstance(value, list | tuple):
            raise EditError(f"choices takes a list of texts, not {value!r}")
        if not all(isinstance(choice, str) for choice in value):
            raise EditError(f"choices takes a list of texts, not {list(value)!r}")
        return tuple(value)
    return value


def _fitted_to_kind(field: Field, region: str) -> Field:
    """``field`` without what its (new) kind has no use for."""
    kind = field.kind
    changes: dict[str, Any] = {}
    if kind is not FieldKind.MONEY and field.currency is not None:
        changes["currency"] = None
    if kind is not FieldKind.CHOICE and field.choices:
        changes["choices"] = ()
    for key in ("minimum", "maximum"):
        bound = getattr(field, key)
        fitted = _bound_for(kind, bound)
        if fitted is not bound:
            changes[key] = fitted
    fitted = replace(field, **changes)
    if fitted.fallback is not None:
        try:
            parse_present(fitted, fitted.fallback, region=region)
        except ValueError:
            fitted = replace(fitted, fallback=None)
    return fitted


def _bound_for(kind: FieldKind, bound: Any) -> Any:
    """``bound`` as a bound of ``kind``: exact, or None when it cannot be."""
    if isinstance(bound, bool) or not isinstance(bound, int | Decimal):
        return None
    if kind is FieldKind.MONEY:
        return bound if isinstance(bound, Decimal) else Decimal(bound)
    if kind is FieldKind.INTEGER:
        if isinstance(bound, int):
            return bound
        whole = bound.is_finite() and bound == bound.to_integral_value()
        return int(bound) if whole else None
    return None


def _field_problems(template: Template, field: Field) -> list[str]:
    """What stops ``field`` from being used in ``template``: its definition, the
    decimals of money bounds, and the roles the settings give it."""
    problems = [
        problem.message
        for problem in validate_field_definition(field)
        if problem.level is Level.ERROR
    ]
    problems += _bound_decimals(field)
    settings = template.settings
    if field.name == settings.row_id_field:
        if field.kind is not FieldKind.TEXT or not field.required:
            problems.append(
                "it is the row id of the sample rows and must stay a required "
                "text field"
            )
    if field.name == settings.amount_field and field.kind is not FieldKind.MONEY:
        problems.append(
            "it is the amount that instalment plans split and must stay a money field"
        )
    return problems


def _bound_decimals(field: Field) -> list[str]:
    if field.kind is not FieldKind.MONEY or not field.currency:
        return []
    try:
        precision = currency_precision(field.currency)
    except ValueError:
        return []  # the definition's own check names the currency
    problems = []
    for key in ("minimum", "maximum"):
        bound = getattr(field, key)
        if isinstance(bound, Decimal) and bound.is_finite():
            if -bound.as_tuple().exponent > precision:
                problems.append(
                    f"{key} {bound} has more decimals than {field.currency} "
                    f"allows ({precision})"
                )
    return problems


def _refuse(name: str, problems: list[str]) -> None:
    if problems:
        raise EditError(f"field {name!r}: {'; '.join(problems)}")


def restore_field(template: Template, edit: RestoreField) -> Edit:
    if edit.state.name != edit.name:
        raise EditError(f"field {edit.state.name!r} cannot stand for {edit.name!r}")
    state = copy.deepcopy(edit.state)
    for index, field in enumerate(template.fields):
        if field.name == edit.name:
            template.fields[index] = state
            return RestoreField(edit.name, field, index, edit.label)
    index = len(template.fields) if edit.index is None else edit.index
    if not 0 <= index <= len(template.fields):
        raise EditError(f"there is no place {index} for a field")
    template.fields.insert(index, state)
    return RemoveField(edit.name, True, edit.label)


def rename_field(template: Template, edit: RenameField) -> RevertRename:
    index = _field_index(template, edit.old)
    field = template.fields[index]
    if edit.new == edit.old:
        raise EditError(f"the field is already called {edit.new!r}")
    if any(other.name == edit.new for other in template.fields):
        raise EditError(f"there is already a field {edit.new!r}")
    renamed = replace(field, name=edit.new)
    problems = validate_field_definition(renamed)
    earlier = {problem.message for problem in validate_field_definition(field)}
    new = [p.message for p in problems if p.message not in earlier]
    if new:
        raise EditError(f"field {edit.old!r} cannot be renamed: {'; '.join(new)}")
    template.fields[index] = renamed
    before = rename_uses(template, edit.old, edit.new)
    return RevertRename(edit.new, edit.old, before, edit.label)


def revert_rename(template: Template, edit: RevertRename) -> RenameField:
    index = _field_index(template, edit.name)
    template.fields[index] = replace(template.fields[index], name=edit.to)
    restore_uses(template, edit.before)
    return RenameField(edit.to, edit.name, edit.label)
