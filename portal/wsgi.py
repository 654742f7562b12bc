"""WSGI entry point (gunicorn portal.wsgi)."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

from portal.startup import exit_on_bad_configuration  # noqa: E402

exit_on_bad_configuration()

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
