"""Inventory jobs run by the Huey consumer: reminders of overdue loans every morning; maintenance
occurrences scheduled ahead every night; the week's maintenance mailed on Monday morning.

Huey reads crontabs in UTC: Bogotá is UTC-5 all year, so 12:05 UTC is 07:05 in the institute."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from servicedesk.assets.loans import remind_overdue_loans
from servicedesk.assets.maintenance import mail_weekly_summary, schedule_occurrences


@db_periodic_task(crontab(hour="12", minute="5"))  # 07:05 in Bogotá
@lock_task("assets-overdue-loans")
def remind_overdue_loans_daily() -> int:
    return remind_overdue_loans()


@db_periodic_task(crontab(hour="7", minute="40"))  # 02:40 in Bogotá
@lock_task("assets-maintenance-schedule")
def schedule_maintenance_nightly() -> int:
    return schedule_occurrences()


@db_periodic_task(crontab(day_of_week="1", hour="12", minute="0"))  # Monday 07:00 in Bogotá
@lock_task("assets-maintenance-week")
def mail_maintenance_week() -> int:
    return mail_weekly_summary()
