"""Reads of monitoring: uptime over a window, per period, per day (the 90-day bars) and per service.

Every figure is counted in the database from the daily and hourly roll-ups plus the raw beats not
rolled up yet (the current hour, and the first partial hour of a window while its beats exist), so
it is live. Checks made during maintenance are counted apart and never lower the uptime. The
queries do not grow with the number of monitors: one for the roll-up watermark, one over the
roll-ups and one over the beats, grouped by monitor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Count, F, Max, Q, Sum
from django.db.models.functions import TruncDay
from django.utils import timezone

from servicedesk.monitoring.choices import BeatStatus, RollupPeriod
from servicedesk.monitoring.models import Beat, Monitor, Rollup
from servicedesk.monitoring.periods import (
    HOUR,
    day_ceil,
    day_floor,
    day_start,
    hour_ceil,
    hour_floor,
    local_day,
    local_zone,
    next_day_start,
)
from servicedesk.monitoring.schedule import LATE_MS
from servicedesk.monitoring.uptime import mean, p95, uptime_percent

#: The windows of ``uptime_by_period``.
PERIODS = {
    "24h": timedelta(hours=24),
    "7d": timedelta(days=7),
    "30d": timedelta(days=30),
    "365d": timedelta(days=365),
}


@dataclass
class Counts:
    """Checks counted by result; ``uptime`` leaves the maintenance ones out."""

    up: int = 0
    down: int = 0
    maintenance: int = 0

    def add(self, up: int, down: int, maintenance: int) -> None:
        self.up += up or 0
        self.down += down or 0
        self.maintenance += maintenance or 0

    @property
    def uptime(self) -> float | None:
        return uptime_percent(up=self.up, down=self.down)


@dataclass(frozen=True)
class DayBar:
    """One local day of a status page's bars: its uptime (``None`` without checks) and counts."""

    day: date
    uptime: float | None
    up: int
    down: int
    maintenance: int


def _watermarks() -> tuple[datetime | None, datetime | None]:
    """The start of the last hourly and of the last daily roll-up (one query)."""
    last = Rollup.objects.aggregate(
        hour=Max("period_start", filter=Q(period=RollupPeriod.HOUR)),
        day=Max("period_start", filter=Q(period=RollupPeriod.DAY)),
    )
    return last["hour"], last["day"]


BEAT_COUNTS = {
    "up": Count("pk", filter=Q(status=BeatStatus.UP)),
    "down": Count("pk", filter=Q(status=BeatStatus.DOWN)),
    "maintenance": Count("pk", filter=Q(status=BeatStatus.MAINTENANCE)),
}
ROLLUP_SUMS = {"up": Sum("up_count"), "down": Sum("down_count"), "maintenance": Sum("maintenance_count")}


def _counts(monitors: Q, *, since: datetime, until: datetime, key: str | None = None, marks=None) -> dict:
    """Checks in [since, until) of the monitors matching ``monitors`` (a ``Q`` on ``monitor``).

    Grouped by ``key`` (a field of both roll-ups and beats, e.g. ``monitor_id``), or all under
    ``None`` when ``key`` is ``None``. ``marks`` (the result of ``_watermarks``) saves its query when
    the caller already has it. Whole local days already rolled come from the daily roll-ups, other
    whole hours already rolled from the hourly ones, the rest (the partial first hour, and what came
    after the last rolled hour) from the beats.
    """
    last_hour, last_day = marks or _watermarks()
    first = hour_ceil(since)
    hours_end = max(first, min(hour_floor(until), last_hour + HOUR)) if last_hour else first
    rollup_window = Q(period=RollupPeriod.HOUR, period_start__gte=first, period_start__lt=hours_end)
    days_from = day_ceil(first)
    days_to = min(day_floor(until), next_day_start(last_day)) if last_day else days_from
    covered_end = hours_end
    if days_to > days_from:
        whole_days = Q(period_start__gte=days_from, period_start__lt=days_to)
        rollup_window = (rollup_window & ~whole_days) | (Q(period=RollupPeriod.DAY) & whole_days)
        covered_end = max(hours_end, days_to)
    if covered_end <= first:
        # Nothing rolled in the window: all of it is read from the beats.
        beat_window = Q(checked_at__gte=since, checked_at__lt=until)
    else:
        beat_window = Q(checked_at__gte=since, checked_at__lt=first) | Q(
            checked_at__gte=covered_end, checked_at__lt=until
        )
    counts: dict = {}
    rollups = Rollup.objects.filter(monitors, rollup_window)
    beats = Beat.objects.filter(monitors, beat_window)
    for rows, sums in ((rollups, ROLLUP_SUMS), (beats, BEAT_COUNTS)):
        grouped = rows.values(key).annotate(**sums).order_by() if key else [rows.aggregate(**sums)]
        for row in grouped:
            counts.setdefault(row.get(key), Counts()).add(row["up"], row["down"], row["maintenance"])
    return counts


