"""The player page in Chromium: the debtor's own texts, safely, in both directions."""

from __future__ import annotations

from player_payload import PAYMENT_PAGE, caption_text, find_layer, sample_payload
from player_steps import (
    new_token,
    open_view,
    scene_playing,
    start,
    wait_for_hold,
    wait_for_scene,
)
from playwright.sync_api import expect

HOSTILE_NAME = "<img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>"


def test_the_name_and_the_amount_show_as_page_text(page, site):
    open_view(page, site, name="Anna", rate=2.0)
    start(page)

    expect(page.get_by_text("Hallo Anna,", exact=True)).to_be_visible()
    wait_for_scene(page, "bedrag")
    expect(page.get_by_text("€ 1.234,56", exact=True)).to_be_visible()
    expect(page.get_by_text("Graag betalen vóór 15 mei 2025.")).to_be_visible()


def test_a_layer_and_a_scene_whose_condition_fails_are_passed_over(page, site):
    open_view(page, site)
    start(page)
    wait_for_scene(page, "bedrag")

    expect(page.get_by_text("Dat is veel geld.", exact=False)).to_be_hidden()
    wait_for_scene(page, "keuze")
    assert "herinnering.nl.mp4" not in site.media_asked


def test_a_name_made_of_markup_and_script_shows_literally(page, site):
    open_view(page, site, name=HOSTILE_NAME, rate=1.0)
    start(page)

    greeting = page.locator("#stage .text-body").first
    expect(greeting).to_have_text(f"Hallo {HOSTILE_NAME},")
    expect(greeting).to_be_visible()
    assert page.locator("#stage img, #stage script").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    expect(page.locator("#captions")).to_contain_text(HOSTILE_NAME)
    assert page.locator("#captions *").count() == 0


def test_the_page_keeps_to_a_strict_content_security_policy(page, site):
    open_view(page, site)
    start(page)
    wait_for_scene(page, "keuze")
    wait_for_hold(page)

    response = page.request.get(page.url)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert page.evaluate("window.__csp") == []
    violations = [m for m in page.log.console if "Content Security Policy" in m]
    assert violations == []
    assert page.log.errors == []


def test_the_pay_plan_and_help_routes_are_always_below_the_video(page, site):
    open_view(page, site)
    bar = page.locator("#bar")

    for label in ("Nu betalen", "Betalen in termijnen", "Ik wil hulp"):
        expect(bar.get_by_role("button", name=label, exact=True)).to_be_visible()
    stage_box = page.locator("#frame").bounding_box()
    bar_box = bar.bounding_box()
    assert bar_box["y"] >= stage_box["y"] + stage_box["height"]


def test_the_plan_route_goes_to_the_scene_with_the_plan_picker(page, site):
    open_view(page, site)

    page.locator("#bar").get_by_role("button", name="Betalen in termijnen").click()

    wait_for_scene(page, "termijnen")
    picker = page.get_by_role("group", name="Betalen in termijnen")
    expect(picker.get_by_role("button")).to_have_count(3)
    assert site.acts == [{"layer": None, "step": "plan"}]
    choice = site.wait_for(lambda: [e for e in site.events if e["event"] == "choice"])
    assert choice == [
        {"event": "choice", "scene": "welkom", "layer": None, "step": "plan"}
    ]


def test_the_help_route_goes_to_the_scene_with_chat_and_call(page, site):
    open_view(page, site)
    start(page)

    page.locator("#bar").get_by_role("button", name="Ik wil hulp").click()

    wait_for_scene(page, "hulp")
    expect(page.get_by_role("button", name="Chat met ons")).to_be_visible()
    expect(page.get_by_role("button", name="Bel ons")).to_be_visible()
    assert site.acts == [{"layer": None, "step": "help"}]


def test_the_pay_route_asks_the_server_and_opens_the_payment_page(page, site):
    open_view(page, site)

    with page.expect_navigation(url=site.url(PAYMENT_PAGE)):
        page.locator("#bar").get_by_role("button", name="Nu betalen").click()

    assert site.acts == [{"layer": None, "step": "pay"}]


def test_back_from_a_payment_the_story_goes_on_after_the_pay_button(page, site):
    token = new_token()
    page.goto(site.add_view(token, sample_payload(token)) + "?payment=paid")

    wait_for_scene(page, "bedankt")
    assert page.url == site.url(f"/v/{token}")


def test_back_from_a_failed_payment_the_pay_scene_offers_it_again(page, site):
    token = new_token()
    page.goto(site.add_view(token, sample_payload(token)) + "?payment=failed")

    wait_for_scene(page, "betalen")
    expect(page.locator("#status")).to_have_text(
        "Het betalen is niet gelukt. U kunt het nog eens proberen."
    )


def test_the_music_bed_loops_under_the_scenes_at_its_volume(page, site):
    token = new_token()
    payload = sample_payload(token)
    payload["music"] = {
        "src": f"/p/{payload['package']}/media/music.m4a",
        "volume": 0.25,
    }
    page.goto(site.add_view(token, payload))
    music = page.locator("audio")
    expect(music).to_have_count(1)
    assert music.evaluate("(a) => [a.loop, a.volume, a.paused]") == [True, 0.25, True]

    start(page)
    page.wait_for_function("() => !document.querySelector('audio').paused")
    page.get_by_role("button", name="Pauzeren").click()
    assert music.evaluate("(a) => a.paused")
    assert page.evaluate("document.querySelector('video').paused")
    page.get_by_role("button", name="Afspelen").click()
    page.wait_for_function(
        "() => !document.querySelector('audio').paused"
        " && !document.querySelector('video').paused"
    )


