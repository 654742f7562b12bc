"""Availability as live indicator sources (offered to governance by the ``register_indicator_sources``
hook, see docs/architecture.md): checks UP over checks counted (maintenance left out) in the
indicator's period, for all the watched services and for each service with monitors."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import partial

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from servicedesk.monitoring.periods import day_start
from servicedesk.monitoring.selectors import service_counts
from servicedesk.monitoring.watched import watched_services

ALL_SERVICES = "monitoreo_disponibilidad"
SERVICE_KEY = "monitoreo_disponibilidad_servicio_{pk}"


def availability(start: date, end: date, *, service_id: int | None = None) -> tuple[Decimal, Decimal]:
    """Checks UP and checks counted (UP + DOWN) from ``start``'s local midnight to the end of ``end``."""
    counts = service_counts(service_id, since=day_start(start), until=day_start(end + timedelta(days=1)))
    return Decimal(counts.up), Decimal(counts.up + counts.down)


def indicator_sources():
    """``(key, label, compute)`` of each source: every watched service together, then each one.

    Called whenever the sources are needed (each indicator of a list shows its source's name, the
    form, a period's close, Django's checks of the field's choices), so the watched services come
    from the cache (``servicedesk.monitoring.watched``).
    """
    sources = [(ALL_SERVICES, _("Disponibilidad de los servicios vigilados (monitoreo)"), availability)]
    for pk, title in watched_services():
        label = gettext("Disponibilidad del servicio «%(service)s» (monitoreo)") % {"service": title}
        sources.append((SERVICE_KEY.format(pk=pk), label, partial(availability, service_id=pk)))
    return sources
