"""The player's own files: no way for text to become markup or code, nothing inline."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from jsonschema import Draft202012Validator
from player_payload import sample_payload

from studio.resources import ROOT

PLAYER = ROOT / "studio" / "delivery" / "player"
FORBIDDEN = (
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
    "eval(",
    "new Function",
    'setTimeout("',
    "setTimeout('",
    "createContextualFragment",
)


def _code(text: str) -> str:
    """The script without its comments, so that a comment may name what it avoids."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    return re.sub(r"(?m)^\s*//.*$", "", text)


def test_the_player_never_turns_text_into_markup_or_code():
    scripts = sorted(PLAYER.glob("*.js"))
    assert PLAYER / "player.js" in scripts
    for path in scripts:
        script = path.read_text(encoding="utf-8")
        for code in (script, _code(script)):
            found = [word for word in FORBIDDEN if word in code]
            assert found == [], f"{path.name} uses {', '.join(found)}"
    assert "textContent" in (PLAYER / "layers.js").read_text(encoding="utf-8")


def test_the_player_imports_only_its_own_modules():
    for path in PLAYER.glob("*.js"):
        script = path.read_text(encoding="utf-8")
        sources = re.findall(
            r'^(?:import|export)\b[^;]*?from "([^"]+)";', script, re.M | re.S
        )
        for source in sources:
            assert re.fullmatch(r"\./[a-z]+\.js", source), f"{path.name}: {source}"
            assert (PLAYER / source[2:]).is_file(), f"{path.name}: {source}"
        assert "import(" not in _code(script), f"{path.name} loads code at run time"


class _Inline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.problems: list[str] = []
        self.links: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.links.append((tag, attributes))
        if tag == "style":
            self.problems.append("a <style> element")
        if tag == "script" and not attributes.get("src"):
            self.problems.append("an inline <script>")
        for name in attributes:
            if name == "style" or name.startswith("on"):
                self.problems.append(f"a {name} attribute on <{tag}>")


def test_the_page_has_no_inline_script_or_style():
    parser = _Inline()
    parser.feed((PLAYER / "index.html").read_text(encoding="utf-8"))

    assert parser.problems == []
    links = {
        (tag, attributes.get("src") or attributes.get("href"))
        for tag, attributes in parser.links
        if tag in ("script", "link")
    }
    assert ("script", "/player/player.js") in links
    assert ("link", "/player/player.css") in links
    videos = [attributes for tag, attributes in parser.links if tag == "video"]
    assert len(videos) == 1
    assert "playsinline" in videos[0] and "controls" not in videos[0]


def test_the_hand_made_payload_of_these_tests_has_the_payloads_shape():
    schema = json.loads(
        (ROOT / "studio" / "package" / "schemas" / "payload.schema.json").read_text(
            encoding="utf-8"
        )
    )
    for language in ("nl", "ar"):
        payload = sample_payload("t" * 43, language=language, name="Anna")
        errors = [e.message for e in Draft202012Validator(schema).iter_errors(payload)]
        assert errors == []


def test_the_players_fitting_constants_are_the_renderers():
    from studio.render import text

    script = (PLAYER / "fit.js").read_text(encoding="utf-8")
    found = dict(re.findall(r"^(?:export )?const ([A-Z_]+) = ([0-9.]+);", script, re.M))
    names = [
        "SHRINK_STEP",
        "BUTTON_PADDING",
        "BUTTON_LINE_HEIGHT",
        "BUTTON_MAX_LINES",
        "BUTTON_SMALLEST_SIZE",
    ]
    assert {name: float(found[name]) for name in names} == {
        name: float(getattr(text, name)) for name in names
    }
