"""Role × URL matrix: who may reach what, and who may not.

Later features add rows. ``ok`` is 200; ``login`` a redirect to a sign-in page; ``denied``
a 403 or a redirect away from the admin (Wagtail's way of refusing an admin user).
"""

import pytest

from governance.peti.models import StrategicPlan
from tests.factories import (
    AuditFactory,
    DocumentFactory,
    FindingFactory,
    ImprovementActionFactory,
    IndicatorFactory,
    NewsIndexPageFactory,
    ProcessFactory,
    RiskEventFactory,
)

ROLES = [
    None,
    "funcionario",
    "editor",
    "publicador",
    "tecnico",
    "profesional_tic",
    "gerente",
    "auditor",
    "administrador",
]

CONTENT_EDITORS = {"editor", "publicador", "administrador"}
GOVERNANCE_READERS = {"profesional_tic", "gerente", "auditor", "administrador"}
GOVERNANCE_WRITERS = {"profesional_tic", "administrador"}
ADMIN_USERS = set(ROLES) - {None, "funcionario"}
SERVICE_DESK_READERS = {"tecnico", "profesional_tic", "gerente", "auditor", "administrador"}
SERVICE_DESK_WORKERS = {"tecnico", "profesional_tic", "administrador"}
SERVICE_DESK_CONFIGURATION = {"profesional_tic", "administrador"}
#: Backups: the Profesional TIC keeps the policies and drills; the Técnico reads the runs; Internal
#: Control reads runs, drills and policies; nobody else (not even the Gerente).
BACKUP_MANAGERS = {"profesional_tic", "administrador"}
BACKUP_RUN_READERS = {"tecnico", "profesional_tic", "auditor", "administrador"}
BACKUP_READERS = {"profesional_tic", "auditor", "administrador"}


PUBLIC = {
    "home",
    "site_map",
    "transparency",
    "transparency_item",
    "news",
    "search",
    "normograma_xlsx",
    "monitor_push",  # a push monitor's secret URL: public by design, the token is the secret
    "status_public",
}


#: The intranet's pages: every signed-in member of staff.
STAFF_PAGES = {
    "intranet",
    "catalog",
    "service_page",
    "my_tickets",
    "my_ticket_own",
    "status_intranet",
    "my_equipment",
}


