"""The issue's round trip, on the suite's database engine: the demo institute seeded for real (its
data committed, in a process of its own), copied by its nightly policy through the production path
(SQLite's backup API, or ``pg_dump`` from a snapshot), and restored by its drill into a scratch
database with every table's rows and checksum identical."""

import json
import os
import shutil
import subprocess
import sys
import uuid

import pytest
from django.db import connection

from tests.database_template import ROOT, _pg_params, _sqlite_template, migrations_key

pytestmark = pytest.mark.integration

SEED_AND_REPORT = """
import json
import django
django.setup()
from django.core.management import call_command
call_command("createcachetable")
call_command("seed_demo", stdout=open("/dev/null", "w"))
from servicedesk.backups.models import BackupRun, RestoreDrill
drill = RestoreDrill.objects.select_related("run").get()
database = drill.run.artifacts.get(kind="base_portal")
print(json.dumps({
    "runs": list(BackupRun.objects.values_list("status", flat=True)),
    "engine": database.engine,
    "tables": database.manifest["tables"],
    "drill": drill.status,
    "results": drill.results,
}))
"""


@pytest.fixture
def committed_database(tmp_path, django_db_blocker):
    """An empty, migrated database of the suite's engine, outside the test's transaction: its URL."""
    key = migrations_key(connection.vendor)
    if connection.vendor == "sqlite":
        database = tmp_path / "portal.sqlite3"
        shutil.copy(_sqlite_template(key), database)
        yield f"sqlite:///{database}"
        return
    name = f"ida_vuelta_{uuid.uuid4().hex[:10]}"
    # A connection of its own (outside the test's transaction), as the template's copy is made.
    with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [f"tpl\\_%{key}"])
        (template,) = cursor.fetchone()
        cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield f"{_pg_params(connection.settings_dict)}/{name}"
    finally:
        with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.django_db
def test_the_seeded_demo_is_copied_and_its_drill_restores_every_table_identically(committed_database):
    env = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "PYTEST_XDIST_WORKER"}}
    env.update(DATABASE_URL=committed_database, DJANGO_SETTINGS_MODULE="portal.settings.test")
    seeded = subprocess.run(
        [sys.executable, "-c", SEED_AND_REPORT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert seeded.returncode == 0, seeded.stderr[-3000:]
    report = json.loads(seeded.stdout.strip().splitlines()[-1])

    assert report["runs"] == ["exitosa"] * 3
    assert report["engine"] == ("sqlite" if connection.vendor == "sqlite" else "postgresql")
    tickets = next(table for name, table in report["tables"].items() if name.endswith("servicedesk_ticket"))
    assert tickets["rows"] >= 300  # the demo's year of tickets is in the copy
    assert report["drill"] == "superada"
    database = next(entry for entry in report["results"] if entry["artifact"].startswith("portal."))
    assert database["problems"] == []
    assert database["compared"] == [len(report["tables"]), sum(t["rows"] for t in report["tables"].values())]