def _ids(monitors: Monitor | int | Iterable[Monitor | int]) -> list[int]:
    if isinstance(monitors, Monitor | int):
        monitors = [monitors]
    return [monitor.pk if isinstance(monitor, Monitor) else monitor for monitor in monitors]


def uptime_for_monitors(ids: Iterable[int], *, since: datetime, until: datetime) -> dict[int, float | None]:
    """Uptime % in [since, until) of each monitor (``None`` without checks), in three queries."""
    ids = _ids(ids)
    counts = _counts(Q(monitor_id__in=ids), since=since, until=until, key="monitor_id")
    return {pk: counts[pk].uptime if pk in counts else None for pk in ids}


def counts_for_monitors(ids: Iterable[int], *, since: datetime, until: datetime) -> dict[int, Counts]:
    """Checks in [since, until) of each monitor, counted by result (three queries)."""
    ids = _ids(ids)
    counts = _counts(Q(monitor_id__in=ids), since=since, until=until, key="monitor_id")
    return {pk: counts.get(pk, Counts()) for pk in ids}


def uptime(
    monitors: Monitor | int | Iterable[Monitor | int], *, since: datetime, until: datetime
) -> float | None:
    """Uptime % in [since, until) of one monitor, or of several counted together."""
    return _counts(Q(monitor_id__in=_ids(monitors)), since=since, until=until)[None].uptime


def uptime_by_period(monitor: Monitor | int, *, now: datetime | None = None) -> dict[str, float | None]:
    """Uptime % over the last 24 hours, 7, 30 and 365 days (keys of ``PERIODS``), in nine queries."""
    now = now or timezone.now()
    marks = _watermarks()
    monitors = Q(monitor_id__in=_ids(monitor))
    return {
        name: _counts(monitors, since=now - length, until=now, marks=marks)[None].uptime
        for name, length in PERIODS.items()
    }


def service_counts(service_id: int | None, *, since: datetime, until: datetime) -> Counts:
    """Checks in [since, until) of all the monitors of a catalog service (``None``: of every
    monitor that watches a service), counted together."""
    monitors = Q(monitor__service__isnull=False) if service_id is None else Q(monitor__service_id=service_id)
    return _counts(monitors, since=since, until=until)[None]


def service_uptime(service_id: int, *, since: datetime, until: datetime) -> float | None:
    """Uptime % in [since, until) of all the monitors of a catalog service counted together."""
    return service_counts(service_id, since=since, until=until).uptime


