"""Business time of the institute: working hours per weekday, Colombian holidays (pure functions).

Service-level clocks count only the time the office is open. Times are aware datetimes; the
schedule is read in the institute's time zone (America/Bogota), whatever zone the input uses.
"""

from __future__ import annotations

import itertools
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
from django.utils.translation import gettext

BOGOTA = ZoneInfo("America/Bogota")

Window = tuple[time, time]

#: Monday to Friday, 8:00-12:00 and 13:00-17:00 (the usual public-office day).
OFFICE_HOURS: dict[int, tuple[Window, ...]] = {
    weekday: ((time(8), time(12)), (time(13), time(17))) for weekday in range(5)
}


def colombian_holidays() -> Container[date]:
    """Colombian public holidays (Ley 51 de 1983 "Ley Emiliani" moves included), any year."""
    return holidays.country_holidays("CO")


@dataclass(frozen=True)
class Schedule:
    hours: dict[int, tuple[Window, ...]] = field(default_factory=lambda: dict(OFFICE_HOURS))
    holidays: Container[date] = frozenset()
    tz: ZoneInfo = BOGOTA

    def windows(self, day: date) -> list[tuple[datetime, datetime]]:
        """The open periods of ``day`` as aware datetimes (none on weekends off and holidays)."""
        if day in self.holidays:
            return []
        return [
            (datetime.combine(day, start, self.tz), datetime.combine(day, end, self.tz))
            for start, end in self.hours.get(day.weekday(), ())
        ]


def _days(start: datetime, end: datetime, tz) -> Iterator[date]:
    day, last = start.astimezone(tz).date(), end.astimezone(tz).date()
    while day <= last:
        yield day
        day += timedelta(days=1)


def business_seconds(start: datetime, end: datetime, schedule: Schedule) -> int:
    """Open seconds between ``start`` and ``end`` (0 when ``end`` is not after ``start``)."""
    if end <= start:
        return 0
    total = 0.0
    for day in _days(start, end, schedule.tz):
        for opens, closes in schedule.windows(day):
            overlap = (min(end, closes) - max(start, opens)).total_seconds()
            if overlap > 0:
                total += overlap
    return int(total)


def business_seconds_in(intervals: Iterable[tuple[datetime, datetime]], schedule: Schedule) -> int:
    """Open seconds inside several (non-overlapping) intervals, e.g. a clock's running periods."""
    return sum(business_seconds(start, end, schedule) for start, end in intervals)


def add_business_seconds(start: datetime, seconds: int, schedule: Schedule, *, horizon_days: int = 3660):
    """The moment ``seconds`` of open time after ``start`` (a deadline).

    ``horizon_days`` bounds the search for a schedule with no open hours at all.
    """
    remaining = float(seconds)
    day = start.astimezone(schedule.tz).date()
    for _ in range(horizon_days):
        for opens, closes in schedule.windows(day):
            begin = max(start, opens)
            available = (closes - begin).total_seconds()
            if available <= 0:
                continue
            if remaining <= available:
                return begin + timedelta(seconds=remaining)
            remaining -= available
        day += timedelta(days=1)
    raise ValueError(gettext("El horario no tiene horas de atención dentro del horizonte de búsqueda."))


WEEKDAY_NAMES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_WEEKDAY_KEYS = {name.translate(str.maketrans("áé", "ae")): index for index, name in enumerate(WEEKDAY_NAMES)}


def format_hours(hours: dict[int, tuple[Window, ...]]) -> str:
    """Office hours as text an administrator can edit: ``lunes: 08:00-12:00, 13:00-17:00``."""
    lines = []
    for weekday in sorted(hours):
        windows = ", ".join(f"{start:%H:%M}-{end:%H:%M}" for start, end in hours[weekday])
        if windows:
            lines.append(f"{WEEKDAY_NAMES[weekday]}: {windows}")
    return "\n".join(lines)


def _parse_time(text: str) -> time:
    hour, _, minute = text.strip().partition(":")
    return time(int(hour), int(minute or 0))


def parse_hours(text: str) -> dict[int, tuple[Window, ...]]:
    """The inverse of :func:`format_hours`; ``ValueError`` naming the faulty line."""
    hours: dict[int, tuple[Window, ...]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        name, sep, rest = line.partition(":")
        weekday = _WEEKDAY_KEYS.get(name.strip().lower().translate(str.maketrans("áé", "ae")))
        if not sep or weekday is None:
            raise ValueError(gettext("línea %(number)d: día de la semana desconocido") % {"number": number})
        windows = []
        for part in rest.split(","):
            start_text, dash, end_text = part.partition("-")
            try:
                start, end = _parse_time(start_text), _parse_time(end_text)
            except ValueError as error:
                raise ValueError(gettext("línea %(number)d: hora no válida") % {"number": number}) from error
            if not dash or end <= start:
                raise ValueError(
                    gettext("línea %(number)d: cada franja debe terminar después de empezar")
                    % {"number": number}
                )
            windows.append((start, end))
        windows.sort()
        if any(prev[1] > nxt[0] for prev, nxt in itertools.pairwise(windows)):
            raise ValueError(gettext("línea %(number)d: las franjas se superponen") % {"number": number})
        hours[weekday] = tuple(windows)
    return hours


class ClosedDays:
    """Colombian holidays plus the institute's own closing days (a ``Container[date]``)."""

    def __init__(self, base: Container[date], extra: Iterable[date] = ()):
        self.base, self.extra = base, frozenset(extra)

    def __contains__(self, day: object) -> bool:
        return day in self.extra or day in self.base
