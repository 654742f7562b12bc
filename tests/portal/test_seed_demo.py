"""The demo users' passwords (the whole demo is checked in ``tests/demo/test_seed_demo.py``)."""

import pytest

from portal.demo import people as portal_demo
from portal.demo.people import read_credentials
from portal.roles import ROLES

pytestmark = pytest.mark.django_db


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
