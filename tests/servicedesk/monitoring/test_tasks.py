"""The Huey dispatcher (immediate mode in the test settings): due checks run once, a locked one is skipped."""

from datetime import timedelta

import pytest
from django.utils import timezone
from huey.contrib.djhuey import HUEY

from servicedesk.monitoring.models import Beat
from servicedesk.monitoring.tasks import dispatch, dispatch_due_checks, monitor_lock_name, run_monitor_check
from tests.servicedesk.monitoring.servers import http_server

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_huey():
    HUEY.storage.flush_all()
    yield
    HUEY.storage.flush_all()


def test_the_dispatcher_runs_the_due_checks_once_and_schedules_the_coming_ones(make_monitor):
    with http_server() as (_, base_url):
        first = make_monitor(name="Portal", url=f"{base_url}/", interval_seconds=300)
        make_monitor(name="Intranet", url=f"{base_url}/error", interval_seconds=300)
        later = make_monitor(name="Correo", url=f"{base_url}/", interval_seconds=300)
        later.next_due_at = timezone.now() + timedelta(minutes=10)
        later.save(update_fields=["next_due_at"])
        now = timezone.now()
        soon = make_monitor(name="Mesa", url=f"{base_url}/", interval_seconds=300)
        soon.next_due_at = now + timedelta(seconds=30)
        soon.save(update_fields=["next_due_at"])

        assert dispatch(now) == 3
        # A second dispatcher at the same instant (another consumer) finds every check claimed.
        assert dispatch(now) == 0

    assert sorted(Beat.objects.values_list("monitor__name", "status")) == [
        ("Intranet", "down"),
        ("Portal", "up"),
    ]
    assert [task.args[0] for task in HUEY.scheduled()] == [soon.pk]
    first.refresh_from_db()
    assert first.state == "up"
    assert first.next_due_at > now


def test_a_monitor_checked_more_often_than_a_minute_gets_each_of_its_checks_scheduled(make_monitor):
    monitor = make_monitor(url="http://127.0.0.1:9/", interval_seconds=30)
    now = monitor.next_due_at - timedelta(seconds=1)
    assert dispatch(now) == 3  # due in 1 s, 31 s and 61 s: all before the next run plus margin
    assert len(HUEY.scheduled()) == 3
    monitor.refresh_from_db()
    assert monitor.next_due_at == now + timedelta(seconds=91)


def test_the_periodic_task_dispatches(make_monitor):
    with http_server() as (_, base_url):
        make_monitor(url=f"{base_url}/")
        dispatch_due_checks.call_local()
    assert Beat.objects.filter(status="up").count() == 1


def test_a_check_whose_monitor_is_already_being_checked_is_skipped(make_monitor):
    monitor = make_monitor(url="http://127.0.0.1:9/")
    with HUEY.lock_task(monitor_lock_name(monitor.pk)):
        result = run_monitor_check(monitor.pk, monitor.next_due_at.isoformat())
    assert result() == "skipped"
    assert not Beat.objects.exists()
    assert not HUEY.is_locked(monitor_lock_name(monitor.pk))


def test_a_push_monitor_without_calls_goes_down_after_its_retries(make_monitor):
    monitor = make_monitor(kind="push", url="", interval_seconds=300, push_grace_seconds=60, retries=1)
    now = timezone.now()
    assert dispatch(now) == 0
    assert not Beat.objects.exists()

    now = monitor.next_due_at + timedelta(seconds=1)
    dispatch(now)
    dispatch(now)
    monitor.refresh_from_db()
    assert monitor.state == "pending"
    beat = Beat.objects.get()
    assert beat.message == "No llegó ningún latido en 360 s"

    dispatch(monitor.next_due_at + timedelta(seconds=1))
    monitor.refresh_from_db()
    assert monitor.state == "down"
    assert Beat.objects.filter(status="down").count() == 2
