"""The real parts: the configured database and cache, and a real Huey consumer.

Run on SQLite + SqliteHuey by default and on PostgreSQL + Redis when DATABASE_URL and
REDIS_URL are set (CI does both). Under CI=true a configured service that does not answer
is a failure, not a skip.
"""

import os
import signal
import time
from contextlib import contextmanager

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


@contextmanager
def running_consumer(huey, *, workers: int = 1, periodic: bool = False):
    """A real consumer (worker threads in this process) for the duration of the block; with
    ``periodic`` its scheduler enqueues the periodic tasks too."""
    consumer = huey.create_consumer(workers=workers, periodic=periodic, check_worker_health=False)
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    consumer.start()  # worker threads; this thread only waits
    try:
        yield consumer
    finally:
        consumer.stop(graceful=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def wait_for(condition, what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def test_huey_consumer_sends_queued_mail_and_reschedules_it_while_smtp_is_down(real_huey, settings):
    from django.core import mail
    from huey.signals import SIGNAL_RETRYING

    from portal.mail import FIRST_RETRY_DELAY_SECONDS, SEND_RETRIES, send_queued_mail

    settings.EMAIL_BACKEND = "tests.mail_backends.SmtpDownBackend"
    retried = []

    def on_retry(signal, task, *args, **kwargs):
        retried.append(task)  # requeued right after the signal: one retry less, a longer delay

    real_huey.signal(SIGNAL_RETRYING)(on_retry)
    try:
        send_queued_mail("Aviso", "Cuerpo", "portal@example.org", ["a@example.org"])
        with running_consumer(real_huey):
            wait_for(lambda: retried, "the failed send was not retried")
    finally:
        real_huey.disconnect_signal(on_retry, SIGNAL_RETRYING)
    # Huey requeues it with one retry less and a longer wait next time (the consumer's own signal:
    # what its storage then holds is read by the consumer, not by this thread).
    task, *_others = retried
    assert task.retries == SEND_RETRIES - 1
    assert task.retry_delay == FIRST_RETRY_DELAY_SECONDS * 2
    assert mail.outbox == []

    real_huey.flush()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send_queued_mail("Aviso", "Cuerpo", "portal@example.org", ["a@example.org"])
    with running_consumer(real_huey):
        wait_for(lambda: len(mail.outbox) == 1, "the consumer did not send the queued mail")
    assert mail.outbox[0].subject == "Aviso" and mail.outbox[0].to == ["a@example.org"]
    assert real_huey.pending_count() == 0 and real_huey.scheduled_count() == 0


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
    # The queue is watched, not the test database: on SQLite a read while the consumer's thread
    # writes the same table fails at once ("database table is locked"), for either side. Leaving
    # the block stops the consumer gracefully: the tick it took has run by then.
    with running_consumer(real_huey):
        wait_for(lambda: real_huey.pending_count() == 0, "the consumer did not take the tick")
    beat = SchedulerHeartbeat.objects.get(name=SCHEDULER_TICK)
    assert beat.last_result == "publicados: 1; vencidos: 0"
    assert StandardPage.objects.get(pk=page.pk).live
