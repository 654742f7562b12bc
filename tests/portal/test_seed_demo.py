"""The demo institute: complete, and idempotent."""

from io import StringIO

import pytest
from axes.models import AccessAttempt
from django.apps import apps
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.test import RequestFactory

from portal.demo import people as portal_demo
from portal.demo.people import read_credentials
from portal.roles import ROLES

pytestmark = pytest.mark.django_db


@pytest.fixture
def credentials_file(settings, tmp_path):
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "demo-credentials.txt"
    return settings.DEMO_CREDENTIALS_FILE


def _row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def _seed():
    call_command("seed_demo", stdout=StringIO())


def test_seed_demo_builds_the_institute_once_and_a_second_run_changes_nothing(client, credentials_file):
    """One test, two runs of ``seed_demo``: the whole demo is too slow to seed once per check."""
    _seed()

    # The site: home page with the institution's data, and the Gestión de TIC process.
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Instituto Departamental de Tecnología e Innovación" in html
    assert "900123456-7" in html
    assert "notificacionesjudiciales@" in html
    from governance.processes.models import Process

    process = Process.objects.get(code="GTI")
    assert process.name == "Gestión de TIC"
    assert process.leader == "Gerente"
    client.force_login(get_user_model().objects.get(username="funcionario"))
    assert client.get("/intranet/").status_code == 200
    client.logout()

    # One sign-in lockout, so the admin's "Bloqueos de ingreso" is not empty.
    assert AccessAttempt.objects.get(username="admin").failures_since_start == 5

    # Every role has a demo user who can sign in, with a generated password, in a private file.
    credentials = read_credentials(credentials_file)
    assert set(credentials) == {role.key for role in ROLES}
    for role in ROLES:
        # django-axes counts sign-ins per client, so authenticate() needs the request.
        request = RequestFactory().post("/cuenta/ingresar/")
        user = authenticate(request, username=role.key, password=credentials[role.key])
        assert user is not None, role.key
        assert user.groups.filter(name=role.name).exists()
    assert len(set(credentials.values())) == len(credentials)
    assert all(len(password) >= 16 for password in credentials.values())
    assert credentials_file.stat().st_mode & 0o077 == 0

    # Idempotent: a second run changes no row and keeps the passwords.
    first_counts = _row_counts()
    first_credentials = credentials_file.read_text()
    _seed()
    assert _row_counts() == first_counts
    assert credentials_file.read_text() == first_credentials


def test_a_lost_credentials_file_gets_new_passwords(settings, tmp_path):
    """Only the users' part of the demo (``portal.demo``) is seeded: passwords are its business."""
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "demo-credentials.txt"
    portal_demo.seed(lambda *args: None)
    first = read_credentials(settings.DEMO_CREDENTIALS_FILE)
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "otro.txt"
    portal_demo.seed(lambda *args: None)
    second = read_credentials(settings.DEMO_CREDENTIALS_FILE)
    assert set(first) == set(second) == {role.key for role in ROLES}
    assert all(first[key] != second[key] for key in first)
