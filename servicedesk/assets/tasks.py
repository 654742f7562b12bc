"""Inventory jobs run by the Huey consumer: reminders of overdue loans every morning; maintenance
occurrences scheduled ahead every night; the week's maintenance mailed on Monday morning."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from servicedesk.assets.loans import remind_overdue_loans
from servicedesk.assets.maintenance import mail_weekly_summary, schedule_occurrences


@db_periodic_task(crontab(hour="7", minute="5"))
@lock_task("assets-overdue-loans")
def remind_overdue_loans_daily() -> int:
    return remind_overdue_loans()


@db_periodic_task(crontab(hour="2", minute="40"))
@lock_task("assets-maintenance-schedule")
def schedule_maintenance_nightly() -> int:
    return schedule_occurrences()


@db_periodic_task(crontab(day_of_week="1", hour="7", minute="0"))
@lock_task("assets-maintenance-week")
def mail_maintenance_week() -> int:
    return mail_weekly_summary()
