"""What a schema cannot say about a manifest: that its parts agree.

Every scene the story names exists, every choice does only what the action
allowlist permits, every text a live layer shows is there in every language, and
every file the manifest refers to is one it lists. Run only on a manifest that
passed its schema, so the shapes here are known.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from studio.package.errors import PackageError
from studio.values.errors import ValueProblem
from studio.values.links import parse_link

CHOICE_KINDS = ("button", "plan_picker")


def manifest_problems(manifest: dict[str, Any]) -> list[PackageError]:
    return [
        *_language_problems(manifest),
        *_story_problems(manifest),
        *_action_problems(manifest),
        *_string_problems(manifest),
        *_file_problems(manifest),
        *_data_schema_problems(manifest),
    ]


def _problem(code: str, where: str, message: str) -> PackageError:
    return PackageError(code, message, where)


def _language_problems(manifest: dict) -> Iterator[PackageError]:
    languages = manifest["languages"]
    if manifest["source_language"] not in languages:
        yield _problem(
            "manifest", "source_language", "the source language is not one listed"
        )
    if sorted(manifest["directions"]) != sorted(languages):
        yield _problem(
            "manifest", "directions", "directions must name each language once"
        )
    for index, scene in enumerate(manifest["scenes"]):
        if sorted(scene["media"]) != sorted(languages):
            yield _problem(
                "manifest",
                f"scenes/{index}/media",
                f"scene '{scene['id']}' must have media in each language",
            )


def _story_problems(manifest: dict) -> Iterator[PackageError]:
    scenes = manifest["scenes"]
    ids = [scene["id"] for scene in scenes]
    story = manifest["story"]
    if len(set(ids)) != len(ids):
        yield _problem("graph", "scenes", "two scenes have the same id")
    if [scene["id"] for scene in story["scenes"]] != ids:
        yield _problem(
            "graph", "story/scenes", "the story's scenes are not the package's scenes"
        )
    if story["entry"] not in ids:
        yield _problem("graph", "story/entry", "the story starts at no scene")
    for index, end in enumerate(story["ends"]):
        if end not in ids:
            yield _problem("graph", f"story/ends/{index}", f"no scene '{end}'")
    for index, edge in enumerate(story["edges"]):
        for side in ("from", "to"):
            if edge[side] not in ids:
                yield _problem(
                    "graph",
                    f"story/edges/{index}",
                    f"an edge goes {side} scene '{edge[side]}', which does not exist",
                )
    for index, scene in enumerate(scenes):
        if scene["next_scene"] is not None and scene["next_scene"] not in ids:
            yield _problem(
                "graph",
                f"scenes/{index}/next_scene",
                f"scene '{scene['id']}' goes on to scene '{scene['next_scene']}', "
                "which does not exist",
            )
    yield from _choice_problems(manifest, set(ids))


def _choice_problems(manifest: dict, ids: set[str]) -> Iterator[PackageError]:
    actions = manifest["actions"]
    live = {
        scene["id"]: {layer["id"]: layer for layer in scene["live"]}
        for scene in manifest["scenes"]
    }
    for s, scene in enumerate(manifest["story"]["scenes"]):
        layers = live.get(scene["id"], {})
        for c, choice in enumerate(scene["choices"]):
            where = f"story/scenes/{s}/choices/{c}"
            layer = layers.get(choice["layer"])
            if layer is None or layer["kind"] not in CHOICE_KINDS:
                yield _problem(
                    "graph",
                    where,
                    f"choice '{choice['layer']}' is no button or plan picker of "
                    f"scene '{scene['id']}'",
                )
                continue
            yield from _allowed(choice, layer, actions, ids, where)


def _allowed(choice, layer, actions, ids, where) -> Iterator[PackageError]:
    """The choice does what its layer says, and only what the allowlist permits."""
    kind, target = choice["action"], choice["target"]
    own = layer["action"]["kind"] if layer["kind"] == "button" else "choose_plan"
    name = f"choice '{choice['layer']}'"
    if kind != own:
        yield _problem("graph", where, f"{name} does not do what its layer does")
    if target is not None and target not in ids:
        yield _problem(
            "graph", where, f"{name} leads to scene '{target}', which does not exist"
        )
    if kind == "go_to_scene" and target is None:
        yield _problem("graph", where, f"{name} goes to no scene")
    elif kind == "pay" and actions["payment_link"] is None:
        yield _problem("graph", where, f"{name} pays, but there is no payment link")
    elif kind == "call" and choice.get("address") not in actions["calls"]:
        yield _problem("graph", where, f"{name} calls a number not in actions.calls")
    elif kind == "open_link" and choice.get("address") not in actions["links"]:
        yield _problem("graph", where, f"{name} opens a link not in actions.links")
    elif kind == "choose_plan" and "terms" not in choice:
        yield _problem("graph", where, f"{name} chooses a plan of no length")
    if layer["kind"] == "button" and kind in ("call", "open_link"):
        if layer["action"]["target"] != choice.get("address"):
            yield _problem(
                "graph", where, f"{name} opens another address than its layer"
            )


def _action_problems(manifest: dict) -> Iterator[PackageError]:
    actions = manifest["actions"]
    hosts = set(actions["link_hosts"])
    links = [
        ("actions/payment_link", actions["payment_link"]),
        ("actions/chat_link", actions["chat_link"]),
        *((f"actions/links/{i}", link) for i, link in enumerate(actions["links"])),
    ]
    for where, link in links:
        if link is None:
            continue
        try:
            host = parse_link(link).host
        except ValueProblem as problem:
            yield _problem("graph", where, f"link: {problem.message}")
            continue
        if host not in hosts:
            yield _problem(
                "graph", where, f"link host '{host}' is not in actions.link_hosts"
            )


def _string_problems(manifest: dict) -> Iterator[PackageError]:
    strings, languages = manifest["strings"], set(manifest["languages"])
    for key, texts in strings.items():
        if set(texts) != languages:
            yield _problem(
                "manifest", f"strings/{key}", f"string '{key}' lacks a language"
            )
    for s, scene in enumerate(manifest["scenes"]):
        keys = [("caption", scene["caption"])]
        for index, layer in enumerate(scene["live"]):
            field = "text" if layer["kind"] == "text" else "label"
            keys.append((f"live/{index}/{field}", layer[field]))
        for where, key in keys:
            if key is not None and key not in strings:
                yield _problem("manifest", f"scenes/{s}/{where}", f"no string '{key}'")


def referenced_files(manifest: dict) -> list[tuple[str, str, str]]:
    """(where, file, media type) of every file the manifest refers to."""
    found = []
    for s, scene in enumerate(manifest["scenes"]):
        for language, media in scene["media"].items():
            here = f"scenes/{s}/media/{language}"
            found.append((f"{here}/video", media["video"], "video/mp4"))
            found.append((f"{here}/poster", media["poster"], "image/jpeg"))
            if media["captions"] is not None:
                found.append((f"{here}/captions", media["captions"], "text/vtt"))
    for language in manifest["languages"]:
        found.append(("languages", f"thumbnail.{language}.png", "image/png"))
        found.append(("languages", f"teaser.{language}.gif", "image/gif"))
    for index, font in enumerate(manifest["fonts"]):
        kind = "font/otf" if font["file"].endswith(".otf") else "font/ttf"
        found.append((f"fonts/{index}/file", font["file"], kind))
        found.append((f"fonts/{index}/license", font["license"], "text/plain"))
    if manifest["music"] is not None:
        found.append(("music/file", manifest["music"]["file"], "audio/mp4"))
    return found


def _file_problems(manifest: dict) -> Iterator[PackageError]:
    files = manifest["files"]
    for where, name, kind in referenced_files(manifest):
        listed = files.get(name)
        if listed is None:
            yield _problem(
                "missing_file", where, f"'{name}' is referred to but not listed"
            )
        elif listed["type"] != kind:
            yield _problem(
                "file_type", where, f"'{name}' must be {kind}, not {listed['type']}"
            )


def _data_schema_problems(manifest: dict) -> Iterator[PackageError]:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    schema = manifest["data_schema"]
    names = {field["name"] for field in manifest["fields"]}
    for key in ("amount_field", "due_date_field"):
        name = manifest["settings"][key]
        if name is not None and name not in names:
            yield _problem("manifest", f"settings/{key}", f"no field '{name}'")
    if set(schema["properties"]) != names:
        yield _problem(
            "manifest",
            "data_schema/properties",
            "the data schema's properties are not the template's fields",
        )
    if not set(schema["required"]) <= set(schema["properties"]):
        yield _problem(
            "manifest", "data_schema/required", "a required field has no property"
        )
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        yield _problem("schema", "data_schema", f"not a JSON Schema: {error.message}")