def expected(url_name, role):
    if url_name in {"draft", "monitor_push_wrong_token"}:
        return "notfound"  # drafts are never served on the public site; a wrong push token is unknown
    if role is None:
        return "ok" if url_name in PUBLIC else "login"
    if url_name in PUBLIC | STAFF_PAGES:
        return "ok"
    # A staff member never sees another person's ticket, whatever their role.
    if url_name in {"my_ticket_other", "my_ticket_other_file"}:
        return "notfound"
    if url_name in {
        "ticket_list",
        "ticket_queue_overdue",
        "ticket_inspect",
        "ticket_history",
        "ticket_attachment",
        "ticket_category_list",
        "priority_matrix_list",
        "service_level_list",
        "ticket_register_xlsx",
        "statistics",
        "statistics_xlsx",
        "glpi_run_list",
        "glpi_run_inspect",
        "monitor_list",
        "monitor_inspect",
        "monitor_inspect_push",
        "monitor_history",
        "maintenance_list",
        "maintenance_inspect",
        "availability_report",
        "availability_report_xlsx",
    }:
        return "ok" if role in SERVICE_DESK_READERS else "denied"
    if url_name in {
        "asset_list",
        "asset_inspect",
        "asset_history",
        "location_list",
        "assignment_acta",
        "asset_labels",
        "maintenance_calendar",
        "maintenance_plan_list",
        "maintenance_record_list",
        "campaign_list",
        "campaign_inspect",
        "campaign_discrepancies",
    }:
        return "ok" if role in SERVICE_DESK_READERS else "denied"
    if url_name in {
        "asset_new",
        "asset_edit",
        "location_create",
        "asset_import",
        "asset_import_template",
        "maintenance_record",
        "maintenance_plan_create",
    }:
        return "ok" if role in SERVICE_DESK_WORKERS else "denied"
    if url_name in {"asset_edit_service", "asset_delete", "campaign_new", "audit_frequency_create"}:
        # Software, services and information assets are the Profesional TIC's; so is removing one.
        return "ok" if role in SERVICE_DESK_CONFIGURATION else "denied"
    if url_name in {"backup_run_list", "backup_run_inspect"}:
        return "ok" if role in BACKUP_RUN_READERS else "denied"
    if url_name in {
        "backup_policy_list",
        "backup_policy_inspect",
        "backup_drill_list",
        "backup_drill_inspect",
        "restoration_list",
        "restoration_inspect",
        "restoration_acta",
    }:
        return "ok" if role in BACKUP_READERS else "denied"
    if url_name in {"backup_policy_create", "backup_policy_edit", "backup_policy_delete", "restoration_new"}:
        return "ok" if role in BACKUP_MANAGERS else "denied"
    if url_name in {
        "backup_run_create",
        "backup_run_edit",
        "backup_run_delete",
        "backup_drill_delete",
        "restoration_create",
        "restoration_edit",
        "restoration_delete",
    }:
        # Runs, drills and restorations are written by the portal only (a restoration is opened
        # from its run and signed step by step), whoever asks.
        return "denied"
    if url_name in {"monitor_create", "monitor_edit", "maintenance_create", "maintenance_edit"}:
        return "ok" if role in SERVICE_DESK_WORKERS else "denied"
    if url_name in {"monitor_delete", "maintenance_delete"}:
        return "ok" if role == "administrador" else "denied"
    # Failed sign-ins name the accounts under attack: the Administrador's alone. Axes writes
    # and clears them; nobody adds, edits or deletes them from the admin (unlocking is its own
    # action).
    if url_name in {
        "signin_lockout_list",
        "signin_lockout_inspect",
        "signin_unlock",
        "signin_failure_list",
        "signin_failure_inspect",
    }:
        return "ok" if role == "administrador" else "denied"
    if url_name in {"signin_lockout_create", "signin_lockout_delete", "signin_failure_delete"}:
        return "denied"
    if url_name in {"glpi_run_create", "glpi_run_edit", "glpi_run_delete"}:
        return "denied"  # runs are written by the import only, whoever asks
    if url_name in {"ticket_create", "ticket_edit"}:
        return "ok" if role in SERVICE_DESK_WORKERS else "denied"
    if url_name in {"service_level_create", "ticket_category_create", "priority_matrix_edit"}:
        return "ok" if role in SERVICE_DESK_CONFIGURATION else "denied"
    if url_name == "ticket_delete":
        return "denied"  # tickets are closed, never deleted
    if url_name in {"documents_admin", "page_edit"}:
        return "ok" if role in CONTENT_EDITORS else "denied"
    if url_name == "admin":
        return "ok" if role in ADMIN_USERS else "denied"
    if url_name in {
        "process_list",
        "process_inspect",
        "process_history",
        "process_sheet",
        "process_document_file",
        "indicator_list",
        "indicator_inspect",
        "performance_report",
        "peti_roadmap",
    }:
        return "ok" if role in GOVERNANCE_READERS else "denied"
    if url_name in {
        "risk_event_list",
        "risk_event_inspect",
        "audit_list",
        "audit_inspect",
        "audit_report",
        "audit_report_xlsx",
        "finding_list",
        "finding_inspect",
        "improvement_list",
        "improvement_inspect",
        "improvement_history",
        "improvement_plan_xlsx",
    }:
        return "ok" if role in GOVERNANCE_READERS else "denied"
    if url_name in {
        "process_create",
        "process_edit",
        "indicator_edit",
        "risk_event_create",
        "improvement_create",
        "improvement_edit",
    }:
        return "ok" if role in GOVERNANCE_WRITERS else "denied"
    # Internal control: audits, findings and effectiveness are the auditors'; the audit in the
    # matrix is assigned to nobody here, so only the Administrador edits it.
    if url_name in {"finding_create", "improvement_evaluate"}:
        return "ok" if role in {"auditor", "administrador"} else "denied"
    if url_name == "audit_edit":
        return "ok" if role == "administrador" else "denied"
    # Progress is reported by the action's responsible (nobody here) or the Administrador.
    if url_name == "improvement_follow_up":
        return "ok" if role == "administrador" else "denied"
    raise AssertionError(url_name)


