"""The audit report (data, XLSX, HTML) and the Plan de Mejoramiento XLSX."""

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from governance.audits.exports import audit_report_workbook
from governance.audits.models import Audit, AuditProgramme, AuditStatus, ChecklistItem, Finding, FindingKind
from governance.audits.report import audit_report
from governance.audits.selectors import audit_for_report
from governance.improvement.exports import STATUS_COLOURS, improvement_plan_workbook
from governance.improvement.models import (
    EffectivenessEvaluation,
    FollowUp,
    ImprovementAction,
    RootCauseMethod,
    Source,
)
from governance.improvement.selectors import actions_for_plan
from governance.improvement.status import ActionStatus
from tests.factories import ProcessFactory, UserFactory

pytestmark = pytest.mark.django_db

INSTITUTION = "Instituto de Prueba — NIT 900.000.000-1"


def _audit(process=None, *, code="AUD-2025-01", team=()):
    lead = UserFactory(username=f"lider-{code}", first_name="Lucía", last_name="Líder", roles=["auditor"])
    programme, _ = AuditProgramme.objects.get_or_create(
        year=2025,
        defaults={"objective": "Verificar el SGC.", "scope": "Todos los procesos.", "responsible": lead},
    )
    audit = Audit(
        programme=programme,
        code=code,
        process=process or ProcessFactory(name="Gestión de TIC"),
        objective="Verificar la conformidad del proceso.",
        scope="Gestión de TIC, sede principal.",
        criteria=["iso9001", "legal"],
        criteria_detail="Numerales 7.5 y 8.5.",
        start_date=date(2025, 3, 10),
        end_date=date(2025, 3, 12),
        lead_auditor=lead,
        plan="Apertura 8:00; entrevistas; cierre 16:00.",
        status=AuditStatus.REPORTED,
        conclusions="El proceso es conforme con excepción de dos hallazgos.",
        report_date=date(2025, 3, 20),
    )
    audit.save()
    audit.team.set(team)
    audit.save()
    ChecklistItem.objects.create(
        audit=audit, sort_order=0, clause="7.5", question="¿Se controla la información?", result="cumple"
    )
    ChecklistItem.objects.create(
        audit=audit, sort_order=1, clause="8.5", question="¿Se controlan los cambios?", result="no_cumple"
    )
    return audit


def _finding(audit, number, kind):
    return Finding.objects.create(
        audit=audit,
        code=f"{audit.code}-H{number:02d}",
        kind=kind,
        clause="8.5.1",
        description=f"Descripción del hallazgo {number}.",
        evidence=f"Evidencia {number}.",
    )


def _action(finding, responsible, **fields):
    values = {
        "source": Source.INTERNAL_AUDIT,
        "finding": finding,
        "process": finding.audit.process,
        "problem": finding.description,
        "root_cause_method": RootCauseMethod.FIVE_WHYS,
        "root_cause": "No hay procedimiento de cambios.",
        "action": "Documentar el procedimiento de control de cambios.",
        "action_type": "correctiva",
        "responsible": responsible,
        "start_date": date(2025, 4, 1),
        "end_date": date(2099, 6, 30),
        "goal": "Procedimiento aprobado",
        "deliverable": "Procedimiento PR-TIC-05",
    }
    action = ImprovementAction(**{**values, **fields})
    action.save()
    return action


@pytest.fixture
def audit_with_findings():
    member = UserFactory(username="miembro", first_name="Mario", last_name="Miembro")
    audit = _audit(team=[member])
    _finding(audit, 1, FindingKind.MAJOR_NC)
    minor = _finding(audit, 2, FindingKind.MINOR_NC)
    _finding(audit, 3, FindingKind.CONFORMITY)
    _finding(audit, 4, FindingKind.MINOR_NC)
    responsible = UserFactory(username="responsable", first_name="Rosa", last_name="Responsable")
    action = _action(minor, responsible, progress=40)
    return audit, action


def _sheet_values(sheet):
    return [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]


