"""Writing an output file whole: beside its name first, renamed onto it when done.

Every export (video, GIF, PNG, captions, sound) goes through :func:`staged`, so
that a cancelled or failed export never leaves a half-written file under the name
the user asked for, and an older file of that name stays as it was.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def staged(output: Path, suffix: str) -> Iterator[Path]:
    """A hidden file beside ``output``, renamed onto it only if the block succeeds."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    part = output.parent / f".{output.stem}.{secrets.token_hex(4)}{suffix}"
    # Not mkstemp: its files are private (0600); an export gets the usual mode.
    os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        yield part
        _fsync(part)
        os.replace(part, output)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _fsync(path: Path) -> None:
    # Without it a crash right after the rename can leave an empty file behind.
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
