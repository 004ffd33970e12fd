"""Canonical JSON: one text for one document.

A document saved twice gives the same bytes, so project files compare cleanly and
the text dump (``dump_json``) diffs line by line in version control.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import Any


def dump_json(document: Any) -> str:
    """Return the readable canonical text of ``document``, for dumps and diffs.

    Keys are sorted, non-ASCII text stays as it is (Arabic stays readable), two
    spaces indent and the text ends with a newline. Raises ``TypeError`` or
    ``ValueError`` naming the place of a value that is not a JSON type.
    """
    check_json_types(document)
    text = json.dumps(
        document, sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False
    )
    return text + "\n"


def compact_json(document: Any) -> str:
    """Return the compact canonical text of ``document``, as stored in the file."""
    check_json_types(document)
    return json.dumps(
        document,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
    )


def parse_document(text: str) -> dict[str, Any]:
    """Parse stored document text; raises ``ValueError`` saying what is wrong."""
    document = json.loads(text, parse_constant=_refuse_constant)
    if not isinstance(document, dict):
        raise ValueError(f"it holds a JSON {type(document).__name__}, not an object")
    return document


def check_json_types(value: Any) -> None:
    """Raise unless ``value`` is made only of types that survive a JSON round trip.

    ``json.dumps`` would quietly turn tuples into lists and integer keys into
    strings, so the document read back would differ from the one saved.
    """
    # Saving checks the whole template every time, so plain documents take a fast
    # walk; only a doubtful one is walked again to name the place of the problem.
    if not _plainly_json(value):
        _check_at(value, "$")


_PLAIN_SCALARS = frozenset({str, int, bool, type(None)})


def _plainly_json(value: Any) -> bool:
    pending = [value]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is dict:
            if not all(type(key) is str for key in item):
                return False
            pending.extend(item.values())
        elif kind is list:
            pending.extend(item)
        elif kind is float:
            if not math.isfinite(item):
                return False
        elif kind not in _PLAIN_SCALARS:
            return False
    return True


def _check_at(value: Any, where: str) -> None:
    if value is None or isinstance(value, str | bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"document value at {where} is {value!r}; JSON has none")
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(
                    f"document key {key!r} at {where} is a {type(key).__name__}; "
                    "keys must be strings"
                )
            _check_at(item, f"{where}.{key}")
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            _check_at(item, f"{where}[{index}]")
        return
    raise TypeError(_not_json_message(value, where))


def _not_json_message(value: Any, where: str) -> str:
    message = f"document value at {where} is a {type(value).__name__}, not a JSON type"
    if isinstance(value, Decimal):
        # Money must stay exact; a float would not, so the model stores a string.
        message += "; store amounts as strings such as '12.50'"
    return message


def _refuse_constant(name: str) -> None:
    raise ValueError(f"it contains {name}, which is not JSON")
