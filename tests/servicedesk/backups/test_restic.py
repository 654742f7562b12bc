"""The off-site copy: each run's folder sent to a local restic repository (Debian's restic, for
real), restored back identical, and the retention applied there as restic's own forget would."""

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from servicedesk.backups import offsite
from servicedesk.backups.checksums import sha256_file
from servicedesk.backups.choices import RunStatus
from servicedesk.backups.engines import restic
from servicedesk.backups.retention import select
from servicedesk.backups.services import apply_retention, run_policy, verify_run
from servicedesk.backups.signals import backup_failed
from tests.conftest import require

PASSWORD = "clave-de-prueba-7f3a"
# Folders only: nothing here depends on the portal's database engine.
pytestmark = [pytest.mark.django_db, pytest.mark.backend_independent]


@pytest.fixture
def repository(tmp_path, monkeypatch):
    require(shutil.which("restic") is not None, "Debian's restic")
    monkeypatch.setenv("RESTIC_CLAVE_PRUEBA", PASSWORD)
    monkeypatch.setenv("RESTIC_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "restic"


@pytest.fixture
def documents(tmp_path):
    root = tmp_path / "documentos"
    (root / "actas").mkdir(parents=True)
    (root / "actas" / "comite.pdf").write_bytes(b"%PDF-1.4 comite\n" * 300)
    (root / "inventario.csv").write_text("serial;equipo\nA1;portatil\n", encoding="utf-8")
    return root


def _policy(make_policy, repository, documents, **overrides):
    values = {
        "include_portal_database": False,
        "include_media": False,
        "folders": str(documents),
        "restic_repository": str(repository),
        "restic_password_env": "RESTIC_CLAVE_PRUEBA",
    }
    return make_policy(**(values | overrides))


def forget_preview(repository: restic.Repository, *, tag: str, rule: dict[str, int]) -> list[str]:
    """What restic's own ``forget --dry-run`` with ``rule`` would remove among the snapshots with
    ``tag`` (all in one group): their short ids."""
    options = {"last": "--keep-last", "daily": "--keep-daily", "weekly": "--keep-weekly"}
    args = ["restic", "forget", "--dry-run", "--json", "--group-by", "", "--tag", tag]
    for name, option in options.items():
        if rule.get(name):
            args += [option, str(rule[name])]
    preview = subprocess.run(args, env=repository.environment(), capture_output=True, text=True, check=True)
    return [
        snapshot["short_id"] for group in json.loads(preview.stdout) for snapshot in group["remove"] or []
    ]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime(2026, 11, day, hour, minute))


def test_a_run_is_sent_to_a_new_repository_and_its_snapshot_restores_the_same_files(
    make_policy, repository, documents, tmp_path
):
    policy = _policy(make_policy, repository, documents)
    run = run_policy(policy)

    assert run.status == RunStatus.SUCCEEDED, run.log
    assert run.restic_snapshot and "Repositorio restic creado" in run.log
    assert f"instantánea restic {run.restic_snapshot}" in run.log and PASSWORD not in run.log
    (snapshot,) = restic.snapshots(offsite.repository_of(policy), tag=f"politica-{policy.pk}")
    assert snapshot["short_id"] == run.restic_snapshot
    assert set(snapshot["tags"]) == {"portal-tic", f"politica-{policy.pk}", f"ejecucion-{run.pk}"}

    shutil.rmtree(run.folder)  # the local copy is lost: the off-site one brings it back
    offsite.fetch(run, tmp_path / "recuperada")
    for artifact in run.artifacts.all():
        assert sha256_file(tmp_path / "recuperada" / artifact.filename) == artifact.sha256


