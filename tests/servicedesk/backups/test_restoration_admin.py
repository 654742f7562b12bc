"""A restoration in the admin: opened from a run by the Profesional TIC, restored by the portal,
its checklist signed step by step, closed, and its acta read by an auditor."""

import io

import pytest
from openpyxl import load_workbook

from servicedesk.backups.choices import RestorationStatus, StepAction, StepStatus
from servicedesk.backups.engines import BackupError
from servicedesk.backups.models import Restoration
from servicedesk.backups.restore_targets import database_target
from servicedesk.backups.restores import carry_out, recover_interrupted_restorations
from servicedesk.backups.services import apply_retention, run_policy

pytestmark = pytest.mark.django_db

A = "/admin/plataforma"


@pytest.fixture
def run(make_policy, media):
    # The database and the media; restoring a database is tested in test_restores.
    copy = run_policy(make_policy())
    assert copy.status == "exitosa", copy.log
    return copy


def _open(client, run, **values):
    data = {"procedure": "contingencia", "reason": "Falla del servidor principal", "database_env": ""}
    return client.post(f"{A}/copias/ejecuciones/{run.pk}/restaurar/", data | values)


def _sign(restoration, step, status, notes=""):
    """The POST the step's form on the page sends (its fields are prefixed with the step)."""
    prefix = f"paso-{step.position}"
    return f"{A}/restauraciones/{restoration.pk}/pasos/{step.position}/", {
        f"{prefix}-status": status,
        f"{prefix}-notes": notes,
    }


def _sheet_text(content: bytes) -> str:
    sheet = load_workbook(io.BytesIO(content)).active
    return "\n".join(
        str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None
    )


def test_a_restoration_goes_from_the_run_to_a_closed_acta(
    client, user_with_role, run, media, tmp_path, monkeypatch
):
    leader = user_with_role("profesional_tic")
    leader.first_name, leader.last_name = "Lucía", "Rojas"
    leader.save()
    client.force_login(leader)
    assert (
        "Restaurar esta copia…" in client.get(f"/admin/backups/backuprun/inspect/{run.pk}/").content.decode()
    )

    # Bad input: a Spanish message each, nothing opened.
    monkeypatch.delenv("BASE_CONTINGENCIA", raising=False)
    bad = _open(
        client, run, media_target="medios/relativos", database_env="BASE_CONTINGENCIA"
    ).content.decode()
    assert "«medios/relativos» no es una ruta absoluta" in bad
    assert "La variable de entorno BASE_CONTINGENCIA no está definida en el servidor." in bad
    monkeypatch.setenv("BASE_CONTINGENCIA", "mysql://contingencia/portal")
    assert (
        "debe empezar por postgres:// o sqlite:///"
        in _open(client, run, database_env="BASE_CONTINGENCIA").content.decode()
    )
    assert "Indique dónde restaurar" in _open(client, run).content.decode()
    assert not Restoration.objects.exists()

    target = tmp_path / "contingencia" / "medios"
    opened = _open(client, run, media_target=str(target))
    restoration = Restoration.objects.get()
    page_url = f"/admin/backups/restoration/inspect/{restoration.pk}/"
    assert opened.status_code == 302 and opened["Location"] == page_url
    assert restoration.steps.count() == 10 and restoration.requested_by == leader

    # The portal's part: verify, restore, compare (Huey runs it at once in the tests).
    client.post(f"{A}/restauraciones/{restoration.pk}/ejecutar/")
    restoration.refresh_from_db()
    assert restoration.status == RestorationStatus.RESTORED, restoration.log
    assert (target / "documentos" / "acta.pdf").read_bytes() == (
        media / "documentos" / "acta.pdf"
    ).read_bytes()
    page = client.get(page_url).content.decode()
    assert "Idéntico a la copia" in page and "Ejecutar la restauración" not in page
    assert client.post(f"{A}/restauraciones/{restoration.pk}/ejecutar/").status_code == 302
    assert Restoration.objects.get().status == RestorationStatus.RESTORED  # not run twice

    # Not closed while a step is pending; "no aplica" needs its reason; the portal's steps are its own.
    client.post(f"{A}/restauraciones/{restoration.pk}/cerrar/")
    assert Restoration.objects.get().status == RestorationStatus.RESTORED
    portal_step = restoration.steps.get(action=StepAction.COMPARE)
    client.post(*_sign(restoration, portal_step, "pendiente"))
    assert restoration.steps.get(pk=portal_step.pk).status == StepStatus.DONE
    manual = list(restoration.steps.filter(action=StepAction.MANUAL))
    answer = client.post(*_sign(restoration, manual[0], "no_aplica"))
    assert "Diga por qué el paso no aplica." in client.get(answer["Location"]).content.decode()
    # The page's forms are prefixed per step: a bare field is not the step's.
    bare = client.post(f"{A}/restauraciones/{restoration.pk}/pasos/1/", {"status": "hecho"})
    shown = client.get(bare["Location"]).content.decode()
    assert "Paso 1: Este campo es necesario." in shown
    assert f'name="paso-{manual[0].position}-status"' in client.get(page_url).content.decode()
    for step in manual:
        client.post(*_sign(restoration, step, "hecho", f"Hecho: {step.title[:20]}"))
    client.post(f"{A}/restauraciones/{restoration.pk}/cerrar/")
    restoration.refresh_from_db()
    assert restoration.status == RestorationStatus.CLOSED and restoration.closed_by == leader
    assert all(step.done_by == leader for step in restoration.steps.all())

    # The auditor reads the page and the acta, and changes nothing.
    client.force_login(user_with_role("auditor"))
    page = client.get(page_url).content.decode()
    assert "Cerrada con acta" in page and "Guardar el paso" not in page
    acta = client.get(f"{A}/restauraciones/{restoration.pk}/acta.xlsx")
    assert acta.status_code == 200
    text = _sheet_text(acta.content)
    for expected in (
        "ACTA DE RESTAURACIÓN",
        "Restauración e inicio de Operación en Contingencia",
        "Falla del servidor principal",
        "Lucía Rojas",
        "Idéntico a la copia",
        "Verificar la integridad de la copia: SHA-256 de cada archivo",
        "Todos los pasos están hechos o no aplican.",
        str(target),
    ):
        assert expected in text, expected
    for url in ("ejecutar/", f"pasos/{manual[0].position}/", "cerrar/"):
        assert (
            client.post(f"{A}/restauraciones/{restoration.pk}/{url}", {"status": "pendiente"}).status_code
            == 403
        )


