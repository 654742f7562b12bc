"""A ``Median`` aggregate computed by the database: PostgreSQL natively, SQLite through a Python aggregate.

PostgreSQL has the ordered-set aggregate ``PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x)``; SQLite has
no median, so :func:`register_sqlite_median` adds one to every new SQLite connection (connected to
Django's ``connection_created`` signal in ``ServiceDeskConfig.ready``), the way Django's SQLite backend
adds ``STDDEV_POP`` and friends. Both give the continuous median: the mean of the two middle values
when there is an even number of them, ``NULL`` when there are none.
"""

from __future__ import annotations

import statistics

from django.db.models import Aggregate, FloatField


class Median(Aggregate):
    """The median of a numeric expression (``NULL`` values are ignored, like every SQL aggregate)."""

    function = "MEDIAN"
    name = "Median"
    output_field = FloatField()

    def as_postgresql(self, compiler, connection, **extra_context):
        # A copy with its own template: Aggregate.as_sql builds the FILTER clause around ``self.template``.
        ordered_set = self.copy()
        ordered_set.function = "PERCENTILE_CONT"
        ordered_set.template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
        return ordered_set.as_sql(compiler, connection, **extra_context)


class SqliteMedian:
    """SQLite aggregate ``MEDIAN(x)``: collects the non-null values of the group, returns their median."""

    def __init__(self):
        self.values: list[float] = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        return float(statistics.median(self.values)) if self.values else None


def register_sqlite_median(sender, connection, **kwargs) -> None:
    """``connection_created`` receiver: make ``MEDIAN`` available on a new SQLite connection."""
    if connection.vendor == "sqlite":
        connection.connection.create_aggregate("MEDIAN", 1, SqliteMedian)
