"""Monitoring with real consumers: two consumers on one queue (two hosts) run each due check once.

Needs PostgreSQL (DATABASE_URL): the test database of SQLite is one in-memory file that the
consumers' concurrent worker threads cannot write at once ("database table is locked"), and
several hosts sharing SQLite is not a deployment anyway. Redis (REDIS_URL) is the multi-host queue.
"""

import pytest
from django.db import connection

from tests.integration.test_real_services import real_huey, running_consumer, wait_for  # noqa: F401
from tests.servicedesk.monitoring.servers import http_server

pytestmark = pytest.mark.integration


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_consumers_run_every_due_check_once(real_huey):  # noqa: F811
    from servicedesk.monitoring.models import Beat, Monitor
    from servicedesk.monitoring.tasks import dispatch_due_checks

    if connection.vendor != "postgresql":
        pytest.skip("two consumers writing at once need PostgreSQL")
    with http_server() as (_, base_url):
        for number in range(6):
            Monitor.objects.create(
                name=f"Servicio {number}", kind="http", url=f"{base_url}/", interval_seconds=300
            )
        # Each consumer's scheduler enqueues the minute's dispatcher: two dispatchers, one queue.
        dispatch_due_checks()
        dispatch_due_checks()
        assert real_huey.pending_count() == 2
        with running_consumer(real_huey), running_consumer(real_huey):
            wait_for(lambda: Beat.objects.count() >= 6, "the consumers did not run the due checks")
            wait_for(lambda: real_huey.pending_count() == 0, "tasks were left in the queue")
        assert Beat.objects.count() == 6
        assert sorted(Beat.objects.values_list("monitor__name", flat=True)) == [
            f"Servicio {number}" for number in range(6)
        ]
        assert set(Beat.objects.values_list("status", flat=True)) == {"up"}
