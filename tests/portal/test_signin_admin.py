"""The admin's sign-in registers: lockouts visible and unlockable by the Administrador only."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import ModelLogEntry

from portal.models import SignInAttempt
from portal.signin.lockouts import LockoutState, lockout_state
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "clave-de-prueba-segura"
ATTACKER = "203.0.113.66"
LOCKOUTS = "/admin/portal/signinattempt/"
FAILURES = "/admin/portal/signinfailure/"


def fail(username, times, address=ATTACKER, page="/cuenta/ingresar/"):
    for _ in range(times):
        Client(REMOTE_ADDR=address).post(page, {"username": username, "password": "equivocada"})


@pytest.fixture
def locked_out(demo_site):
    """Ana, an editor, locked out after five wrong passwords from one address."""
    person = UserFactory(username="ana", roles=["editor"])
    fail("ana", 5)
    return person


@pytest.fixture
def administrator(client, user_with_role):
    client.force_login(user_with_role("administrador"))
    return client


@pytest.mark.parametrize(
    ("user_failures", "address_failures", "state"),
    [
        (0, 0, LockoutState.NONE),
        (4, 4, LockoutState.NONE),
        (5, 1, LockoutState.USER),
        (1, 5, LockoutState.ADDRESS),
        (7, 5, LockoutState.BOTH),
    ],
)
def test_the_lockout_state_follows_the_limit(user_failures, address_failures, state):
    assert lockout_state(user_failures=user_failures, address_failures=address_failures, limit=5) == state


def test_the_administrador_sees_who_is_locked_out_in_spanish(administrator, locked_out):
    assert "Bloqueos de ingreso" in administrator.get("/admin/").content.decode()  # the menu
    html = administrator.get(LOCKOUTS).content.decode()
    assert "Bloqueos de ingreso" in html
    assert "ana" in html and ATTACKER in html
    assert "Usuario y dirección bloqueados" in html
    assert "Desbloquear" in html
    attempt = SignInAttempt.objects.get()
    html = administrator.get(f"{LOCKOUTS}inspect/{attempt.pk}/").content.decode()
    assert "intentos fallidos" in html.lower() and "dirección IP" in html
    assert "Usuario y dirección bloqueados" in html
    assert "Attempt Time" not in html and "IP Address" not in html


def test_the_failure_log_keeps_every_failure(administrator, locked_out):
    html = administrator.get(FAILURES).content.decode()
    assert "Historial de fallos de ingreso" in html
    assert html.count(ATTACKER) >= 5
    response = administrator.get(f"{FAILURES}?locked_out__exact=1")
    assert response.status_code == 200
    assert AccessFailureLog.objects.filter(locked_out=True).count() == 1
    assert response.context["paginator"].count == 1


def test_unlocking_lets_the_person_sign_in_again_and_is_logged(administrator, locked_out):
    right_password = {"username": "ana", "password": PASSWORD}
    assert Client(REMOTE_ADDR=ATTACKER).post("/cuenta/ingresar/", right_password).status_code == 429

    attempt = SignInAttempt.objects.get()
    url = f"/admin/portal/signinattempt/{attempt.pk}/desbloquear/"
    html = administrator.get(url).content.decode()
    assert "Se borrarán los intentos fallidos de este usuario" in html
    assert AccessAttempt.objects.exists()  # a GET changes nothing

    response = administrator.post(url, follow=True)
    assert response.redirect_chain[-1][0] == LOCKOUTS
    assert "Ingreso desbloqueado" in response.content.decode()
    assert not AccessAttempt.objects.exists()
    assert AccessFailureLog.objects.count() == 6  # the history stays
    entry = ModelLogEntry.objects.get(action="portal.sign_in.unlock")
    assert entry.user.username == "demo-administrador"
    assert entry.data == {"username": "ana", "ip_address": ATTACKER}

    client = Client(REMOTE_ADDR=ATTACKER)
    assert client.post("/cuenta/ingresar/", right_password).status_code == 302
    assert "_auth_user_id" in client.session


def test_unlocking_clears_the_user_name_and_the_address_only(administrator, locked_out):
    fail("beto", 2, address="198.51.100.7")  # neither ana nor the attacker's address
    fail("carla", 1)  # another name from the attacker's address
    fail("ana", 1, address="198.51.100.8")  # ana from elsewhere
    attempt = SignInAttempt.objects.get(username="ana", ip_address=ATTACKER)
    administrator.post(f"/admin/portal/signinattempt/{attempt.pk}/desbloquear/")
    assert list(AccessAttempt.objects.values_list("username", "ip_address")) == [("beto", "198.51.100.7")]


@pytest.mark.parametrize("role", ["auditor", "gerente", "tecnico", "profesional_tic"])
def test_other_roles_neither_see_nor_unlock(client, user_with_role, locked_out, role):
    client.force_login(user_with_role(role))
    attempt = SignInAttempt.objects.get()
    assert "Bloqueos de ingreso" not in client.get("/admin/").content.decode()
    assert client.get(LOCKOUTS).status_code == 403
    assert client.get(FAILURES).status_code == 403
    assert client.get(f"{LOCKOUTS}inspect/{attempt.pk}/").status_code == 403
    assert client.post(f"/admin/portal/signinattempt/{attempt.pk}/desbloquear/").status_code == 403
    assert AccessAttempt.objects.exists()


def test_only_the_administrador_role_holds_the_sign_in_permissions(db):
    codenames = ["view_signinattempt", "view_signinfailure", "delete_signinattempt"]
    holders = {group.name for group in Group.objects.filter(permissions__codename__in=codenames)}
    assert holders == {"Administrador"}
