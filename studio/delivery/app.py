"""The reference delivery server: its routes, and how it starts.

``make_app`` wires the parts (publishing, views, actions, events, files) into one
aiohttp application over a database and an object store; ``serve`` runs it. The
routes are those of the package format's "delivery server's HTTP interface".
Every refusal is the JSON of that document; an unexpected failure is logged with
its traceback but without its message, which could hold a dossier value.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

from studio.delivery import actions, events, media, publish, views
from studio.delivery.context import (
    DELIVERY,
    Delivery,
    Refusal,
    ServerConfig,
    refusal_response,
)
from studio.delivery.payments import PaymentProvider, TestPaymentProvider
from studio.delivery.security import add_security_headers
from studio.delivery.storage import Database, LocalFolderStore, ObjectStore

logger = logging.getLogger(__name__)

_STATUS_CODES = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}


@web.middleware
async def refusals(
    request: web.Request, handler: Callable[[web.Request], Awaitable]
) -> web.StreamResponse:
    """Refusals and HTTP errors as the package format's JSON error."""
    try:
        return await handler(request)
    except Refusal as refusal:
        return refusal.response()
    except web.HTTPException as error:
        if error.status < 400 or error.content_type == "text/html":
            raise
        code = _STATUS_CODES.get(error.status, f"http_{error.status}")
        return refusal_response(error.status, code, error.reason)
    except (asyncio.CancelledError, ConnectionError):
        raise
    except Exception as error:  # noqa: BLE001 - one place turns failures into 500
        frames = "".join(traceback.format_tb(error.__traceback__))
        logger.error(
            "unexpected %s in %s %s\n%s",
            type(error).__name__,
            request.method,
            request.match_info.route.resource.canonical
            if request.match_info.route.resource
            else "?",
            frames,
        )
        return refusal_response(500, "internal", "the server failed; see its log")


def make_app(
    config: ServerConfig,
    db: Database,
    store: ObjectStore,
    payments: PaymentProvider | None = None,
) -> web.Application:
    """The server's application over ``db`` and ``store``."""
    app = web.Application(middlewares=[refusals])
    server = Delivery(config, db, store)
    app[DELIVERY] = server
    provider = payments or TestPaymentProvider()
    provider.attach(actions.payment_reporter(server))
    app[actions.PAYMENTS] = provider
    app.on_response_prepare.append(add_security_headers)
    app.add_routes(
        [
            web.post("/api/packages", publish.publish),
            web.get("/api/packages", publish.list_packages),
            web.post("/api/views", views.create_view),
            web.get("/api/events", events.get_events),
            web.get("/v/{token}", views.player_page),
            web.get("/v/{token}/data", views.view_data),
            web.get(r"/v/{token}/captions/{scene}.vtt", views.view_captions),
            web.post("/v/{token}/act", actions.act),
            web.get("/v/{token}/pay", actions.pay),
            web.post("/v/{token}/events", events.post_event),
            web.get("/p/{package}/{name:.+}", media.package_file),
            web.get("/player/{name}", media.player_file),
            *provider.routes(),
        ]
    )
    return app


def open_storage(data_dir: Path) -> tuple[Database, LocalFolderStore]:
    """The embedded default: ``server.db`` and ``objects/`` inside ``data_dir``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return Database(data_dir / "server.db"), LocalFolderStore(data_dir / "objects")


async def start(
    config: ServerConfig,
    host: str,
    port: int,
    *,
    store: ObjectStore | None = None,
    payments: PaymentProvider | None = None,
) -> web.AppRunner:
    """Start serving on ``host:port``; the caller cleans the runner up."""
    db, local = open_storage(config.data_dir)
    app = make_app(config, db, store or local, payments)

    async def close(_app: web.Application) -> None:
        await (store or local).close()
        db.close()

    app.on_cleanup.append(close)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port, reuse_address=True).start()
    logger.info(
        "delivery server on http://%s:%s, data in %s", host, port, config.data_dir
    )
    return runner


def run_loop(main):
    """Run the coroutine ``main`` on uvloop where it is installed (it is on Linux
    and macOS, and answers about twice as many requests as asyncio's own loop);
    on asyncio's loop elsewhere."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(main)
    return uvloop.run(main)


async def serve_forever(
    config: ServerConfig,
    host: str,
    port: int,
    *,
    payments: PaymentProvider | None = None,
) -> None:
    """Serve until Ctrl+C or SIGTERM; the database is closed cleanly either way."""
    runner = await start(config, host, port, payments=payments)
    stopped = asyncio.Event()
    with contextlib.suppress(NotImplementedError):  # Windows has no such signal
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopped.set)
    try:
        await stopped.wait()
    finally:
        await runner.cleanup()
        logger.info("delivery server stopped")
