"""The backups under "Plataforma": a policy's form, its page, run-now and drill-now, by role."""

import pytest

from servicedesk.backups.choices import DrillStatus, RunStatus
from servicedesk.backups.models import BackupPolicy, BackupRun

pytestmark = pytest.mark.django_db

LIST = "/admin/backups/backuppolicy/"


def _form(folder, **values):
    data = {
        "name": "Portal nocturna",
        "include_portal_database": "on",
        "include_media": "on",
        "schedule": "0 2 * * *",
        "drill_schedule": "30 4 * * 0",
        "destination": str(folder),
        "keep_last": "3",
        "keep_daily": "7",
        "keep_weekly": "4",
        "keep_monthly": "12",
        "keep_yearly": "2",
        "active": "on",
    }
    data.update(values)
    return data


def test_the_profesional_tic_adds_a_policy_and_bad_input_is_refused_in_spanish(
    client, user_with_role, destination
):
    client.force_login(user_with_role("profesional_tic"))
    bad = client.post(
        f"{LIST}create/",
        _form(
            destination,
            schedule="cada noche",
            destination="copias/relativas",
            restic_password_env="clave restic",
            folders="/srv/compartida\nrelativa/no",
        ),
    )
    assert bad.status_code == 200
    html = bad.content.decode()
    assert "«cada noche» no es una programación válida" in html
    assert "«copias/relativas» no es una ruta absoluta" in html
    assert "«clave restic» no es un nombre de variable de entorno" in html
    assert "«relativa/no» no es una ruta absoluta" in html
    assert not BackupPolicy.objects.exists()
    nothing = client.post(f"{LIST}create/", _form(destination, include_portal_database="", include_media=""))
    assert "La política no copia nada" in nothing.content.decode()
    assert client.post(f"{LIST}create/", _form(destination)).status_code == 302
    policy = BackupPolicy.objects.get()
    page = client.get(f"{LIST}inspect/{policy.pk}/").content.decode()
    assert "Próximas ejecuciones" in page and "Copiar ahora" in page


def test_run_now_and_drill_now_are_for_who_manages_backups(client, user_with_role, make_policy, media):
    # Files only: the database's copy is tested in test_runs.
    policy = make_policy(include_portal_database=False)
    client.force_login(user_with_role("tecnico"))
    assert client.post(f"/admin/plataforma/copias/{policy.pk}/ejecutar/").status_code == 403
    assert "Copiar ahora" not in client.get("/admin/backups/backuprun/").content.decode()

    client.force_login(user_with_role("profesional_tic"))
    assert client.get(f"/admin/plataforma/copias/{policy.pk}/ejecutar/").status_code == 405
    response = client.post(f"/admin/plataforma/copias/{policy.pk}/ejecutar/", follow=True)
    assert "Copia encolada" in response.content.decode()
    run = BackupRun.objects.get()
    assert run.status == RunStatus.SUCCEEDED and run.trigger == "manual" and run.requested_by is not None
    page = client.get(f"/admin/backups/backuprun/inspect/{run.pk}/").content.decode()
    assert "medios.tar.gz" in page and run.artifacts.get().sha256 in page

    response = client.post(f"/admin/plataforma/copias/ejecuciones/{run.pk}/simulacro/", follow=True)
    assert "Simulacro encolado" in response.content.decode()
    assert run.drills.get().status == DrillStatus.PASSED


def test_the_policy_list_shows_each_last_run_in_a_fixed_number_of_queries(
    client, user_with_role, make_policy
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    client.force_login(user_with_role("profesional_tic"))

    def queries_with(policies):
        for n in range(BackupPolicy.objects.count(), policies):
            policy = make_policy(name=f"Política {n}")
            BackupRun.objects.create(policy=policy, status="fallida", started_at=timezone.now())
        client.get(LIST)
        with CaptureQueriesContext(connection) as captured:
            html = client.get(LIST).content.decode()
        assert html.count("· Fallida") == policies
        return len(captured)

    assert queries_with(1) == queries_with(9)
