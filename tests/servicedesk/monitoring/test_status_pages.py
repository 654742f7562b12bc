"""The status pages: public /estado/ (monitors marked public) and the staff's /intranet/estado/."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from servicedesk.monitoring.models import Beat, MaintenanceWindow, Monitor, Rollup
from servicedesk.outages.services import open_outage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def _watched(name, *, public=True, service=None, down_days=()):
    monitor = Monitor.objects.create(
        name=name, kind="http", url="https://portal.example/", public=public, service=service
    )
    now = timezone.now()
    today = timezone.localdate()
    Rollup.objects.bulk_create(
        Rollup(
            monitor=monitor,
            period="day",
            period_start=timezone.make_aware(
                timezone.datetime.combine(today - timedelta(days=n), timezone.datetime.min.time())
            ),
            up_count=1440 - (30 if n in down_days else 0),
            down_count=30 if n in down_days else 0,
        )
        for n in range(2, 60)
    )
    Beat.objects.bulk_create(
        Beat(monitor=monitor, checked_at=now - timedelta(minutes=n), status="up", latency_ms=120)
        for n in range(1, 90)
    )
    Monitor.objects.filter(pk=monitor.pk).update(state="up")
    return monitor


def test_the_public_page_shows_the_public_monitors_with_their_bars_and_no_ticket(client, demo_site, desk):
    web = _watched("Portal web", service=desk.service, down_days=(5,))
    _watched("Servidor de correo interno", public=False)
    open_outage(web, at=timezone.now() - timedelta(minutes=3), message="HTTP 503")
    Monitor.objects.filter(pk=web.pk).update(state="down")
    ticket = web.outages.get().ticket

    response = client.get("/estado/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Portal web" in html and "Servidor de correo interno" not in html
    assert html.count('class="status-bar ') == 90
    assert "Incidentes en curso" in html and "Hay servicios caídos." in html
    assert ticket.number not in html, "the public page names no internal ticket"
    assert 'id="tiempos-datos"' in html and "Tiempo medio de respuesta por hora (ms)" in html
    assert "Soporte a equipos de cómputo" in html


def test_the_intranet_page_is_for_staff_and_shows_every_monitor(client, demo_site, user_with_role):
    _watched("Portal web")
    _watched("Servidor de correo interno", public=False)
    response = client.get("/intranet/estado/")
    assert response.status_code == 302 and "/cuenta/ingresar/" in response["Location"]
    client.force_login(user_with_role("funcionario"))
    html = client.get("/intranet/estado/").content.decode()
    assert "Portal web" in html and "Servidor de correo interno" in html


def test_an_incident_shows_the_desk_s_public_updates_and_never_its_internal_notes(
    client, demo_site, desk, user_with_role
):
    from servicedesk.tickets import services as tickets

    web = _watched("Portal web", service=desk.service)
    open_outage(web, at=timezone.now() - timedelta(minutes=30), message="HTTP 503")
    Monitor.objects.filter(pk=web.pk).update(state="down")
    ticket = web.outages.get().ticket
    technician = user_with_role("tecnico")
    tickets.comment(ticket=ticket, author=technician, body="Reiniciamos el servidor de aplicaciones.")
    tickets.comment(ticket=ticket, author=technician, body="Clave del servidor: xyz", internal=True)

    for url in ("/estado/", "/intranet/estado/"):
        cache.clear()
        client.force_login(technician)
        html = client.get(url).content.decode()
        assert "Actualizaciones del incidente de Portal web" in html, url
        assert "Reiniciamos el servidor de aplicaciones." in html, url
        assert "Clave del servidor" not in html, url


def test_planned_maintenance_is_announced(client, demo_site):
    web = _watched("Portal web")
    start = timezone.now() + timedelta(days=3)
    window = MaintenanceWindow.objects.create(
        title="Cambio de discos", starts_at=start, ends_at=start + timedelta(hours=4)
    )
    window.monitors.add(web)
    html = client.get("/estado/").content.decode()
    assert "Mantenimiento programado" in html and "Cambio de discos" in html


@pytest.mark.parametrize("monitors", [1, 12])
def test_the_page_costs_the_same_queries_for_1_or_12_monitors_and_is_cached(
    client, demo_site, monitors, django_assert_max_num_queries
):
    for n in range(monitors):
        _watched(f"Monitor {n}")
    with django_assert_max_num_queries(22):
        assert client.get("/estado/").status_code == 200
    with django_assert_max_num_queries(8):  # the shell only: the status comes from the cache
        assert client.get("/estado/").status_code == 200
