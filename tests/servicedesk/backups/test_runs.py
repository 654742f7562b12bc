"""Running a policy: artifacts written whole and checksummed, drills that restore them, failures."""

import os
import subprocess
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from servicedesk.backups.choices import DrillStatus, RunStatus
from servicedesk.backups.drills import run_drill
from servicedesk.backups.locks import policy_lock
from servicedesk.backups.models import BackupRun
from servicedesk.backups.services import recover_interrupted, run_policy, verify_run
from servicedesk.backups.signals import backup_failed
from tests.factories import UserFactory

# Committed data, as the consumer's connection sees it: pg_dump reads committed rows only, and
# SQLite's backup API cannot copy a database its own connection is writing in a transaction. The
# database is restored after each test for the tests that follow.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_run_copies_the_database_and_media_and_its_drill_restores_them_identically(make_policy, media):
    UserFactory.create_batch(3)
    run = run_policy(make_policy())
    assert run.status == RunStatus.SUCCEEDED, run.log
    folder = Path(run.folder)
    assert folder.is_dir() and not folder.name.endswith(".partial")
    assert sorted(path.name for path in folder.iterdir()) == sorted(a.filename for a in run.artifacts.all())
    database, files = run.artifacts.order_by("pk")
    users = next(table for name, table in database.manifest["tables"].items() if name.endswith("auth_user"))
    assert users["rows"] >= 1 and len(users["checksum"]) == 16
    assert (
        files.manifest["files"] == 2
        and files.manifest["bytes"]
        == (media / "imagen.png").stat().st_size + (media / "documentos" / "acta.pdf").stat().st_size
    )
    assert run.bytes_written == database.size + files.size and run.files_written == 3
    assert "SHA-256" in run.log and run.finished_at >= run.started_at
    assert verify_run(run) == [] and run.verified_ok

    drill = run_drill(run)
    assert drill.status == DrillStatus.PASSED, drill.log
    assert [entry["problems"] for entry in drill.results] == [[], []]
    assert drill.rto_seconds > 0 and drill.rpo_seconds >= 0
    assert "idéntico a su manifiesto" in drill.log


def test_a_successful_run_pushes_the_policy_s_heartbeat_monitor_and_a_failed_one_does_not(
    make_policy, media, destination
):
    from servicedesk.monitoring.models import Monitor

    monitor = Monitor.objects.create(name="Copias nocturnas", kind="push")
    policy = make_policy(heartbeat_monitor=monitor)
    run = run_policy(policy)
    assert run.status == RunStatus.SUCCEEDED, run.log
    beat = monitor.beats.get()
    assert (beat.status, beat.message) == ("up", f"Copia {run.pk} exitosa")
    policy.destination = str(destination / "no-existe")
    policy.save()
    assert run_policy(policy).status == RunStatus.FAILED
    assert monitor.beats.count() == 1


def test_a_flipped_byte_is_found_by_verify_and_fails_the_drill(make_policy, media):
    run = run_policy(make_policy())
    archive = Path(run.folder) / "medios.tar.gz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archive.write_bytes(bytes(data))
    assert verify_run(run) == ["medios.tar.gz cambió: su SHA-256 ya no coincide."]
    assert run.verified_ok is False
    drill = run_drill(run)
    assert drill.status == DrillStatus.FAILED
    assert drill.results[1]["problems"] == ["medios.tar.gz está dañado: su SHA-256 no coincide."]
    drill.refresh_from_db()
    assert drill.incident.title == "Simulacro de restauración fallido: Portal nocturna"
    assert "- medios.tar.gz: medios.tar.gz está dañado" in drill.incident.description


def test_a_missing_destination_fails_in_spanish_and_announces_it(
    make_policy, destination, media, django_capture_on_commit_callbacks
):
    policy = make_policy()
    destination.rmdir()
    failed = []
    backup_failed.connect(lambda run, **kwargs: failed.append(run.pk), weak=False, dispatch_uid="test-failed")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            run = run_policy(policy)
    finally:
        backup_failed.disconnect(dispatch_uid="test-failed")
    assert run.status == RunStatus.FAILED
    assert run.error == f"La carpeta de destino {destination} no existe o no es una carpeta."
    assert failed == [run.pk]
    assert not destination.exists()
    run.refresh_from_db()
    incident = run.incident
    assert (incident.title, incident.ticket_type, incident.channel) == (
        "Copia fallida: Portal nocturna",
        "incidente",
        "monitoreo",
    )
    assert "no existe o no es una carpeta" in incident.description


def test_without_enough_free_space_nothing_is_written(make_policy, destination, media, monkeypatch):
    monkeypatch.setattr("servicedesk.backups.services.free_bytes", lambda path: 1000)
    run = run_policy(make_policy())
    assert run.status == RunStatus.FAILED
    assert run.error.startswith(f"Espacio insuficiente en {destination}: la copia necesita unos ")
    assert run.error.endswith("MB y hay 0 MB libres. No se escribió nada.")
    assert list(destination.iterdir()) == []


def test_a_run_whose_process_died_is_marked_interrupted_and_its_partial_files_go(make_policy, destination):
    policy = make_policy()
    dead = subprocess.Popen(["true"])
    dead.wait()
    partial = destination / "politica-1" / "20261202-020000-1.partial"
    partial.mkdir(parents=True)
    (partial / "portal.sqlite3.tmp").write_bytes(b"half")
    import socket

    from django.utils import timezone

    stale = BackupRun.objects.create(
        policy=policy, started_at=timezone.now(), host=socket.gethostname(), pid=dead.pid, folder=str(partial)
    )
    elsewhere = BackupRun.objects.create(
        policy=policy, started_at=timezone.now(), host="otro-servidor", pid=1
    )
    assert recover_interrupted() == 1
    stale.refresh_from_db()
    assert stale.status == RunStatus.INTERRUPTED and "Interrumpida" in stale.error
    assert not partial.exists()
    elsewhere.refresh_from_db()
    assert elsewhere.status == RunStatus.RUNNING  # another host's run: that host recovers it


