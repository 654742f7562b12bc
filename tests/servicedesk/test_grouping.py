"""Grouping the same tickets by several fields: GROUPING SETS on PostgreSQL, a query each on SQLite."""

import pytest
from django.db import connection
from django.db.models import Avg, Count, Q
from django.test.utils import CaptureQueriesContext

from servicedesk.stats.grouping import _by_one, grouped_by_each, supports_grouping_sets
from servicedesk.stats.median import Median
from servicedesk.tickets.models import Ticket
from tests.servicedesk.test_statistics import known  # noqa: F401  (the ten tickets of the report's tests)

pytestmark = pytest.mark.django_db

FIELDS = ["ticket_type", "category", "service", "priority", "technician", "channel"]
MEASURES = {
    "tickets": Count("pk"),
    "solved": Count("pk", filter=Q(solved_at__isnull=False)),
    "own_mean": Avg("own_seconds"),
    "resolve_median": Median("resolve_seconds"),
}


def test_each_field_is_grouped_as_by_a_query_of_its_own(known):  # noqa: F811
    grouped = grouped_by_each(Ticket.objects.all(), FIELDS, MEASURES)
    assert grouped == {field: _by_one(Ticket.objects.all(), field, MEASURES) for field in FIELDS}

    by_type = grouped["ticket_type"]
    assert by_type["incidente"]["tickets"] == 6 and by_type["requerimiento"]["tickets"] == 4
    # T5 has no service and no technician; the averages and the median skip what is empty.
    assert grouped["service"][None]["tickets"] == 1
    unassigned = {"tickets": 1, "solved": 0, "own_mean": None, "resolve_median": None}
    assert grouped["technician"][None] == unassigned
    assert sum(row["tickets"] for row in grouped["category"].values()) == 10


def test_a_key_found_in_one_field_only_is_not_mixed_with_the_others(known):  # noqa: F811
    grouped = grouped_by_each(Ticket.objects.filter(ticket_type="requerimiento"), FIELDS, MEASURES)
    assert list(grouped["ticket_type"]) == ["requerimiento"]
    assert set(grouped["priority"]) == {3, 4}
    assert grouped["priority"][4]["tickets"] == 1  # T5


def test_postgresql_groups_every_field_in_a_single_query(known):  # noqa: F811
    with CaptureQueriesContext(connection) as queries:
        grouped_by_each(Ticket.objects.all(), FIELDS, MEASURES)
    if connection.vendor == "postgresql":
        assert supports_grouping_sets()
        assert len(queries) == 1 and "GROUPING SETS" in queries[0]["sql"]
    else:
        assert not supports_grouping_sets()
        assert len(queries) == len(FIELDS)


def test_nothing_to_group_asks_nothing(known):  # noqa: F811
    with CaptureQueriesContext(connection) as queries:
        assert grouped_by_each(Ticket.objects.all(), FIELDS, {}) == {field: {} for field in FIELDS}
        assert grouped_by_each(Ticket.objects.all(), [], MEASURES) == {}
    assert len(queries) == 0


def test_no_rows_no_keys(known):  # noqa: F811
    grouped = grouped_by_each(Ticket.objects.none(), FIELDS, MEASURES)
    assert grouped == {field: {} for field in FIELDS}