def daily_bars_for_monitors(
    ids: Iterable[int], *, days: int = 90, now: datetime | None = None
) -> dict[int, list[DayBar]]:
    """The last ``days`` local days (today included, oldest first) of each monitor, in four queries.

    Days with a daily roll-up come from it; later days from the hourly roll-ups and the beats.
    """
    ids = _ids(ids)
    now = now or timezone.now()
    today = local_day(now)
    first_day = today - timedelta(days=days - 1)
    last_hour, last_day = _watermarks()
    daily_end = next_day_start(last_day) if last_day else day_start(first_day)
    daily_end = max(daily_end, day_start(first_day))
    hourly_end = max(last_hour + HOUR, daily_end) if last_hour else daily_end
    by_day = TruncDay("period_start", tzinfo=local_zone())
    counts: dict[tuple[int, date], Counts] = {}

    def add(rows, when):
        for row in rows:
            key = (row["monitor_id"], local_day(row[when]))
            counts.setdefault(key, Counts()).add(row["up"], row["down"], row["maintenance"])

    add(
        Rollup.objects.filter(
            monitor_id__in=ids,
            period=RollupPeriod.DAY,
            period_start__gte=day_start(first_day),
            period_start__lt=daily_end,
        ).values(
            "monitor_id",
            "period_start",
            up=F("up_count"),
            down=F("down_count"),
            maintenance=F("maintenance_count"),
        ),
        "period_start",
    )
    add(
        Rollup.objects.filter(
            monitor_id__in=ids,
            period=RollupPeriod.HOUR,
            period_start__gte=daily_end,
            period_start__lt=hourly_end,
        )
        .annotate(day=by_day)
        .values("monitor_id", "day")
        .annotate(**ROLLUP_SUMS)
        .order_by(),
        "day",
    )
    add(
        Beat.objects.filter(monitor_id__in=ids, checked_at__gte=hourly_end, checked_at__lt=now)
        .annotate(day=TruncDay("checked_at", tzinfo=local_zone()))
        .values("monitor_id", "day")
        .annotate(**BEAT_COUNTS)
        .order_by(),
        "day",
    )
    bars = {}
    for pk in ids:
        bars[pk] = []
        for offset in range(days):
            day = first_day + timedelta(days=offset)
            part = counts.get((pk, day), Counts())
            bars[pk].append(DayBar(day, part.uptime, part.up, part.down, part.maintenance))
    return bars


def daily_bars(monitor: Monitor | int, *, days: int = 90, now: datetime | None = None) -> list[DayBar]:
    """The last ``days`` local days of one monitor (see ``daily_bars_for_monitors``)."""
    (pk,) = _ids(monitor)
    return daily_bars_for_monitors([pk], days=days, now=now)[pk]


@dataclass(frozen=True)
class LatencyHour:
    """One hour of a monitor's page table: checks, failures and latency (ms)."""

    start: datetime
    checks: int
    down: int
    mean_ms: float | None
    p95_ms: int | None
    late: int = 0


def latency_chart(monitor: Monitor | int, *, now: datetime | None = None, hours: int = 24) -> dict:
    """The last ``hours`` of one monitor from its beats (kept 48 hours), in one query.

    ``points``: ``{"labels", "latency", "down", ...}`` for the chart (JSON-ready; a failed check
    has no latency and is marked in ``down``); ``rows``: one ``LatencyHour`` per local hour
    with checks, newest first, the chart's data as a table; ``late``: the checks that started more
    than ``LATE_MS`` after their due time, and ``worst_late_ms``, the latest start.
    """
    now = now or timezone.now()
    since = now - timedelta(hours=hours)
    beats = list(
        Beat.objects.filter(monitor_id=_ids(monitor)[0], checked_at__gt=since, checked_at__lte=now)
        .order_by("checked_at")
        .values_list("checked_at", "status", "latency_ms", "late_by_ms")
    )
    zone = local_zone()
    labels, latency, down = [], [], []
    by_hour: dict[datetime, list[tuple[str, int | None]]] = {}
    late_by_hour: dict[datetime, int] = {}
    for at, status, ms, late_ms in beats:
        local = timezone.localtime(at, zone)
        labels.append(local.strftime("%H:%M"))
        failed = status == BeatStatus.DOWN
        latency.append(None if failed else ms)
        down.append(1 if failed else 0)
        by_hour.setdefault(hour_floor(at), []).append((status, ms))
        if late_ms > LATE_MS:
            late_by_hour[hour_floor(at)] = late_by_hour.get(hour_floor(at), 0) + 1
    rows = [
        LatencyHour(
            start=start,
            checks=len(results),
            down=sum(1 for status, _ms in results if status == BeatStatus.DOWN),
            mean_ms=mean(ms for status, ms in results if status != BeatStatus.DOWN),
            p95_ms=p95(ms for status, ms in results if status != BeatStatus.DOWN),
            late=late_by_hour.get(start, 0),
        )
        for start, results in sorted(by_hour.items(), reverse=True)
    ]
    return {
        "points": {"labels": labels, "latency": latency, "down": down},
        "rows": rows,
        "late": sum(late_by_hour.values()),
        "worst_late_ms": max((beat[3] for beat in beats), default=0),
        "late_seconds": LATE_MS // 1000,
    }
