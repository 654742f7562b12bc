"""Maintenance: a plan schedules its occurrences ahead, the Técnico records the work with the plan's
checklist (closing the occurrence once), overdue work is on the dashboard and the calendar, the week's
work is mailed to the group, and the completion rate feeds an indicator."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from servicedesk.assets.indicators import maintenance_completion
from servicedesk.assets.maintenance import mail_weekly_summary, schedule_occurrences
from servicedesk.assets.models import Asset, MaintenanceOccurrence, MaintenancePlan, MaintenanceRecord
from servicedesk.assets.services import change_status, save_asset
from servicedesk.tickets.models import SupportGroup

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan():
    desk = SupportGroup.objects.create(name="Mesa de ayuda", email="mesa@instituto.gov.co")
    for number in ("IDTI-000001", "IDTI-000002"):
        save_asset(Asset(inventory_number=number, kind="escritorio", name=f"Computador {number}"), by=None)
    save_asset(Asset(inventory_number="IDTI-SRV-0001", kind="servidor", name="Servidor"), by=None)
    return MaintenancePlan.objects.create(
        name="Preventivo de computadores",
        kind="escritorio",
        every_months=1,
        starts_on=date(2026, 1, 5),
        checklist="Limpieza interna\n- Actualizaciones\n\nAntivirus",
        responsible_group=desk,
    )


def test_occurrences_are_scheduled_ahead_once_and_cancelled_for_a_retired_asset(plan):
    today = date(2026, 12, 3)
    created = schedule_occurrences(today)
    assert created == 2 * 4  # two desktops, Jan 5 to Apr 5 (120 days ahead); the server is not covered
    assert schedule_occurrences(today) == 0
    assert plan.tasks() == ["Limpieza interna", "Actualizaciones", "Antivirus"]

    retired = Asset.objects.get(inventory_number="IDTI-000002")
    change_status(retired, to="de_baja", by=None)
    schedule_occurrences(today)
    statuses = set(MaintenanceOccurrence.objects.filter(asset=retired).values_list("status", flat=True))
    assert statuses == {"cancelado"}


def test_the_tecnico_records_the_checklist_and_the_occurrence_closes_once(client, plan, user_with_role):
    today = timezone.localdate()
    asset = Asset.objects.get(inventory_number="IDTI-000001")
    occurrence = MaintenanceOccurrence.objects.create(
        plan=plan, asset=asset, due_on=today - timedelta(days=3)
    )
    technician = user_with_role("tecnico")
    client.force_login(technician)

    dashboard = client.get("/admin/").content.decode()
    assert 'data-overdue-maintenance="1"' in dashboard and "IDTI-000001" in dashboard
    calendar = client.get(f"/admin/inventario/mantenimiento/calendario/?mes={occurrence.due_on:%Y-%m}")
    assert calendar.status_code == 200 and "vencido" in calendar.content.decode()

    url = f"/admin/inventario/{asset.pk}/mantenimiento/?programado={occurrence.pk}"
    form = client.get(url).content.decode()
    assert "Limpieza interna" in form and "Antivirus" in form
    bad = client.post(
        url,
        {
            "performed_on": (today + timedelta(days=1)).isoformat(),
            "technician": technician.pk,
            "minutes": "0",
            "ticket": "#９９",
            "cost": "-1",
        },
    )
    assert bad.status_code == 400
    page = bad.content.decode()
    assert "La fecha del mantenimiento no puede ser futura." in page
    assert "No hay un caso con el número «９９»." in page
    assert "Asegúrese de que este valor sea mayor o igual a 1." in page  # minutes
    assert "Asegúrese de que este valor sea mayor o igual a 0." in page  # cost
    assert not MaintenanceRecord.objects.exists()
    assert client.get(f"/admin/inventario/{asset.pk}/mantenimiento/?programado=²").status_code == 404
    assert client.get("/admin/inventario/mantenimiento/calendario/?mes=9999-12").status_code == 200
    assert client.get("/admin/inventario/mantenimiento/calendario/?mes=2026-13").status_code == 200

    data = {
        "performed_on": today.isoformat(),
        "technician": technician.pk,
        "minutes": "45",
        "tarea_0": "on",
        "tarea_2": "on",
        "findings": "Ventilador ruidoso; se lubricó.",
        "cost": "0",
    }
    assert client.post(url, data).status_code == 302
    record = MaintenanceRecord.objects.get()
    assert (record.kind, record.minutes, record.occurrence_id) == ("preventivo", 45, occurrence.pk)
    assert record.checklist_results == [
        {"task": "Limpieza interna", "done": True},
        {"task": "Actualizaciones", "done": False},
        {"task": "Antivirus", "done": True},
    ]
    occurrence.refresh_from_db()
    assert occurrence.status == "realizado"
    again = client.post(url, data)
    assert again.status_code == 400 and "ya se registró" in again.content.decode()
    page = client.get(f"/admin/assets/asset/inspect/{asset.pk}/").content.decode()
    assert "Ventilador ruidoso; se lubricó." in page
    assert 'data-overdue-maintenance="0"' in client.get("/admin/").content.decode()


def test_the_tecnico_may_not_record_maintenance_of_a_service_and_the_auditor_of_nothing(
    client, plan, user_with_role
):
    service = save_asset(Asset(inventory_number="IDTI-SVC-0001", kind="servicio", name="Portal web"), by=None)
    client.force_login(user_with_role("tecnico"))
    assert client.get(f"/admin/inventario/{service.pk}/mantenimiento/").status_code == 403
    client.force_login(user_with_role("auditor"))
    desktop = Asset.objects.get(inventory_number="IDTI-000001")
    assert client.get(f"/admin/inventario/{desktop.pk}/mantenimiento/").status_code == 403
    assert client.get("/admin/inventario/mantenimiento/calendario/").status_code == 200  # reads
    client.force_login(user_with_role("funcionario"))
    assert client.get("/admin/inventario/mantenimiento/calendario/").status_code in (302, 403)


def test_the_week_is_mailed_to_the_group_and_the_rate_feeds_an_indicator(
    plan, django_capture_on_commit_callbacks
):
    today = date(2026, 12, 3)
    asset = Asset.objects.get(inventory_number="IDTI-000001")
    other = Asset.objects.get(inventory_number="IDTI-000002")
    MaintenanceOccurrence.objects.create(plan=plan, asset=asset, due_on=date(2026, 11, 20))  # overdue
    MaintenanceOccurrence.objects.create(plan=plan, asset=other, due_on=date(2026, 12, 5), status="realizado")
    MaintenanceOccurrence.objects.create(plan=plan, asset=other, due_on=date(2026, 12, 12))  # next week
    MaintenanceOccurrence.objects.create(plan=plan, asset=asset, due_on=date(2026, 12, 4), status="cancelado")
    with django_capture_on_commit_callbacks(execute=True):
        assert mail_weekly_summary(today) == 1
    message = mail.outbox[-1]
    assert message.to == ["mesa@instituto.gov.co"]
    assert message.subject == "Mantenimientos de la semana: 1 para Mesa de ayuda"
    assert "2026-11-20 (vencido) · IDTI-000001" in message.body and "IDTI-000002" not in message.body

    assert maintenance_completion(date(2026, 11, 1), date(2026, 12, 31)) == (Decimal(1), Decimal(3))


def test_a_changed_plan_cancels_what_it_no_longer_asks_for_and_brings_it_back(plan):
    today = date(2026, 12, 3)
    schedule_occurrences(today)
    plan.every_months = 2
    plan.save()
    schedule_occurrences(today, plans=[plan])
    scheduled = set(
        MaintenanceOccurrence.objects.filter(status="programado").values_list("due_on", flat=True).distinct()
    )
    assert scheduled == {date(2027, 1, 5), date(2027, 3, 5)}  # every two months from Jan 5
    plan.every_months = 1
    plan.save()
    schedule_occurrences(today, plans=[plan])
    assert MaintenanceOccurrence.objects.filter(status="programado").count() == 8
    assert MaintenanceOccurrence.objects.count() == 8  # brought back, not duplicated


def test_the_tecnico_plans_maintenance_of_equipment_only(client, plan, user_with_role):
    client.force_login(user_with_role("tecnico"))
    form = client.get("/admin/assets/maintenanceplan/create/").content.decode()
    assert (
        'value="escritorio"' in form and 'value="servicio"' not in form and 'value="informacion"' not in form
    )


def test_a_plan_names_a_kind_or_an_asset_and_has_tasks(client, plan, user_with_role):
    client.force_login(user_with_role("profesional_tic"))
    desktop = Asset.objects.get(inventory_number="IDTI-000001")
    base = {
        "name": "Plan",
        "every_months": "6",
        "starts_on": (timezone.localdate() + timedelta(days=10)).isoformat(),
        "responsible_group": plan.responsible_group_id,
        "active": "on",
    }
    both = client.post(
        "/admin/assets/maintenanceplan/create/",
        base | {"kind": "escritorio", "asset": desktop.pk, "checklist": "Limpieza"},
    )
    assert "Elija un tipo de activo o un activo, no los dos ni ninguno." in both.content.decode()
    empty = client.post(
        "/admin/assets/maintenanceplan/create/", base | {"kind": "escritorio", "checklist": " - \n•"}
    )
    assert "Escriba al menos una tarea." in empty.content.decode()
    assert MaintenancePlan.objects.count() == 1

    saved = client.post(
        "/admin/assets/maintenanceplan/create/", base | {"asset": desktop.pk, "checklist": "Limpieza"}
    )
    assert saved.status_code == 302
    new = MaintenancePlan.objects.get(name="Plan")
    # Saving the plan schedules it at once, not only at night.
    assert list(MaintenanceOccurrence.objects.filter(plan=new).values_list("asset_id", "due_on")) == [
        (desktop.pk, new.starts_on)
    ]
