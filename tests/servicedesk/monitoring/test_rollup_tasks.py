"""The roll-up tasks are known to the consumer and run the roll-ups (Huey in immediate mode)."""

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.utils import timezone

from portal.models import SchedulerHeartbeat
from servicedesk.monitoring import rollup_tasks
from servicedesk.monitoring.models import Rollup
from tests.servicedesk.monitoring.beats import add_beats


def test_the_consumer_knows_the_rollup_tasks_once_django_is_set_up():
    # A fresh process, as the consumer starts: MonitoringConfig.ready registers the tasks, since
    # the consumer itself imports ``tasks`` modules only.
    script = (
        "import django; django.setup(); from huey.contrib.djhuey import HUEY; "
        "print(sorted(HUEY._registry._registry))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    output = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout
    for name in ("rollup_hours", "rollup_days", "clean_up"):
        assert f"servicedesk.monitoring.rollup_tasks.{name}" in output


@pytest.mark.django_db
def test_the_tasks_roll_up_the_last_hours_and_days_and_clean_up(make_monitor):
    monitor = make_monitor()
    add_beats(monitor, timezone.now() - timedelta(days=3), ["up", "down"])

    rollup_tasks.rollup_hours()
    rollup_tasks.rollup_days()
    rollup_tasks.clean_up()

    assert set(Rollup.objects.values_list("period", flat=True)) == {"hour", "day"}
    assert not monitor.beats.exists()
    assert SchedulerHeartbeat.objects.filter(name__startswith="monitoring-").count() == 3
