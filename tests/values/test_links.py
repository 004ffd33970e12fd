"""Links a button opens: whatever a row holds fills query values, nothing else."""

import datetime
from decimal import Decimal
from functools import cache
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.values.errors import ValueProblem
from studio.values.links import check_link, fill_link, link_value, parse_link
from studio.values.money import Money

PAY_HOST = "betalen.helder-energie.example"


@cache
def settings():
    return Project.open(SAMPLE_PROJECT).template.settings


@cache
def field_kinds() -> dict[str, str]:
    template = Project.open(SAMPLE_PROJECT).template
    # The sample has no phone field; a template that has one must not link it.
    return {f.name: f.kind.value for f in template.fields} | {"phone": "phone"}


def fill(pattern: str, values: dict) -> str:
    return fill_link(pattern, settings().link_hosts, values)


# Pieces that have broken URL handling before: separators, escapes, other hosts.
HOSTILE = [
    "&",
    "#",
    "/",
    "?",
    "=",
    "%",
    "%25",
    "%2F",
    "..",
    "../../admin",
    "@",
    "+",
    " ",
    ";",
    "\\",
    "\n",
    "\r\n",
    "\x00",
    "é",
    "ı",
    "يوسف",
    "漢字",
    "🙂",
    "https://evil.example",
    "//evil.example/",
    "&bedrag=0.01",
    "#kenmerk=X",
]
values = st.one_of(
    st.text(min_size=1),
    st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=6).map("".join),
    st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=3)), min_size=1).map(
        "".join
    ),
).filter(bool)


def test_the_sample_links_are_allowed():
    for pattern in (settings().payment_link, settings().chat_link):
        assert check_link(pattern, settings().link_hosts, field_kinds()) is None


@given(amount=values, reference=values)
@example(amount="https://evil.example", reference="x#y")
@example(amount="1&kenmerk=ANDERS", reference="../../evil.example/@x")
@example(amount="%2e%2e/", reference="a\nb")
def test_any_value_stays_a_query_value_of_the_same_address(amount, reference):
    pattern = settings().payment_link
    link = fill(pattern, {"amount_due": amount, "invoice_number": reference})
    parts = urlsplit(link)
    expected = urlsplit(parse_link(pattern).base)
    assert parts.scheme == "https"
    assert parts.netloc == PAY_HOST and parts.hostname == PAY_HOST
    assert parts.path == expected.path == "/ideal"
    assert parts.fragment == ""
    assert parse_qsl(parts.query, keep_blank_values=True, strict_parsing=True) == [
        ("bedrag", amount),
        ("kenmerk", reference),
    ]
    assert link.isascii() and not any(ch.isspace() for ch in link)


@given(reference=values)
def test_the_chat_link_keeps_its_host_too(reference):
    link = fill(settings().chat_link, {"invoice_number": reference})
    parts = urlsplit(link)
    assert (parts.scheme, parts.hostname, parts.path) == (
        "https",
        "hulp.helder-energie.example",
        "/chat",
    )
    assert parse_qsl(parts.query, keep_blank_values=True) == [("kenmerk", reference)]


def test_typed_values_go_in_plain_not_as_shown():
    link = fill(
        settings().payment_link,
        {
            "amount_due": Money(Decimal("1234.56"), "EUR"),
            "invoice_number": "F2026-0002",
        },
    )
    assert link == f"https://{PAY_HOST}/ideal?bedrag=1234.56&kenmerk=F2026-0002"
    assert link_value(datetime.date(2027, 1, 20)) == "2027-01-20"
    assert link_value(True) == "true"


@pytest.mark.parametrize("empty", [None, ""])
def test_a_missing_value_is_refused_not_left_empty(empty):
    with pytest.raises(ValueProblem) as caught:
        fill(settings().payment_link, {"amount_due": "10.00", "invoice_number": empty})
    assert caught.value.message == "the link needs a value for {invoice_number}"
    with pytest.raises(ValueProblem, match=r"needs a value for \{amount_due\}"):
        fill(settings().payment_link, {"invoice_number": "F-1"})


