"""What a policy copies: one ``Source`` per artifact, with its engine, file name and size estimate."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils.translation import gettext as _

from servicedesk.backups.choices import ArtifactKind, Engine
from servicedesk.backups.engines import BackupError, files, postgres, sqlite
from servicedesk.backups.models import BackupPolicy


@dataclass
class Source:
    kind: str
    engine: str
    label: str
    filename: str
    #: Bytes the copy may take (for the free-space check before anything is written).
    estimate: Callable[[], int]
    #: ``dump(target, progress)`` writes the artifact to ``target`` and returns its manifest.
    dump: Callable[..., dict]


def _portal_database() -> Source:
    connection = connections["default"]
    label = _("Base de datos del portal")
    if connection.vendor == "sqlite":

        def estimate() -> int:
            connection.ensure_connection()
            pages, size = (
                connection.connection.execute(f"PRAGMA {p}").fetchone()[0]
                for p in ("page_count", "page_size")
            )
            return pages * size

        def dump(target: Path, progress) -> dict:
            connection.ensure_connection()
            if connection.in_atomic_block:
                # The backup API cannot copy a database its own connection is writing.
                return sqlite.rebuild(connection.connection, target, progress)
            return sqlite.backup(connection.connection, target, progress)

        return Source(ArtifactKind.PORTAL_DATABASE, Engine.SQLITE, label, "portal.sqlite3", estimate, dump)
    params = postgres.params_from_settings(connection.settings_dict)
    return Source(
        ArtifactKind.PORTAL_DATABASE,
        Engine.POSTGRESQL,
        label,
        "portal.dump",
        lambda: postgres.database_size(params),
        lambda target, progress: postgres.backup(params, target, progress),
    )


def _folder(kind: str, root: Path, label: str, filename: str) -> Source:
    return Source(
        kind,
        Engine.TAR,
        label,
        filename,
        lambda: files.folder_size(root),
        lambda target, progress: files.backup(root, target, progress),
    )


def _external_database(env_name: str) -> Source:
    def params() -> dict:
        url = os.environ.get(env_name, "").strip()
        if not url:
            raise BackupError(
                _("La variable de entorno %(name)s no está definida en el servidor.") % {"name": env_name}
            )
        return postgres.params_from_url(url)

    return Source(
        ArtifactKind.EXTERNAL_DATABASE,
        Engine.POSTGRESQL,
        env_name,
        f"{env_name.lower()}.dump",
        lambda: postgres.database_size(params()),
        lambda target, progress: postgres.backup(params(), target, progress),
    )


def _slug(path: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "raiz"


def sources_of(policy: BackupPolicy) -> list[Source]:
    """The artifacts a run of ``policy`` writes, in order."""
    sources = []
    if policy.include_portal_database:
        sources.append(_portal_database())
    if policy.include_media:
        sources.append(
            _folder(ArtifactKind.MEDIA, Path(settings.MEDIA_ROOT), _("Archivos del portal"), "medios.tar.gz")
        )
    sources += [_external_database(name) for name in policy.external_database_envs]
    for index, path in enumerate(policy.folder_paths, start=1):
        sources.append(
            _folder(ArtifactKind.FOLDER, Path(path), path, f"carpeta-{index}-{_slug(path)[:60]}.tar.gz")
        )
    return sources
