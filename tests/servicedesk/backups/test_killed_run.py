"""A backup killed with ``kill -9`` in the middle of a copy is never shown as successful, and the
next start marks it "interrumpida" and removes its partial files (real processes, own database)."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.database_template import ROOT, _sqlite_template, migrations_key

pytestmark = pytest.mark.backend_independent

START = """
import django; django.setup()
from servicedesk.backups.models import BackupPolicy
from servicedesk.backups.services import run_policy
policy = BackupPolicy.objects.create(
    name="Carpeta grande", destination=sys.argv[1], folders=sys.argv[2],
    include_portal_database=False, include_media=False,
)
run_policy(policy)
"""

RECOVER = """
import django; django.setup()
from servicedesk.backups.models import BackupRun
from servicedesk.backups.services import recover_interrupted
print(recover_interrupted())
print(*BackupRun.objects.values_list("status", flat=True))
"""


def _env(database: Path) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "PYTEST_XDIST_WORKER"}}
    env.update(DATABASE_URL=f"sqlite:///{database}", DJANGO_SETTINGS_MODULE="portal.settings.test")
    return env


def _running_run(database: Path):
    with sqlite3.connect(database, timeout=5) as db:
        return db.execute(
            "SELECT folder, bytes_written FROM backups_backuprun WHERE status = 'en_curso'"
        ).fetchone()


def test_a_killed_run_is_marked_interrupted_and_leaves_nothing_behind(tmp_path):
    database = tmp_path / "portal.sqlite3"
    shutil.copy(_sqlite_template(migrations_key("sqlite")), database)
    big = tmp_path / "grande"
    big.mkdir()
    for n in range(12):
        (big / f"archivo-{n}.bin").write_bytes(os.urandom(4 * 2**20))
    destination = tmp_path / "copias"
    destination.mkdir()

    backup = subprocess.Popen(
        [sys.executable, "-c", "import sys\n" + START, str(destination), str(big)],
        cwd=ROOT,
        env=_env(database),
    )
    deadline = time.monotonic() + 60
    running = None
    while time.monotonic() < deadline and backup.poll() is None:
        running = _running_run(database) if database.exists() else None
        if running and running[0] and running[1] > 0:
            break
        time.sleep(0.05)
    assert running and running[1] > 0, "the copy did not start writing"
    assert backup.poll() is None, "the copy ended before it could be killed"
    os.kill(backup.pid, signal.SIGKILL)
    backup.wait()
    partial = Path(running[0])
    assert partial.name.endswith(".partial") and partial.exists()

    recovered = subprocess.run(
        [sys.executable, "-c", RECOVER],
        cwd=ROOT,
        env=_env(database),
        capture_output=True,
        text=True,
        check=True,
    )
    assert recovered.stdout.split() == ["1", "interrumpida"]
    assert not partial.exists()
    assert list((destination / "politica-1").iterdir()) == []