def process_document_file(process) -> str:
    """The download of a procedure of ``process`` (a Wagtail document no page publishes)."""
    from datetime import date

    from governance.documents.models import ControlledDocument, DocumentKind, DocumentVersion

    controlled = ControlledDocument.objects.create(
        process=process, kind=DocumentKind.PROCEDURE, code="PR-01", title="Procedimiento"
    )
    file = DocumentFactory()
    DocumentVersion.objects.create(
        document=controlled, version="1", approved_on=date(2024, 3, 15), approved_by="Gerente", file=file
    )
    return f"/admin/governance/documentos/{file.pk}/"


def urls(process, site, indicator, peti, records):
    from digital_gov.transparency.models import TransparencyItemPage
    from website.models import StandardPage

    draft = StandardPage(title="Borrador", slug="borrador-matriz", live=False)
    site.root_page.add_child(instance=draft)
    return {
        "home": "/",
        "transparency": "/transparencia/",
        "transparency_item": TransparencyItemPage.objects.live().get(number="4.7").url,
        "news": "/noticias/",
        "search": "/buscar/?q=plan",
        "draft": draft.url_path.replace(site.root_page.url_path, "/", 1),
        "documents_admin": "/admin/documents/",
        "page_edit": f"/admin/pages/{site.root_page.pk}/edit/",
        "site_map": "/mapa-del-sitio/",
        "intranet": "/intranet/",
        "admin": "/admin/",
        "process_list": "/admin/governance/process/",
        "process_inspect": f"/admin/governance/process/inspect/{process.pk}/",
        "process_history": f"/admin/governance/process/history/{process.pk}/",
        "process_create": "/admin/governance/process/create/",
        "process_edit": f"/admin/governance/process/edit/{process.pk}/",
        "process_sheet": f"/admin/governance/process/sheet/{process.pk}/",
        "process_document_file": process_document_file(process),
        "indicator_list": "/admin/governance/indicator/",
        "indicator_inspect": f"/admin/governance/indicator/inspect/{indicator.pk}/",
        "indicator_edit": f"/admin/governance/indicator/edit/{indicator.pk}/",
        "performance_report": "/admin/governance/desempeno/",
        "peti_roadmap": f"/admin/governance/peti/{peti.pk}/hoja-de-ruta/",
        "normograma_xlsx": "/transparencia/normograma.xlsx",
        **records,
    }


def governance_records():
    """An audit with a finding, a risk event and two improvement actions (one open, one fulfilled)."""
    from django.utils import timezone

    from governance.improvement import services

    audit = AuditFactory()
    finding = FindingFactory(audit=audit)
    event = RiskEventFactory()
    today = timezone.localdate()
    dates = {"start_date": today.replace(day=1), "end_date": today.replace(year=today.year + 1)}
    open_action = ImprovementActionFactory(finding=finding, **dates)
    done = ImprovementActionFactory(finding=finding, **dates)
    services.add_follow_up(action=done, by=done.responsible, date=today, progress=100, comment="Listo")
    a = "/admin/governance"
    return {
        "risk_event_list": f"{a}/riskevent/",
        "risk_event_inspect": f"{a}/riskevent/inspect/{event.pk}/",
        "risk_event_create": f"{a}/riskevent/create/",
        "audit_list": f"{a}/audit/",
        "audit_inspect": f"{a}/audit/inspect/{audit.pk}/",
        "audit_edit": f"{a}/audit/edit/{audit.pk}/",
        "audit_report": f"{a}/audit/{audit.pk}/informe/",
        "audit_report_xlsx": f"{a}/audit/{audit.pk}/informe.xlsx",
        "finding_list": f"{a}/finding/",
        "finding_inspect": f"{a}/finding/inspect/{finding.pk}/",
        "finding_create": f"{a}/finding/create/",
        "improvement_list": f"{a}/improvementaction/",
        "improvement_inspect": f"{a}/improvementaction/inspect/{open_action.pk}/",
        "improvement_history": f"{a}/improvementaction/history/{open_action.pk}/",
        "improvement_create": f"{a}/improvementaction/create/?hallazgo={finding.pk}",
        "improvement_edit": f"{a}/improvementaction/edit/{open_action.pk}/",
        "improvement_follow_up": f"{a}/improvementaction/{open_action.pk}/seguimiento/",
        "improvement_evaluate": f"{a}/improvementaction/{done.pk}/eficacia/",
        "improvement_plan_xlsx": f"{a}/improvementaction/plan-de-mejoramiento.xlsx",
    }


