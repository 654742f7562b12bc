"""Physical inventory campaigns: opened by the Profesional TIC over a location and/or kind, ticked by
the Técnico, closed (assets found elsewhere move there), the discrepancy report, and when each kind
of asset is due for its next check."""

from datetime import date, datetime
from io import BytesIO

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from servicedesk.assets.audit_rules import Progress, next_audit
from servicedesk.assets.audits import audit_schedule
from servicedesk.assets.models import Asset, AuditCampaign, AuditCheck, AuditFrequency, Location
from servicedesk.assets.services import change_status, save_asset


def test_progress_and_the_next_audit_of_a_kind():
    assert Progress(total=8, checked=3, discrepancies=1).percent == 38
    assert Progress(total=0, checked=0, discrepancies=0).percent == 100
    assert next_audit(None, 12, date(2026, 12, 3)) == (date(2026, 12, 3), True)
    assert next_audit(date(2026, 1, 10), 12, date(2026, 12, 3)) == (date(2027, 1, 10), False)
    assert next_audit(date(2025, 6, 1), 6, date(2026, 12, 3)) == (date(2025, 12, 1), True)


@pytest.fixture
def offices(db):
    first = Location.objects.create(site="Sede principal", building="Bloque A", floor="1", office="Atención")
    second = Location.objects.create(site="Sede principal", building="Bloque A", floor="2", office="Sistemas")
    for number in ("IDTI-000001", "IDTI-000002", "IDTI-000003"):
        save_asset(
            Asset(inventory_number=number, kind="escritorio", name=f"PC {number}", location=first), by=None
        )
    save_asset(
        Asset(inventory_number="IDTI-IMP-0001", kind="impresora", name="Impresora", location=first), by=None
    )
    save_asset(
        Asset(inventory_number="IDTI-000009", kind="escritorio", name="PC otra oficina", location=second),
        by=None,
    )
    change_status(Asset.objects.get(inventory_number="IDTI-000003"), to="de_baja", by=None)
    return first, second


@pytest.mark.django_db
def test_a_campaign_is_opened_walked_closed_and_reports_its_discrepancies(client, offices, user_with_role):
    first, second = offices
    professional, technician = user_with_role("profesional_tic"), user_with_role("tecnico")
    client.force_login(technician)
    assert client.get("/admin/inventario/campanas/nueva/").status_code == 403

    client.force_login(professional)
    empty = client.post(
        "/admin/inventario/campanas/nueva/",
        {"name": "Vacía", "location": second.pk, "kind": "impresora", "due_on": "2026-12-18"},
    )
    assert empty.status_code == 400 and "no hay nada que verificar" in empty.content.decode()
    response = client.post(
        "/admin/inventario/campanas/nueva/",
        {"name": "Inventario 2026 — Atención", "location": first.pk, "kind": "", "due_on": "2026-12-18"},
    )
    campaign = AuditCampaign.objects.get()
    assert response.status_code == 302
    checks = {check.asset.inventory_number: check for check in campaign.checks.select_related("asset")}
    assert sorted(checks) == ["IDTI-000001", "IDTI-000002", "IDTI-IMP-0001"]  # no retired, no other office

    client.force_login(technician)
    page = f"/admin/assets/auditcampaign/inspect/{campaign.pk}/"
    assert "0 de 3 activos verificados (0 %)" in client.get(page).content.decode()

    def row(check, result, location="", note=""):
        prefix = f"v{check.pk}"
        return {f"{prefix}-result": result, f"{prefix}-found_location": location, f"{prefix}-note": note}

    pc1, pc2, printer = checks["IDTI-000001"], checks["IDTI-000002"], checks["IDTI-IMP-0001"]
    bad = {"verificacion": [pc1.pk, pc2.pk], **row(pc1, "encontrado"), **row(pc2, "otra_ubicacion")}
    client.post(f"/admin/inventario/campanas/{campaign.pk}/verificar/", bad)
    assert set(AuditCheck.objects.values_list("result", flat=True)) == {"pendiente"}  # all or nothing
    assert "indique dónde se encontró" in client.get(page).content.decode()

    good = {
        "verificacion": [pc1.pk, pc2.pk, printer.pk],
        **row(pc1, "encontrado"),
        **row(pc2, "otra_ubicacion", second.pk, "En la oficina de sistemas"),
        **row(printer, "danado", note="Bandeja rota"),
    }
    client.post(f"/admin/inventario/campanas/{campaign.pk}/verificar/", good)
    html = client.get(f"{page}?ver=todos").content.decode()
    assert "3 de 3 activos verificados (100 %)" in html and "2 discrepancias" in html
    assert client.post(f"/admin/inventario/campanas/{campaign.pk}/cerrar/").status_code == 403

    client.force_login(professional)
    client.post(f"/admin/inventario/campanas/{campaign.pk}/cerrar/")
    campaign.refresh_from_db()
    assert campaign.status == "cerrada"
    assert Asset.objects.get(inventory_number="IDTI-000002").location == second  # moved where found
    client.force_login(technician)
    client.post(
        f"/admin/inventario/campanas/{campaign.pk}/verificar/",
        {"verificacion": [pc1.pk], **row(pc1, "no_encontrado")},
    )
    assert AuditCheck.objects.get(pk=pc1.pk).result == "encontrado"  # a closed campaign does not change

    client.force_login(user_with_role("auditor"))
    report = client.get(f"/admin/inventario/campanas/{campaign.pk}/discrepancias.xlsx")
    assert report.status_code == 200
    rows = [
        [cell for cell in values if cell is not None]
        for values in load_workbook(BytesIO(report.content)).active.iter_rows(values_only=True)
    ]
    found = {row[0]: row for row in rows if row and str(row[0]).startswith("IDTI-")}
    assert set(found) == {"IDTI-000002", "IDTI-IMP-0001"}
    assert "En otra ubicación" in found["IDTI-000002"] and "Bandeja rota" in found["IDTI-IMP-0001"]


