"""ASGI entry point."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

from portal.startup import exit_on_bad_configuration  # noqa: E402

exit_on_bad_configuration()

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
