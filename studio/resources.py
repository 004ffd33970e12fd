"""Where the studio's own files are: bundled fonts, icons, sample projects.

Qt-free, so that the command line and the delivery side can find fonts too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
PROJECTS = ROOT / "projects"
TRANSLATIONS = ROOT / "translations"
SAMPLE_PROJECT = PROJECTS / "betalingsherinnering"


@dataclass(frozen=True)
class BundledFont:
    family: str
    weight: int
    path: Path
    licence: Path


@cache
def bundled_fonts() -> tuple[BundledFont, ...]:
    """The fonts that ship in ``assets/fonts``, as its ``fonts.json`` lists them."""
    folder = ASSETS / "fonts"
    listing = json.loads((folder / "fonts.json").read_text(encoding="utf-8"))
    return tuple(
        BundledFont(
            family=entry["family"],
            weight=int(entry["weight"]),
            path=folder / entry["file"],
            licence=folder / entry["licence"],
        )
        for entry in listing["fonts"]
    )


def font_families() -> set[str]:
    return {font.family for font in bundled_fonts()}
