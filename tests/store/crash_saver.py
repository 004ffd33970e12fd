"""Saves project states A and B in turn until it is killed; used by the crash test.

    python crash_saver.py in-place PROJECT LOG FIRST
    python crash_saver.py save-as FOLDER LOG FIRST

Save number ``n`` (counting from FIRST) writes state "AB"[n % 2]: in place to
PROJECT, or as the new file FOLDER/copy-<n>.helder, removing the previous copy
once it is done. Each save appends "start n <time>" and "done n <time>" to LOG,
with ``time.monotonic()``, which the test compares with the moment it killed us.
"""

from __future__ import annotations

import itertools
import os
import random
import sys
import time
from pathlib import Path

from studio.store import MemoryBlobs, save_project

BLOB_SIZE = 240_000


def build_states() -> dict[str, tuple[dict, MemoryBlobs]]:
    """The initial state and states A and B: each its own document and blobs."""
    shared = random.Random(0).randbytes(64_000)
    states = {}
    for name, seed in (("initial", 1), ("A", 2), ("B", 3)):
        rng = random.Random(seed)
        count = 1 if name == "initial" else 4
        blobs = MemoryBlobs([shared, *(rng.randbytes(BLOB_SIZE) for _ in range(count))])
        states[name] = (build_document(name, rng), blobs)
    return states


def build_document(name: str, rng: random.Random) -> dict:
    scenes = [
        {
            "id": f"{name}-{n}",
            "text": f"مرحبًا {name} {rng.random()} " * 4,
            "duration": rng.randint(1, 30),
        }
        for n in range(150)
    ]
    return {"state": name, "scenes": scenes}


def copy_path(folder: Path, number: int) -> Path:
    return folder / f"copy-{number:05d}.helder"


def main(mode: str, target: str, log_path: str, first: str) -> None:
    states = build_states()
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    for number in itertools.count(int(first)):
        document, blobs = states["AB"[number % 2]]
        path = Path(target) if mode == "in-place" else copy_path(Path(target), number)
        os.write(log, f"start {number} {time.monotonic()}\n".encode())
        save_project(path, document, blobs, referenced=blobs.blob_ids())
        os.write(log, f"done {number} {time.monotonic()}\n".encode())
        if mode == "save-as":
            copy_path(Path(target), number - 1).unlink(missing_ok=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
