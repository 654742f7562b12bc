"""PostgreSQL databases: ``pg_dump`` in custom format, from a snapshot the manifest is read in too.

The manifest and the dump see the same data: one connection opens a repeatable-read transaction,
exports its snapshot, and ``pg_dump --snapshot`` dumps that snapshot while the connection counts
and checksums every table in it. Credentials go to ``pg_dump`` and ``pg_restore`` through the
environment (``PGPASSWORD``…), never on their command line.
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
from django.utils.translation import gettext as _
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from servicedesk.backups.checksums import fold
from servicedesk.backups.engines import BackupError

TABLES_SQL = """
SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp%%'
ORDER BY 1, 2
"""
#: The first 64 bits of each row's MD5, summed: the same total whatever order the rows come in.
TABLE_CHECKSUM_SQL = (
    "SELECT count(*), coalesce(sum(('x' || substr(md5(t::text), 1, 16))::bit(64)::bigint::numeric), 0) "
    "FROM {table} AS t"
)
POLL_SECONDS = 0.2


def params_from_settings(settings_dict: dict) -> dict:
    """Connection parameters of a Django database settings dictionary."""
    params = {
        "host": settings_dict.get("HOST") or "",
        "port": str(settings_dict.get("PORT") or ""),
        "user": settings_dict.get("USER") or "",
        "password": settings_dict.get("PASSWORD") or "",
        "dbname": settings_dict["NAME"],
    }
    return {key: value for key, value in params.items() if value}


def params_from_url(url: str) -> dict:
    """Connection parameters of a ``postgres://`` URL (an environment variable's value)."""
    try:
        params = {key: str(value) for key, value in conninfo_to_dict(url).items() if value}
    except psycopg.ProgrammingError as error:
        raise BackupError(_("La URL de la base de datos no es válida.")) from error
    if not params.get("dbname"):
        raise BackupError(_("La URL de la base de datos no nombra la base (…/nombre)."))
    return params


def shown(params: dict) -> str:
    """A database's address for logs and pages, rebuilt from its parameters: never a password,
    wherever the URL carried it (``user:password@`` or ``?password=``)."""
    user = f"{params['user']}@" if params.get("user") else ""
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgres://{user}{params.get('host', '')}{port}/{params.get('dbname', '')}"


def _environment(params: dict) -> dict:
    names = {
        "host": "PGHOST",
        "port": "PGPORT",
        "user": "PGUSER",
        "password": "PGPASSWORD",
        "dbname": "PGDATABASE",
        "sslmode": "PGSSLMODE",
        "sslrootcert": "PGSSLROOTCERT",
        "sslcert": "PGSSLCERT",
        "sslkey": "PGSSLKEY",
        "sslcrl": "PGSSLCRL",
        "options": "PGOPTIONS",
        "application_name": "PGAPPNAME",
    }
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    env.update({names[key]: value for key, value in params.items() if key in names})
    return env


def _connect(params: dict, **options):
    try:
        return psycopg.connect(**params, connect_timeout=10, **options)
    except psycopg.OperationalError as error:
        raise BackupError(
            _("No se pudo conectar con la base %(db)s: %(error)s")
            % {"db": params.get("dbname", "?"), "error": str(error).strip().splitlines()[0]}
        ) from error


def query_one(params: dict, query: str, args: tuple = ()) -> tuple:
    """The first row of ``query`` on the database ``params`` names."""
    try:
        with _connect(params) as connection:
            return tuple(connection.execute(query, args).fetchone())
    except psycopg.Error as error:
        raise BackupError(
            _("La base %(db)s respondió con error: %(error)s") % _failure(params, error)
        ) from error


def execute(params: dict, statement: str, args: tuple = ()) -> int:
    """Run one statement on the database ``params`` names, committed; the rows it touched."""
    try:
        with _connect(params) as connection:
            return connection.execute(statement, args).rowcount
    except psycopg.Error as error:
        raise BackupError(
            _("La base %(db)s respondió con error: %(error)s") % _failure(params, error)
        ) from error


def _failure(params: dict, error: Exception) -> dict:
    return {
        "db": params.get("dbname", "?"),
        "error": str(error).strip().splitlines()[0] if str(error) else "",
    }


def database_size(params: dict) -> int:
    with _connect(params) as connection:
        return connection.execute("SELECT pg_database_size(current_database())").fetchone()[0]


def manifest(connection) -> dict:
    """Rows and an order-independent checksum of every ordinary table, in the connection's snapshot."""
    result = {}
    for schema, name in connection.execute(TABLES_SQL).fetchall():
        query = sql.SQL(TABLE_CHECKSUM_SQL).format(table=sql.Identifier(schema, name))
        rows, total = connection.execute(query).fetchone()
        result[f"{schema}.{name}"] = {"rows": rows, "checksum": fold(int(total))}
    return {"tables": result}


def backup(params: dict, target: Path, progress: Callable[[int], None] | None = None) -> dict:
    """``pg_dump -Fc`` of the database to ``target``; the manifest of the same snapshot."""
    with _connect(params) as connection:
        connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        (snapshot,) = connection.execute("SELECT pg_export_snapshot()").fetchone()
        dump = subprocess.Popen(
            ["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={target}", "--no-password"],
            env=_environment(params),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            result = manifest(connection)
            while dump.poll() is None:
                if progress is not None and target.exists():
                    progress(target.stat().st_size)
                time.sleep(POLL_SECONDS)
        finally:
            if dump.poll() is None:
                dump.kill()
            _out, errors = dump.communicate()
            connection.rollback()
    if dump.returncode != 0:
        message = errors.decode(errors="replace").strip()
        raise BackupError(_("pg_dump terminó con error: %(error)s") % {"error": message[-2000:]})
    if progress is not None:
        progress(target.stat().st_size)
    return result


def _pg_restore(artifact: Path, params: dict, *, clean: bool) -> None:
    options = ["--clean", "--if-exists"] if clean else []
    restore = subprocess.run(
        [
            "pg_restore",
            *options,
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--no-password",
            f"--dbname={params['dbname']}",
            str(artifact),
        ],
        env=_environment(params),
        capture_output=True,
        check=False,
    )
    if restore.returncode != 0:
        message = restore.stderr.decode(errors="replace").strip()
        raise BackupError(_("pg_restore terminó con error: %(error)s") % {"error": message[-2000:]})


def restore_into(artifact: Path, params: dict) -> dict:
    """Restore ``artifact`` into the existing database ``params`` names, replacing the objects the
    dump holds (``--clean --if-exists``); the manifest read back from it."""
    _pg_restore(artifact, params, clean=True)
    try:
        with _connect(params) as connection:
            return manifest(connection)
    except psycopg.Error as error:
        raise BackupError(
            _("La base %(db)s respondió con error: %(error)s") % _failure(params, error)
        ) from error


def restore_manifest(artifact: Path, server: dict) -> dict:
    """Restore ``artifact`` into a scratch database on ``server`` with ``pg_restore``, read its manifest,
    drop it."""
    scratch = f"simulacro_{uuid.uuid4().hex[:12]}"
    admin = {**server, "dbname": server.get("dbname") or "postgres"}
    with _connect(admin, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(scratch)))
    try:
        _pg_restore(artifact, {**server, "dbname": scratch}, clean=False)
        with _connect({**server, "dbname": scratch}) as connection:
            return manifest(connection)
    finally:
        with _connect(admin, autocommit=True) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(scratch))
            )
