"""Uptime and latency figures from counts and samples (time in maintenance is not counted)."""

from __future__ import annotations

import math
from collections.abc import Iterable


def uptime_percent(*, up: int, down: int) -> float | None:
    """Share of checks that were up, in percent; ``None`` when there were none.

    Checks made during maintenance are counted apart and left out, so planned work
    never lowers the figure.
    """
    total = up + down
    if total == 0:
        return None
    return 100.0 * up / total


def uptime_of_rollups(rollups: Iterable) -> float | None:
    """Uptime over roll-ups (anything with ``up_count`` and ``down_count``)."""
    up = down = 0
    for rollup in rollups:
        up += rollup.up_count
        down += rollup.down_count
    return uptime_percent(up=up, down=down)


def p95(latencies: Iterable[int | None]) -> int | None:
    """The 95th percentile of the latencies (nearest rank); ``None`` values and empty lists give ``None``."""
    values = sorted(value for value in latencies if value is not None)
    if not values:
        return None
    return values[math.ceil(0.95 * len(values)) - 1]


def mean(latencies: Iterable[int | None]) -> float | None:
    """The mean of the latencies, ignoring ``None``; ``None`` when there are none."""
    values = [value for value in latencies if value is not None]
    if not values:
        return None
    return sum(values) / len(values)
