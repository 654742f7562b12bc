"""When a policy runs: a crontab expression (minute hour day-of-month month day-of-week), local time."""

from __future__ import annotations

from datetime import datetime

from croniter import croniter
from django.utils import timezone


def is_valid(expression: str) -> bool:
    """Five fields, each valid (``"0 2 * * *"``); seconds and named shortcuts are not accepted."""
    fields = expression.split()
    return len(fields) == 5 and croniter.is_valid(" ".join(fields))


def next_runs(expression: str, after: datetime, count: int = 3) -> list[datetime]:
    """The next ``count`` moments the expression names after ``after``, in the current time zone."""
    local = timezone.localtime(after)
    iterator = croniter(expression, local.replace(second=0, microsecond=0))
    return [iterator.get_next(datetime) for _ in range(count)]


def is_due(expression: str, now: datetime) -> bool:
    """Whether the expression names the minute ``now`` falls in (the dispatcher runs each minute)."""
    minute = timezone.localtime(now).replace(second=0, microsecond=0)
    return croniter.match(expression, minute)
