"""Dates for spreadsheet cells without a Python datetime per cell.

A date cell holds a serial number: days since 1899-12-30 in the wall-clock time the reader expects.
Reading many datetimes through Django costs a parse and a time-zone conversion each. Instead,
:class:`UtcSerial` has the database give each moment as serial days in UTC (PostgreSQL with
``EXTRACT(EPOCH …)``, SQLite with ``julianday``), and :class:`WallClock` moves it to the local
time with a float addition, the zone's offset looked up once per hour of the data.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta, tzinfo

from django.db import NotSupportedError
from django.db.models import FloatField, Func

DAY = timedelta(days=1)
EPOCH = datetime(1899, 12, 30, tzinfo=UTC)
NAIVE_EPOCH = EPOCH.replace(tzinfo=None)
HOURS = 24
EDGE = 1e-9  # a day's fraction well under a millisecond: the last instant of an hour


def serial_of(moment: date) -> float:
    """The serial number of a naive local datetime or a date (what xlsxwriter's ``write_datetime`` writes
    from 1 March 1900 on)."""
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            raise ValueError("a cell takes local (naive) datetimes")
        return (moment - NAIVE_EPOCH) / DAY
    return (moment - NAIVE_EPOCH.date()).days


class UtcSerial(Func):
    """A datetime column as serial days since Excel's epoch, in UTC, computed by the database."""

    output_field = FloatField()

    @property
    def convert_value(self):
        return self._convert_value_noop  # the database gives a float already: no converter per cell

    def as_sql(self, compiler, connection, **extra_context):
        raise NotSupportedError("UtcSerial is written for PostgreSQL and SQLite")

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.get_source_expressions()[0])
        return f"(EXTRACT(EPOCH FROM {sql})::float8 / 86400 + 25569)", params

    def as_sqlite(self, compiler, connection, **extra_context):
        # Django keeps datetimes in SQLite as UTC text, which julianday reads.
        sql, params = compiler.compile(self.get_source_expressions()[0])
        return f"(julianday({sql}) - 2415018.5)", params


class WallClock:
    """Moves UTC serial days to the wall-clock serial days of ``zone``.

    The offset is looked up once per hour of UTC time and kept; an hour in which the offset changes
    (a daylight-saving switch that does not fall on the hour) is worked out value by value.
    """

    def __init__(self, zone: tzinfo):
        self.zone = zone
        self._shifts: dict[int, float | None] = {}

    def __call__(self, serial: float | None) -> float | None:
        if serial is None:
            return None
        hour = math.floor(serial * HOURS)
        try:
            shift = self._shifts[hour]
        except KeyError:
            first, last = self._offset(hour / HOURS), self._offset((hour + 1) / HOURS - EDGE)
            shift = self._shifts[hour] = first if first == last else None
        return serial + (self._offset(serial) if shift is None else shift)

    def _offset(self, serial: float) -> float:
        """The zone's offset from UTC at that moment, in days."""
        return (EPOCH + serial * DAY).astimezone(self.zone).utcoffset() / DAY
