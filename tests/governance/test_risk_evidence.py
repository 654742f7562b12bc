"""Evidence a control's records give, measured by the portal and offered through a hook."""

from datetime import date

import pytest
from wagtail import hooks

from governance.risks.evidence import evidence_choices, evidence_period, live_evidence
from governance.risks.models import Control
from tests.factories import RiskFactory, UserFactory

pytestmark = pytest.mark.django_db

SEEN = []


def _describe(start, end):
    SEEN.append((start, end))
    return f"12 copias correctas del {start:%Y-%m-%d} al {end:%Y-%m-%d}.", "/admin/copias/"


def _sources():
    return [("copias_portal", "Copias del portal (prueba)", _describe)]


@pytest.fixture
def copies_source():
    SEEN.clear()
    with hooks.register_temporarily("register_control_evidence_sources", _sources):
        yield


def test_a_source_describes_the_last_thirty_days(copies_source):
    assert ("copias_portal", "Copias del portal (prueba)") in evidence_choices()
    assert evidence_period(date(2026, 12, 2)) == (date(2026, 11, 3), date(2026, 12, 2))
    evidence = live_evidence(["copias_portal", "copias_portal", "ya_no_existe"], today=date(2026, 12, 2))
    assert list(evidence) == ["copias_portal"]  # described once; an unknown key is left out
    assert [(date(2026, 11, 3), date(2026, 12, 2))] == SEEN
    assert evidence["copias_portal"].summary == "12 copias correctas del 2026-11-03 al 2026-12-02."
    assert live_evidence([]) == {}


def test_the_risk_shows_each_control_with_what_its_source_says(client, copies_source):
    risk = RiskFactory()
    for order, source in enumerate(("copias_portal", "ya_no_existe", "")):
        Control.objects.create(
            risk=risk,
            description=f"Control {order}",
            responsible="Técnico",
            control_type="preventivo",
            implementation="automatico",
            evidence_source=source,
            sort_order=order,
        )
    client.force_login(UserFactory(roles=["auditor"]))
    body = client.get(f"/admin/governance/risk/inspect/{risk.pk}/").content.decode()
    assert "<strong>Copias del portal (prueba)</strong>: 12 copias correctas del" in body
    assert '<a href="/admin/copias/">Ver los registros</a>' in body
    assert body.count("La fuente de evidencia elegida ya no existe.") == 1


def test_the_control_form_offers_the_sources(client, copies_source):
    risk = RiskFactory()
    client.force_login(UserFactory(roles=["profesional_tic"]))
    body = client.get(f"/admin/governance/risk/edit/{risk.pk}/").content.decode()
    assert '<option value="copias_portal">Copias del portal (prueba)</option>' in body
