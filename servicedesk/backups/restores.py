"""Restores for real: a run's artifacts put back into a database and a folder, compared with their
manifests, and recorded along the checklist of one of the two restore procedures.

The copy is verified first (every artifact's SHA-256): a damaged copy restores nothing. The
artifacts come from the run's folder or, when that folder is gone, from its restic snapshot. The
portal database's dump goes to the database a URL names (``postgres://…`` restored with
``pg_restore --clean``, ``sqlite:///…`` with SQLite's backup API); the media files are extracted into
a folder. Each restored part is read back and compared with the manifest taken at backup time.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.db import connections, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from servicedesk.backups import offsite
from servicedesk.backups.checksums import sha256_file
from servicedesk.backups.choices import (
    ArtifactKind,
    Engine,
    RestorationStatus,
    RunStatus,
    StepAction,
    StepStatus,
    Trigger,
)
from servicedesk.backups.engines import BackupError, files, masked, postgres, sqlite
from servicedesk.backups.manifests import differences, tables_compared
from servicedesk.backups.models import BackupArtifact, BackupRun, Restoration, RestorationStep
from servicedesk.backups.procedures import CHECKLISTS

#: The states a restoration's restore can be run from (again, after a failure).
EXECUTABLE = (RestorationStatus.OPEN, RestorationStatus.FAILED)


class RestoreRefused(Exception):
    """The restoration cannot go on as asked; the message is in Spanish."""


@dataclass(frozen=True)
class DatabaseTarget:
    engine: str
    #: pg connection parameters, or ``{"path": …}`` for a SQLite file.
    params: dict
    shown: str


def database_target(url: str) -> DatabaseTarget:
    """The database a URL names: ``postgres://…`` or ``sqlite:///absolute/path``."""
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
        return DatabaseTarget(Engine.POSTGRESQL, postgres.params_from_url(url), masked(url))
    raise BackupError(_("La URL de la base de destino debe empezar por postgres:// o sqlite:///."))


def portal_database() -> DatabaseTarget:
    """The portal's own database (a restore after losing it: run with the portal stopped)."""
    settings_dict = connections["default"].settings_dict
    if connections["default"].vendor == "sqlite":
        path = str(settings_dict["NAME"])
        return DatabaseTarget(Engine.SQLITE, {"path": path}, _("Base del portal (%(path)s)") % {"path": path})
    params = postgres.params_from_settings(settings_dict)
    return DatabaseTarget(
        Engine.POSTGRESQL, params, _("Base del portal (%(db)s)") % {"db": params.get("dbname", "?")}
    )


def _artifacts_folder(run: BackupRun, scratch: Path, say: Callable[[str], None]) -> Path:
    folder = Path(run.folder) if run.folder else None
    if folder is not None and all((folder / a.filename).is_file() for a in run.artifacts.all()):
        return folder
    if run.restic_snapshot:
        say(
            _("La carpeta local de la copia no está completa: se trae de restic (%(id)s).")
            % {"id": run.restic_snapshot}
        )
        target = scratch / "restic"
        offsite.fetch(run, target)
        return target
    raise BackupError(
        _("Los archivos de la copia ya no están en %(path)s y no hay copia externa.") % {"path": run.folder}
    )


def _restore_database(artifact: BackupArtifact, path: Path, target: DatabaseTarget) -> dict:
    if artifact.engine != target.engine:
        raise BackupError(
            _("La copia es de una base %(copy)s y el destino es %(target)s: deben ser del mismo motor.")
            % {"copy": Engine(artifact.engine).label, "target": Engine(target.engine).label}
        )
    if target.engine == Engine.SQLITE:
        return sqlite.restore_manifest(path, Path(target.params["path"]))
    return postgres.restore_into(path, target.params)


