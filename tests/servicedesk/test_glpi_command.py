"""``manage.py import_glpi``, the nightly Huey task and the read-only register of runs."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from portal.models import SchedulerHeartbeat
from servicedesk.glpi.admin import GlpiImportRunAdmin, errors_html
from servicedesk.glpi.models import GlpiImportRun
from servicedesk.glpi.tasks import glpi_sync
from servicedesk.tickets.models import Ticket
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SPANISH = Path(__file__).parent / "data" / "glpi_tickets_es.csv"


def test_the_command_prints_a_spanish_summary():
    out = StringIO()

    call_command("import_glpi", "--csv", str(SPANISH), stdout=out)

    assert out.getvalue() == (
        "Importación de GLPI (Exportación CSV de GLPI «glpi_tickets_es.csv»): "
        "5 creados, 0 actualizados, 0 sin cambios, 0 con error.\n"
    )


def test_the_command_lists_row_errors_and_still_succeeds(tmp_path):
    path = tmp_path / "export.csv"
    shutil.copy(SPANISH, path)
    path.write_bytes(path.read_bytes().replace(b"14-03-2026 09:32;14-03-2026", b"hoy;14-03-2026"))
    out, err = StringIO(), StringIO()

    call_command("import_glpi", "--csv", str(path), stdout=out, stderr=err)

    assert "4 creados, 0 actualizados, 0 sin cambios, 1 con error." in out.getvalue()
    assert err.getvalue() == "Caso 1 234: Fecha no válida en «Fecha de apertura»: «hoy».\n"


def test_a_missing_file_is_a_command_error():
    with pytest.raises(CommandError, match="No existe el archivo «/no/existe.csv»."):
        call_command("import_glpi", "--csv", "/no/existe.csv")
    assert not GlpiImportRun.objects.exists()


def test_the_api_needs_its_settings(settings):
    settings.GLPI_API_URL = ""
    with pytest.raises(CommandError, match="Configure GLPI_API_URL"):
        call_command("import_glpi", "--api")


def test_since_must_be_a_date():
    with pytest.raises(CommandError, match="--since no es una fecha válida"):
        call_command("import_glpi", "--csv", str(SPANISH), "--since", "ayer")
    call_command("import_glpi", "--csv", str(SPANISH), "--since", "2026-03-14", stdout=StringIO())
    assert Ticket.objects.count() == 3


def test_huey_discovers_the_glpi_sync():
    from huey.contrib.djhuey import HUEY

    import servicedesk.tasks  # noqa: F401 - what run_huey's autodiscovery imports

    assert any("glpi_sync" in name for name in HUEY._registry._registry)
    assert servicedesk.tasks.glpi_sync is glpi_sync


def test_the_sync_does_nothing_without_glpi_api_url(settings):
    settings.GLPI_API_URL = ""

    assert glpi_sync.call_local() is None

    assert not GlpiImportRun.objects.exists()
    assert not SchedulerHeartbeat.objects.filter(name="servicedesk-glpi-sync").exists()


def test_a_failed_sync_leaves_its_run_and_heartbeat(settings, monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    settings.GLPI_API_URL = "http://127.0.0.1:9/apirest.php"  # discard port: nothing listens

    assert glpi_sync.call_local() is None

    run = GlpiImportRun.objects.get()
    assert run.status == "fallida" and "No se pudo conectar con GLPI" in run.errors[0]["message"]
    beat = SchedulerHeartbeat.objects.get(name="servicedesk-glpi-sync")
    assert beat.last_result.startswith("fallida: No se pudo conectar con GLPI")


def test_the_register_is_read_only_even_for_a_superuser():
    call_command("import_glpi", "--csv", str(SPANISH), stdout=StringIO())
    run = GlpiImportRun.objects.get()
    admin = GlpiImportRunAdmin()
    boss = UserFactory(is_superuser=True)
    helper = admin.permission_helper

    assert str(admin.menu_label) == "Importaciones GLPI"
    assert helper.user_can_list(boss) and helper.user_can_inspect_obj(boss, run)
    assert not helper.user_can_create(boss)
    assert not helper.user_can_edit_obj(boss, run)
    assert not helper.user_can_delete_obj(boss, run)
    assert "errors" in admin.inspect_view_fields


def test_errors_are_shown_as_an_escaped_list():
    html = errors_html(
        [{"glpi_id": "12", "message": "Fecha <mala>"}, {"glpi_id": "", "message": "GLPI caído"}]
    )
    assert html == "<ul><li>Caso 12: Fecha &lt;mala&gt;</li><li>GLPI caído</li></ul>"
    assert errors_html([]) == "Ninguno"
