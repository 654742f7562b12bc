"""Restores for real: a run's artifacts put back into a database and a folder, compared with their
manifests, and recorded along the checklist of one of the two restore procedures.

The copy is verified first (every artifact's SHA-256): a damaged copy restores nothing. The
artifacts come from the run's folder or, when that folder is gone, from its restic snapshot. The
portal database's dump goes to the database a URL names (``postgres://…`` restored with
``pg_restore --clean``, ``sqlite:///…`` with SQLite's backup API); the media files are extracted into
a folder and read back from it. Each restored part is compared with the manifest taken at backup
time. Where the targets may be is ``restore_targets``' business.
"""

from __future__ import annotations

import logging
import os
import socket
import tempfile
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from servicedesk.backups import offsite
from servicedesk.backups.checksums import sha256_file
from servicedesk.backups.choices import (
    ArtifactKind,
    Engine,
    Phase,
    RestorationStatus,
    RunStatus,
    StepAction,
    StepStatus,
    Trigger,
)
from servicedesk.backups.engines import BackupError, files, postgres, sqlite
from servicedesk.backups.manifests import differences, tables_compared
from servicedesk.backups.models import BackupArtifact, BackupRun, Restoration, RestorationStep
from servicedesk.backups.procedures import CHECKLISTS
from servicedesk.backups.processes import process_alive
from servicedesk.backups.restore_targets import DatabaseTarget, check_media_target, database_from_env

logger = logging.getLogger(__name__)

#: The states a restoration's restore can be run from (again, after a failure).
EXECUTABLE = (RestorationStatus.OPEN, RestorationStatus.FAILED)


class RestoreRefused(Exception):
    """The restoration cannot go on as asked; the message is in Spanish."""


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


def _finish_run_in(target: DatabaseTarget, run: BackupRun) -> None:
    """The dump was taken while ``run`` was going: in the restored database the run is marked as
    it ended, or the portal restored there would believe a copy is still running."""
    values = {
        "status": RunStatus.SUCCEEDED.value,
        "phase": Phase.DONE.value,
        "folder": run.folder,
        "restic_snapshot": run.restic_snapshot,
        "bytes_written": run.bytes_written,
        "files_written": run.files_written,
    }
    if target.engine == Engine.SQLITE:
        # Django keeps SQLite datetimes as UTC text.
        values["finished_at"] = run.finished_at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
        columns = ", ".join(f"{name} = ?" for name in values)
        statement = f"UPDATE backups_backuprun SET {columns} WHERE id = ?"  # noqa: S608 - names of ours
        sqlite.execute(Path(target.params["path"]), statement, (*values.values(), run.pk))
    else:
        values["finished_at"] = run.finished_at
        columns = ", ".join(f"{name} = %s" for name in values)
        statement = f"UPDATE backups_backuprun SET {columns} WHERE id = %s"  # noqa: S608 - names of ours
        postgres.execute(target.params, statement, (*values.values(), run.pk))


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
    # Scratch space for a copy fetched from restic: beside the policy's copies, not in /tmp.
    scratch_root = run.policy.destination if os.path.isdir(run.policy.destination) else None
    with tempfile.TemporaryDirectory(prefix="restauracion-", dir=scratch_root) as scratch:
        folder = _artifacts_folder(run, Path(scratch), say)
        for artifact in artifacts:
            if sha256_file(folder / artifact.filename) != artifact.sha256:
                raise BackupError(
                    _("%(name)s está dañado: su SHA-256 no coincide. No se restauró nada.")
                    % {"name": artifact.filename}
                )
        say(_("Copia íntegra: %(n)s archivo(s) con su SHA-256.") % {"n": len(artifacts)})
        return [_restore_artifact(artifact, folder, run, database, media, say) for artifact in artifacts]


