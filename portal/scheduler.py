"""The scheduler heartbeat: recording ticks and judging whether the consumer is alive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from portal.models import SchedulerHeartbeat

SCHEDULER_TICK = "scheduler-tick"


@dataclass(frozen=True)
class SchedulerStatus:
    """What the dashboard says about the scheduler."""

    last_beat_at: datetime | None
    alive: bool
    age: timedelta | None


def scheduler_status_at(
    last_beat_at: datetime | None, *, now: datetime, stale_after: timedelta
) -> SchedulerStatus:
    """Pure rule: the scheduler is alive when its last tick is more recent than ``stale_after``."""
    if last_beat_at is None:
        return SchedulerStatus(last_beat_at=None, alive=False, age=None)
    age = max(now - last_beat_at, timedelta(0))
    return SchedulerStatus(last_beat_at=last_beat_at, alive=age <= stale_after, age=age)


def record_heartbeat(name: str = SCHEDULER_TICK, *, result: str = "") -> SchedulerHeartbeat:
    """Overwrite the heartbeat of ``name`` with the current time."""
    beat, _ = SchedulerHeartbeat.objects.update_or_create(
        name=name, defaults={"last_beat_at": timezone.now(), "last_result": result[:255]}
    )
    return beat


def current_scheduler_status() -> SchedulerStatus:
    """The scheduler's status now, read from the database."""
    last = (
        SchedulerHeartbeat.objects.filter(name=SCHEDULER_TICK).values_list("last_beat_at", flat=True).first()
    )
    return scheduler_status_at(
        last,
        now=timezone.now(),
        stale_after=timedelta(minutes=settings.SCHEDULER_STALE_AFTER_MINUTES),
    )
