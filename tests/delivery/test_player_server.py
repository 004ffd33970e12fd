"""End to end: the sample package published to the delivery server, a view made
for a dossier, and the link opened in Chromium, as a debtor opens it."""

from __future__ import annotations

import re

import pytest
from delivery_helpers import DOSSIER, RunningServer, exported_package
from player_steps import (
    focused_text,
    tab_to,
    wait_for_choice_focus,
    wait_for_hold,
    wait_for_scene,
)
from playwright.sync_api import expect

RATE = 6.0  # the sample's scenes are long: play them six times as fast


@pytest.fixture(scope="module")
def delivery(tmp_path_factory):
    running = RunningServer(tmp_path_factory.mktemp("delivery") / "server")
    try:
        answer = running.publish(exported_package())
        assert answer.status == 201, answer.body
        running.package = answer.json()["package"]
        yield running
    finally:
        running.stop()


def open_link(page, delivery, dossier: dict) -> str:
    answer = delivery.create_view(delivery.package, dossier)
    assert answer.status == 201, answer.body
    link = answer.json()["link"]
    page.goto(delivery.url + link)
    expect(page.locator("#helder-player")).to_have_attribute("aria-busy", "false")
    page.evaluate(
        "(rate) => { const v = document.querySelector('video');"
        " v.defaultPlaybackRate = rate; v.playbackRate = rate; }",
        RATE,
    )
    return link


def view_id(delivery, link: str) -> str:
    rows = delivery.table("views")
    assert len(rows) >= 1
    return rows[-1]["id"]


def test_a_debtor_sees_name_and_amount_and_chooses_three_terms(page, delivery):
    open_link(page, delivery, DOSSIER)
    assert focused_text(page).strip() == "Video afspelen"
    page.keyboard.press("Enter")

    expect(page.get_by_text("Hallo Mehmet,", exact=True)).to_be_visible()
    wait_for_scene(page, "bedrag", timeout=30_000)
    expect(page.get_by_text("€ 1.234,56", exact=True)).to_be_visible()

    wait_for_scene(page, "keuze", timeout=60_000)
    wait_for_hold(page, timeout=60_000)
    wait_for_choice_focus(page)
    tab_to(page, "Betalen in termijnen")
    page.keyboard.press("Enter")

    wait_for_scene(page, "termijnen", timeout=30_000)
    picker = page.get_by_role("group")
    expect(picker.get_by_role("button")).to_have_count(3)
    three = picker.get_by_role("button", name=re.compile(r"^In 3 keer"))
    expect(three).to_be_visible(timeout=30_000)
    three.click()

    wait_for_scene(page, "bedankt", timeout=30_000)
    rows = _wait_for_rows(
        delivery, lambda rows: any(row["event"] == "completed" for row in rows)
    )
    chosen = _outcome(rows, "plan_chosen")
    assert [row.get("terms") for row in chosen] == [3]
    kinds = [row["event"] for row in rows]
    assert [kinds.count(kind) for kind in ("opened", "started", "completed")] == [
        1,
        1,
        1,
    ]
    assert [row["quarter"] for row in rows if row["event"] == "quarter"] == [1, 2, 3, 4]
    steps = [row.get("step") for row in rows if row["event"] == "choice"]
    assert steps == ["keuze-termijnen", "plan:3"]

    assert page.evaluate("window.__csp") == []
    assert page.log.errors == []
    refused = [m for m in page.log.console if "Content Security Policy" in m]
    assert refused == []


def test_the_server_refuses_none_of_the_players_events(page, delivery):
    open_link(page, delivery, {**DOSSIER, "customer_id": "K-1003"})
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze", timeout=60_000)
    wait_for_hold(page, timeout=60_000)

    page.locator("#bar").get_by_role("button", name="Ik wil hulp").click()
    wait_for_scene(page, "hulp", timeout=30_000)
    page.wait_for_timeout(500)

    rows = _wait_for_rows(delivery, lambda rows: _outcome(rows, "help_requested"))
    assert page.log.refused == []
    kinds = {row["event"] for row in rows}
    assert {"opened", "started", "quarter", "choice", "outcome"} <= kinds


def test_a_debtor_pays_through_the_test_provider_and_is_thanked(page, delivery):
    open_link(page, delivery, {**DOSSIER, "customer_id": "K-1004"})
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze", timeout=60_000)
    wait_for_hold(page, timeout=60_000)
    page.locator("#stage").get_by_role("button", name="Nu betalen").click()

    wait_for_scene(page, "betalen", timeout=30_000)
    pay = page.locator("#stage").get_by_role("button", name="Betaal met iDEAL")
    expect(pay).to_be_visible(timeout=30_000)
    pay.click()

    # The reference provider's page: a simulated iDEAL bank, on this server.
    succeed = page.get_by_role("button", name="Payment succeeds")
    expect(succeed).to_be_visible(timeout=15_000)
    assert "Mehmet" not in page.url and "1234" not in page.url
    succeed.click()

    page.wait_for_url(re.compile(r"/v/[^/?]+\?payment=paid"), timeout=15_000)
    expect(page.locator("#helder-player")).to_have_attribute("aria-busy", "false")
    page.keyboard.press("Enter")
    wait_for_scene(page, "bedankt", timeout=30_000)
    rows = _wait_for_rows(delivery, lambda rows: _outcome(rows, "paid"))
    assert len(_outcome(rows, "paid")) == 1
    assert page.log.refused == []


def _outcome(rows: list[dict], outcome: str) -> list[dict]:
    return [row for row in rows if row.get("outcome") == outcome]


def _wait_for_rows(delivery, found, timeout: float = 10.0) -> list[dict]:
    import time

    deadline = time.monotonic() + timeout
    while True:
        rows = delivery.event_rows()
        if found(rows) or time.monotonic() > deadline:
            return rows
        time.sleep(0.1)