def _restore_artifact(artifact, folder: Path, run, database, media, say) -> dict:
    entry = {
        "artifact": artifact.filename,
        "kind": artifact.kind,
        "label": artifact.label,
        "target": "",
        "restored": False,
        "error": "",
        "problems": [],
    }
    path = folder / artifact.filename
    try:
        if artifact.kind == ArtifactKind.PORTAL_DATABASE and database is not None:
            entry["target"] = database.shown
            restored = _restore_database(artifact, path, database)
            _finish_run_in(database, run)
        elif artifact.kind == ArtifactKind.MEDIA and media is not None:
            entry["target"] = str(media)
            media.mkdir(parents=True, exist_ok=True)
            restored = files.restore_manifest(path, media)
        else:
            say(_("%(name)s: no se restauró (no se pidió destino).") % {"name": artifact.filename})
            return entry
    except BackupError as error:
        entry["error"], entry["problems"] = str(error), [str(error)]
        say(f"{artifact.filename} → {entry['target']}: {error}")
        return entry
    entry["restored"] = True
    entry["problems"] = differences(artifact.manifest, restored)
    entry["compared"] = tables_compared(restored)
    if entry["problems"]:
        say(f"{artifact.filename} → {entry['target']}: " + "; ".join(entry["problems"]))
    else:
        say(
            _("%(name)s → %(target)s: restaurado, idéntico a su manifiesto.")
            % {"name": artifact.filename, "target": entry["target"]}
        )
    return entry


def reinstate(run: BackupRun, artifacts: list[BackupArtifact]) -> None:
    """After the portal's own database is restored from ``run``, the restored database learns how the
    run ended and what it wrote (the dump was taken while the run was still going)."""
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
    """A restoration of ``run`` with its procedure's checklist, every step pending (written in the
    portal's language, whoever opens it: the acta is an institutional record)."""
    if not restorable(run):
        raise RestoreRefused(_("Solo se restaura una copia exitosa que la retención no haya eliminado."))
    with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
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
    results = results or []
    if results and not error and not any(entry["restored"] or entry.get("error") for entry in results):
        error = _("La copia no tiene nada de lo que se pidió restaurar (base del portal o archivos).")
    failed = bool(error) or any(entry["problems"] for entry in results)
    restoration.results = results
    restoration.restored_at = now
    restoration.status = RestorationStatus.FAILED if failed else RestorationStatus.RESTORED
    restoration.error = error or (_("Lo restaurado no coincide con la copia.") if failed else "")
    restoration.database_target = next(
        (
            entry["target"]
            for entry in results
            if entry["kind"] == ArtifactKind.PORTAL_DATABASE and entry["target"]
        ),
        restoration.database_target,
    )
    restoration.save()
    restored = [entry for entry in results if entry["restored"]]
    notes = {
        StepAction.VERIFY: _("SHA-256 de %(n)s archivo(s) verificados.") % {"n": len(results)},
        StepAction.RESTORE: "\n".join(
            f"{entry['artifact']} → {entry['target']}" + (f": {entry['error']}" if entry.get("error") else "")
            for entry in results
            if entry["target"]
        ),
        StepAction.COMPARE: "\n".join(
            f"{entry['artifact']}: " + ("; ".join(entry["problems"]) or _("idéntico a su manifiesto"))
            for entry in restored
        ),
    }
    done = {
        # A copy that could not be read leaves every step of the portal pending, with the reason.
        StepAction.VERIFY: bool(results),
        StepAction.RESTORE: bool(restored) and not any(entry.get("error") for entry in results),
        StepAction.COMPARE: bool(restored) and not failed,
    }
    for step in restoration.steps.exclude(action=StepAction.MANUAL):
        step.status = StepStatus.DONE if done[step.action] else StepStatus.PENDING
        step.notes = notes[step.action] or error
        step.done_by, step.done_at = (user, now) if step.status == StepStatus.DONE else (None, None)
        step.save(update_fields=["status", "notes", "done_by", "done_at"])


