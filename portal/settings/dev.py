"""Local development: the embedded defaults, debug on."""

from portal.settings.base import *  # noqa: F403
from portal.settings.base import HUEY, INSTALLED_APPS, SECRET_KEY

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-7c1f0e9b2a4d4f6e8a1b3c5d7e9f0a2b4c6d8e0f"
HUEY["immediate"] = False
# The demo institute (seed_demo) and the development server (rundev) exist only here and in tests.
INSTALLED_APPS = [*INSTALLED_APPS, "portal.demo"]
INTERNAL_IPS = ["127.0.0.1"]
# Serve static files straight from the source folders, picking up edits.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
