"""``helder serve`` out of the box, and ``helder views create`` against it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest
from delivery_helpers import DOSSIER, exported_package, request

from studio.publishing import publish
from studio.resources import ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """``helder serve`` with nothing but a data folder and a port."""
    port = free_port()
    data = tmp_path / "server-data"
    process = subprocess.Popen(
        [sys.executable, "-m", "studio.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, "HELDER_SERVER_DIR": str(data)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    try:
        while not any(line.startswith("publish token") for line in lines):
            line = process.stdout.readline()
            if not line:
                pytest.fail("helder serve ended: " + process.stderr.read())
            lines.append(line.rstrip("\n"))
        url = f"http://127.0.0.1:{port}"
        _wait_for(url)
        yield url, data, lines
    finally:
        process.terminate()
        process.wait(10)
        process.stdout.close()
        process.stderr.close()


def _wait_for(url: str) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            request(url, "GET", "/api/packages")
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"nothing answered at {url}")


def test_serve_makes_its_folder_and_token_and_trusts_the_studios_key(served, tmp_path):
    url, data, lines = served
    token = lines[-1].rsplit(" ", 1)[1]
    assert (data / "publish-token").read_text().strip() == token
    assert (data / "server.db").is_file()
    assert oct((data / "publish-token").stat().st_mode & 0o777) == "0o600"
    package = tmp_path / "sample.zip"
    package.write_bytes(exported_package())

    result = publish(package, url, token)

    assert (result.template, result.version) == ("betalingsherinnering", "1")

    dossier = tmp_path / "dossier.json"
    dossier.write_text(json.dumps(DOSSIER), encoding="utf-8")
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "studio.cli",
            "views",
            "create",
            "--server",
            url,
            "--token",
            token,
            "--package",
            result.package,
            "--lang",
            "nl",
            "--dossier",
            str(dossier),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    link = made.stdout.strip()
    assert link.startswith(url + "/v/")
    page = request(url, "GET", link.removeprefix(url))
    assert page.status == 200


def test_views_create_says_which_field_is_wrong(served, tmp_path):
    url, _, lines = served
    token = lines[-1].rsplit(" ", 1)[1]
    package = tmp_path / "sample.zip"
    package.write_bytes(exported_package())
    result = publish(package, url, token)
    dossier = tmp_path / "dossier.json"
    dossier.write_text(json.dumps({**DOSSIER, "due_date": "soon"}), encoding="utf-8")

    made = subprocess.run(
        [sys.executable, "-m", "studio.cli", "views", "create", "--server", url]
        + ["--token", token, "--package", result.package, "--lang", "nl"]
        + ["--dossier", str(dossier)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert made.returncode == 1
    assert "dossier_invalid" in made.stderr
    assert "dossier.due_date" in made.stderr
    assert "soon" not in made.stderr