def restore_run(
    run: BackupRun,
    *,
    database: DatabaseTarget | None,
    media: Path | None,
    say: Callable[[str], None],
) -> list[dict]:
    """Verify ``run``'s artifacts, restore the portal database into ``database`` and the media into
    ``media``, and compare each with its manifest; one entry per artifact.

    Raises :class:`BackupError` when the copy is damaged or missing (nothing is restored then).
    """
    artifacts = list(run.artifacts.all())
    with tempfile.TemporaryDirectory(prefix="restauracion-") as scratch:
        folder = _artifacts_folder(run, Path(scratch), say)
        for artifact in artifacts:
            if sha256_file(folder / artifact.filename) != artifact.sha256:
                raise BackupError(
                    _("%(name)s está dañado: su SHA-256 no coincide. No se restauró nada.")
                    % {"name": artifact.filename}
                )
        say(_("Copia íntegra: %(n)s archivo(s) con su SHA-256.") % {"n": len(artifacts)})
        results = []
        for artifact in artifacts:
            entry = {
                "artifact": artifact.filename,
                "kind": artifact.kind,
                "label": artifact.label,
                "target": "",
                "problems": [],
            }
            path = folder / artifact.filename
            restored = None
            try:
                if artifact.kind == ArtifactKind.PORTAL_DATABASE and database is not None:
                    entry["target"] = database.shown
                    restored = _restore_database(artifact, path, database)
                elif artifact.kind == ArtifactKind.MEDIA and media is not None:
                    entry["target"] = str(media)
                    media.mkdir(parents=True, exist_ok=True)
                    restored = files.restore_manifest(path, media)
            except BackupError as error:
                entry["problems"] = [str(error)]
            if restored is not None:
                entry["problems"] = differences(artifact.manifest, restored)
                entry["compared"] = tables_compared(restored)
            entry["restored"] = bool(entry["target"])
            results.append(entry)
            if not entry["restored"]:
                say(_("%(name)s: no se restauró (no se pidió destino).") % {"name": artifact.filename})
            elif entry["problems"]:
                say(f"{artifact.filename} → {entry['target']}: " + "; ".join(entry["problems"]))
            else:
                say(
                    _("%(name)s → %(target)s: restaurado, idéntico a su manifiesto.")
                    % {"name": artifact.filename, "target": entry["target"]}
                )
    return results


def reinstate(run: BackupRun, artifacts: list[BackupArtifact]) -> None:
    """After the portal's own database is restored from ``run``, the restored database learns how the
    run ended: the dump was taken while the run was still going."""
    run.save()
    BackupArtifact.objects.bulk_create(artifacts, ignore_conflicts=True)


def restorable(run: BackupRun) -> bool:
    return run.status == RunStatus.SUCCEEDED and run.pruned_at is None


def open_restoration(
    *,
    run: BackupRun,
    procedure: str,
    reason: str,
    user=None,
    database_env: str = "",
    media_target: str = "",
    trigger: str = Trigger.MANUAL,
) -> Restoration:
    """A restoration of ``run`` with its procedure's checklist, every step pending."""
    if not restorable(run):
        raise RestoreRefused(_("Solo se restaura una copia exitosa que la retención no haya eliminado."))
    with transaction.atomic():
        restoration = Restoration.objects.create(
            run=run,
            procedure=procedure,
            reason=reason,
            requested_by=user,
            trigger=trigger,
            started_at=timezone.now(),
            database_env=database_env,
            media_target=media_target,
        )
        RestorationStep.objects.bulk_create(
            RestorationStep(
                restoration=restoration,
                position=position,
                title=str(step.title),
                responsible=str(step.responsible),
                action=step.action,
            )
            for position, step in enumerate(CHECKLISTS[procedure], start=1)
        )
    return restoration


