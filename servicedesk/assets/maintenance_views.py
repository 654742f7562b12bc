"""Admin views of maintenance: record the work done on an asset (for a scheduled occurrence or a
corrective one), and the month's calendar of what is scheduled and done."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.admin_views import answer_403
from servicedesk.assets.choices import MaintenanceKind, OccurrenceStatus
from servicedesk.assets.maintenance import overdue, record_maintenance
from servicedesk.assets.maintenance_forms import MaintenanceRecordForm
from servicedesk.assets.models import Asset, MaintenanceOccurrence, MaintenanceRecord
from servicedesk.assets.rules import can_record_maintenance


@answer_403
def record_view(request, pk: int):
    asset = get_object_or_404(Asset, pk=pk)
    if not can_record_maintenance(request.user, asset.kind):
        raise PermissionDenied
    occurrence = None
    if occurrence_id := request.GET.get("programado", ""):
        occurrence = get_object_or_404(
            MaintenanceOccurrence.objects.select_related("plan"), pk=_number(occurrence_id), asset=asset
        )
    form = MaintenanceRecordForm(
        request.POST or None,
        tasks=occurrence.plan.tasks() if occurrence else [],
        preventive=occurrence is not None,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            record_maintenance(
                asset=asset,
                kind=MaintenanceKind.PREVENTIVE if occurrence else data["kind"],
                occurrence=occurrence,
                performed_on=data["performed_on"],
                technician=data["technician"],
                minutes=data["minutes"],
                results=form.results(),
                findings=data["findings"],
                parts=data["parts"],
                cost=data["cost"],
                ticket=data["ticket"],
                by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Mantenimiento de %(number)s registrado.") % {"number": asset.inventory_number}
            )
            return redirect(reverse("assets_asset_modeladmin_inspect", args=[asset.pk]) + "#mantenimiento")
    return TemplateResponse(
        request,
        "assets/maintenance_form.html",
        {"form": form, "asset": asset, "occurrence": occurrence},
        status=400 if form.is_bound and form.errors else 200,
    )


def _number(raw: str) -> int:
    """A positive id from a query string, or 0 (which matches nothing)."""
    return int(raw) if raw.isascii() and raw.isdecimal() and len(raw) < 12 else 0


def _month(raw: str) -> date:
    """``AAAA-MM`` between 1900 and 2100, else the current month."""
    try:
        year, month = (int(part) for part in raw.split("-"))
        if 1900 <= year <= 2100:
            return date(year, month, 1)
    except ValueError:
        pass
    return timezone.localdate().replace(day=1)


@answer_403
def calendar_view(request):
    if not request.user.has_perm("assets.view_maintenanceoccurrence"):
        raise PermissionDenied
    first = _month(request.GET.get("mes", ""))
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    by_day: dict[date, list] = {}
    occurrences = MaintenanceOccurrence.objects.filter(due_on__range=(first, last)).select_related(
        "asset", "plan"
    )
    for occurrence in occurrences.exclude(status=OccurrenceStatus.CANCELLED):
        occurrence.can_record = occurrence.status == OccurrenceStatus.SCHEDULED and can_record_maintenance(
            request.user, occurrence.asset.kind
        )
        by_day.setdefault(occurrence.due_on, []).append(occurrence)
    corrective = MaintenanceRecord.objects.filter(
        performed_on__range=(first, last), kind=MaintenanceKind.CORRECTIVE
    ).select_related("asset")
    for record in corrective:
        by_day.setdefault(record.performed_on, []).append(record)
    weeks = [
        [(day, by_day.get(day, [])) if day.month == first.month else (None, []) for day in week]
        for week in calendar.Calendar().monthdatescalendar(first.year, first.month)
    ]
    previous = (first.replace(day=1) - timedelta(days=1)).replace(day=1)
    following = last + timedelta(days=1)
    return TemplateResponse(
        request,
        "assets/maintenance_calendar.html",
        {
            "month": first,
            "weeks": weeks,
            "previous": f"{previous:%Y-%m}",
            "next": f"{following:%Y-%m}",
            "overdue": overdue()[:50],
            "today": timezone.localdate(),
            "weekdays": [
                _("Lunes"),
                _("Martes"),
                _("Miércoles"),
                _("Jueves"),
                _("Viernes"),
                _("Sábado"),
                _("Domingo"),
            ],
        },
    )
