"""Monitoring jobs run by the Huey consumer: the dispatcher of due checks and one check.

Every minute ``dispatch_due_checks`` takes the checks due within the next minute
(``DISPATCH_HORIZON``) and schedules one ``run_monitor_check`` task each at its due time, so a
check starts on time although the dispatcher only runs once a minute; the consumer's workers
bound how many checks run at once. Each due check is first claimed with a conditional UPDATE
(``claim_due_check``): with several consumers (RedisHuey on several hosts) every one runs the
dispatcher, and only the one whose claim changed the row schedules the check. A check of one
monitor never overlaps another run of the same monitor: it runs under a Huey lock named after
the monitor and is skipped when the lock is held. A push monitor whose deadline passed without
a call gets a DOWN result from the dispatcher itself (nothing to probe).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import HUEY, db_periodic_task, db_task
from huey.exceptions import TaskLockedException

from servicedesk.monitoring.choices import MonitorKind
from servicedesk.monitoring.models import Monitor
from servicedesk.monitoring.runner import run_check
from servicedesk.monitoring.schedule import next_due_after_claim
from servicedesk.monitoring.services import claim_due_check, record_heartbeat, record_missed_heartbeat

logger = logging.getLogger(__name__)

#: The dispatcher runs every minute and schedules the checks due before its next run (and a
#: little margin, should the next run start late).
DISPATCH_HORIZON = timedelta(seconds=65)


def monitor_lock_name(monitor_id: int) -> str:
    return f"monitor-{monitor_id}"


@db_periodic_task(crontab(minute="*"))
def dispatch_due_checks():
    """Every minute: schedule the checks due within the next minute; push deadlines missed → DOWN."""
    return dispatch(timezone.now())


def dispatch(now: datetime) -> int:
    """Claim and schedule the checks due until ``now`` + ``DISPATCH_HORIZON``; the number scheduled."""
    until = now + DISPATCH_HORIZON
    scheduled = 0
    for monitor in Monitor.objects.due(until):
        if monitor.kind == MonitorKind.PUSH:
            due = monitor.next_due_at
            if due <= now and claim_due_check(monitor, due, monitor.due_after(now)):
                record_missed_heartbeat(monitor, at=now, due_at=due)
            continue
        due = monitor.next_due_at
        # A monitor checked more often than the horizon has several checks in it.
        while due <= until:
            following = next_due_after_claim(due, now, monitor.interval_seconds)
            if not claim_due_check(monitor, due, following):
                break
            delay = (due - now).total_seconds()
            if delay > 0:
                run_monitor_check.schedule((monitor.pk, due.isoformat()), delay=delay)
            else:
                run_monitor_check(monitor.pk, due.isoformat())
            scheduled += 1
            due = following
    return scheduled


@db_periodic_task(crontab(minute="*"))
def scheduler_heartbeat():
    """Every minute: the portal's own task scheduler calls the push monitors that watch it."""
    now = timezone.now()
    monitors = Monitor.objects.filter(kind=MonitorKind.PUSH, active=True, pushed_by_scheduler=True)
    return sum(record_heartbeat(monitor, at=now, message="Huey") is not None for monitor in monitors)


@db_task()
def run_monitor_check(monitor_id: int, due_at_iso: str):
    """Run the check of ``monitor_id`` due at ``due_at_iso``, unless a run of it is under way."""
    due_at = datetime.fromisoformat(due_at_iso)
    try:
        with HUEY.lock_task(monitor_lock_name(monitor_id)):
            beat = run_check(monitor_id, due_at=due_at)
    except TaskLockedException:
        logger.info("Monitor %s: a check is running; the one due at %s is skipped", monitor_id, due_at_iso)
        return "skipped"
    return "recorded" if beat is not None else "not recorded"
