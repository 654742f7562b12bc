"""Recording a check's result: beats, states with retries, history, maintenance, lateness."""

from datetime import timedelta

import pytest
from django.utils import timezone

from servicedesk.monitoring.models import Beat, MaintenanceWindow, StateChange
from servicedesk.monitoring.services import record_result
from servicedesk.monitoring.signals import monitor_state_changed
from tests.servicedesk.monitoring.conftest import probe_result

pytestmark = pytest.mark.django_db


@pytest.fixture
def announced():
    received = []

    def receiver(sender, **kwargs):
        received.append((kwargs["previous"], kwargs["state"]))

    monitor_state_changed.connect(receiver)
    yield received
    monitor_state_changed.disconnect(receiver)


def test_down_only_after_the_retries_and_up_again_on_success(
    make_monitor, announced, django_capture_on_commit_callbacks
):
    monitor = make_monitor(retries=2)
    start = timezone.now()
    states = []
    at = start
    for status in ["up", "down", "down", "down", "down", "up"]:
        with django_capture_on_commit_callbacks(execute=True):
            record_result(monitor, probe_result(status, message=f"resultado {status}"), at=at)
        states.append(monitor.state)
        at += timedelta(seconds=60)

    assert states == ["up", "pending", "pending", "down", "down", "up"]
    assert Beat.objects.filter(monitor=monitor).count() == 6
    changes = StateChange.objects.filter(monitor=monitor).order_by("at")
    history = list(changes.values_list("from_state", "to_state"))
    assert history == [("pending", "up"), ("up", "pending"), ("pending", "down"), ("down", "up")]
    assert announced == history
    monitor.refresh_from_db()
    assert monitor.failures_in_row == 0
    assert monitor.state_since == at - timedelta(seconds=60)
    assert monitor.next_due_at == at
    assert monitor.last_checked_at == at - timedelta(seconds=60)


def test_beats_keep_latency_message_and_lateness(make_monitor):
    monitor = make_monitor()
    due = monitor.next_due_at
    result = probe_result("down", latency_ms=None, message="x" * 400)
    beat = record_result(monitor, result, at=due + timedelta(seconds=3))
    assert beat.status == "down"
    assert beat.latency_ms is None
    assert len(beat.message) == 255
    assert beat.late_by_ms == 3000


def test_a_check_already_recorded_by_another_run_is_not_written_twice(make_monitor):
    monitor = make_monitor()
    due = monitor.next_due_at
    assert record_result(monitor, probe_result("up"), at=due, due_at=due) is not None
    assert record_result(monitor, probe_result("up"), at=due, due_at=due) is None
    assert Beat.objects.filter(monitor=monitor).count() == 1


def test_maintenance_mutes_failures_and_is_recorded_as_such(
    make_monitor, announced, django_capture_on_commit_callbacks
):
    monitor = make_monitor(retries=0)
    now = timezone.now()
    window = MaintenanceWindow.objects.create(
        title="Actualización del servidor",
        starts_at=now - timedelta(minutes=5),
        ends_at=now + timedelta(minutes=5),
    )
    window.monitors.add(monitor)
    with django_capture_on_commit_callbacks(execute=True):
        beat = record_result(monitor, probe_result("down"), at=now)
    assert beat.status == "maintenance"
    assert monitor.state == "maintenance"
    assert monitor.failures_in_row == 0
    assert announced == [("pending", "maintenance")]

    with django_capture_on_commit_callbacks(execute=True):
        record_result(monitor, probe_result("down"), at=now + timedelta(minutes=6))
    assert monitor.state == "down"


def test_no_history_row_when_the_state_stays(make_monitor):
    monitor = make_monitor()
    now = timezone.now()
    record_result(monitor, probe_result("up"), at=now)
    record_result(monitor, probe_result("up"), at=now + timedelta(seconds=60))
    assert StateChange.objects.filter(monitor=monitor).count() == 1


def test_a_paused_monitor_records_its_last_result_and_is_no_longer_due(make_monitor):
    monitor = make_monitor()
    monitor.active = False
    monitor.save()
    record_result(monitor, probe_result("down"), at=timezone.now())
    monitor.refresh_from_db()
    assert monitor.state == "paused"
    assert monitor.failures_in_row == 0
    assert monitor.next_due_at is None


def test_a_claimed_check_keeps_the_cadence_and_is_recorded_once(make_monitor):
    from servicedesk.monitoring.services import claim_due_check

    monitor = make_monitor(interval_seconds=60)
    due = monitor.next_due_at
    following = due + timedelta(seconds=60)
    assert claim_due_check(monitor, due, following)
    assert not claim_due_check(monitor, due, following)
    beat = record_result(monitor, probe_result("up"), at=due + timedelta(seconds=4), due_at=due)
    assert beat.late_by_ms == 4000
    monitor.refresh_from_db()
    assert monitor.next_due_at == following
    assert record_result(monitor, probe_result("up"), at=due + timedelta(seconds=5), due_at=due) is None
