"""Events: checked when the page sends them, stored and exported without
personal data."""

from __future__ import annotations

import csv
import io

import pytest
from delivery_helpers import (
    DOSSIER,
    TOKEN,
    RunningServer,
    dossier_values,
    exported_package,
)

from studio.delivery.events import COLUMNS


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = RunningServer(tmp_path_factory.mktemp("events") / "server")
    answer = running.publish(exported_package())
    assert answer.status == 201, answer.body
    running.package = answer.json()["package"]
    yield running
    running.stop()


@pytest.fixture
def link(server) -> str:
    return server.create_view(server.package, DOSSIER).json()["link"]


def send(server, link: str, event: dict):
    return server.post_json(link + "/events", event)


def test_viewing_events_are_stored_with_the_view_package_and_language(server, link):
    for event in (
        {"event": "opened"},
        {"event": "started"},
        {"event": "quarter", "quarter": 2},
        {
            "event": "choice",
            "scene": "keuze",
            "layer": "keuze-hulp",
            "step": "keuze-hulp",
        },
        {"event": "completed"},
    ):
        answer = send(server, link, event)
        assert answer.status == 200, answer.body

    rows = [row for row in server.event_rows() if row["event"] != "outcome"][-5:]
    assert [row["event"] for row in rows] == [
        "opened",
        "started",
        "quarter",
        "choice",
        "completed",
    ]
    assert rows[2]["quarter"] == 2
    assert (rows[3]["scene"], rows[3]["layer"], rows[3]["step"]) == (
        "keuze",
        "keuze-hulp",
        "keuze-hulp",
    )
    assert {row["package"] for row in rows} == {server.package}
    assert {(row["version"], row["language"]) for row in rows} == {(1, "nl")}


def test_the_help_route_reported_by_the_page_counts_as_a_help_request(server, link):
    send(
        server,
        link,
        {"event": "choice", "scene": "keuze", "layer": None, "step": "scene:hulp"},
    )

    assert server.event_rows()[-1]["outcome"] == "help_requested"


@pytest.mark.parametrize(
    "event",
    [
        {"event": "paid"},  # outcomes come from the server, never the page
        {"event": "outcome", "outcome": "paid"},
        {"event": "quarter", "quarter": 5},
        {"event": "quarter", "quarter": True},
        {"event": "opened", "name": "Mehmet"},  # no room for anything else
        {"event": "choice", "scene": "keuze", "layer": "keuze-hulp", "step": "pay"},
        {"event": "choice", "scene": "nowhere", "layer": None, "step": "help"},
        {"event": "choice", "scene": None, "layer": None, "step": "scene:nowhere"},
    ],
)
def test_events_the_package_does_not_know_are_refused(server, link, event):
    before = len(server.event_rows())

    answer = send(server, link, event)

    assert answer.status == 422
    assert answer.json()["error"]["code"] == "unknown_event"
    assert len(server.event_rows()) == before


def test_the_export_holds_no_dossier_value_as_json_lines_or_csv(server, link):
    send(server, link, {"event": "opened"})
    server.post_json(link + "/act", {"layer": "termijnen-keuze", "step": "plan:2"})
    server.post_json(link + "/act", {"layer": None, "step": "help"})
    jsonl, table = server.events("jsonl"), server.events("csv")

    assert jsonl.headers["Content-Type"].startswith("application/x-ndjson")
    assert table.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == len(jsonl.text.splitlines()) >= 3
    for value in dossier_values(DOSSIER) + ["1.234,56", "1234,56", "Mehmet"]:
        assert value not in jsonl.text
        assert value not in table.text
    stored = " ".join(str(v) for row in server.table("events") for v in row.values())
    for value in dossier_values(DOSSIER):
        assert value not in stored


def test_the_export_pages_with_since_and_needs_the_token(server, link):
    send(server, link, {"event": "opened"})
    everything = server.events()
    last = int(everything.headers["X-Last-Event"])

    later = server.get(
        f"/api/events?since={last}", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert (later.status, later.text) == (200, "")
    send(server, link, {"event": "started"})
    newer = server.get(
        f"/api/events?since={last}", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert [line.count('"started"') for line in newer.text.splitlines()] == [1]
    assert server.get("/api/events").status == 401
