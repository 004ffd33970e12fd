"""Texts that do not fit: the player shrinks and cuts them as the studio's renderer
does, so that a long name reads the same in the browser as in the studio."""

from __future__ import annotations

import pytest
from player_payload import find_layer, sample_payload
from player_steps import new_token, wait_for_hold, wait_for_scene
from playwright.sync_api import expect

from studio.model.layers import Align, FitRule, VerticalAlign
from studio.render.text import TextStyle, ensure_gui, fit_text

NAMES = [
    "Anna",
    "Maximiliaan Alexander",
    "Wilhelmina Johanna Maria van Oranje-Nassau",
    "Bartholomeuszoon-Vanderwaalsenburg-Achterberg",
]


def studio_fit(text: str, style: dict, width: float, height: float):
    ensure_gui()
    setting = TextStyle(
        style["font"],
        style["size"],
        style["weight"],
        Align(style["align"]),
        VerticalAlign(style["vertical_align"]),
        style["line_height"],
        FitRule(style["fit"]),
        style["max_lines"],
        style["min_size"],
    )
    return fit_text(text, setting, width, height)


def player_fit(page, selector: str) -> dict:
    """The size the player set a text at, and whether it cut lines."""
    return page.eval_on_selector(
        selector,
        """(body) => ({size: parseFloat(body.style.fontSize),
                       cut: body.classList.contains('cut'),
                       lines: Number(body.style.webkitLineClamp) || null,
                       text: body.textContent})""",
    )


@pytest.mark.parametrize("name", NAMES)
def test_a_greeting_is_shrunk_and_cut_as_the_studio_does(page, site, name):
    token = new_token()
    payload = sample_payload(token, name=name)
    page.goto(site.add_view(token, payload, name))
    expect(page.locator("#helder-player")).to_have_attribute("aria-busy", "false")
    _, layer = find_layer(payload, "welkom-groet")
    width, height = layer["transform"]["size"]
    text = layer["text"]

    expected = studio_fit(text, layer["style"], width, height)
    found = player_fit(page, "#stage .text-body")

    assert found["size"] == expected.size
    assert found["cut"] == expected.cut
    assert found["text"] == text  # a cut is drawn; the page keeps the whole text


def test_option_labels_fit_as_the_studio_sets_them(page, site):
    token = new_token()
    payload = sample_payload(token)
    page.goto(site.add_view(token, payload))
    page.locator("#bar").get_by_role("button", name="Betalen in termijnen").click()
    wait_for_scene(page, "termijnen")
    wait_for_hold(page)

    _, picker = find_layer(payload, "termijnen-keuze")
    width, height = picker["transform"]["size"]
    padding = picker["padding"]
    row = min((height - 2 * picker["gap"]) / 3, picker["max_row"])
    for index, option in enumerate(picker["options"]):
        expected = studio_fit(
            option["label"], picker["style"], width - 2 * padding, row - 2 * padding
        )
        found = player_fit(page, f"#stage .option:nth-child({index + 1}) .label")
        assert found["size"] == expected.size, option["label"]


def test_button_labels_wrap_and_fit_as_the_studio_sets_them(page, site):
    token = new_token()
    payload = sample_payload(token)
    page.goto(site.add_view(token, payload))
    page.locator("#start").click()
    wait_for_scene(page, "keuze")
    wait_for_hold(page)

    scene, _ = find_layer(payload, "keuze-hulp")
    lines = []
    for index, button in enumerate(scene["live"]):
        width, height = button["transform"]["size"]
        padding = button["padding"]
        expected = studio_fit(
            button["label"], button["style"], width - 2 * padding, height - 2 * padding
        )
        found = player_fit(page, f"#stage .choice:nth-child({index + 1}) .label")
        assert found["size"] == expected.size, button["label"]
        height_of = page.eval_on_selector(
            f"#stage .choice:nth-child({index + 1}) .label", "(b) => b.offsetHeight"
        )
        lines.append(round(height_of / (expected.size * 1.2)))
        assert lines[-1] == expected.lines, button["label"]
    assert 2 in lines  # one label wraps: the case worth comparing
