"""Live indicator sources from the transparency menu (offered to governance by a Wagtail hook)."""

from datetime import date, timedelta
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from digital_gov.transparency.models import TransparencyItemPage

FRESHNESS = timedelta(days=365)


def transparency_items_up_to_date(start: date, end: date) -> tuple[Decimal, Decimal]:
    """Applicable, published items whose last update is less than a year old at the period's end."""
    applicable = TransparencyItemPage.objects.live().filter(applies=True)
    fresh = applicable.filter(last_updated__gt=end - FRESHNESS, last_updated__lte=end)
    return Decimal(fresh.count()), Decimal(applicable.count())


def indicator_sources():
    """``(key, label, compute)`` of each source, for the ``register_indicator_sources`` hook."""
    return [
        (
            "transparencia_items_al_dia",
            _("Ítems de transparencia actualizados en el último año"),
            transparency_items_up_to_date,
        )
    ]
