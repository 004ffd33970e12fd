"""What keeps the delivery server's pages and secrets safe.

Every response says ``nosniff`` and sends no referrer, so that a view link never
leaks to another site through a ``Referer`` header. Every response carries the
player's strict Content Security Policy: the pages this server makes hold no inline
script or style, so the policy costs nothing and stops injected markup from running.
Responses about one debtor (a view's page, its data, its captions, its actions) are
never stored by a browser or a proxy.

View tokens are 32 random bytes, base64url: they carry no personal data and cannot
be guessed. The server keeps only their sha256, so a copy of the database does not
hand out working links. The publish token is compared in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from aiohttp import web

PLAYER_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "media-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
NO_STORE = "no-store"
IMMUTABLE = "public, max-age=31536000, immutable"
TOKEN_BYTES = 32
_TOKEN_FORM = re.compile(r"[A-Za-z0-9_-]{43}")
# Paths whose answers concern one debtor: never cached anywhere.
PERSONAL_PREFIXES = ("/v/", "/api/", "/pay/")


def new_token() -> str:
    """A fresh secret: 32 random bytes as base64url without padding (43 chars)."""
    raw = secrets.token_bytes(TOKEN_BYTES)
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def looks_like_token(text: str) -> bool:
    """Whether ``text`` has the form of a view token (43 base64url characters)."""
    return _TOKEN_FORM.fullmatch(text) is not None


def token_digest(token: str) -> str:
    """The sha256 under which a view token is stored and looked up."""
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def same_secret(given: str | None, expected: str) -> bool:
    """Constant-time comparison, so that timing tells nothing about the secret."""
    if given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def bearer_token(request: web.Request) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header, if there is one."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def has_publish_token(request: web.Request, expected: str) -> bool:
    return same_secret(bearer_token(request), expected)


async def add_security_headers(
    request: web.Request, response: web.StreamResponse
) -> None:
    """Set the headers every answer carries, errors and streamed files included.

    Connected to the application's ``on_response_prepare`` signal, which runs just
    before the headers of any response are sent.
    """
    headers = response.headers
    headers.setdefault("Content-Security-Policy", PLAYER_CSP)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    if request.path.startswith(PERSONAL_PREFIXES):
        headers.setdefault("Cache-Control", NO_STORE)
        headers.setdefault("X-Robots-Tag", "noindex, nofollow")
