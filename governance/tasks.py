"""Huey discovers ``<app>.tasks``: the daily deadline reminders (improvement plan and risk treatment,
both topics, so they live here) and the tasks the topics keep in their sub-packages."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from governance.planning.tasks import close_indicator_periods
from governance.reminders import send_deadline_reminders
from portal.scheduler import record_heartbeat

__all__ = ["close_indicator_periods", "deadline_reminders"]


@db_periodic_task(crontab(hour="6", minute="30"))
@lock_task("governance-deadline-reminders")
def deadline_reminders():
    run = send_deadline_reminders(today=timezone.localdate())
    record_heartbeat(
        "deadline-reminders",
        result=f"estados actualizados: {run.statuses_changed}; correos: {run.mails_sent}",
    )
    return run.mails_sent
