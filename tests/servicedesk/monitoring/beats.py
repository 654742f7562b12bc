"""Beats and times built fast for the roll-up tests (Bogotá local time, where days start)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from servicedesk.monitoring.models import Beat

BOGOTA = ZoneInfo("America/Bogota")


def local(*args) -> datetime:
    """An aware time on Bogotá's clock: ``local(2026, 3, 10, 14, 30)``."""
    return datetime(*args, tzinfo=BOGOTA)


def add_beats(monitor, start: datetime, statuses, *, latencies=None, step=timedelta(seconds=50)):
    """One beat per status from ``start`` every ``step`` (latency 12 ms unless given), in one insert."""
    statuses = list(statuses)
    latencies = list(latencies) if latencies is not None else [12] * len(statuses)
    Beat.objects.bulk_create(
        Beat(monitor=monitor, checked_at=start + index * step, status=status, latency_ms=latency)
        for index, (status, latency) in enumerate(zip(statuses, latencies, strict=True))
    )
