"""Random damage to a valid package: refused with a PackageError, or unharmed."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_helpers import small_package

from studio.package.errors import PackageError
from studio.package.verify import read_package


@pytest.fixture(scope="module")
def valid(tmp_path_factory, studio_key):
    return small_package(tmp_path_factory.mktemp("small"), studio_key.private)


@pytest.fixture(scope="module")
def original(valid, studio_key):
    return read_package(valid, [studio_key.public])


def flipped(data: bytes, flips: list[tuple[float, int]]) -> bytes:
    damaged = bytearray(data)
    for where, mask in flips:
        damaged[int(where * (len(damaged) - 1))] ^= mask
    return bytes(damaged)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    flips=st.lists(
        st.tuples(st.floats(0, 1), st.integers(1, 255)), min_size=1, max_size=4
    )
)
def test_random_byte_flips(valid, original, studio_key, flips):
    damaged = flipped(valid, flips)
    try:
        package = read_package(damaged, [studio_key.public])
    except PackageError as error:
        assert error.code and error.message
        return
    assert package == original
    for name in package.names:
        assert package.read(name) == original.read(name)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(cut=st.integers(0, 5000), junk=st.binary(max_size=64))
def test_cut_short_or_padded(valid, studio_key, cut, junk):
    damaged = valid[: max(0, len(valid) - cut)] + junk
    try:
        read_package(damaged, [studio_key.public])
    except PackageError:
        return
    assert damaged == valid
