"""SQLite databases: SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from django.utils.translation import gettext as _

from servicedesk.backups.checksums import fold, row_digest
from servicedesk.backups.engines import BackupError


def backup(source: sqlite3.Connection, target: Path, progress: Callable[[int], None] | None = None) -> dict:
    """Copy the database open on ``source`` (in autocommit) to ``target``; the manifest is read from
    the copy.

    The pages are copied in one step, inside one read transaction: with the portal's write-ahead
    log the portal keeps reading and writing meanwhile, and the copy is the database as it was
    when the step began (copied in several steps, every write in between would restart it).
    """
    destination = sqlite3.connect(target)
    try:
        source.backup(destination, pages=-1)
        destination.execute("PRAGMA journal_mode=DELETE")
        if progress is not None:
            progress(target.stat().st_size)
        return manifest(destination)
    except sqlite3.Error as error:
        raise BackupError(_("La copia de la base SQLite falló: %(error)s") % {"error": error}) from error
    finally:
        destination.close()


def rebuild(source: sqlite3.Connection, target: Path, progress: Callable[[int], None] | None = None) -> dict:
    """Copy the database open on ``source`` to ``target`` from the SQL it reads (``iterdump``).

    For a connection inside a transaction of its own (a caller inside ``transaction.atomic``, as the
    test suite seeds the demo): the backup API would wait forever on that transaction's lock, while
    the SQL read on the connection sees its writes.
    The copy holds the same tables, rows, indexes and triggers; its manifest is read from it.
    """
    # A virtual table's rows live in its shadow tables, which are dumped as tables of their own.
    virtual = tuple(
        'INSERT INTO "{}" VALUES'.format(name.replace('"', '""'))
        for (name,) in source.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
    )
    destination = sqlite3.connect(target, isolation_level=None)
    try:
        destination.execute("BEGIN")
        for statement in source.iterdump():
            if statement not in ("BEGIN TRANSACTION;", "COMMIT;") and not statement.startswith(virtual):
                destination.execute(statement)
        destination.execute("COMMIT")
        destination.execute("PRAGMA writable_schema=OFF")
    except sqlite3.Error as error:
        raise BackupError(_("La copia de la base SQLite falló: %(error)s") % {"error": error}) from error
    finally:
        destination.close()
    if progress is not None:
        progress(target.stat().st_size)
    # Opened again: virtual tables (full-text search) are written into the schema by the dump and
    # only known to a connection that reads the schema afresh.
    reopened = sqlite3.connect(target)
    try:
        return manifest(reopened)
    except sqlite3.Error as error:
        raise BackupError(_("La copia de la base SQLite falló: %(error)s") % {"error": error}) from error
    finally:
        reopened.close()


def manifest(connection: sqlite3.Connection) -> dict:
    """Rows and an order-independent checksum of every table."""
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    result = {}
    for name in tables:
        rows = total = 0
        quoted = '"' + name.replace('"', '""') + '"'
        for row in connection.execute(f"SELECT * FROM {quoted}"):  # noqa: S608 - a name read from the schema
            rows += 1
            total += row_digest(repr(row))
        result[name] = {"rows": rows, "checksum": fold(total)}
    return {"tables": result}


def restore_manifest(artifact: Path, scratch: Path) -> dict:
    """Restore ``artifact`` into the scratch file ``scratch`` (backup API), check it, read its manifest."""
    try:
        source = sqlite3.connect(f"file:{artifact}?mode=ro", uri=True)
        restored = sqlite3.connect(scratch)
        try:
            source.backup(restored)
            (integrity,) = restored.execute("PRAGMA integrity_check").fetchone()
            if integrity != "ok":
                raise BackupError(
                    _("La base restaurada no pasa la verificación de integridad: %(r)s") % {"r": integrity}
                )
            return manifest(restored)
        finally:
            restored.close()
            source.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(_("No se pudo restaurar la copia SQLite: %(error)s") % {"error": error}) from error


def execute(path: Path, statement: str, args: tuple = ()) -> int:
    """Run one statement on the SQLite file ``path``, committed; the rows it touched."""
    try:
        with sqlite3.connect(path) as database:
            return database.execute(statement, args).rowcount
    except sqlite3.Error as error:
        raise BackupError(
            _("La base SQLite %(path)s no respondió: %(error)s") % {"path": path, "error": error}
        ) from error
