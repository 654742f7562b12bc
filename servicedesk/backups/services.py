"""Running a policy: crash-safe artifacts, live progress, the log; and recovering interrupted runs.

A run writes into ``<destination>/<policy>/<stamp>-<run>.partial/``: each artifact first as
``<name>.tmp``, renamed once complete and checksummed; the folder loses its ``.partial`` suffix only
when every artifact is in it, and only then is the run marked successful. A run whose process died
(``kill -9``, a power cut) stays "en curso" with a ``.partial`` folder: the next run, the next start
of the consumer or ``run_backup`` marks it "interrumpida" and removes its folder.

Progress and log lines are written with single-row updates outside any transaction, so the run's
page shows them while the copy goes on.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import threading
import time
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from servicedesk.backups import offsite
from servicedesk.backups.checksums import sha256_file
from servicedesk.backups.choices import UNFINISHED_RESTORATIONS, Phase, RunStatus, Trigger
from servicedesk.backups.engines import BackupError
from servicedesk.backups.models import BackupArtifact, BackupPolicy, BackupRun, Restoration
from servicedesk.backups.processes import process_alive
from servicedesk.backups.retention import select
from servicedesk.backups.signals import backup_failed
from servicedesk.backups.sources import Source, sources_of
from servicedesk.monitoring.services import record_heartbeat

logger = logging.getLogger(__name__)

PARTIAL = ".partial"
#: Free space asked for beyond the estimate (compression rarely grows data; metadata does).
SPACE_MARGIN = 1.1
SPACE_FLOOR = 16 * 1024 * 1024
PROGRESS_SECONDS = 1.0
OFFSITE_IMPACT = gettext_lazy(
    "La copia existe solo en el servidor: si este se pierde, esa noche no tiene copia externa."
)

#: Runs executing in this process (threads of one consumer run several policies at once).
_ACTIVE: set[int] = set()
_ACTIVE_LOCK = threading.Lock()


class RunRefused(Exception):
    """A run cannot start (another run of the policy is going on); the message is in Spanish."""


def free_bytes(path: Path) -> int:
    return shutil.disk_usage(path).free


def recover_interrupted(now: datetime | None = None) -> int:
    """Mark "interrumpida" the runs of this host whose process is gone; remove their partial folders."""
    now = now or timezone.now()
    host = socket.gethostname()
    recovered = 0
    for run in BackupRun.objects.filter(status=RunStatus.RUNNING, host=host):
        with _ACTIVE_LOCK:
            alive = run.pk in _ACTIVE if run.pid == os.getpid() else process_alive(run.pid)
        if alive:
            continue
        if run.folder.endswith(PARTIAL):
            shutil.rmtree(run.folder, ignore_errors=True)
        note = _(
            "Interrumpida: el proceso %(pid)s terminó sin acabarla; se borraron sus archivos parciales."
        ) % {"pid": run.pid}
        updated = BackupRun.objects.filter(pk=run.pk, status=RunStatus.RUNNING).update(
            status=RunStatus.INTERRUPTED, finished_at=now, error=note, log=f"{run.log}{note}\n"
        )
        recovered += updated
    return recovered


class Recorder:
    """Writes a run's progress and log as it goes (single-row updates, visible at once)."""

    def __init__(self, run: BackupRun):
        self.run = run
        self.lines: list[str] = []
        self.base_bytes = 0
        self.base_files = 0
        self.written_at = 0.0

    def say(self, message: str) -> None:
        stamp = timezone.localtime().strftime("%H:%M:%S")
        self.lines.append(f"{stamp} {message}")
        self.run.log = "\n".join(self.lines) + "\n"
        BackupRun.objects.filter(pk=self.run.pk).update(log=self.run.log)

    def phase(self, phase: str) -> None:
        self.run.phase = phase
        BackupRun.objects.filter(pk=self.run.pk).update(phase=phase)

    def progress(self, done_bytes: int, done_files: int = 0, *, force: bool = False) -> None:
        """Counted at every call, written at most once a second (a folder of many small files would
        otherwise cost one update per file)."""
        self.run.bytes_written = self.base_bytes + done_bytes
        self.run.files_written = self.base_files + done_files
        now = time.monotonic()
        if force or now - self.written_at >= PROGRESS_SECONDS:
            self.written_at = now
            BackupRun.objects.filter(pk=self.run.pk).update(
                bytes_written=self.run.bytes_written, files_written=self.run.files_written
            )

    def artifact_done(self, size: int, count: int) -> None:
        self.base_bytes += size
        self.base_files += count
        self.progress(0, 0, force=True)


