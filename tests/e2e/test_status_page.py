"""The public status page in a real browser: the chart draws under the strict policy, axe finds nothing."""

from datetime import timedelta

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def status_url(live_server):
    from django.core.cache import cache
    from django.utils import timezone

    from servicedesk.monitoring.models import Beat, MaintenanceWindow, Monitor
    from tests.factories import build_site

    build_site()
    now = timezone.now()
    web = Monitor.objects.create(name="Portal web", kind="http", url="https://portal.example/", public=True)
    mail = Monitor.objects.create(name="Correo", kind="tcp", host="correo.example", port=25, public=True)
    for monitor, latency in ((web, 150), (mail, 20)):
        Beat.objects.bulk_create(
            Beat(
                monitor=monitor,
                checked_at=now - timedelta(minutes=n),
                status="down" if (monitor == mail and n < 4) else "up",
                latency_ms=None if (monitor == mail and n < 4) else latency + n % 7,
            )
            for n in range(1, 180)
        )
    Monitor.objects.filter(pk=web.pk).update(state="up")
    Monitor.objects.filter(pk=mail.pk).update(state="down")
    window = MaintenanceWindow.objects.create(
        title="Cambio de discos", starts_at=now + timedelta(days=2), ends_at=now + timedelta(days=2, hours=3)
    )
    window.monitors.add(web)
    cache.clear()
    return live_server.url


def test_the_status_page_draws_its_chart_and_meets_wcag(status_url, page, axe):
    response = page.goto(status_url + "/estado/")
    assert response.status == 200
    # The chart is drawn by the library (served by the portal, allowed by the public policy).
    drawn = "window.Chart && Chart.getChart(document.querySelector('canvas[data-status-chart]'))"
    page.wait_for_function(drawn)
    assert page.locator(".status-bars").count() == 2
    page.locator(".status-days summary").first.click()
    assert page.locator(".status-days table").first.is_visible()
    assert axe(page) == []
