"""Restore drills: a run's artifacts restored into scratch space and compared with their manifests.

A database is restored into a scratch database (a temporary SQLite file; a temporary PostgreSQL
database on the drill server, dropped after), its per-table rows and checksums read back and
compared; a folder's tar is read back file by file. The drill's duration is the measured RTO, the
age of the copy when the drill started the measured RPO.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from servicedesk.backups.checksums import sha256_file
from servicedesk.backups.choices import DrillStatus, Engine, RunStatus, Trigger
from servicedesk.backups.engines import BackupError, files, postgres, sqlite
from servicedesk.backups.manifests import differences, tables_compared
from servicedesk.backups.models import BackupArtifact, BackupPolicy, BackupRun, RestoreDrill
from servicedesk.backups.signals import drill_failed


class DrillRefused(Exception):
    """There is nothing to drill (no successful run); the message is in Spanish."""


def drill_server() -> dict | None:
    """Where PostgreSQL dumps are restored: ``BACKUP_DRILL_DATABASE_URL``, else the portal's own
    PostgreSQL server; ``None`` when the portal runs on SQLite and none is set."""
    url = os.environ.get("BACKUP_DRILL_DATABASE_URL", "").strip()
    if url:
        return postgres.params_from_url(url)
    connection = connections["default"]
    if connection.vendor == "postgresql":
        params = postgres.params_from_settings(connection.settings_dict)
        params["dbname"] = "postgres"
        return params
    return None


def _restore(artifact: BackupArtifact, path: Path, scratch: Path) -> dict:
    if artifact.engine == Engine.SQLITE:
        return sqlite.restore_manifest(path, scratch / f"{artifact.pk}.sqlite3")
    if artifact.engine == Engine.POSTGRESQL:
        server = drill_server()
        if server is None:
            raise BackupError(
                _("No hay servidor PostgreSQL para restaurar %(name)s: defina BACKUP_DRILL_DATABASE_URL.")
                % {"name": artifact.filename}
            )
        return postgres.restore_manifest(path, server)
    return files.restore_manifest(path)


def latest_run(policy: BackupPolicy) -> BackupRun | None:
    return (
        policy.runs.filter(status=RunStatus.SUCCEEDED, pruned_at__isnull=True).order_by("-started_at").first()
    )


def run_drill(
    run: BackupRun, *, trigger: str = Trigger.SCHEDULE, user=None, now: datetime | None = None
) -> RestoreDrill:
    """Restore ``run`` into scratch space and compare; the drill, passed or failed."""
    if run.status != RunStatus.SUCCEEDED:
        raise DrillRefused(
            _("Solo se prueba una copia exitosa; esta está «%(s)s».") % {"s": run.get_status_display()}
        )
    started = now or timezone.now()
    drill = RestoreDrill.objects.create(
        run=run,
        trigger=trigger,
        requested_by=user,
        started_at=started,
        rpo_seconds=(started - run.started_at).total_seconds(),
    )
    log, results, failed = [], [], False
    with tempfile.TemporaryDirectory(prefix="simulacro-") as scratch:
        for artifact in run.artifacts.all():
            path = Path(run.folder) / artifact.filename
            entry = {"artifact": artifact.filename, "label": artifact.label, "problems": []}
            try:
                if not path.is_file():
                    raise BackupError(_("Falta el archivo %(name)s.") % {"name": artifact.filename})
                if sha256_file(path) != artifact.sha256:
                    raise BackupError(
                        _("%(name)s está dañado: su SHA-256 no coincide.") % {"name": artifact.filename}
                    )
                restored = _restore(artifact, path, Path(scratch))
                entry["problems"] = differences(artifact.manifest, restored)
                entry["compared"] = tables_compared(restored)
            except BackupError as error:
                entry["problems"] = [str(error)]
            failed = failed or bool(entry["problems"])
            results.append(entry)
            log.append(
                f"{artifact.filename}: "
                + ("; ".join(entry["problems"]) if entry["problems"] else _("idéntico a su manifiesto"))
            )
    drill.finished_at = timezone.now()
    drill.rto_seconds = (drill.finished_at - started).total_seconds()
    drill.status = DrillStatus.FAILED if failed else DrillStatus.PASSED
    drill.results, drill.log = results, "\n".join(log) + "\n"
    if failed:
        drill.error = _("La copia no se restauró idéntica.")
    drill.save()
    if failed:
        with translation.override(settings.LANGUAGE_CODE):
            drill_failed.send(
                sender=RestoreDrill,
                drill=drill,
                record=drill,
                evidence_source=run.policy.evidence_source,
                occurred_at=drill.finished_at,
                description=_("La copia %(run)s de «%(policy)s» no se restauró idéntica en el simulacro.")
                % {"run": run.pk, "policy": run.policy.name},
                impact=_("Esa copia no permitiría recuperar la información tal como se respaldó."),
            )
    return drill
