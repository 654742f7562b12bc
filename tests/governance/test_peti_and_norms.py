"""PETI roadmap and export, initiative ownership, the normograma and its publication."""

import io

import pytest
from guardian.shortcuts import get_perms
from openpyxl import load_workbook

from governance.peti.models import Initiative
from governance.peti.roadmap import roadmap
from portal.demo.governance.legal import seed_norms
from portal.demo.governance.peti import seed_peti
from tests.factories import (
    ProcessFactory,
    TransparencyItemPageFactory,
    TransparencySectionPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def peti():
    UserFactory(username="profesional_tic", roles=["profesional_tic"])
    return seed_peti()


def test_roadmap_lists_initiatives_by_year_high_priority_first(peti):
    years = roadmap(peti, list(peti.initiatives.all()))
    assert [y.year for y in years] == [2024, 2025, 2026, 2027]
    assert [i.code for i in years[2].initiatives] == ["PETI-04", "PETI-06"]
    assert years[3].cost == 450_000_000


def test_roadmap_page_and_xlsx(client, peti):
    client.force_login(UserFactory(roles=["auditor"]))
    html = client.get(f"/admin/governance/peti/{peti.pk}/hoja-de-ruta/").content.decode()
    assert "PETI-05" in html and "2027" in html
    response = client.get(f"/admin/governance/peti/{peti.pk}/xlsx/")
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Rupturas", "Situación actual", "Brechas", "Iniciativas", "Hoja de ruta"]
    codes = [row[0].value for row in book["Iniciativas"].iter_rows(min_row=6)]
    assert codes == ["PETI-01", "PETI-02", "PETI-03", "PETI-04", "PETI-06", "PETI-05"]


def test_initiative_responsible_gets_object_permission(peti):
    initiative = Initiative.objects.get(code="PETI-02")
    owner = initiative.responsible
    assert "change_initiative" in get_perms(owner, initiative)
    other = UserFactory(roles=["tecnico"])
    initiative.responsible = other
    initiative.save()
    assert "change_initiative" not in get_perms(owner, initiative)
    assert "change_initiative" in get_perms(other, initiative)


def test_initiative_year_must_fall_inside_the_plan(peti):
    from django.core.exceptions import ValidationError

    initiative = Initiative.objects.get(code="PETI-01")
    initiative.year = 2030
    with pytest.raises(ValidationError):
        initiative.full_clean()


def test_normograma_is_published_live_at_transparency_item_2_1(client, transparency):
    from governance.legal.models import LegalNorm

    section = TransparencySectionPageFactory(parent=transparency, number="2", title="Normativa")
    item = TransparencyItemPageFactory(
        parent=section, number="2.1", title="Normativa de la entidad", live_register="normograma"
    )
    seed_norms(ProcessFactory())
    html = client.get(item.url).content.decode()
    assert "Ley 1712 de 2014" in html and "Descargar el normograma" in html
    LegalNorm.objects.create(
        norm_type="resolucion",
        number="99",
        year=2026,
        issuer="Instituto",
        title="Política de seguridad digital del Instituto",
    )
    assert "Política de seguridad digital del Instituto" in client.get(item.url).content.decode()
    response = client.get("/transparencia/normograma.xlsx")
    assert response.status_code == 200
    rows = [
        [c.value for c in row]
        for row in load_workbook(io.BytesIO(response.content))["Normograma"].iter_rows()
    ]
    assert any(row[1] == "1712" and row[2] == 2014 for row in rows)


def test_normograma_register_is_read_only_for_auditors(client):
    from governance.legal.models import LegalNorm

    seed_norms(ProcessFactory())
    norm = LegalNorm.objects.first()
    client.force_login(UserFactory(roles=["auditor"]))
    assert client.get("/admin/governance/legalnorm/").status_code == 200
    assert client.get(f"/admin/governance/legalnorm/edit/{norm.pk}/").status_code == 403
    client.force_login(UserFactory(roles=["profesional_tic"]))
    assert client.get(f"/admin/governance/legalnorm/edit/{norm.pk}/").status_code == 200


@pytest.mark.parametrize("register", ["legalnorm", "initiative"])
def test_register_lists_stay_within_budget_at_500_rows(client, django_assert_max_num_queries, register):
    from governance.legal.models import LegalNorm
    from governance.peti.models import StrategicPlan

    owner = UserFactory()
    if register == "legalnorm":
        LegalNorm.objects.bulk_create(
            LegalNorm(norm_type="decreto", number=str(n), year=2020, issuer="MinTIC", title=f"Norma {n}")
            for n in range(500)
        )
    else:
        plan = StrategicPlan.objects.create(title="PETI", start_year=2024, end_year=2027)
        Initiative.objects.bulk_create(
            Initiative(
                plan=plan,
                code=f"I-{n}",
                name=f"Iniciativa {n}",
                domain="servicios",
                priority="alta",
                year=2025,
                responsible=owner,
            )
            for n in range(500)
        )
    client.force_login(UserFactory(roles=["auditor"]))
    client.get(f"/admin/governance/{register}/")
    with django_assert_max_num_queries(20):
        assert client.get(f"/admin/governance/{register}/").status_code == 200
