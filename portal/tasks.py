"""Platform jobs run by the Huey consumer: the periodic tick, and the mail every app queues."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from portal.mail import send_queued_mail
from portal.publishing import publish_scheduled_content
from portal.scheduler import record_heartbeat

# Defined with the helpers that queue it (portal.mail); named here so the consumer, which
# imports every app's ``tasks`` module, always knows it.
__all__ = ["scheduler_tick", "send_queued_mail"]


@db_periodic_task(crontab(minute="*"))
@lock_task("portal-scheduler-tick")
def scheduler_tick():
    """Every minute: scheduled publishing, then the heartbeat the dashboard shows."""
    run = publish_scheduled_content()
    record_heartbeat(result=str(run))
    return str(run)
