"""Monitors grouped by the catalog service they watch, as both the status page and the report show them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from servicedesk.monitoring.models import Monitor

Item = TypeVar("Item")


def service_name(monitor: Monitor) -> str:
    """The title of the watched service (``select_related("service")``), ``""`` for none."""
    return monitor.service.title if monitor.service_id else ""


def by_service(items: Iterable[Item], monitor_of: Callable[[Item], Monitor]) -> list[tuple[str, list[Item]]]:
    """``items`` grouped by their monitor's service, services by name, the ungrouped ones last.

    Within a service the items keep the order they came in.
    """
    groups: dict[str, list[Item]] = {}
    for item in items:
        groups.setdefault(service_name(monitor_of(item)), []).append(item)
    return sorted(groups.items(), key=lambda group: (group[0] == "", group[0]))