def test_a_restore_into_an_unset_database_variable_fails_in_spanish_and_can_be_run_again(
    client, user_with_role, run, tmp_path, monkeypatch
):
    client.force_login(user_with_role("profesional_tic"))
    monkeypatch.setenv("BASE_CONTINGENCIA", f"sqlite:///{tmp_path}/contingencia.sqlite3")
    _open(client, run, database_env="BASE_CONTINGENCIA", media_target=str(tmp_path / "m"))
    restoration = Restoration.objects.get()
    monkeypatch.delenv("BASE_CONTINGENCIA")
    client.post(f"/admin/plataforma/restauraciones/{restoration.pk}/ejecutar/")
    restoration.refresh_from_db()
    assert restoration.status == RestorationStatus.FAILED
    assert restoration.error == "La variable de entorno BASE_CONTINGENCIA no está definida en el servidor."
    page = client.get(f"/admin/backups/restoration/inspect/{restoration.pk}/").content.decode()
    assert "Volver a ejecutar la restauración" in page


@pytest.mark.parametrize("role", ["tecnico", "gerente", "funcionario"])
def test_other_roles_neither_open_nor_read_restorations(client, user_with_role, run, role):
    client.force_login(user_with_role("profesional_tic"))
    _open(client, run, media_target="/srv/contingencia/medios")
    restoration = Restoration.objects.get()
    client.force_login(user_with_role(role))
    assert client.get(f"/admin/plataforma/restauraciones/{restoration.pk}/acta.xlsx").status_code in {
        302,
        403,
    }
    assert client.post(f"/admin/plataforma/restauraciones/{restoration.pk}/ejecutar/").status_code in {
        302,
        403,
    }
    assert client.get(f"{A}/copias/ejecuciones/{run.pk}/restaurar/").status_code in {302, 403}
    assert Restoration.objects.get().status == RestorationStatus.OPEN


