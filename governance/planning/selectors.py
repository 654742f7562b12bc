"""Reads of indicators and measurements, scoped to what a person may see or do."""

from __future__ import annotations

from django.db.models import QuerySet
from guardian.shortcuts import get_objects_for_user

from governance.planning.models import Indicator, Measurement
from portal.permissions import has_model_permission


def indicators_measurable_by(user) -> QuerySet[Indicator]:
    """Indicators ``user`` may record measurements for: all with model rights, else their own."""
    if user.has_perm("governance.add_measurement") or user.has_perm("governance.change_measurement"):
        return Indicator.objects.all()
    return get_objects_for_user(
        user, "governance.change_indicator", klass=Indicator, accept_global_perms=False
    )


def measurements_visible_to(user, queryset=None) -> QuerySet[Measurement]:
    queryset = Measurement.objects.all() if queryset is None else queryset
    if has_model_permission(user, Measurement):
        return queryset
    return queryset.filter(indicator__in=indicators_measurable_by(user))
