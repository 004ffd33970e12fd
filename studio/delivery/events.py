"""Events: what happened in a view, kept without any personal data.

An event is stored with the view's id, the package and its version, the language,
the time (to the second) and the event itself: its kind and a few fixed details (a
quarter, the scene, layer and step of a choice, an outcome, a plan's terms). None of
these come from the dossier, so the events can leave the server for statistics.

The player reports viewing (``opened``, ``started``, ``quarter``, ``completed``) and
the choices it saw made, each checked against the package; outcomes (``paid``,
``plan_chosen`` ...) are recorded by the server itself as it runs them, so a page
cannot claim a payment.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import logging

from aiohttp import web

from studio.delivery.context import Delivery, Refusal, delivery
from studio.delivery.views import View, find_view, read_json, require_token

logger = logging.getLogger(__name__)

VIEWING = frozenset({"opened", "started", "quarter", "completed"})
PLAYER_EVENTS = VIEWING | {"choice"}
ROUTE_STEPS = frozenset({"pay", "plan", "help"})
OUTCOMES = frozenset({"paid", "payment_failed", "plan_chosen", "help_requested"})
DETAIL_KEYS = ("quarter", "scene", "layer", "step", "outcome", "terms")
COLUMNS = ("id", "at", "view", "package", "version", "language", "event", *DETAIL_KEYS)
# One view's page cannot flood the table: a viewer watching many times over still
# stays far below this.
MAX_EVENTS_PER_VIEW = 2000
EXPORT_LIMIT = 10_000


def record(server: Delivery, view: View, event: str, **detail: object) -> int:
    """Store one event of ``view``; the details are fixed, non-personal values."""
    unknown = set(detail) - set(DETAIL_KEYS)
    if unknown:
        raise ValueError(f"events take no {', '.join(sorted(unknown))}")
    published = server.package(view.package)
    cursor = server.db.execute(
        "INSERT INTO events (at, view, package, version, language, event, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        view.id,
        view.package,
        published.version,
        view.language,
        event,
        json.dumps({k: v for k, v in detail.items() if v is not None}),
    )
    return cursor.lastrowid


def record_outcome(server: Delivery, view: View, outcome: str, **detail) -> int:
    if outcome not in OUTCOMES:
        raise ValueError(f"{outcome!r} is not an outcome")
    return record(server, view, "outcome", outcome=outcome, **detail)


async def post_event(request: web.Request) -> web.Response:
    """``POST /v/<token>/events``: a viewing event or a choice, from the player."""
    view = find_view(request)
    data = await read_json(request)
    server = delivery(request)
    event = data.get("event")
    if event == "choice":
        detail = _choice(server, view, data)
    elif event in VIEWING:
        detail = _viewing(event, data)
    else:
        raise Refusal(
            422,
            "unknown_event",
            f"the player reports one of {', '.join(sorted(PLAYER_EVENTS))}",
            "event",
        )
    count = server.db.one("SELECT COUNT(*) FROM events WHERE view = ?", view.id)[0]
    if count >= MAX_EVENTS_PER_VIEW:
        raise Refusal(429, "too_many_events", "this view has reported enough")
    record(server, view, event, **detail)
    if event == "choice" and _help_route(server, view, detail):
        record_outcome(server, view, "help_requested")
    return web.json_response({"recorded": True})


def _viewing(event: str, data: dict) -> dict:
    extra = set(data) - {"event", "quarter"}
    if extra or (event != "quarter" and "quarter" in data):
        raise Refusal(422, "unknown_event", "an event takes no other details", "event")
    quarter = data.get("quarter")
    if event == "quarter" and (
        isinstance(quarter, bool) or quarter not in (1, 2, 3, 4)
    ):
        raise Refusal(422, "unknown_event", "quarter is 1, 2, 3 or 4", "quarter")
    return {"quarter": quarter}


def _choice(server: Delivery, view: View, data: dict) -> dict:
    """A choice as the page saw it, kept only when the package knows every part.

    The step is one of the layer's steps in the story graph, ``scene:<id>`` (a
    route the page keeps reachable), or ``pay``, ``plan`` or ``help``.
    """
    if set(data) - {"event", "scene", "layer", "step"}:
        raise Refusal(
            422, "unknown_event", "a choice takes scene, layer, step", "event"
        )
    published = server.package(view.package)
    scene, layer, step = data.get("scene"), data.get("layer"), data.get("step")
    if scene is not None and scene not in published.scenes:
        raise Refusal(422, "unknown_event", "no such scene in the package", "scene")
    if layer is not None and (layer, step) not in published.choices:
        raise Refusal(422, "unknown_event", "no such choice in the package", "step")
    if layer is None and step not in ROUTE_STEPS:
        target = step[6:] if isinstance(step, str) and step.startswith("scene:") else ""
        if target not in published.scenes:
            raise Refusal(422, "unknown_event", "no such route in the package", "step")
    return {"scene": scene, "layer": layer, "step": step}


def _help_route(server: Delivery, view: View, detail: dict) -> bool:
    """Whether the page took its help route (outside the video) to a help scene."""
    step = detail["step"]
    if detail["layer"] is not None or not step.startswith("scene:"):
        return False
    return step[6:] in server.package(view.package).help_scenes()


def export_rows(server: Delivery, since: int, limit: int) -> list[dict]:
    """Events after the event id ``since``, oldest first, flattened."""
    rows = server.db.all(
        "SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?", since, limit
    )
    out = []
    for row in rows:
        flat = {key: row[key] for key in COLUMNS[:7]}
        flat.update(json.loads(row["detail"]))
        out.append(flat)
    return out


async def get_events(request: web.Request) -> web.StreamResponse:
    """``GET /api/events?since=ID``: JSON lines (or CSV with ``format=csv``).

    ``since`` is the id of the last event already fetched (0 for all); the answer's
    ``X-Last-Event`` header gives the id to ask from next time.
    """
    require_token(request)
    since_text = request.query.get("since", "0") or "0"
    if not since_text.isdigit():
        raise Refusal(
            400, "bad_since", "since is the id of the last event seen", "since"
        )
    wanted = request.query.get("format", "jsonl")
    if wanted not in ("jsonl", "csv"):
        raise Refusal(400, "bad_format", "format is jsonl or csv", "format")
    rows = export_rows(delivery(request), int(since_text), EXPORT_LIMIT)
    last = rows[-1]["id"] if rows else int(since_text)
    if wanted == "csv":
        body = _csv(rows)
        content_type = "text/csv"
    else:
        body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        content_type = "application/x-ndjson"
    response = web.Response(text=body, content_type=content_type, charset="utf-8")
    response.headers["X-Last-Event"] = str(last)
    return response


def _csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: row.get(key, "") for key in COLUMNS})
    return buffer.getvalue()