def test_targets_a_restoration_must_not_fill_are_refused(
    client, user_with_role, run, settings, tmp_path, monkeypatch
):
    client.force_login(user_with_role("profesional_tic"))
    (tmp_path / "ocupada").mkdir()
    (tmp_path / "ocupada" / "nota.txt").write_text("x")
    refusals = {
        settings.MEDIA_ROOT: "los archivos en uso del portal (MEDIA_ROOT)",
        f"{settings.MEDIA_ROOT}/documentos": "los archivos en uso del portal (MEDIA_ROOT)",
        f"{run.policy.destination}/restaurada": "las copias de una política",
        str(tmp_path / "ocupada"): "ya tiene archivos: restaure en una carpeta vacía o nueva.",
        str(settings.BASE_DIR / "portal"): "está en la carpeta del portal",
    }
    for path, message in refusals.items():
        assert message in _open(client, run, media_target=path).content.decode(), path
    run.policy.external_databases = "BASE_FINANCIERA"
    run.policy.save()
    monkeypatch.setenv("BASE_FINANCIERA", f"sqlite:///{tmp_path}/financiera.sqlite3")
    page = _open(client, run, database_env="BASE_FINANCIERA").content.decode()
    assert "BASE_FINANCIERA es una base que una política copia: una restauración no la reemplaza." in page
    assert not Restoration.objects.exists()


def test_a_database_url_is_shown_without_its_password_wherever_it_was(monkeypatch):
    target = database_target(
        "postgres://contingencia:clave1@db.example:5433/portal?password=clave2&sslmode=require"
    )
    assert target.shown == "postgres://contingencia@db.example:5433/portal"
    assert target.params["sslmode"] == "require"
    with pytest.raises(BackupError, match="no nombra la base"):
        database_target("postgres://contingencia@db.example:5433")


def test_an_unexpected_error_or_a_dead_worker_never_leaves_a_restoration_restoring(
    client, user_with_role, run, tmp_path, monkeypatch
):
    client.force_login(user_with_role("profesional_tic"))
    _open(client, run, media_target=str(tmp_path / "medios"))
    restoration = Restoration.objects.get()

    def broken(*args, **kwargs):
        raise RuntimeError("disco desconectado")

    monkeypatch.setattr("servicedesk.backups.restores.restore_run", broken)
    carry_out(restoration)
    restoration.refresh_from_db()
    assert restoration.status == RestorationStatus.FAILED
    assert restoration.error == "Error inesperado: disco desconectado"

    # A worker killed mid-restore: the next start (or the next restore) marks it failed, to run again.
    Restoration.objects.filter(pk=restoration.pk).update(
        status=RestorationStatus.RESTORING, pid=2**22 + 12345
    )
    assert recover_interrupted_restorations() == 1
    restoration.refresh_from_db()
    assert restoration.status == RestorationStatus.FAILED and restoration.error.startswith("Interrumpida")


def test_the_retention_keeps_a_copy_while_its_restoration_is_unfinished(
    client, user_with_role, run, tmp_path
):
    client.force_login(user_with_role("profesional_tic"))
    _open(client, run, media_target=str(tmp_path / "medios"))
    policy = run.policy
    newer = run_policy(policy)
    policy.keep_last, policy.keep_daily, policy.keep_weekly, policy.keep_monthly, policy.keep_yearly = (
        1,
        0,
        0,
        0,
        0,
    )
    policy.save()
    assert apply_retention(policy) == []
    Restoration.objects.update(status=RestorationStatus.CLOSED)
    assert apply_retention(policy) == [run.pk]
    assert newer.pk not in apply_retention(policy)


def test_the_tecnico_reads_the_run_but_not_its_restorations(client, user_with_role, run, tmp_path):
    client.force_login(user_with_role("profesional_tic"))
    _open(client, run, media_target=str(tmp_path / "medios"))
    assert (
        "Abierta: lista de chequeo en curso"
        in client.get(f"/admin/backups/backuprun/inspect/{run.pk}/").content.decode()
    )
    client.force_login(user_with_role("tecnico"))
    page = client.get(f"/admin/backups/backuprun/inspect/{run.pk}/").content.decode()
    assert "Abierta: lista de chequeo en curso" not in page and "Restaurar esta copia" not in page
