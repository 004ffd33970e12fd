"""A save killed at any moment leaves the previous state or the new one, never a mix.

A helper process (``crash_saver.py``) saves states A and B in turn; the test kills
it with SIGKILL at random moments spread over its saves, then opens the file and
checks that it holds exactly one complete state whose blobs verify.
"""

from __future__ import annotations

import logging
import os
import random
import runpy
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from studio.store import MemoryBlobs, ProjectFile, save_project

logger = logging.getLogger(__name__)

HELPER = Path(__file__).with_name("crash_saver.py")
REPOSITORY = Path(__file__).resolve().parents[2]
SAVER = runpy.run_path(str(HELPER), run_name="crash_saver")
STATES: dict[str, tuple[dict, MemoryBlobs]] = SAVER["build_states"]()

KILLS_IN_PLACE = 60
KILLS_SAVE_AS = 30

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL"),
]


@dataclass
class Kill:
    """What the helper's log says about the moment it was killed."""

    killed_at: float
    cut_off: int | None = None  # the save that had started and not finished
    cut_off_started_at: float | None = None
    done: list[int] = field(default_factory=list)
    durations: list[float] = field(default_factory=list)

    def state_of(self, number: int) -> str:
        return "AB"[number % 2]

    def allowed_states(self, before: str) -> set[str]:
        last_complete = self.state_of(self.done[-1]) if self.done else before
        if self.cut_off is None:
            return {last_complete}
        return {last_complete, self.state_of(self.cut_off)}


def run_and_kill(mode: str, target: Path, log: Path, first: int, delay: float) -> Kill:
    log.write_text("")
    errors = log.with_suffix(".stderr")
    env = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    command = [sys.executable, str(HELPER), mode, str(target), str(log), str(first)]
    with errors.open("wb") as stderr:
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
        try:
            wait_for_first_save(process, log)
            time.sleep(delay)
            killed_at = time.monotonic()
            process.send_signal(signal.SIGKILL)
        finally:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL, errors.read_text()
    return read_log(log, killed_at)


def wait_for_first_save(process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while not log.read_text().startswith("start"):
        assert process.poll() is None, "the saver stopped before its first save"
        assert time.monotonic() < deadline, "the saver never started saving"
        time.sleep(0.001)


def read_log(log: Path, killed_at: float) -> Kill:
    starts: dict[int, float] = {}
    dones: dict[int, float] = {}
    for line in log.read_text().splitlines():
        event, number, at = line.split()
        (starts if event == "start" else dones)[int(number)] = float(at)
    kill = Kill(killed_at, done=sorted(dones))
    kill.durations = [dones[n] - starts[n] for n in dones]
    cut_off = [number for number in starts if number not in dones]
    if cut_off:
        kill.cut_off = cut_off[0]
        kill.cut_off_started_at = starts[cut_off[0]]
    return kill


def state_in(path: Path) -> str:
    """Open ``path`` and return the name of the complete state it holds."""
    with ProjectFile.open(path) as project:
        name = project.document.get("state")
        assert name in STATES, f"{path} holds an unknown document"
        document, blobs = STATES[name]
        assert project.document == document
        assert project.blob_ids() == blobs.blob_ids()
        for sha256 in blobs.blob_ids():
            assert project.read_blob(sha256) == blobs.read_blob(sha256)
    return name


def save_state(path: Path, name: str) -> None:
    document, blobs = STATES[name]
    save_project(path, document, blobs, referenced=blobs.blob_ids())


def kill_moments(kills: list[Kill], save_s: float) -> list[int]:
    """How many kills fell in each quarter of a save, and how many after a save."""
    quarters = [0] * 5
    for kill in kills:
        if kill.cut_off_started_at is None:
            quarters[4] += 1
            continue
        fraction = (kill.killed_at - kill.cut_off_started_at) / save_s
        quarters[min(int(fraction * 4), 3)] += 1
    return quarters


def test_a_killed_save_in_place_leaves_the_old_or_the_new_state(tmp_path: Path):
    path = tmp_path / "Herinnering.helder"
    rng = random.Random(5)
    kills: list[Kill] = []
    seen: Counter[str] = Counter()
    journals = 0
    durations = [0.05]
    for run in range(KILLS_IN_PLACE):
        if run % 6 == 0:
            save_state(path, "initial")
            before = "initial"
        delay = rng.uniform(0, 3 * statistics.median(durations))
        kill = run_and_kill("in-place", path, tmp_path / "log", rng.randrange(2), delay)
        durations += kill.durations
        journals += Path(f"{path}-journal").exists()

        found = state_in(path)

        assert found in kill.allowed_states(before), f"kill {run}: {kill}"
        seen[found] += 1
        before = found
        kills.append(kill)

    moments = kill_moments(kills, statistics.median(durations))
    logger.info(
        "in place: %d kills, %d cut a save off, %d left a hot journal, states "
        "seen %s, kills per quarter of a save (and after) %s, median save %.1f ms",
        len(kills),
        sum(k.cut_off is not None for k in kills),
        journals,
        dict(seen),
        moments,
        statistics.median(durations) * 1000,
    )
    assert set(seen) == {"initial", "A", "B"}
    assert journals >= 1
    assert sum(count > 0 for count in moments[:4]) >= 3


def test_a_killed_save_as_leaves_no_file_or_a_complete_one(tmp_path: Path):
    folder = tmp_path / "projects"
    folder.mkdir()
    rng = random.Random(6)
    kills: list[Kill] = []
    durations = [0.05]
    absent_targets = temp_files_left = 0
    number = 0
    for run in range(KILLS_SAVE_AS):
        delay = rng.uniform(0, 3 * statistics.median(durations))
        kill = run_and_kill("save-as", folder, tmp_path / "log", number, delay)
        durations += kill.durations

        copies = sorted(folder.glob("copy-*.helder"))
        for copy in copies:
            assert state_in(copy) == kill.state_of(int(copy.stem.split("-")[1]))
        if kill.done:
            assert SAVER["copy_path"](folder, kill.done[-1]) in copies
        if kill.cut_off is not None:
            absent_targets += SAVER["copy_path"](folder, kill.cut_off) not in copies
        temps = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
        assert len(temps) <= 1, f"kill {run}: {temps}"
        assert set(folder.iterdir()) == {*copies, *temps}
        temp_files_left += bool(temps)
        kills.append(kill)
        number = max([*kill.done, kill.cut_off or 0]) + 1
        for copy in copies:
            copy.unlink()  # checked; keeps each check to this kill's copies

    save_state(folder / "after.helder", "A")
    logger.info(
        "save as: %d kills, %d before the rename, %d left a temporary file, "
        "kills per quarter of a save (and after) %s, median save %.1f ms",
        len(kills),
        absent_targets,
        temp_files_left,
        kill_moments(kills, statistics.median(durations)),
        statistics.median(durations) * 1000,
    )
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert absent_targets >= 1 and temp_files_left >= 1
