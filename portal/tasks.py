"""Periodic platform jobs run by the Huey consumer."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from portal.publishing import publish_scheduled_content
from portal.scheduler import record_heartbeat


@db_periodic_task(crontab(minute="*"))
@lock_task("portal-scheduler-tick")
def scheduler_tick():
    """Every minute: scheduled publishing, then the heartbeat the dashboard shows."""
    run = publish_scheduled_content()
    record_heartbeat(result=str(run))
    return str(run)
