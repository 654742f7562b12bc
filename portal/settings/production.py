"""Production: PostgreSQL, Redis, gunicorn behind a TLS-terminating proxy.

Refuses to start without SECRET_KEY (a strong one), ALLOWED_HOSTS and DATABASE_URL.
"""

from portal.settings.base import *  # noqa: F403
from portal.settings.base import HUEY, STORAGES
from portal.settings.env import ConfigurationError, env, list_of, required, strong_secret_key

DEBUG = False
SECRET_KEY = strong_secret_key(required("SECRET_KEY"))
required("ALLOWED_HOSTS")
ALLOWED_HOSTS = list_of("ALLOWED_HOSTS")
required("DATABASE_URL")
if not (DATABASES["default"]["ENGINE"].endswith("postgresql")):  # noqa: F405
    raise ConfigurationError("En producción DATABASE_URL debe apuntar a PostgreSQL (postgres://…).")

HUEY["immediate"] = False

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The proxy in front terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
