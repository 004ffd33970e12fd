"""Text from a project or a sample row, shown as typed and never as markup.

Item views, line edits and labels set to plain text show any text as it is. Qt
reads a tooltip that looks like markup as rich text, though; a tooltip made here
escapes the text inside an explicit rich text, so ``<b>`` shows as ``<b>``.
"""

from __future__ import annotations

import html


def as_plain_tooltip(text: str) -> str:
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
