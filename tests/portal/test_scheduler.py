"""Scheduled publishing from Huey and the heartbeat the dashboard shows."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from portal.models import SchedulerHeartbeat
from portal.scheduler import SCHEDULER_TICK, scheduler_status_at
from portal.tasks import scheduler_tick
from tests.factories import UserFactory
from website.models import HomePage

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("America/Bogota"))
STALE = timedelta(minutes=3)


def test_never_ticked_scheduler_is_not_alive():
    status = scheduler_status_at(None, now=NOW, stale_after=STALE)
    assert not status.alive
    assert status.age is None


def test_recent_tick_is_alive_and_old_tick_is_not():
    assert scheduler_status_at(NOW - timedelta(minutes=1), now=NOW, stale_after=STALE).alive
    assert scheduler_status_at(NOW - STALE, now=NOW, stale_after=STALE).alive
    old = scheduler_status_at(NOW - timedelta(minutes=4), now=NOW, stale_after=STALE)
    assert not old.alive
    assert old.age == timedelta(minutes=4)


def test_a_tick_from_a_clock_ahead_never_has_negative_age():
    status = scheduler_status_at(NOW + timedelta(seconds=5), now=NOW, stale_after=STALE)
    assert status.alive
    assert status.age == timedelta(0)


@pytest.mark.django_db
def test_tick_publishes_scheduled_pages_and_records_a_heartbeat(demo_site):
    home = HomePage.objects.get()
    from wagtail.models import Page

    page = Page(title="Aviso programado", slug="aviso", live=False)
    home.add_child(instance=page)
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save()

    scheduler_tick()  # immediate mode: runs in-process

    page.refresh_from_db()
    assert page.live
    beat = SchedulerHeartbeat.objects.get(name=SCHEDULER_TICK)
    assert timezone.now() - beat.last_beat_at < timedelta(seconds=30)
    assert beat.last_result == "publicados: 1; vencidos: 0"


@pytest.mark.django_db
def test_dashboard_says_when_the_scheduler_is_stopped(client):
    client.force_login(UserFactory(roles=["tecnico"]))
    SchedulerHeartbeat.objects.create(name=SCHEDULER_TICK, last_beat_at=timezone.now() - timedelta(hours=2))
    html = client.get("/admin/").content.decode()
    assert 'data-scheduler-alive="false"' in html
    assert "detenido" in html


@pytest.mark.django_db
def test_dashboard_says_when_the_scheduler_is_alive(client):
    client.force_login(UserFactory(roles=["gerente"]))
    scheduler_tick()
    html = client.get("/admin/").content.decode()
    assert 'data-scheduler-alive="true"' in html


@pytest.mark.django_db
def test_editors_do_not_get_the_platform_panel(client):
    client.force_login(UserFactory(roles=["editor"]))
    assert "data-scheduler-alive" not in client.get("/admin/").content.decode()
