"""Restores for real with ``manage.py restore_backup``: into another database and folder, into the
portal's own database, and a damaged copy that restores nothing."""

import sqlite3
import uuid
from pathlib import Path

import psycopg
import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection

from servicedesk.backups.choices import RestorationStatus, RunStatus, StepAction, StepStatus, Trigger
from servicedesk.backups.forms import RestorationForm
from servicedesk.backups.models import Restoration
from servicedesk.backups.services import run_policy
from tests.factories import UserFactory

# Committed data: pg_dump reads committed rows only, SQLite's backup API cannot copy a database its
# own connection is writing in a transaction.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def target_database(tmp_path):
    """An empty database of the portal's engine: ``(url, count of a table's rows)``."""
    if connection.vendor == "sqlite":
        path = tmp_path / "contingencia.sqlite3"

        def rows(table):
            with sqlite3.connect(path) as db:
                return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608

        yield f"sqlite:///{path}", rows
        return
    settings_dict = connection.settings_dict
    name = f"contingencia_{uuid.uuid4().hex[:10]}"
    server = {
        "host": settings_dict["HOST"] or "127.0.0.1",
        "port": settings_dict["PORT"] or 5432,
        "user": settings_dict["USER"],
    }
    with psycopg.connect(**server, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')

    def rows(table):
        with psycopg.connect(**server, dbname=name) as db:
            return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608

    try:
        # A password in the URL (the local server trusts the connection): it must never be shown.
        yield f"postgres://{server['user']}:secreta@{server['host']}:{server['port']}/{name}", rows
    finally:
        with psycopg.connect(**server, dbname="postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_copy_is_restored_into_another_database_and_folder_identical_and_recorded(
    make_policy, media, target_database, tmp_path, capsys
):
    url, rows = target_database
    UserFactory.create_batch(3)
    users = get_user_model().objects.count()
    run = run_policy(make_policy())
    assert run.status == RunStatus.SUCCEEDED, run.log

    folder = tmp_path / "medios-contingencia"
    call_command(
        "restore_backup", str(run.pk), "--database-url", url, "--media-to", str(folder), "--noinput",
        "--motivo", "Falla del disco del servidor principal",
    )  # fmt: skip
    output = capsys.readouterr().out
    restoration = Restoration.objects.get()
    assert f"Restauración {restoration.pk}: Restaurada y comprobada" in output
    assert rows("auth_user") == users
    for path in media.rglob("*"):
        if path.is_file():
            assert (folder / path.relative_to(media)).read_bytes() == path.read_bytes()

    assert (restoration.status, restoration.trigger) == (RestorationStatus.RESTORED, Trigger.COMMAND)
    assert restoration.reason == "Falla del disco del servidor principal"
    assert [entry["problems"] for entry in restoration.results] == [[], []]
    assert all(entry["restored"] for entry in restoration.results)
    assert "secreta" not in restoration.database_target + restoration.log + output
    if connection.vendor == "postgresql":
        assert restoration.database_target.startswith("postgres://postgres@")
    # In the restored database the run is over, not "en curso" as when its dump was taken.
    assert rows(f"backups_backuprun WHERE id = {run.pk} AND status = 'exitosa' AND phase = 'terminada'") == 1
    portal_steps = restoration.steps.exclude(action=StepAction.MANUAL)
    assert [step.status for step in portal_steps] == [StepStatus.DONE] * 3
    assert "idéntico a su manifiesto" in portal_steps.get(action=StepAction.COMPARE).notes
    assert restoration.steps.filter(status=StepStatus.PENDING).count() == 7


def test_a_damaged_copy_restores_nothing(make_policy, media, target_database, tmp_path):
    url, rows = target_database
    run = run_policy(make_policy())
    archive = Path(run.folder) / "medios.tar.gz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archive.write_bytes(bytes(data))

    folder = tmp_path / "medios-contingencia"
    with pytest.raises(CommandError) as failed:
        call_command(
            "restore_backup", str(run.pk), "--database-url", url, "--media-to", str(folder), "--noinput"
        )
    assert "medios.tar.gz está dañado: su SHA-256 no coincide. No se restauró nada." in str(failed.value)
    assert not folder.exists()
    with pytest.raises((sqlite3.OperationalError, psycopg.errors.UndefinedTable)):
        rows("auth_user")
    restoration = Restoration.objects.get()
    assert restoration.status == RestorationStatus.FAILED
    assert {step.status for step in restoration.steps.all()} == {StepStatus.PENDING}


def test_bad_arguments_are_refused_in_spanish_before_anything_changes(make_policy, media, tmp_path):
    run = run_policy(make_policy())
    with pytest.raises(CommandError, match="debe empezar por postgres:// o sqlite:///"):
        call_command("restore_backup", str(run.pk), "--database-url", "mysql://x/y", "--noinput")
    with pytest.raises(CommandError, match="Nada que restaurar"):
        call_command("restore_backup", str(run.pk), "--sin-base", "--sin-archivos", "--noinput")
    with pytest.raises(CommandError, match="No existe la ejecución de copia 999999"):
        call_command("restore_backup", "999999", "--noinput")
    assert not Restoration.objects.exists()
    # Asked for what the copy does not have: nothing restored is a failure, not "restaurada".
    database_only = run_policy(make_policy(name="Solo base", include_media=False))
    with pytest.raises(CommandError, match="La copia no tiene nada de lo que se pidió restaurar"):
        call_command(
            "restore_backup",
            str(database_only.pk),
            "--sin-base",
            "--media-to",
            str(tmp_path / "m"),
            "--noinput",
        )
    assert Restoration.objects.get().status == RestorationStatus.FAILED


def test_the_portal_s_own_database_is_restored_and_learns_the_run_it_came_from(
    make_policy, media, tmp_path, monkeypatch
):
    if connection.vendor != "postgresql":
        pytest.skip("the test database on SQLite lives in memory: there is no file to restore into")
    kept = UserFactory(username="funcionaria.conservada")
    run = run_policy(make_policy())
    kept.delete()
    UserFactory(username="creado.despues")

    # The admin refuses the portal's own database: that restore is done from the command line.
    settings_dict = connection.settings_dict
    monkeypatch.setenv(
        "BASE_PROPIA",
        f"postgres://{settings_dict['USER']}@{settings_dict['HOST']}:{settings_dict['PORT']}/{settings_dict['NAME']}",
    )
    form = RestorationForm({"procedure": "retorno", "reason": "x", "database_env": "BASE_PROPIA"}, run=run)
    assert "Esa es la base del propio portal" in str(form.errors["database_env"])

    call_command(
        "restore_backup",
        str(run.pk),
        "--media-to",
        str(tmp_path / "m"),
        "--procedimiento",
        "retorno",
        "--noinput",
    )
    users = get_user_model().objects
    assert users.filter(username="funcionaria.conservada").exists()
    assert not users.filter(username="creado.despues").exists()
    run.refresh_from_db()
    assert run.status == RunStatus.SUCCEEDED and run.artifacts.count() == 2
    restoration = Restoration.objects.get()
    assert (restoration.procedure, restoration.status) == ("retorno", RestorationStatus.RESTORED)
    assert restoration.database_target == f"Base del portal ({settings_dict['NAME']})"
