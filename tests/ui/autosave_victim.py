"""Opens a project, makes one real edit, waits for its autosave, says so, sleeps.

    python autosave_victim.py [PROJECT] [X]

PROJECT defaults to the bundled sample. The edit moves the title of the scene
"uitleg" to (X, 123) at frame 100 (X defaults to 321). Once the recovery copy
is written it prints "autosaved <pid> <copy>" and keeps its window's lock
until the recovery tests kill it. HELDER_RECOVERY_DIR says where the copy goes.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

from studio.model.edits import SetTransform
from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui.document import Document
from studio.ui.recovery import Autosaver, acquire_project_lock


def main(project_path: str | None = None, x: str = "321") -> int:
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Helder")
    app.setApplicationName("Helder Studio")
    project = Project.open(project_path or SAMPLE_PROJECT)
    lock = acquire_project_lock(project)
    document = Document(project)
    autosaver = Autosaver(document, lock, delay_ms=100)
    autosaver.sig_autosaved.connect(
        lambda copy: print("autosaved", os.getpid(), copy, flush=True)
    )
    autosaver.sig_message.connect(lambda text: print("failed", text, flush=True))
    document.edit(
        SetTransform("uitleg-titel", "position", (float(x), 123.0), frame=100)
    )
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