def test_report_counts_every_kind_in_order_and_links_actions(audit_with_findings):
    audit, action = audit_with_findings
    report = audit_report(audit_for_report(audit.pk))

    assert [count.kind for count in report.counts] == [kind.value for kind in FindingKind]
    counts = {count.kind: count.count for count in report.counts}
    assert counts == {"conformidad": 1, "nc_mayor": 1, "nc_menor": 2, "observacion": 0, "oportunidad": 0}
    assert report.counts[2].share == 0.5 and report.counts[2].percent == 50
    assert report.total_findings == 4 and report.action_count == 1

    assert [finding.code for finding in report.findings] == [f"AUD-2025-01-H0{n}" for n in range(1, 5)]
    linked = report.findings[1]
    assert [a.code for a in linked.actions] == [action.code] and action.code.startswith("PM-2025-")
    assert linked.actions[0].status_label == "En curso"
    assert linked.actions[0].responsible == "Rosa Responsable"
    assert report.findings[0].actions == () and report.findings[0].needs_action
    assert not report.findings[2].needs_action

    assert report.lead_auditor == "Lucía Líder" and report.team == ("Mario Miembro",)
    assert report.criteria == ("ISO 9001:2015", "Requisitos legales (normograma)")
    assert report.programme_year == 2025 and report.process == "Gestión de TIC"
    assert [(row.clause, row.result_label) for row in report.checklist] == [
        ("7.5", "Cumple"),
        ("8.5", "No cumple"),
    ]


def test_report_of_an_audit_without_findings_counts_zeros():
    report = audit_report(audit_for_report(_audit().pk))
    assert [count.count for count in report.counts] == [0] * len(FindingKind)
    assert all(count.share == 0 for count in report.counts)
    assert report.team == ()


def test_audit_workbook_has_header_findings_actions_and_checklist(audit_with_findings):
    audit, action = audit_with_findings
    data = audit_report_workbook(audit_for_report(audit.pk), institution=INSTITUTION)

    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["Informe", "Lista de verificación"]
    report_sheet = workbook["Informe"]
    values = _sheet_values(report_sheet)
    assert INSTITUTION in values and "INFORME DE AUDITORÍA INTERNA" in values
    for number in range(1, 5):
        assert f"AUD-2025-01-H0{number}" in values
    actions_cell = next(v for v in values if isinstance(v, str) and v.startswith(action.code))
    assert "En curso" in actions_cell and "40 %" in actions_cell and "Rosa Responsable" in actions_cell
    assert "Sin acción registrada" in values and "No requiere acción" in values
    assert 0.5 in values  # the share of minor nonconformities, as a percentage cell
    share_cell = next(c for row in report_sheet.iter_rows() for c in row if c.value == 0.5)
    assert "%" in share_cell.number_format
    assert "El proceso es conforme con excepción de dos hallazgos." in values
    assert report_sheet.page_setup.orientation == "landscape"

    checklist = _sheet_values(workbook["Lista de verificación"])
    assert "¿Se controlan los cambios?" in checklist and "No cumple" in checklist


