"""The manifest: what a package holds and what each file is for, as plain data.

Everything here is a pure function of the template (and of the files the bake
wrote), so that the same template gives the same manifest bytes. No sample row
is ever looked at: the manifest describes the fields a dossier must fill, never
a dossier.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Any

from babel.numbers import get_currency_precision

from studio import __version__
from studio.model.layers import ActionKind
from studio.model.serialize import canonical_json, template_to_json
from studio.model.story import graph_to_dict
from studio.model.template import Scene, Template
from studio.package.live import live_layers
from studio.resources import BundledFont
from studio.values.fields import Field, FieldKind
from studio.values.formatting import language_direction

FORMAT = "helder-package"
FORMAT_VERSION = 1
GENERATOR = f"helder-studio {__version__}"

# The only kinds of file a package may hold, by extension.
MEDIA_TYPES = {
    ".mp4": "video/mp4",
    ".m4a": "audio/mp4",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".vtt": "text/vtt",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".txt": "text/plain",
    ".json": "application/json",
}
MUSIC_FILE = "media/music.m4a"
_SLUG = re.compile(r"[^a-z0-9]+")


def canonical_bytes(document: Any) -> bytes:
    """UTF-8 JSON, keys sorted, two-space indent, one final newline."""
    return canonical_json(document).encode("utf-8")


def template_id(template: Template) -> str:
    """The template's name as a slug: ``Betalingsherinnering`` is
    ``betalingsherinnering``. A pure function of the template, so that where its
    project file lies does not change its packages."""
    plain = unicodedata.normalize("NFKD", template.name)
    plain = plain.encode("ascii", "ignore").decode("ascii").lower()
    return _SLUG.sub("-", plain).strip("-")[:64].strip("-") or "template"


def template_version(template: Template) -> str:
    """16 hex digits of the sha256 of the canonical template JSON."""
    digest = hashlib.sha256(template_to_json(template).encode("utf-8"))
    return digest.hexdigest()[:16]


def media_type(name: str) -> str | None:
    return MEDIA_TYPES.get(Path(name).suffix.lower())


def describe_file(path: Path) -> dict[str, Any]:
    """A ``files`` entry: the exact size, the sha256 and the media type."""
    digest = hashlib.sha256()
    size = 0
    with Path(path).open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return {"size": size, "sha256": digest.hexdigest(), "type": media_type(path.name)}


# -- names of the files -------------------------------------------------------


def video_name(scene: Scene, language: str) -> str:
    return f"media/{scene.id}.{language}.mp4"


def poster_name(scene: Scene, language: str) -> str:
    return f"media/{scene.id}.{language}.jpg"


def captions_name(scene: Scene, language: str) -> str | None:
    return f"captions/{scene.id}.{language}.vtt" if scene.caption else None


def thumbnail_name(language: str) -> str:
    return f"thumbnail.{language}.png"


def teaser_name(language: str) -> str:
    return f"teaser.{language}.gif"


def font_name(font: BundledFont) -> str:
    return f"fonts/{font.path.name}"


def licence_name(font: BundledFont) -> str:
    return f"fonts/{font.path.stem}.license.txt"


# -- the manifest -------------------------------------------------------------


def build_manifest(
    template: Template,
    files: dict[str, dict[str, Any]],
    fonts: list[BundledFont],
) -> dict[str, Any]:
    """The manifest of a package holding ``files`` (name to size, sha256, type)."""
    music = None
    if template.music is not None:
        music = {"file": MUSIC_FILE, "volume": template.music.volume}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": GENERATOR,
        "template": {
            "id": template_id(template),
            "name": template.name,
            "version": template_version(template),
        },
        "canvas": {
            "width": template.width,
            "height": template.height,
            "fps": template.fps,
        },
        "languages": list(template.languages),
        "source_language": template.source_language,
        "directions": {
            language: language_direction(language) for language in template.languages
        },
        "story": graph_to_dict(template),
        "actions": actions(template),
        "scenes": [scene_entry(template, scene) for scene in template.scenes],
        "strings": strings(template),
        "fields": [f.to_dict() for f in template.fields],
        "settings": {
            "amount_field": template.settings.amount_field,
            "due_date_field": template.settings.due_date_field,
            "region": template.settings.region,
            "instalments": template.settings.instalments.to_dict(),
        },
        "data_schema": data_schema(template.fields),
        "fonts": [
            {
                "family": font.family,
                "file": font_name(font),
                "weight": font.weight,
                "license": licence_name(font),
            }
            for font in fonts
        ],
        "music": music,
        "files": {name: dict(files[name]) for name in sorted(files)},
    }


def scene_entry(template: Template, scene: Scene) -> dict[str, Any]:
    return {
        "id": scene.id,
        "name": scene.name,
        "duration": scene.duration,
        "condition": scene.condition,
        "next_scene": scene.next_scene,
        "caption": scene.caption,
        "transition": {
            "kind": scene.transition.kind.value,
            "duration": scene.transition.duration,
        },
        "media": {
            language: {
                "video": video_name(scene, language),
                "poster": poster_name(scene, language),
                "captions": captions_name(scene, language),
            }
            for language in template.languages
        },
        "live": live_layers(template, scene),
    }


def strings(template: Template) -> dict[str, dict[str, str]]:
    """Every string in every language, in the template's own form (``{field}``
    placeholders, ``{{`` and ``}}`` for braces); the source text where a
    translation is missing."""
    out = {}
    for key in sorted(template.strings):
        string = template.strings[key]
        out[key] = {
            language: string.text_for(language, template.source_language)
            or string.source
            for language in template.languages
        }
    return out


def actions(template: Template) -> dict[str, Any]:
    """The allowlist: the only things the server may do when a choice is made."""
    settings = template.settings
    calls, links = set(), set()
    for scene in template.scenes:
        for button in scene.buttons():
            target = button.action.target
            if button.action.kind is ActionKind.CALL and target:
                calls.add(target)
            elif button.action.kind is ActionKind.OPEN_LINK and target:
                links.add(target)
    return {
        "payment_link": settings.payment_link,
        "chat_link": settings.chat_link,
        "link_hosts": sorted(settings.link_hosts),
        "calls": sorted(calls),
        "links": sorted(links),
    }


# -- the data schema ----------------------------------------------------------

_MONEY = "^{sign}(0|[1-9][0-9]*){fraction}$"


def data_schema(fields: list[Field]) -> dict[str, Any]:
    """The JSON Schema of the dossier the back office sends for one view."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {f.name: _property(f) for f in fields},
        "required": [f.name for f in fields if f.required],
        "additionalProperties": False,
    }


