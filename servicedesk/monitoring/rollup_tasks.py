"""Huey periodic tasks of the roll-ups: hourly rows, daily rows, retention.

The consumer imports ``<app>.tasks`` modules only; ``MonitoringConfig.ready`` imports this module so
the tasks are registered in every process. Huey's crontabs run on UTC, so the daily roll-up runs
every hour: it writes a day once that local day is complete (the first run after local midnight)
and otherwise only re-counts the last day, which keeps it right for any ``TIME_ZONE`` and lets it
catch up after the consumer was down.
"""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from portal.scheduler import record_heartbeat
from servicedesk.monitoring.rollups import delete_old_beats, delete_old_rollups, roll_up_days, roll_up_hours

HOURLY = "monitoring-rollup-hours"
DAILY = "monitoring-rollup-days"
CLEAN_UP = "monitoring-clean-up"


@db_periodic_task(crontab(minute="5"))
@lock_task(HOURLY)
def rollup_hours():
    """A few minutes past each hour: the hourly roll-ups of the hours just completed."""
    written = roll_up_hours(until=timezone.now())
    record_heartbeat(HOURLY, result=f"resúmenes por hora escritos: {written}")
    return written


@db_periodic_task(crontab(minute="20"))
@lock_task(DAILY)
def rollup_days():
    """After the hourly roll-up: the daily roll-ups of the complete local days."""
    written = roll_up_days(until=timezone.now())
    record_heartbeat(DAILY, result=f"resúmenes por día escritos: {written}")
    return written


@db_periodic_task(crontab(minute="35"))
@lock_task(CLEAN_UP)
def clean_up():
    """Raw beats past 48 hours (once rolled up) and hourly roll-ups past their retention."""
    now = timezone.now()
    beats = delete_old_beats(now=now)
    rollups = delete_old_rollups(now=now)
    record_heartbeat(CLEAN_UP, result=f"resultados borrados: {beats}; resúmenes por hora borrados: {rollups}")
    return beats
