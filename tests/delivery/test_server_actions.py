"""Choices: run when the package allows them, refused otherwise, outcomes kept."""

from __future__ import annotations

import pytest
from delivery_helpers import DOSSIER, RunningServer, exported_package


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = RunningServer(
        tmp_path_factory.mktemp("actions") / "server",
        chat_page="https://chat.example.nl/",
    )
    answer = running.publish(exported_package())
    assert answer.status == 201, answer.body
    running.package = answer.json()["package"]
    yield running
    running.stop()


@pytest.fixture
def link(server) -> str:
    answer = server.create_view(server.package, DOSSIER)
    assert answer.status == 201, answer.body
    return answer.json()["link"]


def act(server, link: str, layer, step):
    return server.post_json(link + "/act", {"layer": layer, "step": step})


def outcomes(server, link: str) -> list[dict]:
    view = view_id(server, link)
    return [
        row
        for row in server.event_rows()
        if row["view"] == view and row["event"] == "outcome"
    ]


def view_id(server, link: str) -> str:
    from studio.delivery.security import token_digest

    token = link.removeprefix("/v/")
    return server.db.one(
        "SELECT id FROM views WHERE token_sha256 = ?", token_digest(token)
    )["id"]


def test_choosing_a_plan_of_three_terms_is_recorded(server, link):
    answer = act(server, link, "termijnen-keuze", "plan:3")

    assert answer.status == 200, answer.body
    assert answer.json() == {"recorded": True, "go": "bedankt"}
    [outcome] = outcomes(server, link)
    assert (outcome["outcome"], outcome["terms"]) == ("plan_chosen", 3)


def test_a_plan_the_amount_does_not_allow_is_refused(server):
    small = server.create_view(server.package, {**DOSSIER, "amount_due": "25.00"})
    link = small.json()["link"]

    answer = act(server, link, "termijnen-keuze", "plan:3")  # 8.33 a term < 10.00

    assert answer.status == 403
    assert answer.json()["error"]["code"] == "not_allowed"
    assert outcomes(server, link) == []


def test_asking_for_help_is_recorded(server, link):
    answer = act(server, link, "keuze-hulp", "keuze-hulp")

    assert answer.json() == {"recorded": True, "go": "hulp"}
    assert [o["outcome"] for o in outcomes(server, link)] == ["help_requested"]


def test_the_help_route_outside_the_video_is_recorded(server, link):
    answer = act(server, link, None, "help")

    assert answer.json() == {"recorded": True, "go": "hulp"}
    assert [o["outcome"] for o in outcomes(server, link)] == ["help_requested"]


def test_going_to_a_scene_answers_the_scene(server, link):
    assert act(server, link, "keuze-betalen", "keuze-betalen").json() == {
        "go": "betalen"
    }
    assert outcomes(server, link) == []


def test_chat_opens_the_packages_chat_link_filled_for_the_view(server, link):
    answer = act(server, link, "hulp-chat", "chat").json()

    assert answer == {
        "open": "https://hulp.helder-energie.example/chat?kenmerk=F2026-0002",
        "go": None,
    }
    assert [o["outcome"] for o in outcomes(server, link)] == ["help_requested"]


def test_call_opens_a_tel_link_and_a_link_its_listed_address(server, link):
    assert act(server, link, "hulp-bel", "call").json() == {
        "open": "tel:+31201234567",
        "go": None,
    }
    assert act(server, link, "hulp-geldfit", "link").json() == {
        "open": "https://www.geldfit.nl",
        "go": None,
    }


@pytest.mark.parametrize(
    ("layer", "step"),
    [
        ("keuze-betalen", "pay"),  # a real layer, but not with this step
        ("hulp-chat", "call"),
        ("no-such-layer", "chat"),
        ("termijnen-keuze", "plan:4"),
        ("welkom-groet", "welkom-groet"),  # a text, not a choice
        (None, "refund"),
        (["keuze-hulp"], "keuze-hulp"),
    ],
)
def test_a_choice_the_package_does_not_list_is_refused(server, link, layer, step):
    answer = act(server, link, layer, step)

    assert answer.status == 403
    assert answer.json()["error"]["code"] == "not_allowed"
    assert outcomes(server, link) == []


def test_pay_redirects_to_the_test_provider_and_success_is_an_outcome(server, link):
    answer = act(server, link, "betalen-ideal", "pay")
    assert answer.json() == {"open": link + "/pay", "go": "bedankt"}

    page = follow_to_provider(server, link)
    assert "€\u00a01.234,56" in page.text
    back = finish(server, page, "paid")

    assert back.status == 303
    assert back.headers["Location"] == link + "?payment=paid"
    assert [o["outcome"] for o in outcomes(server, link)] == ["paid"]
    assert [
        p["status"]
        for p in server.table("payments")
        if p["view"] == view_id(server, link)
    ] == ["paid"]


def test_a_failed_payment_is_an_outcome_and_is_reported_once(server, link):
    page = follow_to_provider(server, link)

    finish(server, page, "failed")
    finish(server, page, "paid")  # pressed again: the payment had ended

    assert [o["outcome"] for o in outcomes(server, link)] == ["payment_failed"]


def test_the_pay_route_outside_the_video_leads_to_the_same_payment(server, link):
    assert act(server, link, None, "pay").json() == {"open": link + "/pay", "go": None}


# -- helpers --------------------------------------------------------------------


def follow_to_provider(server, link: str):
    redirect = server.get(link + "/pay")
    assert redirect.status == 303, redirect.body
    location = redirect.headers["Location"]
    assert location.startswith("/pay/test/")
    page = server.get(location)
    assert page.status == 200
    assert page.headers["Cache-Control"] == "no-store"
    page.location = location
    return page


def finish(server, page, outcome: str):
    return server.request(
        "POST",
        page.location,
        f"outcome={outcome}".encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )


def test_the_link_provider_sends_the_debtor_to_the_packages_payment_link(tmp_path):
    from studio.delivery.payments import LinkPaymentProvider

    server = RunningServer(tmp_path / "server", payments=LinkPaymentProvider())
    try:
        package = server.publish(exported_package()).json()["package"]
        link = server.create_view(package, DOSSIER).json()["link"]

        redirect = server.get(link + "/pay")
    finally:
        server.stop()

    assert redirect.status == 303
    assert redirect.headers["Location"] == (
        "https://betalen.helder-energie.example/ideal?bedrag=1234.56&kenmerk=F2026-0002"
    )