def test_captions_are_a_track_per_scene_with_a_toggle(page, site):
    token = open_view(page, site, name="Anna", rate=1.0)
    track = page.locator("video track")
    expect(track).to_have_count(1)
    assert track.get_attribute("kind") == "captions"
    assert track.get_attribute("srclang") == "nl"
    assert track.get_attribute("default") is not None
    assert track.get_attribute("src") == f"/v/{token}/captions/welkom.vtt"

    start(page)
    captions = page.locator("#captions")
    expect(captions).to_have_text(caption_text("nl", "Anna", "welkom"))
    wait_for_scene(page, "bedrag")
    expect(track).to_have_count(1)
    assert track.get_attribute("src") == f"/v/{token}/captions/bedrag.vtt"
    expect(captions).to_have_text(caption_text("nl", "Anna", "bedrag"))

    toggle = page.get_by_role("button", name="Ondertiteling (CC)")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "false")
    expect(captions).to_be_hidden()
    wait_for_scene(page, "keuze")
    expect(captions).to_be_hidden()
    toggle.click()
    expect(captions).to_have_text(caption_text("nl", "Anna", "keuze"))


def test_captions_lie_below_the_video_not_over_its_buttons(page, site):
    open_view(page, site)
    start(page)
    wait_for_scene(page, "keuze")

    frame = page.locator("#frame").bounding_box()
    captions = page.locator("#captions").bounding_box()
    assert captions["y"] >= frame["y"] + frame["height"] - 1
    modes = page.evaluate(
        "() => [...document.querySelector('video').textTracks].map((t) => t.mode)"
    )
    assert modes == ["hidden"]  # the browser draws no cue over the stage


def test_right_to_left_flips_the_stage_the_bar_and_the_alignment(page, site):
    open_view(page, site, language="ar", name="فاطمة", rate=1.0)
    start(page)

    for selector in ("html", "#stage", "#bar"):
        expect(page.locator(selector)).to_have_attribute("dir", "rtl")
    expect(page.get_by_text("مرحبا فاطمة،")).to_be_visible()
    hold_greeting(page)
    edges = text_and_box_edges(page, "#stage .text-body")
    assert abs(edges["text_right"] - edges["box_right"]) < 2, edges
    assert edges["text_left"] - edges["box_left"] > 50, edges


def test_left_to_right_start_alignment_is_at_the_left(page, site):
    open_view(page, site, rate=1.0)
    start(page)

    expect(page.get_by_text("Hallo Anna,")).to_be_visible()
    hold_greeting(page)
    edges = text_and_box_edges(page, "#stage .text-body")
    assert abs(edges["text_left"] - edges["box_left"]) < 2, edges


def test_a_view_that_does_not_exist_says_so(page, site):
    page.goto(site.url(f"/v/{new_token()}"))

    expect(page.get_by_role("alert")).to_have_text(
        "Deze video is niet (meer) beschikbaar."
    )
    expect(page.locator("#frame")).to_be_hidden()


def test_reduced_motion_shows_the_layers_at_their_end_values(browser, site):
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    try:
        token = new_token()
        page.goto(site.add_view(token, sample_payload(token)))
        layer = page.locator("#stage .layer").first
        expect(layer).to_have_css("opacity", "1")
        assert "translate(160px, 360px)" in layer.evaluate("(n) => n.style.transform")
    finally:
        context.close()


def test_without_reduced_motion_the_greeting_fades_in(page, site):
    open_view(page, site)

    layer = page.locator("#stage .layer").first
    expect(layer).to_have_css("opacity", "0")
    assert "translate(160px, 400px)" in layer.evaluate("(n) => n.style.transform")


def hold_greeting(page) -> None:
    """Pause once the greeting has risen into place (frame 30 of the welcome)."""
    page.wait_for_function("() => document.querySelector('video').currentTime > 1.25")
    page.locator("#toggle-play").click()
    assert scene_playing(page) == "welkom"


def text_and_box_edges(page, selector: str) -> dict:
    """Screen edges of a one-line text and of its layer's box."""
    return page.eval_on_selector(
        selector,
        """(body) => {
            const range = document.createRange();
            range.selectNodeContents(body);
            const text = range.getBoundingClientRect();
            const box = body.closest('.layer').getBoundingClientRect();
            return {text_left: text.left, text_right: text.right,
                    box_left: box.left, box_right: box.right};
        }""",
    )


def test_buttons_look_as_their_style_says(page, site):
    token = new_token()
    payload = sample_payload(token)
    _, secondary = find_layer(payload, "keuze-termijnen")
    secondary["button_style"] = "secondary"
    _, quiet = find_layer(payload, "keuze-hulp")
    quiet["button_style"] = "quiet"
    page.goto(site.add_view(token, payload))
    page.locator("#start").click()
    wait_for_scene(page, "keuze")
    wait_for_hold(page)

    looks = page.evaluate(
        """() => [...document.querySelectorAll('#stage .choice')].map((b) => {
            const s = getComputedStyle(b);
            const label = getComputedStyle(b.querySelector('.label'));
            return [s.backgroundColor, s.color, s.borderTopWidth, s.borderTopColor,
                    label.textDecorationLine];
        })"""
    )
    navy, white = "rgb(31, 58, 95)", "rgb(255, 255, 255)"
    assert looks[0][:3] == [navy, white, "0px"]
    assert [looks[1][0], looks[1][1], looks[1][3]] == [white, navy, navy]
    # 42 / 12 = 3.5 canvas pixels; Chromium sets borders in whole pixels.
    assert float(looks[1][2].removesuffix("px")) in (3.0, 3.5)
    assert looks[2][0] == "rgba(0, 0, 0, 0)" and looks[2][4] == "underline"
