"""Retention as restic's forget applies it: the newest copy of each of the newest n periods."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from servicedesk.backups.models import BackupRun
from servicedesk.backups.retention import select
from servicedesk.backups.services import run_policy


def _nightly(days: int, *, start=datetime(2026, 12, 2, 2, 0)):
    """One copy a night at 2:00 for ``days`` nights ending on ``start``, ids 1 (newest) up."""
    first = timezone.make_aware(start)
    return [(n + 1, first - timedelta(days=n)) for n in range(days)]


def test_last_keeps_the_newest():
    keep, delete = select(_nightly(5), {"last": 2})
    assert (keep, delete) == ([1, 2], [3, 4, 5])


def test_daily_weekly_monthly_yearly_keep_the_newest_of_each_period():
    copies = _nightly(400)
    keep, delete = select(copies, {"daily": 7, "weekly": 4, "monthly": 12, "yearly": 2})
    kept = {pk: at for pk, at in copies if pk in keep}
    assert [pk for pk in keep if pk <= 7] == [1, 2, 3, 4, 5, 6, 7]  # the last seven nights
    # Four ISO weeks: this week's newest (id 1) and the Sundays before it (29 Nov, 22 Nov, 15 Nov).
    sundays = sorted(at.date().isoformat() for at in kept.values() if at.weekday() == 6)[-3:]
    assert sundays == ["2026-11-15", "2026-11-22", "2026-11-29"]
    # Twelve months: the last night of each month back to January 2026 (and December's newest).
    month_ends = {at.date().isoformat() for at in kept.values() if (at + timedelta(days=1)).day == 1}
    assert {"2026-01-31", "2026-06-30", "2026-11-30"} <= month_ends
    # Two years: 2026's newest (id 1) and 2025's last night.
    assert any(at.date().isoformat() == "2025-12-31" for at in kept.values())
    assert len(keep) + len(delete) == 400 and not set(keep) & set(delete)
    assert len(keep) == len(set(keep)) < 30


def test_a_rule_of_zeros_never_deletes_every_copy():
    assert select(_nightly(3), {"last": 0, "daily": 0}) == ([1, 2, 3], [])
    assert select([], {"last": 3}) == ([], [])


@pytest.mark.django_db
def test_a_run_deletes_the_copies_its_policy_no_longer_keeps(make_policy, media):
    policy = make_policy(
        include_portal_database=False, keep_last=2, keep_daily=0, keep_weekly=0, keep_monthly=0, keep_yearly=0
    )
    now = timezone.now()
    runs = [run_policy(policy, now=now - timedelta(hours=3 - n)) for n in range(3)]
    oldest = BackupRun.objects.get(pk=runs[0].pk)
    assert oldest.pruned_at is not None and not Path(oldest.folder).exists()
    assert [Path(run.folder).exists() for run in runs[1:]] == [True, True]
    assert "Retención: 1 copia(s) antigua(s) eliminada(s)." in runs[2].log


@pytest.mark.django_db
def test_the_policy_page_previews_a_rule_without_saving_or_deleting(client, user_with_role, make_policy):
    policy = make_policy(keep_last=3, keep_daily=0, keep_weekly=0, keep_monthly=0, keep_yearly=0)
    for pk, at in _nightly(5):
        BackupRun.objects.create(
            policy=policy, status="exitosa", started_at=at, finished_at=at, folder=f"/x/{pk}"
        )
    client.force_login(user_with_role("auditor"))
    page = f"/admin/backups/backuppolicy/inspect/{policy.pk}/"
    assert "Se conservarían 3 copia(s) y se eliminarían 2." in client.get(page).content.decode()
    html = client.get(page, {"ultimas": "1", "diarias": "2"}).content.decode()
    assert "Se conservarían 2 copia(s) y se eliminarían 3." in html
    assert "La política no cambió" in html and "2026-11-28 02:00" in html
    bad = client.get(page, {"ultimas": "-4"}).content.decode()
    assert "Cada número debe ser un entero de 0 a 1000" in bad
    policy.refresh_from_db()
    assert policy.keep_last == 3 and not BackupRun.objects.filter(pruned_at__isnull=False).exists()


@pytest.mark.django_db
def test_a_problem_while_pruning_never_turns_a_complete_copy_into_a_failure(make_policy, media, monkeypatch):
    def refuse(policy, **kwargs):
        raise OSError("disco de solo lectura")

    monkeypatch.setattr("servicedesk.backups.services.apply_retention", refuse)
    run = run_policy(make_policy(include_portal_database=False))
    run.refresh_from_db()
    assert run.status == "exitosa" and run.phase == "terminada"
    assert "Error: disco de solo lectura" in run.log
