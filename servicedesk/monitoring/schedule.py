"""When a monitor runs: the bounds of its interval and its next due time."""

from __future__ import annotations

from datetime import datetime, timedelta

#: A monitor runs at most every 30 seconds and at least once a day.
MIN_INTERVAL_SECONDS = 30
MAX_INTERVAL_SECONDS = 24 * 60 * 60
#: A check that starts later than this after its due time is late: logged, and shown on its page.
LATE_MS = 10_000


def interval_in_bounds(seconds: int) -> bool:
    """Whether ``seconds`` is an allowed interval (30 s to 24 h, both included)."""
    return MIN_INTERVAL_SECONDS <= seconds <= MAX_INTERVAL_SECONDS


def timeout_fits(timeout_seconds: int, interval_seconds: int) -> bool:
    """A check must give up before the next one is due."""
    return 0 < timeout_seconds < interval_seconds


def next_due(at: datetime, interval_seconds: int, grace_seconds: int = 0) -> datetime:
    """The time the check after the one at ``at`` is due (a push monitor adds its grace)."""
    return at + timedelta(seconds=interval_seconds + grace_seconds)


def late_by_ms(due_at: datetime | None, started_at: datetime) -> int:
    """How many milliseconds after its due time a check started (0 when on time or never due)."""
    if due_at is None or started_at <= due_at:
        return 0
    return int((started_at - due_at).total_seconds() * 1000)


def next_due_after_claim(due_at: datetime, now: datetime, interval_seconds: int) -> datetime:
    """The due time after a check due at ``due_at`` that is dispatched at ``now``.

    On time, the schedule keeps its cadence (``due_at`` + interval, whenever the check starts).
    When whole intervals were missed (the consumer was stopped), they are not replayed: the one
    overdue check runs now, with its lateness recorded, and the next is one interval from now.
    """
    following = due_at + timedelta(seconds=interval_seconds)
    return following if following > now else now + timedelta(seconds=interval_seconds)
