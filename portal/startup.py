"""Start-up guard shared by manage.py, WSGI and ASGI.

A bad configuration (missing SECRET_KEY in production, a malformed DATABASE_URL…) stops
the process with one readable line instead of a traceback.
"""

import sys

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def settings_module_from(argv: list[str]) -> str | None:
    """The module named by ``--settings X`` or ``--settings=X`` in a command line, if any.

    manage.py loads the settings before Django parses its options (to stop on a bad
    configuration with one line), so it reads this option itself first.
    """
    for position, argument in enumerate(argv):
        if argument.startswith("--settings="):
            return argument.split("=", 1)[1] or None
        if argument == "--settings" and position + 1 < len(argv):
            return argv[position + 1]
    return None


def exit_on_bad_configuration() -> None:
    """Import the settings now; on a configuration error print one line and exit with 2."""
    try:
        settings.INSTALLED_APPS  # noqa: B018 - forces the settings module to load
    except ImproperlyConfigured as exc:
        sys.stderr.write(f"Portal TIC no puede iniciar: {exc}\n")
        raise SystemExit(2) from None
