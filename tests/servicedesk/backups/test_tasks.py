"""The Huey side: the minute's dispatcher starts what is due; a policy running is not started twice."""

from datetime import datetime
from unittest import mock

import pytest
from django.utils import timezone

from servicedesk.backups import tasks
from servicedesk.backups.locks import policy_lock
from servicedesk.backups.models import BackupRun

pytestmark = pytest.mark.django_db


def test_the_dispatcher_starts_the_policies_and_drills_due_this_minute(make_policy):
    nightly = make_policy(schedule="0 2 * * *", drill_schedule="30 4 * * 0")
    make_policy(name="Inactiva", schedule="0 2 * * *", active=False)
    make_policy(name="Mediodía", schedule="0 12 * * *")
    at_two = timezone.make_aware(datetime(2026, 12, 6, 2, 0, 30))  # a Sunday
    with (
        mock.patch.object(tasks, "run_backup_task") as run,
        mock.patch.object(tasks, "restore_drill_task") as drill,
        mock.patch.object(tasks.timezone, "now", return_value=at_two),
    ):
        assert tasks.dispatch_backups.call_local() == 1
        run.assert_called_once_with(nightly.pk)
        drill.assert_not_called()
    at_half_past_four = timezone.make_aware(datetime(2026, 12, 6, 4, 30))
    with (
        mock.patch.object(tasks, "run_backup_task") as run,
        mock.patch.object(tasks, "restore_drill_task") as drill,
        mock.patch.object(tasks.timezone, "now", return_value=at_half_past_four),
    ):
        assert tasks.dispatch_backups.call_local() == 0
        drill.assert_called_once_with(nightly.pk)


def test_a_trigger_while_the_policy_runs_is_skipped(make_policy):
    policy = make_policy()
    with policy_lock(policy.pk):
        assert tasks.run_backup_task.call_local(policy.pk) is None
    assert not BackupRun.objects.exists()
