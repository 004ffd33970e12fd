"""Views: made from a dossier, opened without side effects, finished texts."""

from __future__ import annotations

import copy

import pytest
from delivery_helpers import (
    DOSSIER,
    RunningServer,
    dossier_values,
    exported_package,
)

from studio.delivery.security import PLAYER_CSP

MARKUP = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("views")
    player = folder / "player"
    player.mkdir()
    (player / "index.html").write_text(
        "<!doctype html><title>Video</title><main id=player></main>", "utf-8"
    )
    running = RunningServer(folder / "server", player_dir=player)
    answer = running.publish(exported_package())
    assert answer.status == 201, answer.body
    running.package = answer.json()["package"]
    yield running
    running.stop()


def make_view(server, dossier=DOSSIER, language="nl") -> str:
    answer = server.create_view(server.package, dossier, language)
    assert answer.status == 201, answer.body
    return answer.json()["link"]


def snapshot(server) -> dict:
    return {name: server.table(name) for name in ("views", "events", "payments")}


def test_a_view_from_a_valid_dossier_answers_a_link_without_personal_data(server):
    answer = server.create_view(server.package, DOSSIER)

    assert answer.status == 201
    link = answer.json()["link"]
    token = link.removeprefix("/v/")
    assert link.startswith("/v/") and len(token) == 43
    for value in dossier_values(DOSSIER):
        assert value not in answer.text
    assert answer.headers["Cache-Control"] == "no-store"


def test_two_views_of_one_dossier_get_different_links(server):
    assert make_view(server) != make_view(server)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"first_name": None}, "dossier.first_name"),  # removed: required
        ({"amount_due": "12,50"}, "dossier.amount_due"),  # not the schema's form
        ({"due_date": "20-01-2027"}, "dossier.due_date"),
        ({"invoice_number": "F" * 31}, "dossier.invoice_number"),  # too long
        ({"favourite_colour": "blue"}, "dossier.favourite_colour"),  # unknown
        ({"amount_due": "100000.01"}, "dossier.amount_due"),  # over the field's max
        ({"first_name": MARKUP}, "dossier.first_name"),  # a name holds no < or >
    ],
)
def test_an_invalid_dossier_is_refused_with_422_naming_the_field(server, change, where):
    dossier = copy.deepcopy(DOSSIER)
    for name, value in change.items():
        if value is None:
            del dossier[name]
        else:
            dossier[name] = value
    before = len(server.table("views"))

    answer = server.create_view(server.package, dossier)

    assert answer.status == 422, answer.body
    error = answer.json()["error"]
    assert (error["code"], error["where"]) == ("dossier_invalid", where)
    assert len(server.table("views")) == before


def test_an_unknown_package_or_language_is_refused(server):
    unknown = server.create_view("0" * 20, DOSSIER)
    assert (unknown.status, unknown.json()["error"]["code"]) == (404, "unknown_package")
    language = server.create_view(server.package, DOSSIER, "fr")
    assert language.status == 422
    assert language.json()["error"]["where"] == "language"


def test_creating_a_view_needs_the_token(server):
    data = {"package": server.package, "language": "nl", "dossier": DOSSIER}
    answer = server.post_json("/api/views", data, token="nope")
    assert answer.status == 401


def test_fetching_the_link_changes_nothing(server):
    link = make_view(server)
    before = snapshot(server)

    for _ in range(3):
        page = server.get(link)
        assert page.status == 200
    server.request("HEAD", link)

    assert snapshot(server) == before


def test_the_page_is_the_player_with_a_strict_policy_and_no_personal_data(server):
    dossier = {**DOSSIER, "invoice_number": MARKUP}
    link = make_view(server, dossier)

    page = server.get(link)

    assert page.headers["Content-Type"].startswith("text/html")
    assert page.headers["Content-Security-Policy"] == PLAYER_CSP
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["X-Robots-Tag"] == "noindex, nofollow"
    assert page.text == (server.config.player_dir / "index.html").read_text("utf-8")
    for value in dossier_values(dossier):
        assert value not in page.text


def test_an_unknown_token_is_404_whatever_its_form(server):
    for path in ("/v/" + "A" * 43, "/v/short", "/v/" + "A" * 43 + "/data"):
        answer = server.get(path)
        assert answer.status == 404
        assert answer.json()["error"]["code"] == "unknown_view"


def test_the_payload_holds_the_finished_name_and_amount(server):
    link = make_view(server)

    answer = server.get(link + "/data")

    assert answer.status == 200
    assert answer.headers["Cache-Control"] == "no-store"
    payload = answer.json()
    texts = live_texts(payload)
    assert texts["welkom-groet"] == "Hallo Mehmet,"
    assert texts["bedrag-bedrag"] == "€\u00a01.234,56"  # Babel's no-break space
    assert payload["language"] == "nl" and payload["direction"] == "ltr"
    assert payload["entry"] == "welkom"
    assert payload["events"] == link + "/events"
    assert payload["act"] == link + "/act"
    assert payload["always"] == {
        "pay": "Nu betalen",
        "plan": "Betalen in termijnen",
        "help": "Ik kan niet betalen, ik wil hulp",
    }


