"""Payment providers: where ``GET /v/<token>/pay`` sends the debtor.

A provider is told about one payment (its id, the amount, where to send the debtor
back) and answers with the address to redirect to. When it learns how the payment
ended it calls the server back (``report``), which records ``paid`` or
``payment_failed``. A real provider does this from its webhook; the reference one,
``TestPaymentProvider``, is a page on this server that simulates an iDEAL payment
and lets a tester choose success or failure. ``LinkPaymentProvider`` sends the
debtor to the package's own payment link and learns nothing back.
"""

from __future__ import annotations

import html
import logging
import secrets
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

from studio.values.links import fill_link

logger = logging.getLogger(__name__)

Report = Callable[[str, bool], Awaitable[None]]


@dataclass(frozen=True)
class PaymentRequest:
    payment: str  # the server's id of this payment
    amount: str  # formatted for the debtor's language, e.g. "€ 1.234,56"
    amount_value: str  # plain decimal, e.g. "1234.56"
    currency: str
    return_url: str  # where the debtor comes back to
    values: dict  # the view's typed values, for a provider that fills a link
    link: str | None  # the package's payment link pattern
    link_hosts: tuple[str, ...]


class PaymentProvider(ABC):
    """Where payments happen; plugged into the server at start."""

    name = "provider"
    report: Report | None = None

    def attach(self, report: Report) -> None:
        """Called by the server: how to tell it that a payment ended."""
        self.report = report

    def routes(self) -> list[web.RouteDef]:
        """Pages or webhooks the provider needs on this server."""
        return []

    @abstractmethod
    async def start(self, request: PaymentRequest) -> str:
        """The address to send the debtor to for this payment."""


class LinkPaymentProvider(PaymentProvider):
    """The package's payment link, filled for the view; no outcome comes back."""

    name = "link"

    async def start(self, request: PaymentRequest) -> str:
        if not request.link:
            raise LookupError("the package has no payment link")
        return fill_link(request.link, list(request.link_hosts), request.values)


@dataclass
class _TestPayment:
    amount: str
    return_url: str
    settled: bool = False


class TestPaymentProvider(PaymentProvider):
    """A simulated iDEAL payment page, for trying the whole journey without a bank.

    The page shows the amount and two buttons; either reports back to the server
    and sends the debtor back to the view. No money moves.
    """

    name = "test"
    __test__ = False  # not a test class, whatever its name says

    def __init__(self) -> None:
        self._payments: dict[str, _TestPayment] = {}

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/pay/test/{payment}", self.page),
            web.post("/pay/test/{payment}", self.finish),
        ]

    async def start(self, request: PaymentRequest) -> str:
        self._payments[request.payment] = _TestPayment(
            request.amount, request.return_url
        )
        return f"/pay/test/{request.payment}"

    def _find(self, request: web.Request) -> tuple[str, _TestPayment]:
        payment = request.match_info["payment"]
        found = self._payments.get(payment)
        if found is None:
            raise web.HTTPNotFound(text="no such payment")
        return payment, found

    async def page(self, request: web.Request) -> web.Response:
        payment, found = self._find(request)
        action = html.escape(f"/pay/test/{payment}", quote=True)
        body = _PAGE.format(amount=html.escape(found.amount), action=action)
        return web.Response(text=body, content_type="text/html", charset="utf-8")

    async def finish(self, request: web.Request) -> web.Response:
        payment, found = self._find(request)
        form = await request.post()
        outcome = form.get("outcome")
        if outcome not in ("paid", "failed"):
            raise web.HTTPBadRequest(text="outcome is paid or failed")
        if not found.settled:
            found.settled = True
            if self.report is not None:
                await self.report(payment, outcome == "paid")
        separator = "&" if "?" in found.return_url else "?"
        back = f"{found.return_url}{separator}payment={outcome}"
        raise web.HTTPSeeOther(back)


def new_payment_id() -> str:
    return secrets.token_urlsafe(16)


_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Test payment (iDEAL)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<main>
<h1>Test payment (iDEAL)</h1>
<p>This is a simulated payment: no money moves.</p>
<p>Amount: <strong>{amount}</strong></p>
<form method="post" action="{action}">
<button type="submit" name="outcome" value="paid">Payment succeeds</button>
<button type="submit" name="outcome" value="failed">Payment fails</button>
</form>
</main>
</body>
</html>
"""
