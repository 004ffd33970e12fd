"""The studio's publish dialog against the real delivery server on loopback."""

from __future__ import annotations

import pytest
from delivery_helpers import TOKEN, RunningServer

from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.ui.document import Document
from studio.ui.publish_dialog import PublishDialog

SIZE = (320, 180)


@pytest.fixture
def server(tmp_path):
    running = RunningServer(tmp_path / "server")
    yield running
    running.stop()


@pytest.fixture
def dialog(qtbot):
    widget = PublishDialog(Document(Project.open(SAMPLE_PROJECT)))
    qtbot.addWidget(widget)
    yield widget
    widget.stop()


def stored(server) -> list:
    answer = server.get("/api/packages", {"Authorization": f"Bearer {TOKEN}"})
    assert answer.status == 200
    return answer.json()["packages"]


def run_to_the_end(qtbot, dialog, output, timeout=600_000):
    job = dialog.start(output, size=SIZE)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=timeout):
        pass
    qtbot.waitUntil(lambda: dialog.job is None)
    return job


def test_export_then_publish_with_progress_and_the_server_keeps_it(
    qtbot, dialog, server, tmp_path
):
    dialog.set_publishing(True)
    dialog.server.setText(server.url)
    dialog.token.setText(TOKEN)
    stages = []
    dialog.progress.valueChanged.connect(
        lambda value: stages.append((dialog.stage.text(), value))
    )
    finished = []
    dialog.sig_finished.connect(finished.append)
    run_to_the_end(qtbot, dialog, tmp_path / "sample.zip")

    assert (tmp_path / "sample.zip").is_file()
    assert finished and finished[-1].startswith("Published as ")
    assert dialog.status.text() == finished[-1]
    assert any("Uploading" in stage for stage, _ in stages)
    assert stages[-1][1] == 100
    assert len(stored(server)) == 1

    # Publishing the same package again stores no second version: the upload
    # carries the same idempotency key, and the server answers as it did.
    first = stored(server)[0]["package"]
    run_to_the_end(qtbot, dialog, tmp_path / "sample.zip")
    assert first in dialog.status.text()
    assert [p["package"] for p in stored(server)] == [first]


def test_a_refused_token_is_reported_as_the_server_said(
    qtbot, dialog, server, tmp_path
):
    dialog.set_publishing(True)
    dialog.server.setText(server.url)
    dialog.token.setText("not-the-token")
    run_to_the_end(qtbot, dialog, tmp_path / "sample.zip")
    text = dialog.status.text()
    assert text.startswith("Not done: ")
    assert "token" in text
    assert stored(server) == []


def test_publishing_needs_a_server_and_a_token(dialog, tmp_path):
    dialog.set_publishing(True)
    dialog.server.setText("")
    assert dialog.start(tmp_path / "x.zip") is None
    assert dialog.status.text() == "Give the server's address and its token."
    assert not (tmp_path / "x.zip").exists()
