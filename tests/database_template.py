"""The test database, copied from a migrated template instead of migrated again by every worker.

Running the project's 200-odd migrations takes about half a minute of one core, most of it Django
rendering the model states; with two test workers each migrating its own database, both cores
spend that at the start of every run. Here the migrations run once, in a ``manage.py migrate``
subprocess, into a template kept beside the database (an SQLite file under ``var/test-db/``, or a
PostgreSQL database ``tpl_<name>_<key>``) and each worker copies it: the SQLite backup API into
its in-memory database, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL.

The template's key is a hash of every migration file of every installed app and of the engine, so
a new or edited migration builds a new template (and drops the old ones). After the copy the
worker sends ``post_migrate`` as ``migrate`` would, so what the receivers keep in step (content
types, permissions, the roles' groups, the editorial workflow) follows the current code. Builds
and copies happen under one lock (a PostgreSQL advisory lock; a file lock for SQLite), so workers
and concurrent runs never see half a template.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connections

ROOT = Path(__file__).resolve().parents[1]
SQLITE_FOLDER = ROOT / "var" / "test-db"
#: Any number, the same for every run: the advisory lock's key.
PG_LOCK = 7_318_204_511


def migrations_key(engine: str) -> str:
    """A hash of the engine and of every migration file Django would apply."""
    from django.db.migrations.loader import MigrationLoader

    digest = hashlib.sha256(engine.encode())
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for key in sorted(loader.disk_migrations):
        migration = loader.disk_migrations[key]
        path = sys.modules[type(migration).__module__].__file__
        digest.update(repr(key).encode())
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:16]


def _migrate_into(database_url: str) -> None:
    """``manage.py migrate`` in a subprocess, on the database ``database_url`` names."""
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    env.pop("PYTEST_XDIST_WORKER", None)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


@contextmanager
def _file_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sqlite_template(key: str) -> Path:
    template = SQLITE_FOLDER / f"template-{key}.sqlite3"
    with _file_lock(SQLITE_FOLDER / ".lock"):
        if not template.exists():
            building = template.with_suffix(".building")
            building.unlink(missing_ok=True)
            _migrate_into(f"sqlite:///{building}")
            # The subprocess may leave its last writes in the write-ahead log: fold them in.
            with sqlite3.connect(building) as folded:
                folded.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                folded.execute("PRAGMA journal_mode=DELETE")
            folded.close()
            for old in SQLITE_FOLDER.glob("template-*.sqlite3"):
                old.unlink()
            building.replace(template)
    return template


def _pg_params(settings_dict: dict) -> str:
    user = settings_dict.get("USER") or ""
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    credentials = f"{user}{password}@" if user else ""
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    return f"postgres://{credentials}{settings_dict.get('HOST') or '127.0.0.1'}{port}"


def _pg_copy(connection, key: str, test_name: str) -> None:
    """Build the template once (under the advisory lock), then create ``test_name`` from it."""
    base = connection.settings_dict["NAME"]
    prefix = f"tpl_{base}_"[:46]
    template = f"{prefix}{key}"
    quote = connection.ops.quote_name
    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [PG_LOCK])
        try:
            cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [prefix + "%"])
            existing = {row[0] for row in cursor.fetchall()}
            if template not in existing:
                building = f"{template}_b"
                cursor.execute(f"DROP DATABASE IF EXISTS {quote(building)}")
                cursor.execute(f"CREATE DATABASE {quote(building)}")
                _migrate_into(f"{_pg_params(connection.settings_dict)}/{building}")
                cursor.execute(f"ALTER DATABASE {quote(building)} RENAME TO {quote(template)}")
                for old in existing:
                    cursor.execute(f"DROP DATABASE IF EXISTS {quote(old)}")
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(test_name)}")
            cursor.execute(f"CREATE DATABASE {quote(test_name)} TEMPLATE {quote(template)}")
        finally:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [PG_LOCK])


def create_test_database(alias: str = "default") -> str:
    """Create the worker's test database from the template; return the name to restore at the end."""
    from django.core.management import call_command
    from django.core.management.sql import emit_post_migrate_signal

    connection = connections[alias]
    old_name = connection.settings_dict["NAME"]
    creation = connection.creation
    test_name = creation._get_test_db_name()
    key = migrations_key(connection.vendor)
    if connection.vendor == "sqlite":
        template = _sqlite_template(key)
        creation._create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    elif connection.vendor == "postgresql":
        _pg_copy(connection, key, test_name)
    else:  # pragma: no cover - the project runs on SQLite and PostgreSQL only
        raise RuntimeError(f"No test template for {connection.vendor}")
    connection.close()
    settings.DATABASES[alias]["NAME"] = test_name
    connection.settings_dict["NAME"] = test_name
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        source = sqlite3.connect(template)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    emit_post_migrate_signal(verbosity=0, interactive=False, db=alias)
    call_command("createcachetable", database=alias)
    connection._test_serialized_contents = creation.serialize_db_to_string()
    return old_name


def destroy_test_database(old_name: str, alias: str = "default") -> None:
    connections[alias].creation.destroy_test_db(old_name, verbosity=0)
