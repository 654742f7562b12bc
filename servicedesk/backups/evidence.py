"""Backups as evidence of a risk control (offered to governance by the
``register_control_evidence_sources`` hook, see docs/architecture.md), and as indicator sources.

One evidence source per policy: for the period asked, how many of its runs succeeded, and its
latest restore drill up to the period's end (result, measured RTO and RPO), linked to the
policy's page where an auditor reads the runs and drills themselves.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import partial

from django.db import DatabaseError
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from servicedesk.backups.choices import DrillStatus, RunStatus
from servicedesk.backups.models import BackupPolicy, BackupRun, RestoreDrill
from servicedesk.monitoring.periods import day_start

FINISHED = (RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.INTERRUPTED)


def _bounds(start: date, end: date):
    return day_start(start), day_start(end + timedelta(days=1))


def describe_policy(start: date, end: date, *, policy_id: int) -> tuple[str, str]:
    """What the runs and drills of a policy show from ``start`` to ``end`` (local days, included)."""
    since, until = _bounds(start, end)
    counts = BackupRun.objects.filter(
        policy_id=policy_id, started_at__gte=since, started_at__lt=until, status__in=FINISHED
    ).aggregate(total=Count("pk"), good=Count("pk", filter=Q(status=RunStatus.SUCCEEDED)))
    period = {"start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}"}
    summary = gettext("%(good)s de %(total)s copias exitosas del %(start)s al %(end)s.") % {
        **counts,
        **period,
    }
    drill = (
        RestoreDrill.objects.filter(run__policy_id=policy_id, started_at__lt=until)
        .exclude(status=DrillStatus.RUNNING)
        .order_by("-started_at")
        .first()
    )
    if drill is None:
        summary += " " + gettext("Ningún simulacro de restauración todavía.")
    else:
        summary += " " + gettext(
            "Último simulacro de restauración: %(status)s el %(at)s "
            "(restaurada en %(rto)s s; copia de hace %(rpo)s h)."
        ) % {
            "status": drill.get_status_display().lower(),
            "at": f"{timezone.localtime(drill.started_at):%Y-%m-%d}",
            "rto": number_format(drill.rto_seconds or 0, 1),
            "rpo": number_format((drill.rpo_seconds or 0) / 3600, 1),
        }
    return summary, reverse("backups_backuppolicy_modeladmin_inspect", args=[policy_id])


def control_evidence_sources():
    """``(key, label, describe)`` of each backup policy (none before the first ``migrate``)."""
    try:
        policies = list(BackupPolicy.objects.order_by("name").values_list("pk", "name"))
    except DatabaseError:
        return []
    return [
        (
            BackupPolicy(pk=pk).evidence_source,
            gettext("Copias y simulacros de la política «%(name)s»") % {"name": name},
            partial(describe_policy, policy_id=pk),
        )
        for pk, name in policies
    ]


def run_success(start: date, end: date) -> tuple[Decimal, Decimal]:
    """Successful runs over finished runs, all policies, in the period."""
    since, until = _bounds(start, end)
    counts = BackupRun.objects.filter(
        started_at__gte=since, started_at__lt=until, status__in=FINISHED
    ).aggregate(total=Count("pk"), good=Count("pk", filter=Q(status=RunStatus.SUCCEEDED)))
    return Decimal(counts["good"]), Decimal(counts["total"])


def drill_success(start: date, end: date) -> tuple[Decimal, Decimal]:
    """Passed drills over finished drills, all policies, in the period."""
    since, until = _bounds(start, end)
    counts = (
        RestoreDrill.objects.filter(started_at__gte=since, started_at__lt=until)
        .exclude(status=DrillStatus.RUNNING)
        .aggregate(total=Count("pk"), good=Count("pk", filter=Q(status=DrillStatus.PASSED)))
    )
    return Decimal(counts["good"]), Decimal(counts["total"])


def indicator_sources():
    return [
        ("copias_exitosas", _("Copias de seguridad exitosas (sobre las terminadas)"), run_success),
        ("simulacros_superados", _("Simulacros de restauración superados (sobre los hechos)"), drill_success),
    ]
