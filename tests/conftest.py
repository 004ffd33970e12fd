"""Settings every test shares: Qt runs offscreen, no test needs a screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HELDER_NO_USER_SETTINGS", "1")
