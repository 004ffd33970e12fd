"""The whole journey with the keyboard alone, the choices as real buttons, and what
the player does with the server's answers."""

from __future__ import annotations

from player_payload import PAYMENT_PAGE, PICKER_END
from player_steps import (
    focused_text,
    open_view,
    scene_playing,
    tab_to,
    wait_for_choice_focus,
    wait_for_hold,
    wait_for_scene,
)
from playwright.sync_api import expect

OPTIONS = [
    "In 2 keer: eerst € 617,28 op 15 mei 2025",
    "In 3 keer: eerst € 411,52 op 15 mei 2025",
    "In 6 keer: eerst € 205,76 op 15 mei 2025",
]


def test_the_journey_to_a_plan_of_three_terms_by_keyboard_alone(page, site):
    open_view(page, site)
    assert focused_text(page).strip() == "Video afspelen"
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze")
    wait_for_hold(page)

    tab_to(page, "Betalen in termijnen")
    page.keyboard.press("Enter")
    site.wait_for(lambda: site.acts)
    assert site.acts[0] == {"layer": "keuze-termijnen", "step": "keuze-termijnen"}

    wait_for_scene(page, "termijnen")
    wait_for_hold(page)
    tab_to(page, OPTIONS[1])
    page.keyboard.press("Space")
    site.wait_for(lambda: len(site.acts) == 2)
    assert site.acts[1] == {"layer": "termijnen-keuze", "step": "plan:3"}

    wait_for_scene(page, "bedankt")
    site.wait_for(lambda: "completed" in site.event_names())
    names = site.event_names()
    assert names.count("opened") == 1
    assert names.count("started") == 1
    assert names.count("completed") == 1
    quarters = [e["quarter"] for e in site.events if e["event"] == "quarter"]
    assert quarters == [1, 2, 3, 4]
    choices = [e for e in site.events if e["event"] == "choice"]
    assert choices == [
        {
            "event": "choice",
            "scene": "keuze",
            "layer": "keuze-termijnen",
            "step": "keuze-termijnen",
        },
        {
            "event": "choice",
            "scene": "termijnen",
            "layer": "termijnen-keuze",
            "step": "plan:3",
        },
    ]


def test_events_carry_no_personal_data(page, site):
    name = "Wilhelmina-Zonderland"
    open_view(page, site, name=name)
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze")
    wait_for_hold(page)
    wait_for_choice_focus(page)
    assert focused_text(page).strip() == "Nu betalen"
    page.keyboard.press("Enter")
    wait_for_scene(page, "betalen")

    sent = repr(site.events) + repr(site.acts)
    for personal in (name, "1.234,56", "15 mei"):
        assert personal not in sent
    allowed = {"event", "scene", "layer", "step", "quarter"}
    assert all(set(event) <= allowed for event in site.events)


def test_choices_follow_the_keyboard_order_and_shift_tab_goes_back(page, site):
    open_view(page, site)
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze")
    wait_for_hold(page)

    # A keyboard user lands on the first choice when the story holds for it.
    wait_for_choice_focus(page)
    order = [focused_text(page).strip()]
    for _ in range(2):
        page.keyboard.press("Tab")
        order.append(focused_text(page).strip())
    assert order == [
        "Nu betalen",
        "Betalen in termijnen",
        "Ik kan niet betalen, ik wil hulp",
    ]
    page.keyboard.press("Shift+Tab")
    assert focused_text(page).strip() == "Betalen in termijnen"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert focused_text(page).strip() == "Nu betalen"  # on in the bar below


def test_the_plan_picker_is_a_group_of_one_button_an_option(page, site):
    open_view(page, site)
    page.locator("#bar").get_by_role("button", name="Betalen in termijnen").click()
    wait_for_scene(page, "termijnen")

    picker = page.get_by_role("group", name="Betalen in termijnen")
    options = picker.get_by_role("button")
    expect(options).to_have_text(OPTIONS)
    for index in range(3):
        assert options.nth(index).evaluate("(b) => b.tagName") == "BUTTON"


def test_the_video_holds_at_the_pausing_choices_out_point(page, site):
    open_view(page, site)
    page.locator("#bar").get_by_role("button", name="Betalen in termijnen").click()
    wait_for_scene(page, "termijnen")
    wait_for_hold(page)

    page.wait_for_timeout(500)
    frame = page.evaluate("document.querySelector('video').currentTime * 25")
    assert PICKER_END - 1 <= frame < PICKER_END
    expect(page.get_by_role("group", name="Betalen in termijnen")).to_be_visible()
    assert "completed" not in site.event_names()


