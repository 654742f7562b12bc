"""restic (Debian's ``restic``): the off-site copy of a run's folder, deduplicated and encrypted.

The repository's password reaches restic through ``RESTIC_PASSWORD`` in its environment, never on
its command line; the repository's location is shown with any credentials in it masked. Other
settings a remote repository needs (``AWS_ACCESS_KEY_ID``…) come from the server's environment.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from servicedesk.backups.engines import BackupError, masked

#: The restic program; a full path can be set in the server's environment.
PROGRAM_ENV = "RESTIC_BINARY"
NO_REPOSITORY = "Is there a repository at the following location?"
#: restic's ``--keep-*`` option of each rule of a policy's retention.
KEEP_OPTIONS = {
    "last": "--keep-last",
    "daily": "--keep-daily",
    "weekly": "--keep-weekly",
    "monthly": "--keep-monthly",
    "yearly": "--keep-yearly",
}


@dataclass(frozen=True)
class Repository:
    location: str
    password: str = ""

    def __str__(self) -> str:
        return masked(self.location)

    def environment(self) -> dict:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"RESTIC_PASSWORD_FILE", "RESTIC_PASSWORD_COMMAND"}
        }
        env.update(RESTIC_REPOSITORY=self.location, RESTIC_PASSWORD=self.password, TZ=settings.TIME_ZONE)
        return env


def _program() -> str:
    return os.environ.get(PROGRAM_ENV, "").strip() or "restic"


def _failure(process: subprocess.CompletedProcess | subprocess.Popen, errors: str) -> BackupError:
    message = errors.strip().splitlines()
    return BackupError(
        _("restic terminó con error (%(code)s): %(error)s")
        % {"code": process.returncode, "error": " ".join(message[-5:])[-1500:]}
    )


def _run(repository: Repository, *args: str) -> subprocess.CompletedProcess:
    try:
        process = subprocess.run(
            [_program(), *args],
            env=repository.environment(),
            capture_output=True,
            text=True,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError as error:
        raise BackupError(
            _("restic no está instalado en el servidor (apt install restic) o %(env)s no apunta a él.")
            % {"env": PROGRAM_ENV}
        ) from error
    return process


class NoRepository(BackupError):
    """Nothing is at the repository's location yet."""


def init(repository: Repository) -> None:
    """Create the repository at its location."""
    created = _run(repository, "init")
    if created.returncode != 0:
        raise _failure(created, created.stderr)


def backup(
    repository: Repository,
    folder: Path,
    *,
    tags: Iterable[str],
    host: str,
    at: datetime | None = None,
) -> str:
    """Send the contents of ``folder`` to the repository as one snapshot, dated ``at`` (local time);
    the snapshot's id."""
    if not repository.password:
        raise BackupError(_("Falta la clave del repositorio restic."))
    args = [_program(), "backup", "--json", "--host", host]
    for tag in tags:
        args += ["--tag", tag]
    if at is not None:
        args += ["--time", at.strftime("%Y-%m-%d %H:%M:%S")]
    try:
        process = subprocess.Popen(
            [*args, "."],
            env=repository.environment(),
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    except FileNotFoundError as error:
        raise BackupError(
            _("restic no está instalado en el servidor (apt install restic) o %(env)s no apunta a él.")
            % {"env": PROGRAM_ENV}
        ) from error
    snapshot = ""
    with process:
        for line in process.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if message.get("message_type") == "summary":
                snapshot = message.get("snapshot_id", "")
        errors = process.stderr.read()
    if process.returncode != 0 and NO_REPOSITORY in errors:
        raise NoRepository(str(_failure(process, errors)))
    if process.returncode != 0 or not snapshot:
        raise _failure(process, errors or _("restic no informó la instantánea creada."))
    return snapshot


def snapshots(repository: Repository, *, tag: str) -> list[dict]:
    """The snapshots carrying ``tag``, oldest first (restic's JSON: ``short_id``, ``time``, ``tags``…)."""
    listed = _run(repository, "snapshots", "--json", "--tag", tag)
    if listed.returncode != 0:
        raise _failure(listed, listed.stderr)
    return json.loads(listed.stdout or "[]") or []


def forget(repository: Repository, snapshot_ids: Iterable[str]) -> None:
    """Forget these snapshots and prune the data only they held."""
    ids = list(snapshot_ids)
    if not ids:
        return
    forgotten = _run(repository, "forget", "--prune", *ids)
    if forgotten.returncode != 0:
        raise _failure(forgotten, forgotten.stderr)


def forget_preview(repository: Repository, *, tag: str, rule: dict[str, int]) -> list[str]:
    """What restic's own ``forget --dry-run`` with ``rule`` would remove among the snapshots with
    ``tag`` (all in one group): the short ids."""
    args = ["forget", "--dry-run", "--json", "--group-by", "", "--tag", tag]
    for name, option in KEEP_OPTIONS.items():
        if rule.get(name):
            args += [option, str(rule[name])]
    preview = _run(repository, *args)
    if preview.returncode != 0:
        raise _failure(preview, preview.stderr)
    return [
        snapshot["short_id"]
        for group in json.loads(preview.stdout or "[]")
        for snapshot in group["remove"] or []
    ]


def restore(repository: Repository, snapshot: str, target: Path) -> None:
    """Restore ``snapshot`` into the folder ``target`` (its files at the folder's top level)."""
    restored = _run(repository, "restore", snapshot, "--target", str(target))
    if restored.returncode != 0:
        raise _failure(restored, restored.stderr)
