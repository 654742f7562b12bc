"""Roll-ups of the checks: hourly rows from the raw beats, daily rows from the hourly ones, and retention.

Counting happens in the database. The latency figures (mean and p95) are those of the checks that
were up: a failed check's latency is that of an error or a timeout, not the service's response time.

* **Hourly** rows are (re)built from the beats of every complete hour since the last rolled hour,
  going back ``HOURLY_LOOKBACK`` more so that a check recorded a little after its hour was rolled is
  still counted. Re-running gives the same rows (an upsert on the unique monitor + period + start).
* **Daily** rows are built from the hourly rows of each complete local day (going back a day more,
  so a day rolled before its last hour was rolled is corrected). Counts are sums, the mean is the
  mean of the hourly means weighted by their checks, and the p95 of a day is the **highest hourly
  p95**: an upper bound of the true figure that needs no raw beats, which are gone after 48 hours.
* **Retention:** beats are deleted after ``BEAT_RETENTION`` but never before their hour is rolled
  up; hourly rows are kept ``HOURLY_RETENTION``; daily rows are kept indefinitely.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Avg, Count, ExpressionWrapper, F, FloatField, Max, Q, Sum
from django.db.models.functions import TruncDay, TruncHour

from servicedesk.monitoring.aggregates import P95
from servicedesk.monitoring.choices import BeatStatus, RollupPeriod
from servicedesk.monitoring.models import Beat, Rollup
from servicedesk.monitoring.periods import HOUR, day_floor, day_start, hour_floor, local_day, local_zone

#: Raw beats are kept this long (then only their roll-ups remain).
BEAT_RETENTION = timedelta(hours=48)
#: Hourly roll-ups are kept this long (a year and a month, so a year ago is always there).
HOURLY_RETENTION = timedelta(days=400)
#: Hours already rolled that are rolled again (checks recorded late). Shorter than ``BEAT_RETENTION``.
HOURLY_LOOKBACK = timedelta(hours=3)

ROLLUP_FIELDS = [
    "up_count",
    "down_count",
    "maintenance_count",
    "latency_mean_ms",
    "latency_p95_ms",
]

UP = Q(status=BeatStatus.UP)


def rolled_through(period: str = RollupPeriod.HOUR) -> datetime | None:
    """The end of the last rolled period (every check before it is counted), ``None`` before the first."""
    last = Rollup.objects.filter(period=period).aggregate(last=Max("period_start"))["last"]
    if last is None:
        return None
    return last + HOUR if period == RollupPeriod.HOUR else day_start(local_day(last) + timedelta(days=1))


def _upsert(rows: list[Rollup]) -> int:
    Rollup.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["monitor", "period", "period_start"],
        update_fields=ROLLUP_FIELDS,
        batch_size=1000,
    )
    return len(rows)


def roll_up_hours(*, until: datetime) -> int:
    """Build or update the hourly roll-ups of the complete hours before ``until``; returns rows written."""
    end = hour_floor(until)
    beats = Beat.objects.filter(checked_at__lt=end)
    last_end = rolled_through(RollupPeriod.HOUR)
    if last_end is not None:
        beats = beats.filter(checked_at__gte=last_end - HOURLY_LOOKBACK)
    groups = (
        beats.annotate(start=TruncHour("checked_at", tzinfo=local_zone()))
        .values("monitor_id", "start")
        .annotate(
            up=Count("pk", filter=UP),
            down=Count("pk", filter=Q(status=BeatStatus.DOWN)),
            maintenance=Count("pk", filter=Q(status=BeatStatus.MAINTENANCE)),
            mean=Avg("latency_ms", filter=UP),
            p95=P95("latency_ms", filter=UP),
        )
        .order_by()
    )
    rows = [
        Rollup(
            monitor_id=group["monitor_id"],
            period=RollupPeriod.HOUR,
            period_start=group["start"],
            up_count=group["up"],
            down_count=group["down"],
            maintenance_count=group["maintenance"],
            latency_mean_ms=group["mean"],
            latency_p95_ms=group["p95"],
        )
        for group in groups
    ]
    with transaction.atomic():
        return _upsert(rows)


def roll_up_days(*, until: datetime) -> int:
    """Build or update the daily roll-ups of the complete local days before ``until`` (from hourly ones)."""
    end = day_floor(until)
    hours = Rollup.objects.filter(period=RollupPeriod.HOUR, period_start__lt=end)
    last_end = rolled_through(RollupPeriod.DAY)
    if last_end is not None:
        hours = hours.filter(period_start__gte=day_start(local_day(last_end) - timedelta(days=1)))
    weighted_mean = ExpressionWrapper(F("latency_mean_ms") * F("up_count"), output_field=FloatField())
    groups = (
        hours.annotate(day=TruncDay("period_start", tzinfo=local_zone()))
        .values("monitor_id", "day")
        .annotate(
            up=Sum("up_count"),
            down=Sum("down_count"),
            maintenance=Sum("maintenance_count"),
            weighted=Sum(weighted_mean),
            weight=Sum("up_count", filter=Q(latency_mean_ms__isnull=False)),
            p95=Max("latency_p95_ms"),
        )
        .order_by()
    )
    rows = [
        Rollup(
            monitor_id=group["monitor_id"],
            period=RollupPeriod.DAY,
            period_start=group["day"],
            up_count=group["up"],
            down_count=group["down"],
            maintenance_count=group["maintenance"],
            latency_mean_ms=group["weighted"] / group["weight"] if group["weight"] else None,
            latency_p95_ms=group["p95"],
        )
        for group in groups
    ]
    with transaction.atomic():
        return _upsert(rows)


def delete_old_beats(*, now: datetime) -> int:
    """Delete the beats older than ``BEAT_RETENTION`` whose hour is rolled up; returns how many."""
    last_end = rolled_through(RollupPeriod.HOUR)
    if last_end is None:
        return 0
    # Whole hours only, so an hour is never half deleted.
    cutoff = min(hour_floor(now - BEAT_RETENTION), last_end)
    deleted, _ = Beat.objects.filter(checked_at__lt=cutoff).delete()
    return deleted


def delete_old_rollups(*, now: datetime) -> int:
    """Delete the hourly roll-ups older than ``HOURLY_RETENTION`` (daily ones are kept); returns how many."""
    deleted, _ = Rollup.objects.filter(
        period=RollupPeriod.HOUR, period_start__lt=now - HOURLY_RETENTION
    ).delete()
    return deleted
