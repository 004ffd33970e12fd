"""The view payload: everything the player is given for one view, text finished.

Made once, when the view is created, and kept as bytes: the player asks for it on
every open, and nothing in it changes afterwards. Every text is finished here with
the studio's own resolver, so the player formats nothing and computes nothing; it
inserts the texts as text. Conditions (of scenes and of live layers) are evaluated
here too, in Python, so that the player only reads ``shown``.
"""

from __future__ import annotations

import copy
import json

from studio.delivery.published import Published
from studio.render.resolve import ResolvedRow, condition_holds

ROUTES = ("pay", "plan", "help")


def build_payload(
    published: Published,
    token: str,
    language: str,
    values: dict[str, object],
    resolved: ResolvedRow,
) -> dict:
    """The payload of the package format's "view payload" section."""
    manifest = published.manifest
    base = f"/p/{published.id}/"
    music = manifest.get("music")
    return {
        "package": published.id,
        "language": language,
        "direction": published.direction(language),
        "canvas": manifest["canvas"],
        "scenes": [
            _scene(published, scene, token, language, values, resolved)
            for scene in manifest["scenes"]
        ],
        "entry": published.story.get("entry"),
        "music": {"src": base + music["file"], "volume": music["volume"]}
        if music
        else None,
        "fonts": [
            {"family": f["family"], "src": base + f["file"], "weight": f["weight"]}
            for f in manifest.get("fonts", [])
        ],
        "always": _always(published, resolved),
        "events": f"/v/{token}/events",
        "act": f"/v/{token}/act",
    }


def payload_bytes(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def _scene(published, scene, token, language, values, resolved) -> dict:
    template = published.template
    media = (scene.get("media") or {}).get(language) or {}
    base = f"/p/{published.id}/"
    return {
        "id": scene["id"],
        "duration": scene["duration"],
        "next_scene": scene.get("next_scene"),
        "transition": scene.get("transition") or {"kind": "cut", "duration": 0},
        "video": base + media["video"] if media.get("video") else None,
        "poster": base + media["poster"] if media.get("poster") else None,
        "captions": f"/v/{token}/captions/{scene['id']}.vtt"
        if media.get("captions")
        else None,
        "shown": condition_holds(template, scene.get("condition"), values),
        "live": [
            _live(template, layer, values, resolved) for layer in scene.get("live", [])
        ],
    }


def _live(template, layer: dict, values, resolved: ResolvedRow) -> dict:
    out = copy.deepcopy(layer)
    shown = condition_holds(template, layer.get("condition"), values)
    if "text" in out:
        out["text"] = resolved.texts.get(out["text"], "")
    if out.get("kind") == "plan_picker":
        key = layer["label"]
        labels = resolved.plan_labels.get(key, [])
        out["options"] = [
            {"terms": plan.terms, "label": label, "step": f"plan:{plan.terms}"}
            for plan, label in zip(resolved.plans, labels, strict=True)
        ]
        out["label"] = resolved.texts.get(key, "")
        shown = shown and bool(out["options"])
    elif "label" in out:
        out["label"] = resolved.texts.get(out["label"], "")
    out["shown"] = shown
    return out


def _always(published: Published, resolved: ResolvedRow) -> dict:
    """The labels of the routes kept reachable; empty for a route not offered."""
    labels = {}
    for route in ROUTES:
        key = published.route_label(route)
        if route == "plan" and not resolved.plans:
            key = None  # nothing to choose for this amount
        labels[route] = resolved.texts.get(key, "") if key else ""
    return labels


def shown_layers(payload: dict) -> set[str]:
    """The live layers the viewer can see (and so choose) in this view."""
    return {
        layer["id"]
        for scene in payload["scenes"]
        if scene["shown"]
        for layer in scene["live"]
        if layer["shown"]
    }


def offered_terms(payload: dict) -> set[int]:
    return {
        option["terms"]
        for scene in payload["scenes"]
        for layer in scene["live"]
        for option in layer.get("options", [])
    }