def _property(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if f.label:
        out["title"] = f.label
    if f.description:
        out["description"] = f.description
    out.update(_KIND_SCHEMAS[f.kind](f))
    return out


def _text(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "string"}
    if f.min_length is not None:
        out["minLength"] = f.min_length
    if f.max_length is not None:
        out["maxLength"] = f.max_length
    return out


def _money(f: Field) -> dict[str, Any]:
    digits = get_currency_precision(f.currency or "EUR")
    negative = f.minimum is None or f.minimum < 0
    pattern = _MONEY.format(
        sign="-?" if negative else "",
        fraction=f"(\\.[0-9]{{1,{digits}}})?" if digits else "",
    )
    out: dict[str, Any] = {"type": "string", "pattern": pattern}
    # A decimal string has no numeric bounds in JSON Schema: they are said here
    # and checked by the server as the studio checks a cell.
    bounds = []
    if f.minimum is not None:
        bounds.append(f"at least {f.minimum}")
    if f.maximum is not None:
        bounds.append(f"at most {f.maximum}")
    text = f"an amount in {f.currency or 'EUR'} as a decimal string"
    out["description"] = text + (f", {' and '.join(bounds)}" if bounds else "")
    return out


def _integer(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "integer"}
    if f.minimum is not None:
        out["minimum"] = int(f.minimum)
    if f.maximum is not None:
        out["maximum"] = int(f.maximum)
    return out


_KIND_SCHEMAS = {
    FieldKind.TEXT: _text,
    FieldKind.PERSON_NAME: _text,
    FieldKind.MONEY: _money,
    FieldKind.DATE: lambda f: {
        "type": "string",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "format": "date",
    },
    FieldKind.INTEGER: _integer,
    FieldKind.CHOICE: lambda f: {"type": "string", "enum": list(f.choices)},
    FieldKind.BOOLEAN: lambda f: {"type": "boolean"},
    FieldKind.PHONE: lambda f: {"type": "string", "minLength": 1, "maxLength": 32},
    FieldKind.EMAIL: lambda f: {
        "type": "string",
        "format": "email",
        "maxLength": 254,
    },
    FieldKind.URL: lambda f: {"type": "string", "format": "uri", "maxLength": 2048},
}
