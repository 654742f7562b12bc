"""The inventory under "Plataforma": adding an asset with its kind's fields, who manages which kinds,
its life cycle and its dependencies, and the impact of its failure on its page."""

import pytest

from servicedesk.assets.models import Asset, AssetDependency, Location
from servicedesk.assets.services import add_dependency, save_asset

pytestmark = pytest.mark.django_db

NEW = "/admin/inventario/nuevo/"


def _asset(number, kind="servidor", **values):
    return save_asset(
        Asset(inventory_number=number, kind=kind, name=values.pop("name", number), **values), by=None
    )


def test_the_tecnico_adds_a_laptop_with_its_own_fields_and_bad_input_is_refused_in_spanish(
    client, user_with_role
):
    technician = user_with_role("tecnico")
    client.force_login(technician)
    page = client.get(NEW).content.decode()
    assert "Computador portátil" in page and "Software o licencia" not in page  # equipment only
    assert client.get(f"{NEW}?tipo=software").status_code == 403

    office = Location.objects.create(site="Sede principal", building="Bloque A", floor="2", office="Sistemas")
    form = client.get(f"{NEW}?tipo=portatil").content.decode()
    assert "Memoria RAM (GB)" in form and "Dirección IP" not in form
    data = {
        "inventory_number": "idti-000123",
        "name": "Portátil de la coordinación",
        "serial": "5CD1234XYZ",
        "location": office.pk,
        "status": "en_bodega",
        "criticality": "media",
        "dato_ram_gb": "dieciséis",
        "acquisition_value": "-5",
    }
    bad = client.post(f"{NEW}?tipo=portatil", data).content.decode()
    assert "Escriba un número entero (p. ej. 16)." in bad
    assert "Asegúrese de que este valor sea mayor o igual a 0." in bad
    assert not Asset.objects.exists()

    saved = client.post(f"{NEW}?tipo=portatil", data | {"dato_ram_gb": "16", "acquisition_value": "3500000"})
    asset = Asset.objects.get()
    assert saved.status_code == 302 and saved["Location"] == f"/admin/assets/asset/inspect/{asset.pk}/"
    assert (asset.inventory_number, asset.kind, asset.attributes) == (
        "IDTI-000123",
        "portatil",
        {"ram_gb": 16},
    )
    assert asset.status_changes.get().note == "Alta en el inventario."
    duplicate = client.post(f"{NEW}?tipo=portatil", data | {"dato_ram_gb": "8"}).content.decode()
    assert "Ya hay un activo con este número de inventario." in duplicate

    # The register's own add and edit addresses lead to this form.
    assert client.get("/admin/assets/asset/create/")["Location"] == NEW
    assert (
        client.get(f"/admin/assets/asset/edit/{asset.pk}/")["Location"]
        == f"/admin/inventario/{asset.pk}/editar/"
    )
    edit = client.get(f"/admin/inventario/{asset.pk}/editar/").content.decode()
    assert 'value="16"' in edit and 'name="status"' not in edit


def test_only_the_profesional_tic_manages_software_services_and_information_assets(client, user_with_role):
    service = _asset("IDTI-S001", kind="servicio", name="Correo institucional")
    client.force_login(user_with_role("tecnico"))
    assert client.get(f"/admin/inventario/{service.pk}/editar/").status_code == 403
    assert client.post(f"/admin/inventario/{service.pk}/estado/", {"status": "en_uso"}).status_code == 403
    client.force_login(user_with_role("profesional_tic"))
    assert client.get(f"/admin/inventario/{service.pk}/editar/").status_code == 200
    assert "Activo de información" in client.get(NEW).content.decode()


def test_the_life_cycle_is_recorded_with_who_and_when_and_retirement_is_final(client, user_with_role):
    asset = _asset("IDTI-000200", kind="portatil")
    technician = user_with_role("tecnico")
    client.force_login(technician)
    client.post(
        f"/admin/inventario/{asset.pk}/estado/", {"status": "asignado", "note": "Entrega a coordinación"}
    )
    client.post(f"/admin/inventario/{asset.pk}/estado/", {"status": "de_baja", "note": "Pantalla rota"})
    asset.refresh_from_db()
    assert asset.status == "de_baja"
    assert [(c.from_status, c.to_status, c.changed_by) for c in asset.status_changes.all()] == [
        ("asignado", "de_baja", technician),
        ("en_bodega", "asignado", technician),
        ("", "en_bodega", None),
    ]
    answer = client.post(f"/admin/inventario/{asset.pk}/estado/", {"status": "en_uso"}, follow=True)
    assert "Elija un estado al que este activo pueda pasar." in answer.content.decode()
    assert Asset.objects.get().status == "de_baja"


def test_a_server_s_page_shows_what_breaks_when_it_fails_and_loops_are_refused(client, user_with_role):
    switch = _asset("IDTI-RED-01", kind="red", name="Switch del centro de datos")
    server = _asset("IDTI-SRV-01", name="Servidor de virtualización")
    vm = _asset("IDTI-VM-07", kind="maquina_virtual", name="VM del portal")
    portal = _asset("IDTI-SVC-01", kind="servicio", name="Portal web del Instituto")
    add_dependency(dependent=server, dependency=switch, note="conectado a")
    add_dependency(dependent=vm, dependency=server, note="corre en")
    add_dependency(dependent=portal, dependency=vm, note="corre en")

    client.force_login(user_with_role("profesional_tic"))
    page = client.get(f"/admin/assets/asset/inspect/{server.pk}/").content.decode()
    assert "2 activos dependen de él:" in page
    assert "IDTI-VM-07 · VM del portal" in page and "directamente" in page
    assert "IDTI-SVC-01 · Portal web del Instituto" in page and "a través de 2 pasos" in page
    assert "IDTI-RED-01 · Switch del centro de datos" in page  # what it depends on

    loop = client.post(f"/admin/inventario/{switch.pk}/dependencias/", {"dependency": portal.pk}, follow=True)
    assert (
        "IDTI-RED-01 no puede depender de IDTI-SVC-01: IDTI-SVC-01 ya depende de IDTI-RED-01."
        in loop.content.decode()
    )
    assert AssetDependency.objects.count() == 3


