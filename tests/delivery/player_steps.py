"""Steps the player tests share: open a view, play it faster, find the scene."""

from __future__ import annotations

import secrets

from player_payload import sample_payload
from playwright.sync_api import Page, expect

# The tests play the scenes four times as fast; the player reads its frames from
# the video clock, so it keeps in step at any rate.
FAST = 4.0


def new_token() -> str:
    """A view token as the delivery server makes them: 32 random bytes, base64url."""
    return secrets.token_urlsafe(32)


def open_view(
    page: Page,
    site,
    *,
    language: str = "nl",
    name: str = "Anna",
    payload: dict | None = None,
    rate: float = FAST,
) -> str:
    """Open a new view's page and wait until the player is ready to start."""
    token = new_token()
    if payload is None:
        payload = sample_payload(token, language=language, name=name)
    page.goto(site.add_view(token, payload, name))
    expect(page.locator("#helder-player")).to_have_attribute("aria-busy", "false")
    page.evaluate(
        "(rate) => { const v = document.querySelector('video');"
        " v.defaultPlaybackRate = rate; v.playbackRate = rate; }",
        rate,
    )
    return token


def start(page: Page) -> None:
    page.locator("#start").click()


def scene_playing(page: Page) -> str:
    """The id of the scene whose base video is in the player."""
    source = page.evaluate("document.querySelector('video').currentSrc")
    return source.rsplit("/", 1)[-1].split(".", 1)[0]


def wait_for_scene(page: Page, scene: str, timeout: float = 15_000) -> None:
    page.wait_for_function(
        "(scene) => document.querySelector('video').currentSrc"
        ".includes('/media/' + scene + '.')",
        arg=scene,
        timeout=timeout,
    )


def wait_for_hold(page: Page, timeout: float = 15_000) -> None:
    """Until the video stands still with a choice live on the stage."""
    page.wait_for_function(
        "() => { const v = document.querySelector('video');"
        " const shown = [...document.querySelectorAll('#stage button')].filter("
        "  (b) => !b.closest('[hidden]') && getComputedStyle(b).visibility !== 'hidden'"
        "  && Number(getComputedStyle(b.closest('.layer')).opacity) === 1);"
        " return v.paused && v.readyState >= 2 && shown.length > 0; }",
        timeout=timeout,
    )


def wait_for_choice_focus(page: Page, timeout: float = 5_000) -> None:
    """Until a choice on the stage has the focus (a keyboard user's, at a hold)."""
    page.wait_for_function(
        "() => document.activeElement && document.activeElement.tagName === 'BUTTON'"
        " && document.querySelector('#stage').contains(document.activeElement)",
        timeout=timeout,
    )


def focused_text(page: Page) -> str:
    return page.evaluate("(document.activeElement || document.body).innerText || ''")


def tab_to(page: Page, text: str, *, limit: int = 25, back: bool = False) -> int:
    """Press Tab (or Shift+Tab) until the focused control reads ``text``; how often."""
    key = "Shift+Tab" if back else "Tab"
    if focused_text(page).strip() == text:
        return 0
    for count in range(1, limit + 1):
        page.keyboard.press(key)
        if focused_text(page).strip() == text:
            return count
    raise AssertionError(f"{text!r} never took the focus in {limit} presses of {key}")