def recover_interrupted_restorations() -> int:
    """Mark "fallida" the restorations of this host left "restaurando" by a process that is gone."""
    recovered = 0
    for restoration in Restoration.objects.filter(
        status=RestorationStatus.RESTORING, host=socket.gethostname()
    ):
        if process_alive(restoration.pid):
            continue
        note = _("Interrumpida: el proceso %(pid)s terminó sin acabarla; puede ejecutarse otra vez.") % {
            "pid": restoration.pid
        }
        recovered += Restoration.objects.filter(pk=restoration.pk, status=RestorationStatus.RESTORING).update(
            status=RestorationStatus.FAILED, error=note, log=f"{restoration.log}{note}\n"
        )
    return recovered


def carry_out(restoration: Restoration, *, user=None) -> Restoration:
    """Run the restore an admin user asked for: targets from the restoration (the database's URL read
    from the environment variable it names, checked again here, where it is used)."""
    recover_interrupted_restorations()
    claimed = Restoration.objects.filter(pk=restoration.pk, status__in=EXECUTABLE).update(
        status=RestorationStatus.RESTORING, host=socket.gethostname(), pid=os.getpid()
    )
    if not claimed:
        raise RestoreRefused(_("Esta restauración ya se está ejecutando o ya terminó."))
    restoration.refresh_from_db()
    lines = [restoration.log.rstrip("\n")] if restoration.log else []

    def say(message: str) -> None:
        lines.append(f"{timezone.localtime():%Y-%m-%d %H:%M:%S} {message}")

    results, error = None, ""
    try:
        database = database_from_env(restoration.database_env) if restoration.database_env else None
        media = Path(restoration.media_target) if restoration.media_target else None
        if media is not None:
            check_media_target(media, new=False)
        results = restore_run(restoration.run, database=database, media=media, say=say)
    except (BackupError, OSError) as failure:
        error = str(failure)
    except Exception as failure:  # noqa: BLE001 - whatever happens, the restoration must not stay "restaurando"
        logger.exception("Restoration %s failed", restoration.pk)
        error = _("Error inesperado: %(error)s") % {"error": failure}
    if error:
        say(_("Error: %(error)s") % {"error": error})
    restoration.log = "\n".join(lines) + "\n"
    record_result(restoration, results, user=user, error=error)
    return restoration


def record_step(step: RestorationStep, *, user, status: str, notes: str) -> None:
    """A person signs a manual step of the checklist (done, not applicable with the reason, or back to
    pending) with their notes."""
    if step.action != StepAction.MANUAL:
        raise RestoreRefused(_("Este paso lo hace el portal al ejecutar la restauración."))
    if status == StepStatus.NOT_APPLICABLE and not notes.strip():
        raise RestoreRefused(_("Diga por qué el paso no aplica."))
    with transaction.atomic():
        restoration = Restoration.objects.select_for_update().get(pk=step.restoration_id)
        if restoration.status == RestorationStatus.CLOSED:
            raise RestoreRefused(_("La restauración ya está cerrada."))
        step.status, step.notes = status, notes
        step.done_by, step.done_at = (user, timezone.now()) if status != StepStatus.PENDING else (None, None)
        step.save(update_fields=["status", "notes", "done_by", "done_at"])


def closable(restoration: Restoration, steps: list[RestorationStep]) -> bool:
    """Restored and checked, and every step of its checklist done or not applicable."""
    return restoration.status == RestorationStatus.RESTORED and all(
        step.status != StepStatus.PENDING for step in steps
    )


def close(restoration: Restoration, *, user) -> None:
    """Close a restored restoration whose every step is done or not applicable: its acta is final."""
    with transaction.atomic():
        restoration = Restoration.objects.select_for_update().get(pk=restoration.pk)
        if restoration.status != RestorationStatus.RESTORED:
            raise RestoreRefused(_("Solo se cierra una restauración restaurada y comprobada."))
        pending = list(restoration.steps.filter(status=StepStatus.PENDING))
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