@pytest.mark.django_db
def test_each_kind_is_due_for_its_next_audit_from_the_last_closed_campaign(offices):
    AuditFrequency.objects.create(kind="escritorio", every_months=12)
    AuditFrequency.objects.create(kind="servidor", every_months=6)
    AuditCampaign.objects.create(
        name="2026",
        kind="escritorio",
        due_on=date(2026, 1, 30),
        status="cerrada",
        closed_at=timezone.make_aware(datetime(2026, 1, 20, 12)),
    )
    AuditCampaign.objects.create(  # one office only: it does not audit the servers
        name="Oficina",
        kind="servidor",
        location=offices[0],
        due_on=date(2026, 11, 30),
        status="cerrada",
        closed_at=timezone.make_aware(datetime(2026, 11, 20, 12)),
    )
    schedule = {row["frequency"].kind: row for row in audit_schedule(date(2026, 12, 3))}
    assert (schedule["escritorio"]["due"], schedule["escritorio"]["overdue"]) == (date(2027, 1, 20), False)
    assert (schedule["servidor"]["last"], schedule["servidor"]["overdue"]) == (None, True)


@pytest.mark.django_db
def test_the_campaign_page_queries_do_not_grow_with_its_assets(client, offices, user_with_role):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from servicedesk.assets.audits import open_campaign

    first, _second = offices
    client.force_login(user_with_role("tecnico"))

    def queries_for(campaign):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/admin/assets/auditcampaign/inspect/{campaign.pk}/").status_code == 200
        return len(captured)

    small = open_campaign(name="Pequeña", location=first, kind="", due_on=date(2026, 12, 18), by=None)
    for n in range(20):
        save_asset(
            Asset(inventory_number=f"IDTI-001{n:03d}", kind="escritorio", name="PC", location=first), by=None
        )
    large = open_campaign(name="Grande", location=first, kind="", due_on=date(2026, 12, 18), by=None)
    assert large.checks.count() == small.checks.count() + 20
    assert queries_for(large) == queries_for(small)
