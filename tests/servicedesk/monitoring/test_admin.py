"""The "Plataforma" registers: monitors and maintenance windows in the admin, secrets kept out."""

from datetime import timedelta

import pytest
from django.utils import timezone

from servicedesk.monitoring.models import Beat, MaintenanceWindow, Monitor
from servicedesk.outages.services import end_outage, open_outage

pytestmark = pytest.mark.django_db

LIST = "/admin/monitoring/monitor/"


@pytest.fixture
def technician(client, user_with_role):
    client.force_login(user_with_role("tecnico"))
    return client


def _form(**values):
    data = {
        "name": "Portal web",
        "kind": "http",
        "url": "https://portal.instituto-demo.example/",
        "http_method": "GET",
        "expected_status_codes": "200-299",
        "keyword_mode": "present",
        "follow_redirects": "on",
        "request_headers": "{}",
        "tls_warning_days": "21",
        "tls_critical_days": "7",
        "interval_seconds": "60",
        "timeout_seconds": "10",
        "retries": "1",
        "push_grace_seconds": "60",
        "active": "on",
    }
    data.update(values)
    return data


def test_a_technician_adds_a_monitor_and_bad_input_is_refused_in_spanish(technician):
    response = technician.post(f"{LIST}create/", _form(url="ftp://portal", interval_seconds="5"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "URL" in html and "30" in html  # the URL and the interval (30 s at least) are refused
    assert not Monitor.objects.exists()

    response = technician.post(f"{LIST}create/", _form())
    assert response.status_code == 302
    monitor = Monitor.objects.get()
    assert monitor.next_due_at is not None and monitor.created_by.username == "demo-tecnico"


def test_secrets_stay_out_of_the_list_and_its_export(technician):
    Monitor.objects.create(
        name="API",
        kind="http",
        url="https://api.example/",
        request_headers={"Authorization": "Bearer s3cr3t"},
    )
    push = Monitor.objects.create(name="Copias nocturnas", kind="push")
    for url in (LIST, f"{LIST}?export=csv", f"{LIST}?export=xlsx"):
        response = technician.get(url)
        assert response.status_code == 200
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"s3cr3t" not in body and push.push_token.encode() not in body


def test_the_monitor_page_shows_uptime_latency_incidents_and_history(technician, desk):
    monitor = Monitor.objects.create(
        name="Portal web", kind="http", url="https://portal.instituto-demo.example/", service=desk.service
    )
    now = timezone.now()
    Beat.objects.bulk_create(
        Beat(
            monitor=monitor,
            checked_at=now - timedelta(minutes=n),
            status="down" if n in (3, 4) else "up",
            latency_ms=None if n in (3, 4) else 100 + n,
            late_by_ms={7: 12_000, 8: 31_500}.get(n, 40),
        )
        for n in range(1, 30)
    )
    open_outage(monitor, at=now - timedelta(minutes=4), message="HTTP 503")
    end_outage(monitor, at=now - timedelta(minutes=2))
    response = technician.get(f"{LIST}inspect/{monitor.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tiempo de respuesta, últimas 24 horas" in html
    assert 'id="latencia-datos"' in html and "Chequeos y tiempo de respuesta por hora" in html
    assert "93,10 %" in html  # 27 of 29 checks in the last 24 hours
    ticket = monitor.outages.get().ticket
    assert f"/admin/servicedesk/ticket/inspect/{ticket.pk}/" in html and "2 min" in html
    # Late checks are reported, not hidden: how many started over 10 s late, and the latest start.
    assert "2 chequeos empezaron más de 10 s después de su hora (el más tardío, 31,5 s)." in html


def test_a_monitor_whose_checks_start_on_time_says_so(technician):
    monitor = Monitor.objects.create(name="Portal", kind="http", url="https://portal.example/")
    Beat.objects.create(
        monitor=monitor, checked_at=timezone.now(), status="up", latency_ms=90, late_by_ms=850
    )
    html = technician.get(f"{LIST}inspect/{monitor.pk}/").content.decode()
    assert (
        "Todos los chequeos empezaron a tiempo (menos de 10 s después de su hora; el más tardío, 850 ms)."
    ) in html


def test_the_push_url_is_shown_to_who_manages_the_monitor_and_can_be_rotated(client, user_with_role):
    push = Monitor.objects.create(name="Copias nocturnas", kind="push")
    old = push.push_token
    page = f"{LIST}inspect/{push.pk}/"
    rotate = f"/admin/plataforma/monitores/{push.pk}/url-push/"

    client.force_login(user_with_role("gerente"))
    assert old not in client.get(page).content.decode()
    assert client.post(rotate).status_code == 403

    client.force_login(user_with_role("tecnico"))
    assert f"/monitoreo/push/{old}/" in client.get(page).content.decode()
    assert client.get(rotate).status_code == 405
    assert client.post(rotate).status_code == 302
    push.refresh_from_db()
    assert push.push_token != old
    assert client.get(f"/monitoreo/push/{old}/").status_code == 404


def test_only_a_push_monitor_has_a_push_url_to_rotate(technician):
    monitor = Monitor.objects.create(name="Portal", kind="http", url="https://portal.example/")
    response = technician.post(f"/admin/plataforma/monitores/{monitor.pk}/url-push/", follow=True)
    assert response.status_code == 200
    monitor.refresh_from_db()
    assert not monitor.push_token
    messages = [str(message) for message in response.context["messages"]]
    assert messages and "push" in messages[0].lower()
    assert technician.post("/admin/plataforma/monitores/999999/url-push/").status_code == 404


def test_a_maintenance_window_ends_after_it_starts(technician):
    monitor = Monitor.objects.create(name="Portal", kind="http", url="https://portal.example/")
    data = {
        "title": "Cambio de disco",
        "starts_at": "2026-12-05 22:00",
        "ends_at": "2026-12-05 21:00",
        "monitors": [monitor.pk],
        "reason": "Disco lleno",
    }
    response = technician.post("/admin/monitoring/maintenancewindow/create/", data)
    assert response.status_code == 200
    assert "posterior a su inicio" in response.content.decode()
    assert not MaintenanceWindow.objects.exists()
    data["ends_at"] = "2026-12-06 01:00"
    assert technician.post("/admin/monitoring/maintenancewindow/create/", data).status_code == 302
    assert list(MaintenanceWindow.objects.get().monitors.all()) == [monitor]