def test_the_payload_is_finished_in_english_too(server):
    payload = server.get(make_view(server, language="en") + "/data").json()
    assert live_texts(payload)["bedrag-bedrag"] == "€1,234.56"


def test_plans_and_conditions_are_decided_for_the_dossier(server):
    payload = server.get(make_view(server) + "/data").json()
    picker = layer(payload, "termijnen-keuze")
    assert [o["step"] for o in picker["options"]] == ["plan:2", "plan:3", "plan:6"]
    assert picker["options"][1]["label"] == (
        "In 3 keer: eerst €\u00a0411,52 op 20 januari 2027"
    )
    assert layer(payload, "bedrag-groot")["shown"] is True  # 1234.56 >= 500.00

    small = {**DOSSIER, "amount_due": "12.50"}
    payload = server.get(make_view(server, small) + "/data").json()
    assert layer(payload, "termijnen-keuze")["options"] == []
    assert layer(payload, "termijnen-keuze")["shown"] is False
    assert layer(payload, "bedrag-groot")["shown"] is False
    assert payload["always"]["plan"] == ""


def test_markup_in_a_value_is_returned_verbatim_as_json_text(server):
    dossier = {**DOSSIER, "invoice_number": MARKUP}
    link = make_view(server, dossier)

    payload = server.get(link + "/data").json()

    assert live_texts(payload)["bedrag-factuur"] == f"Factuur {MARKUP}"


def test_the_payload_is_made_once_and_served_as_stored(server):
    from studio.delivery.views import TOKEN_MARK_JSON

    link = make_view(server)
    first = server.get(link + "/data").body
    stored = server.db.one("SELECT payload FROM views ORDER BY rowid DESC LIMIT 1")
    token = link.removeprefix("/v/").encode()
    assert stored["payload"].replace(TOKEN_MARK_JSON, token) == first
    assert server.get(link + "/data").body == first


def test_captions_are_filled_for_the_view_and_escaped(server):
    dossier = {**DOSSIER, "first_name": "Anne-Marie"}
    link = make_view(server, dossier)
    payload = server.get(link + "/data").json()
    welkom = payload["scenes"][0]

    answer = server.get(welkom["captions"])

    assert answer.status == 200
    assert answer.headers["Content-Type"].startswith("text/vtt")
    assert answer.text.startswith("WEBVTT")
    assert "Hallo Anne-Marie." in answer.text
    assert "{first_name}" not in answer.text

    marked = {**DOSSIER, "invoice_number": "<b>&"}
    from studio.delivery.views import fill_captions

    assert fill_captions("Factuur {invoice_number}", marked) == "Factuur &lt;b&gt;&amp;"


def test_media_urls_in_the_payload_point_at_package_files(server):
    payload = server.get(make_view(server) + "/data").json()
    for scene in payload["scenes"]:
        video = server.request("HEAD", scene["video"])
        assert video.status == 200, scene["video"]
        assert video.headers["Content-Type"] == "video/mp4"


# -- helpers --------------------------------------------------------------------


def live_texts(payload: dict) -> dict[str, str]:
    return {
        item["id"]: item.get("text", item.get("label"))
        for scene in payload["scenes"]
        for item in scene["live"]
    }


def layer(payload: dict, layer_id: str) -> dict:
    for scene in payload["scenes"]:
        for item in scene["live"]:
            if item["id"] == layer_id:
                return item
    raise KeyError(layer_id)


def test_the_database_keeps_no_token_only_its_hash(server):
    link = make_view(server)
    token = link.removeprefix("/v/")

    for row in server.table("views"):
        for value in row.values():
            text = value.decode("utf-8") if isinstance(value, bytes) else str(value)
            assert token not in text
    assert server.get(link + "/data").json()["act"] == f"/v/{token}/act"


@pytest.mark.parametrize("amount", ["1234.56", "12.50"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_payload_follows_the_payload_schema(server, amount, language):
    from jsonschema import Draft202012Validator

    from studio.package.verify import schema

    validator = Draft202012Validator(schema("payload.schema.json"))
    dossier = {**DOSSIER, "amount_due": amount}
    payload = server.get(make_view(server, dossier, language) + "/data").json()

    assert [error.message for error in validator.iter_errors(payload)] == []


def test_refusals_carry_the_security_headers_too(server):
    answer = server.get("/v/" + "A" * 43 + "/data")

    assert answer.headers["Content-Security-Policy"] == PLAYER_CSP
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["Referrer-Policy"] == "no-referrer"
    assert answer.headers["Cache-Control"] == "no-store"
    missing = server.get("/nowhere")
    assert missing.status == 404
    assert missing.headers["Content-Security-Policy"] == PLAYER_CSP


def test_a_browser_that_accepts_gzip_gets_the_same_payload_compressed(server):
    import gzip

    link = make_view(server)
    plain = server.get(link + "/data")

    for _ in range(2):  # made once, then served from memory
        packed = server.get(link + "/data", headers={"Accept-Encoding": "gzip, br"})
        assert packed.headers["Content-Encoding"] == "gzip"
        assert packed.headers["Vary"] == "Accept-Encoding"
        assert gzip.decompress(packed.body) == plain.body
        assert len(packed.body) < len(plain.body) / 3
    assert "Content-Encoding" not in plain.headers
