"""The risk register: scoring on save, the corruption rules, ownership, heat maps."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from guardian.shortcuts import get_perms

from governance.risks.register import Control, Risk
from tests.factories import ProcessFactory, UserFactory

pytestmark = pytest.mark.django_db


def _risk(**fields):
    values = {
        "process": ProcessFactory(),
        "code": "R-1",
        "risk_type": "seguridad",
        "classification": "fallas_tecnologicas",
        "affectation": "reputacional",
        "immediate_cause": "la caída del portal web",
        "root_cause": "la falta de redundancia del servidor",
        "owner": UserFactory(roles=["profesional_tic"]),
        "yearly_frequency": 300,
        "economic_impact_smlmv": Decimal(80),
        "loses_availability": True,
    }
    values.update(fields)
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
