"""Password-reset requests: limited per e-mail address and per client address, revealing nothing."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

RESET = "/admin/password_reset/"
DONE = "/admin/password_reset/done/"


@pytest.fixture
def person(ratelimit_clock):
    cache.clear()
    return UserFactory(username="ana", email="ana@instituto-demo.example", roles=["editor"])


def request_reset(email, address):
    return Client(REMOTE_ADDR=address).post(RESET, {"email": email})


def test_the_fourth_request_for_one_address_sends_no_mail_and_looks_the_same(person):
    for n in range(3):
        response = request_reset("ana@instituto-demo.example", f"198.51.100.{n}")
        assert (response.status_code, response["Location"]) == (302, DONE)
    assert len(mail.outbox) == 3
    # From yet another client, and written differently: the same address all the same.
    response = request_reset("ANA@instituto-demo.example ", "198.51.100.9")
    assert (response.status_code, response["Location"]) == (302, DONE)
    assert len(mail.outbox) == 3


def test_one_client_may_ask_ten_times_in_an_hour(person):
    for n in range(10):
        request_reset(f"nadie{n}@instituto-demo.example", "203.0.113.66")
    response = request_reset("ana@instituto-demo.example", "203.0.113.66")
    assert (response.status_code, response["Location"]) == (302, DONE)
    assert mail.outbox == []
    # Ana herself, from her own address, still gets her link.
    request_reset("ana@instituto-demo.example", "198.51.100.20")
    assert len(mail.outbox) == 1


def test_the_done_page_says_what_to_do_in_spanish(person):
    html = Client().get(DONE).content.decode()
    assert "Revise su correo" in html
    assert "mesa de servicios" in html
