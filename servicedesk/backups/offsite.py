"""The off-site copy of a policy's runs in its restic repository, and the retention applied there.

Each run's folder becomes one snapshot tagged ``portal-tic``, ``politica-<policy>`` and
``ejecucion-<run>``, dated when the run started. When the retention deletes runs, the repository
forgets their snapshots (and those of runs that did not succeed) and prunes their data.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext as _

from servicedesk.backups.choices import RunStatus
from servicedesk.backups.engines import BackupError, restic
from servicedesk.backups.models import BackupPolicy, BackupRun

TAG = "portal-tic"


def policy_tag(policy: BackupPolicy) -> str:
    return f"politica-{policy.pk}"


def run_tag(run_pk: int) -> str:
    return f"ejecucion-{run_pk}"


def repository_of(policy: BackupPolicy) -> restic.Repository | None:
    """The policy's repository with its password read from the environment; None without one."""
    if not policy.restic_repository:
        return None
    name = policy.restic_password_env
    password = os.environ.get(name, "") if name else ""
    if not password:
        raise BackupError(
            _(
                "La variable de entorno %(name)s, con la clave del repositorio restic, no está definida "
                "en el servidor."
            )
            % {"name": name or "—"}
        )
    return restic.Repository(policy.restic_repository, password)


def send(policy: BackupPolicy, run: BackupRun, folder: Path, say) -> str:
    """Send ``folder`` (the run's complete copy) to the policy's repository; the snapshot's id."""
    repository = repository_of(policy)
    say(_("Copia externa: enviando a restic %(repo)s") % {"repo": repository})
    options = {
        "tags": [TAG, policy_tag(policy), run_tag(run.pk)],
        "host": run.host or "portal-tic",
        "at": timezone.localtime(run.started_at).replace(tzinfo=None),
    }
    try:
        snapshot = restic.backup(repository, folder, **options)
    except restic.NoRepository:
        restic.init(repository)
        say(_("Repositorio restic creado en %(repo)s.") % {"repo": repository})
        snapshot = restic.backup(repository, folder, **options)
    say(_("Copia externa lista: instantánea restic %(id)s") % {"id": snapshot})
    return snapshot


def prune(policy: BackupPolicy, deleted_runs: list[int]) -> list[str]:
    """Forget the snapshots of the runs the retention deleted (and of runs that did not succeed);
    their ids. Snapshots of runs this portal does not know (another portal sharing the repository,
    a database restored from an older copy) are left alone."""
    repository = repository_of(policy)
    if repository is None:
        return []
    unsuccessful = policy.runs.filter(status__in=[RunStatus.FAILED, RunStatus.INTERRUPTED]).values_list(
        "pk", flat=True
    )
    stale_tags = {run_tag(pk) for pk in [*deleted_runs, *unsuccessful]}
    stale = [
        snapshot["short_id"]
        for snapshot in restic.snapshots(repository, tag=policy_tag(policy))
        if stale_tags & set(snapshot.get("tags") or [])
    ]
    restic.forget(repository, stale)
    return stale


def fetch(run: BackupRun, target: Path) -> None:
    """Restore the run's snapshot into the folder ``target``: the run's artifacts, by name."""
    repository = repository_of(run.policy)
    if not run.restic_snapshot or repository is None:
        raise BackupError(_("La copia %(pk)s no tiene copia externa en restic.") % {"pk": run.pk})
    restic.restore(repository, run.restic_snapshot, target)