def _folder_for(policy: BackupPolicy, run: BackupRun) -> Path:
    stamp = timezone.localtime(run.started_at).strftime("%Y%m%d-%H%M%S")
    return Path(policy.destination) / f"politica-{policy.pk}" / f"{stamp}-{run.pk}{PARTIAL}"


def _check_space(destination: Path, sources: list[Source], recorder: Recorder) -> None:
    if not destination.is_dir():
        raise BackupError(
            _("La carpeta de destino %(path)s no existe o no es una carpeta.") % {"path": destination}
        )
    needed = int(sum(source.estimate() for source in sources) * SPACE_MARGIN) + SPACE_FLOOR
    free = free_bytes(destination)
    recorder.say(
        _("Espacio: se necesitan unos %(need)s bytes; hay %(free)s libres.") % {"need": needed, "free": free}
    )
    if free < needed:
        raise BackupError(
            _(
                "Espacio insuficiente en %(path)s: la copia necesita unos %(need)s MB y hay %(free)s MB "
                "libres. No se escribió nada."
            )
            % {"path": destination, "need": needed // 2**20 + 1, "free": free // 2**20}
        )


def _write(source: Source, folder: Path, recorder: Recorder) -> BackupArtifact:
    partial = folder / f"{source.filename}.tmp"
    recorder.say(_("Copiando: %(label)s") % {"label": source.label})

    def progress(done: int, files: int = 0) -> None:
        recorder.progress(done, files)

    manifest = source.dump(partial, progress)
    recorder.phase(Phase.CHECKSUMS)
    size = partial.stat().st_size
    digest = sha256_file(partial)
    partial.rename(folder / source.filename)
    counted = manifest.get("files", 1)
    recorder.artifact_done(size, counted)
    recorder.say(
        _("Listo: %(name)s, %(size)s bytes, SHA-256 %(sha)s")
        % {"name": source.filename, "size": size, "sha": digest}
    )
    return BackupArtifact(
        run=recorder.run,
        kind=source.kind,
        engine=source.engine,
        label=source.label,
        filename=source.filename,
        size=size,
        sha256=digest,
        manifest=manifest,
    )


def _send_offsite(policy: BackupPolicy, run: BackupRun, folder: Path, recorder: Recorder) -> str:
    """The off-site copy of a complete run; its error, if any. A failed off-site copy keeps the local
    one (complete and checksummed): the run succeeds, with the error written on it and announced."""
    if not policy.restic_repository:
        return ""
    recorder.phase(Phase.OFFSITE)
    try:
        run.restic_snapshot = offsite.send(policy, run, folder, recorder.say)
    except BackupError as error:
        run.error = _("La copia local quedó completa, pero la copia externa (restic) falló: %(error)s") % {
            "error": error
        }
        recorder.say(run.error)
        return run.error
    return ""


def _announce_failure(run: BackupRun, *, impact: str = "") -> None:
    with translation.override(settings.LANGUAGE_CODE):
        backup_failed.send(
            sender=BackupRun,
            run=run,
            record=run,
            evidence_source=run.policy.evidence_source,
            occurred_at=run.finished_at,
            description=_("Falló la copia de seguridad «%(policy)s»: %(error)s")
            % {"policy": run.policy.name, "error": run.error},
            impact=str(impact)
            if impact
            else _("La información de esa noche no quedó respaldada hasta que se repita la copia."),
        )


def _push_heartbeat(policy: BackupPolicy, run: BackupRun) -> None:
    """A successful run calls its policy's push monitor: runs that stop arriving turn it DOWN."""
    monitor = policy.heartbeat_monitor
    if monitor is not None and monitor.active:
        record_heartbeat(monitor, at=run.finished_at, message=_("Copia %(pk)s exitosa") % {"pk": run.pk})


def run_policy(
    policy: BackupPolicy, *, trigger: str = Trigger.SCHEDULE, user=None, now: datetime | None = None
) -> BackupRun:
    """Run ``policy`` now, in this process; the run, successful or failed (never raises on a failed copy).

    Raises :class:`RunRefused` if another run of the policy is going on.
    """
    recover_interrupted()
    if policy.runs.filter(status=RunStatus.RUNNING).exists():
        raise RunRefused(_("Ya hay una copia en curso de la política «%(name)s».") % {"name": policy.name})
    run = BackupRun.objects.create(
        policy=policy,
        trigger=trigger,
        requested_by=user,
        started_at=now or timezone.now(),
        host=socket.gethostname(),
        pid=os.getpid(),
    )
    with _ACTIVE_LOCK:
        _ACTIVE.add(run.pk)
    recorder = Recorder(run)
    folder = _folder_for(policy, run)
    try:
        sources = sources_of(policy)
        recorder.say(
            _("Copia de «%(name)s»: %(count)s origen(es).") % {"name": policy.name, "count": len(sources)}
        )
        recorder.phase(Phase.CHECKING_SPACE)
        _check_space(Path(policy.destination), sources, recorder)
        folder.mkdir(parents=True)
        BackupRun.objects.filter(pk=run.pk).update(folder=str(folder))
        run.folder = str(folder)
        artifacts = []
        for source in sources:
            recorder.phase(Phase.DATABASE if source.engine != "tar" else Phase.FILES)
            artifacts.append(_write(source, folder, recorder))
        final = folder.with_name(folder.name.removesuffix(PARTIAL))
        folder.rename(final)
        folder = final
        recorder.say(_("Copia completa en %(path)s") % {"path": final})
        offsite_error = _send_offsite(policy, run, final, recorder)
        with transaction.atomic():
            BackupArtifact.objects.bulk_create(artifacts)
            run.status, run.phase, run.folder = RunStatus.SUCCEEDED, Phase.DONE, str(final)
            run.finished_at = timezone.now()
            run.save(
                update_fields=[
                    "status",
                    "phase",
                    "folder",
                    "finished_at",
                    "log",
                    "bytes_written",
                    "files_written",
                    "restic_snapshot",
                    "error",
                ]
            )
        if offsite_error:
            transaction.on_commit(lambda: _announce_failure(run, impact=OFFSITE_IMPACT))
    except (BackupError, OSError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        message = str(error)
        recorder.say(_("Error: %(error)s") % {"error": message})
        run.status, run.error, run.finished_at = RunStatus.FAILED, message, timezone.now()
        run.save(update_fields=["status", "error", "finished_at", "log"])
        logger.warning("Backup run %s of policy %s failed: %s", run.pk, policy.pk, message)
        transaction.on_commit(lambda: _announce_failure(run))
    finally:
        with _ACTIVE_LOCK:
            _ACTIVE.discard(run.pk)
    if run.status == RunStatus.SUCCEEDED:
        _after_success(policy, run, recorder)
    return run


def _after_success(policy: BackupPolicy, run: BackupRun, recorder: Recorder) -> None:
    """The heartbeat and the retention of a successful run: a problem here is logged on the run,
    never turns the copy, which is complete, into a failure."""
    try:
        _push_heartbeat(policy, run)
        recorder.phase(Phase.RETENTION)
        pruned = apply_retention(policy)
        recorder.say(_("Retención: %(n)s copia(s) antigua(s) eliminada(s).") % {"n": len(pruned)})
    except (BackupError, OSError, DatabaseError) as error:
        logger.exception("After backup run %s of policy %s", run.pk, policy.pk)
        recorder.say(_("Error: %(error)s") % {"error": error})
    finally:
        recorder.phase(Phase.DONE)


def apply_retention(policy: BackupPolicy, *, now: datetime | None = None) -> list[int]:
    """Delete the folders of the successful runs the policy's retention no longer keeps, and forget
    their snapshots in the policy's restic repository.

    The runs stay in the register, marked "eliminada por retención": their drills and the
    evidence they gave remain readable.
    """
    copies = policy.runs.filter(status=RunStatus.SUCCEEDED, pruned_at__isnull=True).values_list(
        "pk", "started_at"
    )
    _keep, delete = select(list(copies), policy.retention)
    # A copy stays while a restoration of it is open, running or failed (to be run again).
    held = set(
        Restoration.objects.filter(run__in=delete, status__in=UNFINISHED_RESTORATIONS).values_list(
            "run", flat=True
        )
    )
    delete = [pk for pk in delete if pk not in held]
    for run in BackupRun.objects.filter(pk__in=delete):
        shutil.rmtree(run.folder, ignore_errors=True)
    BackupRun.objects.filter(pk__in=delete).update(pruned_at=now or timezone.now())
    if delete:
        offsite.prune(policy, delete)
    return delete


def verify_run(run: BackupRun, *, now: datetime | None = None) -> list[str]:
    """Re-read every artifact and compare its SHA-256; the problems found (empty: all intact)."""
    problems = []
    for artifact in run.artifacts.all():
        path = Path(run.folder) / artifact.filename
        if not path.is_file():
            problems.append(_("Falta el archivo %(name)s.") % {"name": artifact.filename})
        elif sha256_file(path) != artifact.sha256:
            problems.append(_("%(name)s cambió: su SHA-256 ya no coincide.") % {"name": artifact.filename})
    run.verified_at, run.verified_ok = now or timezone.now(), not problems
    run.save(update_fields=["verified_at", "verified_ok"])
    return problems
