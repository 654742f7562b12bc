"""Daily deadline reminders of the improvement plan and the risk treatment plans."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from governance.reminders import send_deadline_reminders
from portal.scheduler import record_heartbeat


@db_periodic_task(crontab(hour="6", minute="30"))
@lock_task("governance-deadline-reminders")
def deadline_reminders():
    run = send_deadline_reminders(today=timezone.localdate())
    record_heartbeat(
        "deadline-reminders",
        result=f"estados actualizados: {run.statuses_changed}; correos: {run.mails_sent}",
    )
    return run.mails_sent