def test_plan_workbook_has_one_row_per_action_with_last_follow_up_and_evaluation(
    audit_with_findings, django_assert_max_num_queries
):
    audit, open_action = audit_with_findings
    finding = audit.findings.get(kind=FindingKind.MAJOR_NC)
    evaluator = UserFactory(username="evaluador", first_name="Eva", last_name="Evaluadora")
    done = _action(finding, open_action.responsible, start_date=date(2025, 4, 2), end_date=date(2025, 5, 30))
    FollowUp.objects.create(action=done, date=date(2025, 5, 2), progress=60, comment="Borrador listo.")
    FollowUp.objects.create(
        action=done, date=date(2025, 5, 20), progress=100, comment="Procedimiento aprobado."
    )
    done.progress = 100
    done.save()
    EffectivenessEvaluation.objects.create(
        action=done,
        evaluated_on=date(2025, 8, 1),
        evaluator=evaluator,
        effective=True,
        comment="Sin recurrencia.",
    )
    done.save()
    assert done.status == ActionStatus.EFFECTIVE

    with django_assert_max_num_queries(2):  # the actions with their relations, their follow-ups
        data = improvement_plan_workbook(actions_for_plan(), institution=INSTITUTION)
    sheet = load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    header_index = next(i for i, row in enumerate(rows) if row[0] == "No.")
    assert "FORMULACIÓN" in rows[header_index - 1] and "EVALUACIÓN DE EFICACIA" in rows[header_index - 1]
    body = rows[header_index + 1 :]
    assert len(body) == 2
    by_code = {row[1]: row for row in body}
    assert set(by_code) == {open_action.code, done.code}
    assert [row[0] for row in body] == [1, 2]

    row = by_code[done.code]
    assert row[14] == 1  # 100 %
    assert row[15] == "2025-05-20: Procedimiento aprobado."
    assert row[16] == "Cerrada eficaz"
    assert row[17].startswith("Eficaz") and "2025-08-01" in row[17] and "Eva Evaluadora" in row[17]
    assert row[10].date() == date(2025, 4, 2) and row[11].date() == date(2025, 5, 30)
    assert "5 porqués" in row[5] and finding.code in row[2]

    row = by_code[open_action.code]
    assert row[14] == 0.4 and row[15] == "—" and row[17] == "—" and row[16] == "En curso"

    cells = {
        c.value: c
        for c in sheet[header_index + 1 + next(i for i, r in enumerate(body) if r[1] == done.code) + 1]
    }
    assert "%" in cells[1].number_format
    status_fill = cells["Cerrada eficaz"].fill.fgColor.rgb
    assert status_fill.endswith(STATUS_COLOURS[ActionStatus.EFFECTIVE][0].lstrip("#"))
    assert sheet.freeze_panes == f"C{header_index + 2}"
    assert sheet.auto_filter.ref.startswith(f"A{header_index + 1}")


def test_plan_workbook_of_no_actions_still_opens():
    data = improvement_plan_workbook(ImprovementAction.objects.none(), institution=INSTITUTION)
    values = _sheet_values(load_workbook(io.BytesIO(data)).active)
    assert "PLAN DE MEJORAMIENTO" in values and "Eficacia" in values


@pytest.mark.parametrize("findings", [2, 20])
def test_report_runs_in_a_fixed_number_of_queries(findings, django_assert_max_num_queries):
    audit = _audit(team=[UserFactory(), UserFactory()])
    responsible = UserFactory()
    for number in range(1, findings + 1):
        finding = _finding(audit, number, FindingKind.MINOR_NC)
        _action(finding, responsible)
        _action(finding, responsible)
    # audit (+ process, programme, lead), team, checklist, findings, their actions (+ responsible)
    with django_assert_max_num_queries(5):
        loaded = audit_for_report(audit.pk)
    with django_assert_max_num_queries(0):  # the builder and the workbook only read what was loaded
        report = audit_report(loaded)
        audit_report_workbook(loaded, institution=INSTITUTION)
    assert report.action_count == 2 * findings


def test_report_page_template_renders_every_section(audit_with_findings, rf):
    from django.template.loader import render_to_string

    audit, action = audit_with_findings
    request = rf.get("/admin/")
    request.user = UserFactory(username="admin", is_superuser=True, is_staff=True)
    report = audit_report(audit_for_report(audit.pk))
    html = render_to_string(
        "governance/audit_report.html",
        {"report": report, "audit": audit, "xlsx_url": "/descargar.xlsx"},
        request=request,
    )
    assert 'href="/descargar.xlsx"' in html and "Descargar informe (XLSX)" in html
    page = html[html.index('class="nice-padding audit-report"') :]
    assert page.count("<h2") == 8 and page.count("<caption") == 4
    assert page.count('<th scope="col">') == 14
    assert action.code in html and "AUD-2025-01-H04" in html and "No conformidad menor" in html
