"""When preventive maintenance falls due (pure): a plan's dates every so many months from its first
date, and the week a weekly summary covers."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` ahead; the 31st of a shorter month becomes its last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_dates(starts_on: date, every_months: int, *, since: date, until: date) -> list[date]:
    """The plan's dates (``starts_on``, then every ``every_months``) between ``since`` and ``until``."""
    if every_months < 1 or until < since:
        return []
    dates, step = [], 0
    while (day := add_months(starts_on, step * every_months)) <= until:
        if day >= since:
            dates.append(day)
        step += 1
    return dates


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of ``day``'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)