def signin_records():
    """A lockout (five failures of one user name from one address) and one logged failure."""
    from axes.models import AccessAttempt, AccessFailureLog

    where = {
        "username": "ana",
        "ip_address": "203.0.113.66",
        "user_agent": "curl",
        "path_info": "/admin/login/",
    }
    attempt = AccessAttempt.objects.create(**where, failures_since_start=5, get_data="", post_data="")
    failure = AccessFailureLog.objects.create(**where, locked_out=True)
    a = "/admin/portal"
    return {
        "signin_lockout_list": f"{a}/signinattempt/",
        "signin_lockout_inspect": f"{a}/signinattempt/inspect/{attempt.pk}/",
        "signin_lockout_create": f"{a}/signinattempt/create/",
        "signin_lockout_delete": f"{a}/signinattempt/delete/{attempt.pk}/",
        "signin_unlock": f"{a}/signinattempt/{attempt.pk}/desbloquear/",
        "signin_failure_list": f"{a}/signinfailure/",
        "signin_failure_inspect": f"{a}/signinfailure/inspect/{failure.pk}/",
        "signin_failure_delete": f"{a}/signinfailure/delete/{failure.pk}/",
    }


def servicedesk_records(user):
    """The catalog with one service; a ticket of someone else with a file, and one of ``user``;
    a push monitor and an HTTP one in a maintenance window."""
    from datetime import timedelta

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone

    from servicedesk.backups.models import BackupPolicy, BackupRun, RestoreDrill
    from servicedesk.backups.restores import open_restoration
    from servicedesk.glpi.models import GlpiImportRun, ImportSource
    from servicedesk.models import (
        PriorityMatrixCell,
        ServiceCatalogPage,
        ServicePage,
        SupportGroup,
        TicketCategory,
    )
    from servicedesk.monitoring.models import MaintenanceWindow, Monitor
    from servicedesk.tickets import services
    from tests.factories import UserFactory
    from website.models import IntranetPage

    group = SupportGroup.objects.create(name="Mesa de ayuda")
    category = TicketCategory.objects.create(name="Hardware", group=group)
    catalog = IntranetPage.objects.get().add_child(
        instance=ServiceCatalogPage(title="Servicios", slug="servicios")
    )
    service = catalog.add_child(
        instance=ServicePage(
            title="Soporte", slug="soporte", summary="Soporte", category=category, owner_group=group
        )
    )
    someone = UserFactory(username="otra-persona", roles=["funcionario"])
    other = services.open_ticket(title="Ajeno", description="x", ticket_type="incidente", requester=someone)
    upload = SimpleUploadedFile("nota.txt", b"texto", content_type="text/plain")
    other_file = services.attach(ticket=other, upload=upload, by=someone)
    own = other
    if user is not None:
        own = services.open_ticket(
            title="Propio", description="x", ticket_type="requerimiento", requester=user
        )
    a = "/admin/servicedesk"
    cell = PriorityMatrixCell.objects.first()
    run = GlpiImportRun.objects.create(source=ImportSource.CSV, source_name="casos.csv")
    push = Monitor.objects.create(name="Copias", kind="push")
    web = Monitor.objects.create(name="Portal", kind="http", url="https://portal.example/", service=service)
    window = MaintenanceWindow.objects.create(
        title="Cambio de disco", starts_at=timezone.now(), ends_at=timezone.now() + timedelta(hours=1)
    )
    window.monitors.add(web)
    m = "/admin/monitoring"
    policy = BackupPolicy.objects.create(name="Portal nocturna", destination="/var/copias")
    backup = BackupRun.objects.create(
        policy=policy,
        status="exitosa",
        started_at=timezone.now(),
        finished_at=timezone.now(),
        folder="/var/copias/1",
    )
    drill = RestoreDrill.objects.create(run=backup, status="superada", started_at=timezone.now())
    restoration = open_restoration(
        run=backup, procedure="contingencia", reason="Falla", media_target="/srv/contingencia/medios"
    )
    b = "/admin/backups"
    from servicedesk.assets.assignments import check_out
    from servicedesk.assets.models import Asset

    laptop = Asset.objects.create(inventory_number="IDTI-000001", kind="portatil", name="Portátil")
    mail_service = Asset.objects.create(inventory_number="IDTI-S00001", kind="servicio", name="Correo")
    delivery = check_out(laptop, holder=someone, by=None, condition="Nuevo.")
    from servicedesk.assets.audits import open_campaign

    campaign = open_campaign(
        name="Inventario 2026", location=None, kind="", due_on=timezone.localdate(), by=None
    )
    return {
        "maintenance_calendar": "/admin/inventario/mantenimiento/calendario/",
        "maintenance_record": f"/admin/inventario/{laptop.pk}/mantenimiento/",
        "maintenance_plan_list": "/admin/assets/maintenanceplan/",
        "maintenance_plan_create": "/admin/assets/maintenanceplan/create/",
        "maintenance_record_list": "/admin/assets/maintenancerecord/",
        "campaign_list": "/admin/assets/auditcampaign/",
        "campaign_inspect": f"/admin/assets/auditcampaign/inspect/{campaign.pk}/",
        "campaign_discrepancies": f"/admin/inventario/campanas/{campaign.pk}/discrepancias.xlsx",
        "campaign_new": "/admin/inventario/campanas/nueva/",
        "audit_frequency_create": "/admin/assets/auditfrequency/create/",
        "asset_list": "/admin/assets/asset/",
        "asset_inspect": f"/admin/assets/asset/inspect/{laptop.pk}/",
        "asset_history": f"/admin/assets/asset/history/{laptop.pk}/",
        "asset_new": "/admin/inventario/nuevo/?tipo=portatil",
        "asset_edit": f"/admin/inventario/{laptop.pk}/editar/",
        "asset_edit_service": f"/admin/inventario/{mail_service.pk}/editar/",
        "asset_delete": f"/admin/assets/asset/delete/{laptop.pk}/",
        "location_list": "/admin/assets/location/",
        "my_equipment": "/intranet/mis-equipos/",
        "asset_labels": f"/admin/inventario/etiquetas/?activo={laptop.pk}",
        "assignment_acta": f"/admin/inventario/entregas/{delivery.pk}/acta.xlsx",
        "asset_import": "/admin/inventario/importar/",
        "asset_import_template": "/admin/inventario/plantilla.xlsx",
        "location_create": "/admin/assets/location/create/",
        "backup_policy_list": f"{b}/backuppolicy/",
        "backup_policy_inspect": f"{b}/backuppolicy/inspect/{policy.pk}/",
        "backup_policy_create": f"{b}/backuppolicy/create/",
        "backup_policy_edit": f"{b}/backuppolicy/edit/{policy.pk}/",
        "backup_policy_delete": f"{b}/backuppolicy/delete/{policy.pk}/",
        "backup_run_list": f"{b}/backuprun/",
        "backup_run_inspect": f"{b}/backuprun/inspect/{backup.pk}/",
        "backup_run_create": f"{b}/backuprun/create/",
        "backup_run_edit": f"{b}/backuprun/edit/{backup.pk}/",
        "backup_run_delete": f"{b}/backuprun/delete/{backup.pk}/",
        "backup_drill_list": f"{b}/restoredrill/",
        "backup_drill_inspect": f"{b}/restoredrill/inspect/{drill.pk}/",
        "backup_drill_delete": f"{b}/restoredrill/delete/{drill.pk}/",
        "restoration_list": f"{b}/restoration/",
        "restoration_inspect": f"{b}/restoration/inspect/{restoration.pk}/",
        "restoration_acta": f"/admin/plataforma/restauraciones/{restoration.pk}/acta.xlsx",
        "restoration_new": f"/admin/plataforma/copias/ejecuciones/{backup.pk}/restaurar/",
        "restoration_create": f"{b}/restoration/create/",
        "restoration_edit": f"{b}/restoration/edit/{restoration.pk}/",
        "restoration_delete": f"{b}/restoration/delete/{restoration.pk}/",
        "availability_report": "/admin/plataforma/disponibilidad/",
        "availability_report_xlsx": "/admin/plataforma/disponibilidad.xlsx?mes=2026-11",
        "status_public": "/estado/",
        "status_intranet": "/intranet/estado/",
        "monitor_list": f"{m}/monitor/",
        "monitor_inspect": f"{m}/monitor/inspect/{web.pk}/",
        "monitor_inspect_push": f"{m}/monitor/inspect/{push.pk}/",
        "monitor_history": f"{m}/monitor/history/{web.pk}/",
        "monitor_create": f"{m}/monitor/create/",
        "monitor_edit": f"{m}/monitor/edit/{web.pk}/",
        "monitor_delete": f"{m}/monitor/delete/{web.pk}/",
        "maintenance_list": f"{m}/maintenancewindow/",
        "maintenance_inspect": f"{m}/maintenancewindow/inspect/{window.pk}/",
        "maintenance_create": f"{m}/maintenancewindow/create/",
        "maintenance_edit": f"{m}/maintenancewindow/edit/{window.pk}/",
        "maintenance_delete": f"{m}/maintenancewindow/delete/{window.pk}/",
        "monitor_push": f"/monitoreo/push/{push.push_token}/",
        "monitor_push_wrong_token": "/monitoreo/push/no-es-el-token/",
        "catalog": catalog.url,
        "service_page": service.url,
        "my_tickets": "/intranet/mis-solicitudes/",
        "my_ticket_own": f"/intranet/mis-solicitudes/{own.pk}/",
        "my_ticket_other": f"/intranet/mis-solicitudes/{other.pk}/" if user else "/intranet/mis-solicitudes/",
        "my_ticket_other_file": f"/intranet/mis-solicitudes/{other.pk}/adjuntos/{other_file.pk}/",
        "ticket_list": f"{a}/ticket/",
        "ticket_queue_overdue": f"{a}/ticket/?cola=vencidos",
        "ticket_inspect": f"{a}/ticket/inspect/{other.pk}/",
        "ticket_history": f"{a}/ticket/history/{other.pk}/",
        "ticket_create": f"{a}/ticket/create/",
        "ticket_edit": f"{a}/ticket/edit/{other.pk}/",
        "ticket_delete": f"{a}/ticket/delete/{other.pk}/",
        "ticket_attachment": f"/admin/mesa-de-servicios/adjuntos/{other_file.pk}/",
        "ticket_category_list": f"{a}/ticketcategory/",
        "ticket_category_create": f"{a}/ticketcategory/create/",
        "priority_matrix_list": f"{a}/prioritymatrixcell/",
        "priority_matrix_edit": f"{a}/prioritymatrixcell/edit/{cell.pk}/",
        "service_level_list": f"{a}/servicelevel/",
        "service_level_create": f"{a}/servicelevel/create/",
        "ticket_register_xlsx": f"{a}/ticket/?export=xlsx",
        "statistics": "/admin/mesa-de-servicios/estadisticas/",
        "statistics_xlsx": "/admin/mesa-de-servicios/estadisticas.xlsx",
        "glpi_run_list": f"{a}/glpiimportrun/",
        "glpi_run_inspect": f"{a}/glpiimportrun/inspect/{run.pk}/",
        "glpi_run_create": f"{a}/glpiimportrun/create/",
        "glpi_run_edit": f"{a}/glpiimportrun/edit/{run.pk}/",
        "glpi_run_delete": f"{a}/glpiimportrun/delete/{run.pk}/",
    }


