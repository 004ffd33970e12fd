"""The one place where log handlers are made.

Modules only ever do ``logger = logging.getLogger(__name__)``. The command line logs
warnings and up to stderr; the studio window also keeps a rotating file in the
user's log folder. Values from sample rows are never logged: they are personal data.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_folder() -> Path:
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "Helder Studio" / "logs"
    if os.uname().sysname == "Darwin":
        return Path.home() / "Library" / "Logs" / "Helder Studio"
    state = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(state) / "helder-studio" / "logs"


def setup_logging(*, verbose: bool = False, to_file: bool = False) -> None:
    """Configure the root logger once; calling again replaces the handlers."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    level = logging.DEBUG if verbose else logging.INFO
    root.setLevel(level)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    if to_file:
        _add_file_handler(root)


def _add_file_handler(root: logging.Logger) -> None:
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "studio.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as error:
        logging.getLogger(__name__).warning("no log file in %s: %s", folder, error)
        return
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
