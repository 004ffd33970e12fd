"""Settings every test shares: Qt runs offscreen, and no test touches the user's
own settings or log folders."""

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="helder-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_STATE_HOME"] = os.path.join(_home, "state")


@pytest.fixture(autouse=True, scope="session")
def _one_qt_application(qapp):
    """The widgets need a QApplication; made first, the renderer uses it too."""
    return qapp
