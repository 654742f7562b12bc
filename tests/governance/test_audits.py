"""Audits: the team's object permissions on their audit and its findings, and nobody else's."""

import pytest

from governance.audits.models import Finding
from tests.factories import AuditFactory, FindingFactory, RiskFactory, UserFactory

pytestmark = pytest.mark.django_db


def _finding_post(audit, code="H-NUEVO"):
    return {
        "audit": audit.pk,
        "code": code,
        "kind": "nc_menor",
        "clause": "ISO 9001 7.5",
        "description": "Documento sin aprobar.",
        "evidence": "Listado maestro.",
    }


def test_the_lead_and_the_team_change_their_audit_and_its_findings():
    lead, member, outsider = (UserFactory(roles=["auditor"]) for _ in range(3))
    audit = AuditFactory(lead_auditor=lead)
    audit.team.set([member])
    audit.save()
    finding = FindingFactory(audit=audit)
    for person in (lead, member):
        assert person.has_perm("governance.change_audit", audit)
        assert person.has_perm("governance.change_finding", finding)
    assert not outsider.has_perm("governance.change_audit", audit)
    assert not outsider.has_perm("governance.change_finding", finding)
    # Taking someone off the team takes their permissions away.
    audit.team.set([])
    audit.save()
    member = type(member).objects.get(pk=member.pk)
    assert not member.has_perm("governance.change_audit", audit)
    assert not member.has_perm("governance.change_finding", finding)


def test_admin_edit_of_audits_and_findings(client):
    lead, outsider = UserFactory(roles=["auditor"]), UserFactory(roles=["auditor"])
    audit = AuditFactory(lead_auditor=lead)
    finding = FindingFactory(audit=audit)
    client.force_login(outsider)
    assert client.get(f"/admin/governance/audit/edit/{audit.pk}/").status_code == 403
    assert client.get(f"/admin/governance/finding/edit/{finding.pk}/").status_code == 403
    assert client.get(f"/admin/governance/audit/inspect/{audit.pk}/").status_code == 200
    # An auditor records findings only in audits assigned to them.
    response = client.post("/admin/governance/finding/create/", _finding_post(audit))
    assert response.status_code == 200
    assert "asignadas a usted" in response.content.decode()
    assert not Finding.objects.filter(code="H-NUEVO").exists()
    client.force_login(lead)
    assert client.get(f"/admin/governance/audit/edit/{audit.pk}/").status_code == 200
    assert client.get(f"/admin/governance/finding/edit/{finding.pk}/").status_code == 200
    response = client.post("/admin/governance/finding/create/", _finding_post(audit))
    assert response.status_code == 302
    created = Finding.objects.get(code="H-NUEVO")
    assert lead.has_perm("governance.change_finding", created)
    assert created.created_by == lead


def test_auditors_never_edit_operational_records(client):
    lead = UserFactory(roles=["auditor"])
    risk = RiskFactory()
    client.force_login(lead)
    assert client.get(f"/admin/governance/risk/inspect/{risk.pk}/").status_code == 200
    assert client.get(f"/admin/governance/risk/edit/{risk.pk}/").status_code == 403
    assert client.get("/admin/governance/riskevent/create/").status_code == 403
    assert client.get("/admin/governance/improvementaction/create/").status_code == 403


def test_the_audited_process_leader_reads_but_does_not_edit_audits(client):
    audit = AuditFactory()
    client.force_login(UserFactory(roles=["profesional_tic"]))
    assert client.get(f"/admin/governance/audit/inspect/{audit.pk}/").status_code == 200
    assert client.get(f"/admin/governance/audit/edit/{audit.pk}/").status_code == 403
    assert client.get("/admin/governance/finding/create/").status_code == 403


def test_audit_form_rules(client):
    lead = UserFactory(roles=["auditor"])
    audit = AuditFactory(lead_auditor=lead)
    client.force_login(lead)
    response = client.post(
        f"/admin/governance/audit/edit/{audit.pk}/",
        {
            "programme": audit.programme.pk,
            "code": audit.code,
            "process": audit.process.pk,
            "objective": audit.objective,
            "scope": audit.scope,
            "criteria": ["iso27001"],
            "criteria_detail": "",
            "start_date": "2026-06-12",
            "end_date": "2026-06-09",
            "lead_auditor": lead.pk,
            "plan": audit.plan,
            "status": "informe",
            "conclusions": "",
            "checklist-TOTAL_FORMS": "0",
            "checklist-INITIAL_FORMS": "0",
            "checklist-MIN_NUM_FORMS": "0",
            "checklist-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "end_date" in errors and "conclusions" in errors