def record_result(
    restoration: Restoration, results: list[dict] | None, *, user=None, error: str = ""
) -> None:
    """The outcome of the restore on the restoration and on the portal's steps of its checklist."""
    now = timezone.now()
    failed = bool(error) or any(entry["problems"] for entry in results or [])
    restoration.results = results or []
    restoration.restored_at = now
    restoration.status = RestorationStatus.FAILED if failed else RestorationStatus.RESTORED
    restoration.error = error or (_("Lo restaurado no coincide con la copia.") if failed else "")
    restoration.database_target = next(
        (
            entry["target"]
            for entry in restoration.results
            if entry["kind"] == ArtifactKind.PORTAL_DATABASE and entry["target"]
        ),
        restoration.database_target,
    )
    restoration.save()
    restored = [entry for entry in restoration.results if entry["restored"]]
    notes = {
        StepAction.VERIFY: _("SHA-256 de %(n)s archivo(s) verificados.") % {"n": len(restoration.results)},
        StepAction.RESTORE: "\n".join(f"{entry['artifact']} → {entry['target']}" for entry in restored),
        StepAction.COMPARE: "\n".join(
            f"{entry['artifact']}: " + ("; ".join(entry["problems"]) or _("idéntico a su manifiesto"))
            for entry in restored
        ),
    }
    for step in restoration.steps.exclude(action=StepAction.MANUAL):
        # A copy that could not be restored leaves the portal's steps pending, with the reason; one
        # restored but different leaves the comparison pending, with the differences.
        if error:
            step.status, step.notes = StepStatus.PENDING, error
        elif failed and step.action == StepAction.COMPARE:
            step.status, step.notes = StepStatus.PENDING, notes[step.action]
        else:
            step.status, step.notes = StepStatus.DONE, notes[step.action]
        step.done_by, step.done_at = (user, now) if step.status == StepStatus.DONE else (None, None)
        step.save(update_fields=["status", "notes", "done_by", "done_at"])


def carry_out(restoration: Restoration, *, user=None) -> Restoration:
    """Run the restore an admin user asked for: targets from the restoration (the database's URL read
    from the environment variable it names)."""
    claimed = Restoration.objects.filter(pk=restoration.pk, status__in=EXECUTABLE).update(
        status=RestorationStatus.RESTORING
    )
    if not claimed:
        raise RestoreRefused(_("Esta restauración ya se está ejecutando o ya terminó."))
    restoration.refresh_from_db()
    lines = [restoration.log.rstrip("\n")] if restoration.log else []

    def say(message: str) -> None:
        lines.append(f"{timezone.localtime():%Y-%m-%d %H:%M:%S} {message}")

    results, error = None, ""
    try:
        database = None
        if restoration.database_env:
            url = os.environ.get(restoration.database_env, "").strip()
            if not url:
                raise BackupError(
                    _("La variable de entorno %(name)s no está definida en el servidor.")
                    % {"name": restoration.database_env}
                )
            database = database_target(url)
        media = Path(restoration.media_target) if restoration.media_target else None
        results = restore_run(restoration.run, database=database, media=media, say=say)
    except (BackupError, OSError) as failure:
        error = str(failure)
        say(_("Error: %(error)s") % {"error": error})
    restoration.log = "\n".join(lines) + "\n"
    record_result(restoration, results, user=user, error=error)
    return restoration


def record_step(step: RestorationStep, *, user, status: str, notes: str) -> None:
    """A person signs a manual step of the checklist (done or not applicable) with their notes."""
    if step.action != StepAction.MANUAL:
        raise RestoreRefused(_("Este paso lo hace el portal al ejecutar la restauración."))
    if step.restoration.status == RestorationStatus.CLOSED:
        raise RestoreRefused(_("La restauración ya está cerrada."))
    step.status, step.notes = status, notes
    step.done_by, step.done_at = (user, timezone.now()) if status != StepStatus.PENDING else (None, None)
    step.save(update_fields=["status", "notes", "done_by", "done_at"])


def pending_steps(restoration: Restoration) -> list[RestorationStep]:
    return list(restoration.steps.filter(status=StepStatus.PENDING))


def close(restoration: Restoration, *, user) -> None:
    """Close a restored restoration whose every step is done or not applicable: its acta is final."""
    if restoration.status != RestorationStatus.RESTORED:
        raise RestoreRefused(_("Solo se cierra una restauración restaurada y comprobada."))
    pending = pending_steps(restoration)
    if pending:
        raise RestoreRefused(
            _("Faltan pasos de la lista de chequeo: %(steps)s.")
            % {"steps": ", ".join(str(step.position) for step in pending)}
        )
    restoration.status, restoration.closed_by, restoration.finished_at = (
        RestorationStatus.CLOSED,
        user,
        timezone.now(),
    )
    restoration.save(update_fields=["status", "closed_by", "finished_at"])
