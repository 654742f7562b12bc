"""What a status page shows, read in a fixed number of queries whatever the number of monitors.

Monitors are grouped by the catalog service they watch (those watching none under "Plataforma");
each has its 90 daily bars, its 90-day uptime (summed from the bars) and its hourly mean response
time over the last 24 hours; the page lists open outages, recent ones and planned maintenance.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Avg, Q
from django.db.models.functions import TruncHour
from django.utils import timezone

from servicedesk.monitoring.choices import BeatStatus, MonitorState, RollupPeriod
from servicedesk.monitoring.models import Beat, MaintenanceWindow, Monitor, Rollup
from servicedesk.monitoring.periods import hour_floor, local_zone
from servicedesk.monitoring.selectors import DayBar, daily_bars_for_monitors
from servicedesk.monitoring.uptime import uptime_percent
from servicedesk.outages.models import Outage
from servicedesk.status.grouping import by_service
from servicedesk.tickets.models import TicketComment

DAYS = 90
CHART_HOURS = 24
RECENT_DAYS = 30
#: The worse state first: a service shows the worst state of its monitors.
SEVERITY = [
    MonitorState.DOWN,
    MonitorState.PENDING,
    MonitorState.MAINTENANCE,
    MonitorState.UP,
    MonitorState.PAUSED,
]


def worst(states) -> str:
    states = set(states)
    return next((state for state in SEVERITY if state in states), MonitorState.UP)


@dataclass
class MonitorStatus:
    monitor: Monitor
    bars: list[DayBar]
    uptime: float | None
    latency: list[float | None]


@dataclass
class ServiceStatus:
    name: str
    monitors: list[MonitorStatus] = field(default_factory=list)

    @property
    def state(self) -> str:
        return worst(status.monitor.state for status in self.monitors)


@dataclass
class StatusPage:
    generated_at: datetime
    services: list[ServiceStatus]
    state: str
    open_outages: list[Outage]
    recent_outages: list[Outage]
    maintenance: list[MaintenanceWindow]
    hours: list[datetime]

    def chart(self) -> dict:
        """The response-time chart's data (JSON-ready): one line per monitor, one point per hour."""
        return {
            "labels": [timezone.localtime(hour, local_zone()).strftime("%H:%M") for hour in self.hours],
            "datasets": [
                {"label": status.monitor.name, "data": status.latency}
                for service in self.services
                for status in service.monitors
                if any(value is not None for value in status.latency)
            ],
        }


def status_page(*, public: bool, now: datetime | None = None) -> StatusPage:
    """The status page: ``public`` keeps only the monitors marked public."""
    now = now or timezone.now()
    monitors = Monitor.objects.select_related("service").order_by("name")
    if public:
        monitors = monitors.filter(public=True)
    monitors = list(monitors)
    ids = [monitor.pk for monitor in monitors]
    bars = daily_bars_for_monitors(ids, days=DAYS, now=now)
    hours, latency = _hourly_latency(ids, now=now)
    statuses = []
    for monitor in monitors:
        days = bars.get(monitor.pk, [])
        uptime = uptime_percent(up=sum(bar.up for bar in days), down=sum(bar.down for bar in days))
        statuses.append(MonitorStatus(monitor, days, uptime, [latency[monitor.pk].get(h) for h in hours]))
    ordered = [ServiceStatus(name, group) for name, group in by_service(statuses, lambda item: item.monitor)]
    outages = list(
        Outage.objects.filter(monitor_id__in=ids)
        .filter(Q(ended_at__isnull=True) | Q(ended_at__gte=now - timedelta(days=RECENT_DAYS)))
        .select_related("monitor", "ticket")
        .order_by("-started_at")
    )
    maintenance = list(
        MaintenanceWindow.objects.filter(ends_at__gt=now, monitors__in=ids)
        .distinct()
        .order_by("starts_at")
        .prefetch_related("monitors")
    )
    _attach_updates(outages)
    for window in maintenance:
        window.shown_monitors = [monitor for monitor in window.monitors.all() if monitor.pk in ids]
    return StatusPage(
        generated_at=now,
        services=ordered,
        state=worst(monitor.state for monitor in monitors),
        open_outages=[outage for outage in outages if outage.ended_at is None],
        recent_outages=[outage for outage in outages if outage.ended_at is not None],
        maintenance=maintenance,
        hours=hours,
    )


def _attach_updates(outages: list[Outage]) -> None:
    """Each outage's ``updates``: the public follow-ups of its incident ticket, oldest first (one query).

    An outage's ticket is filed by monitoring, not by a person: what the desk writes on it for the
    requester is what everyone who reads the status page is told. Internal notes never show.
    """
    by_ticket: dict[int, list[TicketComment]] = defaultdict(list)
    tickets = [outage.ticket_id for outage in outages if outage.ticket_id]
    if tickets:
        comments = TicketComment.objects.filter(ticket_id__in=tickets, internal=False).order_by(
            "created_at", "pk"
        )
        for comment in comments.only("ticket_id", "body", "created_at"):
            by_ticket[comment.ticket_id].append(comment)
    for outage in outages:
        outage.updates = by_ticket.get(outage.ticket_id, [])


def _hourly_latency(
    ids: list[int], *, now: datetime
) -> tuple[list[datetime], dict[int, dict[datetime, float]]]:
    """The last ``CHART_HOURS`` local hours and each monitor's mean response time in each (two queries)."""
    current = hour_floor(now)
    hours = [current - timedelta(hours=n) for n in range(CHART_HOURS - 1, -1, -1)]
    means: dict[int, dict[datetime, float]] = defaultdict(dict)
    rolled = Rollup.objects.filter(
        monitor_id__in=ids,
        period=RollupPeriod.HOUR,
        period_start__gte=hours[0],
        latency_mean_ms__isnull=False,
    ).values_list("monitor_id", "period_start", "latency_mean_ms")
    for pk, start, mean in rolled:
        means[pk][hour_floor(start)] = round(mean, 1)
    since = max(
        [hours[0], *[max(m.keys()) + timedelta(hours=1) for m in means.values() if m]], default=hours[0]
    )
    recent = (
        Beat.objects.filter(monitor_id__in=ids, checked_at__gte=min(since, current), status=BeatStatus.UP)
        .annotate(hour=TruncHour("checked_at", tzinfo=local_zone()))
        .values("monitor_id", "hour")
        .annotate(mean=Avg("latency_ms"))
        .order_by()
    )
    for row in recent:
        hour = hour_floor(row["hour"])
        if row["mean"] is not None and hour not in means[row["monitor_id"]]:
            means[row["monitor_id"]][hour] = round(row["mean"], 1)
    return hours, means
