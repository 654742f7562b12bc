"""Reads of the risk register."""

from django.db.models import Prefetch

from governance.risks.models import Control, Risk


def risks_for_map(queryset=None):
    """Risks with what the Mapa de Riesgos shows, in three queries whatever their number."""
    queryset = Risk.objects.all() if queryset is None else queryset
    return (
        queryset.select_related("process", "owner")
        .prefetch_related(Prefetch("controls", queryset=Control.objects.order_by("sort_order")))
        .order_by("process__code", "code")
    )
