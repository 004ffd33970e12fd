"""Helpers for the project file tests: sample contents and files built by hand."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path


def sample_document() -> dict:
    return {
        "canvas": {"width": 1920, "height": 1080, "fps": 25},
        "languages": ["nl", "ar", "en"],
        "strings": {
            "greeting": {
                "nl": "Hallo {name}, er staat nog €\u00a0{amount} open.",
                "ar": "مرحبًا {name}، لا يزال هناك مبلغ {amount} مستحق.",
                "en": "Hello {name} 👋",
            }
        },
        "scenes": [
            {"id": "groet", "duration": 4.5, "layers": [], "final": False},
            {"id": "keuze", "duration": 8.0, "layers": [{"kind": "button"}]},
        ],
        "amount_due": "1250.00",
        "nothing": None,
    }


def random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def folder_snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of ``folder`` with its bytes and modification time."""
    return {
        entry.name: (Path(entry.path).read_bytes(), entry.stat().st_mtime_ns)
        for entry in os.scandir(folder)
        if entry.is_file()
    }


def run_sql(path: Path, *statements: str) -> None:
    """Change a file behind the store's back, to build damaged or foreign files."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def query_sql(path: Path, statement: str) -> list[tuple]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(statement).fetchall()
    finally:
        connection.close()


# Writes far more pages than a one-page cache holds, so SQLite must spill changed
# pages into the database file before the commit; then dies without committing.
_CUT_OFF_SAVE = textwrap.dedent(
    """
    import os, sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA cache_size = 1")
    connection.execute("BEGIN")
    connection.execute("DELETE FROM blobs")
    for n in range(50):
        connection.execute(
            "INSERT INTO blobs VALUES (printf('%064d', ?), 20000, randomblob(20000))",
            (n,),
        )
    connection.execute("UPDATE documents SET json = '{\\"half\\": true}'")
    os._exit(0)
    """
)


def cut_off_a_save(path: Path) -> None:
    before = path.read_bytes()
    subprocess.run([sys.executable, "-c", _CUT_OFF_SAVE, str(path)], check=True)
    journal = Path(f"{path}-journal")
    assert journal.exists() and journal.stat().st_size > 0
    assert path.read_bytes() != before, "the cut-off save should have spilled pages"
