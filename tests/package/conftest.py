"""Every package test signs with a key of its own, in a folder of the test run."""

import os
import tempfile

import pytest

os.environ["HELDER_KEY_DIR"] = tempfile.mkdtemp(prefix="helder-test-keys-")


@pytest.fixture(scope="session")
def studio_key():
    from studio.package.signing import studio_key

    return studio_key()
