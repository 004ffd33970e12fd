"""The real player against the real server: one view, opened as a debtor would.

The package is the sample's own export, the view is made from a dossier, and
Chromium opens the link: the page loads under the server's policy, shows the
debtor's finished texts, and what it reports arrives as events.
"""

from __future__ import annotations

import pytest
from delivery_helpers import DOSSIER, RunningServer, exported_package
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = RunningServer(tmp_path_factory.mktemp("browser") / "server")
    answer = running.publish(exported_package())
    assert answer.status == 201, answer.body
    running.package = answer.json()["package"]
    yield running
    running.stop()


def view_events(server, view: str) -> list[dict]:
    return [row for row in server.event_rows() if row["view"] == view]


def test_the_player_opens_a_view_of_the_server_and_reports_to_it(server, page):
    made = server.create_view(server.package, DOSSIER).json()

    page.goto(server.url + made["link"])
    expect(page.locator("#helder-player")).to_have_attribute("aria-busy", "false")
    page.locator("#start").click()

    expect(page.get_by_text("Hallo Mehmet,", exact=True)).to_be_visible()
    page.locator("#bar").get_by_role("button", name="Ik kan niet betalen").click()
    expect(page.get_by_role("button", name="Chat met ons")).to_be_visible()

    assert page.evaluate("window.__csp") == []
    assert page.log.errors == []
    # The page reports by beacon: give the last ones a moment to arrive.
    for _ in range(50):
        kinds = {row["event"] for row in view_events(server, made["view"])}
        if {"opened", "started", "outcome"} <= kinds:
            break
        page.wait_for_timeout(100)
    rows = view_events(server, made["view"])
    assert {"opened", "started"} <= {row["event"] for row in rows}
    assert [row["outcome"] for row in rows if row["event"] == "outcome"] == [
        "help_requested"
    ]
