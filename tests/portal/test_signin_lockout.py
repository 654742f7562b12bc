"""Sign-in lockout (django-axes): both sign-in pages, per user name and per client address."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.test import Client

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "clave-de-prueba-segura"
SIGN_IN_PAGES = ["/admin/login/", "/cuenta/ingresar/"]
ATTACKER = "203.0.113.66"
OFFICE = "198.51.100.20"


@pytest.fixture
def person(demo_site):
    """An editor (admin access, so both pages let her in) with the factories' password."""
    return UserFactory(username="ana", roles=["editor"])


def sign_in(page, username, password, address=OFFICE):
    """A fresh client (no session, no cookies) posting the sign-in form from ``address``."""
    client = Client(REMOTE_ADDR=address)
    response = client.post(page, {"username": username, "password": password})
    return response, client


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("page", SIGN_IN_PAGES)
def test_wrong_passwords_lock_the_account_and_the_right_one_is_refused_in_spanish(page, person, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    for _ in range(4):
        response, _client = sign_in(page, "ana", "equivocada")
        assert response.status_code == 200
    response, _client = sign_in(page, "ana", "equivocada")
    assert response.status_code == 429

    response, client = sign_in(page, "ana", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    html = response.content.decode()
    assert "Ingreso bloqueado temporalmente" in html
    assert "30 min" in html
    assert "mesa de servicios" in html
    assert '<html lang="es">' in html


@pytest.mark.parametrize("page", SIGN_IN_PAGES)
def test_the_right_password_works_before_the_limit_and_clears_the_count(page, person):
    for _ in range(4):
        sign_in(page, "ana", "equivocada")
    response, client = sign_in(page, "ana", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)
    assert not AccessAttempt.objects.filter(username="ana").exists()
    # Every failure stays in the failure log for the administrators.
    assert AccessFailureLog.objects.filter(username="ana").count() == 4


def test_a_locked_user_name_is_refused_from_any_address(person):
    for _ in range(5):
        sign_in("/cuenta/ingresar/", "ana", "equivocada", address=ATTACKER)
    response, client = sign_in("/cuenta/ingresar/", "ana", PASSWORD, address=OFFICE)
    assert response.status_code == 429
    assert not signed_in(client)


def test_one_address_trying_many_user_names_is_locked_out(person):
    """Password spraying: one guess for each of five accounts, from one address."""
    for name in ("beto", "carla", "diego", "elena", "fabio"):
        sign_in("/admin/login/", name, "Colombia2026*", address=ATTACKER)
    response, client = sign_in("/admin/login/", "ana", PASSWORD, address=ATTACKER)
    assert response.status_code == 429
    assert not signed_in(client)
    # Ana herself, from her own address, is not held back by the attacker's address.
    response, client = sign_in("/admin/login/", "ana", PASSWORD, address=OFFICE)
    assert response.status_code == 302
    assert signed_in(client)


def test_a_successful_sign_in_does_not_clear_failures_against_other_accounts(person):
    """An insider cannot keep guessing a colleague's password by signing in between guesses."""
    for _ in range(4):
        sign_in("/cuenta/ingresar/", "beto", "adivinanza", address=OFFICE)
    response, _client = sign_in("/cuenta/ingresar/", "ana", PASSWORD, address=OFFICE)
    assert response.status_code == 302
    response, _client = sign_in("/cuenta/ingresar/", "beto", "adivinanza", address=OFFICE)
    assert response.status_code == 429


def test_colleagues_typos_behind_one_address_do_not_add_up(person):
    """Each person's own successful sign-in clears their typos, so a shared office address stays open."""
    colleague = UserFactory(username="beto", roles=["editor"])
    for user in (person, colleague, person, colleague, person, colleague):
        sign_in("/cuenta/ingresar/", user.username, "typo", address=OFFICE)
        response, _client = sign_in("/cuenta/ingresar/", user.username, PASSWORD, address=OFFICE)
        assert response.status_code == 302


def test_the_lockout_ends_after_the_cool_off(person):
    for _ in range(5):
        sign_in("/cuenta/ingresar/", "ana", "equivocada")
    last_failure = AccessAttempt.objects.get().attempt_time
    AccessAttempt.objects.update(attempt_time=last_failure - timedelta(minutes=31))
    response, client = sign_in("/cuenta/ingresar/", "ana", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_the_address_counted_is_the_trusted_one(person, settings):
    """Invented X-Forwarded-For entries do not spread one client over many addresses."""
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(5):
        client = Client(REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
        client.post("/admin/login/", {"username": f"usuario{n}", "password": "x"})
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    response, _client = sign_in("/admin/login/", "ana", PASSWORD, address=ATTACKER)
    assert response.status_code == 429
