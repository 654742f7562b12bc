"""The monthly availability report: per service and monitor, the month's uptime, outages and latency.

The process keeps it as the evidence of "Monitoreo de Activos y Servicios TIC". Uptime leaves the
checks made during planned maintenance out; downtime is the outages' time inside the month (an
outage that crosses the month's edge counts its part).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import F, Q, Sum

from servicedesk.monitoring.choices import RollupPeriod
from servicedesk.monitoring.models import Monitor, Rollup
from servicedesk.monitoring.periods import day_start
from servicedesk.monitoring.selectors import Counts, counts_for_monitors
from servicedesk.outages.models import Outage
from servicedesk.status.grouping import by_service


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """Local midnight of the month's first day and of the next month's."""
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return day_start(first), day_start(following)


@dataclass
class MonitorLine:
    monitor: Monitor
    counts: Counts
    outages: int = 0
    downtime_seconds: float = 0
    longest_seconds: float = 0
    latency_mean_ms: float | None = None

    @property
    def uptime(self) -> float | None:
        return self.counts.uptime


@dataclass
class ServiceLine:
    name: str
    lines: list[MonitorLine] = field(default_factory=list)

    @property
    def counts(self) -> Counts:
        total = Counts()
        for line in self.lines:
            total.add(line.counts.up, line.counts.down, line.counts.maintenance)
        return total

    @property
    def uptime(self) -> float | None:
        return self.counts.uptime

    @property
    def outages(self) -> int:
        return sum(line.outages for line in self.lines)

    @property
    def downtime_seconds(self) -> float:
        return sum(line.downtime_seconds for line in self.lines)


@dataclass
class AvailabilityReport:
    month: date
    start: datetime
    end: datetime
    services: list[ServiceLine]

    @property
    def lines(self) -> list[MonitorLine]:
        return [line for service in self.services for line in service.lines]


def availability_report(month: date) -> AvailabilityReport:
    """The report of ``month`` (any day of it), in a fixed number of queries."""
    start, end = month_bounds(month)
    return AvailabilityReport(
        month=start.date(), start=start, end=end, services=availability_between(start, end)
    )


def availability_between(
    start: datetime, end: datetime, *, service_id: int | None = None
) -> list[ServiceLine]:
    """Each service's monitors (created before ``end``) and their figures from ``start`` to ``end``.

    ``service_id`` keeps the monitors of one catalog service. A fixed number of queries.
    """
    monitors = Monitor.objects.select_related("service").filter(created_at__lt=end).order_by("name")
    if service_id is not None:
        monitors = monitors.filter(service_id=service_id)
    monitors = list(monitors)
    ids = [monitor.pk for monitor in monitors]
    counts = counts_for_monitors(ids, since=start, until=end)
    lines = {pk: MonitorLine(monitor, counts[pk]) for pk, monitor in zip(ids, monitors, strict=True)}
    outages = Outage.objects.filter(monitor_id__in=ids, started_at__lt=end).filter(
        Q(ended_at__isnull=True) | Q(ended_at__gt=start)
    )
    for outage in outages.only("monitor_id", "started_at", "ended_at"):
        seconds = (min(outage.ended_at or end, end) - max(outage.started_at, start)).total_seconds()
        line = lines[outage.monitor_id]
        line.outages += 1
        line.downtime_seconds += seconds
        line.longest_seconds = max(line.longest_seconds, seconds)
    latency = (
        Rollup.objects.filter(
            monitor_id__in=ids, period=RollupPeriod.DAY, period_start__gte=start, period_start__lt=end
        )
        .filter(latency_mean_ms__isnull=False)
        .values("monitor_id")
        .annotate(weighted=Sum(F("latency_mean_ms") * F("up_count")), weight=Sum("up_count"))
        .order_by()
    )
    for row in latency:
        if row["weight"]:
            lines[row["monitor_id"]].latency_mean_ms = row["weighted"] / row["weight"]
    grouped = by_service(lines.values(), lambda line: line.monitor)
    return [ServiceLine(name, service_lines) for name, service_lines in grouped]
