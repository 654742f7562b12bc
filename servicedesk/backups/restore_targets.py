"""Where a restoration may restore: a database named by a URL (never the portal's own from the
admin, never one a policy copies) and a folder (never the portal's live media or a backup's)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils.translation import gettext as _

from servicedesk.backups.choices import Engine
from servicedesk.backups.engines import BackupError, postgres
from servicedesk.backups.models import BackupPolicy


@dataclass(frozen=True)
class DatabaseTarget:
    engine: str
    #: pg connection parameters, or ``{"path": …}`` for a SQLite file.
    params: dict
    #: Shown in logs, pages and the acta: never a password.
    shown: str


def database_target(url: str) -> DatabaseTarget:
    """The database a URL names: ``postgres://…`` or ``sqlite:////absolute/path``."""
    url = url.strip()
    if url.startswith("sqlite://"):
        path = url.removeprefix("sqlite://")
        path = path[1:] if path.startswith("//") else path
        if not path.startswith("/"):
            raise BackupError(
                _("La ruta de la base SQLite debe ser absoluta: sqlite:////ruta/archivo.sqlite3.")
            )
        return DatabaseTarget(Engine.SQLITE, {"path": path}, f"sqlite://{path}")
    if url.startswith(("postgres://", "postgresql://")):
        params = postgres.params_from_url(url)
        return DatabaseTarget(Engine.POSTGRESQL, params, postgres.shown(params))
    raise BackupError(_("La URL de la base de destino debe empezar por postgres:// o sqlite:///."))


def database_from_env(name: str) -> DatabaseTarget:
    """The database whose URL the server's environment variable ``name`` holds, checked as an admin
    restoration's target: defined, valid, not a database a policy copies, not the portal's own."""
    url = os.environ.get(name, "").strip()
    if not url:
        raise BackupError(
            _("La variable de entorno %(name)s no está definida en el servidor.") % {"name": name}
        )
    if any(
        name in policy.external_database_envs
        for policy in BackupPolicy.objects.exclude(external_databases="")
    ):
        raise BackupError(
            _("%(name)s es una base que una política copia: una restauración no la reemplaza.")
            % {"name": name}
        )
    target = database_target(url)
    if is_portal_database(target):
        raise BackupError(
            _(
                "Esa es la base del propio portal: restáurela con «manage.py restore_backup» y el portal "
                "detenido."
            )
        )
    return target


def portal_database() -> DatabaseTarget:
    """The portal's own database (a restore after losing it: run with the portal stopped)."""
    connection = connections["default"]
    if connection.vendor == "sqlite":
        path = str(connection.settings_dict["NAME"])
        if not path.startswith("/"):
            raise BackupError(_("La base SQLite del portal no es un archivo (%(name)s).") % {"name": path})
        return DatabaseTarget(Engine.SQLITE, {"path": path}, _("Base del portal (%(path)s)") % {"path": path})
    params = postgres.params_from_settings(connection.settings_dict)
    return DatabaseTarget(
        Engine.POSTGRESQL, params, _("Base del portal (%(db)s)") % {"db": params.get("dbname")}
    )


def is_portal_database(target: DatabaseTarget) -> bool:
    """Whether ``target`` is the database the portal runs on, however its address is written (a
    PostgreSQL server is recognised by its start time and the database by its name)."""
    connection = connections["default"]
    if target.engine != connection.vendor:
        return False
    if target.engine == Engine.SQLITE:
        name = str(connection.settings_dict["NAME"])
        return name.startswith("/") and os.path.realpath(name) == os.path.realpath(target.params["path"])
    identity = "SELECT pg_postmaster_start_time()::text, current_database()"
    with connection.cursor() as cursor:
        cursor.execute(identity)
        own = tuple(cursor.fetchone())
    return postgres.query_one(target.params, identity) == own


def check_media_target(path: Path, *, new: bool) -> None:
    """Refuse a folder a restoration must not fill: the portal's live media or static files, a
    backup destination, the portal's own code (its ``var`` folder aside); with ``new``, also a folder
    that already holds files."""
    resolved = Path(os.path.realpath(path))
    protected = [
        (Path(settings.MEDIA_ROOT), _("los archivos en uso del portal (MEDIA_ROOT)")),
        (Path(settings.STATIC_ROOT), _("los archivos estáticos del portal")),
        *(
            (Path(policy.destination), _("las copias de una política"))
            for policy in BackupPolicy.objects.all()
        ),
    ]
    for root, what in protected:
        root = Path(os.path.realpath(root))
        if resolved == root or root in resolved.parents or resolved in root.parents:
            raise BackupError(
                _("%(path)s está en %(what)s o los contiene: elija otra carpeta.")
                % {"path": path, "what": what}
            )
    code, var = Path(os.path.realpath(settings.BASE_DIR)), Path(os.path.realpath(settings.VAR_DIR))
    if (
        resolved == code or code in resolved.parents or resolved in code.parents
    ) and var not in resolved.parents:
        raise BackupError(
            _("%(path)s está en la carpeta del portal o la contiene: elija otra carpeta.") % {"path": path}
        )
    if new and resolved.exists() and (not resolved.is_dir() or any(resolved.iterdir())):
        raise BackupError(
            _("%(path)s ya tiene archivos: restaure en una carpeta vacía o nueva.") % {"path": path}
        )
