"""Autosave, recovery after a crash, and the lock that keeps a project in one window.

The crash is real: a helper process (``autosave_victim.py``) opens a project,
edits it, waits for its autosave and is killed with SIGKILL; the test then
finds, recovers and discards what it left.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from studio import __version__
from studio.model.edits import SetTransform
from studio.project import Project, ProjectError
from studio.recovery_store import (
    Problem,
    copy_path,
    key_for,
    list_recoveries,
    lock_path,
    recovery_folder,
    sidecar_path,
    write_recovery,
)
from studio.resources import SAMPLE_PROJECT
from studio.ui.document import Document
from studio.ui.recovery import (
    Autosaver,
    ProjectInUse,
    RecoveryDialog,
    acquire_project_lock,
    offer_recovery,
    open_recovered,
    pending_recoveries,
)

VICTIM = Path(__file__).with_name("autosave_victim.py")
REPOSITORY = Path(__file__).resolve().parents[2]
TITLE = ("uitleg", "uitleg-titel")

needs_sigkill = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")


@pytest.fixture
def recovery_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "recovery"
    monkeypatch.setenv("HELDER_RECOVERY_DIR", str(folder))
    return folder


@pytest.fixture
def opened():
    """Opens projects and closes them after the test."""
    projects: list[Project] = []

    def open_project(path=SAMPLE_PROJECT) -> Project:
        projects.append(Project.open(path))
        return projects[-1]

    yield open_project
    for project in projects:
        project.close()


@pytest.fixture
def editing(opened, recovery_dir):
    """A document on a project, with its lock and an autosaver (100 ms delay)."""
    made: list[Autosaver] = []

    def edit_project(path=SAMPLE_PROJECT, *, max_delay_ms=30_000):
        document = Document(opened(path))
        lock = acquire_project_lock(document.project)
        autosaver = Autosaver(document, lock, delay_ms=100, max_delay_ms=max_delay_ms)
        made.append(autosaver)
        return document, autosaver

    yield edit_project
    for autosaver in made:
        autosaver.lock.release()


def move_title(document: Document, x: float) -> None:
    document.edit(SetTransform(TITLE[1], "position", (x, 123.0), frame=100))


def title_position(project: Project) -> tuple[float, float]:
    scene, layer = TITLE
    return project.template.scene(scene).layer(layer).transform.position.at(100)


def position_in(file: Path) -> tuple[float, float]:
    project = Project.open(file)
    try:
        return title_position(project)
    finally:
        project.close()


def saved_sample(folder: Path) -> Path:
    project = Project.open(SAMPLE_PROJECT)
    try:
        return project.save(folder / "Herinnering.helder")
    finally:
        project.close()


# -- autosave ------------------------------------------------------------------


def test_an_edit_is_autosaved_after_the_quiet_delay(qtbot, editing):
    document, autosaver = editing()
    move_title(document, 321.0)
    copy = autosaver.recovery_file
    assert not copy.exists()

    qtbot.waitUntil(copy.exists, timeout=5000)

    assert position_in(copy) == (321.0, 123.0)
    sidecar = json.loads(sidecar_path(autosaver.lock.key).read_text("utf-8"))
    assert set(sidecar) == {
        "format",
        "path",
        "source",
        "template",
        "saved_at",
        "pid",
        "host",
        "studio_version",
    }
    assert sidecar["path"] is None
    assert sidecar["source"] == str(SAMPLE_PROJECT)
    assert sidecar["template"] == "Betalingsherinnering"
    assert sidecar["pid"] == os.getpid()
    assert sidecar["studio_version"] == __version__
    assert sidecar["saved_at"].endswith("+00:00")


def test_a_clean_document_writes_nothing(qtbot, editing):
    document, autosaver = editing()
    assert autosaver.autosave_now() is False

    move_title(document, 321.0)
    document.undo_stack.undo()
    qtbot.wait(400)

    assert not autosaver.pending
    assert not autosaver.recovery_file.exists()


def test_undoing_back_to_the_saved_state_drops_the_copy(qtbot, editing):
    document, autosaver = editing()
    move_title(document, 321.0)
    qtbot.waitUntil(autosaver.recovery_file.exists, timeout=5000)

    document.undo_stack.undo()

    qtbot.waitUntil(lambda: not autosaver.recovery_file.exists(), timeout=5000)
    assert not sidecar_path(autosaver.lock.key).exists()


def test_a_stream_of_edits_is_saved_within_the_max_delay(qtbot, editing):
    document, autosaver = editing(max_delay_ms=500)
    saves: list[float] = []
    autosaver.sig_autosaved.connect(lambda _copy: saves.append(time.monotonic()))
    started = time.monotonic()
    x = 200.0
    # An edit every 30 ms never leaves the 100 ms of quiet an autosave waits for.
    while time.monotonic() - started < 1.6:
        x += 1
        move_title(document, x)
        qtbot.wait(30)
    stopped = time.monotonic()

    assert saves, "no autosave while the edits kept coming"
    assert 0.4 < saves[0] - started < 1.0  # forced at the max delay of 500 ms
    assert saves[-1] < stopped
    qtbot.waitUntil(lambda: position_in(autosaver.recovery_file)[0] == x)


def test_a_failing_autosave_reports_once_and_keeps_trying(
    qtbot, tmp_path, monkeypatch, opened
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the recovery folder's parent should be")
    folder = blocker / "recovery"
    monkeypatch.setenv("HELDER_RECOVERY_DIR", str(folder))
    document = Document(opened())
    lock = acquire_project_lock(document.project)
    assert not lock.held  # no folder, no lock: the project still opens
    autosaver = Autosaver(document, lock, delay_ms=50, max_delay_ms=300)
    messages: list[str] = []
    autosaver.sig_message.connect(messages.append)

    move_title(document, 301.0)
    qtbot.waitUntil(lambda: len(messages) > 0, timeout=5000)
    for x in (302.0, 303.0, 304.0):
        move_title(document, x)
        qtbot.wait(120)
    qtbot.wait(700)  # retries at the max delay, without further edits too

    assert len(messages) == 1
    assert messages[0].startswith("Autosave failed:")
    assert autosaver.pending

    blocker.unlink()  # the next try makes the folder
    with qtbot.waitSignal(autosaver.sig_autosaved, timeout=5000):
        pass
    assert position_in(copy_path(lock.key, folder)) == (304.0, 123.0)


def test_autosave_never_writes_the_users_file(qtbot, tmp_path, editing):
    (tmp_path / "work").mkdir()
    user_file = saved_sample(tmp_path / "work")
    before = user_file.read_bytes()
    stat = user_file.stat()
    document, autosaver = editing(user_file)

    for x in (311.0, 312.0, 313.0):
        move_title(document, x)
        qtbot.waitUntil(
            lambda x=x: (
                autosaver.recovery_file.exists()
                and position_in(autosaver.recovery_file)[0] == x
            ),
            timeout=5000,
        )

    assert user_file.read_bytes() == before
    assert user_file.stat().st_mtime_ns == stat.st_mtime_ns
    assert [p.name for p in user_file.parent.iterdir()] == ["Herinnering.helder"]


def test_a_save_by_the_user_removes_the_copy(qtbot, tmp_path, editing):
    user_file = saved_sample(tmp_path)
    document, autosaver = editing(user_file)
    move_title(document, 321.0)
    qtbot.waitUntil(autosaver.recovery_file.exists, timeout=5000)

    document.project.save()
    document.undo_stack.setClean()
    autosaver.saved()

    assert not autosaver.recovery_file.exists()
    assert not sidecar_path(autosaver.lock.key).exists()
    assert position_in(user_file) == (321.0, 123.0)
    qtbot.wait(300)
    assert not autosaver.recovery_file.exists()


def test_a_save_as_moves_the_lock_to_the_new_file(qtbot, tmp_path, editing, opened):
    document, autosaver = editing()
    old_copy = autosaver.recovery_file
    move_title(document, 321.0)
    qtbot.waitUntil(old_copy.exists, timeout=5000)
    target = tmp_path / "Nieuw.helder"

    assert autosaver.lock.claim(SAMPLE_PROJECT) is autosaver.lock
    new_lock = autosaver.lock.claim(target)
    document.project.save(target)
    document.undo_stack.setClean()
    autosaver.saved(new_lock)

    assert not old_copy.exists()
    assert autosaver.lock is new_lock
    acquire_project_lock(opened()).release()  # the sample is free again
    with pytest.raises(ProjectInUse):
        acquire_project_lock(target)
    move_title(document, 322.0)
    qtbot.waitUntil(autosaver.recovery_file.exists, timeout=5000)
    assert autosaver.recovery_file == copy_path(key_for(document.project))


def test_discard_and_close_remove_the_copy_and_close_releases_the_lock(
    qtbot, editing, opened
):
    document, autosaver = editing()
    move_title(document, 321.0)
    qtbot.waitUntil(autosaver.recovery_file.exists, timeout=5000)
    autosaver.discard()
    assert not autosaver.recovery_file.exists()

    move_title(document, 322.0)
    qtbot.waitUntil(autosaver.recovery_file.exists, timeout=5000)
    with pytest.raises(ProjectInUse):
        acquire_project_lock(opened())
    autosaver.close()

    assert not autosaver.recovery_file.exists()
    acquire_project_lock(opened()).release()
    move_title(document, 323.0)
    qtbot.wait(300)
    assert not autosaver.recovery_file.exists()


def test_closing_at_system_shutdown_keeps_the_latest_state(qtbot, editing):
    document, autosaver = editing()
    move_title(document, 321.0)

    autosaver.close(keep_copy=True)

    assert position_in(autosaver.recovery_file) == (321.0, 123.0)
    assert not autosaver.lock.held


def test_an_older_copy_is_set_aside_not_overwritten(qtbot, editing, opened):
    crashed = opened()
    older = Document(crashed)
    move_title(older, 999.0)
    write_recovery(key_for(crashed), crashed)
    document, autosaver = editing()
    assert autosaver.recovery_file.exists()  # the older work, in the way

    with qtbot.waitSignal(autosaver.sig_autosaved, timeout=5000):
        move_title(document, 321.0)

    positions = {r.key: position_in(r.file) for r in list_recoveries()}
    assert positions[autosaver.lock.key] == (321.0, 123.0)
    assert sorted(positions.values()) == [(321.0, 123.0), (999.0, 123.0)]


# -- the lock --------------------------------------------------------------------


def test_a_project_open_in_this_process_is_in_use(recovery_dir, opened):
    lock = acquire_project_lock(opened())
    try:
        with pytest.raises(ProjectInUse) as raised:
            acquire_project_lock(opened())
        message = str(raised.value)
        assert str(SAMPLE_PROJECT) in message
        assert f"process {os.getpid()}" in message
    finally:
        lock.release()
    acquire_project_lock(opened()).release()
    assert lock.file.parent == recovery_dir


def test_the_recovery_folder_follows_the_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("HELDER_RECOVERY_DIR", str(tmp_path / "chosen"))
    assert recovery_folder() == tmp_path / "chosen"
    monkeypatch.delenv("HELDER_RECOVERY_DIR")
    if os.name != "posix" or os.uname().sysname == "Darwin":
        pytest.skip("the XDG folders are for Linux and the like")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert recovery_folder() == tmp_path / "state" / "helder-studio" / "recovery"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/state")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    home_state = tmp_path / "home" / ".local" / "state"
    assert recovery_folder() == home_state / "helder-studio" / "recovery"


def test_new_projects_never_share_a_lock(recovery_dir, opened):
    sample = opened()
    first = acquire_project_lock(Project(sample.template))
    second = acquire_project_lock(Project(sample.template))
    assert first.held and second.held
    assert first.key != second.key


# -- after a crash -----------------------------------------------------------------


class Victim:
    """The helper process, from its first line of output to its death."""

    def __init__(self, recovery_dir: Path, log: Path, *arguments: str):
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HELDER_RECOVERY_DIR": str(recovery_dir),
            "PYTHONPATH": str(REPOSITORY),
        }
        self.log = log
        self._stderr = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, str(VICTIM), *arguments],
            env=env,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self._lines.put(line)

    def wait_for_autosave(self) -> Path:
        try:
            line = self._lines.get(timeout=60)
        except queue.Empty:
            self.kill()
            pytest.fail(f"the victim never autosaved: {self.log.read_text()}")
        word, pid, copy = line.split()
        assert (word, int(pid)) == ("autosaved", self.process.pid), line
        return Path(copy)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait()  # reaped, so the pid no longer counts as running
        self._reader.join(timeout=10)
        self.process.stdout.close()
        self._stderr.close()


@pytest.fixture
def victims():
    started: list[Victim] = []

    def start(recovery_dir: Path, log: Path, *arguments: str) -> Victim:
        started.append(Victim(recovery_dir, log, *arguments))
        return started[-1]

    yield start
    for victim in started:
        victim.kill()


@needs_sigkill
def test_a_killed_studio_leaves_a_copy_that_recovers_modified(
    qtbot, tmp_path, recovery_dir, opened, victims
):
    victim = victims(recovery_dir, tmp_path / "victim.log")
    copy = victim.wait_for_autosave()

    assert pending_recoveries() == []  # its owner still runs
    hour_ago = time.time() - 3600
    os.utime(lock_path(key_for(opened())), (hour_ago, hour_ago))
    with pytest.raises(ProjectInUse) as raised:  # however old its lock file is
        acquire_project_lock(opened())
    assert f"process {victim.process.pid}" in str(raised.value)

    victim.kill()
    assert victim.process.returncode == -signal.SIGKILL

    lock = acquire_project_lock(opened())  # the dead process's lock is stale
    assert lock.held
    lock.release()
    [recovery] = pending_recoveries()
    assert recovery.file == copy
    assert recovery.problem is None
    assert recovery.pid == victim.process.pid
    assert recovery.original is None
    assert recovery.source == SAMPLE_PROJECT
    assert recovery.template_name == "Betalingsherinnering"

    lock = acquire_project_lock(recovery)
    project = open_recovered(recovery)
    document = Document(project)
    autosaver = Autosaver(document, lock, delay_ms=100, recovered=True)
    assert title_position(project) == (321.0, 123.0)
    assert project.path is None  # it had no file: Save asks where
    assert project.source == SAMPLE_PROJECT
    assert document.modified
    assert pending_recoveries() == []  # now this process owns it

    autosaver.close()
    assert not copy.exists()
    assert not sidecar_path(recovery.key, recovery_dir).exists()
    assert list_recoveries() == []


@needs_sigkill
def test_a_recovered_project_saves_to_the_users_file(
    qtbot, tmp_path, recovery_dir, victims
):
    user_file = saved_sample(tmp_path)
    before = user_file.read_bytes()
    victim = victims(recovery_dir, tmp_path / "victim.log", str(user_file), "345")
    victim.wait_for_autosave()
    victim.kill()
    assert user_file.read_bytes() == before

    [recovery] = pending_recoveries()
    assert recovery.original == user_file
    lock = acquire_project_lock(recovery)
    project = open_recovered(recovery)
    try:
        document = Document(project)
        autosaver = Autosaver(document, lock, delay_ms=100, recovered=True)
        document.undo_stack.undo()  # nothing to undo: still modified
        assert document.modified
        assert project.path == user_file

        project.save()
        document.undo_stack.setClean()
        autosaver.saved()

        assert position_in(user_file) == (345.0, 123.0)
        assert list_recoveries() == []
        autosaver.close()
    finally:
        project.close()


def test_a_damaged_copy_is_listed_with_its_problem_and_can_be_discarded(
    qtbot, recovery_dir
):
    recovery_dir.mkdir()
    copy_path("a" * 32).write_bytes(b"not a project at all")
    sidecar_path("a" * 32).write_text(
        json.dumps({"format": 1, "template": "Kapot", "pid": 0}), encoding="utf-8"
    )
    sidecar_path("b" * 32).write_text("{half a sidecar", encoding="utf-8")
    copy_path("b" * 32).write_bytes(b"")

    found = {r.key[0]: r for r in pending_recoveries()}

    assert found["a"].problem is Problem.DAMAGED
    assert found["b"].problem is Problem.NO_DETAILS
    with pytest.raises(ProjectError, match="not a Helder project|cannot be read"):
        open_recovered(found["a"])
    dialog = RecoveryDialog([found["a"], found["b"]])
    qtbot.addWidget(dialog)
    dialog.show()
    first_line = dialog.details.text().splitlines()[0]
    assert first_line == (
        f"{copy_path('a' * 32)} cannot be recovered: the copy cannot be opened."
    )
    assert not dialog.recover_button.isEnabled()

    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    dialog.list.setCurrentRow(0)
    assert dialog.details.text().startswith(
        f"{copy_path('b' * 32)} cannot be recovered: its details are missing"
    )
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert dialog.chosen is None
    assert sorted(recovery_dir.iterdir()) == []


def test_a_copy_without_its_sidecar_file_is_still_offered_for_discard(recovery_dir):
    recovery_dir.mkdir()
    sidecar_path("c" * 32).write_text(
        json.dumps({"format": 1, "template": "Weg", "pid": 0}), encoding="utf-8"
    )
    [recovery] = pending_recoveries()
    assert recovery.problem is Problem.NO_COPY
    assert recovery.template_name == "Weg"


# -- the offer -------------------------------------------------------------------


def crashed_copies(opened, names: list[str]) -> list:
    """Copies as a crash leaves them, one per template name, oldest first."""
    for number, name in enumerate(names):
        project = opened()
        project.template.name = name
        key = f"{number:032d}"
        write_recovery(key, project)
        sidecar = sidecar_path(key)
        data = json.loads(sidecar.read_text("utf-8"))
        data.update(pid=0, saved_at=f"2030-01-0{number + 1}T08:30:00+00:00")
        sidecar.write_text(json.dumps(data), encoding="utf-8")
    return pending_recoveries()


def test_the_dialog_shows_plain_text_and_returns_the_chosen_copy(
    qtbot, recovery_dir, opened
):
    recoveries = crashed_copies(opened, ["Oud", "<b>Nieuw</b>"])
    assert [r.template_name for r in recoveries] == ["<b>Nieuw</b>", "Oud"]
    dialog = RecoveryDialog(recoveries)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.list.count() == 2
    assert dialog.details.textFormat() == Qt.TextFormat.PlainText
    lines = dialog.details.text().splitlines()
    assert lines[0] == "Template: <b>Nieuw</b>"
    assert (
        lines[1] == f"Opened from: {SAMPLE_PROJECT} (not yet saved as a project file)"
    )
    assert lines[2].startswith("Autosaved: ")

    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)

    assert dialog.chosen == recoveries[1]
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert all(r.file.exists() for r in recoveries)


def test_later_keeps_the_copies_and_discard_removes_one(qtbot, recovery_dir, opened):
    recoveries = crashed_copies(opened, ["Een", "Twee"])
    dialog = RecoveryDialog(recoveries)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert not recoveries[0].file.exists()
    assert dialog.list.count() == 1
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)

    assert dialog.chosen is None
    assert [r.template_name for r in pending_recoveries()] == ["Een"]


@pytest.mark.parametrize("button, chosen", [("recover", 0), ("later", None)])
def test_offer_recovery_returns_what_the_user_chose(
    qtbot, recovery_dir, opened, button, chosen
):
    recoveries = crashed_copies(opened, ["Herinnering"])
    clicked: list[str] = []

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(20, click)
            return
        clicked.append(dialog.details.text())
        qtbot.mouseClick(getattr(dialog, f"{button}_button"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    result = offer_recovery(None, recoveries)

    assert clicked and "Template: Herinnering" in clicked[0]
    assert result == (recoveries[chosen] if chosen is not None else None)
    assert offer_recovery(None, []) is None


def test_a_recovered_project_keeps_its_sample_data(tmp_path):
    from studio.recovery_store import list_recoveries, open_recovered, write_recovery

    project = Project.open(SAMPLE_PROJECT)
    assert project.sample_data is not None
    write_recovery("kept-rows", project, tmp_path)
    project.close()
    (recovery,) = list_recoveries(tmp_path)
    recovered = open_recovered(recovery)
    try:
        assert recovered.sample_data is not None
        assert len(recovered.sample_data.rows) == 24
    finally:
        recovered.close()
