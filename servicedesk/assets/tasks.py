"""Inventory jobs run by the Huey consumer: reminders of overdue loans, every morning."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from servicedesk.assets.loans import remind_overdue_loans


@db_periodic_task(crontab(hour="7", minute="5"))
@lock_task("assets-overdue-loans")
def remind_overdue_loans_daily() -> int:
    return remind_overdue_loans()
