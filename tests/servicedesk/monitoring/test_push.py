"""The push URL: a call records UP; unknown tokens, paused monitors and bad pings are refused."""

import logging

import pytest

from servicedesk.monitoring.models import Beat
from servicedesk.monitoring.services import rotate_push_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def push_monitor(make_monitor):
    return make_monitor(kind="push", url="", interval_seconds=300)


def push_url(token):
    return f"/monitoreo/push/{token}/"


def test_a_call_records_an_up_heartbeat_with_message_and_latency(client, push_monitor):
    response = client.get(push_url(push_monitor.push_token), {"msg": "Copia terminada", "ping": "42"})
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    beat = Beat.objects.get()
    assert (beat.status, beat.message, beat.latency_ms) == ("up", "Copia terminada", 42)
    push_monitor.refresh_from_db()
    assert push_monitor.state == "up"


def test_a_post_without_csrf_token_and_a_long_message_are_accepted(push_monitor):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(push_url(push_monitor.push_token), {"msg": "x" * 5000})
    assert response.status_code == 200
    assert len(Beat.objects.get().message) == 255


def test_an_unknown_or_rotated_token_is_a_plain_404_not_logged(client, push_monitor, caplog):
    old = push_monitor.push_token
    rotate_push_token(push_monitor)
    with caplog.at_level(logging.INFO, logger="django.request"):
        for token in (old, "x" * 500, "desconocido"):
            response = client.get(push_url(token))
            assert response.status_code == 404
            assert response["Content-Type"].startswith("text/plain")
    assert not Beat.objects.exists()
    assert old not in caplog.text


def test_a_paused_monitor_answers_409_and_records_nothing(client, push_monitor):
    push_monitor.active = False
    push_monitor.save()
    response = client.post(push_url(push_monitor.push_token))
    assert response.status_code == 409
    assert response.json()["ok"] is False
    assert not Beat.objects.exists()


@pytest.mark.parametrize("ping", ["rápido", "-1", "nan", "inf", "1e12"])
def test_a_bad_ping_is_refused_in_spanish(client, push_monitor, ping):
    response = client.get(push_url(push_monitor.push_token), {"ping": ping})
    assert response.status_code == 400
    assert "milisegundos" in response.json()["msg"]
    assert not Beat.objects.exists()


def test_an_http_monitor_has_no_push_url(client, make_monitor):
    monitor = make_monitor()
    assert monitor.push_token is None
    assert client.get(push_url("None")).status_code == 404
