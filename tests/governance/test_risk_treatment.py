"""A risk's treatment, KRIs, monitoring and events as auditors read them; events enter its history."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from governance.risks.models import Control, KeyRiskIndicator, RiskEvent, RiskReview, TreatmentTask
from tests.factories import RiskFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_inspect_page_shows_everything_about_the_risk(client):
    today = timezone.localdate()
    risk = RiskFactory()
    Control.objects.create(
        risk=risk,
        description="Verificación diaria de copias",
        responsible="Técnico",
        control_type="preventivo",
        implementation="automatico",
        evidence_url="https://intranet.example/copias",
    )
    TreatmentTask.objects.create(
        risk=risk,
        action="Prueba de restauración trimestral",
        responsible=risk.owner,
        start_date=today - timedelta(days=40),
        due_date=today - timedelta(days=1),
    )
    KeyRiskIndicator.objects.create(
        risk=risk, name="Copias fallidas sin repetir", formula="conteo", threshold="≥ 1", frequency="Diaria"
    )
    RiskReview.objects.create(
        risk=risk, reviewed_on=today, reviewer="Control Interno", observations="Controles aplicados"
    )
    RiskEvent.objects.create(risk=risk, occurred_on=today, description="Falló la copia", impact="Un día")
    client.force_login(UserFactory(roles=["auditor"]))
    body = client.get(f"/admin/governance/risk/inspect/{risk.pk}/").content.decode()
    for text in (
        "Verificación diaria de copias",
        "https://intranet.example/copias",
        "Prueba de restauración trimestral",
        "Vencida",
        "Copias fallidas sin repetir",
        "Controles aplicados",
        "Falló la copia",
        risk.statement,
    ):
        assert text in body, text
    assert "Registrar materialización" not in body  # auditors do not record events


def test_recording_an_event_writes_the_risk_history(client):
    risk = RiskFactory()
    manager = UserFactory(roles=["profesional_tic"])
    client.force_login(manager)
    form = client.get(f"/admin/governance/riskevent/create/?riesgo={risk.pk}")
    assert form.context["form"].initial["risk"] == risk.pk
    future = (timezone.localdate() + timedelta(days=2)).isoformat()
    data = {"risk": risk.pk, "occurred_on": future, "description": "Caída", "impact": "Sin servicio"}
    response = client.post("/admin/governance/riskevent/create/", data)
    assert response.status_code == 200 and "no puede ser futura" in response.content.decode()
    data["occurred_on"] = timezone.localdate().isoformat()
    assert client.post("/admin/governance/riskevent/create/", data).status_code == 302
    event = RiskEvent.objects.get()
    assert event.created_by == manager
    actions = ModelLogEntry.objects.for_instance(risk).values_list("action", flat=True)
    assert "governance.risk.event" in actions
    history = client.get(f"/admin/governance/risk/history/{risk.pk}/").content.decode()
    assert "Materialización registrada" in history


def test_treatment_dates_are_checked():
    risk = RiskFactory()
    today = timezone.localdate()
    task = TreatmentTask(
        risk=risk, action="x", responsible=risk.owner, start_date=today, due_date=today - timedelta(days=1)
    )
    with pytest.raises(Exception) as error:
        task.full_clean()
    assert "due_date" in error.value.error_dict
