"""The risk register: scoring on save, the corruption rules, ownership, heat maps."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from guardian.shortcuts import get_perms

from governance.risks.models import Control, Risk
from tests.factories import ProcessFactory, UserFactory

pytestmark = pytest.mark.django_db


def _risk(**fields):
    values = {
        "code": "R-1",
        "risk_type": "seguridad",
        "classification": "fallas_tecnologicas",
        "affectation": "reputacional",
        "immediate_cause": "la caída del portal web",
        "root_cause": "la falta de redundancia del servidor",
        "yearly_frequency": 300,
        "economic_impact_smlmv": Decimal(80),
        "loses_availability": True,
    }
    values.update(fields)
    if "process" not in values:
        values["process"] = ProcessFactory()
    if "owner" not in values:
        values["owner"] = UserFactory(roles=["profesional_tic"])
    return Risk(**values)


def test_statement_follows_the_dafp_template():
    risk = _risk()
    assert risk.statement == (
        "Posibilidad de afectación reputacional por la caída del portal web debido a la falta de "
        "redundancia del servidor"
    )


def test_saving_scores_inherent_and_residual_with_controls_in_order():
    risk = _risk()
    risk.controls.add(
        Control(
            description="Monitoreo con alertas",
            responsible="Técnico",
            control_type="preventivo",
            implementation="manual",
            sort_order=0,
        )
    )
    risk.save()
    assert (risk.inherent_probability, risk.inherent_impact, risk.inherent_zone) == (
        "media",
        "moderado",
        "moderado",
    )
    assert risk.residual_probability_percent == Decimal("36.00")
    assert (risk.residual_probability, risk.residual_zone) == ("baja", "moderado")


def test_a_corrective_control_lowers_the_residual_impact():
    risk = _risk(economic_impact_smlmv=Decimal(300))  # Mayor, 80 %
    risk.controls.add(
        Control(
            description="Restauración desde copia",
            responsible="Técnico",
            control_type="correctivo",
            implementation="automatico",
        )
    )
    risk.save()
    assert risk.inherent_impact == "mayor"
    assert risk.residual_impact_percent == Decimal("52.00") and risk.residual_impact == "moderado"


def test_corruption_risk_impact_comes_from_the_questionnaire_and_cannot_be_accepted():
    risk = _risk(
        risk_type="corrupcion",
        code="R-2",
        corruption_yes_answers=7,
        economic_impact_smlmv=None,
        treatment="aceptar",
    )
    with pytest.raises(ValidationError) as error:
        risk.full_clean()
    assert "treatment" in error.value.message_dict
    risk.treatment = "reducir"
    risk.full_clean()
    risk.save()
    assert risk.inherent_impact == "mayor"


def test_opportunities_have_no_heat_map_zone():
    risk = _risk(
        risk_type="oportunidad",
        code="O-1",
        yearly_frequency=None,
        economic_impact_smlmv=None,
        benefit="Ahorro de licencias",
    )
    risk.full_clean()
    risk.save()
    assert risk.inherent_zone == "" and risk.residual_zone == ""


def test_owner_gets_object_permission():
    risk = _risk()
    risk.save()
    assert "change_risk" in get_perms(risk.owner, risk)


def test_heat_maps_count_risks_per_cell_and_link_to_the_list(client):
    _risk().save()
    _risk(code="R-9", yearly_frequency=1).save()
    client.force_login(UserFactory(roles=["auditor"]))
    html = client.get("/admin/governance/risk/mapas-de-calor/").content.decode()
    assert "?inherent_probability=media&amp;inherent_impact=moderado" in html
    listing = client.get("/admin/governance/risk/?inherent_probability=media&inherent_impact=moderado")
    assert listing.status_code == 200
    body = listing.content.decode()
    assert "R-1" in body and "R-9" not in body


def test_heat_maps_need_read_rights(client):
    client.force_login(UserFactory(roles=["editor"]))
    assert client.get("/admin/governance/risk/mapas-de-calor/").status_code == 403


def test_risk_map_xlsx_merges_each_risk_across_its_controls(client):
    import io

    from openpyxl import load_workbook

    risk = _risk()
    for n, kind in enumerate(["preventivo", "detectivo", "correctivo"]):
        risk.controls.add(
            Control(
                description=f"Control {n}",
                responsible="Técnico",
                control_type=kind,
                implementation="manual",
                sort_order=n,
            )
        )
    risk.save()
    _risk(code="R-2").save()  # a risk without controls takes one row
    client.force_login(UserFactory(roles=["auditor"]))
    response = client.get("/admin/governance/risk/mapa-de-riesgos.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content))["Mapa de riesgos"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(rows) if row[0] == "Proceso")
    assert rows[header + 1][1] == "R-1" and rows[header + 4][1] == "R-2"
    assert [rows[header + n][12] for n in (1, 2, 3)] == ["Control 0", "Control 1", "Control 2"]
    assert f"B{header + 2}:B{header + 4}" in {str(r) for r in sheet.merged_cells.ranges}
    assert rows[header + 1][11] == "Moderado"  # inherent zone, coloured cell


def test_risk_list_stays_within_budget_at_1000_risks(client, django_assert_max_num_queries):
    process, owner = ProcessFactory(), UserFactory()
    Risk.objects.bulk_create(
        _risk(process=process, owner=owner, code=f"R-{n}", inherent_zone="alto", residual_zone="moderado")
        for n in range(1000)
    )
    client.force_login(UserFactory(roles=["auditor"]))
    client.get("/admin/governance/risk/")
    with django_assert_max_num_queries(20):
        assert client.get("/admin/governance/risk/").status_code == 200
