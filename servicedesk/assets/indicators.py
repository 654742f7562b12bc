"""The maintenance completion rate as an indicator's live source (``register_indicator_sources``):
of the preventive maintenance due in the period (not cancelled), how much was done."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from servicedesk.assets.choices import OccurrenceStatus
from servicedesk.assets.models import MaintenanceOccurrence


def maintenance_completion(start: date, end: date) -> tuple[Decimal, Decimal]:
    counts = (
        MaintenanceOccurrence.objects.filter(due_on__range=(start, end))
        .exclude(status=OccurrenceStatus.CANCELLED)
        .aggregate(due=Count("pk"), done=Count("pk", filter=Q(status=OccurrenceStatus.DONE)))
    )
    return Decimal(counts["done"]), Decimal(counts["due"])


def indicator_sources():
    return [
        (
            "mantenimiento_preventivo",
            _("Mantenimientos preventivos realizados sobre los programados"),
            maintenance_completion,
        )
    ]
