"""Hours and days on the institution's clock (``settings.TIME_ZONE``): the roll-ups' periods.

Days are local days (a Colombian report's "1 de marzo" starts at local midnight); hours are
whole hours of the same clock.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.utils import timezone

HOUR = timedelta(hours=1)


def local_zone():
    """The institution's time zone (not the one a request may have activated)."""
    return timezone.get_default_timezone()


def hour_floor(at: datetime) -> datetime:
    """The start of the hour ``at`` falls in."""
    return timezone.localtime(at, local_zone()).replace(minute=0, second=0, microsecond=0)


def hour_ceil(at: datetime) -> datetime:
    """The first hour start at or after ``at``."""
    floor = hour_floor(at)
    return floor if floor == at else floor + HOUR


def day_start(day: date) -> datetime:
    """Local midnight at the start of ``day``."""
    return datetime.combine(day, time(), tzinfo=local_zone())


def local_day(at: datetime) -> date:
    """The local date of ``at``."""
    return timezone.localtime(at, local_zone()).date()


def day_floor(at: datetime) -> datetime:
    """Local midnight at the start of the day ``at`` falls in."""
    return day_start(local_day(at))


def day_ceil(at: datetime) -> datetime:
    """The first local midnight at or after ``at``."""
    floor = day_floor(at)
    return floor if floor == at else next_day_start(at)


def next_day_start(at: datetime) -> datetime:
    """Local midnight at the end of the day ``at`` falls in."""
    return day_start(local_day(at) + timedelta(days=1))