def test_the_asset_list_reads_in_a_fixed_number_of_queries(client, user_with_role):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    office = Location.objects.create(site="Sede principal")
    custodian = user_with_role("funcionario")
    client.force_login(user_with_role("auditor"))

    def queries_with(assets):
        for n in range(Asset.objects.count(), assets):
            _asset(f"IDTI-{n:06d}", kind="escritorio", location=office, custodian=custodian)
        client.get("/admin/assets/asset/")  # the caches a first request fills (site, content types)
        with CaptureQueriesContext(connection) as captured:
            page = client.get("/admin/assets/asset/")
        assert page.status_code == 200 and f"IDTI-{assets - 1:06d}" in page.content.decode()
        return len(captured)

    few = queries_with(2)
    assert few <= 20 and queries_with(30) == few


def test_a_server_s_page_shows_the_monitors_risks_and_open_tickets_its_failure_reaches(
    client, user_with_role
):
    from servicedesk.monitoring.models import Monitor
    from servicedesk.tickets import services as desk
    from tests.factories import RiskFactory

    server = _asset("IDTI-SRV-01", name="Servidor de virtualización")
    vm = _asset("IDTI-VM-07", kind="maquina_virtual", name="VM del portal")
    portal = _asset("IDTI-SVC-01", kind="servicio", name="Portal web del Instituto")
    add_dependency(dependent=vm, dependency=server)
    add_dependency(dependent=portal, dependency=vm)
    Monitor.objects.create(name="Portal web (HTTP)", kind="http", url="https://portal.example/", asset=portal)
    requester = user_with_role("funcionario")
    open_one = desk.open_ticket(
        title="El portal no carga", description="x", ticket_type="incidente", requester=requester
    )
    open_one.asset = portal
    open_one.save(update_fields=["asset"])
    unrelated = desk.open_ticket(
        title="Otro asunto", description="x", ticket_type="incidente", requester=requester
    )
    risk = RiskFactory()
    risk.inventory_assets.add(server)

    client.force_login(user_with_role("tecnico"))
    page = client.get(f"/admin/assets/asset/inspect/{server.pk}/").content.decode()
    assert "Portal web (HTTP)" in page and "(IDTI-SVC-01)" in page
    assert f"{open_one.number} · El portal no carga" in page and unrelated.number not in page
    assert "IDTI-SVC-01 · Portal web del Instituto" in page  # the service that runs on it
    # The Técnico does not read the risk matrix: the risk is named, without a link to it.
    assert str(risk) in page and f"/admin/governance/risk/inspect/{risk.pk}/" not in page
    client.force_login(user_with_role("profesional_tic"))
    page = client.get(f"/admin/assets/asset/inspect/{server.pk}/").content.decode()
    assert f"/admin/governance/risk/inspect/{risk.pk}/" in page
    quiet = client.get(f"/admin/assets/asset/inspect/{portal.pk}/").content.decode()
    assert "Ningún riesgo de la matriz nombra estos activos." in quiet


def test_the_auditor_exports_the_inventory(client, user_with_role):
    _asset("IDTI-000300", kind="portatil", name="Portátil de auditoría", serial="SN300")
    client.force_login(user_with_role("auditor"))
    response = client.get("/admin/assets/asset/?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="inventario-tic.xlsx"'
    import io

    from openpyxl import load_workbook

    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[1][0] == "INVENTARIO DE EQUIPOS, APLICACIONES Y SERVICIOS TECNOLÓGICOS"
    assert rows[4][:3] == ("Número de inventario", "Tipo", "Nombre")
    assert (
        rows[5][:3] == ("IDTI-000300", "Computador portátil", "Portátil de auditoría")
        and rows[5][9] == "En bodega"
    )


def test_labels_carry_a_qr_code_that_opens_the_asset_s_page(client, user_with_role):
    office = Location.objects.create(site="Sede principal", office="Sistemas")
    laptop = _asset("IDTI-000500", kind="portatil", name="Portátil de sistemas", location=office)
    _asset("IDTI-000501", kind="impresora", name="Impresora", location=office)
    client.force_login(user_with_role("tecnico"))
    one = client.get(f"/admin/inventario/etiquetas/?activo={laptop.pk}").content.decode()
    assert one.count('class="asset-label"') == 1 and "IDTI-000500" in one and "IDTI-000501" not in one
    assert f"http://testserver/admin/assets/asset/inspect/{laptop.pk}/" in one  # the QR's title: its address
    by_kind = client.get("/admin/inventario/etiquetas/?kind=impresora").content.decode()
    assert "1 etiqueta." in by_kind and "IDTI-000501" in by_kind
    assert "Elija un tipo o una ubicación" in client.get("/admin/inventario/etiquetas/").content.decode()
    assert client.get("/admin/inventario/etiquetas/?kind=nevera").status_code == 200
    client.force_login(user_with_role("funcionario"))
    assert client.get("/admin/inventario/etiquetas/").status_code in {302, 403}
