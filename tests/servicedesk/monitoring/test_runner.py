"""One check of a monitor against real local servers: the probe chosen by kind, the result recorded."""

import logging
from datetime import timedelta

import pytest
from django.utils import timezone

from servicedesk.monitoring.models import Beat
from servicedesk.monitoring.runner import probe, run_check
from tests.servicedesk.monitoring.servers import closed_port, dns_server, http_server

pytestmark = pytest.mark.django_db


def test_an_http_monitor_up_records_an_up_beat_and_state(make_monitor):
    with http_server() as (_, base_url):
        monitor = make_monitor(url=f"{base_url}/", keyword="Bienvenido")
        beat = run_check(monitor.pk, due_at=monitor.next_due_at)
    assert beat.status == "up"
    assert beat.message == "HTTP 200"
    monitor.refresh_from_db()
    assert monitor.state == "up"
    assert monitor.last_checked_at == beat.checked_at


def test_an_http_monitor_with_an_unexpected_status_goes_down(make_monitor):
    with http_server() as (_, base_url):
        monitor = make_monitor(url=f"{base_url}/error", retries=0)
        beat = run_check(monitor.pk, due_at=monitor.next_due_at)
    assert beat.status == "down"
    assert "503" in beat.message
    monitor.refresh_from_db()
    assert monitor.state == "down"


def test_a_closed_port_is_down_and_a_second_run_for_the_same_due_time_writes_nothing(make_monitor):
    with closed_port() as port:
        monitor = make_monitor(kind="tcp", url="", host="127.0.0.1", port=port, retries=0)
        due = monitor.next_due_at
        beat = run_check(monitor.pk, due_at=due)
        assert run_check(monitor.pk, due_at=due) is None
    assert beat.message == "Conexión rechazada"
    assert Beat.objects.filter(monitor=monitor).count() == 1
    monitor.refresh_from_db()
    assert monitor.state == "down"


def test_a_dns_monitor_asks_its_own_server(make_monitor, monkeypatch):
    with dns_server({"intranet.example": {"A": ["10.0.0.5"]}}) as (host, port):
        monkeypatch.setattr("servicedesk.monitoring.runner.DNS_PORT", port)
        monitor = make_monitor(
            kind="dns", url="", host="intranet.example", dns_server=host, dns_expected_address="10.0.0.5"
        )
        result = probe(monitor)
    assert result.up, result.message


def test_a_late_check_is_logged_and_its_lateness_kept(make_monitor, caplog):
    with http_server() as (_, base_url):
        monitor = make_monitor(url=f"{base_url}/")
        due = timezone.now() - timedelta(seconds=30)
        with caplog.at_level(logging.WARNING, logger="servicedesk.monitoring.runner"):
            beat = run_check(monitor.pk, due_at=due)
    assert beat.late_by_ms >= 30_000
    assert any("ms after its due time" in record.getMessage() for record in caplog.records)


def test_a_push_paused_or_deleted_monitor_is_not_probed(make_monitor):
    monitor = make_monitor(kind="push", url="")
    paused = make_monitor(url="http://127.0.0.1:9/", active=False)
    assert run_check(monitor.pk) is None
    assert run_check(paused.pk) is None
    assert run_check(monitor.pk + 1000) is None
    assert not Beat.objects.exists()
