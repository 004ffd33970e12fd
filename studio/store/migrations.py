"""Upgrading documents saved by older studios to the current project format.

``MIGRATIONS[n]`` turns a version ``n`` document into a version ``n + 1`` one. They
run in memory when a file is opened; the file itself is only rewritten, in the new
format, when the user saves. A migration must not reach into the file: the store
hands it the parsed document only, so it can be tested on plain dicts.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from studio.store.errors import ProjectFileError

# Raise this, and add a migration from the old number, whenever the meaning of the
# template document or of the tables changes.
SCHEMA_VERSION = 1

MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(
    document: dict[str, Any], version: int, path: str | os.PathLike[str]
) -> dict[str, Any]:
    """Return ``document``, saved in project format ``version``, in the current one."""
    for step in range(version, SCHEMA_VERSION):
        migration = MIGRATIONS.get(step)
        if migration is None:
            raise ProjectFileError(
                path,
                f"cannot be upgraded from project format {step} "
                f"(no migration to format {step + 1})",
            )
        document = migration(document)
    return document
