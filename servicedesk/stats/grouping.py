"""The same rows grouped several ways, each way on its own: one query with GROUPING SETS where it can.

A report that shows its measures by type, by category, by service… groups the same tickets once per
dimension. PostgreSQL does all of them in one pass over the rows (``GROUP BY GROUPING SETS ((a), (b),
…)``, with ``GROUPING(a, b, …)`` telling which dimension a result row belongs to); SQLite has no grouping
sets, so there each dimension is a grouped query of its own. Both give the same
``{field: {key: {measure: value}}}``; :func:`grouped_by_each` picks the way.

Django has no grouping sets: the query is built as a ``values(...).annotate(...)`` and its ``GROUP BY``
is replaced by one :class:`GroupingSets` expression. The dimensions are selected through
:class:`SetKey`, which keeps them out of the ``GROUP BY`` Django would otherwise add them to.
"""

from __future__ import annotations

from django.db import connections
from django.db.models import Expression, F, Func, IntegerField, QuerySet

PREFIX = "by_"


class SetKey(Func):
    """A grouping key in the SELECT list that Django must not add to the GROUP BY."""

    template = "%(expressions)s"

    def get_group_by_cols(self):
        return []


class Grouping(Func):
    """``GROUPING(a, b, …)``: a bit per argument, set when the row is not grouped by it (first = highest)."""

    function = "GROUPING"
    contains_aggregate = True
    output_field = IntegerField()

    def get_group_by_cols(self):
        return []


class GroupingSets(Expression):
    """``GROUPING SETS ((a), (b), …)``: one grouping set per expression."""

    def __init__(self, *keys):
        super().__init__()
        self.keys = list(keys)

    def get_source_expressions(self):
        return self.keys

    def set_source_expressions(self, exprs):
        self.keys = list(exprs)

    def as_sql(self, compiler, connection):
        sets, params = [], []
        for key in self.keys:
            sql, key_params = compiler.compile(key)
            sets.append(f"({sql})")
            params.extend(key_params)
        return f"GROUPING SETS ({', '.join(sets)})", params

    def select_format(self, compiler, sql, params):
        return sql, params


def supports_grouping_sets(using: str = "default") -> bool:
    return connections[using].vendor == "postgresql"


def grouped_by_each(rows: QuerySet, fields: list[str], measures: dict) -> dict[str, dict]:
    """``{field: {key: {measure: value}}}``: the ``measures`` of ``rows`` grouped by each field in turn.

    A key is the field's value (a foreign key's id, ``None`` for the rows without one); a dimension
    gets a key only for the values found.
    """
    if not fields or not measures:
        return {field: {} for field in fields}
    if supports_grouping_sets(rows.db):
        return _in_one_query(rows, fields, measures)
    return {field: _by_one(rows, field, measures) for field in fields}


def _by_one(rows: QuerySet, field: str, measures: dict) -> dict:
    return {row.pop(field): row for row in rows.order_by().values(field).annotate(**measures)}


def _in_one_query(rows: QuerySet, fields: list[str], measures: dict) -> dict[str, dict]:
    aliases = [PREFIX + field for field in fields]
    query = (
        rows.order_by()
        .annotate(**{alias: SetKey(F(field)) for alias, field in zip(aliases, fields, strict=True)})
        .values(*aliases)
        .annotate(grouping_set=Grouping(*(F(field) for field in fields)), **measures)
    )
    query.query.group_by = (GroupingSets(*(F(field) for field in fields)).resolve_expression(query.query),)
    everything = (1 << len(fields)) - 1
    by_mask = {everything ^ (1 << (len(fields) - 1 - index)): index for index in range(len(fields))}
    found: dict[str, dict] = {field: {} for field in fields}
    for row in query:
        index = by_mask[row.pop("grouping_set")]
        key = row[aliases[index]]
        for alias in aliases:
            del row[alias]
        found[fields[index]][key] = row
    return found
