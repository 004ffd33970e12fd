"""Showing a cell's value inside a one-line message.

Messages end up in a terminal, a report and a table in the studio window, so a
value must never break the line, hide itself or flood the screen. Values are
quoted the way the value checks quote them (:func:`studio.values.errors.quote`),
so that one message never mixes two styles.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from studio.values.errors import BIDI_CONTROLS
from studio.values.errors import quote as _quote_text

# Control characters and the Unicode line and paragraph separators. Zero-width
# joiners stay: Arabic and Persian names need them.
_LINE_BREAKING = frozenset({"Cc", "Zl", "Zp"})


def quote(value: Any) -> str:
    """``value`` as a spreadsheet shows it, quoted and shortened for a message."""
    return _quote_text(cell_text(value))


def cell_text(value: Any) -> str:
    """The value as a spreadsheet would show it in a cell, before any escaping."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def one_line(text: str) -> str:
    """``text`` with every character that could break or reorder a line escaped.

    Quoted values are escaped already; this is the guarantee for the whole
    message, whatever part of it a value slipped into.
    """
    if text.isprintable():
        return text
    return "".join(f"\\u{ord(ch):04x}" if _unsafe(ch) else ch for ch in text)


def _unsafe(ch: str) -> bool:
    return ch in BIDI_CONTROLS or unicodedata.category(ch) in _LINE_BREAKING
