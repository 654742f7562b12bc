"""Benchmark: 500 HTTP monitors at a 60-second interval, run by a real Huey consumer.

Budget (issue "Monitoring run by Huey"): over the run (``BENCH_MINUTES``, 10 by default) every check
starts within 10 s of its due time, and the consumer uses under half a core on average. Needs
PostgreSQL (``DATABASE_URL``) and Redis (``REDIS_URL``), as production; elsewhere it is skipped
(and fails under CI=true). The local HTTP servers run in a child process, so the CPU time measured
here (this process: the consumer's scheduler and workers) is the consumer's alone.
"""

import multiprocessing
import os
import resource
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from tests.benchmarks.http_servers import serve
from tests.conftest import require
from tests.integration.test_real_services import real_huey, running_consumer  # noqa: F401

MONITORS = 500
SERVERS = 4
MINUTES = float(os.environ.get("BENCH_MINUTES", "10"))
START_BUDGET_SECONDS = 10
CPU_BUDGET_CORES = 0.5
WORKERS = 8


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_500_http_monitors_start_on_time_with_half_a_core(real_huey):  # noqa: F811
    # What ``manage.py run_huey`` imports: the dispatcher (periodic) and the check task.
    from servicedesk.monitoring import tasks  # noqa: F401
    from servicedesk.monitoring.models import Beat, Monitor

    require(connection.vendor == "postgresql" and os.environ.get("REDIS_URL"), "PostgreSQL and Redis")
    context = multiprocessing.get_context("spawn")
    manager = context.Manager()
    ports, ready, stop = manager.list(), context.Event(), context.Event()
    servers = context.Process(target=serve, args=(SERVERS, ports, ready, stop), daemon=True)
    servers.start()
    try:
        assert ready.wait(60), "the HTTP servers did not start"
        start = timezone.now() + timedelta(seconds=5)
        Monitor.objects.bulk_create(
            Monitor(
                name=f"Servicio {n:03d}",
                kind="http",
                url=f"http://127.0.0.1:{ports[n % SERVERS]}/",
                interval_seconds=60,
                timeout_seconds=10,
                # Spread over the minute, as monitors created at different times are.
                next_due_at=start + timedelta(seconds=60 * n / MONITORS),
                state_since=start,
            )
            for n in range(MONITORS)
        )
        cpu_before = resource.getrusage(resource.RUSAGE_SELF)
        wall_before = time.monotonic()
        with running_consumer(real_huey, workers=WORKERS, periodic=True):
            time.sleep(MINUTES * 60)  # a measurement over a fixed time, not a wait for a state
        wall = time.monotonic() - wall_before
        cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        stop.set()
        servers.join(10)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    beats = Beat.objects.filter(checked_at__gte=start)
    checks = beats.count()
    late = list(beats.order_by("-late_by_ms").values_list("late_by_ms", flat=True)[:1]) or [0]
    late_over = beats.filter(late_by_ms__gt=START_BUDGET_SECONDS * 1000).count()
    down = beats.exclude(status="up").count()
    expected = MONITORS * (MINUTES - 1)
    cores = cpu / wall
    print(
        f"\n{MONITORS} HTTP monitors every 60 s for {wall / 60:.1f} min with {WORKERS} workers: "
        f"{checks} checks ({down} not up), latest start {late[0] / 1000:.2f} s after its due time, "
        f"{late_over} over {START_BUDGET_SECONDS} s; consumer CPU {cpu:.1f} s = {cores:.2f} core"
    )
    assert checks >= expected, f"only {checks} checks in {MINUTES} minutes"
    assert late_over == 0
    assert cores < CPU_BUDGET_CORES
