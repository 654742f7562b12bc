"""Benchmark: Mapa de Riesgos XLSX of 1,000 risks × 5 controls (budget: < 5 s)."""

import time
from decimal import Decimal

import pytest

from governance.risks.models import Control, Risk
from tests.factories import ProcessFactory, UserFactory

BUDGET_SECONDS = 5.0


@pytest.mark.django_db
def test_risk_map_of_1000_risks_with_5_controls(client):
    process, owner = ProcessFactory(), UserFactory()
    risks = Risk.objects.bulk_create(
        Risk(
            process=process,
            owner=owner,
            code=f"R-{n}",
            risk_type="gestion",
            immediate_cause="causa",
            root_cause="raíz",
            yearly_frequency=100,
            economic_impact_smlmv=Decimal(60),
            inherent_probability="media",
            inherent_impact="moderado",
            inherent_zone="moderado",
            residual_probability="baja",
            residual_impact="moderado",
            residual_zone="moderado",
            residual_probability_percent=Decimal(36),
            residual_impact_percent=Decimal(60),
        )
        for n in range(1000)
    )
    Control.objects.bulk_create(
        Control(
            risk=risk,
            description=f"Control {k} del riesgo {risk.code}",
            responsible="Técnico",
            control_type="preventivo",
            implementation="manual",
            sort_order=k,
        )
        for risk in risks
        for k in range(5)
    )
    client.force_login(UserFactory(roles=["auditor"]))
    started = time.perf_counter()
    response = client.get("/admin/governance/risk/mapa-de-riesgos.xlsx")
    elapsed = time.perf_counter() - started
    size = len(response.content) / 1024
    print(f"\nMapa de Riesgos de 1.000 riesgos × 5 controles: {elapsed:.2f} s ({size:.0f} KiB)")
    assert response.status_code == 200
    assert elapsed < BUDGET_SECONDS
