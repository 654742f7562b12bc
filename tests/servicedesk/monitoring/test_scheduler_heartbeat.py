"""The portal's task scheduler pushes every minute to the push monitors that watch it."""

import pytest

from servicedesk.monitoring.tasks import scheduler_heartbeat

pytestmark = pytest.mark.django_db


def test_only_the_push_monitors_of_the_scheduler_get_its_heartbeat(make_monitor):
    watched = make_monitor(name="Programador de tareas", kind="push", url="", pushed_by_scheduler=True)
    backups = make_monitor(name="Copias nocturnas", kind="push", url="")
    paused = make_monitor(name="Pausado", kind="push", url="", pushed_by_scheduler=True, active=False)

    assert scheduler_heartbeat.call_local() == 1
    watched.refresh_from_db()
    assert watched.state == "up" and watched.beats.get().message == "Huey"
    assert not backups.beats.exists() and not paused.beats.exists()
