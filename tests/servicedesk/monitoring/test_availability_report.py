"""The monthly availability report: figures computed by hand, the page, its XLSX and bad input."""

import io
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from django.utils import timezone

from servicedesk.monitoring.models import Monitor, Rollup
from servicedesk.outages.models import Outage
from servicedesk.status.report import availability_report

pytestmark = pytest.mark.django_db

URL = "/admin/plataforma/disponibilidad/"


def _local(*args):
    return timezone.make_aware(datetime(*args))


@pytest.fixture
def november(desk):
    """A monitor with November's daily roll-ups: 30 days of 1,440 checks, 40 down, 60 in maintenance;
    an outage from 31 October 23:50 to 1 November 00:20 and one of 15 minutes on the 10th."""
    monitor = Monitor.objects.create(
        name="Portal web", kind="http", url="https://portal.example/", service=desk.service
    )
    Monitor.objects.filter(pk=monitor.pk).update(created_at=_local(2026, 10, 1))
    rows = []
    for day in range(1, 31):
        down = 20 if day == 1 else (15 if day == 10 else (5 if day == 20 else 0))
        maintenance = 60 if day == 15 else 0
        rows.append(
            Rollup(
                monitor=monitor,
                period="day",
                period_start=_local(2026, 11, day),
                up_count=1440 - down - maintenance,
                down_count=down,
                maintenance_count=maintenance,
                latency_mean_ms=100 if day < 16 else 200,
            )
        )
    Rollup.objects.bulk_create(rows)
    Outage.objects.create(
        monitor=monitor, started_at=_local(2026, 10, 31, 23, 50), ended_at=_local(2026, 11, 1, 0, 20)
    )
    Outage.objects.create(
        monitor=monitor, started_at=_local(2026, 11, 10, 9), ended_at=_local(2026, 11, 10, 9, 15)
    )
    return monitor


def test_the_figures_of_the_month_match_the_hand_computed_ones(november, desk):
    report = availability_report(date(2026, 11, 17))
    (service,) = report.services
    assert service.name == desk.service.title
    (line,) = service.lines
    checks = 30 * 1440 - 60  # maintenance left out
    assert line.counts.down == 40 and line.counts.maintenance == 60
    assert line.uptime == pytest.approx(100 * (checks - 40) / checks)
    assert line.outages == 2
    assert line.downtime_seconds == (20 + 15) * 60  # only the November part of the first outage
    assert line.longest_seconds == 20 * 60
    assert line.latency_mean_ms == pytest.approx(150, abs=1)


def test_the_page_and_the_xlsx(client, user_with_role, november):
    client.force_login(user_with_role("gerente"))
    response = client.get(URL, {"mes": "2026-11"})
    assert response.status_code == 200
    html = response.content.decode()
    # 99.907… %: an uptime is cut, never rounded up, so a month with downtime never reads 100 %.
    assert "99,90 %" in html and "35 min" in html and "Portal web" in html

    response = client.get("/admin/plataforma/disponibilidad.xlsx", {"mes": "2026-11"})
    assert response.status_code == 200
    assert 'filename="disponibilidad-2026-11.xlsx"' in response["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Por servicio", "Por monitor"]
    cells = [cell for row in workbook["Por monitor"].iter_rows(values_only=True) for cell in row]
    assert "Portal web" in cells and "35 min" in cells
    assert any(isinstance(cell, float) and 0.999 < cell < 1 for cell in cells)


@pytest.mark.parametrize("month", ["2026-13", "noviembre", "2026-11-01-x"])
def test_a_bad_month_is_a_spanish_message_not_an_error(client, user_with_role, month):
    client.force_login(user_with_role("tecnico"))
    response = client.get(URL, {"mes": month})
    assert response.status_code == 400
    assert "AAAA-MM" in response.content.decode()


def test_without_a_month_it_is_the_month_just_closed(client, user_with_role):
    client.force_login(user_with_role("auditor"))
    first = timezone.localdate().replace(day=1)
    previous = first - timedelta(days=1)
    response = client.get(URL)
    assert response.status_code == 200
    assert f"mes={previous:%Y-%m}" in response.content.decode()


def test_an_uptime_is_cut_not_rounded_up():
    from servicedesk.monitoring.templatetags.monitoring_tags import percent

    assert (percent(99.9999), percent(99.9072), percent(100.0), percent(None)) == (
        "99,99 %",
        "99,90 %",
        "100,00 %",
        "—",
    )


def test_the_measured_availability_is_evidence_of_a_risk_control(november, desk):
    """The hook offers one source per watched service; it describes the period asked, outages clipped."""
    from governance.risks.evidence import evidence_choices, live_evidence

    key = f"monitoreo_servicio_{desk.service.pk}"
    label = f"Disponibilidad medida del servicio «{desk.service.title}» (monitoreo)"
    assert (key, label) in evidence_choices()

    (evidence,) = live_evidence([key], today=date(2026, 11, 30)).values()
    assert (evidence.start, evidence.end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert evidence.summary == (
        "99,90 % de disponibilidad del 2026-11-01 al 2026-11-30 (43.140 chequeos, mantenimiento "
        "excluido). 2 caídas, 35 min fuera de servicio en total."
    )
    assert evidence.url == "/admin/plataforma/disponibilidad/?mes=2026-11"

    (quiet,) = live_evidence([key], today=date(2026, 11, 30) + timedelta(days=60)).values()
    assert quiet.summary == "Sin chequeos del 2026-12-31 al 2027-01-29."
