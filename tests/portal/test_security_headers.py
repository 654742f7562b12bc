"""Production sends the security headers and marks its cookies secure.

The production settings are read by a fresh interpreter from a production environment (the
same variables an administrator sets), then applied to the test client, except what names the
infrastructure (database, cache, queue, storage, mail, installed apps, password hashers):
requests come through the TLS proxy (``X-Forwarded-Proto: https``) to the production host.
"""

import re

import pytest
from django.test import override_settings

from tests.factories import UserFactory
from tests.portal.fresh_settings import settings_of

pytestmark = pytest.mark.django_db

HOST = "portal.instituto.gov.co"
PRODUCTION_ENV = {
    "SECRET_KEY": "p" * 10 + "9f8e7d6c5b4a3210fedcba9876543210abcdefghijklmnop",
    "ALLOWED_HOSTS": HOST,
    # Read, never connected to: the test database stays the test run's.
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/portal",
}
INFRASTRUCTURE = {
    "DATABASES",
    "CACHES",
    "HUEY",
    "TASKS",
    "STORAGES",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "EMAIL_BACKEND",
    "INSTALLED_APPS",
    "PASSWORD_HASHERS",
    "LOGGING",
    "SECRET_KEY",
}
THROUGH_THE_PROXY = {"secure": True, "HTTP_X_FORWARDED_PROTO": "https", "HTTP_HOST": HOST}


@pytest.fixture(scope="module")
def production():
    read = settings_of("portal.settings.production", PRODUCTION_ENV)
    assert read["DEBUG"] is False
    return {name: value for name, value in read.items() if name not in INFRASTRUCTURE}


def test_production_pages_carry_the_security_headers(client, demo_site, production):
    with override_settings(**production):
        response = client.get("/cuenta/ingresar/", **THROUGH_THE_PROXY)
    assert response.status_code == 200

    hsts = response["Strict-Transport-Security"]
    assert int(re.search(r"max-age=(\d+)", hsts).group(1)) >= 365 * 24 * 3600
    assert "includeSubDomains" in hsts
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self';" in policy + ";"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_production_cookies_are_secure_and_the_session_is_not_readable_by_scripts(
    client, demo_site, production
):
    user = UserFactory(roles=["funcionario"])
    with override_settings(**production):
        client.get("/cuenta/ingresar/", **THROUGH_THE_PROXY)
        signed_in = client.post(
            "/cuenta/ingresar/",
            {"username": user.username, "password": "clave-de-prueba-segura"},
            **THROUGH_THE_PROXY,
        )
    assert signed_in.status_code == 302, "signed in"

    csrf, session = client.cookies["csrftoken"], client.cookies["sessionid"]
    assert csrf["secure"] and session["secure"]
    assert session["httponly"]
    assert session["samesite"] == "Lax" and csrf["samesite"] == "Lax"


def test_production_redirects_plain_http_to_https(client, demo_site, production):
    with override_settings(**production):
        response = client.get("/cuenta/ingresar/", HTTP_X_FORWARDED_PROTO="http", HTTP_HOST=HOST)
    assert response.status_code == 301
    assert response["Location"] == f"https://{HOST}/cuenta/ingresar/"
