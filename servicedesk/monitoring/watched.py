"""The catalog services that have monitors, cached: the hooks that offer them are called often.

Indicator sources and control evidence sources are listed whenever a form, a list or Django's
checks of a field's choices need them; the list is read once and kept until a monitor changes
(``forget_watched_services``, connected to the monitor's save and delete).
"""

from __future__ import annotations

from django.core.cache import cache
from django.db import DatabaseError

from servicedesk.monitoring.models import Monitor

WATCHED_SERVICES_KEY = "monitoring-watched-services"
WATCHED_SERVICES_SECONDS = 300


def watched_services() -> list[tuple[int, str]]:
    """``(pk, title)`` of each service a monitor watches, by title.

    Before the first ``migrate`` there are no tables yet: then there is none.
    """
    services = cache.get(WATCHED_SERVICES_KEY)
    if services is None:
        try:
            services = list(
                Monitor.objects.filter(service__isnull=False)
                .values_list("service_id", "service__title")
                .distinct()
                .order_by("service__title")
            )
        except DatabaseError:
            return []
        cache.set(WATCHED_SERVICES_KEY, services, WATCHED_SERVICES_SECONDS)
    return services


def forget_watched_services(**kwargs) -> None:
    """A monitor was saved or deleted: the services it watches may have changed."""
    cache.delete(WATCHED_SERVICES_KEY)
