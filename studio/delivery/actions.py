"""Running a viewer's choice: checked against the package, then done and recorded.

A choice names a live layer and a step of the story graph. The server runs it only
when the package's graph lists that pair, the layer is shown in this view (its
condition and its scene's condition hold for the dossier), a plan is one the amount
allows, and an address is on the package's allowlist. Everything else is refused,
whatever the page sends: the page is not trusted to decide what a choice does.
"""

from __future__ import annotations

import logging

from aiohttp import web

from studio.delivery.context import Delivery, Refusal, delivery
from studio.delivery.events import record_outcome
from studio.delivery.payments import PaymentRequest, new_payment_id
from studio.delivery.published import Published, StoryChoice
from studio.delivery.views import View, find_view, now_text, read_json, view_from_row
from studio.model.layers import ActionKind
from studio.values.errors import ValueProblem
from studio.values.formatting import format_money
from studio.values.links import fill_link
from studio.values.money import Money

logger = logging.getLogger(__name__)

PAYMENTS = web.AppKey("payments", object)


def _not_allowed(message: str, where: str = "step") -> Refusal:
    return Refusal(403, "not_allowed", message, where)


async def act(request: web.Request) -> web.Response:
    """``POST /v/<token>/act``: ``{"layer", "step"}`` → what the player does next."""
    view = find_view(request)
    data = await read_json(request)
    layer, step = data.get("layer"), data.get("step")
    server = delivery(request)
    published = server.package(view.package)
    token = request.match_info["token"]
    if layer is None:
        return web.json_response(_always(server, published, view, token, step))
    choice = published.choices.get((layer, step)) if isinstance(layer, str) else None
    if choice is None:
        raise _not_allowed("the package has no such choice")
    if layer not in view.layers:
        raise _not_allowed("this choice is not shown in this view", "layer")
    # The page reports the choice itself (an event); the server records outcomes.
    return web.json_response(_run(server, published, view, token, choice))


def _run(
    server: Delivery, published: Published, view: View, token: str, c: StoryChoice
) -> dict:
    kind = c.action
    if kind == ActionKind.GO_TO_SCENE:
        if c.target in published.help_scenes():
            record_outcome(server, view, "help_requested")
            return {"recorded": True, "go": c.target}
        return {"go": c.target}
    if kind == ActionKind.PAY:
        _amount(published, view)
        return {"open": f"/v/{token}/pay", "go": c.target}
    if kind == ActionKind.CHOOSE_PLAN:
        if c.terms not in view.terms:
            raise _not_allowed("this plan is not offered for this amount")
        record_outcome(server, view, "plan_chosen", terms=c.terms)
        return {"recorded": True, "go": c.target}
    if kind == ActionKind.OPEN_CHAT:
        url = _chat(server, published, view)
        record_outcome(server, view, "help_requested")
        return {"open": url, "go": c.target}
    if kind == ActionKind.CALL:
        number = _number(published, view, c.address)
        record_outcome(server, view, "help_requested")
        return {"open": f"tel:{number}", "go": c.target}
    if kind == ActionKind.OPEN_LINK:
        return {"open": _link(published, view, c.address), "go": c.target}
    raise _not_allowed(f"the server does not run {kind!r} choices")


def _always(
    server: Delivery, published: Published, view: View, token: str, step: object
) -> dict:
    """The routes the page keeps reachable outside the video: pay, plan, help."""
    if step == "pay" and published.scene_with(ActionKind.PAY):
        _amount(published, view)
        return {"open": f"/v/{token}/pay", "go": None}
    if step == "plan" and view.terms:
        scene = published.scene_with(ActionKind.CHOOSE_PLAN)
        if scene:
            return {"go": scene}
    if step == "help":
        scenes = published.help_scenes()
        if scenes:
            record_outcome(server, view, "help_requested")
            return {"recorded": True, "go": scenes[0]}
    raise _not_allowed("this route is not offered in this view")


def _chat(server: Delivery, published: Published, view: View) -> str:
    pattern = published.actions.get("chat_link")
    if pattern:
        return _link(published, view, pattern, listed=[pattern])
    if server.config.chat_page:
        return server.config.chat_page
    raise Refusal(409, "no_chat", "neither the package nor the server has a chat page")


def _number(published: Published, view: View, address: str | None) -> str:
    if address and address.startswith("{") and address.endswith("}"):
        value = view.values.get(address[1:-1].strip())
        if isinstance(value, str) and value.startswith("+"):
            return value
        raise _not_allowed("the dossier has no number to call")
    if address and address in (published.actions.get("calls") or []):
        return address
    raise _not_allowed("the number is not on the package's list of calls")


def _link(published: Published, view: View, pattern: str | None, listed=None) -> str:
    allowed = listed if listed is not None else published.actions.get("links") or []
    if not pattern or pattern not in allowed:
        raise _not_allowed("the link is not on the package's list of links")
    hosts = list(published.actions.get("link_hosts") or [])
    try:
        return fill_link(pattern, hosts, view.values)
    except ValueProblem as problem:
        raise _not_allowed(problem.message) from None


def _amount(published: Published, view: View) -> Money:
    name = published.template.settings.amount_field
    amount = view.values.get(name) if name else None
    if not isinstance(amount, Money):
        raise Refusal(409, "no_amount", "the dossier has no amount to pay")
    return amount


# -- paying -------------------------------------------------------------------


async def pay(request: web.Request) -> web.Response:
    """``GET /v/<token>/pay``: a new payment, and a redirect to the provider."""
    view = find_view(request)
    server = delivery(request)
    published = server.package(view.package)
    if not published.scene_with(ActionKind.PAY):
        raise _not_allowed("this package offers no payment")
    amount = _amount(published, view)
    payment = new_payment_id()
    server.db.execute(
        "INSERT INTO payments (id, view, status, created) VALUES (?, ?, 'open', ?)",
        payment,
        view.id,
        now_text(),
    )
    provider = request.app[PAYMENTS]
    target = await provider.start(
        PaymentRequest(
            payment=payment,
            amount=format_money(amount, view.language),
            amount_value=str(amount.amount),
            currency=amount.currency,
            return_url=f"/v/{request.match_info['token']}",
            values=view.values,
            link=published.actions.get("payment_link"),
            link_hosts=tuple(published.actions.get("link_hosts") or []),
        )
    )
    logger.info("payment %s of view %s started", payment, view.id)
    raise web.HTTPSeeOther(target)


def payment_reporter(server: Delivery):
    """The callback a provider calls when a payment ends: records the outcome."""

    async def report(payment: str, succeeded: bool) -> None:
        row = server.db.one("SELECT * FROM payments WHERE id = ?", payment)
        if row is None or row["status"] != "open":
            return  # unknown, or reported before: one outcome per payment
        status = "paid" if succeeded else "failed"
        server.db.execute(
            "UPDATE payments SET status = ?, settled = ? "
            "WHERE id = ? AND status = 'open'",
            status,
            now_text(),
            payment,
        )
        view_row = server.db.one("SELECT * FROM views WHERE id = ?", row["view"])
        view = view_from_row(server, view_row)
        record_outcome(server, view, "paid" if succeeded else "payment_failed")
        logger.info("payment %s of view %s: %s", payment, view.id, status)

    return report
