"""Backup jobs run by the Huey consumer: the minute's dispatcher, a policy's run, a restore drill.

Every minute ``dispatch_backups`` starts the policies (and the drills) whose crontab names that
minute. A run holds the policy's Huey lock: a second trigger while it runs is refused, on this host
or another consumer's. When the consumer starts, the runs its previous process left unfinished are
marked "interrumpida" and their partial files removed.
"""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task, on_startup
from huey.exceptions import TaskLockedException

from servicedesk.backups.choices import Trigger
from servicedesk.backups.drills import DrillRefused, latest_run, run_drill
from servicedesk.backups.locks import policy_lock
from servicedesk.backups.models import BackupPolicy, BackupRun, Restoration
from servicedesk.backups.restores import RestoreRefused, carry_out, recover_interrupted_restorations
from servicedesk.backups.schedule import is_due
from servicedesk.backups.services import RunRefused, recover_interrupted, run_policy

logger = logging.getLogger(__name__)


@on_startup()
def recover_on_startup():
    recover_interrupted()
    recover_interrupted_restorations()


@db_periodic_task(crontab(minute="*"))
def dispatch_backups():
    """Every minute: start the policies and the drills due this minute."""
    now = timezone.now()
    started = 0
    for policy in BackupPolicy.objects.filter(active=True):
        if is_due(policy.schedule, now):
            run_backup_task(policy.pk)
            started += 1
        if policy.drill_schedule and is_due(policy.drill_schedule, now):
            restore_drill_task(policy.pk)
    return started


@db_task()
def run_backup_task(policy_id: int, trigger: str = Trigger.SCHEDULE, user_id: int | None = None):
    policy = BackupPolicy.objects.filter(pk=policy_id).first()
    if policy is None:
        return None
    try:
        with policy_lock(policy_id):
            run = run_policy(policy, trigger=trigger, user=_user(user_id))
    except (TaskLockedException, RunRefused):
        logger.info("Backup policy %s is already running: this trigger is skipped", policy_id)
        return None
    return run.pk


@db_task()
def restore_drill_task(policy_id: int, trigger: str = Trigger.SCHEDULE, user_id: int | None = None):
    policy = BackupPolicy.objects.filter(pk=policy_id).first()
    run = latest_run(policy) if policy else None
    if run is None:
        return None
    try:
        return run_drill(run, trigger=trigger, user=_user(user_id)).pk
    except DrillRefused:
        return None


@db_task()
def restore_drill_of_run_task(run_id: int, trigger: str = Trigger.MANUAL, user_id: int | None = None):
    run = BackupRun.objects.filter(pk=run_id).first()
    if run is None:
        return None
    try:
        return run_drill(run, trigger=trigger, user=_user(user_id)).pk
    except DrillRefused:
        return None


def _user(user_id):
    return get_user_model().objects.filter(pk=user_id).first() if user_id else None


@db_task()
def restore_task(restoration_id: int, user_id: int | None = None):
    """Run the restore of a restoration opened in the admin."""
    restoration = Restoration.objects.select_related("run__policy").filter(pk=restoration_id).first()
    if restoration is None:
        return None
    try:
        carry_out(restoration, user=_user(user_id))
    except RestoreRefused:
        logger.info("Restoration %s is already running or finished: this trigger is skipped", restoration_id)
        return None
    return restoration.status
