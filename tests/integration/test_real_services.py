"""The real parts: the configured database and cache, and a real Huey consumer.

Run on SQLite + SqliteHuey by default and on PostgreSQL + Redis when DATABASE_URL and
REDIS_URL are set (CI does both). Under CI=true a configured service that does not answer
is a failure, not a skip.
"""

import os
import signal
import time

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection

from portal.models import SchedulerHeartbeat
from portal.scheduler import SCHEDULER_TICK

pytestmark = pytest.mark.integration


def test_database_is_the_configured_one(db):
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        assert connection.vendor == "postgresql"
    else:
        assert connection.vendor == "sqlite"
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone()[0] == 1


def test_cache_round_trip_on_the_configured_backend():
    if os.environ.get("REDIS_URL"):
        assert settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
    cache.set("portal-integration-probe", {"ok": True}, 30)
    assert cache.get("portal-integration-probe") == {"ok": True}
    cache.delete("portal-integration-probe")


@pytest.fixture
def real_huey(tmp_path):
    """The project's Huey with its real storage (Redis or an SQLite file), not immediate."""
    from huey.contrib.djhuey import HUEY as huey

    if os.environ.get("REDIS_URL"):
        assert type(huey).__name__ == "RedisHuey"
    huey.immediate = False
    if huey.storage.__class__.__name__ == "MemoryStorage":
        pytest.fail("Huey fell back to in-memory storage; the consumer test needs real storage")
    huey.flush()
    yield huey
    huey.flush()
    huey.immediate = True


def test_the_scheduler_tick_is_due_every_minute():
    from datetime import datetime

    from huey.contrib.djhuey import HUEY as huey

    from portal.tasks import scheduler_tick

    for minute in (0, 1, 17, 59):
        due = huey.read_periodic(datetime(2026, 11, 25, 10, minute))
        assert scheduler_tick.task_class in {type(task) for task in due}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_huey_consumer_publishes_a_scheduled_page(real_huey):
    from datetime import timedelta

    from django.utils import timezone

    from portal.demo import site as demo
    from portal.tasks import scheduler_tick
    from website.models import HomePage, StandardPage

    demo.seed(lambda *args: None)
    page = StandardPage(title="Aviso programado", slug="aviso-programado", live=False)
    HomePage.objects.get().add_child(instance=page)
    page.go_live_at = timezone.now() + timedelta(seconds=1)
    page.save_revision().publish()
    assert not StandardPage.objects.get(pk=page.pk).live
    time.sleep(1.2)

    scheduler_tick()  # what the consumer's scheduler enqueues every minute (no stored result)
    assert real_huey.pending_count() == 1
    consumer = real_huey.create_consumer(workers=1, periodic=False, check_worker_health=False)
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    consumer.start()  # worker threads; this thread only waits
    try:
        deadline = time.monotonic() + 30
        while not SchedulerHeartbeat.objects.filter(name=SCHEDULER_TICK).exists():
            assert time.monotonic() < deadline, "the consumer did not record a heartbeat"
            time.sleep(0.1)
    finally:
        consumer.stop(graceful=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    assert real_huey.pending_count() == 0
    beat = SchedulerHeartbeat.objects.get(name=SCHEDULER_TICK)
    assert beat.last_result == "publicados: 1; vencidos: 0"
    assert StandardPage.objects.get(pk=page.pk).live
