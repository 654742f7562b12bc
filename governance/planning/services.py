"""Writes of the planning topic: live measurements at period close, plan approval."""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from governance.planning import rules
from governance.planning.models import ActionPlan, Indicator, Measurement, MeasurementSource, PlanStatus
from governance.planning.sources import get_source


def record_live_measurement(*, indicator: Indicator, year: int, period: int) -> Measurement | None:
    """Compute and store the measurement of a live-source indicator; ``None`` if one exists."""
    if Measurement.objects.filter(indicator=indicator, year=year, period=period).exists():
        return None
    start, end = rules.period_bounds(indicator.frequency, year, period)
    numerator, denominator = get_source(indicator.live_source).compute(start, end)
    measurement = Measurement(
        indicator=indicator,
        year=year,
        period=period,
        numerator=numerator,
        denominator=denominator,
        source=MeasurementSource.LIVE,
        analysis=f"Calculada automáticamente al cierre del periodo ({start:%Y-%m-%d} a {end:%Y-%m-%d}).",
    )
    measurement.full_clean()
    try:
        with transaction.atomic():
            measurement.save()
    except IntegrityError:  # another worker closed the same period first
        return None
    log(instance=measurement, action="wagtail.create", user=None)
    return measurement


def close_periods(*, today: date) -> list[Measurement]:
    """For every live-source indicator, measure the last period that has ended, once."""
    recorded = []
    for indicator in Indicator.objects.exclude(live_source="").order_by("pk"):
        year, period = rules.last_closed_period(indicator.frequency, today)
        measurement = record_live_measurement(indicator=indicator, year=year, period=period)
        if measurement is not None:
            recorded.append(measurement)
    return recorded


def submit_plan(*, plan: ActionPlan, by) -> ActionPlan:
    plan.status = PlanStatus.SUBMITTED
    plan.save(update_fields=["status", "updated_at"])
    log(instance=plan, action="governance.plan.submit", user=by)
    return plan


def approve_plan(*, plan: ActionPlan, by) -> ActionPlan:
    """The Gerente approves a submitted plan; who and when are recorded and logged."""
    if plan.status != PlanStatus.SUBMITTED:
        raise ValueError(_("Solo se aprueba un plan enviado para aprobación."))
    plan.status = PlanStatus.APPROVED
    plan.approved_by = by
    plan.approved_at = timezone.now()
    plan.save(update_fields=["status", "approved_by", "approved_at", "updated_at"])
    log(instance=plan, action="governance.plan.approve", user=by)
    return plan
