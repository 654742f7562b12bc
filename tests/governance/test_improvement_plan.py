"""The improvement plan: one-click actions, follow-ups by the responsible only, effectiveness, history."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import ModelLogEntry

from governance.improvement import services
from governance.improvement.models import FollowUp, ImprovementAction
from tests.factories import (
    FindingFactory,
    ImprovementActionFactory,
    RiskEventFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _log_actions(instance):
    return list(
        ModelLogEntry.objects.for_instance(instance)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def _action(**fields):
    today = timezone.localdate()
    fields.setdefault("start_date", today - timedelta(days=30))
    fields.setdefault("end_date", today + timedelta(days=60))
    return ImprovementActionFactory(**fields)


def test_codes_are_allocated_in_sequence_per_year():
    first, second = _action(), _action()
    year = first.start_date.year
    assert (first.code, second.code) == (f"PM-{year}-001", f"PM-{year}-002")


def test_follow_ups_move_progress_and_status_and_are_logged():
    action = _action()
    assert action.status == "abierta"
    services.add_follow_up(
        action=action, by=action.responsible, date=timezone.localdate(), progress=40, comment="Avance"
    )
    action.refresh_from_db()
    assert (action.progress, action.status) == (40, "en_curso")
    with pytest.raises(ValidationError) as error:
        services.add_follow_up(
            action=action, by=action.responsible, date=timezone.localdate(), progress=30, comment="Menos"
        )
    assert "40 %" in str(error.value)
    services.add_follow_up(
        action=action, by=action.responsible, date=timezone.localdate(), progress=100, comment="Listo"
    )
    action.refresh_from_db()
    assert action.status == "cumplida"
    assert _log_actions(action).count("governance.action.follow_up") == 2
    with pytest.raises(ValidationError):
        services.add_follow_up(
            action=action, by=action.responsible, date=timezone.localdate(), progress=100, comment="Otra"
        )
    assert FollowUp.objects.filter(action=action).count() == 2


def test_a_past_end_date_makes_the_action_overdue():
    today = timezone.localdate()
    action = _action(start_date=today - timedelta(days=90), end_date=today - timedelta(days=1))
    assert action.status == "vencida"


def test_effective_evaluation_closes_the_action():
    action = _action()
    services.add_follow_up(
        action=action, by=action.responsible, date=timezone.localdate(), progress=100, comment="Listo"
    )
    auditor = UserFactory(roles=["auditor"])
    evaluation, replacement = services.evaluate(
        action=action, by=auditor, effective=True, comment="Causa eliminada"
    )
    action.refresh_from_db()
    assert (action.status, replacement, evaluation.evaluator) == ("eficaz", None, auditor)
    assert "governance.action.evaluate" in _log_actions(action)
    with pytest.raises(ValidationError):  # evaluated once
        services.evaluate(action=action, by=auditor, effective=False, comment="Otra vez")


def test_not_effective_reopens_the_source_with_a_new_action():
    action = _action()
    services.add_follow_up(
        action=action, by=action.responsible, date=timezone.localdate(), progress=100, comment="Listo"
    )
    _evaluation, replacement = services.evaluate(
        action=action, by=UserFactory(roles=["auditor"]), effective=False, comment="El problema persiste"
    )
    action.refresh_from_db()
    assert action.status == "no_eficaz"
    assert replacement.previous_action == action
    assert replacement.finding == action.finding
    assert replacement.responsible == action.responsible
    assert replacement.status == "abierta"
    assert action.code in replacement.action
    statuses = set(action.finding.improvement_actions.values_list("status", flat=True))
    assert statuses == {"no_eficaz", "abierta"}


def test_only_fulfilled_actions_are_evaluated():
    action = _action()
    with pytest.raises(ValidationError):
        services.evaluate(action=action, by=UserFactory(roles=["auditor"]), effective=True, comment="x")


def test_source_rules():
    responsible = UserFactory(roles=["tecnico"])
    action = ImprovementActionFactory.build(
        finding=None, process=FindingFactory().audit.process, responsible=responsible
    )
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert "finding" in error.value.error_dict
    action.source = "auditoria_externa"
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert "source_reference" in error.value.error_dict
    conformity = FindingFactory(kind="conformidad")
    action = ImprovementActionFactory.build(
        finding=conformity, process=conformity.audit.process, responsible=responsible
    )
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert "finding" in error.value.error_dict


# --- Admin views ---------------------------------------------------------------------------


def test_one_click_from_a_finding_prefills_the_action_and_keeps_the_link(client):
    finding = FindingFactory()
    manager = UserFactory(roles=["profesional_tic"])
    client.force_login(manager)
    page = client.get(f"/admin/governance/finding/inspect/{finding.pk}/")
    assert f"/admin/governance/improvementaction/create/?hallazgo={finding.pk}" in page.content.decode()
    form = client.get(f"/admin/governance/improvementaction/create/?hallazgo={finding.pk}")
    assert form.status_code == 200
    initial = form.context["form"].initial
    assert (initial["source"], initial["finding"]) == ("auditoria_interna", finding.pk)
    assert finding.code in initial["problem"]
    today = timezone.localdate()
    responsible = UserFactory(roles=["tecnico"])
    response = client.post(
        f"/admin/governance/improvementaction/create/?hallazgo={finding.pk}",
        {
            "source": "auditoria_interna",
            "process": finding.audit.process.pk,
            "finding": finding.pk,
            "problem": initial["problem"],
            "root_cause_method": "cinco_porques",
            "root_cause": "Sin frecuencia definida",
            "action": "Definir pruebas trimestrales",
            "action_type": "correctiva",
            "responsible": responsible.pk,
            "start_date": today.isoformat(),
            "end_date": (today + timedelta(days=60)).isoformat(),
            "goal": "4 pruebas",
            "deliverable": "Procedimiento",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    action = ImprovementAction.objects.get(finding=finding)
    assert action.created_by == manager
    assert "governance.improvement.raised" in _log_actions(finding)
    inspect = client.get(f"/admin/governance/finding/inspect/{finding.pk}/").content.decode()
    assert action.code in inspect and "Abierta" in inspect


def test_one_click_from_a_risk_event(client):
    event = RiskEventFactory()
    client.force_login(UserFactory(roles=["profesional_tic"]))
    form = client.get(f"/admin/governance/improvementaction/create/?evento={event.pk}")
    initial = form.context["form"].initial
    assert (initial["source"], initial["risk_event"]) == ("evento_riesgo", event.pk)
    assert initial["process"] == event.risk.process_id


def test_follow_ups_are_added_by_the_responsible_only(client):
    action = _action()
    other = UserFactory(roles=["tecnico"])
    url = f"/admin/governance/improvementaction/{action.pk}/seguimiento/"
    data = {
        "date": timezone.localdate().isoformat(),
        "progress": 50,
        "comment": "Mitad",
        "evidence_url": "https://intranet.example/acta",
    }
    for intruder in (other, UserFactory(roles=["profesional_tic"]), UserFactory(roles=["auditor"])):
        client.force_login(intruder)
        assert client.post(url, data).status_code == 403
    client.force_login(action.responsible)
    assert client.get(f"/admin/governance/improvementaction/edit/{action.pk}/").status_code == 403
    assert client.get(f"/admin/governance/improvementaction/inspect/{action.pk}/").status_code == 200
    response = client.post(url, data)
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.progress == 50
    # The responsible sees their own action in the list, and only it.
    _action()
    listing = client.get("/admin/governance/improvementaction/")
    assert [a.pk for a in listing.context["object_list"]] == [action.pk]


def test_follow_up_evidence_is_checked_and_nothing_is_lost(client):
    action = _action()
    client.force_login(action.responsible)
    url = f"/admin/governance/improvementaction/{action.pk}/seguimiento/"
    fake = SimpleUploadedFile("acta.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = client.post(
        url,
        {"date": timezone.localdate().isoformat(), "progress": 30, "comment": "Acta", "evidence_file": fake},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "no corresponde a un archivo PDF" in body
    assert "Acta" in body  # what was typed is still there
    assert not FollowUp.objects.exists()
    response = client.post(url, {"date": timezone.localdate().isoformat(), "progress": 30, "comment": "Sin"})
    assert response.status_code == 400 and "Adjunte la evidencia" in response.content.decode()
    future = (timezone.localdate() + timedelta(days=3)).isoformat()
    response = client.post(
        url, {"date": future, "progress": 30, "comment": "x", "evidence_url": "https://a.b"}
    )
    assert response.status_code == 400
    good = SimpleUploadedFile("acta.pdf", PDF, content_type="application/pdf")
    response = client.post(
        url,
        {"date": timezone.localdate().isoformat(), "progress": 30, "comment": "Acta", "evidence_file": good},
    )
    assert response.status_code == 302
    follow_up = FollowUp.objects.get()
    download = client.get(f"/admin/governance/seguimiento/{follow_up.pk}/evidencia/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    client.force_login(UserFactory(roles=["tecnico"]))
    assert client.get(f"/admin/governance/seguimiento/{follow_up.pk}/evidencia/").status_code == 403


def test_follow_up_whose_evidence_cannot_be_stored_saves_nothing_and_keeps_the_text(client, full_disk):
    action = _action()
    client.force_login(action.responsible)
    evidence = SimpleUploadedFile("acta.pdf", PDF, content_type="application/pdf")
    response = client.post(
        f"/admin/governance/improvementaction/{action.pk}/seguimiento/",
        {
            "date": timezone.localdate().isoformat(),
            "progress": 30,
            "comment": "Acta firmada",
            "evidence_file": evidence,
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "No se pudo guardar el archivo «acta.pdf»" in body
    assert "Acta firmada" in body
    assert not FollowUp.objects.exists()
    action.refresh_from_db()
    assert action.progress == 0
    assert full_disk.files() == []


def test_effectiveness_is_evaluated_by_auditors_only(client):
    action = _action()
    services.add_follow_up(
        action=action, by=action.responsible, date=timezone.localdate(), progress=100, comment="Listo"
    )
    url = f"/admin/governance/improvementaction/{action.pk}/eficacia/"
    data = {"effective": "1", "comment": "Se verificaron las actas."}
    for role in ("profesional_tic", "gerente", "tecnico"):
        client.force_login(UserFactory(roles=[role]))
        assert client.post(url, data).status_code == 403
    client.force_login(UserFactory(roles=["auditor"]))
    assert client.post(url, {"effective": "1", "comment": ""}).status_code == 400
    assert client.post(url, data).status_code == 302
    action.refresh_from_db()
    assert action.status == "eficaz"
    client.force_login(UserFactory(roles=["administrador"]))
    assert client.get(f"/admin/governance/improvementaction/edit/{action.pk}/").status_code == 403


def test_plan_xlsx_downloads_for_readers(client):
    _action()
    client.force_login(UserFactory(roles=["auditor"]))
    response = client.get("/admin/governance/improvementaction/plan-de-mejoramiento.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    client.force_login(UserFactory(roles=["editor"]))
    assert client.get("/admin/governance/improvementaction/plan-de-mejoramiento.xlsx").status_code == 403


def test_action_list_within_budget(client, django_assert_max_num_queries):
    finding = FindingFactory()
    responsible = UserFactory(roles=["tecnico"])
    for _ in range(300):
        ImprovementActionFactory(finding=finding, responsible=responsible)
    client.force_login(UserFactory(roles=["auditor"]))
    client.get("/admin/governance/improvementaction/")  # warm the per-process caches
    with django_assert_max_num_queries(20):
        response = client.get("/admin/governance/improvementaction/")
    assert response.status_code == 200


def test_follow_up_evidence_type_and_size_are_limited(client, settings):
    action = _action()
    client.force_login(action.responsible)
    url = f"/admin/governance/improvementaction/{action.pk}/seguimiento/"
    base = {"date": timezone.localdate().isoformat(), "progress": 10, "comment": "Acta"}
    script = SimpleUploadedFile("acta.exe", b"MZ\x90\x00", content_type="application/octet-stream")
    response = client.post(url, {**base, "evidence_file": script})
    assert response.status_code == 400 and "no está permitido" in response.content.decode()
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024 * 1024
    big = SimpleUploadedFile("acta.pdf", PDF + b"0" * (1024 * 1024), content_type="application/pdf")
    response = client.post(url, {**base, "evidence_file": big})
    assert response.status_code == 400 and "pesa más de 1 MB" in response.content.decode()
    assert not FollowUp.objects.exists()
    assert client.post(url, {**base, "progress": "cien", "evidence_url": "https://a.b"}).status_code == 400
    assert client.post("/admin/governance/improvementaction/999999/seguimiento/", base).status_code == 404
