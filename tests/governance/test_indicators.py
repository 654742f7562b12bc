"""Indicators: ownership, measurements, live sources, the performance report, plan approval."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone
from guardian.shortcuts import get_perms
from openpyxl import load_workbook

from governance.planning.models import ActionPlan, IndicatorGoal, Measurement, PlanActivity, PlanStatus
from governance.planning.services import close_periods
from tests.factories import IndicatorFactory, ProcessFactory, UserFactory

pytestmark = pytest.mark.django_db


def _form(indicator, **changes):
    data = {
        "process": indicator.process_id,
        "code": indicator.code,
        "name": indicator.name,
        "objective": indicator.objective,
        "indicator_type": indicator.indicator_type,
        "formula": indicator.formula,
        "numerator_description": "A",
        "denominator_description": "B",
        "unit": indicator.unit,
        "baseline": "",
        "frequency": indicator.frequency,
        "higher_is_better": "on",
        "green_from": "90",
        "yellow_from": "70",
        "data_source": "X",
        "live_source": "",
        "responsible": indicator.responsible_id,
        "goals-TOTAL_FORMS": "0",
        "goals-INITIAL_FORMS": "0",
        "goals-MIN_NUM_FORMS": "0",
        "goals-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_the_responsible_gets_and_loses_object_permissions():
    first, second = UserFactory(roles=["tecnico"]), UserFactory(roles=["tecnico"])
    indicator = IndicatorFactory(responsible=first)
    assert "change_indicator" in get_perms(first, indicator)
    indicator.responsible = second
    indicator.save()
    assert "change_indicator" not in get_perms(first, indicator)
    assert "change_indicator" in get_perms(second, indicator)


def test_responsible_edits_own_indicator_but_not_another(client):
    owner = UserFactory(roles=["tecnico"])
    mine, other = IndicatorFactory(responsible=owner), IndicatorFactory(name="Ajeno")
    client.force_login(owner)
    response = client.post(f"/admin/governance/indicator/edit/{mine.pk}/", _form(mine, name="Renombrado"))
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.name == "Renombrado"
    response = client.post(f"/admin/governance/indicator/edit/{other.pk}/", _form(other, name="Hackeado"))
    assert response.status_code in (302, 403)
    other.refresh_from_db()
    assert other.name == "Ajeno"
    listing = client.get("/admin/governance/indicator/").content.decode()
    assert "Renombrado" in listing and "Ajeno" not in listing


def test_auditor_reads_but_cannot_edit(client):
    indicator = IndicatorFactory()
    client.force_login(UserFactory(roles=["auditor"]))
    assert client.get(f"/admin/governance/indicator/inspect/{indicator.pk}/").status_code == 200
    assert client.get(f"/admin/governance/indicator/history/{indicator.pk}/").status_code == 200
    assert client.get(f"/admin/governance/indicator/edit/{indicator.pk}/").status_code == 403


def _measurement_form(indicator, **changes):
    data = {
        "indicator": indicator.pk,
        "year": "2026",
        "period": "1",
        "numerator": "45",
        "denominator": "50",
        "analysis": "Bien",
        "evidence": "",
    }
    data.update(changes)
    return data


def test_responsible_records_measurements_only_for_own_indicator(client):
    owner = UserFactory(roles=["tecnico"])
    mine, other = IndicatorFactory(responsible=owner), IndicatorFactory()
    client.force_login(owner)
    response = client.post("/admin/governance/measurement/create/", _measurement_form(mine))
    assert response.status_code == 302
    measurement = Measurement.objects.get(indicator=mine)
    assert measurement.result == Decimal("90.00") and measurement.created_by == owner
    response = client.post("/admin/governance/measurement/create/", _measurement_form(other))
    assert response.status_code == 200
    assert "Solo puede registrar mediciones de los indicadores a su cargo" in response.content.decode()
    assert not Measurement.objects.filter(indicator=other).exists()


def test_a_second_measurement_for_the_same_period_is_a_form_error(client):
    owner = UserFactory(roles=["tecnico"])
    indicator = IndicatorFactory(responsible=owner)
    client.force_login(owner)
    client.post("/admin/governance/measurement/create/", _measurement_form(indicator))
    response = client.post("/admin/governance/measurement/create/", _measurement_form(indicator))
    assert response.status_code == 200
    assert Measurement.objects.filter(indicator=indicator).count() == 1


def test_measurement_with_zero_denominator_is_sin_dato(client):
    indicator = IndicatorFactory()
    measurement = Measurement.objects.create(
        indicator=indicator, year=2026, period=2, numerator=0, denominator=0
    )
    assert measurement.result is None
    assert measurement.traffic_light == "sin_dato"


def test_period_beyond_the_frequency_is_rejected(client):
    owner = UserFactory(roles=["tecnico"])
    indicator = IndicatorFactory(responsible=owner)
    client.force_login(owner)
    response = client.post("/admin/governance/measurement/create/", _measurement_form(indicator, period="5"))
    assert response.status_code == 200
    assert "periodos por año" in response.content.decode()


def test_quarter_measurement_appears_in_the_report_with_its_traffic_light(client):
    indicator = IndicatorFactory(code="GTI-X")
    IndicatorGoal.objects.create(indicator=indicator, year=2026, period=None, value=Decimal(90))
    Measurement.objects.create(indicator=indicator, year=2026, period=2, numerator=40, denominator=50)
    client.force_login(UserFactory(roles=["gerente"]))
    html = client.get(
        f"/admin/governance/desempeno/?proceso={indicator.process_id}&anio=2026"
    ).content.decode()
    assert "2026-T2: 80,00 / 90,00" in html
    assert ">Amarillo<" in html
    response = client.get(
        f"/admin/governance/desempeno/?proceso={indicator.process_id}&anio=2026&formato=xlsx"
    )
    book = load_workbook(io.BytesIO(response.content))
    rows = [[c.value for c in row] for row in book["Desempeño"].iter_rows()]
    data = next(row for row in rows if row[0] == "GTI-X")
    assert data[5 + 3 : 5 + 6] == [80, 90, "Amarillo"]
    assert "Tendencia" in book.sheetnames


def test_live_source_indicator_measures_itself_when_the_period_closes(transparency):
    indicator = IndicatorFactory(frequency="semestral", live_source="transparencia_items_al_dia")
    today = timezone.localdate()
    recorded = close_periods(today=today)
    assert [m.indicator_id for m in recorded] == [indicator.pk]
    measurement = recorded[0]
    assert measurement.source == "automatica"
    assert measurement.denominator > 0 and measurement.result is not None
    assert close_periods(today=today) == []  # once per period


def test_performance_report_requires_read_rights(client):
    ProcessFactory()
    client.force_login(UserFactory(roles=["editor"]))
    assert client.get("/admin/governance/desempeno/").status_code == 403


def _plan():
    plan = ActionPlan.objects.create(process=ProcessFactory(), year=2026)
    PlanActivity.objects.create(
        plan=plan,
        description="A",
        goal="G",
        weight=Decimal(50),
        responsible="R",
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 6, 30),
        deliverable="D",
        progress=Decimal(100),
    )
    PlanActivity.objects.create(
        plan=plan,
        description="B",
        goal="G",
        weight=Decimal(50),
        responsible="R",
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 6, 30),
        deliverable="D",
        progress=Decimal(0),
    )
    return plan


def test_plan_progress_rolls_up_its_activities():
    assert _plan().progress == Decimal("50.0")


def test_only_the_gerente_approves_a_submitted_plan(client):
    plan = _plan()
    client.force_login(UserFactory(roles=["profesional_tic"]))
    client.post(f"/admin/governance/actionplan/submit/{plan.pk}/")
    plan.refresh_from_db()
    assert plan.status == PlanStatus.SUBMITTED
    assert client.post(f"/admin/governance/actionplan/approve/{plan.pk}/").status_code == 403
    gerente = UserFactory(roles=["gerente"])
    client.force_login(gerente)
    client.post(f"/admin/governance/actionplan/approve/{plan.pk}/")
    plan.refresh_from_db()
    assert plan.status == PlanStatus.APPROVED and plan.approved_by == gerente
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(object_id=str(plan.pk), action="governance.plan.approve").exists()


def test_measurement_list_stays_within_its_query_budget(client, django_assert_max_num_queries):
    indicators = [IndicatorFactory() for _ in range(5)]
    Measurement.objects.bulk_create(
        Measurement(
            indicator=indicators[n % 5],
            year=2000 + n // 20,
            period=n % 4 + 1,
            numerator=n,
            denominator=100,
            result=n,
        )
        for n in range(500)
    )
    client.force_login(UserFactory(roles=["auditor"]))
    client.get("/admin/governance/measurement/")
    with django_assert_max_num_queries(20):
        assert client.get("/admin/governance/measurement/").status_code == 200


def test_indicator_list_stays_within_its_query_budget(client, django_assert_max_num_queries):
    process = ProcessFactory()
    owner = UserFactory()
    IndicatorFactory.create_batch(500, process=process, responsible=owner)
    client.force_login(UserFactory(roles=["auditor"]))
    client.get("/admin/governance/indicator/")
    with django_assert_max_num_queries(20):
        assert client.get("/admin/governance/indicator/").status_code == 200


def test_the_daily_task_closes_periods_and_records_its_heartbeat(demo_site):
    from governance.planning.tasks import close_indicator_periods
    from portal.models import SchedulerHeartbeat

    IndicatorFactory(frequency="mensual", live_source="transparencia_items_al_dia")
    assert close_indicator_periods.call_local() == 1
    beat = SchedulerHeartbeat.objects.get(name="indicator-period-close")
    assert beat.last_result == "mediciones calculadas: 1"
    assert close_indicator_periods.call_local() == 0


def test_plan_list_offers_each_role_only_its_own_action(client):
    plan = _plan()
    plan.status = PlanStatus.SUBMITTED
    plan.save()
    client.force_login(UserFactory(roles=["gerente"]))
    assert (
        f"/admin/governance/actionplan/approve/{plan.pk}/"
        in client.get("/admin/governance/actionplan/").content.decode()
    )
    client.force_login(UserFactory(roles=["profesional_tic"]))
    html = client.get("/admin/governance/actionplan/").content.decode()
    assert f"/admin/governance/actionplan/approve/{plan.pk}/" not in html
