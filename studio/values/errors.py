"""The error every value check raises, and how messages quote the value they name."""

from __future__ import annotations

import unicodedata

_QUOTE_LIMIT = 40
# Direction embeddings, overrides and isolates: shown as escapes because, left in a
# message, they would reorder the message itself.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class ValueProblem(ValueError):
    """A cell value or amount that cannot be used.

    ``message`` names the bad value and the rule it breaks; the caller adds where the
    value came from (``row 7, column C``), so the message never does.
    """

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def quote(value: object) -> str:
    """``value`` in single quotes for a message.

    Control characters and direction controls are written as ``\\uXXXX`` escapes,
    and long values are cut, so that one message stays one readable line.
    """
    text = str(value)
    if len(text) > _QUOTE_LIMIT:
        text = text[: _QUOTE_LIMIT - 1] + "…"
    shown = "".join(f"\\u{ord(ch):04x}" if _invisible(ch) else ch for ch in text)
    return f"'{shown}'"


def _invisible(ch: str) -> bool:
    return ch in BIDI_CONTROLS or unicodedata.category(ch) == "Cc"