def test_the_commands_run_a_policy_and_a_drill_and_a_second_trigger_is_refused(make_policy, media, capsys):
    policy = make_policy()
    call_command("run_backup", str(policy.pk))
    run = BackupRun.objects.get()
    assert f"Ejecución {run.pk}: Exitosa, 2 artefacto(s) en {run.folder}" in capsys.readouterr().out
    call_command("restore_drill", str(run.pk))
    assert f"Simulacro {run.drills.get().pk}: Superada en " in capsys.readouterr().out

    with policy_lock(policy.pk), pytest.raises(CommandError, match="Ya hay una copia en curso"):
        call_command("run_backup", policy.name)
    assert BackupRun.objects.count() == 1
    with pytest.raises(CommandError, match="No existe la política"):
        call_command("run_backup", "no-existe")


def test_an_unset_database_variable_fails_the_run_without_naming_a_secret(make_policy, monkeypatch):
    monkeypatch.delenv("NOMINA_DATABASE_URL", raising=False)
    policy = make_policy(
        include_portal_database=False, include_media=False, external_databases="NOMINA_DATABASE_URL"
    )
    run = run_policy(policy)
    assert run.status == RunStatus.FAILED
    assert run.error == "La variable de entorno NOMINA_DATABASE_URL no está definida en el servidor."
    assert os.environ.get("NOMINA_DATABASE_URL") is None


@pytest.fixture
def payroll_database():
    """Another PostgreSQL database of the institute (on the local server), with two tables."""
    import socket
    import uuid

    import psycopg

    from tests.conftest import require

    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=2).close()
        reachable = True
    except OSError:
        reachable = False
    require(reachable, "PostgreSQL on 127.0.0.1:5432")
    name = f"nomina_{uuid.uuid4().hex[:8]}"
    with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(f"postgres://postgres@127.0.0.1:5432/{name}") as db:
        db.execute("CREATE TABLE empleado (id serial PRIMARY KEY, nombre text, salario numeric(12,2))")
        db.execute("CREATE TABLE novedad (id serial PRIMARY KEY, empleado int, detalle jsonb)")
        db.execute(
            "INSERT INTO empleado (nombre, salario) "
            "SELECT 'Empleado ' || n, n * 1000.5 FROM generate_series(1, 500) n"
        )
        db.execute(
            "INSERT INTO novedad (empleado, detalle) "
            "SELECT n, jsonb_build_object('n', n) FROM generate_series(1, 80) n"
        )
    yield name
    with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_another_postgresql_database_round_trips_and_its_password_is_never_written(
    make_policy, payroll_database, monkeypatch
):
    # Trust authentication ignores the password: it is here to be looked for where it must not be.
    monkeypatch.setenv(
        "NOMINA_DATABASE_URL", f"postgres://postgres:Cl4ve-Secreta@127.0.0.1:5432/{payroll_database}"
    )
    monkeypatch.setenv("BACKUP_DRILL_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    policy = make_policy(
        include_portal_database=False, include_media=False, external_databases="NOMINA_DATABASE_URL"
    )
    run = run_policy(policy)
    assert run.status == RunStatus.SUCCEEDED, run.log
    (artifact,) = run.artifacts.all()
    assert (artifact.engine, artifact.filename, artifact.label) == (
        "postgresql",
        "nomina_database_url.dump",
        "NOMINA_DATABASE_URL",
    )
    assert artifact.manifest["tables"]["public.empleado"]["rows"] == 500
    assert artifact.manifest["tables"]["public.novedad"]["rows"] == 80
    drill = run_drill(run)
    assert drill.status == DrillStatus.PASSED, drill.log
    assert drill.results[0]["compared"] == [2, 580]
    for text in (run.log, run.error, drill.log, str(artifact.manifest)):
        assert "Cl4ve-Secreta" not in text


def test_a_copy_and_its_drill_run_from_the_admin_report_identical_counts_and_checksums(
    client, user_with_role, make_policy, media
):
    """The acceptance check, on whichever database the suite runs (SQLite and PostgreSQL)."""
    UserFactory.create_batch(2)
    policy = make_policy()
    client.force_login(user_with_role("profesional_tic"))
    client.post(f"/admin/plataforma/copias/{policy.pk}/ejecutar/")
    run = policy.runs.get()
    assert run.status == RunStatus.SUCCEEDED, run.log
    client.post(f"/admin/plataforma/copias/ejecuciones/{run.pk}/simulacro/")
    drill = run.drills.get()
    assert drill.status == DrillStatus.PASSED, drill.log

    database, files = drill.results
    tables = run.artifacts.get(filename=database["artifact"]).manifest["tables"]
    assert database["problems"] == [] and database["compared"] == [
        len(tables),
        sum(table["rows"] for table in tables.values()),
    ]
    assert files["problems"] == [] and files["compared"][0] == 2
    page = client.get(f"/admin/backups/restoredrill/inspect/{drill.pk}/").content.decode()
    assert f"{len(tables)} tablas, {database['compared'][1]} filas" in page
    assert page.count("Idéntico: filas y sumas de verificación iguales") == 2
