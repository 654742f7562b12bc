"""restic (Debian's ``restic``): the off-site copy of a run's folder, deduplicated and encrypted.

The repository's password reaches restic through ``RESTIC_PASSWORD`` in its environment, never on
its command line; the repository's location is shown with any credentials in it masked. Other
settings a remote repository needs (``AWS_ACCESS_KEY_ID``…) come from the server's environment.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
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


def _not_installed() -> BackupError:
    return BackupError(
        _("restic no está instalado en el servidor (apt install restic) o %(env)s no apunta a él.")
        % {"env": PROGRAM_ENV}
    )


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
        raise _not_installed() from error
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
    # stderr goes to a file: read after stdout ends, a pipe could fill up and stop both processes.
    with tempfile.TemporaryFile(mode="w+") as errors_file:
        try:
            process = subprocess.Popen(
                [*args, "."],
                env=repository.environment(),
                cwd=folder,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=errors_file,
                text=True,
            )
        except FileNotFoundError as error:
            raise _not_installed() from error
        snapshot = ""
        with process:
            for line in process.stdout:
                try:
                    message = json.loads(line)
                except ValueError:
                    continue
                if isinstance(message, dict) and message.get("message_type") == "summary":
                    snapshot = str(message.get("snapshot_id") or "")
        errors_file.seek(0)
        errors = errors_file.read()
    if process.returncode != 0 and NO_REPOSITORY in errors:
        raise NoRepository(str(_failure(process, errors)))
    if process.returncode != 0:
        raise _failure(process, errors)
    if not snapshot:
        raise BackupError(_("restic no informó la instantánea creada."))
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


def restore(repository: Repository, snapshot: str, target: Path) -> None:
    """Restore ``snapshot`` into the folder ``target`` (its files at the folder's top level)."""
    restored = _run(repository, "restore", snapshot, "--target", str(target))
    if restored.returncode != 0:
        raise _failure(restored, restored.stderr)
