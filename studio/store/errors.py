"""The one error the store raises for a project file it cannot open or save."""

from __future__ import annotations

import os
from pathlib import Path


class ProjectFileError(Exception):
    """A project file could not be opened or saved.

    The message is one line that starts with the file's path and says what is wrong,
    so the studio can show it as it is. ``reason`` is the same text without the path.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{os.fspath(path)} {reason}")

    def __reduce__(self):
        # The default pickling passes the message as the only argument, which does
        # not fit this constructor; errors do cross process boundaries (workers).
        return (type(self), (self.path, self.reason))
