"""Links that buttons open: a fixed https address whose query takes field values.

A link pattern such as ``https://pay.example.nl/ideal?amount={amount_due}&ref=
{invoice_number}`` is checked once, when the template is checked, and filled for one
row when a button is pressed. Row values only ever fill query values, each encoded
on its own, so that no value, however hostile, can change the scheme, the host or
the path, add a parameter or start a fragment. Only ``https`` and only the hosts the
template lists are allowed. What says who a person is (a name, an e-mail address, a
phone number) never goes into a link: addresses end up in logs and histories.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from studio.values.errors import ValueProblem
from studio.values.errors import quote as quote_value
from studio.values.money import Money

__all__ = [
    "IDENTIFYING_KINDS",
    "LinkPattern",
    "check_link",
    "fill_link",
    "link_value",
    "parse_link",
]

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_HOST = re.compile(
    r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+"
)
# What a fixed part of the query may hold: unreserved and the few separators.
_QUERY_TEXT = re.compile(r"[A-Za-z0-9._~%!$'()*+,;:@/?-]*")


@dataclass(frozen=True)
class LinkPattern:
    """A parsed pattern: the fixed start and the query's parameters in order.

    Each parameter is ``(name, literal, field)``: a literal value, or the field
    whose value fills it.
    """

    base: str  # https://host/path
    host: str
    parameters: tuple[tuple[str, str | None, str | None], ...]

    @property
    def fields(self) -> list[str]:
        return [name for _, _, name in self.parameters if name]


def parse_link(text: str) -> LinkPattern:
    """Read a link pattern; raises ValueProblem naming what is wrong."""
    if not isinstance(text, str) or not text:
        raise ValueProblem("the link is empty")
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise ValueProblem(f"the link {quote_value(text)} holds spaces or controls")
    base, question, query = text.partition("?")
    if "#" in text:
        raise ValueProblem(f"the link {quote_value(text)} has a fragment (#)")
    if "{" in base or "}" in base:
        raise ValueProblem(
            f"the link {quote_value(text)} takes a field before the query; fields "
            "may only fill values after '?'"
        )
    try:
        parts = urlsplit(base)
        port = parts.port
        host = parts.hostname or ""
    except ValueError:
        raise ValueProblem(
            f"the link {quote_value(text)} has no plain host name"
        ) from None
    if parts.scheme != "https":
        raise ValueProblem(f"the link {quote_value(text)} must start with https://")
    if parts.username or parts.password or port or ":" in parts.netloc:
        raise ValueProblem(
            f"the link {quote_value(text)} may not carry a user, password or port"
        )
    if not _HOST.fullmatch(host) or parts.netloc != host:
        raise ValueProblem(f"the link {quote_value(text)} has no plain host name")
    parameters = []
    if question:
        for pair in query.split("&"):
            name, equals, value = pair.partition("=")
            if not name or not _QUERY_TEXT.fullmatch(name) or "{" in name:
                raise ValueProblem(
                    f"the query part {quote_value(pair)} needs a plain name=value"
                )
            match = _PLACEHOLDER.fullmatch(value)
            if match:
                parameters.append((name, None, match.group(1)))
            elif "{" in value or "}" in value:
                raise ValueProblem(
                    f"the query value {quote_value(value)} must be a whole {{field}} "
                    "or plain text"
                )
            elif not equals or not _QUERY_TEXT.fullmatch(value):
                raise ValueProblem(
                    f"the query part {quote_value(pair)} needs a plain name=value"
                )
            else:
                parameters.append((name, value, None))
    return LinkPattern(base, host, tuple(parameters))


# Field kinds that identify a person and so never go into an address.
IDENTIFYING_KINDS = frozenset({"person_name", "email", "phone"})


def check_link(text: str, hosts: list[str], fields: dict[str, str]) -> str | None:
    """What is wrong with a link pattern, or None.

    ``fields`` maps the template's field names to their kinds.
    """
    try:
        pattern = parse_link(text)
    except ValueProblem as problem:
        return problem.message
    if pattern.host not in {host.lower() for host in hosts}:
        listed = ", ".join(hosts) or "none"
        return (
            f"host {pattern.host!r} is not on the template's list of link hosts "
            f"(listed: {listed})"
        )
    for name in pattern.fields:
        if name not in fields:
            return f"{{{name}}} is not a field of this template"
        if fields[name] in IDENTIFYING_KINDS:
            return (
                f"{{{name}}} says who the person is ({fields[name]}); it may not go "
                "into a link"
            )
    return None


def link_value(value: object) -> str:
    """A typed row value as it goes into a link: plain, not as shown to people."""
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def fill_link(text: str, hosts: list[str], values: dict[str, object]) -> str:
    """The address for one row; a missing value is refused, never left empty."""
    pattern = parse_link(text)
    if pattern.host not in {host.lower() for host in hosts}:
        raise ValueProblem(f"host {pattern.host!r} is not allowed for links")
    query = []
    for name, literal, field in pattern.parameters:
        if field is None:
            query.append(f"{name}={literal}")
            continue
        value = values.get(field)
        if value is None or value == "":
            raise ValueProblem(f"the link needs a value for {{{field}}}")
        query.append(f"{name}={quote(link_value(value), safe='')}")
    return pattern.base + ("?" + "&".join(query) if query else "")
