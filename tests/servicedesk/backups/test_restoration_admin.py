"""A restoration in the admin: opened from a run by the Profesional TIC, restored by the portal,
its checklist signed step by step, closed, and its acta read by an auditor."""

import io

import pytest
from openpyxl import load_workbook

from servicedesk.backups.choices import RestorationStatus, StepAction, StepStatus
from servicedesk.backups.models import Restoration
from servicedesk.backups.services import run_policy

pytestmark = pytest.mark.django_db

A = "/admin/plataforma"


@pytest.fixture
def run(make_policy, media):
    # The media only: restoring a database is tested in test_restores, with committed data.
    copy = run_policy(make_policy(include_portal_database=False))
    assert copy.status == "exitosa", copy.log
    return copy


def _open(client, run, **values):
    data = {"procedure": "contingencia", "reason": "Falla del servidor principal", "database_env": ""}
    return client.post(f"{A}/copias/ejecuciones/{run.pk}/restaurar/", data | values)


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
    client.post(f"{A}/restauraciones/{restoration.pk}/pasos/{portal_step.position}/", {"status": "pendiente"})
    assert restoration.steps.get(pk=portal_step.pk).status == StepStatus.DONE
    manual = list(restoration.steps.filter(action=StepAction.MANUAL))
    answer = client.post(
        f"{A}/restauraciones/{restoration.pk}/pasos/{manual[0].position}/", {"status": "no_aplica"}
    )
    assert "Diga por qué el paso no aplica." in client.get(answer["Location"]).content.decode()
    for step in manual:
        client.post(
            f"{A}/restauraciones/{restoration.pk}/pasos/{step.position}/",
            {"status": "hecho", "notes": f"Hecho: {step.title[:20]}"},
        )
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