def test_retention_forgets_in_restic_what_it_deletes_here_as_restic_s_own_forget_would(
    make_policy, repository, documents
):
    # Every rule 0 keeps everything while the copies are made.
    policy = _policy(
        make_policy,
        repository,
        documents,
        keep_last=0,
        keep_daily=0,
        keep_weekly=0,
        keep_monthly=0,
        keep_yearly=0,
    )
    # 23:30 in Bogotá is the next day in UTC: both must count days in the portal's time zone.
    runs = [run_policy(policy, now=moment) for moment in (at(2, 23, 30), at(3, 1), at(3, 23, 30), at(4, 2))]
    assert [run.status for run in runs] == [RunStatus.SUCCEEDED] * 4
    snapshot_of = {run.pk: run.restic_snapshot for run in runs}
    rule = {"last": 1, "daily": 2, "weekly": 0, "monthly": 0, "yearly": 0}

    keep, delete = select([(run.pk, run.started_at) for run in runs], rule)
    preview = forget_preview(offsite.repository_of(policy), tag=f"politica-{policy.pk}", rule=rule)
    assert sorted(preview) == sorted(snapshot_of[pk] for pk in delete)
    assert delete == [runs[1].pk, runs[0].pk]  # the 3rd of Nov keeps its 23:30 copy, not its 01:00 one

    # A snapshot of a run this portal does not know (another portal sharing the repository) stays.
    foreign = restic.backup(
        offsite.repository_of(policy),
        documents,
        tags=["portal-tic", f"politica-{policy.pk}", "ejecucion-999999"],
        host="otro",
    )
    policy.keep_last, policy.keep_daily = 1, 2
    policy.save()
    assert sorted(apply_retention(policy)) == sorted(delete)
    left = restic.snapshots(offsite.repository_of(policy), tag=f"politica-{policy.pk}")
    assert sorted(snapshot["short_id"] for snapshot in left) == sorted(
        [foreign, *(snapshot_of[pk] for pk in keep)]
    )
    assert [Path(run.folder).exists() for run in runs] == [False, False, True, True]


LOCAL_KEPT = "La copia local quedó completa, pero la copia externa (restic) falló: "


def test_a_failed_off_site_copy_keeps_the_local_one_and_is_announced(
    make_policy, repository, documents, monkeypatch, django_capture_on_commit_callbacks
):
    policy = _policy(make_policy, repository, documents)
    restic.init(restic.Repository(str(repository), "otra-clave"))
    announced = []
    backup_failed.connect(lambda **kwargs: announced.append(kwargs), weak=False, dispatch_uid="test-restic")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            run = run_policy(policy)
    finally:
        backup_failed.disconnect(dispatch_uid="test-restic")
    assert run.status == RunStatus.SUCCEEDED and not run.restic_snapshot
    assert run.error.startswith(LOCAL_KEPT + "restic terminó con error") and "wrong password" in run.error
    assert PASSWORD not in run.log + run.error
    assert verify_run(run) == []  # the local copy is whole
    (signal,) = announced
    assert signal["record"] == run and "solo en el servidor" in signal["impact"]

    monkeypatch.delenv("RESTIC_CLAVE_PRUEBA")
    run = run_policy(policy)
    assert run.status == RunStatus.SUCCEEDED
    assert run.error == LOCAL_KEPT + (
        "La variable de entorno RESTIC_CLAVE_PRUEBA, con la clave del repositorio restic, no está "
        "definida en el servidor."
    )


def test_a_missing_restic_program_is_a_clear_message(make_policy, repository, documents, monkeypatch):
    monkeypatch.setenv("RESTIC_BINARY", "/nonexistent/restic")
    run = run_policy(_policy(make_policy, repository, documents))
    assert run.status == RunStatus.SUCCEEDED
    assert run.error == LOCAL_KEPT + (
        "restic no está instalado en el servidor (apt install restic) o RESTIC_BINARY no apunta a él."
    )


def test_a_repository_needs_the_variable_with_its_password(make_policy, documents):
    with pytest.raises(ValidationError) as raised:
        make_policy(folders=str(documents), restic_repository="sftp:copias@respaldo:/srv/restic")
    assert raised.value.message_dict["restic_password_env"] == [
        "Un repositorio restic necesita la variable de entorno que contiene su clave."
    ]


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        (
            "rest:https://copias:secreta@respaldo.example:8000/portal",
            "rest:https://***@respaldo.example:8000/portal",
        ),
        ("s3:https://s3.example/copias", "s3:https://s3.example/copias"),
        ("sftp:copias@respaldo:/srv/restic", "sftp:copias@respaldo:/srv/restic"),
        ("/srv/restic", "/srv/restic"),
    ],
)
def test_a_repository_is_shown_without_the_credentials_in_its_url(location, expected):
    assert str(restic.Repository(location, "x")) == expected
