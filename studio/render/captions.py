"""Captions: timed lines of text written as WebVTT for the web player and MP4s.

Caption text is shown as text, never as markup: a name such as ``<b>Jan</b>`` must
reach the viewer exactly as typed, so ``&``, ``<`` and ``>`` are always escaped.
Cues may not overlap, because two captions on screen at once are hard to follow for
viewers reading at B1 level.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from studio.render.files import staged

logger = logging.getLogger(__name__)

MAX_LINES = 2  # per cue, the usual limit for subtitles that are read, not skimmed
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


@dataclass(frozen=True)
class Cue:
    """One caption, shown from ``start`` to ``end`` seconds."""

    start: float
    end: float
    text: str


def timestamp(seconds: float) -> str:
    """``HH:MM:SS.mmm``, rounded to the millisecond."""
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    return f"{hours:02d}:{minutes:02d}:{millis // 1000:02d}.{millis % 1000:03d}"


def webvtt(cues: Iterable[Cue]) -> str:
    """The cues as a WebVTT document, in time order.

    Raises ValueError naming the cue (by its number in ``cues``, counting from 1,
    and its times) when one has no text, ends before it starts or overlaps another.
    Cue text is not included in the message: it may hold a debtor's name.
    """
    numbered = sorted(enumerate(cues, 1), key=lambda item: item[1].start)
    blocks = ["WEBVTT"]
    previous: tuple[int, Cue] | None = None
    for number, cue in numbered:
        _check(number, cue, previous)
        blocks.append(f"{timestamp(cue.start)} --> {timestamp(cue.end)}\n{_body(cue)}")
        previous = number, cue
    return "\n\n".join(blocks) + "\n"


def _check(number: int, cue: Cue, previous: tuple[int, Cue] | None) -> None:
    name = f"cue {number} ({timestamp(cue.start)} --> {timestamp(cue.end)})"
    if cue.start < 0 or cue.end <= cue.start:
        raise ValueError(f"{name} must start at 0 s or later and end after it starts")
    if not cue.text.strip():
        raise ValueError(f"{name} has no text")
    if previous is not None and cue.start < previous[1].end:
        other, earlier = previous
        raise ValueError(
            f"{name} starts before cue {other} ends at {timestamp(earlier.end)}; "
            "captions may not overlap"
        )


def _body(cue: Cue) -> str:
    # A blank line would end the cue early, so empty lines are dropped.
    lines = cue.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.strip().translate(_ESCAPES) for line in lines if line.strip())


def split_long(text: str, max_chars: int = 42) -> str:
    """Wrap ``text`` into lines of at most ``max_chars``, breaking between words.

    Two lines are balanced, so that neither hangs short. Line breaks already in the
    text are kept. A single word longer than ``max_chars`` keeps a line of its own
    rather than being cut. The result can have more than two lines when the text
    is long; :func:`split_cue` then divides the cue.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1; got {max_chars!r}")
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        words = paragraph.split()
        if words:
            lines.extend(_wrap(words, max_chars))
    return "\n".join(lines)


def _wrap(words: list[str], max_chars: int) -> list[str]:
    lines = _greedy(words, max_chars)
    if len(lines) == MAX_LINES:
        return _balanced(words, max_chars) or lines
    return lines


def _greedy(words: list[str], max_chars: int) -> list[str]:
    lines = [words[0]]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) <= max_chars:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _balanced(words: list[str], max_chars: int) -> list[str] | None:
    """The two-line split with the most even lengths, or None if none fits."""
    best: tuple[int, list[str]] | None = None
    for cut in range(1, len(words)):
        top, bottom = " ".join(words[:cut]), " ".join(words[cut:])
        if max(len(top), len(bottom)) > max_chars:
            continue
        # A shorter top line reads better than a shorter bottom one.
        score = abs(len(top) - len(bottom)) * 2 + (len(top) > len(bottom))
        if best is None or score < best[0]:
            best = score, [top, bottom]
    return best[1] if best else None


def split_cue(cue: Cue, max_chars: int = 42) -> list[Cue]:
    """The cue wrapped, and divided into cues of at most two lines each.

    Each part's share of the cue's time follows its share of the characters, so
    that every part stays on screen as long as it takes to read.
    """
    lines = split_long(cue.text, max_chars).split("\n")
    parts = [
        "\n".join(lines[i : i + MAX_LINES]) for i in range(0, len(lines), MAX_LINES)
    ]
    total = sum(len(part) for part in parts) or 1
    cues, start, used = [], cue.start, 0
    for part in parts:
        used += len(part)
        end = cue.start + (cue.end - cue.start) * used / total
        cues.append(Cue(start, end, part))
        start = end
    # Rounding must not move the end of the last part off the cue's own end.
    cues[-1] = Cue(cues[-1].start, cue.end, cues[-1].text)
    return cues


def write_webvtt(cues: Iterable[Cue], output: Path) -> Path:
    """Write :func:`webvtt` of ``cues`` to ``output`` (UTF-8), replacing it whole."""
    output = Path(output)
    text = webvtt(cues)
    with staged(output, ".part.vtt") as part:
        part.write_text(text, encoding="utf-8", newline="\n")
    logger.info("wrote captions %s", output)
    return output
