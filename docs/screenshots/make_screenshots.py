"""The README's screenshots of the studio window: English and Dutch, light and dark,
and the story map of the sample's decision.

    .venv/bin/python docs/screenshots/make_screenshots.py

Each picture is made in a fresh process on the offscreen platform, with settings
and recovery files in a temporary folder, so the user's own are left alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHOTS = [
    (language, scheme) for language in ("en", "nl") for scheme in ("light", "dark")
] + [("en", "story"), ("nl", "story")]


def shoot(language: str, scheme: str, output: Path) -> None:
    from studio.project import Project
    from studio.resources import SAMPLE_PROJECT
    from studio.ui.app import make_application
    from studio.ui.main_window import open_window
    from studio.ui.theme import apply_theme

    app = make_application()
    apply_theme(app, "light" if scheme == "story" else scheme)
    window = open_window(Project.open(SAMPLE_PROJECT))
    window.resize(1600, 1000)
    document = window.document
    if scheme == "story":
        _story_map(app, window, document, language, output)
        return
    document.set_scene(document.template.scenes[1].id)
    document.set_language(language)
    document.set_frame(60)
    document.select(["bedrag-datum"])
    window.timeline.tracks.toggle_expanded("bedrag-datum")
    layer = document.scene.layer("bedrag-datum")
    first_key = layer.transform.position.keyframes[0].frame
    window.easing.show_keyframe(("bedrag-datum", "position", first_key))
    until = time.perf_counter() + 2.0
    while time.perf_counter() < until:
        app.processEvents()
    window.grab().save(str(output))
    window.close()


def _story_map(app, window, document, language, output: Path) -> None:
    from PySide6.QtWidgets import QDockWidget

    document.set_scene("keuze")
    document.set_language(language)
    document.set_frame(120)
    dock = window.findChild(QDockWidget, "story_dock")
    dock.raise_()
    until = time.perf_counter() + 1.0
    while time.perf_counter() < until:
        app.processEvents()
    window.story.view.fit()
    until = time.perf_counter() + 1.0
    while time.perf_counter() < until:
        app.processEvents()
    window.grab().save(str(output))
    window.close()


def main() -> int:
    if sys.argv[1:2] == ["--one"]:
        shoot(sys.argv[2], sys.argv[3], Path(sys.argv[4]))
        return 0
    for language, scheme in SHOTS:
        output = HERE / f"studio-{language}-{scheme}.png"
        with tempfile.TemporaryDirectory() as home:
            env = dict(
                os.environ,
                QT_QPA_PLATFORM="offscreen",
                HELDER_LANGUAGE=language,
                XDG_CONFIG_HOME=str(Path(home) / "config"),
                XDG_STATE_HOME=str(Path(home) / "state"),
                HELDER_RECOVERY_DIR=str(Path(home) / "recovery"),
            )
            subprocess.run(
                [sys.executable, __file__, "--one", language, scheme, str(output)],
                env=env,
                check=True,
            )
        print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