def outcome(response):
    if response.status_code == 200:
        return "ok"
    if response.status_code == 403:
        return "denied"
    if response.status_code == 404:
        return "notfound"
    if response.status_code == 302:
        target = response["Location"]
        signed_in = response.wsgi_request.user.is_authenticated
        if "/cuenta/ingresar/" in target or ("/admin/login/" in target and not signed_in):
            return "login"
        return "denied"
    return f"status {response.status_code}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES, ids=lambda r: r or "anonimo")
def test_role_matrix(client, transparency, demo_site, user_with_role, role):
    NewsIndexPageFactory(parent=demo_site.root_page)
    process = ProcessFactory()
    indicator = IndicatorFactory(process=process)  # its responsible is nobody in this matrix
    peti = StrategicPlan.objects.create(title="PETI", start_year=2024, end_year=2027)
    records = governance_records()
    user = user_with_role(role)
    records.update(servicedesk_records(user))
    records.update(signin_records())
    if user is not None:
        client.force_login(user)
    results = {
        name: outcome(client.get(url))
        for name, url in urls(process, demo_site, indicator, peti, records).items()
    }
    wanted = {name: expected(name, role) for name in results}
    assert results == wanted


@pytest.mark.django_db
def test_anonymous_admin_redirects_to_admin_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
