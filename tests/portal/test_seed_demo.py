"""The demo institute: complete, and idempotent."""

from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import authenticate
from django.core.management import call_command

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


def test_seed_demo_twice_changes_nothing(credentials_file):
    _seed()
    first_counts = _row_counts()
    first_credentials = credentials_file.read_text()
    _seed()
    assert _row_counts() == first_counts
    assert credentials_file.read_text() == first_credentials


def test_every_role_has_a_demo_user_who_can_sign_in(credentials_file):
    _seed()
    credentials = read_credentials(credentials_file)
    assert set(credentials) == {role.key for role in ROLES}
    for role in ROLES:
        user = authenticate(username=role.key, password=credentials[role.key])
        assert user is not None, role.key
        assert user.groups.filter(name=role.name).exists()


def test_passwords_are_generated_not_fixed(credentials_file, settings, tmp_path):
    _seed()
    first = read_credentials(credentials_file)
    assert len(set(first.values())) == len(first)
    assert all(len(password) >= 16 for password in first.values())
    # A lost credentials file gets new passwords rather than old ones guessed.
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "otro.txt"
    _seed()
    second = read_credentials(settings.DEMO_CREDENTIALS_FILE)
    assert all(first[key] != second[key] for key in first)


def test_credentials_file_is_private(credentials_file):
    _seed()
    assert credentials_file.stat().st_mode & 0o077 == 0


def test_demo_site_has_home_intranet_settings_and_process(client, credentials_file):
    _seed()
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
