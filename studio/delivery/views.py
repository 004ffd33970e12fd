"""Views: one debtor's link to one package in one language.

The back office creates a view from a dossier. The dossier is checked twice: against
the package's data schema (its shape: the fields, their types and lengths), then
value by value with the template's own field rules (``studio.values.parsing``), the
same rules the studio applies to a sample row, so that what the studio accepted and
showed is what the server accepts and shows. A refusal names the field and the rule;
it never repeats the value.

The link holds only a random token. Opening it (``GET /v/<token>``) changes nothing
and records nothing: mail scanners and link previews fetch links too. The player
reports an opening itself, by posting an event.
"""

from __future__ import annotations

import datetime
import gzip
import json
import logging
import re
import secrets
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import jsonschema
from aiohttp import web

from studio.delivery.context import Delivery, Refusal, delivery
from studio.delivery.payload import (
    build_payload,
    offered_terms,
    payload_bytes,
    shown_layers,
)
from studio.delivery.published import Published
from studio.delivery.security import (
    bearer_token,
    looks_like_token,
    new_token,
    same_secret,
    token_digest,
)
from studio.render.resolve import ResolveError, resolve_row
from studio.values.errors import ValueProblem
from studio.values.fields import FieldKind
from studio.values.parsing import parse_value

logger = logging.getLogger(__name__)

MAX_REQUEST = 1024 * 1024
# The payload is stored with this mark where the view's links name the token, and
# the token (which the server does not keep) is put in as it is served. JSON writes
# the mark's control characters as escapes, which no dossier value can produce.
TOKEN_MARK = "\x00view\x00"
TOKEN_MARK_JSON = b"\\u0000view\\u0000"
_SCHEMA_CHECKS: dict[str, jsonschema.protocols.Validator] = {}


@dataclass(frozen=True)
class View:
    """A created view, as the server keeps it in memory."""

    id: str
    package: str
    language: str
    values: dict[str, object]  # typed, as the field rules read the dossier
    shown: dict[str, str]  # each field's value as the viewer reads it
    payload: bytes
    layers: frozenset[str]  # live layers the viewer can see
    terms: frozenset[int]  # plans the amount allows


def require_token(request: web.Request) -> None:
    if not same_secret(bearer_token(request), delivery(request).config.token):
        raise Refusal(401, "unauthorized", "a valid Bearer token is needed")


async def read_json(request: web.Request) -> dict:
    if request.content_length is not None and request.content_length > MAX_REQUEST:
        raise Refusal(413, "too_large", "the request body is larger than 1 MiB")
    raw = await request.content.read(MAX_REQUEST + 1)
    if len(raw) > MAX_REQUEST:
        raise Refusal(413, "too_large", "the request body is larger than 1 MiB")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise Refusal(400, "bad_json", "the body is not JSON") from None
    if not isinstance(data, dict):
        raise Refusal(400, "bad_json", "the body must be a JSON object")
    return data


# -- creating -----------------------------------------------------------------


async def create_view(request: web.Request) -> web.Response:
    """``POST /api/views``: 201 with the view's id and its link."""
    require_token(request)
    data = await read_json(request)
    server = delivery(request)
    published = _package_of(server, data.get("package"))
    language = data.get("language")
    if language not in published.languages:
        raise Refusal(
            422,
            "unknown_language",
            f"the package has the languages {', '.join(published.languages)}",
            "language",
        )
    dossier = data.get("dossier")
    check_dossier(published, dossier)
    values = parse_dossier(published, dossier)
    token = new_token()
    view_id = secrets.token_hex(8)
    try:
        resolved = resolve_row(published.template, values, language)
    except ResolveError as error:
        raise Refusal(422, "unknown_language", str(error), "language") from None
    payload = payload_bytes(
        build_payload(published, TOKEN_MARK, language, values, resolved)
    )
    server.db.execute(
        "INSERT INTO views (id, token_sha256, package, language, dossier, payload, "
        "created) VALUES (?, ?, ?, ?, ?, ?, ?)",
        view_id,
        token_digest(token),
        published.id,
        language,
        json.dumps(dossier, ensure_ascii=False),
        payload,
        now_text(),
    )
    server.views.put(
        token_digest(token),
        _view(view_id, published.id, language, values, resolved.values, payload),
    )
    logger.info("view %s created for package %s", view_id, published.id)
    link = f"/v/{token}"
    answer = {"view": view_id, "link": link}
    if server.config.public_url:
        answer["url"] = server.config.public_url.rstrip("/") + link
    return web.json_response(answer, status=201)


def _package_of(server: Delivery, package_id: object) -> Published:
    if not isinstance(package_id, str):
        raise Refusal(422, "unknown_package", "name the package by its id", "package")
    published = server.package(package_id)
    if published is None:
        raise Refusal(404, "unknown_package", "no package with this id", "package")
    return published


def check_dossier(published: Published, dossier: object) -> None:
    """The dossier against the package's data schema; Refusal naming the field."""
    validator = _SCHEMA_CHECKS.get(published.id)
    if validator is None:
        schema = published.manifest["data_schema"]
        cls = jsonschema.validators.validator_for(schema)
        validator = _SCHEMA_CHECKS[published.id] = cls(schema)
    errors = sorted(
        validator.iter_errors(dossier), key=lambda e: [str(p) for p in e.path]
    )
    if errors:
        where, message = _describe(errors[0])
        raise Refusal(422, "dossier_invalid", message, where)


