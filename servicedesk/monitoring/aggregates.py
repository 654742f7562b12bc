"""``P95``: the 95th percentile of latencies computed by the database (nearest rank, as ``uptime.p95``).

PostgreSQL has it natively: ``PERCENTILE_DISC(0.95)`` returns the first value whose position in the
sorted values reaches 95 %, which is the nearest-rank percentile. SQLite has no percentile, so
:func:`register_sqlite_p95` adds a ``P95`` aggregate to every new SQLite connection (connected to
Django's ``connection_created`` signal in ``MonitoringConfig.ready``), computed with ``uptime.p95``.
Both ignore ``NULL`` values and give ``NULL`` when there are none.
"""

from __future__ import annotations

from django.db.models import Aggregate, IntegerField

from servicedesk.monitoring.uptime import p95


class P95(Aggregate):
    """The 95th percentile (nearest rank) of an integer expression."""

    function = "P95"
    name = "P95"
    output_field = IntegerField()

    def as_postgresql(self, compiler, connection, **extra_context):
        # A copy with its own template: Aggregate.as_sql builds the FILTER clause around ``self.template``.
        ordered_set = self.copy()
        ordered_set.function = "PERCENTILE_DISC"
        ordered_set.template = "%(function)s(0.95) WITHIN GROUP (ORDER BY %(expressions)s)"
        return ordered_set.as_sql(compiler, connection, **extra_context)


class SqliteP95:
    """SQLite aggregate ``P95(x)``: collects the non-null values of the group, returns their p95."""

    def __init__(self):
        self.values: list[int] = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        return p95(self.values)


def register_sqlite_p95(sender, connection, **kwargs) -> None:
    """``connection_created`` receiver: make ``P95`` available on a new SQLite connection."""
    if connection.vendor == "sqlite":
        connection.connection.create_aggregate("P95", 1, SqliteP95)
