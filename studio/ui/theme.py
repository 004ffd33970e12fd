"""Light and dark: the studio follows the system unless told otherwise.

On Windows and macOS Qt's own styles follow the system's colour scheme. Where
the platform says nothing (many Linux desktops, the offscreen platform), and when
the user picks light or dark in the View menu, the Fusion style is given a palette
of its own. The choice is remembered; ``HELDER_THEME`` (system, light or dark)
overrides it for one run.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
_SETTING = "appearance/theme"

_DARK = {
    QPalette.ColorRole.Window: "#2B2D31",
    QPalette.ColorRole.WindowText: "#E6E6E6",
    QPalette.ColorRole.Base: "#1F2023",
    QPalette.ColorRole.AlternateBase: "#26282C",
    QPalette.ColorRole.ToolTipBase: "#3A3D42",
    QPalette.ColorRole.ToolTipText: "#F0F0F0",
    QPalette.ColorRole.PlaceholderText: "#8A8D93",
    QPalette.ColorRole.Text: "#E6E6E6",
    QPalette.ColorRole.Button: "#34373C",
    QPalette.ColorRole.ButtonText: "#E6E6E6",
    QPalette.ColorRole.BrightText: "#FF6B6B",
    QPalette.ColorRole.Light: "#45484E",
    QPalette.ColorRole.Midlight: "#3A3D42",
    QPalette.ColorRole.Mid: "#2A2C30",
    QPalette.ColorRole.Dark: "#18191B",
    QPalette.ColorRole.Shadow: "#0E0F10",
    QPalette.ColorRole.Highlight: "#2F80ED",
    QPalette.ColorRole.HighlightedText: "#FFFFFF",
    QPalette.ColorRole.Link: "#6AA5F8",
    QPalette.ColorRole.LinkVisited: "#A68BF2",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#F2F3F5",
    QPalette.ColorRole.WindowText: "#1A1B1E",
    QPalette.ColorRole.Base: "#FFFFFF",
    QPalette.ColorRole.AlternateBase: "#F6F7F9",
    QPalette.ColorRole.ToolTipBase: "#FFFFE8",
    QPalette.ColorRole.ToolTipText: "#1A1B1E",
    QPalette.ColorRole.PlaceholderText: "#8A8D93",
    QPalette.ColorRole.Text: "#1A1B1E",
    QPalette.ColorRole.Button: "#E9EBEE",
    QPalette.ColorRole.ButtonText: "#1A1B1E",
    QPalette.ColorRole.BrightText: "#C62828",
    QPalette.ColorRole.Light: "#FFFFFF",
    QPalette.ColorRole.Midlight: "#E2E4E8",
    QPalette.ColorRole.Mid: "#C4C7CC",
    QPalette.ColorRole.Dark: "#9A9DA3",
    QPalette.ColorRole.Shadow: "#5A5D63",
    QPalette.ColorRole.Highlight: "#2F80ED",
    QPalette.ColorRole.HighlightedText: "#FFFFFF",
    QPalette.ColorRole.Link: "#1E63C6",
    QPalette.ColorRole.LinkVisited: "#6A3FC6",
}


def chosen_theme() -> str:
    wanted = os.environ.get("HELDER_THEME") or QSettings().value(_SETTING, "system")
    return wanted if wanted in THEMES else "system"


def remember_theme(theme: str) -> None:
    if theme not in THEMES:
        raise ValueError(f"no theme {theme!r}; use one of {', '.join(THEMES)}")
    QSettings().setValue(_SETTING, theme)


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def effective_theme(theme: str) -> str:
    """``light`` or ``dark``: what ``theme`` comes to on this system now."""
    if theme == "system":
        return "dark" if system_is_dark() else "light"
    return theme


def apply_theme(app: QApplication, theme: str) -> str:
    """Colour the application for ``theme``; returns ``light`` or ``dark``."""
    scheme = effective_theme(theme)
    platform_follows = (
        theme == "system"
        and QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Unknown
    )
    if platform_follows:
        app.setPalette(app.style().standardPalette())
        return scheme
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    roles = _DARK if scheme == "dark" else _LIGHT
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        faded = QColor(roles[role])
        faded.setAlpha(110)
        palette.setColor(QPalette.ColorGroup.Disabled, role, faded)
    app.setPalette(palette)
    return scheme


def follow_system(app: QApplication) -> None:
    """Apply the chosen theme now and again whenever the system's scheme changes."""
    apply_theme(app, chosen_theme())
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(
        lambda _scheme: (
            apply_theme(app, chosen_theme()) if chosen_theme() == "system" else None
        )
    )