def _describe(error: jsonschema.ValidationError) -> tuple[str, str]:
    """Where and what, without the value (which may be personal data)."""
    path = ".".join(["dossier", *(str(part) for part in error.path)])
    rule, expected = error.validator, error.validator_value
    if rule == "required":
        missing = [n for n in expected if n not in (error.instance or {})]
        return f"{path}.{missing[0]}", f"{missing[0]} is required"
    if rule == "additionalProperties":
        allowed = set(error.schema.get("properties") or {})
        extra = sorted(set(error.instance) - allowed)
        name = extra[0] if extra else "?"
        return f"{path}.{name}", f"{name} is not a field of this package"
    return path, _rule_message(rule, expected)


def _rule_message(rule: str, expected: object) -> str:
    if rule == "type":
        return f"must be of type {expected}"
    if rule == "maxLength":
        return f"is longer than {expected} characters"
    if rule == "minLength":
        return f"is shorter than {expected} characters"
    if rule == "pattern":
        return "is not written in the form the field needs"
    if rule == "enum" and isinstance(expected, list):
        return "is not one of: " + ", ".join(str(value) for value in expected)
    if rule == "format":
        return f"is not a valid {expected}"
    return f"breaks the rule {rule!r} of the data schema"


def parse_dossier(published: Published, dossier: dict) -> dict[str, object]:
    """Each field's typed value, read with the template's own field rules."""
    region = published.template.settings.region
    values: dict[str, object] = {}
    for field in published.template.fields:
        raw = dossier.get(field.name)
        if field.kind == FieldKind.MONEY and isinstance(raw, str):
            try:
                raw = Decimal(raw)  # the schema's plain form: "1234.56"
            except InvalidOperation:
                raise Refusal(
                    422,
                    "dossier_invalid",
                    "is not a decimal amount like 1234.56",
                    f"dossier.{field.name}",
                ) from None
        try:
            values[field.name] = parse_value(field, raw, region=region).value
        except ValueProblem as problem:
            raise Refusal(
                422, "dossier_invalid", problem.message, f"dossier.{field.name}"
            ) from None
    return values


_PLACEHOLDER = re.compile(r"\{\s*([a-z][a-z0-9_]*)\s*\}")
_VTT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def fill_captions(source: str, shown: dict[str, str]) -> str:
    """The package's WebVTT with each ``{field}`` of a cue filled for one view.

    Values are escaped as WebVTT cue text, so that a name cannot open a tag or a
    cue timing; a placeholder that names no field stays as it is.
    """

    def fill(match: re.Match) -> str:
        name = match.group(1)
        if name not in shown:
            return match.group(0)
        return shown[name].translate(_VTT_ESCAPES)

    return _PLACEHOLDER.sub(fill, source)


def now_text() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


# -- reading ------------------------------------------------------------------


def find_view(request: web.Request) -> View:
    """The view of the request's token; 404 alike for every unknown token."""
    token = request.match_info["token"]
    if not looks_like_token(token):
        raise Refusal(404, "unknown_view", "no such view")
    server = delivery(request)
    digest = token_digest(token)
    view = server.views.get_fresh(digest)
    if view is None:
        row = server.db.one("SELECT * FROM views WHERE token_sha256 = ?", digest)
        if row is None or not same_secret(row["token_sha256"], digest):
            raise Refusal(404, "unknown_view", "no such view")
        view = view_from_row(server, row)
        server.views.put(digest, view)
    return view


def view_from_row(server: Delivery, row) -> View:
    published = server.package(row["package"])
    values = parse_dossier(published, json.loads(row["dossier"]))
    resolved = resolve_row(published.template, values, row["language"])
    return _view(
        row["id"],
        row["package"],
        row["language"],
        values,
        resolved.values,
        row["payload"],
    )


def _view(view_id, package, language, values, shown, payload: bytes) -> View:
    data = json.loads(payload)
    return View(
        id=view_id,
        package=package,
        language=language,
        values=values,
        shown=shown,
        payload=payload,
        layers=frozenset(shown_layers(data)),
        terms=frozenset(offered_terms(data)),
    )


async def player_page(request: web.Request) -> web.Response:
    """``GET /v/<token>``: the player page, the same for every view."""
    find_view(request)
    page = delivery(request).player_file("index.html")
    if page is None:
        raise Refusal(503, "no_player", "the web player is not installed")
    return web.Response(body=page, content_type="text/html", charset="utf-8")


async def view_data(request: web.Request) -> web.Response:
    """``GET /v/<token>/data``: the view payload, made when the view was created."""
    view = find_view(request)
    token = request.match_info["token"]
    body = view.payload.replace(TOKEN_MARK_JSON, token.encode("ascii"))
    response = web.Response(content_type="application/json", charset="utf-8")
    response.headers["Vary"] = "Accept-Encoding"
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        # Compressed once per view: a payload is mostly layer geometry and
        # keyframes, and shrinks to a fraction; the view never changes.
        cache = delivery(request).gzipped
        digest = token_digest(token)
        body = cache.get_fresh(digest) or _gzip(cache, digest, body)
        response.headers["Content-Encoding"] = "gzip"
    response.body = body
    return response


def _gzip(cache, digest: str, body: bytes) -> bytes:
    packed = gzip.compress(body, compresslevel=6, mtime=0)
    cache.put(digest, packed)
    return packed


async def view_captions(request: web.Request) -> web.Response:
    """``GET /v/<token>/captions/<scene>.vtt``: the scene's captions, filled."""
    view = find_view(request)
    server = delivery(request)
    published = server.package(view.package)
    scene = published.scenes.get(request.match_info["scene"])
    media = ((scene or {}).get("media") or {}).get(view.language) or {}
    name = media.get("captions")
    if not name:
        raise Refusal(404, "unknown_scene", "this scene has no captions")
    source = await server.store.get(f"packages/{published.id}/{name}")
    text = fill_captions(source.decode("utf-8"), view.shown)
    return web.Response(text=text, content_type="text/vtt", charset="utf-8")