@pytest.mark.parametrize(
    "pattern, ending",
    [
        (f"http://{PAY_HOST}/ideal?bedrag={{amount_due}}", "must start with https://"),
        (
            "https://evil.example/ideal?bedrag={amount_due}",
            "host 'evil.example' is not on the template's list of link hosts "
            "(listed: betalen.helder-energie.example, hulp.helder-energie.example, "
            "www.geldfit.nl)",
        ),
        (
            f"https://{PAY_HOST}.evil.example/ideal",
            f"host '{PAY_HOST}.evil.example' is not on the template's list of link "
            "hosts (listed: betalen.helder-energie.example, "
            "hulp.helder-energie.example, www.geldfit.nl)",
        ),
        (
            f"https://user@{PAY_HOST}/ideal?bedrag={{amount_due}}",
            "may not carry a user, password or port",
        ),
        (
            f"https://{PAY_HOST}@evil.example/ideal",
            "may not carry a user, password or port",
        ),
        (
            f"https://{PAY_HOST}:8443/ideal?bedrag={{amount_due}}",
            "may not carry a user, password or port",
        ),
        (
            "https://{invoice_number}.helder-energie.example/ideal",
            "takes a field before the query; fields may only fill values after '?'",
        ),
        (
            f"https://{PAY_HOST}/{{invoice_number}}/ideal",
            "takes a field before the query; fields may only fill values after '?'",
        ),
        (
            f"https://{PAY_HOST}/ideal?bedrag={{amount_due}}#top",
            "has a fragment (#)",
        ),
        (
            f"https://{PAY_HOST}/ideal?naam={{first_name}}",
            "{first_name} says who the person is (person_name); it may not go into "
            "a link",
        ),
        (
            f"https://{PAY_HOST}/ideal?mail={{email}}",
            "{email} says who the person is (email); it may not go into a link",
        ),
        (
            f"https://{PAY_HOST}/ideal?tel={{phone}}",
            "{phone} says who the person is (phone); it may not go into a link",
        ),
        (
            f"https://{PAY_HOST}/ideal?x={{onbekend}}",
            "{onbekend} is not a field of this template",
        ),
        (
            f"https://{PAY_HOST}/ideal?bedrag=a{{amount_due}}",
            "must be a whole {field} or plain text",
        ),
        (
            f"https://{PAY_HOST}/ideal?bedrag= {{amount_due}}",
            "holds spaces or controls",
        ),
        ("", "the link is empty"),
    ],
)
def test_patterns_that_are_refused(pattern, ending):
    message = check_link(pattern, settings().link_hosts, field_kinds())
    assert message is not None and message.endswith(ending), message


@pytest.mark.parametrize(
    "pattern",
    [
        "https://evil.example/ideal?bedrag={amount_due}",
        f"https://{PAY_HOST}:8443/ideal",
        f"http://{PAY_HOST}/ideal",
    ],
)
def test_filling_refuses_a_pattern_the_check_refuses(pattern):
    with pytest.raises(ValueProblem):
        fill(pattern, {"amount_due": "10.00"})


HOST_PIECES = [PAY_HOST, "www.geldfit.nl", "evil.example", "@", ".", "\\", "%40"]
PATH_PIECES = ["ideal", "..", "%2F", "\\", "@", "evil.example", "/", ";", ""]
parameter = st.builds(
    lambda name, equals, value: name + equals + value,
    st.sampled_from(["bedrag", "kenmerk", "x", "", "%26"]),
    st.sampled_from(["=", "", "=="]),
    st.sampled_from(["{amount_due}", "{invoice_number}", "abc", "", "%26", "/", "@"]),
)
patterns = st.builds(
    lambda scheme, host, path, query: scheme + host + path + query,
    st.sampled_from(["https://", "https://", "http://", "HTTPS://", "https:/"]),
    st.one_of(
        st.sampled_from([PAY_HOST, "www.geldfit.nl"]),
        st.lists(st.sampled_from(HOST_PIECES), min_size=1, max_size=3).map("".join),
    ),
    st.lists(st.sampled_from(PATH_PIECES), max_size=4).map(
        lambda parts: "".join("/" + part for part in parts)
    ),
    st.one_of(
        st.just(""),
        st.lists(parameter, min_size=1, max_size=3).map(
            lambda pairs: "?" + "&".join(pairs)
        ),
    ),
)


@given(patterns)
@example(f"https://{PAY_HOST}\\@evil.example/")
@example(f"https://{PAY_HOST}/ideal?bedrag={{amount_due}}&kenmerk={{invoice_number}}")
def test_every_pattern_the_check_allows_opens_an_allowed_https_host(pattern):
    if check_link(pattern, settings().link_hosts, field_kinds()) is not None:
        return
    hostile = {"amount_due": "?#@evil.example", "invoice_number": "&x=/"}
    parts = urlsplit(fill(pattern, hostile))
    assert parts.scheme == "https"
    assert parts.hostname in settings().link_hosts
    assert parts.netloc == parts.hostname
    assert parts.fragment == ""


@pytest.mark.parametrize(
    "pattern",
    [
        f"https://{PAY_HOST}:abc/ideal",
        f"https://{PAY_HOST}:99999/ideal",
        f"https://[{PAY_HOST}/ideal",
    ],
)
def test_a_malformed_port_or_host_is_refused_with_a_message(pattern):
    message = check_link(pattern, settings().link_hosts, field_kinds())
    assert message is not None
