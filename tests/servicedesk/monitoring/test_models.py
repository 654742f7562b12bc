"""A monitor's validation (Spanish messages, nothing saved) and its push token."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from servicedesk.monitoring.models import MaintenanceWindow, Monitor
from servicedesk.monitoring.services import rotate_push_token

pytestmark = pytest.mark.django_db


def errors_of(**values):
    monitor = Monitor(**{"name": "Chequeo", **values})
    with pytest.raises(ValidationError) as error:
        monitor.full_clean()
    assert not Monitor.objects.exists()
    return error.value.message_dict


def test_an_http_monitor_needs_an_http_or_https_url():
    assert "empiece por http:// o https://" in errors_of(kind="http", url="ftp://archivos.example/")["url"][0]
    assert "empiece por http://" in errors_of(kind="http", url="no es una url")["url"][0]
    assert "obligatorio" in errors_of(kind="http", url="")["url"][0]


def test_a_tcp_monitor_needs_a_valid_host_and_port():
    assert "dirección IP válida" in errors_of(kind="tcp", host="servidor con espacios", port=5432)["host"][0]
    assert "entre 1 y 65535" in errors_of(kind="tcp", host="db.example", port=70000)["port"][0]
    assert "entre 1 y 65535" in errors_of(kind="tcp", host="db.example", port=0)["port"][0]
    assert "obligatorio" in errors_of(kind="tls", host="portal.example")["port"][0]


def test_the_interval_is_between_30_seconds_and_a_day_and_the_timeout_below_it():
    url = "https://portal.example/"
    for interval in (10, 90000):
        errors = errors_of(kind="http", url=url, interval_seconds=interval)
        assert "entre 30 segundos y 24 horas" in errors["interval_seconds"][0]
    too_long = errors_of(kind="http", url=url, interval_seconds=30, timeout_seconds=30)
    assert "menor que el intervalo" in too_long["timeout_seconds"][0]


def test_expected_status_codes_and_headers_are_checked():
    url = "https://portal.example/"
    assert (
        "Códigos de estado no válidos"
        in errors_of(kind="http", url=url, expected_status_codes="2xx")["expected_status_codes"][0]
    )
    assert "objeto JSON" in errors_of(kind="http", url=url, request_headers=["Accept"])["request_headers"][0]


def test_a_valid_monitor_is_pending_and_due_at_once(make_monitor):
    monitor = make_monitor(kind="tcp", url="", host="127.0.0.1", port=5432)
    assert monitor.state == "pending"
    assert monitor.next_due_at is not None
    assert monitor.next_due_at <= timezone.now()
    assert monitor.push_token is None
    assert (monitor.tls_warning_days, monitor.tls_critical_days) == (21, 7)


def test_an_inactive_monitor_starts_paused_and_is_never_due(make_monitor):
    monitor = make_monitor(active=False)
    assert monitor.state == "paused"
    assert monitor.next_due_at is None


def test_a_push_monitor_gets_an_unguessable_unique_token_that_can_be_rotated(make_monitor):
    first = make_monitor(name="Programador Huey", kind="push", url="", interval_seconds=60)
    second = make_monitor(name="Sincronización GLPI", kind="push", url="")
    assert len(first.push_token) >= 43
    assert first.push_token != second.push_token
    assert first.next_due_at > timezone.now() + timedelta(seconds=100)

    old = first.push_token
    new = rotate_push_token(first)
    first.refresh_from_db()
    assert first.push_token == new != old
    assert not Monitor.objects.filter(push_token=old).exists()


def test_only_push_monitors_have_a_token(make_monitor):
    monitor = make_monitor()
    with pytest.raises(ValidationError):
        rotate_push_token(monitor)
    assert monitor.push_token is None


def test_a_maintenance_window_ends_after_it_starts():
    now = timezone.now()
    window = MaintenanceWindow(title="Cambio de servidor", starts_at=now, ends_at=now)
    with pytest.raises(ValidationError) as error:
        window.full_clean()
    assert "posterior a su inicio" in error.value.message_dict["ends_at"][0]


def test_due_monitors_are_the_active_ones_past_their_time_oldest_first(make_monitor):
    now = timezone.now()
    late = make_monitor(name="Atrasado")
    later = make_monitor(name="Más atrasado")
    make_monitor(name="Pausado", active=False)
    make_monitor(name="Latido", kind="push", url="")
    Monitor.objects.filter(pk=late.pk).update(next_due_at=now - timedelta(seconds=5))
    Monitor.objects.filter(pk=later.pk).update(next_due_at=now - timedelta(seconds=50))
    assert list(Monitor.objects.due(now)) == [later, late]
