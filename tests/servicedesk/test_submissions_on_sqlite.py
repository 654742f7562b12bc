"""The embedded default (SQLite, what ``make run`` serves) takes a burst of catalog requests."""

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

# The burst runs in a subprocess on an SQLite file of its own, whatever the suite runs on.
pytestmark = pytest.mark.backend_independent

ROOT = Path(__file__).resolve().parents[2]
REQUESTS = 50


def test_fifty_staff_filing_a_request_at_once_on_sqlite_all_get_their_ticket(tmp_path):
    ignored = {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in ignored}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        PORTAL_VAR_DIR=str(tmp_path),
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    run = subprocess.run(
        [sys.executable, "-m", "tests.servicedesk.sqlite_burst", str(REQUESTS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    statuses = Counter(outcome["statuses"])
    assert statuses == {302: REQUESTS}, (statuses, outcome["first_error"])
    assert outcome["saved"] == REQUESTS
