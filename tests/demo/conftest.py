"""The demo institute, seeded once for the tests that need all of it (see ``demo_institute``)."""

import time
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections, transaction
from django.test import TestCase, override_settings
from django.utils import timezone


@pytest.fixture(scope="package")
def demo_institute(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo institute, seeded once for the package and rolled back after it.

    It gives ``seconds`` (how long ``seed_demo`` took), ``mails`` (the messages seeding sent,
    its commit callbacks run as a commit would run them) and ``now`` (when it started).

    ``seed_demo`` runs inside an outer atomic block on every database connection; each test's
    own transaction (``db``) is then a savepoint inside it, so tests stay isolated and the
    package leaves the database as it found it, on SQLite and PostgreSQL, with or without xdist.
    The demo users' passwords go to a private file of the run (``settings.DEMO_CREDENTIALS_FILE``).
    """
    credentials = tmp_path_factory.mktemp("demo") / "demo-credentials.txt"
    with django_db_blocker.unblock(), override_settings(DEMO_CREDENTIALS_FILE=credentials):
        atomics = {alias: transaction.atomic(using=alias) for alias in connections}
        for atomic in atomics.values():
            atomic.__enter__()
        try:
            started, now = time.monotonic(), timezone.now()
            mail.outbox = []
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("seed_demo", stdout=StringIO())
            cache.clear()
            yield SimpleNamespace(seconds=time.monotonic() - started, mails=len(mail.outbox), now=now)
        finally:
            for alias, atomic in reversed(atomics.items()):
                transaction.set_rollback(True, using=alias)
                atomic.__exit__(None, None, None)
            cache.clear()
