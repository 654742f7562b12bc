"""What the catalog pages show: services grouped by category, and a service's targets."""

from __future__ import annotations

from itertools import groupby

from servicedesk.tickets.choices import Priority
from servicedesk.tickets.priority import DEFAULT_TARGETS


def catalog_sections(catalog, *, query: str = "") -> list[tuple[str, list]]:
    from servicedesk.catalog.pages import ServicePage

    services = ServicePage.objects.child_of(catalog).live().select_related("category")
    query = " ".join(query.split())[:100]
    if query:
        services = services.filter(title__icontains=query) | services.filter(summary__icontains=query)
    services = sorted(services, key=lambda s: (s.category.full_name, s.title))
    return [(name, list(items)) for name, items in groupby(services, key=lambda s: s.category.full_name)]


def targets_of(service) -> list[dict]:
    """Time to own and to resolve per priority (business seconds) for this service."""
    from servicedesk.tickets.models import ServiceLevel

    levels = {
        level.priority: (level.time_to_own * 60, level.time_to_resolve * 60)
        for level in ServiceLevel.objects.filter(service__isnull=True)
    }
    levels.update(
        {
            level.priority: (level.time_to_own * 60, level.time_to_resolve * 60)
            for level in ServiceLevel.objects.filter(service=service)
        }
    )
    return [
        {
            "priority": label,
            "own_seconds": levels.get(value, DEFAULT_TARGETS[value])[0],
            "resolve_seconds": levels.get(value, DEFAULT_TARGETS[value])[1],
        }
        for value, label in Priority.choices
    ]
