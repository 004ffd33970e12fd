"""The player in a real browser: Debian's Chromium driven by Playwright.

One browser a test module, a fresh context (its own profile state) and page for
each test. The browser is not kept for the whole run: Playwright's synchronous API
leaves its event loop running in the main thread while it is open, and any later
test that calls ``asyncio.run`` would fail. Chromium is required: without it the
tests fail and say how to get it, rather than skip, because the player is only
tested here.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from player_site import PlayerSite, make_scene_media

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1024, "height": 720}


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        pytest.fail(
            f"the player tests need Chromium at {CHROMIUM}: "
            "install it with `apt-get install -y chromium`",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # Playwright gives every launch a fresh, temporary user data directory.
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


class PageLog:
    """What a page said on its console and which errors it threw."""

    def __init__(self, page):
        self.console: list[str] = []
        self.errors: list[str] = []
        self.refused: list[tuple[int, str]] = []  # answers of 400 and over
        page.on("console", lambda message: self.console.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("response", self._answered)

    def _answered(self, response) -> None:
        if response.status >= 400:
            self.refused.append((response.status, response.url))


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="nl-NL")
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.log = PageLog(page)
    # Violations of the page's policy, gathered from the moment the page starts.
    page.add_init_script(
        "window.__csp = [];"
        "document.addEventListener('securitypolicyviolation', (e) =>"
        " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    yield page
    page.close()


@pytest.fixture(scope="session")
def scene_media():
    folder = Path(tempfile.mkdtemp(prefix="helder-player-media-"))
    yield make_scene_media(folder)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def site(scene_media):
    served = PlayerSite(scene_media).start()
    yield served
    served.stop()
