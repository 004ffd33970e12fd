"""Starting the studio: the application object, its translations, the first window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from studio import __version__
from studio.project import Project, ProjectError
from studio.resources import SAMPLE_PROJECT, TRANSLATIONS

logger = logging.getLogger(__name__)

INTERFACE_LANGUAGES = ("en", "nl")


def interface_language() -> str:
    """``HELDER_LANGUAGE`` if set, else the system's language when we ship it."""
    wanted = os.environ.get("HELDER_LANGUAGE") or QLocale.system().name()
    code = wanted.split("_")[0].lower()
    return code if code in INTERFACE_LANGUAGES else "en"


def install_translator(
    app: QApplication, language: str, folder: Path = TRANSLATIONS
) -> QTranslator | None:
    """Load the compiled ``.qm`` for ``language``; English needs none."""
    if language == "en":
        return None
    translator = QTranslator(app)
    qm = folder / f"helder_{language}.qm"
    if not translator.load(str(qm)):
        logger.warning("no interface translation at %s; showing English", qm)
        return None
    app.installTranslator(translator)
    return translator


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Helder Studio")
    app.setOrganizationName("Helder")
    app.setApplicationVersion(__version__)
    install_translator(app, interface_language())
    return app


def run_studio(project_path: str | None) -> int:
    """Open the main window on ``project_path`` (the bundled sample when None).

    Work a crash left unsaved is offered first; recovering it opens that
    instead, as unsaved changes to the project it belongs to.
    """
    from studio.ui.main_window import open_window
    from studio.ui.recovery import offer_recovery, open_recovered, pending_recoveries
    from studio.ui.theme import follow_system

    app = make_application()
    follow_system(app)
    started = time.perf_counter()
    window = None
    chosen = offer_recovery(None, pending_recoveries())
    if chosen is not None:
        try:
            window = open_window(open_recovered(chosen), recovery=chosen)
        except ProjectError as error:
            QMessageBox.warning(None, app.applicationName(), str(error))
    if window is None:
        path = Path(project_path) if project_path else SAMPLE_PROJECT
        try:
            project = Project.open(path)
        except ProjectError as error:
            QMessageBox.critical(None, app.applicationName(), str(error))
            return 2
        window = open_window(project)
        if window is None:
            return 1
    logger.info(
        "studio window shown in %.0f ms", (time.perf_counter() - started) * 1000
    )
    return app.exec()