def test_every_control_has_an_accessible_name(page, site):
    open_view(page, site)
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze")
    wait_for_hold(page)

    unnamed = page.evaluate(
        """() => [...document.querySelectorAll('button')]
            .filter((b) => !b.closest('[hidden]'))
            .filter((b) => !(b.getAttribute('aria-label') || b.innerText).trim())
            .map((b) => b.outerHTML)"""
    )
    assert unnamed == []
    expect(page.get_by_role("button", name="Ondertiteling (CC)")).to_be_visible()
    expect(page.get_by_role("button", name="Pauzeren")).to_be_visible()


def test_the_focus_ring_shows_on_a_choice_reached_by_keyboard(page, site):
    open_view(page, site)
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze")
    wait_for_hold(page)
    tab_to(page, "Nu betalen")

    outline = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert outline[0] == "solid" and outline[1] > 0


def test_the_pay_button_opens_the_servers_pay_route(page, site):
    page.route(
        "https://betalen.helder-energie.example/**",
        lambda route: route.fulfill(body="<h1>iDEAL</h1>", content_type="text/html"),
    )
    open_view(page, site)
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze")
    wait_for_hold(page)
    wait_for_choice_focus(page)
    page.keyboard.press("Enter")  # the first choice: pay now
    wait_for_scene(page, "betalen")
    wait_for_hold(page)

    with page.expect_navigation(url=site.url(PAYMENT_PAGE)):
        tab_to(page, "Betaal met iDEAL")
        page.keyboard.press("Enter")

    assert site.acts[-1] == {"layer": "betalen-ideal", "step": "pay"}


def test_an_address_that_is_not_https_or_tel_is_refused(page, site):
    site.answers["pay"] = {"open": "javascript:window.__pwned=1"}
    open_view(page, site)
    start_url = page.url

    page.locator("#bar").get_by_role("button", name="Nu betalen").click()

    expect(page.locator("#status")).to_have_text(
        "Dat lukte niet. Probeer het nog eens."
    )
    assert page.url == start_url
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_which_addresses_a_press_may_open(page, site):
    open_view(page, site)
    base = site.url("/v/x")
    opened = page.evaluate(
        """async (base) => {
            const { openableAddress } = await import('/player/player.js');
            return [
                'https://betalen.helder-energie.example/ideal?kenmerk=F-1',
                'tel:+31201234567',
                '/v/x/pay',
                'javascript:alert(1)',
                'data:text/html,<script>alert(1)</script>',
                'http://elsewhere.example/pay',
                'ftp://files.example/x',
            ].map((address) => openableAddress(address, base));
        }""",
        base,
    )
    assert opened == [
        "https://betalen.helder-energie.example/ideal?kenmerk=F-1",
        "tel:+31201234567",
        site.url("/v/x/pay"),
        None,
        None,
        None,
        None,
    ]


def test_a_press_that_the_server_answers_with_a_scene_goes_there(page, site):
    site.answers["keuze-hulp"] = {"go": "bedankt"}
    open_view(page, site)
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze")
    wait_for_hold(page)

    page.get_by_role("button", name="Ik kan niet betalen, ik wil hulp").click()

    wait_for_scene(page, "bedankt")
    site.wait_for(lambda: "completed" in site.event_names())


def test_a_choice_the_server_cannot_run_still_goes_on_inside_the_video(page, site):
    site.statuses["keuze-termijnen"] = 500
    open_view(page, site)
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze")
    wait_for_hold(page)

    page.locator("#stage").get_by_role("button", name="Betalen in termijnen").click()

    wait_for_scene(page, "termijnen")


def test_a_choice_the_server_refuses_is_not_taken(page, site):
    site.statuses["keuze-termijnen"] = 403
    open_view(page, site)
    page.keyboard.press("Enter")
    wait_for_scene(page, "keuze")
    wait_for_hold(page)

    page.locator("#stage").get_by_role("button", name="Betalen in termijnen").click()

    expect(page.locator("#status")).to_have_text(
        "Dat lukte niet. Probeer het nog eens."
    )
    assert scene_playing(page) == "keuze"
