"""Writes and reads of maintenance: the occurrences scheduled ahead from the plans, the record of the
work done (which closes its occurrence), what is due or overdue, and the weekly summary by mail."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.mail import send_later
from servicedesk.assets.choices import AssetStatus, OccurrenceStatus
from servicedesk.assets.models import Asset, MaintenanceOccurrence, MaintenancePlan, MaintenanceRecord
from servicedesk.assets.schedule import due_dates, week_of

#: How far ahead the occurrences are scheduled.
HORIZON = timedelta(days=120)


def plan_assets(plan: MaintenancePlan):
    """The assets a plan covers: its asset, or every asset of its kind; never retired ones."""
    assets = Asset.objects.filter(pk=plan.asset_id) if plan.asset_id else Asset.objects.filter(kind=plan.kind)
    return assets.exclude(status=AssetStatus.RETIRED)


def schedule_occurrences(today: date | None = None, *, plans=None) -> int:
    """Create the occurrences of the active plans (``plans``, else all) due from ``today`` to the
    horizon (idempotent); cancel the upcoming ones a changed plan no longer asks for (and bring back
    those it asks for again), and those of retired assets or inactive plans. Returns how many were
    created."""
    today = today or timezone.localdate()
    created = 0
    for plan in plans if plans is not None else MaintenancePlan.objects.filter(active=True):
        if not plan.active:
            continue
        dates = due_dates(plan.starts_on, plan.every_months, since=today, until=today + HORIZON)
        asset_ids = list(plan_assets(plan).values_list("pk", flat=True))
        wanted = {(asset_id, day) for asset_id in asset_ids for day in dates}
        upcoming = MaintenanceOccurrence.objects.filter(
            plan=plan, status=OccurrenceStatus.SCHEDULED, due_on__gte=today
        )
        # A plan whose cadence, first date or scope changed: what it no longer asks for is cancelled.
        stale = [
            pk
            for pk, asset_id, day in upcoming.values_list("pk", "asset_id", "due_on")
            if (asset_id, day) not in wanted
        ]
        MaintenanceOccurrence.objects.filter(pk__in=stale).update(status=OccurrenceStatus.CANCELLED)
        known = MaintenanceOccurrence.objects.filter(plan=plan, due_on__in=dates)
        cancelled = known.filter(status=OccurrenceStatus.CANCELLED).values_list("pk", "asset_id", "due_on")
        revived = [pk for pk, asset_id, day in cancelled if (asset_id, day) in wanted]
        MaintenanceOccurrence.objects.filter(pk__in=revived).update(status=OccurrenceStatus.SCHEDULED)
        existing = set(known.values_list("asset_id", "due_on"))
        new = [
            MaintenanceOccurrence(plan=plan, asset_id=asset_id, due_on=day)
            for asset_id, day in sorted(wanted)
            if (asset_id, day) not in existing
        ]
        MaintenanceOccurrence.objects.bulk_create(new, batch_size=1000, ignore_conflicts=True)
        created += len(new)
    MaintenanceOccurrence.objects.filter(status=OccurrenceStatus.SCHEDULED).filter(
        Q(plan__active=False) | Q(asset__status=AssetStatus.RETIRED)
    ).update(status=OccurrenceStatus.CANCELLED)
    return created


@transaction.atomic
def record_maintenance(
    *,
    asset: Asset,
    kind: str,
    performed_on: date,
    technician,
    minutes: int,
    by,
    occurrence: MaintenanceOccurrence | None = None,
    results: list[dict] = (),
    findings: str = "",
    parts: str = "",
    cost: Decimal | None = None,
    ticket=None,
) -> MaintenanceRecord:
    """Record work done on ``asset``; a preventive one closes its scheduled occurrence (only once)."""
    if occurrence is not None:
        occurrence = MaintenanceOccurrence.objects.select_for_update().get(pk=occurrence.pk)
        if occurrence.asset_id != asset.pk:
            raise ValidationError(_("Ese mantenimiento programado es de otro activo."))
        if occurrence.status != OccurrenceStatus.SCHEDULED:
            raise ValidationError(_("Ese mantenimiento programado ya se registró o se canceló."))
    if performed_on > timezone.localdate():
        raise ValidationError(_("La fecha del mantenimiento no puede ser futura."))
    record = MaintenanceRecord.objects.create(
        asset=asset,
        kind=kind,
        occurrence=occurrence,
        performed_on=performed_on,
        technician=technician,
        checklist_results=list(results),
        findings=findings,
        parts=parts,
        cost=cost,
        minutes=minutes,
        ticket=ticket,
        created_by=by,
    )
    if occurrence is not None:
        MaintenanceOccurrence.objects.filter(pk=occurrence.pk).update(status=OccurrenceStatus.DONE)
    return record


def scheduled():
    return MaintenanceOccurrence.objects.filter(status=OccurrenceStatus.SCHEDULED).select_related(
        "asset", "plan", "plan__responsible_group", "asset__location"
    )


def overdue(today: date | None = None):
    return scheduled().filter(due_on__lt=today or timezone.localdate())


def due_by_group(today: date | None = None) -> dict:
    """What is overdue or due this week, by the plan's responsible group."""
    _monday, sunday = week_of(today or timezone.localdate())
    groups = defaultdict(list)
    for occurrence in scheduled().filter(due_on__lte=sunday):
        groups[occurrence.plan.responsible_group].append(occurrence)
    return groups


def mail_weekly_summary(today: date | None = None) -> int:
    """Each responsible group receives the list of its maintenance overdue or due this week."""
    today = today or timezone.localdate()
    url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse('assets_maintenance_calendar')}"
    sent = 0
    for group, occurrences in due_by_group(today).items():
        body = render_to_string(
            "assets/mail/maintenance_week.txt",
            {"group": group, "occurrences": occurrences, "today": today, "url": url},
        )
        subject = _("Mantenimientos de la semana: %(count)s para %(group)s") % {
            "count": len(occurrences),
            "group": group.name,
        }
        sent += send_later(subject=subject, body=body, recipients=group.addresses())
    return sent
